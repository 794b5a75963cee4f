"""The bench's bare floor server: `--processes N` runs N copies on one port."""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp

from messenger.config import Config
from messenger.dev import bench
from messenger.dev.loadtest import HOST, children_of, stop_api, wait_healthy
from tests.support.ports import free_port


def test_two_floor_processes_share_the_port_and_stop_together_on_sigterm(
    base_config: Config, tmp_path: Path
) -> None:
    port = free_port()
    log_path = tmp_path / "floor.log"
    parent = bench.start_floor(base_config.database.url, port, 1, log_path=log_path, processes=2)
    try:
        asyncio.run(wait_healthy(f"http://{HOST}:{port}", parent))
        children = children_of(parent.pid)
        assert len(children) == 2
        for child in children:  # each bound the port beside the other, and serves
            assert b"--reuse-port" in Path(f"/proc/{child}/cmdline").read_bytes()
        assert asyncio.run(health_answers(f"http://{HOST}:{port}", 20)) == 20
        assert all(Path(f"/proc/{child}").exists() for child in children)
    finally:
        stop_api(parent)
    assert parent.returncode == 0, log_path.read_text()
    assert not any(Path(f"/proc/{child}").exists() for child in children)


async def health_answers(base: str, count: int) -> int:
    """How many of `count` fresh connections got "ok" (the kernel spreads them)."""
    answered = 0
    for _ in range(count):
        async with aiohttp.ClientSession() as session, session.get(f"{base}/healthz") as reply:
            answered += reply.status == 200 and await reply.text() == "ok"
    return answered

"""How long from "chat created" to "mail received", end to end, on this machine.

    python -m messenger.dev.mail_latency [--chats 100]

Recreates the `messenger_maillatency` database (or --database), starts the API
(`messenger serve`) and a `taskiq worker` as processes of their own, and an SMTP server
(aiosmtpd) in this one.
Then, one chat at a time, creates a personal chat over HTTP and waits until the other
member's mail has arrived, and prints percentiles of that interval and of the API's
answer. Everything stays on 127.0.0.1; the database and the Redis stream are removed
at the end.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
import uuid
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import aiohttp
from aiosmtpd.controller import Controller

from messenger.config import as_environment, load_config, replace_section
from messenger.repository.migrations import apply_migrations, create_database, drop_database
from messenger.services.redis_client import open_sync_redis
from messenger.services.task_queue import queue_name
from messenger.tasks import worker_command

DATABASE = "messenger_maillatency"
WARMUP_CHATS = 5
WAIT_SECONDS = 30.0
STOP_SECONDS = 10.0


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


class Arrivals:
    """An aiosmtpd handler noting when each recipient's mail arrived."""

    def __init__(self) -> None:
        self.at: dict[str, float] = {}
        self.lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        now = time.perf_counter()
        with self.lock:
            for recipient in envelope.rcpt_tos:
                self.at.setdefault(recipient, now)
        return "250 OK"

    async def wait(self, recipient: str) -> float:
        deadline = time.perf_counter() + WAIT_SECONDS
        while time.perf_counter() < deadline:
            with self.lock:
                if recipient in self.at:
                    return self.at[recipient]
            await asyncio.sleep(0.001)
        raise TimeoutError(f"no mail to {recipient} within {WAIT_SECONDS}s")


def start(argv: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as output:
        return subprocess.Popen(  # noqa: S603 - fixed argument lists
            argv,
            env=env,
            stdout=output,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )


def stop(process: subprocess.Popen[bytes]) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=STOP_SECONDS)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


async def register(session: aiohttp.ClientSession, api: str, nick: str) -> dict[str, Any]:
    body = {"nick": nick, "name": nick, "email": f"{nick}@example.com", "password": "pw-12345678"}
    async with session.post(f"{api}/auth/register", json=body) as response:
        assert response.status == 201, await response.text()
        payload: dict[str, Any] = await response.json()
        return payload


async def measure(api: str, arrivals: Arrivals, chats: int) -> tuple[list[float], list[float]]:
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=WAIT_SECONDS)) as session:
        deadline = time.monotonic() + WAIT_SECONDS
        while True:
            with contextlib.suppress(aiohttp.ClientError):
                async with session.get(f"{api[: -len('/api/v1')]}/healthz") as response:
                    if response.status == 200:
                        break
            if time.monotonic() > deadline:
                raise TimeoutError("the API did not come up")
            await asyncio.sleep(0.1)
        tag = uuid.uuid4().hex[:6]
        creator = await register(session, api, f"creator_{tag}")
        headers = {"Authorization": f"Bearer {creator['token']}"}
        mail_latency, answer_latency = [], []
        for index in range(WARMUP_CHATS + chats):
            other = await register(session, api, f"member_{tag}_{index}")
            body = {"is_group_chat": False, "member_ids": [other["user"]["id"]]}
            started = time.perf_counter()
            async with session.post(f"{api}/chats", json=body, headers=headers) as response:
                assert response.status == 201, await response.text()
                answered = time.perf_counter()
            arrived = await arrivals.wait(other["user"]["email"])
            if index >= WARMUP_CHATS:
                mail_latency.append(arrived - started)
                answer_latency.append(answered - started)
        return mail_latency, answer_latency


def percentiles(values: list[float]) -> str:
    cuts = statistics.quantiles(values, n=100, method="inclusive")
    return (
        f"p50 {cuts[49] * 1000:.1f} ms, p90 {cuts[89] * 1000:.1f} ms, "
        f"p99 {cuts[98] * 1000:.1f} ms, max {max(values) * 1000:.1f} ms"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m messenger.dev.mail_latency", description=__doc__
    )
    parser.add_argument("--chats", type=int, default=100)
    parser.add_argument("--database", default=DATABASE, help="recreated, then dropped")
    args = parser.parse_args(argv)

    base = load_config()
    url = urlunsplit(urlsplit(base.database.url)._replace(path=f"/{args.database}"))
    arrivals = Arrivals()
    smtp = Controller(arrivals, hostname="127.0.0.1", port=free_port())
    config = replace_section(base, "database", url=url)
    config = replace_section(config, "server", host="127.0.0.1", port=free_port())
    config = replace_section(config, "mail", host="127.0.0.1", port=smtp.port, username="")
    config = replace_section(config, "tasks", queue="", metrics_port=0)
    config = replace_section(config, "dashboard", api_token="")
    # Password hashing is not what is measured; registering 100 users should be quick.
    # Their addresses are taken as confirmed: the chat mails are what is measured.
    config = replace_section(
        config, "auth", argon2_time_cost=1, argon2_memory_kib=1024, verify_email=False
    )
    drop_database(url)
    create_database(url)
    apply_migrations(url)
    logs = Path("var/maillatency")
    logs.mkdir(parents=True, exist_ok=True)
    env = as_environment(config)
    python = sys.executable
    smtp.start()
    api = start([python, "-m", "messenger", "serve"], env, logs / "api.log")
    worker = start(
        worker_command(python, "--workers", "1"),
        env,
        logs / "worker.log",
    )
    try:
        mail, answer = asyncio.run(
            measure(f"http://127.0.0.1:{config.server.port}/api/v1", arrivals, args.chats)
        )
    finally:
        stop(api)
        stop(worker)
        smtp.stop()
        drop_database(url)
        with contextlib.closing(open_sync_redis(config.redis)) as client:
            client.delete(queue_name(config))
    print(f"{len(mail)} chats, one at a time (after {WARMUP_CHATS} not counted)")
    print(f"chat created -> mail received: {percentiles(mail)}")
    print(f"POST /api/v1/chats answered:   {percentiles(answer)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The profiler: a report per request when enabled, and the `messenger profile` report."""

from __future__ import annotations

from pathlib import Path

from messenger.config import replace_section
from messenger.dev.profile import profile_operations
from tests.support.api import create_chat, send


async def test_enabled_profiler_writes_a_text_and_html_report_per_request(make_client, tmp_path):
    client = await make_client(profiler={"enabled": True, "dir": str(tmp_path)})
    response = await client.get("/healthz")
    assert response.status == 200
    request_id = response.headers["X-Request-Id"]
    [text] = list(tmp_path.glob(f"*GET_healthz-{request_id}.txt"))
    assert "Samples:" in text.read_text()  # a pyinstrument report of that request
    assert text.with_suffix(".html").read_text().lstrip().lower().startswith("<!doctype html")


async def test_disabled_profiler_writes_nothing(make_client, tmp_path):
    client = await make_client(profiler={"enabled": False, "dir": str(tmp_path)})
    assert (await client.get("/healthz")).status == 200
    assert list(tmp_path.iterdir()) == []


async def test_profile_command_reports_the_three_operations(client, make_user, config, tmp_path):
    alice = await make_user("alice")
    bob = await make_user("bob")
    chat = await create_chat(client, alice, [bob], group=False)
    await send(client, alice, chat["id"], "something to read")
    profiled = replace_section(config, "profiler", dir=str(tmp_path))

    report, timings = await profile_operations(profiled, repeat=2)

    assert report == Path(tmp_path) / "profile-report.txt"
    text = report.read_text()
    for name in ("get_chats", "get_messages", "get_users"):
        assert f"== {name}: {timings[name]:.2f} ms per call (mean of 2) ==" in text
        assert timings[name] > 0
    assert text.count("Samples:") == 3  # one profiler session per operation
    assert report.with_suffix(".html").exists()

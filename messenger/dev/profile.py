"""`messenger profile`: get_chats, get_messages and get_users profiled with pyinstrument
as the busiest user of the database, into one report (see messenger.api.profiling for
why pyinstrument)."""

from __future__ import annotations

import asyncio
import functools
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from pyinstrument import Profiler
from pyinstrument.renderers import HTMLRenderer
from pyinstrument.session import Session

from messenger.api.profiling import SAMPLE_INTERVAL_SECONDS
from messenger.config import Config


async def profile_operations(config: Config, repeat: int) -> tuple[Path, dict[str, float]]:
    """Profile get_chats, get_messages and get_users as the busiest user of the database:
    the handlers REST and JSON-RPC call, so the report covers the operation and the view.

    Each operation runs under its own profiler session, so the text report has one section
    per operation headed by its name and mean time — present even when a call is too quick
    for the sampler to catch. The HTML report holds the combined sessions.
    """
    from messenger.api.endpoint import Call
    from messenger.api.handlers import chats, messages, users
    from messenger.repository import stats
    from messenger.services.container import open_services

    async with open_services(config) as services:
        async with services.db.connection() as conn:
            subject = await stats.busiest_member(conn)
        if subject is None:
            raise RuntimeError("the database has no chats; run `messenger seed` first")
        user_id, chat_id, nick = subject
        caller = Call(services, user={"id": user_id}, token=None, address="profile")
        operations: dict[str, Callable[[], Awaitable[object]]] = {
            "get_chats": lambda: chats.get_chats(caller, after=None, limit=50),
            "get_messages": lambda: messages.get_messages(
                caller, chat_id=chat_id, before=None, after=None, limit=50
            ),
            "get_users": lambda: users.get_users(caller, q=nick[:5], after=None, limit=50),
        }
        timings: dict[str, float] = {}
        sessions: list[Session] = []
        sections: list[str] = []
        for name, run in operations.items():
            profiler = Profiler(interval=SAMPLE_INTERVAL_SECONDS, async_mode="enabled")
            started = time.perf_counter()
            profiler.start()
            for _ in range(repeat):
                await run()
            profiler.stop()
            timings[name] = (time.perf_counter() - started) * 1000 / repeat
            session = profiler.last_session
            if session is None:  # stop() always records one; keeps the type honest
                raise RuntimeError("the profiler recorded no session")
            sessions.append(session)
            sections.append(
                f"== {name}: {timings[name]:.2f} ms per call (mean of {repeat}) ==\n"
                + profiler.output_text(unicode=True, color=False, show_all=False)
            )
    directory = Path(config.profiler.dir)
    combined = functools.reduce(Session.combine, sessions)
    await asyncio.to_thread(write_operations_report, directory, sections, combined)
    return directory / "profile-report.txt", timings


def write_operations_report(directory: Path, sections: list[str], combined: Session) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "profile-report.txt").write_text("\n".join(sections), encoding="utf-8")
    (directory / "profile-report.html").write_text(
        HTMLRenderer().render(combined), encoding="utf-8"
    )

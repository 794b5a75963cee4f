"""Profiling with pyinstrument: a per-request middleware (`profiler.enabled`).

`messenger profile` (messenger/dev/profile.py) uses the same sampler for its report.

pyinstrument samples the stack (low overhead) and follows `await`s within the request's
task, so a report shows where a request's wall time went — in our code, in the driver,
or waiting on PostgreSQL — which cProfile's per-call counts of the event loop hide.
"""

from __future__ import annotations

import asyncio
import re
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from aiohttp import web
from aiohttp.typedefs import Middleware
from pyinstrument import Profiler

from messenger.api.keys import REQUEST_ID

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]
# Sample every millisecond: requests take a few ms, the default 1 ms is the finest useful.
SAMPLE_INTERVAL_SECONDS = 0.001
_UNSAFE = re.compile(r"[^A-Za-z0-9_.-]+")


def report_name(request: web.Request) -> str:
    info = request.match_info.route.resource
    route = info.canonical if info is not None else "unmatched"
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    slug = _UNSAFE.sub("_", f"{request.method}{route}").strip("_")
    return f"{stamp}-{slug}-{request.get(REQUEST_ID, 'request')}"


def write_report(directory: Path, name: str, profiler: Profiler) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / f"{name}.txt").write_text(
        profiler.output_text(unicode=True, color=False, show_all=False), encoding="utf-8"
    )
    (directory / f"{name}.html").write_text(profiler.output_html(), encoding="utf-8")


def profiling_middleware(directory: str) -> Middleware:
    """Profile every request; its report lands in `directory` as <time>-<route>-<id>.txt/.html."""
    target = Path(directory)

    @web.middleware
    async def middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
        profiler = Profiler(interval=SAMPLE_INTERVAL_SECONDS, async_mode="enabled")
        profiler.start()
        try:
            return await handler(request)
        finally:
            profiler.stop()
            await asyncio.to_thread(write_report, target, report_name(request), profiler)

    return middleware

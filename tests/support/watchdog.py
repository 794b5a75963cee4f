"""A watchdog for the suite: a test that runs far longer than any should has the stacks of
its threads and of its event loop's tasks printed, so a hang in CI says where it is.

pytest-timeout ends such a run later (pyproject.toml), but it only sees threads: an
asyncio test waits in the event loop, and what it waits for is a task's stack.
"""

from __future__ import annotations

import asyncio
import faulthandler
import gc
import sys
import threading
import time
from typing import TextIO


def running_loops() -> list[asyncio.AbstractEventLoop]:
    return [
        value
        for value in gc.get_objects()
        if isinstance(value, asyncio.AbstractEventLoop) and value.is_running()
    ]


def print_tasks(loop: asyncio.AbstractEventLoop, out: TextIO) -> None:
    """Runs in the loop's own thread (all_tasks is not thread-safe)."""
    for task in asyncio.all_tasks(loop):
        print(f"--- {task!r}", file=out)
        task.print_stack(limit=40, file=out)
    out.flush()


class Watchdog:
    def __init__(self, limit_seconds: float, out: TextIO = sys.__stderr__) -> None:
        self.limit_seconds = limit_seconds
        self.out = out
        self._test: str | None = None
        self._started = 0.0
        self._reported: str | None = None
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._watch, name="watchdog", daemon=True)
        self._thread.start()

    def started(self, test: str) -> None:
        with self._lock:
            self._test, self._started = test, time.monotonic()

    def finished(self) -> None:
        with self._lock:
            self._test = None

    def _watch(self) -> None:
        while True:
            time.sleep(5)
            with self._lock:
                test, started = self._test, self._started
            if test is None or test == self._reported:
                continue
            if time.monotonic() - started < self.limit_seconds:
                continue
            self._reported = test
            print(f"\n=== watchdog: {test} runs for over {self.limit_seconds:.0f} s", file=self.out)
            faulthandler.dump_traceback(file=self.out, all_threads=True)
            for loop in running_loops():
                loop.call_soon_threadsafe(print_tasks, loop, self.out)

"""Stopping a background task for good.

On Python 3.11, `asyncio.wait_for` loses a cancellation that arrives just as the call it
waits for completes (python/cpython#86296, fixed in 3.12), and aiopg polls every query
with it: a loop whose query finished at that moment never hears it was cancelled, goes
round again and is awaited forever (a shutdown hung so, caught in the test suite by
tests/support/watchdog.py). So a task is cancelled again until it has ended.
"""

from __future__ import annotations

import asyncio
from typing import Any

# A lost cancellation shows within one turn of the task's loop; a second one comes then.
CANCEL_AGAIN_SECONDS = 0.5


async def cancel_and_wait(*tasks: asyncio.Task[Any] | None) -> None:
    """Cancel the tasks and wait until every one has ended; what they raised is dropped
    (they are being stopped, not asked for a result)."""
    stopping = [task for task in tasks if task is not None]
    pending = {task for task in stopping if not task.done()}
    while pending:
        for task in pending:
            task.cancel()
        _, pending = await asyncio.wait(pending, timeout=CANCEL_AGAIN_SECONDS)
    for task in stopping:
        if not task.cancelled():
            task.exception()  # retrieved: no "exception was never retrieved" at exit

"""Waiting for something that happens in another task or process."""

from __future__ import annotations

import asyncio
import time
from typing import Any

WAIT = 5.0  # seconds any single frame or effect may take to arrive


async def eventually(condition: Any, seconds: float = WAIT) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "the condition did not come true in time"
        await asyncio.sleep(0.02)

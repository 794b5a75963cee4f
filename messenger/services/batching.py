"""Coalescing of concurrent calls to a remote service into one round trip."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")


class Batcher(Generic[Item, Result]):
    """Items submitted while a batch is on its way wait for it, then leave together as
    the next batch: under load one round trip carries many items; alone, an item goes at
    once, sent by its own caller (no task, no extra turn of the event loop). Batches
    leave one at a time, in order, and each submitter waits until its own batch is done
    and gets that batch's result.

    `send` reports failure in its result rather than by raising; if it raises anyway,
    or the sending task is cancelled, every waiting submitter gets `failed`.
    """

    def __init__(self, send: Callable[[list[Item]], Awaitable[Result]], failed: Result) -> None:
        self._send = send
        self._failed = failed
        self._busy = False  # a batch is on its way
        self._idle = asyncio.Event()
        self._idle.set()
        self._waiting: list[tuple[Item, asyncio.Future[Result]]] = []
        self._sender: asyncio.Task[None] | None = None

    async def submit(self, item: Item) -> Result:
        if self._busy:
            future: asyncio.Future[Result] = asyncio.get_running_loop().create_future()
            self._waiting.append((item, future))
            return await future
        self._busy = True
        self._idle.clear()
        try:
            return await self._send_safely([item])
        finally:
            self._hand_over()

    async def drain(self) -> None:
        """Wait until what was submitted so far has been sent (before closing)."""
        await self._idle.wait()

    async def _send_safely(self, batch: list[Item]) -> Result:
        try:
            return await self._send(batch)
        except Exception:
            return self._failed

    def _hand_over(self) -> None:
        """After a batch: what queued up meanwhile goes next, from a task of its own."""
        if self._waiting:
            self._sender = asyncio.create_task(self._send_waiting())
        else:
            self._busy = False
            self._idle.set()

    async def _send_waiting(self) -> None:
        batch, self._waiting = self._waiting, []
        try:
            result = await self._send_safely([item for item, _ in batch])
            for _, future in batch:
                if not future.done():  # its submitter may have been cancelled
                    future.set_result(result)
        finally:
            for _, future in batch:
                if not future.done():
                    future.set_result(self._failed)
            self._sender = None
            self._hand_over()

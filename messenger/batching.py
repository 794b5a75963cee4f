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
    once. Batches leave one at a time, in order, and each submitter waits until its own
    batch is done and gets that batch's result.

    `send` reports failure in its result rather than by raising; if it raises anyway,
    or the sending task is cancelled, every waiting submitter gets `failed`.
    """

    def __init__(self, send: Callable[[list[Item]], Awaitable[Result]], failed: Result) -> None:
        self._send = send
        self._failed = failed
        self._waiting: list[tuple[Item, asyncio.Future[Result]]] = []
        self._sender: asyncio.Task[None] | None = None

    async def submit(self, item: Item) -> Result:
        future: asyncio.Future[Result] = asyncio.get_running_loop().create_future()
        self._waiting.append((item, future))
        if self._sender is None:
            self._sender = asyncio.create_task(self._send_waiting())
        return await future

    async def drain(self) -> None:
        """Wait until what was submitted so far has been sent (before closing)."""
        if self._sender is not None:
            await asyncio.wait([self._sender])

    async def _send_waiting(self) -> None:
        batch: list[tuple[Item, asyncio.Future[Result]]] = []
        try:
            while self._waiting:
                batch, self._waiting = self._waiting, []
                result = await self._send([item for item, _ in batch])
                for _, future in batch:
                    if not future.done():  # its submitter may have been cancelled
                        future.set_result(result)
        finally:
            self._sender = None
            for _, future in (*batch, *self._waiting):
                if not future.done():
                    future.set_result(self._failed)
            self._waiting = []

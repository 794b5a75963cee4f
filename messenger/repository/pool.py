"""A pool of aiopg connections.

aiopg's own pool pays on every acquire for a timeout, a Condition and a pass over its
free connections, and on every release for a task that wakes the next waiter, which the
releasing request then awaits: close to a tenth of the API's CPU on a send. This one
hands a released connection straight to the longest waiting request.
"""

from __future__ import annotations

import asyncio
from collections import deque
from dataclasses import dataclass, field
from typing import Any

import aiopg
import psycopg2.extensions


class PoolClosed(RuntimeError):
    pass


@dataclass
class Session:
    """What lives as long as one pooled connection: the names of the statements prepared
    on it, and the cursor its statements run on."""

    prepared: set[str] = field(default_factory=set)
    cursor: aiopg.Cursor | None = None


class Pool:
    def __init__(
        self, dsn: str, *, minsize: int, maxsize: int, timeout: float, **options: Any
    ) -> None:
        self.dsn = dsn
        self.minsize = minsize
        self.maxsize = maxsize
        # For opening a connection, each query on it, and waiting for a free one.
        self.timeout = timeout
        self._options = options
        self._free: deque[aiopg.Connection] = deque()
        # Requests waiting for a connection; a None handed to one means "room to open one".
        self._waiters: deque[asyncio.Future[aiopg.Connection | None]] = deque()
        self._size = 0  # connections open or being opened, in use or free
        self._sessions: dict[aiopg.Connection, Session] = {}
        self._closing = False

    @property
    def size(self) -> int:
        return self._size

    @property
    def freesize(self) -> int:
        return len(self._free)

    def session(self, connection: aiopg.Connection) -> Session:
        session = self._sessions.get(connection)
        if session is None:
            session = self._sessions[connection] = Session()
        return session

    async def open(self) -> None:
        """Open the first `minsize` connections."""
        for _ in range(self.minsize):
            self._size += 1
            self.release(await self._connect())

    async def acquire(self) -> aiopg.Connection:
        if self._closing:
            raise PoolClosed("the database pool is closed")
        while self._free:
            connection = self._free.pop()  # the most recently used: its caches are warm
            if not connection.closed:
                return connection
            self._sessions.pop(connection, None)
            self._size -= 1  # no one waits while connections are free
        if self._size < self.maxsize:
            self._size += 1
            return await self._connect()
        handed = await self._wait()
        # None: the slot of a dropped connection, passed on to open a new one in.
        return handed if handed is not None else await self._connect()

    async def _wait(self) -> aiopg.Connection | None:
        waiter: asyncio.Future[aiopg.Connection | None] = asyncio.get_running_loop().create_future()
        self._waiters.append(waiter)
        try:
            async with asyncio.timeout(self.timeout):
                return await waiter
        except BaseException:
            if waiter.done() and not waiter.cancelled() and waiter.exception() is None:
                # Handed over just as this request gave up: pass it on.
                handed = waiter.result()
                if handed is None:
                    self._free_slot()
                else:
                    self._hand_over(handed)
            else:
                waiter.cancel()  # skipped by _hand_over
            raise

    async def _connect(self) -> aiopg.Connection:
        """Open a connection in a slot already counted in the size."""
        try:
            # No hstore: aiopg's registration of it would make psycopg2 adapt every dict
            # parameter as an hstore, process-wide, where ours are JSON (messenger.repository.db).
            # No json either: aiopg would register the stdlib's decoder on each connection,
            # over the process-wide orjson one of messenger.repository.db.
            return await aiopg.connect(
                self.dsn,
                timeout=self.timeout,
                enable_hstore=False,
                enable_json=False,
                **self._options,
            )
        except BaseException:
            self._free_slot()
            raise

    def release(self, connection: aiopg.Connection) -> None:
        """Take a connection back. One that is closed, or still inside a transaction (its
        request failed half-way), is closed and leaves room for a new one."""
        idle = (
            not connection.closed
            and connection.raw.get_transaction_status()
            == psycopg2.extensions.TRANSACTION_STATUS_IDLE
        )
        if idle and not self._closing:
            self._hand_over(connection)
            return
        if not connection.closed:
            connection.close()
        self._sessions.pop(connection, None)
        self._free_slot()

    def _free_slot(self) -> None:
        """A connection's slot is free: the longest waiting request opens a new one in it
        (the size stays), or the pool shrinks. Passing it on keeps a newcomer from opening
        one too, past maxsize."""
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                return
        self._size -= 1

    def _hand_over(self, connection: aiopg.Connection) -> None:
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_result(connection)
                return
        self._free.append(connection)

    async def close(self) -> None:
        """Close the free connections now and the others as they come back."""
        self._closing = True
        while self._free:
            connection = self._free.pop()
            connection.close()
            self._sessions.pop(connection, None)
            self._size -= 1
        while self._waiters:
            waiter = self._waiters.popleft()
            if not waiter.done():
                waiter.set_exception(PoolClosed("the database pool is closed"))

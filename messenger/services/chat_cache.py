"""The chat-list cache in memcached. A dead or slow memcached is a miss, never an error.

Invalidation uses a version key per user rather than deletes. A reader takes the user's
version *before* it queries PostgreSQL and stores what it read under that version; a
writer bumps the version of every affected member *after* its commit. Whatever the
interleaving, a page read before a commit can only land under a version that is already
stale, so no reader ever gets a list older than the last write it could have seen — a
plain delete would let a slow reader put an old list back after the writer's delete.

A page carries the version it was read under, in its value rather than its key, so a hit
is one round trip: the version key and the page come back from one multi-get, and a
page whose version is not the current one is a miss.
"""

from __future__ import annotations

import asyncio
import base64
import json
import logging
import secrets
import time
from collections.abc import Awaitable, Callable, Iterable, Mapping
from datetime import datetime
from typing import Any, TypeVar
from urllib.parse import quote
from uuid import UUID

import aiomcache
from aiomcache.client import acquire
from aiomcache.pool import Connection

from messenger.config import MemcachedConfig
from messenger.services.batching import Batcher
from messenger.services.cancelling import cancel_and_wait

log = logging.getLogger("messenger.services.chat_cache")

# Connections to memcached per process: about one per request in flight.
POOL_SIZE = 32
# memcached answers in well under a millisecond on a LAN; past this it is sick, and
# waiting longer would make the cache slower than the database it protects.
CALL_TIMEOUT_SECONDS = 0.1
# Bumps that failed are tried again this often until they land.
REBUMP_AFTER_SECONDS = 0.5
# Log a failing memcached at most this often, so an outage does not flood the log.
ERROR_LOG_INTERVAL_SECONDS = 30.0

T = TypeVar("T")


def _encode_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, UUID):
        return {"$uuid": str(value)}
    if isinstance(value, bytes):
        return {"$b64": base64.b64encode(value).decode()}
    raise TypeError(f"cannot cache {type(value).__name__}")


def _decode_object(obj: dict[str, Any]) -> Any:
    if len(obj) == 1:
        if "$dt" in obj:
            return datetime.fromisoformat(obj["$dt"])
        if "$uuid" in obj:
            return UUID(obj["$uuid"])
        if "$b64" in obj:
            return base64.b64decode(obj["$b64"])
    return obj


def encode(value: Any) -> bytes:
    """JSON with tagged datetimes and UUIDs: never pickle, so a tampered cache cannot
    run code in the API."""
    return json.dumps(value, default=_encode_value, separators=(",", ":")).encode()


def decode(raw: bytes) -> Any:
    return json.loads(raw, object_hook=_decode_object)


class _Client(aiomcache.Client):
    async def _execute_simple_command(self, conn: Connection, raw_command: bytes) -> bytes:
        # aiomcache 0.8.2 reads the answer to set/add/incr in a loop that spins forever,
        # without yielding, once memcached closes the connection before answering: the
        # whole process would hang where a dead memcached must only be a miss.
        conn.writer.write(raw_command)
        await conn.writer.drain()
        response = bytearray()
        while not response.endswith(b"\r\n"):
            line = await conn.reader.readline()
            if not line:
                raise aiomcache.exceptions.ClientException("connection closed", bytes(response))
            response.extend(line)
        return bytes(response[:-2])

    # Whether the server answers meta commands (memcached 1.6 on); None until asked.
    speaks_meta: bool | None = None

    @acquire
    async def set_many(self, conn: Connection, values: Mapping[bytes, bytes]) -> bool:
        """Store every key in one write on one connection: one round trip for all of
        them, where a set each costs a round trip apiece. Quiet meta sets (memcached
        1.6) answer only when they fail, and the no-op after them answers MN: one line
        to read for the whole batch, not one per key (a send bumps each member's). An
        older memcached (RHEL 8 ships 1.5.22) gets classic sets, one STORED each: a
        quiet meta set would be an error there, every bump would fail, and the lists
        would be served stale until their TTL."""
        for key in values:
            self._validate_key(key)
        if self.speaks_meta is None:
            conn.writer.write(b"version\r\n")
            await conn.writer.drain()
            self.speaks_meta = speaks_meta(await conn.reader.readline())
        if not self.speaks_meta:
            return await self._set_each(conn, values)
        conn.writer.write(
            b"".join(
                b"ms %s %d q\r\n%s\r\n" % (key, len(value), value) for key, value in values.items()
            )
            + b"mn\r\n"
        )
        await conn.writer.drain()
        line = await conn.reader.readline()
        if line != b"MN\r\n":  # a set failed; the rest of its answer is left unread,
            # and the connection is closed with the failure (aiomcache's acquire)
            raise aiomcache.exceptions.ClientException("set failed", line)
        return True

    async def _set_each(self, conn: Connection, values: Mapping[bytes, bytes]) -> bool:
        conn.writer.write(
            b"".join(
                b"set %s 0 0 %d\r\n%s\r\n" % (key, len(value), value)
                for key, value in values.items()
            )
        )
        await conn.writer.drain()
        for _ in values:
            line = await conn.reader.readline()
            if line != b"STORED\r\n":  # as above: the connection goes with the failure
                raise aiomcache.exceptions.ClientException("set failed", line)
        return True


def speaks_meta(version_line: bytes) -> bool:
    """Whether memcached's answer to `version` names 1.6 or later, which has the meta
    commands. Anything but a version line fails the call, as any other nonsense does."""
    if not version_line.startswith(b"VERSION ") or not version_line.endswith(b"\r\n"):
        raise aiomcache.exceptions.ClientException("no version", version_line)
    numbers = version_line[len(b"VERSION ") : -2].split(b".")
    try:
        return (int(numbers[0]), int(numbers[1])) >= (1, 6)
    except (IndexError, ValueError):
        return False  # an odd build: the classic sets work on every version


class ChatListCache:
    def __init__(self, config: MemcachedConfig, namespace: str = "") -> None:
        """`namespace` names where the user ids come from (the database): a memcached
        shared with another database, or outliving a recreated one, must not hand a
        user the list of whoever had the same id there."""
        self.ttl = config.ttl_seconds
        self._prefix = quote(namespace, safe="").encode() + b":" if namespace else b""
        # One connection per request in flight, up to a bound: the call timeout includes
        # waiting for a pooled connection, and 4 made a 64-client burst time out.
        self.client = _Client(config.host, config.port, pool_size=POOL_SIZE)
        self._bumps = Batcher(self._bump, failed=None)
        self._unbumped: dict[bytes, bytes] = {}
        self._rebump: asyncio.Task[None] | None = None
        self.hits = 0
        self.misses = 0
        self.errors = 0
        self._last_error_log = 0.0

    async def close(self) -> None:
        await cancel_and_wait(self._rebump)
        await self._bumps.drain()
        await self.client.close()

    async def _call(self, operation: Callable[[], Awaitable[T]]) -> T | None:
        try:
            async with asyncio.timeout(CALL_TIMEOUT_SECONDS):
                return await operation()
        except asyncio.CancelledError:
            await self._drop_idle_connections()
            raise
        # Whatever a sick memcached does (refuses, stalls, hangs up mid-answer, answers
        # garbage), the caller gets a miss.
        except Exception as error:
            if isinstance(error, TimeoutError):
                await self._drop_idle_connections()
            self.errors += 1
            # It may come back as another version (an upgrade, a rollback): ask again.
            self.client.speaks_meta = None
            now = time.monotonic()
            if now - self._last_error_log > ERROR_LOG_INTERVAL_SECONDS:
                self._last_error_log = now
                log.warning("memcached unavailable, serving from the database: %r", error)
            return None

    async def _drop_idle_connections(self) -> None:
        # aiomcache puts a connection back in its pool even when the call on it was
        # cancelled, its answer still to come; the next call on it would take that late
        # answer for its own (an old version number: a stale list). close() only closes
        # the idle connections, the cancelled one among them; the pool opens new ones.
        await self.client.close()

    def _version_key(self, user_id: int) -> bytes:
        return b"%schatver:%d" % (self._prefix, user_id)

    def _page_key(self, user_id: int, variant: str) -> bytes:
        return b"%schats:%d:%s" % (self._prefix, user_id, variant.encode())

    async def _fresh_version(self, key: bytes) -> bytes | None:
        # A random start: a version key that was evicted must not come back with a value
        # that old pages may still carry.
        fresh = b"%d" % secrets.randbits(62)
        if await self._call(lambda: self.client.add(key, fresh)):
            return fresh
        return await self._call(lambda: self.client.get(key))

    async def read_through(
        self, user_id: int, variant: str, load: Callable[[], Awaitable[Any]]
    ) -> Any:
        """The cached value for this user and variant, or load() stored for next time."""
        return await self._read_through(user_id, variant, load, encode, decode)

    async def read_through_bytes(
        self,
        user_id: int,
        variant: str,
        load: Callable[[], Awaitable[bytes]],
        check: Callable[[bytes], bytes],
    ) -> bytes:
        """The same for a value that is already bytes (a response body): a hit is sent
        as stored, without decoding. `check` raises ValueError for bytes this code would
        not have written."""
        return await self._read_through(user_id, variant, load, bytes, check)

    async def _read_through(
        self,
        user_id: int,
        variant: str,
        load: Callable[[], Awaitable[T]],
        to_bytes: Callable[[T], bytes],
        from_bytes: Callable[[bytes], T],
    ) -> T:
        version_key = self._version_key(user_id)
        page_key = self._page_key(user_id, variant)
        found = await self._call(lambda: self.client.multi_get(version_key, page_key))
        if found is None:  # memcached is sick: straight to the database
            self.misses += 1
            return await load()
        version, page = found
        if version is None:
            version = await self._fresh_version(version_key)
        elif page is not None:
            page_version, _, payload = page.partition(b"\n")
            if page_version == version:
                try:
                    value = from_bytes(payload)
                except ValueError:  # not a page this code wrote: read it again
                    self.errors += 1
                else:
                    self.hits += 1
                    return value
        self.misses += 1
        value = await load()
        if version is not None:
            stored = version + b"\n" + to_bytes(value)
            await self._call(lambda: self.client.set(page_key, stored, exptime=self.ttl))
        return value

    async def invalidate(self, user_ids: Iterable[int]) -> None:
        """Make the next chat-list read of each user fresh. Call after the commit."""
        # A new random version, not incr: aiomcache raises on incr of a missing key (a
        # user who has not listed chats yet) and closes that pooled connection. One for
        # all the members: a version need only differ from the ones each member had.
        version = b"%d" % secrets.randbits(62)
        fresh = dict.fromkeys(map(self._version_key, user_ids), version)
        if fresh:
            # The bumps of concurrent writes go out together: one round trip for many.
            await self._bumps.submit(fresh)

    async def _bump(self, batch: list[dict[bytes, bytes]]) -> None:
        # Bumps that failed before go again with these (a newer version of a key wins):
        # a memcached that missed a bump but kept the page would serve it, stale, for up
        # to ttl_seconds.
        merged = self._unbumped | {
            key: version for versions in batch for key, version in versions.items()
        }
        if not merged:
            return
        if await self._call(lambda: self.client.set_many(merged)):
            self._unbumped = {}
            return
        self._unbumped = merged
        if self._rebump is None:
            self._rebump = asyncio.create_task(self._bump_again_later())

    async def _bump_again_later(self) -> None:
        try:
            while self._unbumped:
                await asyncio.sleep(REBUMP_AFTER_SECONDS)
                await self._bumps.submit({})
        finally:
            self._rebump = None

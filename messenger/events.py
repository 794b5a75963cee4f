"""Chat events, published on Redis pub/sub after each commit so that every API process
can push them to its own WebSocket clients (see messenger/realtime.py).

Publishing never fails an operation: the change is committed, and a client that missed
an event (Redis down, socket dropped) catches up through the history endpoint with
`after=<last id seen>`. So that a client whose socket stayed open learns that it missed
one, the members of an event that could not be published are named in a `resync`
message as soon as Redis takes messages again; every process closes their sockets with
4503. Failures are counted and logged.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import redis.asyncio as aioredis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError

from messenger.batching import Batcher

log = logging.getLogger("messenger.events")

EVENTS_CHANNEL = "messenger:events"
REVOCATIONS_CHANNEL = "messenger:revocations"
# A publish is one round trip to a local Redis; past this Redis is sick, and the
# request that triggered the event should not wait on it.
PUBLISH_TIMEOUT_SECONDS = 0.5
ERROR_LOG_INTERVAL_SECONDS = 30.0
# After a publish timed out, skip Redis for this long: the subscribers resynchronise
# their sockets when Redis is back, and clients catch up from history.
RETRY_AFTER_TIMEOUT_SECONDS = 2.0

# Not a chat event: on the events channel, it names users whose events were lost.
RESYNC = "resync"

EVENT_TYPES = frozenset(
    {
        "message.created",
        "message.updated",
        "message.deleted",
        "chat.created",
        "chat.cleared",
        "member.added",
        "member.removed",
        "chat.read",
    }
)


@dataclass(frozen=True)
class ChatEvent:
    """One change of a chat and the users who should hear of it."""

    type: str
    chat_id: int
    data: dict[str, Any]
    audience: tuple[int, ...] = field(default=())

    def __post_init__(self) -> None:
        if self.type not in EVENT_TYPES:
            raise ValueError(f"unknown event type {self.type!r}")

    def envelope(self) -> dict[str, Any]:
        """What a WebSocket client receives (API.md, "Events on the WebSocket")."""
        return {"type": self.type, "chat_id": self.chat_id, "data": self.data}

    def encode(self) -> str:
        return json.dumps({**self.envelope(), "audience": list(self.audience)})

    @classmethod
    def decode(cls, raw: str | bytes) -> ChatEvent:
        return cls.from_payload(json.loads(raw))

    @classmethod
    def from_payload(cls, payload: dict[str, Any]) -> ChatEvent:
        return cls(
            type=payload["type"],
            chat_id=int(payload["chat_id"]),
            data=dict(payload["data"]),
            audience=tuple(int(user_id) for user_id in payload["audience"]),
        )


def resync_message(user_ids: Iterable[int], until: float) -> str:
    """Tells every process that events for these users were lost, the last of them at
    `until` (wall-clock seconds): their sockets opened before then close with 4503, and
    their clients catch up through history. A socket opened later fetched the lost
    messages with its catch-up already."""
    return json.dumps({"type": RESYNC, "audience": sorted(user_ids), "until": until})


def channel_names(namespace: str = "") -> tuple[str, str]:
    """The events and the revocations channel. The namespace (the database's name) keeps
    processes on different databases that share a Redis (a local run, a test session, a
    bench) from hearing each other's events: their user and chat ids collide."""
    if not namespace:
        return EVENTS_CHANNEL, REVOCATIONS_CHANNEL
    return f"messenger:{namespace}:events", f"messenger:{namespace}:revocations"


def chat_event(
    type_: str, chat_id: int, data: dict[str, Any], audience: Iterable[int]
) -> ChatEvent:
    return ChatEvent(type_, chat_id, data, tuple(sorted(set(audience))))


# What the batcher carries: channel, message, and the users the message is for.
Published = tuple[str, str, tuple[int, ...]]


class _NotSent(Exception):
    """The batch could not be written: nothing of it reached Redis."""


def _hung_up(connection: aioredis.Connection) -> bool:
    reader = getattr(connection, "_reader", None)  # redis-py keeps no public flag for it
    return reader is None or reader.at_eof()


class EventBus:
    """Publishes chat events and token revocations to every API process.

    Publishes made while one is on its way to Redis go together in one pipeline (see
    Batcher), in the order they were made. Each caller still waits until Redis has taken
    its event, so an event published under a lock has reached Redis before it is freed.
    """

    def __init__(self, redis_url: str, *, namespace: str = "") -> None:
        self.redis_url = redis_url
        self.events_channel, self.revocations_channel = channel_names(namespace)
        self.redis = aioredis.from_url(redis_url, socket_connect_timeout=PUBLISH_TIMEOUT_SECONDS)
        self.published = 0
        self.failed = 0
        self._last_error_log = 0.0
        self._down_until = 0.0
        self._batcher = Batcher(self._send, failed=False)
        self._connection: aioredis.Connection | None = None
        # Members of events that did not reach Redis; they are told to resynchronise
        # once publishing works again (see _send).
        self._lost: set[int] = set()
        self._lost_until = 0.0
        self._resync: asyncio.Task[None] | None = None

    async def close(self) -> None:
        if self._resync is not None:
            self._resync.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._resync
        await self._batcher.drain()
        await self._drop_publisher()
        await self.redis.aclose()

    async def _publish(self, channel: str, message: str, audience: tuple[int, ...] = ()) -> bool:
        if time.monotonic() < self._down_until:
            # Redis just failed: don't make every request wait out the timeout again.
            self.failed += 1
            self._lose(audience)
            return False
        return await self._batcher.submit((channel, message, audience))

    def _lose(self, audience: Iterable[int]) -> None:
        """Remember who missed an event; tell them as soon as Redis takes messages."""
        self._lost.update(audience)
        self._lost_until = time.time()
        if self._lost and self._resync is None:
            self._resync = asyncio.create_task(self._resync_when_back())

    async def _resync_when_back(self) -> None:
        try:
            while self._lost:
                await asyncio.sleep(RETRY_AFTER_TIMEOUT_SECONDS)
                # An empty batch: _send puts the resync message in front of it.
                await self._batcher.submit((self.events_channel, "", ()))
        finally:
            self._resync = None

    async def _send(self, batch: list[Published]) -> bool:
        now = time.monotonic()
        lost = frozenset(self._lost)
        if now < self._down_until:
            self.failed += len(batch)
            self._lose(user_id for _, _, audience in batch for user_id in audience)
            return False
        messages = [(channel, message) for channel, message, _ in batch if message]
        if not messages and not lost:
            return True
        if lost:
            # Before anything newer, so a client never sees an event after the gap it
            # is about to be told of.
            messages.insert(0, (self.events_channel, resync_message(lost, self._lost_until)))
        try:
            async with asyncio.timeout(PUBLISH_TIMEOUT_SECONDS):
                try:
                    await self._send_on_publisher(messages)
                except _NotSent:
                    # The connection had gone stale (Redis restarted since it was last
                    # used) before the batch left: one more try on a fresh one. A batch
                    # that left is never sent twice: clients would hear an event again.
                    await self._drop_publisher()
                    await self._send_on_publisher(messages)
        except asyncio.CancelledError:
            await self._drop_publisher()
            raise
        except (RedisError, OSError, TimeoutError, _NotSent) as error:
            # Replies may still be on their way: that connection is out of step.
            await self._drop_publisher()
            self.failed += len(messages)
            self._lose(user_id for _, _, audience in batch for user_id in audience)
            if isinstance(error, TimeoutError):
                # A refused connection fails in microseconds; a hung Redis costs the
                # whole timeout, which must not be paid by every send in a row.
                self._down_until = now + RETRY_AFTER_TIMEOUT_SECONDS
            if now - self._last_error_log > ERROR_LOG_INTERVAL_SECONDS:
                self._last_error_log = now
                log.warning("redis unavailable, live events are not delivered: %r", error)
            return False
        self._lost -= lost
        self.published += len(messages)
        return True

    async def _send_on_publisher(self, batch: list[tuple[str, str]]) -> None:
        connection = await self._publisher()
        commands = [("PUBLISH", channel, message) for channel, message in batch]
        try:
            await connection.send_packed_command(connection.pack_commands(commands))
        except (RedisConnectionError, OSError) as error:
            raise _NotSent from error
        for _ in batch:
            await connection.read_response()

    async def _publisher(self) -> aioredis.Connection:
        # Batches leave one at a time, so one connection carries them all, without the
        # pool and retry layers each redis-py command call otherwise goes through.
        if self._connection is not None and _hung_up(self._connection):
            await self._drop_publisher()  # Redis closed it (a restart): not worth a write
        if self._connection is None:
            connection = self.redis.connection_pool.make_connection()  # type: ignore[no-untyped-call]
            await connection.connect()
            self._connection = connection
        return self._connection

    async def _drop_publisher(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            with contextlib.suppress(Exception):
                await connection.disconnect()

    async def publish(self, event: ChatEvent) -> bool:
        if not event.audience:
            return True
        return await self._publish(self.events_channel, event.encode(), event.audience)

    async def publish_revocation(self, token_hash: bytes) -> bool:
        """Tell every process to close the WebSockets opened with this token."""
        return await self._publish(self.revocations_channel, token_hash.hex())

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
import hashlib
import logging
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import orjson
import redis.asyncio as aioredis
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError, ResponseError

from messenger.config import RedisConfig
from messenger.services.batching import Batcher
from messenger.services.cancelling import cancel_and_wait
from messenger.services.redis_client import (
    UNDER_CALLERS_TIMEOUT,
    hung_up,
    open_batch_connection,
    open_redis,
    pack_commands,
)

log = logging.getLogger("messenger.services.events")

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
        "message.reactions",
        "message.pinned",
        "message.unpinned",
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
    data: Mapping[str, Any]
    audience: tuple[int, ...] = field(default=())

    def __post_init__(self) -> None:
        if self.type not in EVENT_TYPES:
            raise ValueError(f"unknown event type {self.type!r}")

    def envelope(self) -> dict[str, Any]:
        """What a WebSocket client receives (docs/API.md, "Events on the WebSocket")."""
        return {"type": self.type, "chat_id": self.chat_id, "data": self.data}

    def encode(self) -> str:
        # orjson, as for responses: an event is encoded on every send.
        return orjson.dumps({**self.envelope(), "audience": list(self.audience)}).decode()

    @classmethod
    def decode(cls, raw: str | bytes) -> ChatEvent:
        return cls.from_payload(orjson.loads(raw))

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
    return orjson.dumps({"type": RESYNC, "audience": sorted(user_ids), "until": until}).decode()


def channel_names(namespace: str = "") -> tuple[str, str]:
    """The events and the revocations channel. The namespace (the database's name) keeps
    processes on different databases that share a Redis (a local run, a test session, a
    bench) from hearing each other's events: their user and chat ids collide."""
    if not namespace:
        return EVENTS_CHANNEL, REVOCATIONS_CHANNEL
    return f"messenger:{namespace}:events", f"messenger:{namespace}:revocations"


def live_channel(namespace: str = "") -> str:
    """Typing and presence: passing news, never ordered, never resynchronised when lost
    (a client that missed one simply shows the next)."""
    return f"messenger:{namespace}:live" if namespace else "messenger:live"


def chat_event(
    type_: str, chat_id: int, data: Mapping[str, Any], audience: Iterable[int]
) -> ChatEvent:
    return ChatEvent(type_, chat_id, data, tuple(sorted(set(audience))))


# How long Redis remembers a chat's ordering state after its last event.
ORDER_TTL_SECONDS = 3600
# A message older than this has had its event published long ago (or lost to an outage,
# which resynchronises its members): when Redis has no record of the chat, nothing waits
# for it.
SURELY_PUBLISHED_AFTER_SECONDS = 10.0
# How long an event waits for its predecessor's. Then the sender of that one is taken
# for dead between its commit and its publish (a host killed mid-send): the events that
# waited are not published, and their members resynchronise (see ORDER_SCRIPT).
HOLD_SECONDS = 2.0

# Publishes the events of one chat in message id order, whichever process sends them:
# a message commits (and its chat lock is freed) before its event is published, so the
# event of the message after it can reach Redis first. Each event names the message
# whose event must go before it (`after`); one that comes early waits in Redis and
# leaves as soon as that one has gone. A message's event names the chat's previous
# message (or clear); an edit or a delete names the message itself (id = after); a clear
# is in the chain like a message, with an id of its own.
# KEYS[1]: the id of the chat's newest event in the chain published so far.
# KEYS[2]: the events waiting, scored by the id they wait for.
# ARGV: channel, id, after (0: wait for none), after_age (seconds since `after` was
# created), payload, ttl, horizon (an `after` older than this surely went; a Redis with
# no record of the chat then waits for nothing), flush ('1': stop waiting for `after`;
# '2': the event of `after` was lost, and its members were told just before), now
# (wall-clock seconds, for a flush's resync message).
# Returns {1, payload...} published, {0, id waited for} waiting, {2} not published
# because a newer event of the chat went first (it waited too long); the payloads are
# waiting events released too late, also not published. Their members must resynchronise.
# A flush returns {3, payload...} when the event of `after` never came: the events that
# waited for it were not published, and the script published a resync message naming
# their members, ahead of every newer event of the chat. So no client hears of a message
# past the one whose event was lost before its socket closes with 4503, and the id it
# catches up from (`after=` the last it saw) is below the lost one: history has it.
ORDER_SCRIPT = """
local last = tonumber(redis.call('GET', KEYS[1]))
local id, after = tonumber(ARGV[2]), tonumber(ARGV[3])
local horizon = tonumber(ARGV[7])
local status = 1
-- `published`: the newest id in the chain that went (or was given up on); waiting events
-- whose `after` is at most `upto` are released.
local published = last or 0
local upto
if ARGV[8] == '2' then
  published = math.max(published, after)
  upto = published
elseif ARGV[8] == '1' then
  if published < after then
    local stuck = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', after)
    if #stuck > 0 then
      redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', after)
      local members, named = {}, {}
      for _, entry in ipairs(stuck) do
        published = math.max(published, tonumber(string.sub(entry, 1, 20)))
        for _, user_id in ipairs(cjson.decode(string.sub(entry, 21))['audience']) do
          if not named[user_id] then
            named[user_id] = true
            table.insert(members, string.format('%d', user_id))
          end
        end
      end
      redis.call('PUBLISH', ARGV[1], '{"type": "resync", "audience": ['
        .. table.concat(members, ', ') .. '], "until": ' .. ARGV[9] .. '}')
      status = 3
    end
  end
  upto = math.max(published, after)
else
  local in_chain = id > after
  if last == nil and not in_chain and tonumber(ARGV[4]) > horizon then
    -- An edit or delete of an old message, in a chat quiet for long: it says nothing
    -- of the chat's newest message, so it leaves no record.
    redis.call('PUBLISH', ARGV[1], ARGV[5])
    return {1}
  end
  local wait_for = after
  if after == 0 then
    -- The chat's first message, or the first after a clear: it goes after whatever
    -- older still waits (the clear itself, say), not after its own successors.
    local older = redis.call(
      'ZREVRANGEBYSCORE', KEYS[2], '(' .. id, '-inf', 'WITHSCORES', 'LIMIT', 0, 1)
    if #older > 0 then wait_for = tonumber(older[2]) end
  end
  local ready = wait_for == 0 or (last ~= nil and last >= wait_for)
    or (last == nil and after ~= 0 and tonumber(ARGV[4]) > horizon)
  if not ready then
    redis.call('ZADD', KEYS[2], wait_for, string.format('%020d', id) .. ARGV[5])
    redis.call('EXPIRE', KEYS[2], ARGV[6])
    return {0, wait_for}
  end
  if in_chain and id <= published then
    return {2}
  end
  redis.call('PUBLISH', ARGV[1], ARGV[5])
  published = math.max(published, id)
  upto = published
end
local reply = {status}
while true do
  local waiting = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', upto, 'WITHSCORES')
  if #waiting == 0 then break end
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', upto)
  for i = 1, #waiting, 2 do
    local entry, waited_for = waiting[i], tonumber(waiting[i + 1])
    local entry_id = tonumber(string.sub(entry, 1, 20))
    if entry_id > waited_for and entry_id <= published then
      table.insert(reply, string.sub(entry, 21))
    else
      redis.call('PUBLISH', ARGV[1], string.sub(entry, 21))
      published = math.max(published, entry_id)
      upto = math.max(upto, entry_id)
    end
  end
end
redis.call('SET', KEYS[1], math.max(published, upto), 'EX', ARGV[6])
return reply
"""
ORDER_SCRIPT_SHA = hashlib.sha1(ORDER_SCRIPT.encode()).hexdigest()  # noqa: S324 (Redis names scripts so)
PUBLISHED, WAITING, LATE, GAVE_UP = 1, 0, 2, 3


@dataclass(frozen=True)
class Published:
    """What the batcher carries: one Redis command (none: a batch only to carry a
    resync), the users it tells of something, and for an ordered event its chat and the
    message it waits for."""

    command: tuple[str | int | float, ...]
    audience: tuple[int, ...] = ()
    chat_id: int = 0
    after: int = 0
    is_event: bool = True  # not a flush of waiting ones (which counts for nothing)
    message_id: int = 0  # of an ordered event


class _NotSent(Exception):
    """The batch could not be written: nothing of it reached Redis."""


class EventBus:
    """Publishes chat events and token revocations to every API process.

    Publishes made while one is on its way to Redis go together in one pipeline (see
    Batcher), in the order they were made. Each caller still waits until Redis has taken
    its event, so an event published under a lock has reached Redis before it is freed.
    """

    def __init__(
        self,
        redis: RedisConfig,
        *,
        namespace: str = "",
        state_namespace: str = "",
        hold_seconds: float = HOLD_SECONDS,
        retry_seconds: float = RETRY_AFTER_TIMEOUT_SECONDS,
    ) -> None:
        """`namespace` names the channels (see channel_names); `state_namespace`, the
        keys of the ordering state (by default the namespace). `hold_seconds`: how long
        an event waits for its predecessor's; `retry_seconds`: the pause after a failure
        before Redis is tried again."""
        self.redis_config = redis
        self.hold_seconds = hold_seconds
        self.retry_seconds = retry_seconds
        self.events_channel, self.revocations_channel = channel_names(namespace)
        self.live_channel = live_channel(namespace)
        state = state_namespace or namespace
        self._order_prefix = f"messenger:{state}:order:" if state else "messenger:order:"
        self.redis = open_redis(redis, socket_connect_timeout=PUBLISH_TIMEOUT_SECONDS)
        self.published = 0
        self.failed = 0
        self._last_error_log = 0.0
        self._down_until = 0.0
        self._batcher = Batcher(self._send, failed=False)
        self._connection: aioredis.Connection | None = None
        self._connection_stale = False
        # Members of events that did not reach Redis; they are told to resynchronise
        # once publishing works again (see _send).
        self._lost: set[int] = set()
        self._lost_until = 0.0
        # Chats and message ids of the ordered events among them: once the members are
        # told, the chain goes on past each, so that what waits for it need not be given
        # up on after the hold (a second resync for the same loss).
        self._lost_chain: set[tuple[int, int]] = set()
        self._resync: asyncio.Task[None] | None = None
        # Flushes due for events left waiting in Redis, by chat and the id waited for:
        # the members of the events waiting.
        self._flushes: dict[tuple[int, int], set[int]] = {}
        self._flush_tasks: set[asyncio.Task[None]] = set()

    async def close(self) -> None:
        # What this process left waiting in Redis is settled now, rather than never (once:
        # a Redis that is away by now cannot be waited for): published if what it waited
        # for has gone, else its members resynchronise.
        await self._batcher.drain()
        await cancel_and_wait(*self._flush_tasks)
        for key in list(self._flushes):
            await self._flush(key)
        await cancel_and_wait(self._resync)
        await self._batcher.drain()
        await self._drop_publisher()
        await self.redis.aclose()

    async def _publish(self, item: Published) -> bool:
        if time.monotonic() < self._down_until:
            # Redis just failed: don't make every request wait out the timeout again.
            self.failed += 1
            self._lose_items([item])
            return False
        return await self._batcher.submit(item)

    def _lose_items(self, items: Iterable[Published], *, redis_is_up: bool = False) -> None:
        """These will never be published: their members resynchronise (see _lose), and
        the chain of their chats goes on past the ordered events among them."""
        items = list(items)
        self._lost_chain.update(
            (item.chat_id, item.message_id)
            for item in items
            if item.is_event and item.message_id > item.after
        )
        self._lose(
            (user_id for item in items for user_id in item.audience), redis_is_up=redis_is_up
        )

    def _lose(self, audience: Iterable[int], *, redis_is_up: bool = False) -> None:
        """Remember who missed an event; tell them as soon as Redis takes messages (at
        once when it does now)."""
        self._lost.update(audience)
        self._lost_until = time.time()
        if self._lost and self._resync is None:
            first_try = 0.0 if redis_is_up else self.retry_seconds
            self._resync = asyncio.create_task(self._resync_when_back(first_try))

    async def _resync_when_back(self, first_try: float) -> None:
        try:
            await asyncio.sleep(first_try)
            while self._lost:
                # An empty batch: _send puts the resync message in front of it.
                await self._batcher.submit(Published(()))
                if self._lost:
                    await asyncio.sleep(self.retry_seconds)
        finally:
            self._resync = None

    async def _send(self, batch: list[Published]) -> bool:
        now = time.monotonic()
        lost, chain = frozenset(self._lost), frozenset(self._lost_chain)
        if now < self._down_until:
            self.failed += len(batch)
            self._lose_items(batch)
            return False
        items = [item for item in batch if item.command]
        if not items and not lost:
            return True
        if lost:
            # Before anything newer, so a client never sees an event after the gap it
            # is about to be told of.
            resync = resync_message(lost, self._lost_until)
            # Then, the members told, what waited behind a lost event goes.
            items[0:0] = [
                Published(("PUBLISH", self.events_channel, resync)),
                *(
                    Published(self._settle_command(chat_id, message_id, "2"), is_event=False)
                    for chat_id, message_id in sorted(chain)
                ),
            ]
        try:
            async with asyncio.timeout(PUBLISH_TIMEOUT_SECONDS):
                try:
                    replies = await self._send_on_publisher(items)
                except _NotSent:
                    # The connection had gone stale (Redis restarted since it was last
                    # used) before the batch left: one more try on a fresh one. A batch
                    # that left is never sent twice: clients would hear an event again.
                    await self._drop_publisher()
                    replies = await self._send_on_publisher(items)
        except asyncio.CancelledError:
            await self._drop_publisher()
            raise
        except (RedisError, OSError, TimeoutError, _NotSent) as error:
            # Replies may still be on their way: that connection is out of step.
            await self._drop_publisher()
            self.failed += len(items)
            self._lose_items(batch)
            if isinstance(error, TimeoutError):
                # A refused connection fails in microseconds; a hung Redis costs the
                # whole timeout, which must not be paid by every send in a row.
                self._down_until = now + self.retry_seconds
            if now - self._last_error_log > ERROR_LOG_INTERVAL_SECONDS:
                self._last_error_log = now
                log.warning("redis unavailable, live events are not delivered: %r", error)
            return False
        if not isinstance(replies[0], RedisError):
            self._lost -= lost
            self._lost_chain -= chain
        for item, reply in zip(items, replies, strict=True):
            self._take_reply(item, reply)
        return all(not isinstance(reply, RedisError) for reply in replies)

    def _take_reply(self, item: Published, reply: Any) -> None:
        if isinstance(reply, RedisError):
            # Refused (a Redis that forgot its scripts, out of memory): lost, and the
            # connection starts afresh so that the scripts are loaded again.
            self.failed += 1
            self._lose_items([item], redis_is_up=True)
            self._connection_stale = True
            return
        if item.command[0] != "EVALSHA":
            self.published += item.is_event
            return
        status, *late = reply
        self.published += item.is_event and status != LATE
        if status == WAITING:
            waited_for = int(late.pop())
            self._flush_later(item.chat_id, waited_for, item.audience)
        elif status == LATE:
            # A newer event of its chat went first: whoever saw it must not hear of this
            # one now; they resynchronise instead.
            self._lose(item.audience, redis_is_up=True)
        elif status == GAVE_UP:
            log.warning(
                "the event of message %d of chat %d never came (its sender died?): "
                "the members resynchronise",
                item.after,
                item.chat_id,
            )
        for payload in late:
            audience = orjson.loads(payload).get("audience", [])
            self._lose((int(user_id) for user_id in audience), redis_is_up=True)

    async def _send_on_publisher(self, items: list[Published]) -> list[Any]:
        connection = await self._publisher()
        try:
            await connection.send_packed_command(
                pack_commands(item.command for item in items), check_health=False
            )
        except (RedisConnectionError, OSError) as error:
            raise _NotSent from error
        replies: list[Any] = []
        for _ in items:
            try:
                replies.append(await connection.read_response(timeout=UNDER_CALLERS_TIMEOUT))
            except ResponseError as error:  # read in full: the next reply is in step
                replies.append(error)
        return replies

    async def _publisher(self) -> aioredis.Connection:
        # Batches leave one at a time, so one connection carries them all, without the
        # pool and retry layers each redis-py command call otherwise goes through.
        if self._connection is not None and (self._connection_stale or hung_up(self._connection)):
            await self._drop_publisher()
        if self._connection is None:
            self._connection = await open_batch_connection(self.redis, [ORDER_SCRIPT])
        return self._connection

    async def _drop_publisher(self) -> None:
        self._connection_stale = False
        connection, self._connection = self._connection, None
        if connection is not None:
            with contextlib.suppress(Exception):
                await connection.disconnect()

    async def publish(self, event: ChatEvent) -> bool:
        if not event.audience:
            return True
        command = ("PUBLISH", self.events_channel, event.encode())
        return await self._publish(Published(command, event.audience))

    async def publish_in_order(
        self, event: ChatEvent, *, message_id: int, after: int | None, after_age: float
    ) -> bool:
        """Publish an event of a committed change once the event of message `after` (the
        chat's newest message when message_id was sent; for an edit or a delete, the
        message itself) has been published, so that the events of a chat reach every
        process in id order (docs/API.md, "Ordering") without holding the chat's lock while
        publishing. `after_age`: seconds since `after` was created."""
        if not event.audience:
            return True
        keys = self._order_keys(event.chat_id)
        command = (
            "EVALSHA", ORDER_SCRIPT_SHA, 2, *keys, self.events_channel, message_id,
            after or 0, after_age, event.encode(), ORDER_TTL_SECONDS,
            SURELY_PUBLISHED_AFTER_SECONDS, 0,
        )  # fmt: skip
        return await self._publish(
            Published(command, event.audience, event.chat_id, after or 0, message_id=message_id)
        )

    def _order_keys(self, chat_id: int) -> tuple[str, str]:
        return f"{self._order_prefix}{chat_id}:last", f"{self._order_prefix}{chat_id}:waiting"

    def _flush_later(self, chat_id: int, after: int, audience: tuple[int, ...]) -> None:
        """Stop waiting for the event of `after` in hold_seconds, whoever's event waits
        for it (a flush for one that has gone meanwhile changes nothing). One flush per
        chat and `after`, for the members of every event waiting for it."""
        key = (chat_id, after)
        pending = self._flushes.get(key)
        if pending is not None:
            pending.update(audience)
            return
        self._flushes[key] = set(audience)
        task = asyncio.create_task(self._flush_until_done(key, self.hold_seconds))
        self._flush_tasks.add(task)
        task.add_done_callback(self._flush_tasks.discard)

    async def _flush_until_done(self, key: tuple[int, int], delay: float) -> None:
        await asyncio.sleep(delay)
        while True:
            if await self._flush(key):
                return
            # Redis refused or is away (the members were told to resync): the waiting
            # events must still go, or they would wait out the keys' TTL.
            await asyncio.sleep(self.retry_seconds)

    async def _flush(self, key: tuple[int, int]) -> bool:
        if key not in self._flushes:
            return True
        chat_id, after = key
        command = self._settle_command(chat_id, after, "1")
        audience = tuple(self._flushes[key])
        if await self._publish(Published(command, audience, chat_id, after, is_event=False)):
            self._flushes.pop(key, None)
            return True
        return False

    def _settle_command(self, chat_id: int, after: int, mode: str) -> tuple[str | int | float, ...]:
        """Stop waiting for the event of `after` in the chat: given up on ('1'), or
        known lost with its members told ('2'); see ORDER_SCRIPT."""
        return (
            "EVALSHA", ORDER_SCRIPT_SHA, 2, *self._order_keys(chat_id), self.events_channel,
            after, after, 0, "", ORDER_TTL_SECONDS, SURELY_PUBLISHED_AFTER_SECONDS, mode,
            repr(time.time()),
        )  # fmt: skip

    async def publish_live(self, payload: Mapping[str, Any]) -> bool:
        """Typing or presence news for every API process (see live_channel). A lost one
        is only counted: nobody needs to resynchronise for it."""
        command = ("PUBLISH", self.live_channel, orjson.dumps(payload).decode())
        return await self._publish(Published(command))

    async def publish_revocation(self, token_hash: bytes) -> bool:
        """Tell every process to close the WebSockets opened with this token."""
        command = ("PUBLISH", self.revocations_channel, token_hash.hex())
        return await self._publish(Published(command))

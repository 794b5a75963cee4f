"""Limits shared by every API process (docs/API.md, "Accounts": limits), counted in Redis.

Each limit is a sliding window per key: a sorted set of the moments of its hits, which one
Lua script trims, counts and (if the limit allows) adds to, in one round trip. A script
rather than a library: the one Redis library we keep (redis-py) has none, and the kept
rate-limit libraries either count fixed windows (a burst at the edge passes twice the
limit) or take several round trips.

Every send counts against its sender's limit, so the calls go the way events do (see
services.events): on one connection of our own, without redis-py's pool and per-command
layers, and calls made while others are on their way leave together in one write
(services.batching). redis-py's script call cost a send a sixth of its throughput in
`make bench`.

Redis unreachable: the request goes ahead (fail open) with a log line and a count in
`messenger_limits_unavailable_total`; sends and logins work as they do without Redis.
After a failure Redis is left alone for a moment, so that a Redis that hangs does not cost
every request its timeout.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import logging
import math
import secrets
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import redis.asyncio as aioredis
from redis.exceptions import RedisError, ResponseError

from messenger.config import LimitsConfig, RedisConfig
from messenger.errors import RateLimited
from messenger.services.batching import Batcher
from messenger.services.redis_client import (
    UNDER_CALLERS_TIMEOUT,
    hung_up,
    open_batch_connection,
    open_redis,
    pack_commands,
)

log = logging.getLogger("messenger.limits")

TIMEOUT_SECONDS = 0.25
# After Redis failed, this long without asking it (failing open meanwhile).
PAUSE_AFTER_FAILURE_SECONDS = 1.0
LOG_INTERVAL_SECONDS = 30.0
# A quick sender takes up to this many slots ahead (Allowance), for at most this long
# (and at most this share of the window).
MAX_SLOTS_AHEAD = 16
ALLOWANCE_SECONDS = 1.0
ALLOWANCE_SHARE_OF_WINDOW = 0.1
# Senders with slots in hand a process keeps track of, before it forgets lapsed ones.
MAX_ALLOWANCES = 10_000
# An address may fail for several accounts (a shared office NAT); it gets more room.
ADDRESS_ALLOWANCE_FACTOR = 5

# KEYS: the windows; ARGV: now (ms), window (ms), add ('1' or '0'), a unique member, then
# each key's limit. Returns 0 when every key is under its limit (the hit then counted in
# each if `add`), else the milliseconds until the fullest key has room again.
_HIT = """
local now, window, add, member = tonumber(ARGV[1]), tonumber(ARGV[2]), ARGV[3], ARGV[4]
local wait = 0
for i, key in ipairs(KEYS) do
    redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
    if redis.call('ZCARD', key) >= tonumber(ARGV[4 + i]) then
        local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
        wait = math.max(wait, tonumber(oldest[2]) + window - now)
    end
end
if wait > 0 or add ~= '1' then
    return wait
end
for _, key in ipairs(KEYS) do
    redis.call('ZADD', key, now, member)
    redis.call('PEXPIRE', key, window)
end
return 0
"""
# A sender's slots taken ahead (see Allowance). KEYS: the window; ARGV: now (ms), window
# (ms), slots wanted, limit, when the slots ahead lapse (ms; their score, while the one
# used at once counts from now), a unique member, then
# the members of lapsed unused slots to give back. Returns the slots granted (at most a
# quarter of the room left, at least one), or minus the milliseconds until there is room.
_TAKE = """
local key = KEYS[1]
local now, window, wanted = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local limit, lapse, member = tonumber(ARGV[4]), tonumber(ARGV[5]), ARGV[6]
if #ARGV > 6 then
    redis.call('ZREM', key, unpack(ARGV, 7))
end
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
local room = limit - redis.call('ZCARD', key)
if room <= 0 then
    local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
    return -math.max(1, tonumber(oldest[2]) + window - now)
end
local granted = math.max(1, math.min(wanted, math.floor(room / 4)))
redis.call('ZADD', key, now, member .. ':1')
for i = 2, granted do
    redis.call('ZADD', key, lapse, member .. ':' .. i)
end
redis.call('PEXPIRE', key, window + lapse - now)
return granted
"""
SCRIPTS = {
    hashlib.sha1(script.encode()).hexdigest(): script  # noqa: S324 (Redis names scripts so)
    for script in (_HIT, _TAKE)
}
_HIT_SHA, _TAKE_SHA = SCRIPTS


@dataclass
class _Call:
    command: tuple[str | int, ...]
    reply: asyncio.Future[Any] = field(
        default_factory=lambda: asyncio.get_running_loop().create_future()
    )


class _ScriptPipe:
    """EVALSHA of the hit script on a connection of our own, batched (see the module)."""

    def __init__(self, redis: aioredis.Redis) -> None:
        self.redis = redis
        self._connection: aioredis.Connection | None = None
        self._batcher = Batcher(self._send, failed=False)

    async def call(self, sha: str, keys: list[str], args: list[str | int]) -> Any:
        """The script's reply; raises what made it fail (RedisError, OSError, timeout)."""
        call = _Call(("EVALSHA", sha, len(keys), *keys, *args))
        await self._batcher.submit(call)
        return await call.reply

    async def close(self) -> None:
        await self._batcher.drain()
        await self._drop()

    async def _connect(self) -> aioredis.Connection:
        if self._connection is not None and hung_up(self._connection):
            await self._drop()  # a new one, not a failed write
        if self._connection is None:
            self._connection = await open_batch_connection(self.redis, SCRIPTS.values())
        return self._connection

    async def _drop(self) -> None:
        connection, self._connection = self._connection, None
        if connection is not None:
            with contextlib.suppress(RedisError, OSError):
                await connection.disconnect()

    async def _send(self, batch: list[_Call]) -> bool:
        try:
            async with asyncio.timeout(TIMEOUT_SECONDS):
                connection = await self._connect()
                await connection.send_packed_command(
                    pack_commands(c.command for c in batch), check_health=False
                )
                for call in batch:
                    try:
                        reply = await connection.read_response(timeout=UNDER_CALLERS_TIMEOUT)
                    except ResponseError as error:  # NOSCRIPT: a fresh connection loads it
                        await self._drop()
                        raise error
                    call.reply.set_result(reply)
        except (RedisError, OSError, TimeoutError) as error:
            # Replies may still be on their way: that connection is out of step.
            await self._drop()
            for call in batch:
                if not call.reply.done():
                    call.reply.set_exception(error)
            return False
        except BaseException as error:  # cancelled: its callers must not wait forever
            await self._drop()
            for call in batch:
                if not call.reply.done():
                    call.reply.set_exception(RedisError(f"not sent: {error!r}"))
            raise
        return True


@dataclass
class Allowance:
    """Slots of one sender's window this process took ahead, so that a quick sender asks
    Redis once every few sends rather than on each (`make bench`: the per-send script
    call cost a send at 16 clients a fifth of its throughput). Redis counts them as hits
    at the moment they lapse, the latest moment they can be used (the one used at once,
    from now), so no window ever holds
    more sends than the limit, whichever process makes them: the price is that a slot
    lapsing unused counts until the sender's next send gives it back (at most
    MAX_SLOTS_AHEAD - 1, and none near the limit, where at most a quarter of the room
    left is taken), and that a send counts a fraction of a second longer than it lasts.
    """

    granted: int
    unused: list[str]  # the members of the slots not used yet
    lapses_at: float  # monotonic


@dataclass(frozen=True)
class Window:
    """A limit: at most `limit` hits per key within `seconds` (a limit of 0: none)."""

    name: str
    limit: int
    seconds: int
    refusal: str = "too many requests; try again later"


class Limits:
    def __init__(self, config: LimitsConfig, redis: RedisConfig, namespace: str) -> None:
        self.messages = Window(
            "messages",
            config.messages,
            config.messages_window_seconds,
            "too many messages; wait a moment",
        )
        too_many_failures = "too many failed login attempts; try again later"
        self.login_failures = Window(
            "login_failures", config.login_failures, config.login_window_seconds, too_many_failures
        )
        self.address_failures = Window(
            "address_failures",
            config.login_failures * ADDRESS_ALLOWANCE_FACTOR,
            config.login_window_seconds,
            too_many_failures,
        )
        self.reset_mails = Window("reset_mails", config.reset_mails, config.mails_window_seconds)
        self.verification_mails = Window(
            "verification_mails",
            config.verification_mails,
            config.mails_window_seconds,
            "too many confirmation mails; try again later",
        )
        self.prefix = f"messenger:{config.namespace or namespace}:limit:"
        self.redis = open_redis(
            redis,
            socket_connect_timeout=TIMEOUT_SECONDS,
            socket_timeout=TIMEOUT_SECONDS,
            retry_on_timeout=False,
        )
        self._pipe = _ScriptPipe(self.redis)
        self._allowances: dict[str, Allowance] = {}
        self.unavailable = 0
        self._paused_until = 0.0
        self._last_log = 0.0

    async def close(self) -> None:
        await self._pipe.close()
        await self.redis.aclose()

    async def take(self, window: Window, key: str) -> None:
        """Count a hit; RateLimited (and not counted) when the window is full. A slot taken
        ahead by this process (Allowance) is used without asking Redis."""
        if window.limit <= 0 or time.monotonic() < self._paused_until:
            return
        full_key = self._key(window, key)
        now = time.monotonic()
        allowance = self._allowances.get(full_key)
        if allowance is not None and now < allowance.lapses_at and allowance.unused:
            allowance.unused.pop()
            return
        lapse_seconds = self._lapse_seconds(window)
        if allowance is None:
            wanted, lapsed = 1, []
        elif now - allowance.lapses_at > lapse_seconds:  # back after a pause: one at a time
            wanted, lapsed = 1, allowance.unused
        else:
            # All used before they lapsed: this sender is quick, take twice as many.
            used = allowance.granted - len(allowance.unused)
            wanted = min(MAX_SLOTS_AHEAD, used * 2 if not allowance.unused else max(1, used))
            lapsed = allowance.unused
        member = secrets.token_hex(6)
        now_ms = int(time.time() * 1000)
        lapse_ms = now_ms + int(lapse_seconds * 1000)
        try:
            reply = await self._pipe.call(
                _TAKE_SHA,
                [full_key],
                [now_ms, window.seconds * 1000, wanted, window.limit, lapse_ms, member, *lapsed],
            )
        except (RedisError, OSError) as error:
            self._failed(error)
            return
        granted = int(reply)
        if granted < 0:
            self._allowances.pop(full_key, None)  # its lapsed slots were given back
            raise RateLimited(
                window.refusal, retry_after_seconds=max(1, math.ceil(-granted / 1000))
            )
        self._keep(
            full_key,
            Allowance(
                granted=granted,
                unused=[f"{member}:{n}" for n in range(2, granted + 1)],
                lapses_at=now + lapse_seconds,
            ),
        )

    @staticmethod
    def _lapse_seconds(window: Window) -> float:
        return min(ALLOWANCE_SECONDS, window.seconds * ALLOWANCE_SHARE_OF_WINDOW)

    def _keep(self, full_key: str, allowance: Allowance) -> None:
        current = self._allowances.get(full_key)
        if current is not None and time.monotonic() < current.lapses_at and current.unused:
            # Another send of this sender took slots meanwhile: keep both.
            current.unused.extend(allowance.unused)
            current.granted += allowance.granted
            return
        if len(self._allowances) >= MAX_ALLOWANCES:
            # Senders gone quiet: their slots have lapsed (Redis drops them with the window).
            now = time.monotonic()
            for stale in [k for k, a in self._allowances.items() if a.lapses_at <= now]:
                del self._allowances[stale]
        self._allowances[full_key] = allowance

    async def check(self, *hits: tuple[Window, str]) -> None:
        """RateLimited when any of these windows is full; counts nothing."""
        await self._ask(list(hits), add=False)

    async def count(self, *hits: tuple[Window, str]) -> None:
        """Count a hit in each window, full or not (a failed login counts regardless)."""
        await self._ask(list(hits), add=True, enforce=False)

    async def forget(self, window: Window, key: str) -> None:
        """Start the key's window afresh (a successful login clears its failures)."""
        if window.limit <= 0 or time.monotonic() < self._paused_until:
            return
        try:
            await self.redis.delete(self._key(window, key))
        except (RedisError, OSError) as error:
            self._failed(error)

    def _key(self, window: Window, key: str) -> str:
        return f"{self.prefix}{window.name}:{key}"

    async def _ask(
        self, hits: Sequence[tuple[Window, str]], *, add: bool, enforce: bool = True
    ) -> None:
        hits = [(window, key) for window, key in hits if window.limit > 0]
        if not hits or time.monotonic() < self._paused_until:
            return
        # One script call per window length: the hits of one call share it.
        for seconds in sorted({window.seconds for window, _ in hits}):
            same = [(window, key) for window, key in hits if window.seconds == seconds]
            limits = [window.limit if enforce else 2**31 for window, _ in same]
            try:
                wait_ms = await self._pipe.call(
                    _HIT_SHA,
                    [self._key(window, key) for window, key in same],
                    [
                        int(time.time() * 1000),
                        seconds * 1000,
                        "1" if add else "0",
                        secrets.token_hex(6),
                        *limits,
                    ],
                )
            except (RedisError, OSError) as error:
                self._failed(error)
                return
            if int(wait_ms) > 0:
                raise RateLimited(
                    same[0][0].refusal,
                    retry_after_seconds=max(1, math.ceil(int(wait_ms) / 1000)),
                )

    def _failed(self, error: BaseException) -> None:
        self.unavailable += 1
        now = time.monotonic()
        self._paused_until = now + PAUSE_AFTER_FAILURE_SECONDS
        if now - self._last_log > LOG_INTERVAL_SECONDS:
            self._last_log = now
            log.warning("limits are not counted while redis is unavailable: %r", error)

"""Who is online, shared by every API process through Redis, with no database write per
heartbeat (docs/API.md, "Live").

One sorted set per database holds each online user with the moment they stop being
online (whole milliseconds since the epoch, so that Lua's number printing loses nothing)
unless something renews it. While a user has a socket open in a process, that
process renews it (every third of the grace, realtime.offline_after_seconds) to now plus
the grace; when their last socket there closes it does so once more. So a user is offline
one grace after their last socket in any process closed, and a process that died
(SIGKILL, a lost host) stops renewing, and its users expire on their own. Every process
sweeps the expired ones now and then: the sweep takes them out atomically, so exactly one
process reports each going offline. When a user went offline is kept in a hash beside
the set, and written to PostgreSQL in one batch a minute (take_unwritten).

Redis away: users read as offline, with the last_seen_at PostgreSQL has; nothing fails.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable
from dataclasses import dataclass

from redis.exceptions import RedisError

from messenger.config import RedisConfig
from messenger.services.redis_client import open_redis

log = logging.getLogger("messenger.services.presence")

OFFLINE_AFTER_SECONDS = 30.0  # realtime.offline_after_seconds
TIMEOUT_SECONDS = 0.5
SWEEP_BATCH = 500

# Renew a user; answers whether they were offline before (so this is them coming online).
_ARRIVE = """
local old = redis.call('ZSCORE', KEYS[1], ARGV[2])
redis.call('ZADD', KEYS[1], 'GT', ARGV[1], ARGV[2])
if old == false or tonumber(old) < tonumber(ARGV[3]) then return 1 end
return 0
"""
# Take out the users expired by now, with when each was last seen (their expiry less
# the grace); remember that moment, and that it is still to be written to PostgreSQL.
_SWEEP = """
local gone = redis.call(
  'ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'WITHSCORES', 'LIMIT', 0, ARGV[2])
local out = {}
for i = 1, #gone, 2 do
  if redis.call('ZREM', KEYS[1], gone[i]) == 1 then
    local seen = tonumber(gone[i + 1]) - tonumber(ARGV[3])
    redis.call('HSET', KEYS[2], gone[i], seen)
    redis.call('SADD', KEYS[3], gone[i])
    table.insert(out, gone[i])
    table.insert(out, tostring(seen))
  end
end
return out
"""
# Who is still to be written, with when they were last seen: taken once, by whoever holds
# the minute's turn (so each user is written at most once a minute, by one process).
_TAKE_UNWRITTEN = """
if redis.call('SET', KEYS[3], ARGV[2], 'NX', 'EX', ARGV[1]) == false then return {} end
local users = redis.call('SPOP', KEYS[2], ARGV[3])
local out = {}
for _, user in ipairs(users) do
  table.insert(out, user)
  table.insert(out, redis.call('HGET', KEYS[1], user) or '0')
end
return out
"""
WRITE_EVERY_SECONDS = 60
WRITE_BATCH = 5000


@dataclass(frozen=True)
class State:
    online: bool
    # Seconds since the epoch when they were last online; None: not known to Redis.
    last_seen: float | None


def _now_ms() -> int:
    return time.time_ns() // 1_000_000


def _seconds(milliseconds: bytes | str | float) -> float:
    return int(float(milliseconds)) / 1000


class Presence:
    def __init__(
        self,
        redis: RedisConfig,
        *,
        namespace: str = "",
        offline_after: float = OFFLINE_AFTER_SECONDS,
    ) -> None:
        self.offline_after = offline_after
        self._grace_ms = round(offline_after * 1000)
        prefix = f"messenger:{namespace}:" if namespace else "messenger:"
        self.online_key = prefix + "online"
        self.seen_key = prefix + "last_seen"
        self.unwritten_key = prefix + "last_seen:unwritten"
        self.turn_key = prefix + "last_seen:turn"
        self.redis = open_redis(
            redis, socket_connect_timeout=TIMEOUT_SECONDS, socket_timeout=TIMEOUT_SECONDS
        )
        self._arrive = self.redis.register_script(_ARRIVE)
        self._sweep = self.redis.register_script(_SWEEP)
        self._take = self.redis.register_script(_TAKE_UNWRITTEN)
        self.failed = 0

    async def close(self) -> None:
        await self.redis.aclose()

    def _failed(self, what: str, error: BaseException) -> None:
        self.failed += 1
        log.warning("presence: %s failed: %r", what, error)

    async def arrive(self, user_id: int) -> bool:
        """A user's first socket in this process opened: whether they came online."""
        now = _now_ms()
        try:
            came = await self._arrive(
                keys=[self.online_key], args=[now + self._grace_ms, user_id, now]
            )
        except (RedisError, OSError) as error:
            self._failed("arrive", error)
            return False
        return bool(came)

    async def renew(self, user_ids: Iterable[int]) -> None:
        """Keep these users online for the grace more (they have sockets here; or their
        last one here just closed)."""
        users = [str(user_id) for user_id in user_ids]
        if not users:
            return
        until = _now_ms() + self._grace_ms
        try:
            await self.redis.zadd(self.online_key, dict.fromkeys(users, until), gt=True)
        except (RedisError, OSError) as error:
            self._failed("renew", error)

    async def sweep(self) -> list[tuple[int, float]]:
        """Take out the users whose time ran out: (user id, last seen) of each, for this
        process alone to report."""
        try:
            flat = await self._sweep(
                keys=[self.online_key, self.seen_key, self.unwritten_key],
                args=[_now_ms(), SWEEP_BATCH, self._grace_ms],
            )
        except (RedisError, OSError) as error:
            self._failed("sweep", error)
            return []
        return [(int(flat[i]), _seconds(flat[i + 1])) for i in range(0, len(flat), 2)]

    async def states(self, user_ids: list[int]) -> dict[int, State]:
        """Whether each is online now, and when each was last seen (as Redis knows)."""
        if not user_ids:
            return {}
        now = _now_ms()
        try:
            async with self.redis.pipeline(transaction=False) as pipe:
                members = [str(user_id) for user_id in user_ids]
                pipe.zmscore(self.online_key, members)
                pipe.hmget(self.seen_key, members)
                until, seen = await pipe.execute()
        except (RedisError, OSError) as error:
            self._failed("read", error)
            return {}
        return {
            user_id: State(
                online=expiry is not None and float(expiry) > now,
                last_seen=_seconds(last) if last is not None else None,
            )
            for user_id, expiry, last in zip(user_ids, until, seen, strict=True)
        }

    async def take_unwritten(self, owner: str) -> list[tuple[int, float]]:
        """If this minute's turn to write is still free: (user id, last seen) of the users
        gone offline since the last write, each handed out once. Empty otherwise."""
        try:
            flat = await self._take(
                keys=[self.seen_key, self.unwritten_key, self.turn_key],
                args=[WRITE_EVERY_SECONDS, owner, WRITE_BATCH],
            )
        except (RedisError, OSError) as error:
            self._failed("take unwritten", error)
            return []
        return [(int(flat[i]), _seconds(flat[i + 1])) for i in range(0, len(flat), 2)]

    async def write_later(self, user_ids: Iterable[int]) -> None:
        """Hand these back to the next write (this one failed)."""
        users = list(user_ids)
        if users:
            try:
                await self.redis.sadd(self.unwritten_key, *users)
            except (RedisError, OSError) as error:
                self._failed("write later", error)

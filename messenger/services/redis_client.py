"""Every Redis client of the project comes from here: one straight to `redis.url`, or, with
`redis.sentinels` set, one to whichever server the Sentinels name as the primary of
`redis.service_name`.

A Sentinel-backed client asks the Sentinels for the primary each time it opens a
connection (redis-py's SentinelConnectionPool), so after a failover its next connection
goes to the new primary. That holds for the connections the publisher and the limits
open on their own (`connection_pool.make_connection()`), too. A connection still open to
a demoted primary answers a write with READONLY, which redis-py turns into a dropped
connection; one to a primary that died fails as any lost connection does.

Between the primary's death and the replica's promotion (the Sentinels' down-after time
plus the election, a few seconds) no server takes writes: every caller already treats
that as Redis being away.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from typing import Any
from urllib.parse import urlsplit

import hiredis
import redis
import redis.asyncio as aioredis
import redis.sentinel
from redis.asyncio.connection import parse_url
from redis.asyncio.retry import Retry
from redis.asyncio.sentinel import Sentinel, SentinelConnectionPool
from redis.backoff import NoBackoff
from redis.retry import Retry as SyncRetry

from messenger.config import ConfigError, RedisConfig

# Bound on each question to a Sentinel when the caller sets no timeout of its own.
SENTINEL_TIMEOUT_SECONDS = 1.0
_WHERE = ("host", "port", "path", "connection_class")
# `read_response(timeout=UNDER_CALLERS_TIMEOUT)`: no timer of redis-py's own around each
# reply (it arms and cancels one per read when socket_timeout is set, as it is by
# default); for reads already bounded by the caller's asyncio.timeout.
UNDER_CALLERS_TIMEOUT = math.inf


def connection_options(config: RedisConfig) -> dict[str, Any]:
    """What `redis.url` says besides where the server is — database, user, password, TLS
    and its query-string options — for a client of the Sentinels' primary."""
    if urlsplit(config.url).scheme == "unix":
        raise ConfigError("redis.url: a unix socket cannot be combined with redis.sentinels")
    parsed: dict[str, Any] = dict(parse_url(config.url))
    options = {key: value for key, value in parsed.items() if key not in _WHERE}
    if urlsplit(config.url).scheme == "rediss":
        options["ssl"] = True
    return options


def sentinel_options(timeout: float | None = None, *, blocking: bool = False) -> dict[str, Any]:
    """How the Sentinels themselves are asked: within `timeout` (or a second), and a
    Sentinel that does not answer is not retried: the next one is asked instead. They
    are asked without a password (`url`'s is the data servers')."""
    bound = timeout or SENTINEL_TIMEOUT_SECONDS
    retry = SyncRetry(NoBackoff(), 0) if blocking else Retry(NoBackoff(), 0)
    return {"socket_connect_timeout": bound, "socket_timeout": bound, "retry": retry}


def _timeout(options: dict[str, Any]) -> float | None:
    given = [options.get(key) for key in ("socket_connect_timeout", "socket_timeout")]
    return min((value for value in given if value), default=None)


class _SentinelRedis(aioredis.Redis):
    """A client of the Sentinels' primary that closes its connections to the Sentinels
    along with its own."""

    async def aclose(self, close_connection_pool: bool | None = None) -> None:
        try:
            await super().aclose(close_connection_pool)
        finally:
            pool = self.connection_pool
            if isinstance(pool, SentinelConnectionPool):
                await pool.sentinel_manager.aclose()


class _SentinelSyncRedis(redis.Redis):
    """The same, for the blocking client of the dev tools."""

    def close(self) -> None:
        try:
            super().close()
        finally:
            pool = self.connection_pool
            if isinstance(pool, redis.sentinel.SentinelConnectionPool):
                pool.sentinel_manager.close()


def pack_commands(commands: Iterable[tuple[Any, ...]]) -> bytes:
    """Commands in Redis's protocol, written by hiredis's C packer (redis-py's blocking
    client packs with it too; its asyncio client still packs in Python). The same bytes
    as redis-py's `pack_commands` (tests/services/test_redis_client.py): 2 µs for a
    send's event against 11 µs, and the publisher packs one on every send."""
    return b"".join(hiredis.pack_command(command) for command in commands)


async def open_batch_connection(
    client: aioredis.Redis, scripts: Iterable[str]
) -> aioredis.Connection:
    """A connection of the client's own for a caller that sends its batches one at a time
    over it, without the pool and retry layers of a command call, and bounds each batch
    (this connect included) with its own asyncio.timeout. `scripts` are loaded on it: a
    restarted Redis has forgotten them.

    Its socket_timeout is off: with one set, redis-py writes through asyncio.wait_for, a
    task and a timer on every write, which took half the CPU of publishing a send's event
    (`python -m messenger.dev.side_effects_bench`: 40 -> 21 µs a publish at 16 at once,
    130 -> 104 µs alone)."""
    connection: aioredis.Connection = client.connection_pool.make_connection()  # type: ignore[no-untyped-call]
    connection.socket_timeout = None
    await connection.connect()  # type: ignore[no-untyped-call]
    for script in scripts:
        await connection.send_command("SCRIPT", "LOAD", script)
        await connection.read_response()
    return connection


def hung_up(connection: aioredis.Connection) -> bool:
    """Whether Redis closed this connection (a restart): not worth a write."""
    reader = getattr(connection, "_reader", None)  # redis-py keeps no public flag for it
    return reader is None or reader.at_eof()


def open_redis(config: RedisConfig, **options: Any) -> aioredis.Redis:
    """A client of the configured Redis. `options` are redis-py's connection keywords
    (timeouts, retry, ...), which also bound the questions to the Sentinels."""
    if not config.sentinels:
        return aioredis.from_url(config.url, **options)
    sentinel = Sentinel(  # type: ignore[no-untyped-call]
        config.sentinel_addresses,
        sentinel_kwargs=sentinel_options(_timeout(options)),
    )
    client: aioredis.Redis = sentinel.master_for(
        config.service_name,
        redis_class=_SentinelRedis,
        **(connection_options(config) | options),
    )
    return client


def open_sync_redis(config: RedisConfig, **options: Any) -> redis.Redis:
    """A blocking client of the configured Redis (for tools that run no event loop)."""
    if not config.sentinels:
        return redis.Redis.from_url(config.url, **options)
    sentinel = redis.sentinel.Sentinel(  # type: ignore[no-untyped-call]
        config.sentinel_addresses,
        sentinel_kwargs=sentinel_options(_timeout(options), blocking=True),
    )
    client: redis.Redis = sentinel.master_for(  # type: ignore[no-untyped-call]
        config.service_name,
        redis_class=_SentinelSyncRedis,
        **(connection_options(config) | options),
    )
    return client

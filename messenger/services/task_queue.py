"""The Redis stream the tasks travel on, and the names they travel under.

The API process and the worker both build their broker here, so a message the API kicks
is one the worker reads. The API never imports broker.py (the worker's side: database
pool, metrics, dashboard reporting).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import AsyncGenerator, AsyncIterator
from typing import Any, TypeAlias
from urllib.parse import urlsplit

import redis.asyncio as aioredis
from redis.exceptions import RedisError
from taskiq import AckableMessage
from taskiq_redis import RedisStreamBroker, RedisStreamSentinelBroker

from messenger.config import Config
from messenger.services.redis_client import connection_options, sentinel_options

log = logging.getLogger("messenger.services.task_queue")

SEND_MAIL = "messenger.send_mail"
RELAY_OUTBOX = "messenger.relay_outbox"
UNREAD_DIGEST = "messenger.unread_digest"
MENTION_MAIL = "messenger.mention_mail"
BUILD_EXPORT = "messenger.build_export"
SWEEP_EXPORTS = "messenger.sweep_exports"
APPLY_RETENTION = "messenger.apply_retention"

# Bounds the stream's memory. Trimming may drop a backlog beyond it; every mail is in
# the outbox, and the relay hands it to the broker again.
STREAM_MAXLEN = 100_000
# A worker whose read of the stream failed (through Sentinel: its primary died and the
# next is not promoted yet) reads again after this pause.
RELISTEN_SECONDS = 0.5
# A worker's read of the stream waits this long for a task: how soon it notices that it
# is asked to stop (taskiq-redis's stream broker waits 2 s; its Sentinel one, 10 s).
XREAD_BLOCK_MS = 2000
ERROR_LOG_INTERVAL_SECONDS = 30.0


class SentinelStreamBroker(RedisStreamSentinelBroker):
    """taskiq-redis's stream broker through Sentinel, which a failover does not stop: a
    read that failed is made again on whichever server the Sentinels name as the primary
    then (the consumer group declared again, in case the group never reached it), rather
    than ending the worker process.

    One client of the primary serves the broker's life, where taskiq-redis makes one per
    call: a question to a Sentinel and a new connection for every kick and every ack.
    Its pool asks the Sentinels again whenever it opens a connection, so it follows a
    failover all the same. It and the connections to the Sentinels close with the broker.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._primary: aioredis.Redis = self.sentinel.master_for(self.master_name)

    @contextlib.asynccontextmanager
    async def _acquire_master_conn(self) -> AsyncIterator[aioredis.Redis]:
        yield self._primary

    async def listen(self) -> AsyncGenerator[AckableMessage, None]:
        last_log = 0.0
        while True:
            try:
                async for message in super().listen():
                    yield message
            except (RedisError, OSError) as error:
                now = time.monotonic()
                if now - last_log > ERROR_LOG_INTERVAL_SECONDS:
                    last_log = now
                    log.warning("reading the task stream failed; reading again: %r", error)
                await asyncio.sleep(RELISTEN_SECONDS)
                # Still no primary: the next read fails the same way, and waits again.
                with contextlib.suppress(RedisError, OSError):
                    await self._declare_consumer_group()

    async def shutdown(self) -> None:
        await super().shutdown()
        await self._primary.aclose()
        await self.sentinel.aclose()


StreamBroker: TypeAlias = RedisStreamBroker | SentinelStreamBroker


def queue_name(config: Config) -> str:
    if config.tasks.queue:
        return config.tasks.queue
    database = urlsplit(config.database.url).path.lstrip("/") or "messenger"
    return f"messenger:{database}:tasks"


def sentinel_connection(config: Config, *, timeout: float | None = None) -> dict[str, Any]:
    """The keywords of taskiq-redis's Sentinel broker and result backend: the Sentinels,
    the primary's name, and what `redis.url` says besides its host."""
    return {
        "sentinels": config.redis.sentinel_addresses,
        "master_name": config.redis.service_name,
        "sentinel_kwargs": sentinel_options(timeout),
        **connection_options(config.redis),
    }


def stream_broker(config: Config, *, timeout: float | None = None) -> StreamBroker:
    """A broker on the configured stream (through the Sentinels when `redis.sentinels` is
    set), without result backend or middlewares; with a timeout, every Redis connect and
    call is bounded by it."""
    stream: dict[str, Any] = {
        "queue_name": queue_name(config),
        # Read from the start of the stream when the consumer group is new: a task kicked
        # before any worker created the group is still delivered ("$" would skip it).
        "consumer_id": "0",
        "maxlen": STREAM_MAXLEN,
        "xread_block": XREAD_BLOCK_MS,
        "socket_connect_timeout": timeout,
        "socket_timeout": timeout,
    }
    if config.redis.sentinels:
        return SentinelStreamBroker(**sentinel_connection(config, timeout=timeout), **stream)
    return RedisStreamBroker(url=config.redis.url, **stream)

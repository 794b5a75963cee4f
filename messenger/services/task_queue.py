"""The Redis stream the tasks travel on, and the names they travel under.

The API process and the worker both build their broker here, so a message the API kicks
is one the worker reads. The API never imports broker.py (the worker's side: database
pool, metrics, dashboard reporting).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from taskiq_redis import RedisStreamBroker

from messenger.config import Config

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


def queue_name(config: Config) -> str:
    if config.tasks.queue:
        return config.tasks.queue
    database = urlsplit(config.database.url).path.lstrip("/") or "messenger"
    return f"messenger:{database}:tasks"


def stream_broker(config: Config, *, timeout: float | None = None) -> RedisStreamBroker:
    """A broker on the configured stream, without result backend or middlewares; with a
    timeout, every Redis connect and call is bounded by it."""
    return RedisStreamBroker(
        url=config.redis.url,
        queue_name=queue_name(config),
        # Read from the start of the stream when the consumer group is new: a task kicked
        # before any worker created the group is still delivered ("$" would skip it).
        consumer_id="0",
        maxlen=STREAM_MAXLEN,
        socket_connect_timeout=timeout,
        socket_timeout=timeout,
    )

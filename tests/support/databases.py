"""The suite's databases and queues: names of throw-away databases, and forgetting what a
test run left in Redis."""

from __future__ import annotations

import contextlib
from urllib.parse import urlsplit, urlunsplit

import redis

from messenger.config import Config
from messenger.services.task_queue import queue_name


def database_url(base_url: str, name: str) -> str:
    return urlunsplit(urlsplit(base_url)._replace(path=f"/{name}"))


def forget_task_queue(config: Config) -> None:
    """The suite's chats kick mails onto a stream named after its database; drop it."""
    with contextlib.closing(redis.Redis.from_url(config.redis.url)) as client:
        client.delete(queue_name(config))

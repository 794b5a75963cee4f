"""What every operation needs, built once per process by the app (or a CLI command)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from messenger.cache import ChatListCache
from messenger.config import Config
from messenger.db import Database, open_database
from messenger.events import EventBus
from messenger.passwords import Passwords
from messenger.throttle import LoginThrottle

Item = TypeVar("Item")


@dataclass
class Services:
    config: Config
    db: Database
    passwords: Passwords
    login_throttle: LoginThrottle
    chat_cache: ChatListCache
    events: EventBus


@asynccontextmanager
async def open_services(config: Config) -> AsyncIterator[Services]:
    """Everything an operation needs, for the app or a command; closed on exit."""
    async with open_database(config.database) as db:
        chat_cache = ChatListCache(config.memcached)
        events = EventBus(config.redis.url)
        try:
            yield Services(
                config=config,
                db=db,
                passwords=Passwords(config.auth),
                login_throttle=LoginThrottle(config.auth),
                chat_cache=chat_cache,
                events=events,
            )
        finally:
            await chat_cache.close()
            await events.close()


@dataclass(frozen=True)
class Page(Generic[Item]):
    """One page of a list and the cursor of the next one (None on the last page)."""

    items: list[Item]
    next: Any

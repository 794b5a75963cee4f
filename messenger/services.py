"""What every operation needs, built once per process by the app (or a CLI command)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from messenger.cache import ChatListCache
from messenger.config import Config
from messenger.db import Database
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


@dataclass(frozen=True)
class Page(Generic[Item]):
    """One page of a list and the cursor of the next one (None on the last page)."""

    items: list[Item]
    next: Any

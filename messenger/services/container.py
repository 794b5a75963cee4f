"""What every operation needs, built once per process by the app (or a CLI command)."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

from messenger.config import Config
from messenger.repository.database import database_oid
from messenger.repository.db import Database, open_database
from messenger.services.background import Background
from messenger.services.chat_cache import ChatListCache
from messenger.services.events import EventBus
from messenger.services.limits import Limits
from messenger.services.outbox import MailOutbox
from messenger.services.passwords import Passwords
from messenger.services.presence import Presence
from messenger.services.token_cache import TokenCache


@dataclass
class Services:
    config: Config
    db: Database
    passwords: Passwords
    limits: Limits
    chat_cache: ChatListCache
    events: EventBus
    token_cache: TokenCache
    mail_outbox: MailOutbox
    presence: Presence
    background: Background


@asynccontextmanager
async def open_services(config: Config) -> AsyncIterator[Services]:
    """Everything an operation needs, for the app or a command; closed on exit."""
    async with open_database(config.database) as db:
        # Event channels name the database; cache keys and the event ordering state in
        # Redis also name its incarnation: ids from another, or a recreated, database
        # must miss.
        database = urlsplit(config.database.url).path.lstrip("/")
        async with db.connection() as conn:
            incarnation = f"{database}.{await database_oid(conn)}"
        chat_cache = ChatListCache(config.memcached, namespace=incarnation)
        events = EventBus(config.redis, namespace=database, state_namespace=incarnation)
        mail_outbox = MailOutbox(config)
        passwords = Passwords(config.auth)
        limits = Limits(config.limits, config.redis, namespace=incarnation)
        background = Background()
        presence = Presence(
            config.redis,
            namespace=incarnation,
            offline_after=config.realtime.offline_after_seconds,
        )
        try:
            yield Services(
                config=config,
                db=db,
                passwords=passwords,
                token_cache=TokenCache(),
                limits=limits,
                chat_cache=chat_cache,
                events=events,
                mail_outbox=mail_outbox,
                presence=presence,
                background=background,
            )
        finally:
            await background.wait()  # before what it uses closes
            await chat_cache.close()
            await events.close()
            await mail_outbox.close()
            await presence.close()
            await limits.close()
            passwords.close()

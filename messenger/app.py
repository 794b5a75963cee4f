"""create_app(config): the aiohttp application with its resources and routes."""

from __future__ import annotations

from collections.abc import AsyncIterator

from aiohttp import web

from messenger.api.keys import SERVICES
from messenger.api.middlewares import auth_middleware, error_middleware, request_id_middleware
from messenger.api.routes import setup_routes
from messenger.cache import ChatListCache
from messenger.config import Config
from messenger.db import open_database
from messenger.events import EventBus
from messenger.passwords import Passwords
from messenger.services import Services
from messenger.throttle import LoginThrottle


def create_app(config: Config) -> web.Application:
    app = web.Application(
        client_max_size=config.server.max_body_bytes,
        middlewares=[request_id_middleware, error_middleware, auth_middleware],
    )

    async def services_context(app: web.Application) -> AsyncIterator[None]:
        async with open_database(config.database) as db:
            chat_cache = ChatListCache(config.memcached)
            events = EventBus(config.redis.url)
            app[SERVICES] = Services(
                config=config,
                db=db,
                passwords=Passwords(config.auth),
                login_throttle=LoginThrottle(config.auth),
                chat_cache=chat_cache,
                events=events,
            )
            try:
                yield
            finally:
                await chat_cache.close()
                await events.close()

    app.cleanup_ctx.append(services_context)
    setup_routes(app)
    return app

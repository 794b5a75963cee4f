"""create_app(config): the aiohttp application with its resources, and its routes, the
OpenAPI document and the JSON-RPC methods, all from the endpoint table."""

from __future__ import annotations

from collections.abc import AsyncIterator

from aiohttp import web
from aiohttp.typedefs import Middleware

from messenger.api.endpoints import ENDPOINTS, RPC_METHODS
from messenger.api.forwarded import forwarded_middleware
from messenger.api.keys import OPENAPI_BYTES, SERVICES
from messenger.api.live import setup_realtime
from messenger.api.metrics import observe_middleware, setup_metrics
from messenger.api.middlewares import auth_middleware, error_middleware, request_id_middleware
from messenger.api.openapi import openapi_bytes
from messenger.api.profiling import profiling_middleware
from messenger.api.routes import setup_routes
from messenger.api.rpc import METHOD_TABLE
from messenger.config import Config
from messenger.services.container import open_services


def create_app(config: Config) -> web.Application:
    middlewares: list[Middleware] = [
        request_id_middleware,
        observe_middleware,
        error_middleware,
        auth_middleware,
    ]
    if config.server.trusted_proxies:
        # Outermost: every other middleware and the handler see the client's address.
        middlewares.insert(0, forwarded_middleware(config.server.trusted_proxies))
    if config.profiler.enabled:
        # Innermost: profiles the handler and what it awaits, not the other middlewares.
        middlewares.append(profiling_middleware(config.profiler.dir))
    app = web.Application(client_max_size=config.server.max_body_bytes, middlewares=middlewares)

    async def services_context(app: web.Application) -> AsyncIterator[None]:
        async with open_services(config) as services:
            app[SERVICES] = services
            yield

    app.cleanup_ctx.append(services_context)
    setup_realtime(app, config)
    setup_metrics(app)
    setup_routes(app, ENDPOINTS)
    app[METHOD_TABLE] = RPC_METHODS
    app[OPENAPI_BYTES] = openapi_bytes()
    return app

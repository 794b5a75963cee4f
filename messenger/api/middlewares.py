"""Request ids, every failure as the one error shape, and bearer-token authentication."""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import Awaitable, Callable

from aiohttp import web

from messenger.api.errors import CODE_OF_STATUS, STATUS_OF_CODE, error_response
from messenger.api.keys import CURRENT_TOKEN, CURRENT_USER, REQUEST_ID, SERVICES
from messenger.errors import DomainError, RetryLater, Unauthorized
from messenger.operations import accounts

log = logging.getLogger("messenger.api")

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

_SAFE_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
# Set on a route's handler (messenger.api.routes) when its row needs no token.
PUBLIC_ATTRIBUTE = "__messenger_public__"


@web.middleware
async def request_id_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    incoming = request.headers.get("X-Request-Id", "")
    request_id = incoming if _SAFE_REQUEST_ID.fullmatch(incoming) else secrets.token_hex(8)
    request[REQUEST_ID] = request_id
    response = await handler(request)
    response.headers["X-Request-Id"] = request_id
    return response


@web.middleware
async def error_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Every failure leaves as the docs/API.md error shape; never a traceback or an HTML page."""
    try:
        return await handler(request)
    except DomainError as error:
        headers = (
            {"Retry-After": str(error.retry_after_seconds)}
            if isinstance(error, RetryLater)
            else None
        )
        status = STATUS_OF_CODE.get(error.code, 500)
        return error_response(status, error.code, error.message, error.details, headers)
    except web.HTTPException as error:
        if error.status < 400:
            raise
        code = CODE_OF_STATUS.get(error.status, "error")
        headers = {"Allow": error.headers["Allow"]} if "Allow" in error.headers else None
        return error_response(error.status, code, error.reason, headers=headers)
    except Exception:
        log.exception("unexpected error [request_id=%s]", request.get(REQUEST_ID))
        return error_response(
            500,
            "internal_error",
            f"an unexpected error occurred; quote request id {request.get(REQUEST_ID)}",
        )


def bearer_token(request: web.Request) -> str | None:
    header = request.headers.get("Authorization", "")
    scheme, _, token = header.partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        return None
    return token.strip()


@web.middleware
async def auth_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    route_error = request.match_info.http_exception
    if route_error is not None:
        raise route_error
    if getattr(request.match_info.handler, PUBLIC_ATTRIBUTE, False):
        return await handler(request)
    token = bearer_token(request)
    if token is None:
        raise Unauthorized("send Authorization: Bearer <token>")
    request[CURRENT_USER] = await accounts.authenticate(request.app[SERVICES], token)
    request[CURRENT_TOKEN] = token
    return await handler(request)

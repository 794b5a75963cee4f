"""Request ids, the one error shape, and bearer-token authentication."""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from messenger.api.keys import CURRENT_TOKEN, CURRENT_USER, REQUEST_ID, SERVICES
from messenger.errors import DomainError, ErrorDetail, RateLimited, Unauthorized
from messenger.operations import accounts

log = logging.getLogger("messenger.api")

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

STATUS_OF_CODE = {
    "bad_request": 400,
    "unauthorized": 401,
    "forbidden": 403,
    "not_found": 404,
    "conflict": 409,
    "too_large": 413,
    "unsupported_media_type": 415,
    "validation_failed": 422,
    "rate_limited": 429,
}
CODE_OF_STATUS = {status: code for code, status in STATUS_OF_CODE.items()} | {
    405: "method_not_allowed",
    500: "internal_error",
    503: "unavailable",
}
_SAFE_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{1,64}")
PUBLIC_ATTRIBUTE = "__messenger_public__"


def public(handler: Handler) -> Handler:
    """Mark a handler as reachable without a token."""
    setattr(handler, PUBLIC_ATTRIBUTE, True)
    return handler


def error_response(
    status: int,
    code: str,
    message: str,
    details: list[ErrorDetail] | None = None,
    headers: dict[str, str] | None = None,
) -> web.Response:
    body: dict[str, Any] = {"code": code, "message": message}
    body["details"] = [{"path": d.path, "message": d.message} for d in details or []]
    return web.json_response({"error": body}, status=status, headers=headers)


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
    """Every failure leaves as the API.md error shape; never a traceback or an HTML page."""
    try:
        return await handler(request)
    except DomainError as error:
        headers = (
            {"Retry-After": str(error.retry_after_seconds)}
            if isinstance(error, RateLimited)
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

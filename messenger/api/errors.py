"""The one error shape of docs/API.md ("Errors"), and the status of each error code.

`{"error": {"code", "message", "details": [{"path", "message"}]}}`, whatever the status:
never an HTML page or a traceback. The OpenAPI document's Error schema is generated from
these classes (messenger.api.shapes).
"""

from __future__ import annotations

from typing import Annotated, TypedDict

from aiohttp import web

from messenger import errors
from messenger.operations.views import Spec

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
    "unavailable": 503,
}
CODE_OF_STATUS = {status: code for code, status in STATUS_OF_CODE.items()} | {
    405: "method_not_allowed",
    500: "internal_error",
    503: "unavailable",
}


class ErrorDetail(TypedDict):
    path: Annotated[
        str,
        Spec(
            description="a JSON Pointer into the request body (`/nick`, `/member_ids/2`; "
            "empty for the body itself), or the name of a path or query parameter (`limit`)"
        ),
    ]
    message: str


class ErrorBody(TypedDict):
    code: Annotated[
        str,
        Spec(
            description="machine-readable; one of "
            + ", ".join(f"`{code}`" for code in sorted(set(CODE_OF_STATUS.values())))
        ),
    ]
    message: Annotated[str, Spec(description="human-readable")]
    details: Annotated[
        list[ErrorDetail],
        Spec(
            description="every failing path (for `validation_failed` and malformed "
            "parameters); otherwise empty"
        ),
    ]


class Error(TypedDict):
    """Every error, whatever the status (including 405 and 500), has this shape; never an
    HTML page or a traceback."""

    error: ErrorBody


def error_details(details: list[errors.ErrorDetail] | None) -> list[ErrorDetail]:
    return [{"path": d.path, "message": d.message} for d in details or []]


def error_response(
    status: int,
    code: str,
    message: str,
    details: list[errors.ErrorDetail] | None = None,
    headers: dict[str, str] | None = None,
) -> web.Response:
    body: Error = {"error": {"code": code, "message": message, "details": error_details(details)}}
    return web.json_response(body, status=status, headers=headers)

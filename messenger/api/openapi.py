"""The OpenAPI 3.1 document of the HTTP API (GET /api/openapi.json), built once per
process from the request schema files that validate requests
(messenger.api.openapi_components), the hand-written response schemas beside them, and
the operations of messenger.api.openapi_paths."""

from __future__ import annotations

import json
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from messenger.api.openapi_components import OBJECT_SCHEMAS, request_schemas
from messenger.api.openapi_paths import BEARER, ERROR_RESPONSES, PARAMETERS, paths
from messenger.api.validation import load_schemas

OPENAPI_VERSION = "3.1.0"

_DESCRIPTION = """\
JSON in and out, UTF-8. Timestamps are RFC 3339 strings in UTC; ids are integers.

**Auth:** `Authorization: Bearer <token>` (from register or login) on every endpoint
except those marked as public here.

**Lists:** `{"items": [...], "next": cursor-or-null}`, `limit` 1..100 (default 50);
pass `next` back as `after` (or `before` for message history).

**Errors** always have one shape, `{"error": {"code", "message", "details": [{"path",
"message"}]}}`, with the status telling the kind: 400 `bad_request`, 401
`unauthorized`, 403 `forbidden`, 404 `not_found` (also for objects the caller may not
know exist), 409 `conflict`, 413 `too_large`, 415 `unsupported_media_type`, 422
`validation_failed`, 429 `rate_limited`.

Every response carries an `X-Request-Id` (the caller's own, if it sent a safe one).
"""

_TAGS = [
    {"name": "auth", "description": "Accounts and tokens"},
    {"name": "users", "description": "Finding users; the caller's own profile"},
    {"name": "chats", "description": "Personal and group chats"},
    {"name": "members", "description": "Membership of group chats"},
    {"name": "messages", "description": "History, sending, editing, read markers"},
    {"name": "attachments", "description": "Files shared in chats"},
    {"name": "realtime", "description": "Chat events pushed over a WebSocket"},
    {"name": "rpc", "description": "JSON-RPC 2.0 over the same operations"},
    {"name": "meta", "description": "Health and this documentation"},
]


def _version() -> str:
    try:
        return version("messenger")
    except PackageNotFoundError:
        return "0.0.0"


@cache
def openapi_document() -> dict[str, Any]:
    """The whole document. Built once per process; callers must not change it."""
    schemas = request_schemas(load_schemas())
    for name, schema in OBJECT_SCHEMAS.items():
        if name in schemas:
            raise ValueError(f"the schema {name} is both written here and a request file")
        schemas[name] = schema
    return {
        "openapi": OPENAPI_VERSION,
        "info": {"title": "messenger", "version": _version(), "description": _DESCRIPTION},
        "tags": _TAGS,
        "paths": paths(),
        "components": {
            "schemas": schemas,
            "parameters": PARAMETERS,
            "responses": ERROR_RESPONSES,
            "securitySchemes": {
                BEARER: {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "the token from register or login",
                }
            },
        },
        "security": [{BEARER: []}],
    }


@cache
def openapi_bytes() -> bytes:
    """The document as served: serialised once, like the document itself."""
    return json.dumps(openapi_document(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")

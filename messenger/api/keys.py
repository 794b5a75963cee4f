"""Typed keys for what the app and each request carry."""

from __future__ import annotations

from typing import Any

from aiohttp import web

from messenger.services.container import Services

SERVICES = web.AppKey("services", Services)
# The OpenAPI document as served, built once by create_app from the endpoint table.
OPENAPI_BYTES = web.AppKey("openapi_bytes", bytes)
# The authenticated user's row, as messenger.operations.accounts.authenticate gives it.
CURRENT_USER: web.RequestKey[dict[str, Any]] = web.RequestKey("current_user")
CURRENT_TOKEN = web.RequestKey("current_token", str)
REQUEST_ID = web.RequestKey("request_id", str)

"""Typed keys for what the app and each request carry."""

from __future__ import annotations

from aiohttp import web

from messenger.repository.db import Row
from messenger.services.container import Services

SERVICES = web.AppKey("services", Services)
CURRENT_USER = web.RequestKey("current_user", Row)
CURRENT_TOKEN = web.RequestKey("current_token", str)
REQUEST_ID = web.RequestKey("request_id", str)

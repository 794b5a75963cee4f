"""Every URL of the API in one place."""

from __future__ import annotations

from aiohttp import web

from messenger.api import metrics, rpc
from messenger.api.handlers import accounts as auth
from messenger.api.handlers import attachments, chats, docs, health, messages, users
from messenger.api.handlers import client as web_client
from messenger.api.handlers import live as ws

V1 = "/api/v1"


def setup_routes(app: web.Application) -> None:
    app.router.add_routes(
        [
            web.post(f"{V1}/auth/register", auth.register),
            web.post(f"{V1}/auth/login", auth.login),
            web.post(f"{V1}/auth/logout", auth.logout),
            web.get(f"{V1}/users", users.get_users),
            web.get(f"{V1}/users/me", users.get_me),
            web.patch(f"{V1}/users/me", users.patch_me),
            web.get(f"{V1}/users/{{id}}", users.get_user),
            web.get(f"{V1}/chats", chats.get_chats),
            web.post(f"{V1}/chats", chats.create_chat),
            web.get(f"{V1}/chats/{{id}}", chats.get_chat),
            web.get(f"{V1}/chats/{{id}}/members", chats.get_members),
            web.post(f"{V1}/chats/{{id}}/members", chats.add_members),
            web.delete(f"{V1}/chats/{{id}}/members/{{user_id}}", chats.remove_member),
            web.get(f"{V1}/chats/{{id}}/messages", messages.get_messages),
            web.post(f"{V1}/chats/{{id}}/messages", messages.send_message),
            web.delete(f"{V1}/chats/{{id}}/messages", messages.clear_chat),
            web.post(f"{V1}/chats/{{id}}/read", messages.mark_read),
            web.post(f"{V1}/chats/{{id}}/attachments", attachments.upload),
            web.patch(f"{V1}/messages/{{id}}", messages.edit_message),
            web.delete(f"{V1}/messages/{{id}}", messages.delete_message),
            web.get(f"{V1}/attachments/{{id}}", attachments.download),
            web.get(f"{V1}/ws", ws.websocket),
            web.get("/healthz", health.healthz),
            web.get("/metrics", metrics.prometheus_metrics),
            web.get("/api/openapi.json", docs.openapi_json),
            web.get("/api/docs", docs.docs_page),
            web.get(f"{docs.STATIC_PREFIX}{{name}}", docs.docs_asset),
            web.post("/api/rpc", rpc.handle_rpc),
            web.get("/", web_client.client_page),
            web.get(f"{web_client.ASSET_PREFIX}{{name}}", web_client.client_asset),
        ]
    )

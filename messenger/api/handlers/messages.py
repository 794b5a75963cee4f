"""Messages of a chat: history, send, edit, delete, clear, read marker."""

from __future__ import annotations

from uuid import UUID

from aiohttp import web

from messenger.api import params
from messenger.api.keys import CURRENT_USER, SERVICES
from messenger.api.validation import validated_body
from messenger.operations import messages as messaging
from messenger.operations import views as serializers


async def get_messages(request: web.Request) -> web.Response:
    chat_id = params.path_id(request)
    before = params.query_int(request, "before")
    after = params.query_int(request, "after")
    page = await messaging.get_messages(
        request.app[SERVICES],
        request[CURRENT_USER]["id"],
        chat_id,
        limit=params.limit(request),
        before=before,
        after=after,
    )
    return web.json_response(
        serializers.page([serializers.message(row) for row in page.items], page.next)
    )


async def send_message(request: web.Request) -> web.Response:
    chat_id = params.path_id(request)
    body = await validated_body(request, "message_create.json")
    client_id = body.get("client_message_id")
    message, created = await messaging.add_new_message(
        request.app[SERVICES],
        request[CURRENT_USER]["id"],
        chat_id,
        content=body["content"],
        client_message_id=UUID(client_id) if client_id else None,
        attachment_ids=body.get("attachment_ids"),
    )
    return web.json_response(serializers.message(message), status=201 if created else 200)


async def edit_message(request: web.Request) -> web.Response:
    message_id = params.path_id(request)
    body = await validated_body(request, "message_patch.json")
    message = await messaging.change_message_content(
        request.app[SERVICES], request[CURRENT_USER]["id"], message_id, content=body["content"]
    )
    return web.json_response(serializers.message(message))


async def delete_message(request: web.Request) -> web.Response:
    await messaging.remove_message(
        request.app[SERVICES], request[CURRENT_USER]["id"], params.path_id(request)
    )
    return web.Response(status=204)


async def clear_chat(request: web.Request) -> web.Response:
    await messaging.remove_all_messages(
        request.app[SERVICES], request[CURRENT_USER]["id"], params.path_id(request)
    )
    return web.Response(status=204)


async def mark_read(request: web.Request) -> web.Response:
    chat_id = params.path_id(request)
    body = await validated_body(request, "read.json")
    unread = await messaging.mark_read(
        request.app[SERVICES], request[CURRENT_USER]["id"], chat_id, body["message_id"]
    )
    return web.json_response({"unread_count": unread})

"""/api/v1/chats: the chat list, creating chats, one chat, its members."""

from __future__ import annotations

from aiohttp import web

from messenger.api import params
from messenger.api.keys import CURRENT_USER, SERVICES
from messenger.api.validation import validated_body
from messenger.operations import chats
from messenger.operations import views as serializers


async def get_chats(request: web.Request) -> web.Response:
    body = await chats.chat_list_body(
        request.app[SERVICES],
        request[CURRENT_USER]["id"],
        limit=params.limit(request),
        after=params.query_text(request, "after") or None,
    )
    return web.Response(body=body, content_type="application/json", charset="utf-8")


async def create_chat(request: web.Request) -> web.Response:
    body = await validated_body(request, "chat_create.json")
    chat, created = await chats.add_new_chat(
        request.app[SERVICES],
        request[CURRENT_USER]["id"],
        is_group_chat=body["is_group_chat"],
        member_ids=body["member_ids"],
        topic=body.get("topic"),
        avatar=body.get("avatar"),
    )
    return web.json_response(serializers.chat(chat), status=201 if created else 200)


async def get_chat(request: web.Request) -> web.Response:
    chat = await chats.get_chat(
        request.app[SERVICES], request[CURRENT_USER]["id"], params.path_id(request)
    )
    return web.json_response(serializers.chat(chat))


async def get_members(request: web.Request) -> web.Response:
    me = request[CURRENT_USER]["id"]
    page = await chats.get_participants_of_chat(
        request.app[SERVICES],
        me,
        params.path_id(request),
        after=params.query_int(request, "after") or 0,
        limit=params.limit(request),
    )
    items = [serializers.member(row, viewer_id=me) for row in page.items]
    return web.json_response(serializers.page(items, page.next))


async def add_members(request: web.Request) -> web.Response:
    chat_id = params.path_id(request)
    body = await validated_body(request, "members_add.json")
    me = request[CURRENT_USER]["id"]
    added = await chats.add_members(request.app[SERVICES], me, chat_id, body["user_ids"])
    items = [serializers.member(row, viewer_id=me) for row in added]
    return web.json_response({"items": items})


async def remove_member(request: web.Request) -> web.Response:
    chat_id = params.path_id(request)
    user_id = params.path_id(request, "user_id")
    await chats.remove_member(request.app[SERVICES], request[CURRENT_USER]["id"], chat_id, user_id)
    return web.Response(status=204)

"""/api/v1/chats: the chat list, creating chats, one chat."""

from __future__ import annotations

from messenger.api.endpoint import Call, Encoded, Reply
from messenger.operations import chats, views


async def get_chats(call: Call, *, after: str | None, limit: int) -> Encoded:
    # Encoded as it is kept in memcached: a cache hit is sent without decoding it.
    return Encoded(
        await chats.chat_list_body(call.services, call.me, limit=limit, after=after or None)
    )


async def create_chat(
    call: Call,
    *,
    is_group_chat: bool,
    member_ids: list[int],
    topic: str | None = None,
    avatar: str | None = None,
) -> Reply:
    chat, created = await chats.add_new_chat(
        call.services,
        call.me,
        is_group_chat=is_group_chat,
        member_ids=member_ids,
        topic=topic,
        avatar=avatar,
    )
    return Reply(views.chat(chat, call.me), 201 if created else 200)


async def get_chat(call: Call, *, chat_id: int) -> views.Chat:
    return views.chat(await chats.get_chat(call.services, call.me, chat_id), call.me)


async def update_settings(call: Call, *, chat_id: int, muted: bool) -> views.ChatSettings:
    return {"muted": await chats.set_muted(call.services, call.me, chat_id, muted=muted)}


async def patch_chat(call: Call, *, chat_id: int, retention_days: int | None) -> views.Chat:
    chat = await chats.set_retention(call.services, call.me, chat_id, retention_days=retention_days)
    return views.chat(chat, call.me)

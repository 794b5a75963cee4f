"""Messages of a chat: history, send, edit, delete, clear, read marker."""

from __future__ import annotations

from uuid import UUID

from messenger.api.endpoint import Call, Reply
from messenger.operations import messages, views


async def get_messages(
    call: Call, *, chat_id: int, before: int | None, after: int | None, limit: int
) -> views.MessagePage:
    page = await messages.get_messages(
        call.services, call.me, chat_id, limit=limit, before=before, after=after
    )
    return views.message_page(page.items, page.next, viewer_id=call.me)


async def send_message(
    call: Call,
    *,
    chat_id: int,
    content: str | None = None,
    client_message_id: str | None = None,
    attachment_ids: list[int] | None = None,
    reply_to_id: int | None = None,
    forward_message_id: int | None = None,
) -> Reply:
    message, created = await messages.add_new_message(
        call.services,
        call.me,
        chat_id,
        content=content,
        client_message_id=UUID(client_message_id) if client_message_id else None,
        attachment_ids=attachment_ids,
        reply_to_id=reply_to_id,
        forward_message_id=forward_message_id,
    )
    return Reply(views.message(message, call.me), 201 if created else 200)


async def edit_message(call: Call, *, message_id: int, content: str) -> views.Message:
    message = await messages.change_message_content(
        call.services, call.me, message_id, content=content
    )
    return views.message(message, call.me)


async def delete_message(call: Call, *, message_id: int) -> None:
    await messages.remove_message(call.services, call.me, message_id)


async def clear_chat(call: Call, *, chat_id: int) -> None:
    await messages.remove_all_messages(call.services, call.me, chat_id)


async def mark_read(call: Call, *, chat_id: int, message_id: int) -> views.UnreadCount:
    unread = await messages.mark_read(call.services, call.me, chat_id, message_id)
    return {"unread_count": unread}

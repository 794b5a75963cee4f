"""Pins: messages kept on top of a chat. In a group only its owner pins; in a personal
chat either member does."""

from __future__ import annotations

from messenger.errors import ErrorDetail, Forbidden, NotFound, ValidationFailed
from messenger.operations.checks import require_member
from messenger.operations.pages import Page
from messenger.repository import attachments as attachment_rows
from messenger.repository import chats as chat_rows
from messenger.repository import members as member_rows
from messenger.repository import messages as message_rows
from messenger.repository import pins as pin_rows
from messenger.repository.db import Connection, Row
from messenger.services.container import Services
from messenger.services.events import chat_event

# More pins than a pinned bar can show are no longer a shortlist.
MAX_PINS_PER_CHAT = 50


async def _may_pin(conn: Connection, actor_id: int, chat_id: int, message_id: int) -> Row:
    """Lock the chat (pins of one chat change one at a time, so the cap holds) and check
    the caller's right; the message, which must be of this chat."""
    chat = await chat_rows.lock_chat_for_member(conn, chat_id=chat_id, user_id=actor_id)
    if chat is None:
        raise NotFound("no such chat")
    if chat["is_group_chat"] and chat["role"] != "owner":
        raise Forbidden("only the chat owner pins messages in a group")
    message = await message_rows.get_message_in_chat(conn, message_id=message_id, chat_id=chat_id)
    if message is None:
        raise NotFound("no such message in this chat")
    return message


async def set_pinned(
    services: Services, actor_id: int, chat_id: int, message_id: int, *, pinned: bool
) -> None:
    """Pin or unpin; idempotent (pinning a pinned message changes nothing)."""
    async with services.db.transaction() as conn:
        await _may_pin(conn, actor_id, chat_id, message_id)
        if pinned:
            if (
                not await pin_rows.is_pinned(conn, message_id)
                and await pin_rows.count_pins(conn, chat_id) >= MAX_PINS_PER_CHAT
            ):
                raise ValidationFailed(
                    f"a chat keeps at most {MAX_PINS_PER_CHAT} pins",
                    [ErrorDetail("message_id", "unpin another message first")],
                )
            changed = await pin_rows.pin(
                conn, chat_id=chat_id, message_id=message_id, user_id=actor_id
            )
        else:
            changed = await pin_rows.unpin(conn, chat_id=chat_id, message_id=message_id)
        if not changed:
            return
        audience = await member_rows.member_ids(conn, chat_id)
        newest = await message_rows.get_newest_message(conn, chat_id)
        age = await message_rows.message_age(conn, message_id)
    if newest is not None and newest["id"] == message_id:
        # The chat list shows its last message, `pinned` included.
        await services.chat_cache.invalidate(audience)
    event = chat_event(
        "message.pinned" if pinned else "message.unpinned",
        chat_id,
        {"message_id": message_id},
        audience,
    )
    await services.events.publish_in_order(
        event, message_id=message_id, after=message_id, after_age=age
    )


async def get_pins(
    services: Services, actor_id: int, chat_id: int, *, limit: int, before: int | None
) -> Page[Row]:
    """The chat's pinned messages, newest pin first; `next` is a pin position to pass
    back as `before`."""
    async with services.db.connection() as conn:
        await require_member(conn, chat_id=chat_id, user_id=actor_id)
        rows = await pin_rows.get_pins(
            conn, chat_id=chat_id, viewer_id=actor_id, limit=limit + 1, before=before
        )
        items = await attachment_rows.attach_files(conn, rows[:limit])
    return Page(items, items[-1]["pin_id"] if len(rows) > limit else None)

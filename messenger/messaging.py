"""Messages: send (idempotent by client_message_id), history, edit, delete, clear, read."""

from __future__ import annotations

from uuid import UUID

from messenger import serializers
from messenger.db import Connection, Row
from messenger.errors import (
    BadRequest,
    Conflict,
    ErrorDetail,
    Forbidden,
    NotFound,
    ValidationFailed,
)
from messenger.events import chat_event
from messenger.repository import attachments as attachment_rows
from messenger.repository import chats as chat_rows
from messenger.repository import members as member_rows
from messenger.repository import messages as message_rows
from messenger.services import Page, Services
from messenger.storage import remove_stored_files


async def attach_files(conn: Connection, messages: list[Row]) -> list[Row]:
    """Fill each message's `attachments` with one query for the whole batch."""
    files = await attachment_rows.get_attachments_of_messages(conn, [m["id"] for m in messages])
    by_message: dict[int, list[Row]] = {}
    for row in files:
        by_message.setdefault(row["message_id"], []).append(row)
    for message in messages:
        message["attachments"] = by_message.get(message["id"], [])
    return messages


def _same_request(existing: Row, content: str, attachment_ids: list[int]) -> bool:
    return existing["content"] == content and sorted(
        a["id"] for a in existing["attachments"]
    ) == sorted(set(attachment_ids))


async def add_new_message(
    services: Services,
    actor_id: int,
    chat_id: int,
    *,
    content: str,
    client_message_id: UUID | None = None,
    attachment_ids: list[int] | None = None,
) -> tuple[Row, bool]:
    """Send a message; (message, created). A retry with the same client_message_id gets
    the first message back, even when the two requests race."""
    attachment_ids = list(dict.fromkeys(attachment_ids or []))
    async with services.db.transaction() as conn:
        # The insert first takes the chat row lock, which serialises the writers of one
        # chat: ids grow in commit order, and a racing retry waits for the first request
        # to commit, then finds its message below.
        message = await message_rows.add_new_message(
            conn,
            chat_id=chat_id,
            user_id=actor_id,
            content=content,
            client_message_id=client_message_id,
        )
        if message is None:
            if client_message_id is None or not await member_rows.get_member(
                conn, chat_id=chat_id, user_id=actor_id
            ):
                raise NotFound("no such chat")
            existing = await message_rows.get_message_by_client_id(
                conn, chat_id=chat_id, user_id=actor_id, client_message_id=client_message_id
            )
            assert existing is not None, "a conflicting message must exist"
            await attach_files(conn, [existing])
            if not _same_request(existing, content, attachment_ids):
                raise Conflict(
                    "this client_message_id was already used for a different message",
                    [ErrorDetail("/client_message_id", "already used with other content")],
                )
            return existing, False
        audience = [int(user_id) for user_id in message.pop("audience")]
        message["attachments"] = []
        if attachment_ids:
            attached = await attachment_rows.attach_to_message(
                conn,
                attachment_ids=attachment_ids,
                chat_id=chat_id,
                user_id=actor_id,
                message_id=message["id"],
            )
            if len(attached) != len(attachment_ids):
                found = {row["id"] for row in attached}
                raise ValidationFailed(
                    "some attachments cannot be attached",
                    [
                        ErrorDetail(
                            f"/attachment_ids/{index}",
                            "not an unattached upload of yours in this chat",
                        )
                        for index, attachment_id in enumerate(attachment_ids)
                        if attachment_id not in found
                    ],
                )
            message["attachments"] = sorted(attached, key=lambda row: row["id"])
        # Published while the chat row is still locked, so the events of one chat leave
        # in commit (= id) order across processes: a client that saw message N never
        # hears of a lower id later. The price: on the rare failed COMMIT a client holds
        # an event for a message that does not exist.
        await services.events.publish(
            chat_event("message.created", chat_id, serializers.message(message), audience)
        )
    # Last message and unread counts changed in every member's chat list.
    await services.chat_cache.invalidate(audience)
    return message, True


async def get_messages(
    services: Services,
    actor_id: int,
    chat_id: int,
    *,
    limit: int,
    before: int | None = None,
    after: int | None = None,
) -> Page[Row]:
    """Newest first (older than `before`), or with `after` the newer ones oldest first;
    `next` is the id to pass back in the same parameter."""
    if before is not None and after is not None:
        raise BadRequest(
            "give either before or after, not both", [ErrorDetail("after", "with before")]
        )
    async with services.db.connection() as conn:
        if await member_rows.get_member(conn, chat_id=chat_id, user_id=actor_id) is None:
            raise NotFound("no such chat")
        rows = await message_rows.get_messages(
            conn, chat_id=chat_id, limit=limit + 1, before=before, after=after
        )
        items = await attach_files(conn, rows[:limit])
    return Page(items, items[-1]["id"] if len(rows) > limit else None)


async def _message_for_member(conn: Connection, message_id: int, actor_id: int) -> Row:
    message = await message_rows.get_message_for_member(
        conn, message_id=message_id, viewer_id=actor_id
    )
    if message is None:
        raise NotFound("no such message")
    return message


async def change_message_content(
    services: Services, actor_id: int, message_id: int, *, content: str
) -> Row:
    async with services.db.transaction() as conn:
        message = await _message_for_member(conn, message_id, actor_id)
        if message["user_id"] != actor_id:
            raise Forbidden("only the author edits a message")
        updated = await message_rows.change_message_content(
            conn, message_id=message_id, content=content
        )
        if updated is None:  # deleted by a concurrent request since it was read above
            raise NotFound("no such message")
        await attach_files(conn, [updated])
        audience = await member_rows.member_ids(conn, updated["chat_id"])
    # It may be a chat's last message, shown in every member's chat list.
    await services.chat_cache.invalidate(audience)
    await services.events.publish(
        chat_event("message.updated", updated["chat_id"], serializers.message(updated), audience)
    )
    return updated


async def remove_message(services: Services, actor_id: int, message_id: int) -> Row:
    """The author, or the owner of a group chat, deletes a message."""
    async with services.db.transaction() as conn:
        message = await _message_for_member(conn, message_id, actor_id)
        is_owner = message["is_group_chat"] and message["viewer_role"] == "owner"
        if message["user_id"] != actor_id and not is_owner:
            raise Forbidden("only the author or the chat owner deletes a message")
        stored = await attachment_rows.remove_attachments_of_message(conn, message_id)
        removed = await message_rows.remove_message(conn, message_id)
        if removed is None:  # a concurrent delete won the row (and removes the files)
            raise NotFound("no such message")
        audience = await member_rows.member_ids(conn, removed["chat_id"])
    await services.chat_cache.invalidate(audience)
    await services.events.publish(
        chat_event("message.deleted", removed["chat_id"], {"id": removed["id"]}, audience)
    )
    await remove_stored_files(services.config.attachments.dir, stored)
    return removed


async def remove_all_messages(services: Services, actor_id: int, chat_id: int) -> None:
    """Clear a chat: its owner, or either member of a personal chat."""
    async with services.db.transaction() as conn:
        chat = await chat_rows.lock_chat_for_member(conn, chat_id=chat_id, user_id=actor_id)
        if chat is None:
            raise NotFound("no such chat")
        if chat["is_group_chat"] and chat["role"] != "owner":
            raise Forbidden("only the chat owner clears a group chat")
        stored = await attachment_rows.remove_attachments_of_chat_messages(conn, chat_id)
        await message_rows.remove_all_messages(conn, chat_id)
        audience = await member_rows.member_ids(conn, chat_id)
    await services.chat_cache.invalidate(audience)
    await services.events.publish(chat_event("chat.cleared", chat_id, {}, audience))
    await remove_stored_files(services.config.attachments.dir, stored)


async def mark_read(services: Services, actor_id: int, chat_id: int, message_id: int) -> int:
    """Move the caller's read marker forward; returns their unread count."""
    async with services.db.transaction() as conn:
        marker = await member_rows.mark_read(
            conn, chat_id=chat_id, user_id=actor_id, message_id=message_id
        )
        if marker is None:
            raise NotFound("no such chat")
        unread = await member_rows.count_unread(
            conn, chat_id=chat_id, user_id=actor_id, last_read_message_id=marker
        )
        audience = await member_rows.member_ids(conn, chat_id)
    await services.chat_cache.invalidate([actor_id])
    # Read receipts: every member learns how far this one has read.
    read = {"user_id": actor_id, "last_read_message_id": marker}
    await services.events.publish(chat_event("chat.read", chat_id, read, audience))
    return unread

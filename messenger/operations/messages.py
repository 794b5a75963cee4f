"""Messages: send (idempotent by client_message_id), history, edit, delete, clear, read."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from messenger.errors import (
    BadRequest,
    Conflict,
    ErrorDetail,
    Forbidden,
    NotFound,
    ValidationFailed,
)
from messenger.operations import views
from messenger.operations.checks import require_member
from messenger.operations.pages import Page
from messenger.repository import attachments as attachment_rows
from messenger.repository import chats as chat_rows
from messenger.repository import members as member_rows
from messenger.repository import messages as message_rows
from messenger.repository.db import Connection, Row
from messenger.services.container import Services
from messenger.services.events import ChatEvent, chat_event
from messenger.services.files import remove_stored_files

# @nick, not inside a word or an address (bob@example.com names no one).
_MENTION = re.compile(r"(?<![A-Za-z0-9_.@-])@([A-Za-z0-9_.-]{5,32})")
# A message may name many people; looking up more candidates than this is pointless.
MAX_MENTION_CANDIDATES = 50


def mentioned_nicks(content: str) -> list[str]:
    """The lower-cased nicks a message may name: each @token, and the token without the
    punctuation that may end a sentence after it ("thanks, @alice.")."""
    candidates: dict[str, None] = {}
    for match in _MENTION.finditer(content):
        token = match[1].lower()
        candidates[token] = None
        trimmed = token.rstrip("._-")
        if len(trimmed) >= 5:
            candidates[trimmed] = None
        if len(candidates) >= MAX_MENTION_CANDIDATES:
            break
    return list(candidates)[:MAX_MENTION_CANDIDATES]


@dataclass(frozen=True)
class Draft:
    """What a send asks for, once its reply and forward are resolved."""

    content: str
    client_message_id: UUID | None
    attachment_ids: list[int]
    reply_to: Row | None = None  # id, user_id, content (its start)
    forward: Row | None = None  # the message forwarded, with its attachments
    origin: Row | None = None  # message_id, user_id, created_at of the original

    def extras(self, mention_ids: list[int]) -> list[Any] | None:
        """The conversation fields of the message this sends, as the history query gives
        them (repository.messages.EXTRAS): None for a plain message."""
        if self.reply_to is None and self.origin is None and not mention_ids:
            return None
        reply, origin = self.reply_to or {}, self.origin or {}
        return [
            reply.get("id"),
            reply.get("user_id"),
            reply.get("content"),
            origin.get("message_id"),
            origin.get("user_id"),
            origin.get("created_at"),
            mention_ids,
            None,  # no reactions yet
            False,  # not pinned
        ]

    def same_as(self, existing: Row) -> bool:
        """Whether an earlier send of this client_message_id asked for the same."""
        if existing["content"] != self.content:
            return False
        extras = dict(zip(message_rows.EXTRAS, existing["extras"] or (), strict=False))
        if extras.get("reply_to_id") != (self.reply_to["id"] if self.reply_to else None):
            return False
        origin = self.origin["message_id"] if self.origin else None
        if extras.get("forwarded_from_message_id") != origin:
            return False
        if self.forward is not None:
            return True  # the files are the original's
        return sorted(a["id"] for a in existing["attachments"]) == sorted(self.attachment_ids)


async def add_new_message(
    services: Services,
    actor_id: int,
    chat_id: int,
    *,
    content: str | None,
    client_message_id: UUID | None = None,
    attachment_ids: list[int] | None = None,
    reply_to_id: int | None = None,
    forward_message_id: int | None = None,
) -> tuple[Row, bool]:
    """Send a message; (message, created). A retry with the same client_message_id gets
    the first message back, even when the two requests race. A reply answers a live
    message of the same chat; a forward copies the content and files of a message the
    caller can read now (the files are shared, not copied on disk). Over the sender's
    limit (`limits.messages`, shared by every API process) it is a 429."""
    await services.limits.take(services.limits.messages, str(actor_id))
    attachment_ids = list(dict.fromkeys(attachment_ids or []))
    if reply_to_id is None and forward_message_id is None:
        if content is None:  # the schema already requires it; kept for direct callers
            raise ValidationFailed("say something", [ErrorDetail("/content", "is required")])
        draft = Draft(content, client_message_id, attachment_ids)  # the common send
    else:
        async with services.db.connection() as conn:
            draft = await _draft(
                conn,
                actor_id,
                chat_id,
                content=content,
                client_message_id=client_message_id,
                attachment_ids=attachment_ids,
                reply_to_id=reply_to_id,
                forward_message_id=forward_message_id,
            )
    files = draft.attachment_ids or (draft.forward and draft.forward["attachments"])
    if files:
        async with services.db.transaction() as conn:
            message = await _insert_message(conn, actor_id, chat_id, draft, has_files=True)
            if message is None:
                return await _earlier_send(conn, actor_id, chat_id, draft), False
            if draft.forward is not None:
                copied = await attachment_rows.copy_to_message(
                    conn,
                    source_message_id=draft.forward["id"],
                    chat_id=chat_id,
                    user_id=actor_id,
                    message_id=message["id"],
                )
                if len(copied) != len(draft.forward["attachments"]):  # deleted meanwhile
                    raise ValidationFailed(
                        "the message to forward is gone",
                        [ErrorDetail("/forward_message_id", "not a message of any chat of yours")],
                    )
                message["attachments"] = copied
            else:
                message["attachments"] = await _attach(conn, message, draft.attachment_ids)
    else:
        # No transaction: the lock and the insert are one round trip, committed by it.
        async with services.db.connection() as conn:
            message = await _insert_message(conn, actor_id, chat_id, draft)
            if message is None:
                return await _earlier_send(conn, actor_id, chat_id, draft), False
            message["attachments"] = []
    audience = [int(user_id) for user_id in message.pop("audience")]
    previous_id, previous_age = message.pop("previous_id"), message.pop("previous_age")
    message.pop("mentions_written", None)
    message["extras"] = draft.extras(message.pop("mentions"))
    # After the commit, so the chat is not locked while Redis is asked; the events of a
    # chat still leave in id order (see events.EventBus.publish_in_order).
    await services.events.publish_in_order(
        chat_event("message.created", chat_id, views.message(message), audience),
        message_id=message["id"],
        after=previous_id,
        after_age=previous_age or 0.0,
    )
    # Last message and unread counts changed in every member's chat list.
    await services.chat_cache.invalidate(audience)
    return message, True


async def _draft(
    conn: Connection,
    actor_id: int,
    chat_id: int,
    *,
    content: str | None,
    client_message_id: UUID | None,
    attachment_ids: list[int],
    reply_to_id: int | None,
    forward_message_id: int | None,
) -> Draft:
    """The send's rules beyond its schema: what a reply and a forward may name."""
    reply_to = None
    if reply_to_id is not None:
        reply_to = await message_rows.get_message_in_chat(
            conn, message_id=reply_to_id, chat_id=chat_id
        )
        if reply_to is None:
            await require_member(conn, chat_id=chat_id, user_id=actor_id)
            raise ValidationFailed(
                "a reply answers a message of the same chat",
                [ErrorDetail("/reply_to_id", "not a message of this chat")],
            )
    if forward_message_id is None:
        if content is None:  # the schema already requires it; kept for direct callers
            raise ValidationFailed("say something", [ErrorDetail("/content", "is required")])
        return Draft(content, client_message_id, attachment_ids, reply_to)
    clashes = [
        ErrorDetail(f"/{name}", "a forward carries the original's")
        for name, given in (("content", content is not None), ("attachment_ids", attachment_ids))
        if given
    ]
    if clashes:
        raise ValidationFailed("a forward copies the original's content and files", clashes)
    forward = await message_rows.get_message_for_member(
        conn, message_id=forward_message_id, viewer_id=actor_id
    )
    if forward is None:
        raise ValidationFailed(
            "only a message you can read can be forwarded",
            [ErrorDetail("/forward_message_id", "not a message of any chat of yours")],
        )
    await attachment_rows.attach_files(conn, [forward])
    # A forward of a forward names the first original.
    if forward["forwarded_from_message_id"] is not None:
        origin = {
            "message_id": forward["forwarded_from_message_id"],
            "user_id": forward["forwarded_from_user_id"],
            "created_at": forward["forwarded_from_created_at"],
        }
    else:
        origin = {
            "message_id": forward["id"],
            "user_id": forward["user_id"],
            "created_at": forward["created_at"],
        }
    return Draft(forward["content"], client_message_id, [], reply_to, forward, origin)


async def _insert_message(
    conn: Connection, actor_id: int, chat_id: int, draft: Draft, *, has_files: bool = False
) -> Row | None:
    # The insert first takes the chat's lock, which serialises the writers of one chat:
    # ids grow in commit order, and a racing retry waits for the first request to
    # commit, then finds its message (see _earlier_send).
    return await message_rows.add_new_message(
        conn,
        chat_id=chat_id,
        user_id=actor_id,
        content=draft.content,
        client_message_id=draft.client_message_id,
        nicks=mentioned_nicks(draft.content),
        reply_to=draft.reply_to,
        forwarded_from=draft.origin,
        has_files=has_files,
    )


async def _earlier_send(conn: Connection, actor_id: int, chat_id: int, draft: Draft) -> Row:
    """Nothing was inserted: not a member, or a retry of a message already sent."""
    if draft.client_message_id is None or not await member_rows.get_member(
        conn, chat_id=chat_id, user_id=actor_id
    ):
        raise NotFound("no such chat")
    existing = await message_rows.get_message_by_client_id(
        conn, chat_id=chat_id, user_id=actor_id, client_message_id=draft.client_message_id
    )
    assert existing is not None, "a conflicting message must exist"
    await attachment_rows.attach_files(conn, [existing])
    if not draft.same_as(existing):
        raise Conflict(
            "this client_message_id was already used for a different message",
            [ErrorDetail("/client_message_id", "already used with other content")],
        )
    return existing


async def _attach(conn: Connection, message: Row, attachment_ids: list[int]) -> list[Row]:
    attached = await attachment_rows.attach_to_message(
        conn,
        attachment_ids=attachment_ids,
        chat_id=message["chat_id"],
        user_id=message["user_id"],
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
    return sorted(attached, key=lambda row: row["id"])


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
        rows = await message_rows.get_messages(
            conn, chat_id=chat_id, viewer_id=actor_id, limit=limit + 1, before=before, after=after
        )
        # A member's page is never empty for want of membership: only an empty page asks.
        if (
            not rows
            and await member_rows.get_member(conn, chat_id=chat_id, user_id=actor_id) is None
        ):
            raise NotFound("no such chat")
    items = rows[:limit]
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
        mention_ids = await message_rows.members_named(
            conn, chat_id=message["chat_id"], nicks=mentioned_nicks(content)
        )
        updated = await message_rows.change_message_content(
            conn,
            message_id=message_id,
            chat_id=message["chat_id"],
            author_id=actor_id,
            content=content,
            mention_ids=mention_ids,
        )
        if updated is None:  # deleted by a concurrent request since it was read above
            raise NotFound("no such message")
        await attachment_rows.attach_files(conn, [updated])
        audience = await member_rows.member_ids(conn, updated["chat_id"])
    # It may be a chat's last message, shown in every member's chat list.
    await services.chat_cache.invalidate(audience)
    await _publish_after(
        services,
        chat_event(
            "message.updated",
            updated["chat_id"],
            views.message(updated),
            audience,
        ),
        updated,
    )
    return updated


async def _publish_after(services: Services, event: ChatEvent, message: Row) -> None:
    """Publish a change of a message once the event of its creation is out. The row
    carries `age`: seconds since it was created."""
    await services.events.publish_in_order(
        event, message_id=message["id"], after=message["id"], after_age=message.pop("age")
    )


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
    await _publish_after(
        services,
        chat_event("message.deleted", removed["chat_id"], {"id": removed["id"]}, audience),
        removed,
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
        newest = await message_rows.get_newest_message(conn, chat_id)
        await message_rows.remove_all_messages(conn, chat_id)
        audience = await member_rows.member_ids(conn, chat_id)
        # Published while the chat is still locked: the next message, which names no
        # predecessor (the chat is empty), is published after it, so no client clears
        # it away. In order after the events of the messages it removes.
        cleared = chat_event("chat.cleared", chat_id, {}, audience)
        if newest is None:
            await services.events.publish(cleared)
        else:
            await _publish_after(services, cleared, newest)
    await services.chat_cache.invalidate(audience)
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

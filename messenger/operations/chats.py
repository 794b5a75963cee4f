"""Chats: creating personal and group chats, the chat list, one chat."""

from __future__ import annotations

import orjson

from messenger.errors import ErrorDetail, Forbidden, NotFound, ValidationFailed
from messenger.operations import views
from messenger.operations.checks import require_known_users
from messenger.operations.cursors import decode_activity_cursor, encode_activity_cursor
from messenger.repository import attachments as attachment_rows
from messenger.repository import chats as chat_rows
from messenger.repository import members as member_rows
from messenger.repository import retention as retention_rows
from messenger.repository.db import Connection, Row
from messenger.services.container import Services
from messenger.services.events import chat_event

LAST_MESSAGE_PREFIX = "lm_"
# Goes up whenever views.chat_page changes shape: pages cached by an older version of
# the code are then never read (they expire with memcached.ttl_seconds).
CACHED_PAGE_FORMAT = 5


def _chat_view(row: Row) -> Row:
    """Fold the last-message columns of a chat row into a nested `last_message`."""
    chat = {k: v for k, v in row.items() if not k.startswith(LAST_MESSAGE_PREFIX)}
    if row.get("lm_id") is None:
        chat["last_message"] = None
    else:
        chat["last_message"] = {
            k[len(LAST_MESSAGE_PREFIX) :]: v
            for k, v in row.items()
            if k.startswith(LAST_MESSAGE_PREFIX)
        } | {"chat_id": row["id"]}
    return chat


async def _chat_views(conn: Connection, rows: list[Row]) -> list[Row]:
    chats = [_chat_view(row) for row in rows]
    await attachment_rows.attach_files(
        conn, [c["last_message"] for c in chats if c["last_message"]]
    )
    return chats


async def load_chat(conn: Connection, *, chat_id: int, viewer_id: int) -> Row:
    """The chat as the viewer sees it; NotFound for a non-member (it may not exist)."""
    row = await chat_rows.get_chat_for_member(conn, chat_id=chat_id, viewer_id=viewer_id)
    if row is None:
        raise NotFound("no such chat")
    return (await _chat_views(conn, [row]))[0]


async def add_new_chat(
    services: Services,
    actor_id: int,
    *,
    is_group_chat: bool,
    member_ids: list[int],
    topic: str | None = None,
    avatar: str | None = None,
) -> tuple[Row, bool]:
    """Create a chat; (chat, created). A pair's existing personal chat is returned as is."""
    others = list(dict.fromkeys(uid for uid in member_ids if uid != actor_id))
    if not is_group_chat and (topic is not None or avatar is not None):
        raise ValidationFailed(
            "a personal chat has no topic or avatar",
            [
                ErrorDetail(f"/{name}", "is only for group chats")
                for name, value in (("topic", topic), ("avatar", avatar))
                if value is not None
            ],
        )
    if not is_group_chat and len(others) != 1:
        raise ValidationFailed(
            "a personal chat has exactly one other member",
            [ErrorDetail("/member_ids", "name exactly one user other than yourself")],
        )
    async with services.db.transaction() as conn:
        await require_known_users(conn, member_ids, "member_ids")
        if is_group_chat:
            assert topic is not None
            chat = await chat_rows.add_group_chat(
                conn, topic=topic, avatar=avatar, created_by=actor_id
            )
            created = True
            await member_rows.add_members(
                conn, chat_id=chat["id"], user_ids=[actor_id], role="owner"
            )
            if others:
                await member_rows.add_members(conn, chat_id=chat["id"], user_ids=others)
        else:
            chat, created = await chat_rows.add_personal_chat(
                conn, created_by=actor_id, other_id=others[0]
            )
            if created:
                await member_rows.add_members(
                    conn, chat_id=chat["id"], user_ids=[actor_id, others[0]]
                )
        view = await load_chat(conn, chat_id=chat["id"], viewer_id=actor_id)
        # Every other member is mailed: the mails commit with the chat, or neither does.
        mail_ids = (
            await services.mail_outbox.add_chat_created(conn, view, actor_id, others)
            if created
            else []
        )
    if created:
        audience = [actor_id, *others]
        await services.chat_cache.invalidate(audience)
        await services.events.publish(
            chat_event("chat.created", view["id"], views.chat(view), audience)
        )
        await services.mail_outbox.kick(mail_ids)
    return view, created


async def chat_list_body(
    services: Services, actor_id: int, *, limit: int, after: str | None = None
) -> bytes:
    """A page of the chat list, encoded as the response body. The first page is what
    every client opens with; memcached keeps it as exactly these bytes, so a hit goes
    out without decoding, serialising or encoding anything."""
    before = decode_activity_cursor(after) if after else None

    async def load() -> bytes:
        async with services.db.connection() as conn:
            rows = await chat_rows.get_chats(
                conn, viewer_id=actor_id, limit=limit + 1, before=before
            )
            chats = await _chat_views(conn, rows[:limit])
        cursor = None
        if len(rows) > limit:
            last = chats[-1]
            cursor = encode_activity_cursor(last["last_activity_at"], last["id"])
        return orjson.dumps(views.chat_page(chats, cursor, viewer_id=actor_id))

    if before is not None:
        return await load()
    return await services.chat_cache.read_through_bytes(
        actor_id, f"first:{limit}:v{CACHED_PAGE_FORMAT}", load, _checked_page
    )


def _checked_page(raw: bytes) -> bytes:
    """A cached chat-list body, if it looks like one this code wrote."""
    if not raw.startswith(_PAGE_START):
        raise ValueError("not a chat list page")
    return raw


_PAGE_START = b'{"items":'  # how orjson begins views.chat_page()


async def get_chat(services: Services, actor_id: int, chat_id: int) -> Row:
    async with services.db.connection() as conn:
        return await load_chat(conn, chat_id=chat_id, viewer_id=actor_id)


async def set_muted(services: Services, actor_id: int, chat_id: int, *, muted: bool) -> bool:
    """Mute or unmute the chat for the caller alone: a muted chat sends them no mail."""
    async with services.db.connection() as conn:
        setting = await member_rows.set_muted(conn, chat_id=chat_id, user_id=actor_id, muted=muted)
    if setting is None:
        raise NotFound("no such chat")
    await services.chat_cache.invalidate([actor_id])  # the list item shows `muted`
    return setting


async def set_retention(
    services: Services, actor_id: int, chat_id: int, *, retention_days: int | None
) -> Row:
    """How many days the chat keeps its messages (null: as the server's retention.days
    allows): a group's owner, or either member of a personal chat, decides."""
    async with services.db.transaction() as conn:
        chat = await chat_rows.lock_chat_for_member(conn, chat_id=chat_id, user_id=actor_id)
        if chat is None:
            raise NotFound("no such chat")
        if chat["is_group_chat"] and chat["role"] != "owner":
            raise Forbidden("only the chat owner sets how long its messages are kept")
        await retention_rows.set_retention_days(conn, chat_id=chat_id, days=retention_days)
        audience = await member_rows.member_ids(conn, chat_id)
        updated = await load_chat(conn, chat_id=chat_id, viewer_id=actor_id)
    await services.chat_cache.invalidate(audience)  # every member's list shows it
    return updated

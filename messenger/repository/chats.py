"""Chats and the chat list (each chat with its last message and the caller's unread count)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    Select,
    and_,
    bindparam,
    func,
    insert,
    select,
    true,
    tuple_,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert

from messenger.repository.db import LIMIT_ONE, Connection, Row, compile_query
from messenger.repository.locks import chat_lock
from messenger.repository.messages import CONVERSATION_COLUMNS, MESSAGE_COLUMNS, extras_column
from messenger.repository.tables import chats, members, mentions, messages

CHAT_COLUMNS = (
    chats.c.id,
    chats.c.is_group_chat,
    chats.c.topic,
    chats.c.avatar,
    chats.c.created_by,
    chats.c.created_at,
    chats.c.last_activity_at,
    chats.c.retention_days,
)


def _activity(last_message: Any) -> ColumnElement[Any]:
    """When the chat last changed as its list shows it: its newest message, else its
    creation (chats.last_activity_at). A send does not write the chat's row (see
    repository.locks), so the order follows from the messages themselves."""
    return func.greatest(chats.c.last_activity_at, last_message.c.created_at)


def _chat_view() -> tuple[Select[tuple[object, ...]], ColumnElement[Any]]:
    """A chat as its member `viewer_id` sees it. Every sub-select is an index lookup."""
    last_message = (
        select(
            *(column for column in MESSAGE_COLUMNS if column is not messages.c.chat_id),
            *CONVERSATION_COLUMNS,
        )
        .where(messages.c.chat_id == chats.c.id)
        .order_by(messages.c.id.desc())
        .limit(LIMIT_ONE)
        .lateral("last_message")
    )
    counted = members.alias("counted")
    members_count = (
        select(func.count()).select_from(counted).where(counted.c.chat_id == chats.c.id)
    ).scalar_subquery()
    # Exact by construction: counted from the messages themselves, never a counter that
    # concurrent sends and reads could push out of step.
    unread_count = (
        select(func.count())
        .select_from(messages)
        .where(
            messages.c.chat_id == chats.c.id,
            messages.c.id > members.c.last_read_message_id,
            messages.c.user_id != members.c.user_id,
        )
    ).scalar_subquery()
    mention_count = (
        select(func.count())
        .select_from(mentions)
        .where(
            mentions.c.user_id == members.c.user_id,
            mentions.c.chat_id == chats.c.id,
            mentions.c.message_id > members.c.last_read_message_id,
        )
    ).scalar_subquery()
    activity = _activity(last_message)
    view = (
        select(
            *(column for column in CHAT_COLUMNS if column is not chats.c.last_activity_at),
            activity.label("last_activity_at"),
            members.c.last_read_message_id,
            members_count.label("members_count"),
            unread_count.label("unread_count"),
            mention_count.label("mention_count"),
            members.c.muted,
            *(
                last_message.c[column.name].label(f"lm_{column.name}")
                for column in MESSAGE_COLUMNS
                if column is not messages.c.chat_id
            ),
            extras_column(last_message, label="lm_extras"),
        )
        .select_from(
            members.join(chats, chats.c.id == members.c.chat_id).outerjoin(last_message, true())
        )
        .where(members.c.user_id == bindparam("viewer_id"))
    )
    return view, activity


_VIEW, _ACTIVITY = _chat_view()
_CHAT_FOR_MEMBER = compile_query(_VIEW.where(chats.c.id == bindparam("chat_id")))
_CHAT_LIST = compile_query(
    _VIEW.where(
        tuple_(_ACTIVITY, chats.c.id)
        < tuple_(bindparam("before_activity"), bindparam("before_id", type_=BigInteger))
    )
    .order_by(_ACTIVITY.desc(), chats.c.id.desc())
    .limit(bindparam("limit"))
)
_CHAT_LIST_FIRST_PAGE = compile_query(
    _VIEW.order_by(_ACTIVITY.desc(), chats.c.id.desc()).limit(bindparam("limit"))
)
_INSERT_GROUP = compile_query(
    insert(chats)
    .values(
        is_group_chat=True,
        topic=bindparam("topic"),
        avatar=bindparam("avatar"),
        created_by=bindparam("created_by"),
    )
    .returning(*CHAT_COLUMNS)
)
_INSERT_PERSONAL = compile_query(
    pg_insert(chats)
    .values(
        is_group_chat=False,
        created_by=bindparam("created_by"),
        personal_low_id=bindparam("low_id"),
        personal_high_id=bindparam("high_id"),
    )
    .on_conflict_do_nothing(
        index_elements=[chats.c.personal_low_id, chats.c.personal_high_id],
        index_where=~chats.c.is_group_chat,
    )
    .returning(*CHAT_COLUMNS)
)
_PERSONAL_BY_PAIR = compile_query(
    select(*CHAT_COLUMNS).where(
        ~chats.c.is_group_chat,
        chats.c.personal_low_id == bindparam("low_id"),
        chats.c.personal_high_id == bindparam("high_id"),
    )
)
_LOCK_FOR_MEMBER = compile_query(
    select(chats.c.id, chats.c.is_group_chat, members.c.role, chat_lock(chats.c.id).label("locked"))
    .select_from(chats.join(members, and_(members.c.chat_id == chats.c.id)))
    .where(chats.c.id == bindparam("chat_id"), members.c.user_id == bindparam("user_id"))
    .with_for_update(key_share=True, of=chats)
)


async def get_chat_for_member(conn: Connection, *, chat_id: int, viewer_id: int) -> Row | None:
    return await conn.fetch_one(_CHAT_FOR_MEMBER, chat_id=chat_id, viewer_id=viewer_id)


async def get_chats(
    conn: Connection,
    *,
    viewer_id: int,
    limit: int,
    before: tuple[datetime, int] | None = None,
) -> list[Row]:
    """The viewer's chats, most recent activity first, keyset after `before`."""
    if before is None:
        return await conn.fetch_all(_CHAT_LIST_FIRST_PAGE, viewer_id=viewer_id, limit=limit)
    return await conn.fetch_all(
        _CHAT_LIST,
        viewer_id=viewer_id,
        limit=limit,
        before_activity=before[0],
        before_id=before[1],
    )


async def add_group_chat(
    conn: Connection, *, topic: str, avatar: str | None, created_by: int
) -> Row:
    row = await conn.fetch_one(_INSERT_GROUP, topic=topic, avatar=avatar, created_by=created_by)
    assert row is not None
    return row


async def add_personal_chat(
    conn: Connection, *, created_by: int, other_id: int
) -> tuple[Row, bool]:
    """The pair's personal chat, created when missing; (chat, created)."""
    low_id, high_id = sorted((created_by, other_id))
    row = await conn.fetch_one(
        _INSERT_PERSONAL, created_by=created_by, low_id=low_id, high_id=high_id
    )
    if row is not None:
        return row, True
    existing = await conn.fetch_one(_PERSONAL_BY_PAIR, low_id=low_id, high_id=high_id)
    assert existing is not None, "the conflicting personal chat must exist"
    return existing, False


async def lock_chat_for_member(conn: Connection, *, chat_id: int, user_id: int) -> Row | None:
    """Lock the chat if user_id is a member (its lock, see repository.locks, and its row):
    writers of one chat go one at a time, so message ids within a chat grow in commit
    order."""
    chat = await conn.fetch_one(_LOCK_FOR_MEMBER, chat_id=chat_id, user_id=user_id)
    if chat is not None:
        del chat["locked"]
    return chat

"""Retention: which chats hold messages older than they keep, and deleting those in
batches (one short transaction each: no long lock, no table rewrite)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    ARRAY,
    BigInteger,
    DateTime,
    Integer,
    bindparam,
    case,
    cast,
    delete,
    func,
    select,
    update,
)

from messenger.repository.attachments import remove_attachments_of_messages
from messenger.repository.db import LIMIT_ONE, Connection, compile_query
from messenger.repository.tables import chats, members, messages

# Cast: a prepared statement's parameter takes the type PostgreSQL infers from context.
_global_days = cast(bindparam("global_days"), Integer)
# The shorter of the chat's own days and the server's (0 there: no limit of its own).
_days = case(
    (chats.c.retention_days.is_(None), func.nullif(_global_days, 0)),
    (_global_days == 0, chats.c.retention_days),
    else_=func.least(chats.c.retention_days, _global_days),
)
_oldest = (
    select(messages.c.created_at)
    .where(messages.c.chat_id == chats.c.id)
    .order_by(messages.c.id)
    .limit(LIMIT_ONE)
    .scalar_subquery()
)
# One index probe per chat: its oldest message.
_DUE = compile_query(
    select(chats.c.id, _days.label("days"))
    .where(_days.isnot(None), _oldest < func.now() - func.make_interval(0, 0, 0, _days))
    .order_by(chats.c.id)
)
_DOOMED = compile_query(
    select(messages.c.id)
    .where(
        messages.c.chat_id == bindparam("chat_id"),
        messages.c.created_at < bindparam("cutoff", type_=DateTime(timezone=True)),
    )
    .order_by(messages.c.id)
    .limit(bindparam("limit"))
)
_ids = bindparam("message_ids", type_=ARRAY(BigInteger))
_FORGET_REPLIES = compile_query(
    update(messages).where(messages.c.reply_to_id == func.any(_ids)).values(reply_content=None)
)
_DELETE = compile_query(
    delete(messages).where(messages.c.id == func.any(_ids)).returning(messages.c.id)
)
_MEMBER_IDS = compile_query(
    select(members.c.user_id).where(members.c.chat_id == bindparam("chat_id"))
)
_SET_DAYS = compile_query(
    update(chats).where(chats.c.id == bindparam("chat_id")).values(retention_days=bindparam("days"))
)


async def due_chats(conn: Connection, *, global_days: int) -> list[tuple[int, int]]:
    """(chat id, days kept) of every chat whose oldest message is older than it keeps."""
    rows = await conn.fetch_all(_DUE, global_days=global_days)
    return [(row["id"], row["days"]) for row in rows]


async def delete_batch(
    conn: Connection, *, chat_id: int, cutoff: datetime, limit: int
) -> tuple[int, list[str]]:
    """In the caller's transaction: delete up to `limit` of the chat's messages sent
    before `cutoff`, oldest first, with their attachments' rows (reactions, pins and
    mentions go with the rows); replies to them show them deleted. (how many, the
    stored files no row names any more)."""
    doomed = [
        row["id"]
        for row in await conn.fetch_all(_DOOMED, chat_id=chat_id, cutoff=cutoff, limit=limit)
    ]
    if not doomed:
        return 0, []
    stored = await remove_attachments_of_messages(conn, doomed)
    await conn.execute(_FORGET_REPLIES, message_ids=doomed)
    deleted = await conn.fetch_all(_DELETE, message_ids=doomed)
    return len(deleted), stored


async def member_ids(conn: Connection, chat_id: int) -> list[int]:
    return [row["user_id"] for row in await conn.fetch_all(_MEMBER_IDS, chat_id=chat_id)]


async def set_retention_days(conn: Connection, *, chat_id: int, days: int | None) -> None:
    await conn.execute(_SET_DAYS, chat_id=chat_id, days=days)

"""Data exports: the rows that track each zip, and what goes into one."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Interval, bindparam, cast, delete, func, insert, or_, select, update

from messenger.repository.attachments import ATTACHMENT_COLUMNS
from messenger.repository.db import Connection, Row, compile_query
from messenger.repository.tables import attachments, chats, exports, members, messages

_ADD = compile_query(insert(exports).values(user_id=bindparam("user_id")).returning(exports.c.id))
_GET = compile_query(
    select(exports.c.id, exports.c.finished_at, exports.c.size).where(
        exports.c.id == bindparam("export_id"),
        exports.c.user_id == bindparam("user_id"),
        # Past its time it is gone, whether or not the sweep has come by yet.
        exports.c.created_at > func.now() - cast(bindparam("keep"), Interval),
    )
)
# One worker builds an export at a time: the conditional update hands it to one of them,
# until its lease runs out (a worker killed mid-build).
_CLAIM = compile_query(
    update(exports)
    .where(
        exports.c.id == bindparam("export_id"),
        exports.c.finished_at.is_(None),
        or_(exports.c.leased_until.is_(None), exports.c.leased_until < func.now()),
    )
    .values(leased_until=func.now() + bindparam("lease", type_=Interval))
    .returning(exports.c.id, exports.c.user_id)
)
_FINISH = compile_query(
    update(exports)
    .where(exports.c.id == bindparam("export_id"))
    .values(finished_at=func.now(), size=bindparam("size"), leased_until=None)
)
# Unfinished and held by no one, once the API's kick had time to arrive: lost kicks and
# failed or killed builds.
_DUE = compile_query(
    select(exports.c.id)
    .where(
        exports.c.finished_at.is_(None),
        exports.c.created_at < func.now() - cast(bindparam("redeliver"), Interval),
        or_(exports.c.leased_until.is_(None), exports.c.leased_until < func.now()),
    )
    .order_by(exports.c.id)
    .limit(bindparam("limit"))
)
_DELETE_OLD = compile_query(
    delete(exports)
    .where(exports.c.created_at < func.now() - cast(bindparam("keep"), Interval))
    .returning(exports.c.id)
)
_DELETE_OF_USER = compile_query(
    delete(exports).where(exports.c.user_id == bindparam("user_id")).returning(exports.c.id)
)

# What goes into an export.
_CHATS = compile_query(
    select(
        chats.c.id,
        chats.c.is_group_chat,
        chats.c.topic,
        chats.c.created_at,
        members.c.role,
        members.c.joined_at,
    )
    .select_from(chats.join(members, members.c.chat_id == chats.c.id))
    .where(members.c.user_id == bindparam("user_id"))
    .order_by(chats.c.id)
)
# Keyset over the primary key: the batches together walk the table once, with no index
# on messages.user_id for sends to keep up.
_MESSAGES = compile_query(
    select(
        messages.c.id,
        messages.c.chat_id,
        messages.c.content,
        messages.c.created_at,
        messages.c.edited_at,
        messages.c.reply_to_id,
        messages.c.forwarded_from_message_id,
    )
    .where(messages.c.user_id == bindparam("user_id"), messages.c.id > bindparam("after"))
    .order_by(messages.c.id)
    .limit(bindparam("limit"))
)
_ATTACHMENTS = compile_query(
    select(*ATTACHMENT_COLUMNS)
    .where(attachments.c.user_id == bindparam("user_id"), attachments.c.id > bindparam("after"))
    .order_by(attachments.c.id)
    .limit(bindparam("limit"))
)


async def add_export(conn: Connection, user_id: int) -> int:
    value = await conn.fetch_value(_ADD, user_id=user_id)
    return int(value)


async def get_export(
    conn: Connection, *, export_id: int, user_id: int, keep: timedelta
) -> Row | None:
    """The export, if it is user_id's and younger than `keep`."""
    return await conn.fetch_one(_GET, export_id=export_id, user_id=user_id, keep=keep)


async def claim(conn: Connection, export_id: int, *, lease: timedelta) -> Row | None:
    """Hold an unfinished export for `lease`; None if finished, held or gone."""
    return await conn.fetch_one(_CLAIM, export_id=export_id, lease=lease)


async def finish(conn: Connection, export_id: int, size: int) -> bool:
    """Mark it built; False if its row is gone (deleted with its owner)."""
    return await conn.execute(_FINISH, export_id=export_id, size=size) == 1


async def due(conn: Connection, *, redeliver: timedelta, limit: int) -> list[int]:
    rows = await conn.fetch_all(_DUE, redeliver=redeliver, limit=limit)
    return [row["id"] for row in rows]


async def delete_old(conn: Connection, *, keep: timedelta) -> list[int]:
    """Delete the rows of exports older than `keep`; their ids (their files go next)."""
    return [row["id"] for row in await conn.fetch_all(_DELETE_OLD, keep=keep)]


async def delete_exports_of_user(conn: Connection, user_id: int) -> list[int]:
    return [row["id"] for row in await conn.fetch_all(_DELETE_OF_USER, user_id=user_id)]


async def chats_of(conn: Connection, user_id: int) -> list[Row]:
    return await conn.fetch_all(_CHATS, user_id=user_id)


async def messages_of(conn: Connection, user_id: int, *, after: int, limit: int) -> list[Row]:
    return await conn.fetch_all(_MESSAGES, user_id=user_id, after=after, limit=limit)


async def attachments_of(conn: Connection, user_id: int, *, after: int, limit: int) -> list[Row]:
    return await conn.fetch_all(_ATTACHMENTS, user_id=user_id, after=after, limit=limit)

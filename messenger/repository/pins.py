"""Pins: the messages kept on top of a chat, newest pin first."""

from __future__ import annotations

from sqlalchemy import bindparam, delete, func, select, update
from sqlalchemy.dialects.postgresql import insert as pg_insert

from messenger.repository.db import Connection, Row, compile_query
from messenger.repository.messages import MESSAGE_COLUMNS, extras_column
from messenger.repository.tables import messages, pins

_COUNT = compile_query(select(func.count()).where(pins.c.chat_id == bindparam("chat_id")))
_IS_PINNED = compile_query(select(pins.c.id).where(pins.c.message_id == bindparam("message_id")))
_PIN = compile_query(
    pg_insert(pins)
    .values(
        chat_id=bindparam("chat_id"),
        message_id=bindparam("message_id"),
        pinned_by=bindparam("user_id"),
    )
    .on_conflict_do_nothing(index_elements=[pins.c.message_id])
    .returning(pins.c.id)
)
_UNPIN = compile_query(
    delete(pins)
    .where(pins.c.chat_id == bindparam("chat_id"), pins.c.message_id == bindparam("message_id"))
    .returning(pins.c.id)
)
_FLAG = compile_query(
    update(messages)
    .where(messages.c.id == bindparam("message_id"))
    .values(pinned=bindparam("pinned"))
)
_PAGE = compile_query(
    select(pins.c.id.label("pin_id"), *MESSAGE_COLUMNS, extras_column(messages))
    .select_from(pins.join(messages, messages.c.id == pins.c.message_id))
    .where(pins.c.chat_id == bindparam("chat_id"), pins.c.id < bindparam("before"))
    .order_by(pins.c.id.desc())
    .limit(bindparam("limit"))
)


async def count_pins(conn: Connection, chat_id: int) -> int:
    return int(await conn.fetch_value(_COUNT, chat_id=chat_id))


async def is_pinned(conn: Connection, message_id: int) -> bool:
    return await conn.fetch_one(_IS_PINNED, message_id=message_id) is not None


async def pin(conn: Connection, *, chat_id: int, message_id: int, user_id: int) -> bool:
    """Whether the message was not pinned before."""
    added = await conn.fetch_one(_PIN, chat_id=chat_id, message_id=message_id, user_id=user_id)
    if added is not None:  # the message shows it with its row (see the migration)
        await conn.execute(_FLAG, message_id=message_id, pinned=True)
    return added is not None


async def unpin(conn: Connection, *, chat_id: int, message_id: int) -> bool:
    """Whether the message was pinned."""
    removed = await conn.fetch_one(_UNPIN, chat_id=chat_id, message_id=message_id)
    if removed is not None:
        await conn.execute(_FLAG, message_id=message_id, pinned=False)
    return removed is not None


async def get_pins(
    conn: Connection, *, chat_id: int, viewer_id: int, limit: int, before: int | None
) -> list[Row]:
    """The pinned messages as viewer_id sees them, newest pin first, each with `pin_id`."""
    upper = before if before is not None else 2**63 - 1
    return await conn.fetch_all(
        _PAGE, chat_id=chat_id, viewer_id=viewer_id, before=upper, limit=limit
    )

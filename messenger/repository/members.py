"""Chat membership: roles, joins and leaves, read markers."""

from __future__ import annotations

from sqlalchemy import (
    ARRAY,
    BigInteger,
    bindparam,
    delete,
    func,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert

from messenger.repository.db import LIMIT_ONE, Connection, Row, compile_query
from messenger.repository.tables import members, messages, users
from messenger.repository.users import PUBLIC_COLUMNS

MEMBER_COLUMNS = (
    members.c.chat_id,
    members.c.user_id,
    members.c.role,
    members.c.joined_at,
    members.c.last_read_message_id,
)
USER_COLUMNS = tuple(column.label(f"user_{column.name}") for column in PUBLIC_COLUMNS)

_newest_message_id = func.coalesce(
    select(func.max(messages.c.id))
    .where(messages.c.chat_id == bindparam("chat_id", type_=BigInteger))
    .scalar_subquery(),
    0,
)
# A newcomer starts with the history read: joining a busy group must not greet them with
# thousands of unread messages. They can still scroll back through all of it.
_ADD = compile_query(
    pg_insert(members)
    .from_select(
        ["chat_id", "user_id", "role", "last_read_message_id"],
        select(
            bindparam("chat_id", type_=BigInteger),
            func.unnest(bindparam("user_ids", type_=ARRAY(BigInteger))),
            bindparam("role"),
            _newest_message_id,
        ),
    )
    .on_conflict_do_nothing(index_elements=[members.c.chat_id, members.c.user_id])
    .returning(members.c.user_id)
)
_GET = compile_query(
    select(*MEMBER_COLUMNS).where(
        members.c.chat_id == bindparam("chat_id"), members.c.user_id == bindparam("user_id")
    )
)
_LIST = compile_query(
    select(*MEMBER_COLUMNS, *USER_COLUMNS)
    .select_from(members.join(users, users.c.id == members.c.user_id))
    .where(members.c.chat_id == bindparam("chat_id"), members.c.user_id > bindparam("after"))
    .order_by(members.c.user_id)
    .limit(bindparam("limit"))
)
_LIST_SOME = compile_query(
    select(*MEMBER_COLUMNS, *USER_COLUMNS)
    .select_from(members.join(users, users.c.id == members.c.user_id))
    .where(
        members.c.chat_id == bindparam("chat_id"),
        members.c.user_id == func.any(bindparam("user_ids", type_=ARRAY(BigInteger))),
    )
    .order_by(members.c.user_id)
)
_MEMBER_IDS = compile_query(
    select(members.c.user_id).where(members.c.chat_id == bindparam("chat_id"))
)
_REMOVE = compile_query(
    delete(members)
    .where(members.c.chat_id == bindparam("chat_id"), members.c.user_id == bindparam("user_id"))
    .returning(members.c.role)
)
_FIRST_JOINED = compile_query(
    select(members.c.user_id)
    .where(members.c.chat_id == bindparam("chat_id"))
    .order_by(members.c.joined_at, members.c.user_id)
    .limit(LIMIT_ONE)
)
_SET_ROLE = compile_query(
    update(members)
    .where(members.c.chat_id == bindparam("chat_id"), members.c.user_id == bindparam("user_id"))
    .values(role=bindparam("role"))
)
# Forward only, and never past the chat's newest message: a marker set to a future id
# would silently mark messages read before they exist.
_MARK_READ = compile_query(
    update(members)
    .where(members.c.chat_id == bindparam("chat_id"), members.c.user_id == bindparam("user_id"))
    .values(
        last_read_message_id=func.greatest(
            members.c.last_read_message_id,
            func.least(bindparam("message_id", type_=BigInteger), _newest_message_id),
        )
    )
    .returning(members.c.last_read_message_id)
)
_CHATS_OF = compile_query(
    select(members.c.chat_id).where(members.c.user_id == bindparam("user_id"))
)
_SET_MUTED = compile_query(
    update(members)
    .where(members.c.chat_id == bindparam("chat_id"), members.c.user_id == bindparam("user_id"))
    .values(muted=bindparam("muted"))
    .returning(members.c.muted)
)
_UNREAD = compile_query(
    select(func.count()).where(
        messages.c.chat_id == bindparam("chat_id"),
        messages.c.id > bindparam("last_read_message_id"),
        messages.c.user_id != bindparam("user_id"),
    )
)


async def add_members(
    conn: Connection, *, chat_id: int, user_ids: list[int], role: str = "member"
) -> list[int]:
    """Add users to a chat; returns the ids that were not members before."""
    rows = await conn.fetch_all(_ADD, chat_id=chat_id, user_ids=user_ids, role=role)
    return [row["user_id"] for row in rows]


async def get_member(conn: Connection, *, chat_id: int, user_id: int) -> Row | None:
    return await conn.fetch_one(_GET, chat_id=chat_id, user_id=user_id)


async def get_participants_of_chat(
    conn: Connection, *, chat_id: int, after: int = 0, limit: int = 100
) -> list[Row]:
    return await conn.fetch_all(_LIST, chat_id=chat_id, after=after, limit=limit)


async def get_members_by_ids(conn: Connection, *, chat_id: int, user_ids: list[int]) -> list[Row]:
    return await conn.fetch_all(_LIST_SOME, chat_id=chat_id, user_ids=user_ids)


async def member_ids(conn: Connection, chat_id: int) -> list[int]:
    return [row["user_id"] for row in await conn.fetch_all(_MEMBER_IDS, chat_id=chat_id)]


async def remove_member(conn: Connection, *, chat_id: int, user_id: int) -> str | None:
    """Remove a member; returns the role they had, or None if they were not one."""
    row = await conn.fetch_one(_REMOVE, chat_id=chat_id, user_id=user_id)
    return row["role"] if row else None


async def first_joined_member(conn: Connection, chat_id: int) -> int | None:
    value = await conn.fetch_value(_FIRST_JOINED, chat_id=chat_id)
    return int(value) if value is not None else None


async def set_role(conn: Connection, *, chat_id: int, user_id: int, role: str) -> None:
    await conn.execute(_SET_ROLE, chat_id=chat_id, user_id=user_id, role=role)


async def mark_read(conn: Connection, *, chat_id: int, user_id: int, message_id: int) -> int | None:
    """Move the read marker forward; returns the marker now in force."""
    value = await conn.fetch_value(
        _MARK_READ, chat_id=chat_id, user_id=user_id, message_id=message_id
    )
    return int(value) if value is not None else None


async def count_unread(
    conn: Connection, *, chat_id: int, user_id: int, last_read_message_id: int
) -> int:
    value = await conn.fetch_value(
        _UNREAD, chat_id=chat_id, user_id=user_id, last_read_message_id=last_read_message_id
    )
    return int(value or 0)


async def set_muted(conn: Connection, *, chat_id: int, user_id: int, muted: bool) -> bool | None:
    """The member's new setting; None if user_id is no member of the chat."""
    row = await conn.fetch_one(_SET_MUTED, chat_id=chat_id, user_id=user_id, muted=muted)
    return None if row is None else bool(row["muted"])


async def chat_ids_of_user(conn: Connection, user_id: int) -> set[int]:
    return {row["chat_id"] for row in await conn.fetch_all(_CHATS_OF, user_id=user_id)}

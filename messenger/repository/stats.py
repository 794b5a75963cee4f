"""Questions about the data as a whole, for tools (profile, bench), not for requests."""

from __future__ import annotations

from sqlalchemy import func, select

from messenger.repository.db import LIMIT_ONE, Connection, compile_query
from messenger.repository.tables import members, messages, users

_busiest_user = (
    select(members.c.user_id)
    .group_by(members.c.user_id)
    .order_by(func.count().desc(), members.c.user_id)
    .limit(LIMIT_ONE)
    .scalar_subquery()
)
_message_counts = (
    select(messages.c.chat_id, func.count().label("messages"))
    .group_by(messages.c.chat_id)
    .subquery()
)
# The member with the most chats, their busiest chat, and their nick.
_BUSIEST_MEMBER = compile_query(
    select(members.c.user_id, members.c.chat_id, users.c.nick)
    .select_from(
        members.join(users, users.c.id == members.c.user_id).outerjoin(
            _message_counts, _message_counts.c.chat_id == members.c.chat_id
        )
    )
    .where(members.c.user_id == _busiest_user)
    .order_by(func.coalesce(_message_counts.c.messages, 0).desc(), members.c.chat_id)
    .limit(LIMIT_ONE)
)


async def busiest_member(conn: Connection) -> tuple[int, int, str] | None:
    row = await conn.fetch_one(_BUSIEST_MEMBER)
    if row is None:
        return None
    return int(row["user_id"]), int(row["chat_id"]), str(row["nick"])

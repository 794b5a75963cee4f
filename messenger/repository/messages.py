"""Messages: idempotent send, keyset history, edit, delete, clear."""

from __future__ import annotations

from uuid import UUID

from sqlalchemy import (
    BigInteger,
    Float,
    Text,
    Uuid,
    bindparam,
    cast,
    delete,
    exists,
    func,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert

from messenger.repository.db import LIMIT_ONE, Connection, Row, compile_query, compile_script
from messenger.repository.locks import chat_lock
from messenger.repository.tables import chats, members, messages

MESSAGE_COLUMNS = (
    messages.c.id,
    messages.c.chat_id,
    messages.c.user_id,
    messages.c.content,
    messages.c.client_message_id,
    messages.c.created_at,
    messages.c.edited_at,
)

_is_member = exists().where(
    members.c.chat_id == chats.c.id, members.c.user_id == bindparam("user_id")
)
# The chat's lock first, in a statement of its own: the insert's snapshot is then taken
# after the lock was granted and sees every message and membership change committed
# before it (see messaging.add_new_message).
_LOCK_FOR_MEMBER = select(chat_lock(chats.c.id)).where(
    chats.c.id == bindparam("chat_id"), _is_member
)
# The insert takes the lock again (at once: its transaction holds it already) and
# inserts only from the locked row, so should the first statement have found no
# membership that the insert sees, the message still cannot be inserted without the lock.
_locked = (
    select(chats.c.id, chat_lock(chats.c.id).label("locked"))
    .where(chats.c.id == bindparam("chat_id"), _is_member)
    .cte("locked")
)
_inserted = (
    pg_insert(messages)
    .from_select(
        ["chat_id", "user_id", "content", "client_message_id"],
        select(
            _locked.c.id,
            cast(bindparam("user_id"), BigInteger),
            cast(bindparam("content"), Text),
            cast(bindparam("client_message_id"), Uuid),
        ),
    )
    .on_conflict_do_nothing(constraint="messages_client_message_id_key")
    .returning(*MESSAGE_COLUMNS)
    .cte("inserted")
)
# Who hears of the new message (cache, events), in the same round trip.
_audience = (
    select(func.array_agg(members.c.user_id))
    .where(members.c.chat_id == bindparam("chat_id", type_=BigInteger))
    .scalar_subquery()
)
# The chat's newest message before this one, read under the lock (the statement's
# snapshot does not hold the new row): its event must reach Redis before this one's
# (see events.EventBus.publish_in_order). Its age says whether it can still be on its way.
_previous = (
    select(messages.c.id, messages.c.created_at)
    .where(messages.c.chat_id == bindparam("chat_id", type_=BigInteger))
    .order_by(messages.c.id.desc())
    .limit(LIMIT_ONE)
    .cte("previous")
)
_previous_id = select(_previous.c.id).scalar_subquery()
_previous_age = select(
    cast(func.extract("epoch", func.clock_timestamp() - _previous.c.created_at), Float)
).scalar_subquery()
_SEND = compile_script(
    _LOCK_FOR_MEMBER,
    select(
        *_inserted.c,
        _audience.label("audience"),
        _previous_id.label("previous_id"),
        _previous_age.label("previous_age"),
    ),
)
_BY_CLIENT_ID = compile_query(
    select(*MESSAGE_COLUMNS).where(
        messages.c.chat_id == bindparam("chat_id"),
        messages.c.user_id == bindparam("user_id"),
        messages.c.client_message_id == bindparam("client_message_id"),
    )
)
_BEFORE = compile_query(
    select(*MESSAGE_COLUMNS)
    .where(messages.c.chat_id == bindparam("chat_id"), messages.c.id < bindparam("before"))
    .order_by(messages.c.id.desc())
    .limit(bindparam("limit"))
)
_AFTER = compile_query(
    select(*MESSAGE_COLUMNS)
    .where(messages.c.chat_id == bindparam("chat_id"), messages.c.id > bindparam("after"))
    .order_by(messages.c.id)
    .limit(bindparam("limit"))
)
_FOR_MEMBER = compile_query(
    select(*MESSAGE_COLUMNS, members.c.role.label("viewer_role"), chats.c.is_group_chat)
    .select_from(
        messages.join(members, members.c.chat_id == messages.c.chat_id).join(
            chats, chats.c.id == messages.c.chat_id
        )
    )
    .where(messages.c.id == bindparam("message_id"), members.c.user_id == bindparam("viewer_id"))
)
# Seconds since the message was created, by the database's clock (the one created_at
# was taken by): how the event ordering tells whether its creation event can still be
# on its way (events.EventBus.publish_in_order).
_age = cast(func.extract("epoch", func.clock_timestamp() - messages.c.created_at), Float)
_UPDATE_CONTENT = compile_query(
    update(messages)
    .where(messages.c.id == bindparam("message_id"))
    .values(content=bindparam("content"), edited_at=func.now())
    .returning(*MESSAGE_COLUMNS, _age.label("age"))
)
_DELETE = compile_query(
    delete(messages)
    .where(messages.c.id == bindparam("message_id"))
    .returning(*MESSAGE_COLUMNS, _age.label("age"))
)
_DELETE_ALL = compile_query(delete(messages).where(messages.c.chat_id == bindparam("chat_id")))
_NEWEST = compile_query(
    select(messages.c.id, messages.c.created_at, _age.label("age"))
    .where(messages.c.chat_id == bindparam("chat_id"))
    .order_by(messages.c.id.desc())
    .limit(LIMIT_ONE)
)


async def add_new_message(
    conn: Connection,
    *,
    chat_id: int,
    user_id: int,
    content: str,
    client_message_id: UUID | None,
) -> Row | None:
    """Lock the chat and insert a message, in one round trip; the lock is held until the
    transaction ends (on a connection outside a transaction, the two statements are one
    implicit transaction, committed when the round trip ends). None when user_id is not
    a member, or when this client_message_id was already used (see
    get_message_by_client_id). The row carries `audience`, the chat's member ids, and
    `previous_id` and `previous_age` (seconds), the chat's newest message before it
    (None and None for its first)."""
    return await conn.fetch_one(
        _SEND,
        chat_id=chat_id,
        user_id=user_id,
        content=content,
        client_message_id=client_message_id,
    )


async def get_message_by_client_id(
    conn: Connection, *, chat_id: int, user_id: int, client_message_id: UUID
) -> Row | None:
    return await conn.fetch_one(
        _BY_CLIENT_ID, chat_id=chat_id, user_id=user_id, client_message_id=client_message_id
    )


async def get_messages(
    conn: Connection,
    *,
    chat_id: int,
    limit: int,
    before: int | None = None,
    after: int | None = None,
) -> list[Row]:
    """With `after`: messages newer than it, oldest first. Otherwise newest first,
    older than `before` when given."""
    if after is not None:
        return await conn.fetch_all(_AFTER, chat_id=chat_id, after=after, limit=limit)
    upper = before if before is not None else 2**63 - 1
    return await conn.fetch_all(_BEFORE, chat_id=chat_id, before=upper, limit=limit)


async def get_message_for_member(
    conn: Connection, *, message_id: int, viewer_id: int
) -> Row | None:
    """The message with the viewer's role in its chat; None if either is missing."""
    return await conn.fetch_one(_FOR_MEMBER, message_id=message_id, viewer_id=viewer_id)


async def change_message_content(conn: Connection, *, message_id: int, content: str) -> Row | None:
    return await conn.fetch_one(_UPDATE_CONTENT, message_id=message_id, content=content)


async def remove_message(conn: Connection, message_id: int) -> Row | None:
    return await conn.fetch_one(_DELETE, message_id=message_id)


async def remove_all_messages(conn: Connection, chat_id: int) -> int:
    return await conn.execute(_DELETE_ALL, chat_id=chat_id)


async def get_newest_message(conn: Connection, chat_id: int) -> Row | None:
    """The id, created_at and age (seconds) of the chat's newest message."""
    return await conn.fetch_one(_NEWEST, chat_id=chat_id)

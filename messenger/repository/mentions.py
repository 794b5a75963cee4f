"""What the mention mail reads: mentions old enough and not yet considered, with whether
each is still unread in a chat that is not muted; and how far it has looked.

Mentions are taken in (created_at, message_id, user_id) order, past the point the last
run reached. `created_at` is the sending transaction's time, so a mention can commit a
little after a later-stamped one; taking only mentions older than the delay (seconds
to minutes, against transactions that last milliseconds) leaves none behind.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import Integer, Interval, bindparam, cast, delete, func, select, tuple_
from sqlalchemy.dialects.postgresql import insert as pg_insert

from messenger.repository.db import Connection, Row, compile_query
from messenger.repository.tables import (
    chats,
    members,
    mention_mail_progress,
    mentions,
    messages,
    users,
)

# One run at a time; a two-key advisory lock, beside the digest's (repository.digests).
MENTION_LOCK_KEYS = (0x6D73_6764, 2)
_START = (datetime(1970, 1, 1).astimezone(), 0, 0)

_author = users.alias("author")
# Notification mails go to confirmed addresses only (docs/API.md, "Accounts").
_mentioned = users.alias("mentioned")
_DUE = compile_query(
    select(
        mentions.c.user_id,
        mentions.c.chat_id,
        mentions.c.message_id,
        mentions.c.created_at,
        (
            (mentions.c.message_id > members.c.last_read_message_id)
            & members.c.muted.is_(False)
            & _mentioned.c.email_verified
        ).label("wanted"),
        chats.c.is_group_chat,
        chats.c.topic,
        _author.c.name.label("author_name"),
    )
    .select_from(
        mentions.join(
            members,
            (members.c.chat_id == mentions.c.chat_id) & (members.c.user_id == mentions.c.user_id),
        )
        .join(chats, chats.c.id == mentions.c.chat_id)
        .join(messages, messages.c.id == mentions.c.message_id)
        .join(_author, _author.c.id == messages.c.user_id)
        .join(_mentioned, _mentioned.c.id == mentions.c.user_id)
    )
    .where(
        tuple_(mentions.c.created_at, mentions.c.message_id, mentions.c.user_id)
        > tuple_(bindparam("after_at"), bindparam("after_message_id"), bindparam("after_user_id")),
        mentions.c.created_at < func.now() - cast(bindparam("delay"), Interval),
    )
    .order_by(mentions.c.created_at, mentions.c.message_id, mentions.c.user_id)
    .limit(bindparam("limit"))
)
_PROGRESS = compile_query(
    select(
        mention_mail_progress.c.created_at,
        mention_mail_progress.c.message_id,
        mention_mail_progress.c.user_id,
    )
)
_SAVE_PROGRESS = compile_query(
    pg_insert(mention_mail_progress)
    .values(
        id=True,
        created_at=bindparam("created_at"),
        message_id=bindparam("message_id"),
        user_id=bindparam("user_id"),
    )
    .on_conflict_do_update(
        index_elements=[mention_mail_progress.c.id],
        set_={
            "created_at": bindparam("created_at"),
            "message_id": bindparam("message_id"),
            "user_id": bindparam("user_id"),
        },
    )
)
_LOCK = compile_query(
    select(
        func.pg_try_advisory_xact_lock(
            bindparam("lock_class", type_=Integer), bindparam("lock_id", type_=Integer)
        )
    )
)


async def try_lock(conn: Connection) -> bool:
    """Take the mention-mail lock for this transaction; False if another run holds it."""
    lock_class, lock_id = MENTION_LOCK_KEYS
    return bool(await conn.fetch_value(_LOCK, lock_class=lock_class, lock_id=lock_id))


async def due_mentions(conn: Connection, *, delay: timedelta, limit: int) -> list[Row]:
    """The next mentions older than `delay` past the saved progress, in order, each
    with `wanted`: still unread by its member, in a chat they have not muted, and their
    address confirmed."""
    row = await conn.fetch_one(_PROGRESS)
    after = (row["created_at"], row["message_id"], row["user_id"]) if row else _START
    return await conn.fetch_all(
        _DUE,
        after_at=after[0],
        after_message_id=after[1],
        after_user_id=after[2],
        delay=delay,
        limit=limit,
    )


async def save_progress(conn: Connection, last: Row) -> None:
    """Mentions up to `last` (in the order of due_mentions) are done with."""
    await conn.execute(
        _SAVE_PROGRESS,
        created_at=last["created_at"],
        message_id=last["message_id"],
        user_id=last["user_id"],
    )


_DELETE_OF_USER = compile_query(delete(mentions).where(mentions.c.user_id == bindparam("user_id")))


async def delete_mentions_of_user(conn: Connection, user_id: int) -> None:
    """The unread mentions of someone who has left every chat count for nothing."""
    await conn.execute(_DELETE_OF_USER, user_id=user_id)

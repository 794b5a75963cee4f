"""What the unread digest reports, and the per-member mark of what it has reported.

A member's messages for the digest are others' messages above both their read marker
and their `digested_message_id`, and old enough. Only a prefix of the chat's ids is
taken: message ids grow in commit order while `created_at` is the sender's transaction
start, so a newer id can carry an older time; stopping below the first young message
keeps the mark from jumping over a message that is not old enough yet.
"""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import (
    ARRAY,
    BigInteger,
    Integer,
    Interval,
    bindparam,
    cast,
    exists,
    func,
    select,
    true,
    update,
)

from messenger.repository.db import LIMIT_ONE, Connection, Row, compile_query
from messenger.repository.tables import chats, members, messages, users

# One digest run at a time (a transaction-scoped advisory lock): two runs reading the
# same marks would report the same messages twice. A two-key lock: those never meet the
# one-key locks of chats (repository.locks).
DIGEST_LOCK_KEYS = (0x6D73_6764, 1)  # "msgd"
_NO_ID = 2**63 - 1

_seen = func.greatest(members.c.last_read_message_id, members.c.digested_message_id)
_young = messages.alias("young")
_first_young = (
    select(func.min(_young.c.id))
    .where(
        _young.c.chat_id == members.c.chat_id,
        _young.c.id > _seen,
        _young.c.created_at > func.now() - cast(bindparam("min_age"), Interval),
    )
    .scalar_subquery()
)
# A muted chat sends its member no mail, nor does any chat a member with an unconfirmed
# address (docs/API.md, "Accounts").
_pending = (
    select(
        members.c.chat_id,
        members.c.user_id,
        _seen.label("seen"),
        func.coalesce(_first_young, _NO_ID).label("stop_at"),
    )
    .where(
        members.c.muted.is_(False),
        exists().where(users.c.id == members.c.user_id, users.c.email_verified),
    )
    .cte("pending")
)
_counted = (
    select(
        _pending.c.user_id,
        _pending.c.chat_id,
        func.count().label("unread"),
        func.max(messages.c.id).label("up_to"),
    )
    .select_from(
        _pending.join(
            messages,
            (messages.c.chat_id == _pending.c.chat_id)
            & (messages.c.id > _pending.c.seen)
            & (messages.c.id < _pending.c.stop_at)
            & (messages.c.user_id != _pending.c.user_id),
        )
    )
    .group_by(_pending.c.user_id, _pending.c.chat_id)
    .cte("counted")
)
_other_member = members.alias("other_member")
# A personal chat has no topic: the digest names it after the other member.
_other = (
    select(users.c.name)
    .select_from(_other_member.join(users, users.c.id == _other_member.c.user_id))
    .where(
        _other_member.c.chat_id == _counted.c.chat_id,
        _other_member.c.user_id != _counted.c.user_id,
    )
    .order_by(_other_member.c.user_id)
    .limit(LIMIT_ONE)
    .lateral("other")
)
_UNREAD = compile_query(
    select(
        _counted.c.user_id,
        _counted.c.chat_id,
        _counted.c.unread,
        _counted.c.up_to,
        chats.c.is_group_chat,
        chats.c.topic,
        _other.c.name.label("other_name"),
    )
    .select_from(_counted.join(chats, chats.c.id == _counted.c.chat_id).outerjoin(_other, true()))
    .order_by(_counted.c.user_id, _counted.c.chat_id)
)
_marks = (
    func.unnest(
        bindparam("chat_ids", type_=ARRAY(BigInteger)),
        bindparam("user_ids", type_=ARRAY(BigInteger)),
        bindparam("up_tos", type_=ARRAY(BigInteger)),
    )
    .table_valued("chat_id", "user_id", "up_to")
    .render_derived(name="marks")
)
_MARK = compile_query(
    update(members)
    .where(members.c.chat_id == _marks.c.chat_id, members.c.user_id == _marks.c.user_id)
    .values(digested_message_id=func.greatest(members.c.digested_message_id, _marks.c.up_to))
)
_LOCK = compile_query(
    select(
        func.pg_try_advisory_xact_lock(
            bindparam("lock_class", type_=Integer), bindparam("lock_id", type_=Integer)
        )
    )
)


async def try_lock(conn: Connection) -> bool:
    """Take the digest lock for this transaction; False if another run holds it."""
    lock_class, lock_id = DIGEST_LOCK_KEYS
    return bool(await conn.fetch_value(_LOCK, lock_class=lock_class, lock_id=lock_id))


async def unread_for_digest(conn: Connection, *, min_age: timedelta) -> list[Row]:
    """Per (user, chat): others' messages not read, not digested, older than min_age;
    their count and the highest id; ordered by user."""
    return await conn.fetch_all(_UNREAD, min_age=min_age)


async def mark_digested(conn: Connection, rows: list[Row]) -> None:
    """Move each member's digest mark up to the `up_to` of its row (never back)."""
    if not rows:
        return
    await conn.execute(
        _MARK,
        chat_ids=[row["chat_id"] for row in rows],
        user_ids=[row["user_id"] for row in rows],
        up_tos=[row["up_to"] for row in rows],
    )

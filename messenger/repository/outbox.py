"""The mail outbox: mails written with what they announce, claimed and settled by workers.

A row is pending until it is settled: `sent_at` (delivered) or `failed_at` (refused for
good, or out of attempts). A worker sends a row only while it holds it: `claim` sets
`claimed_until` (a lease) in one conditional UPDATE, so two deliveries of the same task
never both send; a lease that runs out (a killed worker) frees the row again. The relay
hands due rows (`next_attempt_at` passed, not held) to the broker and pushes
`next_attempt_at` on, so a row whose kick is lost comes round again.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from sqlalchemy import (
    ARRAY,
    BigInteger,
    Boolean,
    Interval,
    Text,
    any_,
    bindparam,
    case,
    cast,
    delete,
    func,
    insert,
    literal,
    literal_column,
    or_,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import JSONB

from messenger.repository.db import Connection, Row, compile_query
from messenger.repository.tables import mail_outbox, users

CHAT_CREATED = "chat_created"
UNREAD_DIGEST = "unread_digest"
MENTIONS = "mentions"
VERIFY_EMAIL = "verify_email"
RESET_PASSWORD = "reset_password"  # noqa: S105 - a purpose, not a password

_now = func.now()
_unsettled = (mail_outbox.c.sent_at.is_(None), mail_outbox.c.failed_at.is_(None))
_not_held = or_(mail_outbox.c.claimed_until.is_(None), mail_outbox.c.claimed_until < _now)

_creator = users.alias("creator")
# Notification mails go to confirmed addresses only (docs/API.md, "Accounts").
_recipient = users.alias("recipient")
# One row per recipient; the creator's name and nick are copied into the payload, so the
# mail tells who started the chat even if they rename themselves before it is sent.
_ADD_CHAT_CREATED = compile_query(
    insert(mail_outbox)
    .from_select(
        ["kind", "user_id", "payload", "next_attempt_at"],
        select(
            literal(CHAT_CREATED),
            _recipient.c.id,
            cast(bindparam("payload"), JSONB).op("||")(
                func.jsonb_build_object(
                    cast(literal("creator_name"), Text),
                    _creator.c.name,
                    cast(literal("creator_nick"), Text),
                    _creator.c.nick,
                )
            ),
            _now + bindparam("redeliver", type_=Interval),
        ).where(
            _creator.c.id == bindparam("creator_id"),
            _recipient.c.id == any_(bindparam("user_ids", type_=ARRAY(BigInteger))),
            _recipient.c.email_verified,
        ),
    )
    .returning(mail_outbox.c.id)
)
_ADD = compile_query(
    insert(mail_outbox)
    .values(
        kind=bindparam("mail_kind"),
        user_id=bindparam("recipient_id"),
        payload=cast(bindparam("mail_payload"), JSONB),
        next_attempt_at=_now + bindparam("redeliver", type_=Interval),
    )
    .returning(mail_outbox.c.id)
)
_CLAIM = compile_query(
    update(mail_outbox)
    .where(
        mail_outbox.c.id == bindparam("mail_id"),
        *_unsettled,
        _not_held,
        users.c.id == mail_outbox.c.user_id,
    )
    .values(
        claimed_until=_now + bindparam("lease", type_=Interval),
        attempts=mail_outbox.c.attempts + 1,
    )
    .returning(
        mail_outbox.c.id,
        mail_outbox.c.kind,
        mail_outbox.c.payload,
        mail_outbox.c.attempts,
        users.c.email,
        users.c.name,
        users.c.nick,
    )
)
# A settled mail keeps no single-use token: the account_tokens row holds its hash alone.
_without_token = mail_outbox.c.payload.op("-")(literal_column("'token'::text"))
_MARK_SENT = compile_query(
    update(mail_outbox)
    .where(mail_outbox.c.id == bindparam("mail_id"), *_unsettled)
    .values(sent_at=_now, claimed_until=None, last_error=None, payload=_without_token)
)
# Fenced by the attempt number: a worker whose lease ran out and passed to another
# worker must not release (or fail) the row under that worker.
_RECORD_FAILURE = compile_query(
    update(mail_outbox)
    .where(
        mail_outbox.c.id == bindparam("mail_id"),
        mail_outbox.c.attempts == bindparam("attempt"),
        *_unsettled,
    )
    .values(
        claimed_until=None,
        last_error=bindparam("error"),
        next_attempt_at=_now + bindparam("retry_after", type_=Interval),
        failed_at=case((bindparam("give_up", type_=Boolean), _now), else_=None),
        payload=case(
            (bindparam("give_up", type_=Boolean), _without_token), else_=mail_outbox.c.payload
        ),
    )
)
_due = (
    select(mail_outbox.c.id)
    .where(*_unsettled, mail_outbox.c.next_attempt_at <= _now, _not_held)
    .order_by(mail_outbox.c.next_attempt_at)
    .limit(bindparam("limit"))
    # Two relays at once split the due rows between them instead of both kicking each.
    .with_for_update(skip_locked=True)
)
_TAKE_DUE = compile_query(
    update(mail_outbox)
    .where(mail_outbox.c.id.in_(_due.scalar_subquery()))
    .values(next_attempt_at=_now + bindparam("redeliver", type_=Interval))
    .returning(mail_outbox.c.id)
)
_GET = compile_query(select(mail_outbox).where(mail_outbox.c.id == bindparam("mail_id")))


async def add_chat_created_mails(
    conn: Connection,
    *,
    chat: Row,
    creator_id: int,
    recipient_ids: list[int],
    redeliver: timedelta,
) -> list[int]:
    """One mail per recipient announcing the chat; returns their ids."""
    if not recipient_ids:
        return []
    payload = {
        "chat_id": chat["id"],
        "is_group_chat": chat["is_group_chat"],
        "topic": chat["topic"],
    }
    rows = await conn.fetch_all(
        _ADD_CHAT_CREATED,
        user_ids=recipient_ids,
        payload=payload,
        creator_id=creator_id,
        redeliver=redeliver,
    )
    return [row["id"] for row in rows]


async def add_mail(
    conn: Connection, *, kind: str, user_id: int, payload: dict[str, Any], redeliver: timedelta
) -> int:
    value = await conn.fetch_value(
        _ADD, mail_kind=kind, recipient_id=user_id, mail_payload=payload, redeliver=redeliver
    )
    return int(value)


async def claim(conn: Connection, mail_id: int, *, lease: timedelta) -> Row | None:
    """Take the mail for one attempt, with its recipient; None if it is settled or held."""
    return await conn.fetch_one(_CLAIM, mail_id=mail_id, lease=lease)


async def mark_sent(conn: Connection, mail_id: int) -> bool:
    return await conn.execute(_MARK_SENT, mail_id=mail_id) == 1


async def record_failure(
    conn: Connection,
    mail_id: int,
    *,
    attempt: int,
    error: str,
    retry_after: timedelta,
    give_up: bool,
) -> bool:
    """Release the mail after a failed attempt (or settle it as failed when give_up)."""
    changed = await conn.execute(
        _RECORD_FAILURE,
        mail_id=mail_id,
        attempt=attempt,
        error=error,
        retry_after=retry_after,
        give_up=give_up,
    )
    return changed == 1


async def take_due(conn: Connection, *, limit: int, redeliver: timedelta) -> list[int]:
    """Ids of mails due to be handed to the broker; each is not due again for `redeliver`."""
    rows = await conn.fetch_all(_TAKE_DUE, limit=limit, redeliver=redeliver)
    return sorted(row["id"] for row in rows)


async def get_mail(conn: Connection, mail_id: int) -> Row | None:
    return await conn.fetch_one(_GET, mail_id=mail_id)


_DELETE_OF_USER = compile_query(
    delete(mail_outbox).where(mail_outbox.c.user_id == bindparam("user_id"))
)


async def delete_mails_of_user(conn: Connection, user_id: int) -> None:
    """Sent or not: a deleted account's mails carried its address (and its links)."""
    await conn.execute(_DELETE_OF_USER, user_id=user_id)

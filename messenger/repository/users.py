"""Users: registration, lookup, search, profile changes."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import psycopg2.errors
from sqlalchemy import (
    ARRAY,
    BigInteger,
    DateTime,
    bindparam,
    case,
    func,
    insert,
    or_,
    select,
    update,
)

from messenger.errors import Conflict, ErrorDetail
from messenger.repository.db import Connection, Row, compile_query
from messenger.repository.tables import members, users

PUBLIC_COLUMNS = (
    users.c.id,
    users.c.nick,
    users.c.name,
    users.c.avatar,
    users.c.created_at,
    users.c.email,
    users.c.show_presence,
    users.c.last_seen_at,
    users.c.email_verified,
)

# Unique index name -> the request field it protects.
UNIQUE_FIELDS = {"users_nick_lower_key": "nick", "users_email_lower_key": "email"}

_INSERT = compile_query(
    insert(users)
    .values(
        nick=bindparam("nick"),
        name=bindparam("name"),
        email=bindparam("email"),
        password_hash=bindparam("password_hash"),
        avatar=bindparam("avatar"),
    )
    .returning(*PUBLIC_COLUMNS)
)
_BY_ID = compile_query(select(*PUBLIC_COLUMNS).where(users.c.id == bindparam("user_id")))
_BY_LOGIN = compile_query(
    select(*PUBLIC_COLUMNS, users.c.password_hash, users.c.deactivated_at).where(
        or_(
            func.lower(users.c.nick) == func.lower(bindparam("login")),
            func.lower(users.c.email) == func.lower(bindparam("login")),
        )
    )
)
_SEARCH = compile_query(
    select(*PUBLIC_COLUMNS)
    .where(
        or_(
            func.lower(users.c.nick).like(bindparam("prefix"), escape="\\"),
            func.lower(users.c.name).like(bindparam("prefix"), escape="\\"),
        ),
        users.c.id > bindparam("after"),
        users.c.deleted_at.is_(None),
    )
    .order_by(users.c.id)
    .limit(bindparam("limit"))
)
# A deleted account is no one to add to a chat or to write to.
_EXISTING_IDS = compile_query(
    select(users.c.id).where(
        users.c.id == func.any(bindparam("user_ids")), users.c.deleted_at.is_(None)
    )
)


def raise_if_taken(error: psycopg2.errors.UniqueViolation) -> None:
    constraint = getattr(error.diag, "constraint_name", None)
    field_name = UNIQUE_FIELDS.get(constraint or "")
    if field_name is None:
        raise error
    raise Conflict(
        f"{field_name} is already taken",
        [ErrorDetail(f"/{field_name}", f"this {field_name} is already taken")],
    ) from None


async def add_new_user(
    conn: Connection, *, nick: str, name: str, email: str, password_hash: str, avatar: str | None
) -> Row:
    try:
        row = await conn.fetch_one(
            _INSERT, nick=nick, name=name, email=email, password_hash=password_hash, avatar=avatar
        )
    except psycopg2.errors.UniqueViolation as error:
        raise_if_taken(error)
        raise
    assert row is not None
    return row


async def get_user(conn: Connection, user_id: int) -> Row | None:
    return await conn.fetch_one(_BY_ID, user_id=user_id)


async def get_user_for_login(conn: Connection, login: str) -> Row | None:
    return await conn.fetch_one(_BY_LOGIN, login=login)


def like_prefix(text: str) -> str:
    """A LIKE pattern matching strings that start with text, taken literally."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%"


async def get_users(conn: Connection, *, query: str, after: int, limit: int) -> list[Row]:
    return await conn.fetch_all(_SEARCH, prefix=like_prefix(query), after=after, limit=limit)


async def existing_user_ids(conn: Connection, user_ids: list[int]) -> set[int]:
    rows = await conn.fetch_all(_EXISTING_IDS, user_ids=user_ids)
    return {row["id"] for row in rows}


async def update_user(conn: Connection, user_id: int, changes: dict[str, Any]) -> Row | None:
    """Apply a profile patch; which fields change varies, so this one compiles per call."""
    if not changes:
        return await get_user(conn, user_id)
    values: dict[str, Any] = {key: bindparam(f"new_{key}") for key in changes}
    if "email" in changes:
        # A new address is unverified until its own link is followed (docs/API.md).
        values["email_verified"] = case(
            (
                func.lower(users.c.email) == func.lower(bindparam("new_email")),
                users.c.email_verified,
            ),
            else_=False,
        )
    statement = (
        update(users)
        .where(users.c.id == bindparam("user_id"))
        .values(**values)
        .returning(*PUBLIC_COLUMNS)
    )
    values = {f"new_{key}": value for key, value in changes.items()}
    try:
        return await conn.fetch_one(compile_query(statement), user_id=user_id, **values)
    except psycopg2.errors.UniqueViolation as error:
        raise_if_taken(error)
        raise


_m_self = members.alias("mine")
_m_other = members.alias("theirs")
_SHARING = compile_query(
    select(_m_other.c.user_id)
    .distinct()
    .select_from(_m_self.join(_m_other, _m_other.c.chat_id == _m_self.c.chat_id))
    .where(
        _m_self.c.user_id == bindparam("viewer_id"),
        _m_other.c.user_id == func.any(bindparam("user_ids", type_=ARRAY(BigInteger))),
    )
)
_AUDIENCE = compile_query(
    select(_m_other.c.user_id)
    .distinct()
    .select_from(_m_self.join(_m_other, _m_other.c.chat_id == _m_self.c.chat_id))
    .where(_m_self.c.user_id == bindparam("user_id"), _m_other.c.user_id != bindparam("user_id"))
)
_SEEN = (
    func.unnest(
        bindparam("user_ids", type_=ARRAY(BigInteger)),
        bindparam("seen", type_=ARRAY(DateTime(timezone=True))),
    )
    .table_valued("user_id", "seen")
    .render_derived(name="seen")
)
_SET_SEEN = compile_query(
    update(users)
    .where(users.c.id == _SEEN.c.user_id)
    .values(last_seen_at=func.greatest(users.c.last_seen_at, _SEEN.c.seen))
)


async def sharing_a_chat(conn: Connection, *, viewer_id: int, user_ids: list[int]) -> set[int]:
    """Those of user_ids who share a chat with viewer_id (viewer_id too, if in a chat)."""
    if not user_ids:
        return set()
    rows = await conn.fetch_all(_SHARING, viewer_id=viewer_id, user_ids=user_ids)
    return {row["user_id"] for row in rows}


async def people_sharing_a_chat(conn: Connection, user_id: int) -> list[int]:
    """Everyone else in any chat of user_id: who may see their presence."""
    return [row["user_id"] for row in await conn.fetch_all(_AUDIENCE, user_id=user_id)]


async def record_last_seen(conn: Connection, seen: dict[int, datetime]) -> int:
    """One statement for a batch of users: when each was last seen (never moves back)."""
    if not seen:
        return 0
    users_ids = list(seen)
    return await conn.execute(_SET_SEEN, user_ids=users_ids, seen=[seen[u] for u in users_ids])


_PASSWORD_HASH = compile_query(
    select(users.c.password_hash).where(users.c.id == bindparam("user_id"))
)
_SET_PASSWORD_HASH = compile_query(
    update(users)
    .where(users.c.id == bindparam("user_id"))
    .values(password_hash=bindparam("password_hash"))
)


async def get_password_hash(conn: Connection, user_id: int) -> str | None:
    value = await conn.fetch_value(_PASSWORD_HASH, user_id=user_id)
    return str(value) if value is not None else None


async def set_password_hash(conn: Connection, user_id: int, password_hash: str) -> None:
    await conn.execute(_SET_PASSWORD_HASH, user_id=user_id, password_hash=password_hash)


_BY_EMAIL = compile_query(
    select(users.c.id, users.c.email).where(
        func.lower(users.c.email) == func.lower(bindparam("email"))
    )
)
_VERIFY = compile_query(
    update(users)
    .where(
        users.c.id == bindparam("user_id"),
        func.lower(users.c.email) == func.lower(bindparam("email")),
    )
    .values(email_verified=True)
)


async def get_user_by_email(conn: Connection, email: str) -> Row | None:
    return await conn.fetch_one(_BY_EMAIL, email=email)


async def mark_email_verified(conn: Connection, *, user_id: int, email: str) -> bool:
    """Verified, if `email` is still the user's address; whether it is."""
    return await conn.execute(_VERIFY, user_id=user_id, email=email) == 1


# The name every deleted account shows (docs/API.md, "Accounts").
DELETED_NAME = "Deleted user"
_DELETE_ACCOUNT = compile_query(
    update(users)
    .where(users.c.id == bindparam("user_id"), users.c.deleted_at.is_(None))
    .values(
        nick=None,
        name=DELETED_NAME,
        email=None,
        password_hash=None,
        avatar=None,
        email_verified=False,
        show_presence=False,
        last_seen_at=None,
        deleted_at=func.now(),
    )
)


async def clear_account(conn: Connection, user_id: int) -> bool:
    """Forget what identified the person; the row stays for their messages. Whether it
    was an account still."""
    return await conn.execute(_DELETE_ACCOUNT, user_id=user_id) == 1

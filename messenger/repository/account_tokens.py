"""Single-use tokens mailed to verify an address or to reset a password, stored as
SHA-256 hashes with the address they were mailed to and an expiry."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Interval, bindparam, delete, func, insert, update

from messenger.repository.db import Connection, Row, compile_query
from messenger.repository.tables import account_tokens

VERIFY_EMAIL = "verify_email"
RESET_PASSWORD = "reset_password"  # noqa: S105 - a purpose, not a password

_ADD = compile_query(
    insert(account_tokens).values(
        user_id=bindparam("user_id"),
        purpose=bindparam("purpose"),
        token_hash=bindparam("token_hash"),
        email=bindparam("email"),
        expires_at=func.now() + bindparam("valid_for", type_=Interval),
    )
)
# Used at most once: the one UPDATE that finds it unused takes it.
_USE = compile_query(
    update(account_tokens)
    .where(
        account_tokens.c.token_hash == bindparam("token_hash"),
        account_tokens.c.purpose == bindparam("purpose"),
        account_tokens.c.used_at.is_(None),
        account_tokens.c.expires_at > func.now(),
    )
    .values(used_at=func.now())
    .returning(account_tokens.c.user_id, account_tokens.c.email)
)
# A new password ends every reset link still out, as a verified address ends its others.
_RETIRE = compile_query(
    update(account_tokens)
    .where(
        account_tokens.c.user_id == bindparam("user_id"),
        account_tokens.c.purpose == bindparam("purpose"),
        account_tokens.c.used_at.is_(None),
    )
    .values(used_at=func.now())
)


async def add_token(
    conn: Connection,
    *,
    user_id: int,
    purpose: str,
    token_hash: bytes,
    email: str,
    valid_for: timedelta,
) -> None:
    await conn.execute(
        _ADD,
        user_id=user_id,
        purpose=purpose,
        token_hash=token_hash,
        email=email,
        valid_for=valid_for,
    )


async def use_token(conn: Connection, *, purpose: str, token_hash: bytes) -> Row | None:
    """The token's user_id and email, if it is good: unused, unexpired, of this purpose.
    It is used up by this call."""
    return await conn.fetch_one(_USE, purpose=purpose, token_hash=token_hash)


async def retire_tokens(conn: Connection, *, user_id: int, purpose: str) -> None:
    await conn.execute(_RETIRE, user_id=user_id, purpose=purpose)


_DELETE_ALL = compile_query(
    delete(account_tokens).where(account_tokens.c.user_id == bindparam("user_id"))
)


async def delete_all(conn: Connection, *, user_id: int) -> None:
    await conn.execute(_DELETE_ALL, user_id=user_id)

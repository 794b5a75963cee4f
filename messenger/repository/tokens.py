"""Bearer tokens (sessions), stored as SHA-256 hashes with an expiry, a revocation mark,
when they were last used (at most once a minute) and the client that opened them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, delete, func, insert, literal_column, select, update

from messenger.repository.db import Connection, Row, compile_query
from messenger.repository.tables import tokens, users
from messenger.repository.users import PUBLIC_COLUMNS

_live = (tokens.c.revoked_at.is_(None), tokens.c.expires_at > func.now())

_INSERT = compile_query(
    insert(tokens).values(
        token_hash=bindparam("token_hash"),
        user_id=bindparam("user_id"),
        expires_at=bindparam("expires_at"),
        user_agent=bindparam("user_agent"),
    )
)
_USER_BY_TOKEN = compile_query(
    select(
        *PUBLIC_COLUMNS,
        tokens.c.expires_at.label("token_expires_at"),
        tokens.c.id.label("token_id"),
        tokens.c.last_used_at.label("token_last_used_at"),
    )
    .select_from(tokens.join(users, users.c.id == tokens.c.user_id))
    .where(tokens.c.token_hash == bindparam("token_hash"), *_live)
)
# Only once the last mark is a minute old: concurrent requests write it once.
_TOUCH = compile_query(
    update(tokens)
    .where(
        tokens.c.id == bindparam("token_id"),
        (tokens.c.last_used_at.is_(None))
        | (tokens.c.last_used_at < func.now() - literal_column("interval '1 minute'")),
    )
    .values(last_used_at=func.now())
)
_REVOKE = compile_query(
    update(tokens)
    .where(tokens.c.token_hash == bindparam("token_hash"), tokens.c.revoked_at.is_(None))
    .values(revoked_at=func.now())
)
_SESSIONS = compile_query(
    select(
        tokens.c.id,
        tokens.c.created_at,
        tokens.c.last_used_at,
        tokens.c.user_agent,
        (tokens.c.token_hash == bindparam("current_hash")).label("current"),
    )
    .where(tokens.c.user_id == bindparam("user_id"), *_live)
    .order_by(func.coalesce(tokens.c.last_used_at, tokens.c.created_at).desc(), tokens.c.id.desc())
)
_REVOKE_SESSION = compile_query(
    update(tokens)
    .where(tokens.c.id == bindparam("session_id"), tokens.c.user_id == bindparam("user_id"), *_live)
    .values(revoked_at=func.now())
    .returning(tokens.c.token_hash)
)
_REVOKE_OTHERS = compile_query(
    update(tokens)
    .where(
        tokens.c.user_id == bindparam("user_id"),
        tokens.c.token_hash != bindparam("keep_hash"),
        tokens.c.revoked_at.is_(None),
    )
    .values(revoked_at=func.now())
    .returning(tokens.c.token_hash)
)

_REVOKE_ALL = compile_query(
    update(tokens)
    .where(tokens.c.user_id == bindparam("user_id"), tokens.c.revoked_at.is_(None))
    .values(revoked_at=func.now())
    .returning(tokens.c.token_hash)
)


async def add_token(
    conn: Connection,
    *,
    token_hash: bytes,
    user_id: int,
    expires_at: datetime,
    user_agent: str | None = None,
) -> None:
    await conn.execute(
        _INSERT,
        token_hash=token_hash,
        user_id=user_id,
        expires_at=expires_at,
        user_agent=user_agent,
    )


async def get_user_by_token(conn: Connection, token_hash: bytes) -> Row | None:
    """The user, with `token_id`, `token_expires_at` and `token_last_used_at`."""
    return await conn.fetch_one(_USER_BY_TOKEN, token_hash=token_hash)


async def touch(conn: Connection, token_id: int) -> None:
    await conn.execute(_TOUCH, token_id=token_id)


async def revoke_token(conn: Connection, token_hash: bytes) -> bool:
    return await conn.execute(_REVOKE, token_hash=token_hash) > 0


async def sessions(conn: Connection, *, user_id: int, current_hash: bytes) -> list[Row]:
    """The user's live tokens, the most recently used first."""
    return await conn.fetch_all(_SESSIONS, user_id=user_id, current_hash=current_hash)


async def revoke_session(conn: Connection, *, user_id: int, session_id: int) -> bytes | None:
    """Revoke one live token of the user; its hash, or None if there is none such."""
    row = await conn.fetch_one(_REVOKE_SESSION, user_id=user_id, session_id=session_id)
    return bytes(row["token_hash"]) if row is not None else None


async def revoke_others(conn: Connection, *, user_id: int, keep_hash: bytes) -> list[bytes]:
    """Revoke every token of the user but one; the hashes revoked."""
    rows = await conn.fetch_all(_REVOKE_OTHERS, user_id=user_id, keep_hash=keep_hash)
    return [bytes(row["token_hash"]) for row in rows]


async def revoke_all(conn: Connection, *, user_id: int) -> list[bytes]:
    """Revoke every token of the user; the hashes revoked."""
    rows = await conn.fetch_all(_REVOKE_ALL, user_id=user_id)
    return [bytes(row["token_hash"]) for row in rows]


_DELETE_ALL = compile_query(
    delete(tokens).where(tokens.c.user_id == bindparam("user_id")).returning(tokens.c.token_hash)
)


async def delete_all(conn: Connection, *, user_id: int) -> list[bytes]:
    """Delete every token of the user, revoked ones too; the hashes deleted."""
    rows = await conn.fetch_all(_DELETE_ALL, user_id=user_id)
    return [bytes(row["token_hash"]) for row in rows]

"""Bearer tokens, stored as SHA-256 hashes with an expiry and a revocation mark."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import bindparam, func, insert, select, update

from messenger.repository.db import Connection, Row, compile_query
from messenger.repository.tables import tokens, users
from messenger.repository.users import PUBLIC_COLUMNS

_INSERT = compile_query(
    insert(tokens).values(
        token_hash=bindparam("token_hash"),
        user_id=bindparam("user_id"),
        expires_at=bindparam("expires_at"),
    )
)
_USER_BY_TOKEN = compile_query(
    select(*PUBLIC_COLUMNS, tokens.c.expires_at.label("token_expires_at"))
    .select_from(tokens.join(users, users.c.id == tokens.c.user_id))
    .where(
        tokens.c.token_hash == bindparam("token_hash"),
        tokens.c.revoked_at.is_(None),
        tokens.c.expires_at > func.now(),
    )
)
_REVOKE = compile_query(
    update(tokens)
    .where(tokens.c.token_hash == bindparam("token_hash"), tokens.c.revoked_at.is_(None))
    .values(revoked_at=func.now())
)


async def add_token(
    conn: Connection, *, token_hash: bytes, user_id: int, expires_at: datetime
) -> None:
    await conn.execute(_INSERT, token_hash=token_hash, user_id=user_id, expires_at=expires_at)


async def get_user_by_token(conn: Connection, token_hash: bytes) -> Row | None:
    return await conn.fetch_one(_USER_BY_TOKEN, token_hash=token_hash)


async def revoke_token(conn: Connection, token_hash: bytes) -> bool:
    return await conn.execute(_REVOKE, token_hash=token_hash) > 0

"""Accounts: registration, login, logout, and the tokens that authenticate requests."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from messenger.errors import Unauthorized
from messenger.repository import tokens, users
from messenger.repository.db import Connection, Row
from messenger.services.container import Services

TOKEN_BYTES = 32  # 256 bits: unguessable, and short enough for a header


def hash_token(token: str) -> bytes:
    # aiohttp decodes header bytes that are not UTF-8 as lone surrogates; such a token is
    # merely unknown, not a server error.
    return hashlib.sha256(token.encode("utf-8", "surrogateescape")).digest()


async def _issue_token(services: Services, conn: Connection, user_id: int) -> str:
    token = secrets.token_urlsafe(TOKEN_BYTES)
    expires_at = datetime.now(UTC) + timedelta(seconds=services.config.auth.token_ttl_seconds)
    await tokens.add_token(
        conn, token_hash=hash_token(token), user_id=user_id, expires_at=expires_at
    )
    return token


async def add_new_user(
    services: Services,
    *,
    nick: str,
    name: str,
    email: str,
    password: str,
    avatar: str | None = None,
) -> tuple[Row, str]:
    """Register an account and open its first session: (user, token)."""
    password_hash = await services.passwords.hash(password)
    async with services.db.transaction() as conn:
        user = await users.add_new_user(
            conn, nick=nick, name=name, email=email, password_hash=password_hash, avatar=avatar
        )
        token = await _issue_token(services, conn, user["id"])
    return user, token


async def login(
    services: Services, *, login_name: str, password: str, address: str
) -> tuple[Row, str]:
    limits = services.limits
    # Login names are case-insensitive: so are their failures.
    failures = ((limits.login_failures, login_name.lower()), (limits.address_failures, address))
    await limits.check(*failures)
    async with services.db.connection() as conn:
        found = await users.get_user_for_login(conn, login_name)
    stored_hash = found.pop("password_hash") if found else None
    if not await services.passwords.verify(stored_hash, password) or found is None:
        await limits.count(*failures)
        raise Unauthorized("wrong login or password")
    await limits.forget(limits.login_failures, login_name.lower())
    async with services.db.connection() as conn:
        token = await _issue_token(services, conn, found["id"])
    return found, token


async def logout(services: Services, token: str) -> None:
    token_hash = hash_token(token)
    services.token_cache.evict(token_hash)
    async with services.db.connection() as conn:
        revoked = await tokens.revoke_token(conn, token_hash)
    if revoked:
        await services.events.publish_revocation(token_hash)


async def authenticate(services: Services, token: str) -> Row:
    """The user a bearer token belongs to; Unauthorized when unknown, expired or revoked."""
    token_hash = hash_token(token)
    cached = services.token_cache.get(token_hash)
    if cached is not None:
        return cached
    async with services.db.connection() as conn:
        user = await tokens.get_user_by_token(conn, token_hash)
    if user is None:
        raise Unauthorized("the token is unknown, expired or revoked")
    services.token_cache.put(token_hash, user, user.pop("token_expires_at"))
    return user

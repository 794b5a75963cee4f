"""Accounts: registration, login, logout, the tokens that authenticate requests and the
sessions they are (docs/API.md, "Accounts"), and changing one's password."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from messenger.errors import Forbidden, NotFound, Unauthorized
from messenger.repository import account_tokens, tokens, users
from messenger.repository import outbox as outbox_rows
from messenger.repository.db import Connection, Row
from messenger.services.container import Services

TOKEN_BYTES = 32  # 256 bits: unguessable, and short enough for a header
# A session's last use is written when it is this old: a write a minute, not a request.
TOUCH_AFTER = timedelta(minutes=1)
# How long the link that confirms an address works.
VERIFY_FOR = timedelta(hours=24)
# What is kept of the client's User-Agent header: enough to tell devices apart.
MAX_USER_AGENT_CHARS = 300


def hash_token(token: str) -> bytes:
    # aiohttp decodes header bytes that are not UTF-8 as lone surrogates; such a token is
    # merely unknown, not a server error.
    return hashlib.sha256(token.encode("utf-8", "surrogateescape")).digest()


async def _issue_token(
    services: Services, conn: Connection, user_id: int, user_agent: str | None
) -> str:
    token = secrets.token_urlsafe(TOKEN_BYTES)
    expires_at = datetime.now(UTC) + timedelta(seconds=services.config.auth.token_ttl_seconds)
    await tokens.add_token(
        conn,
        token_hash=hash_token(token),
        user_id=user_id,
        expires_at=expires_at,
        user_agent=user_agent[:MAX_USER_AGENT_CHARS] if user_agent else None,
    )
    return token


async def write_verification(
    services: Services, conn: Connection, *, user_id: int, email: str
) -> int:
    """In the caller's transaction: a confirmation link for `email`; the mail's id, to kick
    after the commit."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    await account_tokens.add_token(
        conn,
        user_id=user_id,
        purpose=account_tokens.VERIFY_EMAIL,
        token_hash=hash_token(token),
        email=email,
        valid_for=VERIFY_FOR,
    )
    return await outbox_rows.add_mail(
        conn,
        kind=outbox_rows.VERIFY_EMAIL,
        user_id=user_id,
        payload={"token": token, "email": email},
        redeliver=services.mail_outbox.redeliver,
    )


async def add_new_user(
    services: Services,
    *,
    nick: str,
    name: str,
    email: str,
    password: str,
    avatar: str | None = None,
    user_agent: str | None = None,
) -> tuple[Row, str]:
    """Register an account and open its first session: (user, token). The address gets
    a link that confirms it."""
    password_hash = await services.passwords.hash(password)
    async with services.db.transaction() as conn:
        user = await users.add_new_user(
            conn, nick=nick, name=name, email=email, password_hash=password_hash, avatar=avatar
        )
        token = await _issue_token(services, conn, user["id"], user_agent)
        if services.config.auth.verify_email:
            mail_ids = [await write_verification(services, conn, user_id=user["id"], email=email)]
        else:
            await users.mark_email_verified(conn, user_id=user["id"], email=email)
            user["email_verified"], mail_ids = True, []
    await services.mail_outbox.kick(mail_ids)
    return user, token


async def login(
    services: Services,
    *,
    login_name: str,
    password: str,
    address: str,
    user_agent: str | None = None,
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
    # Told only to whoever knows the password.
    if found.pop("deactivated_at") is not None:
        raise Unauthorized("this account is deactivated; ask the server's operator")
    await limits.forget(limits.login_failures, login_name.lower())
    async with services.db.connection() as conn:
        token = await _issue_token(services, conn, found["id"], user_agent)
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
        token_id, last_used = user.pop("token_id"), user.pop("token_last_used_at")
        # Read from the database at most every few seconds per token (the cache), so
        # this write comes at most once a minute, whatever the traffic.
        if last_used is None or datetime.now(UTC) - last_used >= TOUCH_AFTER:
            await tokens.touch(conn, token_id)
    services.token_cache.put(token_hash, user, user.pop("token_expires_at"))
    return user


async def revoke_tokens(services: Services, token_hashes: list[bytes]) -> None:
    """Tell every process (and its sockets) that these tokens are no longer good."""
    for token_hash in token_hashes:
        services.token_cache.evict(token_hash)
        await services.events.publish_revocation(token_hash)


async def sessions(services: Services, user_id: int, token: str) -> list[Row]:
    async with services.db.connection() as conn:
        return await tokens.sessions(conn, user_id=user_id, current_hash=hash_token(token))


async def end_session(services: Services, user_id: int, session_id: int) -> None:
    """Revoke one of the caller's sessions (the current one too: that is a logout)."""
    async with services.db.connection() as conn:
        revoked = await tokens.revoke_session(conn, user_id=user_id, session_id=session_id)
    if revoked is None:
        raise NotFound("no such session")
    await revoke_tokens(services, [revoked])


async def end_other_sessions(services: Services, user_id: int, token: str) -> None:
    async with services.db.connection() as conn:
        revoked = await tokens.revoke_others(conn, user_id=user_id, keep_hash=hash_token(token))
    await revoke_tokens(services, revoked)


async def change_password(
    services: Services, user_id: int, token: str, *, current_password: str, new_password: str
) -> None:
    """A new password for the caller, who proves the current one (403 otherwise); every
    other session ends."""
    async with services.db.connection() as conn:
        stored = await users.get_password_hash(conn, user_id)
    if not await services.passwords.verify(stored, current_password):
        raise Forbidden("the current password is wrong")
    new_hash = await services.passwords.hash(new_password)
    async with services.db.transaction() as conn:
        await users.set_password_hash(conn, user_id, new_hash)
        revoked = await tokens.revoke_others(conn, user_id=user_id, keep_hash=hash_token(token))
    await revoke_tokens(services, revoked)

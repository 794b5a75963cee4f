"""The mails that keep an account trustworthy (docs/API.md, "Accounts"): confirming an
address, and resetting a forgotten password.

Each mails a single-use link, kept only as a hash (repository.account_tokens), through
the outbox: the mail is written in the transaction that causes it and sent by the worker.
A password reset answers the same whatever the address (no enumeration): the work for a
known address is done after the answer, so that its timing says nothing either.
"""

from __future__ import annotations

import logging
import secrets
from datetime import timedelta

from messenger.errors import ErrorDetail, RateLimited, ValidationFailed
from messenger.operations.accounts import TOKEN_BYTES, hash_token, revoke_tokens, write_verification
from messenger.repository import account_tokens, users
from messenger.repository import outbox as outbox_rows
from messenger.repository import tokens as session_rows
from messenger.services.container import Services

log = logging.getLogger("messenger.operations.account_mails")

RESET_FOR = timedelta(hours=1)


def _bad_token() -> ValidationFailed:
    return ValidationFailed(
        "the link is invalid, used or expired", [ErrorDetail("/token", "invalid or expired")]
    )


async def resend_verification(services: Services, user_id: int) -> None:
    """Another confirmation link for the caller's address (limited per user); nothing if
    it is confirmed already."""
    await services.limits.take(services.limits.verification_mails, str(user_id))
    async with services.db.transaction() as conn:
        user = await users.get_user(conn, user_id)
        if user is None or user["email_verified"]:
            return
        mail_id = await write_verification(services, conn, user_id=user_id, email=user["email"])
    await services.mail_outbox.kick([mail_id])


async def verify_email(services: Services, token: str) -> None:
    async with services.db.transaction() as conn:
        used = await account_tokens.use_token(
            conn, purpose=account_tokens.VERIFY_EMAIL, token_hash=hash_token(token)
        )
        # A link to an address the user has since changed confirms nothing.
        if used is None or not await users.mark_email_verified(
            conn, user_id=used["user_id"], email=used["email"]
        ):
            raise _bad_token()


async def request_password_reset(services: Services, email: str) -> None:
    """202 whatever the address: a known one gets a link, unless it got its share of them
    this hour. The work happens after the answer, in a task the services own."""
    services.background.start(_mail_reset_link(services, email))


async def _mail_reset_link(services: Services, email: str) -> None:
    async with services.db.transaction() as conn:
        user = await users.get_user_by_email(conn, email)
        if user is None:
            return
        try:
            await services.limits.take(services.limits.reset_mails, email.lower())
        except RateLimited:  # no mail, and the caller learns nothing of it
            log.info("password reset mail for user %s withheld by the limit", user["id"])
            return
        token = secrets.token_urlsafe(TOKEN_BYTES)
        await account_tokens.add_token(
            conn,
            user_id=user["id"],
            purpose=account_tokens.RESET_PASSWORD,
            token_hash=hash_token(token),
            email=user["email"],
            valid_for=RESET_FOR,
        )
        mail_id = await outbox_rows.add_mail(
            conn,
            kind=outbox_rows.RESET_PASSWORD,
            user_id=user["id"],
            payload={"token": token},
            redeliver=services.mail_outbox.redeliver,
        )
    await services.mail_outbox.kick([mail_id])


async def reset_password(services: Services, token: str, password: str) -> None:
    """A new password from a reset link: every session of the user ends, every other
    reset link too, and the address counts as confirmed (the link reached it)."""
    password_hash = await services.passwords.hash(password)
    async with services.db.transaction() as conn:
        used = await account_tokens.use_token(
            conn, purpose=account_tokens.RESET_PASSWORD, token_hash=hash_token(token)
        )
        if used is None:
            raise _bad_token()
        user_id = used["user_id"]
        await users.set_password_hash(conn, user_id, password_hash)
        await account_tokens.retire_tokens(
            conn, user_id=user_id, purpose=account_tokens.RESET_PASSWORD
        )
        await users.mark_email_verified(conn, user_id=user_id, email=used["email"])
        revoked = await session_rows.revoke_all(conn, user_id=user_id)
    await revoke_tokens(services, revoked)

"""The operators' commands (`messenger admin`): list users, deactivate and reactivate an
account, delete one as its owner could, and tell a chat's size. No HTTP endpoint reaches
these: they run with the server's own configuration, on its machine."""

from __future__ import annotations

from messenger.errors import NotFound
from messenger.operations import account_deletion, accounts
from messenger.repository import admin as admin_rows
from messenger.repository import tokens
from messenger.repository.db import Row
from messenger.services.container import Services


async def list_users(services: Services, *, query: str, after: int, limit: int) -> list[Row]:
    async with services.db.connection() as conn:
        return await admin_rows.list_users(conn, query=query, after=after, limit=limit)


async def find_user(services: Services, who: str) -> Row:
    """A user by id or nick; NotFound otherwise."""
    async with services.db.connection() as conn:
        user = await admin_rows.find_user(conn, who)
    if user is None:
        raise NotFound(f"no user {who!r}")
    return user


async def deactivate(services: Services, user_id: int) -> None:
    """No more logins, and every session ends now, its sockets closed in every process."""
    async with services.db.transaction() as conn:
        if not await admin_rows.set_deactivated(conn, user_id, deactivated=True):
            raise NotFound(f"no account {user_id} (deleted?)")
        revoked = await tokens.revoke_all(conn, user_id=user_id)
    await accounts.revoke_tokens(services, revoked)


async def reactivate(services: Services, user_id: int) -> None:
    async with services.db.connection() as conn:
        if not await admin_rows.set_deactivated(conn, user_id, deactivated=False):
            raise NotFound(f"no account {user_id} (deleted?)")


async def delete_user(services: Services, user_id: int) -> None:
    """As the user's own DELETE /users/me does, without their password."""
    await account_deletion.remove_account(services, user_id)


async def chat_size(services: Services, chat_id: int) -> Row:
    async with services.db.connection() as conn:
        size = await admin_rows.chat_size(conn, chat_id)
    if size is None:
        raise NotFound(f"no chat {chat_id}")
    return size

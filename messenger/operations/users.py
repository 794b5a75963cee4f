"""Users: one user, the caller's own profile, and finding users by nick or name."""

from __future__ import annotations

from typing import Any

from messenger.errors import NotFound
from messenger.operations import accounts, presence
from messenger.operations.pages import Page
from messenger.repository import users
from messenger.repository.db import Row
from messenger.services.container import Services


async def get_user(services: Services, user_id: int, *, viewer_id: int) -> Row:
    """One user, with their presence where viewer_id may see it."""
    async with services.db.connection() as conn:
        user = await users.get_user(conn, user_id)
        if user is None:
            raise NotFound("no such user")
        await presence.with_presence(services, conn, viewer_id, [user])
    return user


async def update_profile(services: Services, user_id: int, changes: dict[str, Any]) -> Row:
    """A new email address is unconfirmed until the link mailed to it is followed."""
    mail_id = None
    async with services.db.transaction() as conn:
        before = await users.get_user(conn, user_id) if "email" in changes else None
        user = await users.update_user(conn, user_id, changes)
        if user is None:
            raise NotFound("no such user")
        if before is not None and before["email"].lower() != user["email"].lower():
            if services.config.auth.verify_email:
                mail_id = await accounts.write_verification(
                    services, conn, user_id=user_id, email=user["email"]
                )
            else:
                await users.mark_email_verified(conn, user_id=user_id, email=user["email"])
                user["email_verified"] = True
        await presence.with_presence(services, conn, user_id, [user])
    if mail_id is not None:
        await services.mail_outbox.kick([mail_id])
    if "show_presence" in changes:
        # Those who share a chat see the change at once: hidden reads as offline.
        await presence.announce(services, user_id, shown=bool(changes["show_presence"]))
    return user


async def get_users(
    services: Services, *, viewer_id: int, query: str, after: int, limit: int
) -> Page[Row]:
    async with services.db.connection() as conn:
        rows = await users.get_users(conn, query=query, after=after, limit=limit + 1)
        items = await presence.with_presence(services, conn, viewer_id, rows[:limit])
    return Page(items, items[-1]["id"] if len(rows) > limit else None)

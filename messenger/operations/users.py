"""Users: one user, the caller's own profile, and finding users by nick or name."""

from __future__ import annotations

from typing import Any

from messenger.errors import NotFound
from messenger.operations.pages import Page
from messenger.repository import users
from messenger.repository.db import Row
from messenger.services.container import Services


async def get_user(services: Services, user_id: int) -> Row:
    async with services.db.connection() as conn:
        user = await users.get_user(conn, user_id)
    if user is None:
        raise NotFound("no such user")
    return user


async def update_profile(services: Services, user_id: int, changes: dict[str, Any]) -> Row:
    async with services.db.transaction() as conn:
        user = await users.update_user(conn, user_id, changes)
    if user is None:
        raise NotFound("no such user")
    return user


async def get_users(services: Services, *, query: str, after: int, limit: int) -> Page[Row]:
    async with services.db.connection() as conn:
        rows = await users.get_users(conn, query=query, after=after, limit=limit + 1)
    items = rows[:limit]
    return Page(items, items[-1]["id"] if len(rows) > limit else None)

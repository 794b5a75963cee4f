"""Checks that several areas make before they act."""

from __future__ import annotations

from messenger.errors import ErrorDetail, NotFound, ValidationFailed
from messenger.repository import members as member_rows
from messenger.repository import users as user_rows
from messenger.repository.db import Connection, Row


async def require_member(conn: Connection, *, chat_id: int, user_id: int) -> Row:
    """The caller's membership; a non-member gets the same 404 as for a chat that does not
    exist (docs/API.md: 404 \"or the caller may not know it exists\")."""
    member = await member_rows.get_member(conn, chat_id=chat_id, user_id=user_id)
    if member is None:
        raise NotFound("no such chat")
    return member


async def require_known_users(conn: Connection, user_ids: list[int], field: str) -> None:
    """422 naming the index of each id in `field` that is no user."""
    existing = await user_rows.existing_user_ids(conn, user_ids)
    unknown = [
        ErrorDetail(f"/{field}/{index}", f"no user with id {user_id}")
        for index, user_id in enumerate(user_ids)
        if user_id not in existing
    ]
    if unknown:
        raise ValidationFailed("some users do not exist", unknown)

"""Members of group chats: listing them, adding them (the owner), removing them or
leaving; personal chats have fixed members."""

from __future__ import annotations

from messenger.errors import Forbidden, NotFound
from messenger.operations import presence, views
from messenger.operations.checks import require_known_users, require_member
from messenger.operations.pages import Page
from messenger.repository import chats as chat_rows
from messenger.repository import members as member_rows
from messenger.repository.db import Connection, Row
from messenger.services.container import Services
from messenger.services.events import chat_event


async def get_participants_of_chat(
    services: Services, actor_id: int, chat_id: int, *, after: int = 0, limit: int = 50
) -> Page[Row]:
    async with services.db.connection() as conn:
        await require_member(conn, chat_id=chat_id, user_id=actor_id)
        rows = await member_rows.get_participants_of_chat(
            conn, chat_id=chat_id, after=after, limit=limit + 1
        )
        items = rows[:limit]
        # Members share this chat with the caller: their presence shows, if they show it.
        await presence.with_presence(services, conn, actor_id, items, prefix="user_", sharing=True)
    return Page(items, items[-1]["user_id"] if len(rows) > limit else None)


async def add_members(
    services: Services, actor_id: int, chat_id: int, user_ids: list[int]
) -> list[Row]:
    """The owner adds users to a group chat; returns the members that are new."""
    async with services.db.transaction() as conn:
        chat = await chat_rows.lock_chat_for_member(conn, chat_id=chat_id, user_id=actor_id)
        if chat is None:
            raise NotFound("no such chat")
        if not chat["is_group_chat"]:
            raise Forbidden("a personal chat has fixed members")
        if chat["role"] != "owner":
            raise Forbidden("only the chat owner adds members")
        await require_known_users(conn, user_ids, "user_ids")
        added = await member_rows.add_members(conn, chat_id=chat_id, user_ids=user_ids)
        new_members = await member_rows.get_members_by_ids(conn, chat_id=chat_id, user_ids=added)
        await presence.with_presence(
            services, conn, actor_id, new_members, prefix="user_", sharing=True
        )
        audience = await member_rows.member_ids(conn, chat_id)
    # members_count changed for everyone, and the chat is new to the added ones.
    await services.chat_cache.invalidate(audience)
    if new_members:
        # Broadcast: no viewer, so no member's email is in it.
        members = [views.member(row, viewer_id=0) for row in new_members]
        await services.events.publish(
            chat_event("member.added", chat_id, {"members": members}, audience)
        )
    return new_members


async def remove_member(services: Services, actor_id: int, chat_id: int, user_id: int) -> None:
    """The owner removes anyone; anyone removes themself (leaves). When the owner leaves,
    the longest-standing member becomes the owner, so a group is never left unmanaged."""
    async with services.db.transaction() as conn:
        chat = await chat_rows.lock_chat_for_member(conn, chat_id=chat_id, user_id=actor_id)
        if chat is None:
            raise NotFound("no such chat")
        if not chat["is_group_chat"]:
            raise Forbidden("a personal chat has fixed members")
        if user_id != actor_id and chat["role"] != "owner":
            raise Forbidden("only the chat owner removes other members")
        audience = await remove_from_locked_chat(conn, chat_id=chat_id, user_id=user_id)
        if audience is None:
            raise NotFound("no such member")
    await announce_removal(services, chat_id, user_id, audience)


async def remove_from_locked_chat(
    conn: Connection, *, chat_id: int, user_id: int
) -> list[int] | None:
    """In a transaction holding the chat's lock: user_id leaves it, and an owner's place
    passes on. Who must hear of it (the members left, and user_id); None if not a member."""
    role = await member_rows.remove_member(conn, chat_id=chat_id, user_id=user_id)
    if role is None:
        return None
    if role == "owner":
        heir = await member_rows.first_joined_member(conn, chat_id)
        if heir is not None:
            await member_rows.set_role(conn, chat_id=chat_id, user_id=heir, role="owner")
    return [*await member_rows.member_ids(conn, chat_id), user_id]


async def announce_removal(
    services: Services, chat_id: int, user_id: int, audience: list[int]
) -> None:
    """After the commit: members_count changed for everyone, and the chat is gone for
    user_id."""
    await services.chat_cache.invalidate(audience)
    await services.events.publish(
        chat_event("member.removed", chat_id, {"user_id": user_id}, audience)
    )

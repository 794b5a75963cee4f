"""/api/v1/chats/{id}/members: a chat's members; adding and removing them."""

from __future__ import annotations

from messenger.api.endpoint import Call
from messenger.operations import members, views


async def get_members(
    call: Call, *, chat_id: int, after: int | None, limit: int
) -> views.MemberPage:
    page = await members.get_participants_of_chat(
        call.services, call.me, chat_id, after=after or 0, limit=limit
    )
    return views.member_page(page.items, page.next, viewer_id=call.me)


async def add_members(call: Call, *, chat_id: int, user_ids: list[int]) -> views.AddedMembers:
    added = await members.add_members(call.services, call.me, chat_id, user_ids)
    return views.added_members(added, viewer_id=call.me)


async def remove_member(call: Call, *, chat_id: int, user_id: int) -> None:
    await members.remove_member(call.services, call.me, chat_id, user_id)

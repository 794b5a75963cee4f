"""/api/v1/users: search, one user, the caller's own profile, deleting one's account."""

from __future__ import annotations

from typing import TypedDict, Unpack

from messenger.api.endpoint import Call
from messenger.operations import account_deletion, users, views


class ProfileChanges(TypedDict, total=False):
    """user_patch.json: only what the body names changes (an avatar of null removes it)."""

    name: str
    email: str
    avatar: str | None
    show_presence: bool


async def get_users(call: Call, *, q: str | None, after: int | None, limit: int) -> views.UserPage:
    page = await users.get_users(
        call.services, viewer_id=call.me, query=q or "", after=after or 0, limit=limit
    )
    return views.user_page(page.items, page.next, viewer_id=call.me)


async def get_me(call: Call) -> views.User:
    # Read afresh: the authenticated row may come from the token cache, seconds old.
    me = await users.get_user(call.services, call.me, viewer_id=call.me)
    return views.user(me, viewer_id=me["id"])


async def patch_me(call: Call, **changes: Unpack[ProfileChanges]) -> views.User:
    user = await users.update_profile(call.services, call.me, dict(changes))
    return views.user(user, viewer_id=call.me)


async def get_user(call: Call, *, user_id: int) -> views.User:
    user = await users.get_user(call.services, user_id, viewer_id=call.me)
    return views.user(user, viewer_id=call.me)


async def delete_me(call: Call, *, password: str) -> None:
    await account_deletion.delete_account(call.services, call.me, password=password)

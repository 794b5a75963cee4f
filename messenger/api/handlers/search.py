"""/api/v1/search/messages: search in the caller's chats."""

from __future__ import annotations

from messenger.api.endpoint import Call
from messenger.operations import search, views


async def search_messages(
    call: Call,
    *,
    q: str | None,
    chat_id: int | None,
    user_id: int | None,
    before: int | None,
    limit: int,
) -> views.SearchPage:
    page = await search.search_messages(
        call.services, call.me, q=q, chat_id=chat_id, user_id=user_id, before=before, limit=limit
    )
    return views.search_page(page.items, page.next, viewer_id=call.me)

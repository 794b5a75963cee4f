"""Search of messages (docs/API.md, "Search"): in the chats the caller is a member of now,
newest first, with the offsets of what matched in each."""

from __future__ import annotations

from messenger.errors import ErrorDetail, ValidationFailed
from messenger.operations import search_query
from messenger.operations.checks import require_member
from messenger.operations.pages import Page
from messenger.repository import members as member_rows
from messenger.repository import search as search_rows
from messenger.repository.db import Row
from messenger.services.container import Services

MAX_QUERY_CHARS = 200


def check_query(q: str | None) -> str:
    if q is None or not q.strip():
        raise ValidationFailed("q is required", [ErrorDetail("/q", "must not be empty")])
    if len(q) > MAX_QUERY_CHARS:
        raise ValidationFailed(
            "q is too long", [ErrorDetail("/q", f"must be at most {MAX_QUERY_CHARS} characters")]
        )
    return q


def _with_highlights(row: Row, terms: search_rows.Terms) -> Row:
    content = row["content"]
    spans = search_query.marked_spans(row.pop("marked"), content)
    spans += search_query.substring_spans(content, terms.substrings)
    row["highlights"] = search_query.highlights(content, spans)
    return row


async def search_messages(
    services: Services,
    actor_id: int,
    *,
    q: str | None,
    chat_id: int | None = None,
    user_id: int | None = None,
    before: int | None = None,
    limit: int,
) -> Page[Row]:
    """Messages matching `q`, each with its `highlights`; `next` goes back as `before`.
    A chat_id the caller is no member of is a 404, as everywhere."""
    terms = search_query.parse(check_query(q))
    async with services.db.connection() as conn:
        if chat_id is not None:
            chat_ids = [chat_id]  # the search itself asks whether actor_id is a member
        else:
            chat_ids = sorted(await member_rows.chat_ids_of_user(conn, actor_id))
        # Only stop words, stars or punctuation: nothing to look for.
        rows = (
            []
            if terms.empty
            else await search_rows.search_messages(
                conn,
                terms=terms,
                chat_ids=chat_ids,
                searcher_id=actor_id,
                user_id=user_id,
                before=before,
                limit=limit + 1,
            )
        )
        # A searcher's page is never empty for want of membership: only an empty page asks.
        if chat_id is not None and not rows:
            await require_member(conn, chat_id=chat_id, user_id=actor_id)
    items = rows[:limit]
    return Page(
        [_with_highlights(row, terms) for row in items],
        items[-1]["id"] if len(rows) > limit else None,
    )

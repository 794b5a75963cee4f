"""The two ways a search runs (repository.search): chats with few messages read whole,
and chats with many through the planner's choice of the GIN index or a walk newest
first. Both must find the same."""

from __future__ import annotations

from typing import Any

from messenger.operations.search_query import parse
from messenger.repository import search as search_rows
from tests.support.api import Register, create_chat, send


async def test_chats_with_few_and_with_many_messages_are_searched_alike(
    client: Any, make_user: Register, services_db: Any
) -> None:
    alice, bob = await make_user("alice"), await make_user("bob")
    chat = await create_chat(client, alice, [bob], group=False)
    for content in ("Running the deployment", "the build is green", "東京で会議", "🚀 shipped"):
        await send(client, alice, chat["id"], content)

    async def found(text: str, scan_all_up_to: int) -> list[str]:
        async with services_db.connection() as conn:
            rows = await search_rows.search_messages(
                conn,
                terms=parse(text),
                chat_ids=[chat["id"]],
                searcher_id=alice.user["id"],
                user_id=None,
                before=None,
                limit=10,
                scan_all_up_to=scan_all_up_to,
            )
        return [row["content"] for row in rows]

    for text in ("run", "deploy*", '"build is green"', "東京", "🚀", "green run", "absent"):
        read_whole = await found(text, search_rows.SCAN_ALL_UP_TO)
        # As if the chat held more messages than are worth reading one by one.
        assert await found(text, 0) == read_whole, text
    assert await found("run", 0) == ["Running the deployment"]


async def test_one_chat_is_searched_only_for_its_members(
    client: Any, make_user: Register, services_db: Any
) -> None:
    alice, bob, eve = await make_user("alice"), await make_user("bob"), await make_user("eve")
    chat = await create_chat(client, alice, [bob], group=False)
    await send(client, alice, chat["id"], "the build is green")

    async def found(searcher_id: int, scan_all_up_to: int) -> list[str]:
        async with services_db.connection() as conn:
            rows = await search_rows.search_messages(
                conn,
                terms=parse("green"),
                chat_ids=[chat["id"]],
                searcher_id=searcher_id,
                user_id=None,
                before=None,
                limit=10,
                scan_all_up_to=scan_all_up_to,
            )
        return [row["content"] for row in rows]

    for scan_all_up_to in (search_rows.SCAN_ALL_UP_TO, 0):
        assert await found(bob.user["id"], scan_all_up_to) == ["the build is green"]
        assert await found(eve.user["id"], scan_all_up_to) == []

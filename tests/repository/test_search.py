"""The ways a search runs (repository.search): chats with few messages each walked newest
first, a chat with many on its own (the planner's choice of the GIN index or a walk),
more chats with many together, and chats with many messages only together as the
planner likes. All must find the same."""

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


async def test_every_way_of_searching_several_chats_finds_the_same(
    client: Any, make_user: Register, services_db: Any
) -> None:
    alice = await make_user("alice")
    others = [await make_user(f"friend{i}") for i in range(6)]
    # Six chats of 1, 1, 2, 2, 7 and 8 messages; every other message matches.
    chat_ids = []
    for size, friend in zip((1, 1, 2, 2, 7, 8), others, strict=True):
        chat = await create_chat(client, alice, [friend], group=False)
        chat_ids.append(chat["id"])
        for n in range(size):
            await send(client, friend, chat["id"], f"{'green' if n % 2 else 'red'} build {n}")

    async def found(up_to: int, limit: int = 20, before: int | None = None) -> list[int]:
        async with services_db.connection() as conn:
            rows = await search_rows.search_messages(
                conn,
                terms=parse("green build"),
                chat_ids=chat_ids,
                searcher_id=alice.user["id"],
                user_id=None,
                before=before,
                limit=limit,
                scan_all_up_to=up_to,
            )
        return [row["id"] for row in rows]

    every_walked = await found(search_rows.SCAN_ALL_UP_TO)
    assert len(every_walked) == 1 + 1 + 3 + 4
    assert every_walked == sorted(every_walked, reverse=True)
    ways = {
        # The chats of 7 and 8 messages each on its own, the rest (6) walked.
        6: (2, search_rows.WALK_EACH),
        # Four chats on their own, the two others (2 together) as PostgreSQL plans them.
        1: (4, search_rows.PLANNED),
        # Six chats with many: more than get statements of their own, so together.
        0: (6, ""),
        # None holds more than 8 alone, all 21 do together: as PostgreSQL plans them.
        8: (0, search_rows.PLANNED),
    }
    for up_to, (big, small_mode) in ways.items():
        async with services_db.connection() as conn:
            plan = await search_rows._plan(conn, chat_ids, up_to, remember=False)
        assert (len(plan.big), plan.small_mode) == (big, small_mode), up_to
        assert await found(up_to) == every_walked, up_to
        assert await found(up_to, limit=3) == every_walked[:3], up_to
        assert await found(up_to, before=every_walked[2]) == every_walked[3:], up_to

"""Invariants that concurrent requests could break: duplicates, lost messages, ids out
of commit order, unread counts, one personal chat per pair (docs/API.md, "Ordering")."""

from __future__ import annotations

import asyncio
import itertools
import uuid
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestClient

from tests.support.api import Account, create_chat, register

Client = TestClient[web.Request, web.Application]

SENDS = 60
PAGE = 7


async def register_many(client: Client, count: int, prefix: str) -> list[Account]:
    return list(await asyncio.gather(*(register(client, prefix) for _ in range(count))))


async def post_message(
    client: Client, author: Account, chat_id: int, content: str, client_message_id: str
) -> tuple[int, dict[str, Any]]:
    response = await client.post(
        f"/api/v1/chats/{chat_id}/messages",
        json={"content": content, "client_message_id": client_message_id},
        headers=author.headers,
    )
    body: dict[str, Any] = await response.json()
    return response.status, body


async def get_json(client: Client, path: str, account: Account) -> dict[str, Any]:
    response = await client.get(path, headers=account.headers)
    assert response.status == 200, await response.text()
    body: dict[str, Any] = await response.json()
    return body


async def page_through(
    client: Client, chat_id: int, reader: Account, direction: str
) -> list[list[int]]:
    """Every page of the history, following `next` in `before` or `after`."""
    cursor: int | None = 0 if direction == "after" else None
    pages: list[list[int]] = []
    while True:
        query = f"limit={PAGE}" if cursor is None else f"limit={PAGE}&{direction}={cursor}"
        page = await get_json(client, f"/api/v1/chats/{chat_id}/messages?{query}", reader)
        pages.append([m["id"] for m in page["items"]])
        if page["next"] is None:
            return pages
        assert page["next"] == pages[-1][-1], "the cursor is the last id of the page"
        cursor = page["next"]


async def full_history(client: Client, chat_id: int, reader: Account) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = []
    after = 0
    while True:
        page = await get_json(
            client, f"/api/v1/chats/{chat_id}/messages?after={after}&limit=100", reader
        )
        messages.extend(page["items"])
        if page["next"] is None:
            return messages
        after = page["next"]


async def read_marker(client: Client, chat_id: int, member: Account) -> int:
    members = await get_json(client, f"/api/v1/chats/{chat_id}/members", member)
    [me] = [m for m in members["items"] if m["user"]["id"] == member.id]
    marker: int = me["last_read_message_id"]
    return marker


async def send_racing_retries(
    client: Client,
) -> tuple[list[Account], int, dict[str, list[tuple[int, dict[str, Any]]]]]:
    """SENDS messages from four users, each POSTed twice at once with one client id."""
    senders = await register_many(client, 4, "racer")
    chat = await create_chat(client, senders[0], senders[1:])
    plan = [(senders[n % len(senders)], f"message {n}", str(uuid.uuid4())) for n in range(SENDS)]
    calls = [
        post_message(client, author, chat["id"], content, client_id)
        for author, content, client_id in plan
        for _ in range(2)
    ]
    results = await asyncio.gather(*calls)
    by_client_id: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    for (_, _, client_id), result in zip(
        (step for step in plan for _ in range(2)), results, strict=True
    ):
        by_client_id.setdefault(client_id, []).append(result)
    return senders, chat["id"], by_client_id


async def test_racing_retries_create_each_message_exactly_once(client: Client) -> None:
    senders, chat_id, by_client_id = await send_racing_retries(client)

    for client_id, results in by_client_id.items():
        statuses = sorted(status for status, _ in results)
        assert statuses == [200, 201], f"{client_id}: {results}"
        first, second = (body for _, body in results)
        assert first == second, "a retry gets the very message the first send created"
        assert first["client_message_id"] == client_id

    history = await full_history(client, chat_id, senders[0])
    sent = {body["id"]: body for results in by_client_id.values() for _, body in results}
    assert len(history) == SENDS
    assert {m["id"]: m for m in history} == sent
    assert len({m["client_message_id"] for m in history}) == SENDS


async def test_racing_sends_of_one_client_id_with_different_content_conflict(
    client: Client,
) -> None:
    sender, other = await register_many(client, 2, "clash")
    chat = await create_chat(client, sender, [other])
    client_ids = [str(uuid.uuid4()) for _ in range(10)]

    results = await asyncio.gather(
        *(
            post_message(client, sender, chat["id"], content, client_id)
            for client_id in client_ids
            for content in ("first draft", "second draft")
        )
    )

    for index, client_id in enumerate(client_ids):
        pair = results[2 * index : 2 * index + 2]
        assert sorted(status for status, _ in pair) == [201, 409], f"{client_id}: {pair}"
        [conflict] = [body for status, body in pair if status == 409]
        assert conflict["error"]["code"] == "conflict"
    history = await full_history(client, chat["id"], other)
    assert sorted(m["client_message_id"] for m in history) == sorted(client_ids)


async def test_history_pages_of_racing_sends_have_no_gaps_or_repeats(client: Client) -> None:
    senders, chat_id, by_client_id = await send_racing_retries(client)
    sent = sorted({body["id"] for results in by_client_id.values() for _, body in results})

    newest_first = await page_through(client, chat_id, senders[1], "before")
    oldest_first = await page_through(client, chat_id, senders[2], "after")

    expected_pages = -(-SENDS // PAGE)
    for pages in (newest_first, oldest_first):
        assert len(pages) == expected_pages
        assert all(len(page) == PAGE for page in pages[:-1])
    backwards = [message_id for page in newest_first for message_id in page]
    forwards = [message_id for page in oldest_first for message_id in page]
    assert backwards == sorted(sent, reverse=True)
    assert forwards == sent
    assert all(a < b for a, b in itertools.pairwise(forwards))


async def test_polling_after_the_last_seen_id_never_skips_a_message(client: Client) -> None:
    senders = await register_many(client, 4, "sender")
    reader = await register(client, "poller")
    chat = await create_chat(client, senders[0], [*senders[1:], reader])
    chat_id = chat["id"]
    sending = True
    received: list[int] = []
    polls_while_sending = 0

    async def poll() -> None:
        nonlocal polls_while_sending
        while True:
            still_sending = sending
            after = received[-1] if received else 0
            page = await get_json(
                client, f"/api/v1/chats/{chat_id}/messages?after={after}&limit=100", reader
            )
            received.extend(m["id"] for m in page["items"])
            if still_sending:
                polls_while_sending += 1
            elif not page["items"]:
                return  # one empty poll after the last send completed: caught up
            await asyncio.sleep(0)

    async def send_series(author: Account) -> None:
        for n in range(SENDS // len(senders)):
            status, body = await post_message(
                client, author, chat_id, f"{author.id}: {n}", str(uuid.uuid4())
            )
            assert status == 201, body

    poller = asyncio.create_task(poll())
    try:
        await asyncio.gather(*(send_series(author) for author in senders))
    finally:
        sending = False
    await asyncio.wait_for(poller, timeout=10)

    history = [m["id"] for m in await full_history(client, chat_id, reader)]
    assert len(history) == SENDS
    assert polls_while_sending > 1, "the poller must have raced the senders"
    assert all(a < b for a, b in itertools.pairwise(received)), (
        "a message arrived with an id below one already seen"
    )
    assert received == history


async def test_unread_count_is_exact_under_concurrent_sends_and_reads(client: Client) -> None:
    alice, bob = await register_many(client, 2, "pair")
    chat = await create_chat(client, alice, [bob], group=False)
    chat_id = chat["id"]
    observed: list[int] = []
    marked: list[int] = []
    sending = True

    async def alice_sends() -> None:
        for n in range(40):
            status, body = await post_message(
                client, alice, chat_id, f"news {n}", str(uuid.uuid4())
            )
            assert status == 201, body

    async def bob_reads() -> None:
        turn = 0
        while sending:
            turn += 1
            page = await get_json(client, f"/api/v1/chats/{chat_id}/messages?limit=3", bob)
            ids = [m["id"] for m in page["items"]]
            if ids:
                # Every third read names an id already read: the marker must not move back.
                target = marked[0] if marked and turn % 3 == 0 else ids[0]
                response = await client.post(
                    f"/api/v1/chats/{chat_id}/read",
                    json={"message_id": target},
                    headers=bob.headers,
                )
                assert response.status == 200, await response.text()
                observed.append((await response.json())["unread_count"])
                marked.append(target)
                # Only bob moves his marker, so it must be exactly the furthest he read.
                assert await read_marker(client, chat_id, bob) == max(marked)
            if turn % 4 == 0:
                status, body = await post_message(
                    client, bob, chat_id, f"reply {turn}", str(uuid.uuid4())
                )
                assert status == 201, body
            listing = await get_json(client, "/api/v1/chats", bob)
            observed.extend(c["unread_count"] for c in listing["items"] if c["id"] == chat_id)

    reader = asyncio.create_task(bob_reads())
    try:
        await alice_sends()
    finally:
        sending = False
    await asyncio.wait_for(reader, timeout=10)
    # Bob's own message above his marker must not count as unread for him.
    status, body = await post_message(client, bob, chat_id, "last word", str(uuid.uuid4()))
    assert status == 201, body

    marker = await read_marker(client, chat_id, bob)
    history = await full_history(client, chat_id, bob)
    from_alice_above_marker = [m for m in history if m["user_id"] == alice.id and m["id"] > marker]
    listing = await get_json(client, "/api/v1/chats", bob)
    [seen] = [c for c in listing["items"] if c["id"] == chat_id]

    assert marked, "bob must have moved his marker while alice was sending"
    assert marker == max(marked), "the marker is the furthest id read, never moved back"
    assert seen["unread_count"] == len(from_alice_above_marker)
    assert all(0 <= count <= 40 for count in observed), observed

    newest = history[-1]["id"]
    response = await client.post(
        f"/api/v1/chats/{chat_id}/read", json={"message_id": newest}, headers=bob.headers
    )
    assert await response.json() == {"unread_count": 0}
    listing = await get_json(client, "/api/v1/chats", bob)
    assert [c["unread_count"] for c in listing["items"] if c["id"] == chat_id] == [0]


async def test_racing_creations_of_one_personal_chat_make_one_chat(client: Client) -> None:
    pairs = [await register_many(client, 2, "pair") for _ in range(5)]

    async def create(creator: Account, other: Account) -> tuple[int, dict[str, Any]]:
        response = await client.post(
            "/api/v1/chats",
            json={"is_group_chat": False, "member_ids": [other.id]},
            headers=creator.headers,
        )
        body: dict[str, Any] = await response.json()
        return response.status, body

    # Each pair races three creations: two from one side, one from the other.
    results = await asyncio.gather(
        *(create(a, b) for a, b in pairs),
        *(create(a, b) for a, b in pairs),
        *(create(b, a) for a, b in pairs),
    )

    for index, (a, b) in enumerate(pairs):
        racing = results[index :: len(pairs)]
        assert sorted(status for status, _ in racing) == [200, 200, 201], racing
        assert len({body["id"] for _, body in racing}) == 1
        chat_id = racing[0][1]["id"]
        for account in (a, b):
            listing = await get_json(client, "/api/v1/chats", account)
            assert [c["id"] for c in listing["items"]] == [chat_id]
            assert listing["items"][0]["members_count"] == 2


async def test_racing_deletes_of_one_message_give_one_204_and_one_404(client: Client) -> None:
    owner, author = await register_many(client, 2, "deleter")
    chat = await create_chat(client, owner, [author])
    sent = [
        (await post_message(client, author, chat["id"], f"doomed {n}", str(uuid.uuid4())))[1]
        for n in range(10)
    ]

    async def delete(account: Account, message_id: int) -> int:
        response = await client.delete(f"/api/v1/messages/{message_id}", headers=account.headers)
        return response.status

    statuses = await asyncio.gather(
        *(delete(who, message["id"]) for message in sent for who in (author, owner))
    )

    for index, message in enumerate(sent):
        pair = sorted(statuses[2 * index : 2 * index + 2])
        assert pair == [204, 404], f"message {message['id']}: {pair}"
    assert await full_history(client, chat["id"], owner) == []


async def test_an_edit_racing_a_delete_is_applied_or_not_found(client: Client) -> None:
    owner, author = await register_many(client, 2, "editor")
    chat = await create_chat(client, owner, [author])
    sent = [
        (await post_message(client, author, chat["id"], f"draft {n}", str(uuid.uuid4())))[1]
        for n in range(10)
    ]

    async def edit(message_id: int) -> int:
        response = await client.patch(
            f"/api/v1/messages/{message_id}", json={"content": "final"}, headers=author.headers
        )
        return response.status

    async def delete(message_id: int) -> int:
        response = await client.delete(f"/api/v1/messages/{message_id}", headers=owner.headers)
        return response.status

    statuses = await asyncio.gather(
        *(call(message["id"]) for message in sent for call in (edit, delete))
    )

    for index, message in enumerate(sent):
        edited, deleted = statuses[2 * index : 2 * index + 2]
        assert deleted == 204, f"message {message['id']}: delete {deleted}"
        assert edited in (200, 404), f"message {message['id']}: edit {edited}"
    assert await full_history(client, chat["id"], owner) == []

"""Retention (README, "Retention"): a chat's owner sets how many days its messages are
kept, the server's `retention.days` caps every chat, and the retention run deletes what
is older, with its files, while replies show it deleted and chat lists stay fresh."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from aiohttp import web
from aiohttp.test_utils import TestClient

from messenger.api.keys import SERVICES
from messenger.operations.retention import apply_retention
from tests.support.api import (
    Account,
    AppFactory,
    create_chat,
    error_of,
    paths_of,
    register,
    send,
    upload,
)

Client = TestClient[web.Request, web.Application]


async def set_days(client: Client, account: Account, chat_id: int, days: Any) -> Any:
    return await client.patch(
        f"/api/v1/chats/{chat_id}", json={"retention_days": days}, headers=account.headers
    )


async def backdate(db: Any, message_ids: list[int], days: int) -> None:
    async with db.connection() as conn:
        cursor = await conn.raw.cursor()
        await cursor.execute(
            "UPDATE messages SET created_at = now() - make_interval(days => %s) WHERE id = ANY(%s)",
            (days, message_ids),
        )
        cursor.close()


async def history_ids(client: Client, account: Account, chat_id: int) -> list[int]:
    page = await client.get(f"/api/v1/chats/{chat_id}/messages", headers=account.headers)
    return [message["id"] for message in (await page.json())["items"]]


def stored_contents(root: Path) -> set[bytes]:
    return {path.read_bytes() for path in root.rglob("*") if path.is_file()}


async def test_a_groups_owner_sets_the_days_and_no_one_else(make_client: AppFactory) -> None:
    client = await make_client()
    alice, bob = await register(client, "alice"), await register(client, "bob")
    carol = await register(client, "carol")
    group = await create_chat(client, alice, [bob])

    answer = await set_days(client, alice, group["id"], 30)
    assert answer.status == 200, await answer.text()
    assert (await answer.json())["retention_days"] == 30
    listed = await (await client.get("/api/v1/chats", headers=bob.headers)).json()
    assert listed["items"][0]["retention_days"] == 30  # every member's list shows it

    await error_of(await set_days(client, bob, group["id"], 7), 403, "forbidden")
    await error_of(await set_days(client, carol, group["id"], 7), 404, "not_found")
    for wrong in (0, 36501, "30", 1.5):
        refused = await set_days(client, alice, group["id"], wrong)
        assert paths_of(await error_of(refused, 422, "validation_failed")) == ["/retention_days"]
    cleared = await set_days(client, alice, group["id"], None)
    assert (await cleared.json())["retention_days"] is None
    # In a personal chat either member decides.
    personal = await create_chat(client, alice, [bob], group=False)
    assert (await set_days(client, bob, personal["id"], 1)).status == 200


async def test_old_messages_go_with_their_files_and_replies_show_them_deleted(
    make_client: AppFactory, services_db: Any, attachments_dir: Path
) -> None:
    client = await make_client()
    alice, bob = await register(client, "alice"), await register(client, "bob")
    chat = await create_chat(client, alice, [bob], group=False)
    file_id = (await upload(client, alice, chat["id"], b"an old file"))["id"]
    old = await send(client, alice, chat["id"], "old news", attachment_ids=[file_id])
    older = await send(client, bob, chat["id"], "older news")
    reply = await send(client, bob, chat["id"], "about that", reply_to_id=old["id"])
    await backdate(services_db, [old["id"], older["id"]], days=10)
    assert (await set_days(client, alice, chat["id"], 7)).status == 200

    done = await apply_retention(client.app[SERVICES])
    assert done["messages"] >= 2 and done["files"] >= 1

    assert await history_ids(client, bob, chat["id"]) == [reply["id"]]
    page = await client.get(f"/api/v1/chats/{chat['id']}/messages", headers=bob.headers)
    [kept] = (await page.json())["items"]
    assert kept["reply_to"] == {
        "id": old["id"],
        "user_id": alice.id,
        "content": None,
        "deleted": True,
    }
    gone = await client.get(f"/api/v1/attachments/{file_id}", headers=bob.headers)
    await error_of(gone, 404, "not_found")
    assert b"an old file" not in await asyncio.to_thread(stored_contents, attachments_dir)


async def test_the_servers_days_cap_every_chat_and_chat_lists_stay_fresh(
    make_client: AppFactory, services_db: Any
) -> None:
    client = await make_client(retention={"days": 30})
    alice, bob = await register(client, "alice"), await register(client, "bob")
    plain = await create_chat(client, alice, [bob], topic="No days of its own")
    longer = await create_chat(client, alice, [bob], topic="Asks for sixty")
    assert (await set_days(client, alice, longer["id"], 60)).status == 200
    ancient = await send(client, alice, plain["id"], "forty days ago")
    recent = await send(client, alice, plain["id"], "twenty days ago")
    only = await send(client, alice, longer["id"], "forty days ago too")
    await backdate(services_db, [ancient["id"], only["id"]], days=40)
    await backdate(services_db, [recent["id"]], days=20)
    await client.get("/api/v1/chats", headers=bob.headers)  # cached now

    await apply_retention(client.app[SERVICES])

    assert await history_ids(client, bob, plain["id"]) == [recent["id"]]
    # Sixty days asked, thirty allowed: the server's days are the longest a chat keeps.
    assert await history_ids(client, bob, longer["id"]) == []
    listed = await (await client.get("/api/v1/chats", headers=bob.headers)).json()
    last = {chat["id"]: chat["last_message"] for chat in listed["items"]}
    assert last[longer["id"]] is None
    assert last[plain["id"]]["id"] == recent["id"]

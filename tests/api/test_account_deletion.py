"""Deleting one's account (docs/API.md, "Accounts"): the person goes, their messages stay;
no email, password hash or token is left in the database; the nick and email are free."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

from aiohttp import WSMsgType, web
from aiohttp.test_utils import TestClient

from tests.support.api import Account, Register, create_chat, error_of, paths_of, send, upload

Client = TestClient[web.Request, web.Application]
ME = "/api/v1/users/me"


async def delete_account(client: Client, account: Account) -> None:
    response = await client.delete(ME, json={"password": account.password}, headers=account.headers)
    assert response.status == 204, await response.text()


def stored_contents(root: Path) -> set[bytes]:
    return {path.read_bytes() for path in root.rglob("*") if path.is_file()}


async def fetch_all(db: Any, query: str, *args: Any) -> list[tuple[Any, ...]]:
    async with db.connection() as conn:
        cursor = await conn.raw.cursor()
        await cursor.execute(query, args)
        rows: list[tuple[Any, ...]] = await cursor.fetchall()
        cursor.close()
    return rows


async def test_a_wrong_password_is_a_403_and_changes_nothing(
    client: Client, make_user: Register
) -> None:
    alice = await make_user("alice")
    wrong = await client.delete(ME, json={"password": "not my password"}, headers=alice.headers)
    await error_of(wrong, 403, "forbidden")
    me = await client.get(ME, headers=alice.headers)
    assert me.status == 200
    assert (await me.json())["deleted"] is False
    missing = await client.delete(ME, json={}, headers=alice.headers)
    assert paths_of(await error_of(missing, 422, "validation_failed")) == ["/password"]
    await error_of(await client.delete(ME, json={"password": "x"}), 401, "unauthorized")


async def test_the_deleted_user_reads_as_deleted_and_their_messages_stay(
    client: Client, make_user: Register
) -> None:
    alice, bob = await make_user("alice"), await make_user("bob")
    personal = await create_chat(client, alice, [bob], group=False)
    message = await send(client, alice, personal["id"], "remember me")

    await delete_account(client, alice)

    seen = await client.get(f"/api/v1/users/{alice.id}", headers=bob.headers)
    assert seen.status == 200
    assert await seen.json() == {
        "id": alice.id,
        "nick": None,
        "name": "Deleted user",
        "avatar": None,
        "created_at": alice.user["created_at"],
        "deleted": True,
        "online": False,
        "last_seen_at": None,
    }
    history = await client.get(f"/api/v1/chats/{personal['id']}/messages", headers=bob.headers)
    [kept] = (await history.json())["items"]
    assert (kept["id"], kept["user_id"], kept["content"]) == (
        message["id"],
        alice.id,
        "remember me",
    )
    # Bob keeps the chat; Alice is no longer in it.
    members = await client.get(f"/api/v1/chats/{personal['id']}/members", headers=bob.headers)
    assert [m["user"]["id"] for m in (await members.json())["items"]] == [bob.id]


async def test_every_session_ends_and_the_login_no_longer_works(
    client: Client, make_user: Register
) -> None:
    alice = await make_user("alice")
    socket = await client.ws_connect(f"/api/v1/ws?token={alice.token}")
    assert (await socket.receive_json(timeout=5))["type"] == "ready"

    await delete_account(client, alice)

    closed = await socket.receive(timeout=5)
    assert closed.type in (WSMsgType.CLOSE, WSMsgType.CLOSED)
    assert socket.close_code == 4401
    await error_of(await client.get(ME, headers=alice.headers), 401, "unauthorized")
    for login in (alice.user["nick"], alice.user["email"]):
        answer = await client.post(
            "/api/v1/auth/login", json={"login": login, "password": alice.password}
        )
        await error_of(answer, 401, "unauthorized")


async def test_ownership_passes_on_and_members_hear_of_it(
    client: Client, make_user: Register
) -> None:
    alice, bob, carol = await make_user("alice"), await make_user("bob"), await make_user("carol")
    group = await create_chat(client, alice, [bob, carol])
    socket = await client.ws_connect(f"/api/v1/ws?token={bob.token}")
    assert (await socket.receive_json(timeout=5))["type"] == "ready"

    await delete_account(client, alice)

    event = await socket.receive_json(timeout=5)
    assert event == {
        "type": "member.removed",
        "chat_id": group["id"],
        "data": {"user_id": alice.id},
    }
    await socket.close()
    members = await client.get(f"/api/v1/chats/{group['id']}/members", headers=bob.headers)
    roles = {m["user"]["id"]: m["role"] for m in (await members.json())["items"]}
    assert roles == {bob.id: "owner", carol.id: "member"}
    chat = await client.get(f"/api/v1/chats/{group['id']}", headers=carol.headers)
    assert (await chat.json())["members_count"] == 2


async def test_the_nick_and_email_are_free_and_nothing_identifying_is_left(
    client: Client, make_user: Register, services_db: Any
) -> None:
    alice = await make_user("alice")
    await client.post(
        "/api/v1/auth/login",
        json={"login": alice.user["nick"], "password": alice.password},
    )
    await delete_account(client, alice)

    [row] = await fetch_all(
        services_db,
        "SELECT nick, email, password_hash, avatar, name, deleted_at IS NOT NULL"
        " FROM users WHERE id = %s",
        alice.id,
    )
    assert row == (None, None, None, None, "Deleted user", True)
    for table in ("tokens", "account_tokens", "mail_outbox", "exports"):
        assert (
            await fetch_all(services_db, f"SELECT 1 FROM {table} WHERE user_id = %s", alice.id)
            == []
        )

    again = await make_user(nick=alice.user["nick"].upper(), email=alice.user["email"])
    assert again.id != alice.id


async def test_a_deleted_user_is_no_one_to_find_or_to_add(
    client: Client, make_user: Register
) -> None:
    alice, bob = await make_user("alice"), await make_user("bob")
    group = await create_chat(client, bob, [])
    name = alice.user["name"]
    await delete_account(client, alice)

    found = await client.get("/api/v1/users", params={"q": "Deleted"}, headers=bob.headers)
    assert alice.id not in [user["id"] for user in (await found.json())["items"]]
    found = await client.get("/api/v1/users", params={"q": name}, headers=bob.headers)
    assert alice.id not in [user["id"] for user in (await found.json())["items"]]
    added = await client.post(
        f"/api/v1/chats/{group['id']}/members", json={"user_ids": [alice.id]}, headers=bob.headers
    )
    assert paths_of(await error_of(added, 422, "validation_failed")) == ["/user_ids/0"]
    personal = await client.post(
        "/api/v1/chats",
        json={"is_group_chat": False, "member_ids": [alice.id]},
        headers=bob.headers,
    )
    await error_of(personal, 422, "validation_failed")


async def test_uploads_no_message_carries_are_removed_with_their_files(
    client: Client, make_user: Register, attachments_dir: Path
) -> None:
    alice, bob = await make_user("alice"), await make_user("bob")
    chat = await create_chat(client, alice, [bob], group=False)

    sent = await upload(client, alice, chat["id"], b"sent file")
    await send(client, alice, chat["id"], "see the file", attachment_ids=[sent["id"]])
    await upload(client, alice, chat["id"], b"never sent")
    before = await asyncio.to_thread(stored_contents, attachments_dir)
    assert {b"sent file", b"never sent"} <= before

    await delete_account(client, alice)

    after = await asyncio.to_thread(stored_contents, attachments_dir)
    assert b"sent file" in after
    assert b"never sent" not in after
    kept = await client.get(f"/api/v1/attachments/{sent['id']}", headers=bob.headers)
    assert kept.status == 200
    assert await kept.read() == b"sent file"

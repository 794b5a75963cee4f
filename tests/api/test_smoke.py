"""The main path of the contract, end to end through the HTTP API."""

from __future__ import annotations

from tests.support.api import create_chat, send


async def test_register_chat_send_page_and_read(client, make_user):
    alice = await make_user("alice")
    bob = await make_user("bob")
    chat = await create_chat(client, alice, [bob], group=False)
    assert chat["is_group_chat"] is False
    assert chat["members_count"] == 2
    first = await send(client, alice, chat["id"], "  hello bob  ")
    assert first["content"] == "hello bob"
    second = await send(client, alice, chat["id"], "are you there?")

    response = await client.get("/api/v1/chats", headers=bob.headers)
    assert response.status == 200
    listing = await response.json()
    assert listing["next"] is None
    [seen] = [c for c in listing["items"] if c["id"] == chat["id"]]
    assert seen["unread_count"] == 2
    assert seen["last_message"]["id"] == second["id"]

    response = await client.get(f"/api/v1/chats/{chat['id']}/messages?limit=1", headers=bob.headers)
    page = await response.json()
    assert [m["id"] for m in page["items"]] == [second["id"]]
    assert page["next"] == second["id"]

    response = await client.post(
        f"/api/v1/chats/{chat['id']}/read", json={"message_id": first["id"]}, headers=bob.headers
    )
    assert response.status == 200
    assert await response.json() == {"unread_count": 1}

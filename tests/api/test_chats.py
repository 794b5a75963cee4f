"""/api/v1/chats: creating personal and group chats, the chat list, one chat."""

from __future__ import annotations

import base64
import json
from typing import Any

import pytest

from messenger.json_compare import equals_json
from tests.support.api import create_chat, error_of, paths_of, send

CHATS = "/api/v1/chats"
MISSING_ID = 2**63 - 1


def cursor_of(value: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")


async def chat_list(client: Any, viewer: Any, **query: Any) -> dict[str, Any]:
    response = await client.get(CHATS, params=query, headers=viewer.headers)
    assert response.status == 200, await response.text()
    page: dict[str, Any] = await response.json()
    return page


# --- create -----------------------------------------------------------------------------


async def test_create_personal_chat_is_201_with_the_chat(client, make_user):
    alice = await make_user("alice")
    bob = await make_user("bob")
    body = {"is_group_chat": False, "member_ids": [bob.id]}
    response = await client.post(CHATS, json=body, headers=alice.headers)
    assert response.status == 201
    chat = await response.json()
    assert set(chat) == {
        "id",
        "is_group_chat",
        "topic",
        "avatar",
        "created_by",
        "created_at",
        "members_count",
        "last_message",
        "unread_count",
        # docs/API.md, Additions: "Conversations"
        "mention_count",
        "muted",
        "retention_days",  # README, "Retention"
    }
    assert chat["is_group_chat"] is False
    assert chat["topic"] is None
    assert chat["avatar"] is None
    assert chat["created_by"] == alice.id
    assert chat["members_count"] == 2
    assert chat["last_message"] is None
    assert chat["unread_count"] == 0


async def test_create_personal_chat_again_is_200_with_the_same_chat(client, make_user):
    alice = await make_user("alice")
    bob = await make_user("bob")
    body = {"is_group_chat": False, "member_ids": [bob.id]}
    first = await client.post(CHATS, json=body, headers=alice.headers)
    again = await client.post(CHATS, json=body, headers=alice.headers)
    assert (first.status, again.status) == (201, 200)
    assert (await again.json())["id"] == (await first.json())["id"]


async def test_create_personal_chat_from_the_other_side_is_200_with_the_same_chat(
    client, make_user
):
    alice = await make_user("alice")
    bob = await make_user("bob")
    first = await client.post(
        CHATS, json={"is_group_chat": False, "member_ids": [bob.id]}, headers=alice.headers
    )
    mirrored = await client.post(
        CHATS, json={"is_group_chat": False, "member_ids": [alice.id]}, headers=bob.headers
    )
    assert (first.status, mirrored.status) == (201, 200)
    chat = await mirrored.json()
    assert chat["id"] == (await first.json())["id"]
    assert chat["created_by"] == alice.id


async def test_create_personal_chat_may_list_the_caller_too(client, make_user):
    alice = await make_user("alice")
    bob = await make_user("bob")
    body = {"is_group_chat": False, "member_ids": [alice.id, bob.id]}
    response = await client.post(CHATS, json=body, headers=alice.headers)
    assert response.status == 201
    assert (await response.json())["members_count"] == 2


async def test_existing_personal_chat_comes_back_with_its_last_message(client, make_user):
    alice = await make_user("alice")
    bob = await make_user("bob")
    chat = await create_chat(client, alice, [bob], group=False)
    message = await send(client, alice, chat["id"], "hi")
    body = {"is_group_chat": False, "member_ids": [alice.id]}
    response = await client.post(CHATS, json=body, headers=bob.headers)
    assert response.status == 200
    again = await response.json()
    assert again["last_message"]["id"] == message["id"]
    assert again["unread_count"] == 1


async def test_create_group_chat_is_201_with_topic_and_all_members(client, make_user):
    owner = await make_user("owner")
    bob = await make_user("bob")
    carol = await make_user("carol")
    body = {
        "is_group_chat": True,
        "topic": "  Planning  ",
        "avatar": "https://example.com/g.png",
        "member_ids": [bob.id, carol.id, bob.id, owner.id],
    }
    response = await client.post(CHATS, json=body, headers=owner.headers)
    assert response.status == 201
    chat = await response.json()
    assert chat["is_group_chat"] is True
    assert chat["topic"] == "Planning"
    assert chat["avatar"] == "https://example.com/g.png"
    assert chat["created_by"] == owner.id
    assert chat["members_count"] == 3


async def test_create_group_chat_twice_makes_two_chats(client, make_user):
    owner = await make_user("owner")
    bob = await make_user("bob")
    first = await create_chat(client, owner, [bob])
    second = await create_chat(client, owner, [bob])
    assert first["id"] != second["id"]


async def test_create_group_chat_with_no_other_members_is_allowed(client, make_user):
    owner = await make_user("owner")
    chat = await create_chat(client, owner, [])
    assert chat["members_count"] == 1


async def test_create_group_chat_without_topic_is_422(client, make_user):
    owner = await make_user("owner")
    bob = await make_user("bob")
    response = await client.post(
        CHATS, json={"is_group_chat": True, "member_ids": [bob.id]}, headers=owner.headers
    )
    error = await error_of(response, 422, "validation_failed")
    assert paths_of(error) == ["/topic"]


async def test_create_group_chat_with_blank_topic_is_422(client, make_user):
    owner = await make_user("owner")
    response = await client.post(
        CHATS, json={"is_group_chat": True, "topic": "   ", "member_ids": []}, headers=owner.headers
    )
    error = await error_of(response, 422, "validation_failed")
    assert paths_of(error) == ["/topic"]


async def test_create_chat_with_unknown_member_ids_is_422_naming_each_index(client, make_user):
    owner = await make_user("owner")
    bob = await make_user("bob")
    body = {
        "is_group_chat": True,
        "topic": "t",
        "member_ids": [bob.id, MISSING_ID, MISSING_ID - 1],
    }
    response = await client.post(CHATS, json=body, headers=owner.headers)
    error = await error_of(response, 422, "validation_failed")
    assert paths_of(error) == ["/member_ids/1", "/member_ids/2"]


async def test_create_personal_chat_with_an_unknown_user_is_422(client, make_user):
    alice = await make_user("alice")
    body = {"is_group_chat": False, "member_ids": [MISSING_ID]}
    response = await client.post(CHATS, json=body, headers=alice.headers)
    error = await error_of(response, 422, "validation_failed")
    assert paths_of(error) == ["/member_ids/0"]


async def test_create_personal_chat_with_only_yourself_is_422(client, make_user):
    alice = await make_user("alice")
    body = {"is_group_chat": False, "member_ids": [alice.id]}
    response = await client.post(CHATS, json=body, headers=alice.headers)
    error = await error_of(response, 422, "validation_failed")
    assert paths_of(error) == ["/member_ids"]


async def test_create_personal_chat_with_nobody_is_422(client, make_user):
    alice = await make_user("alice")
    body = {"is_group_chat": False, "member_ids": []}
    response = await client.post(CHATS, json=body, headers=alice.headers)
    await error_of(response, 422, "validation_failed")


async def test_create_personal_chat_with_two_others_is_422(client, make_user):
    alice = await make_user("alice")
    bob = await make_user("bob")
    carol = await make_user("carol")
    body = {"is_group_chat": False, "member_ids": [bob.id, carol.id]}
    response = await client.post(CHATS, json=body, headers=alice.headers)
    error = await error_of(response, 422, "validation_failed")
    assert paths_of(error) == ["/member_ids"]


async def test_create_personal_chat_with_a_topic_is_422(client, make_user):
    alice = await make_user("alice")
    bob = await make_user("bob")
    body = {"is_group_chat": False, "topic": "nope", "member_ids": [bob.id]}
    response = await client.post(CHATS, json=body, headers=alice.headers)
    error = await error_of(response, 422, "validation_failed")
    assert paths_of(error) == ["/topic"]


async def test_create_chat_reports_every_failing_path_as_422(client, make_user):
    alice = await make_user("alice")
    body = {"is_group_chat": "yes", "member_ids": [0, "x"], "topic": "", "colour": "red"}
    response = await client.post(CHATS, json=body, headers=alice.headers)
    error = await error_of(response, 422, "validation_failed")
    # Each failing path exactly once, in whatever order the server lists them.
    assert equals_json(
        paths_of(error), ["/is_group_chat", "/member_ids/0", "/member_ids/1", "/topic", "/colour"]
    )


async def test_create_chat_without_required_fields_is_422(client, make_user):
    alice = await make_user("alice")
    response = await client.post(CHATS, json={}, headers=alice.headers)
    error = await error_of(response, 422, "validation_failed")
    assert equals_json(paths_of(error), ["/is_group_chat", "/member_ids"])


async def test_create_chat_requires_a_token(client):
    response = await client.post(
        CHATS, json={"is_group_chat": True, "topic": "t", "member_ids": []}
    )
    await error_of(response, 401, "unauthorized")


# --- the chat list ----------------------------------------------------------------------


async def test_chat_list_shows_most_recent_activity_first(client, make_user):
    me = await make_user("me")
    bob = await make_user("bob")
    first = await create_chat(client, me, [bob], topic="first")
    second = await create_chat(client, me, [bob], topic="second")
    third = await create_chat(client, me, [bob], topic="third")
    page = await chat_list(client, me)
    assert [c["id"] for c in page["items"]] == [third["id"], second["id"], first["id"]]

    await send(client, bob, first["id"], "bump")
    page = await chat_list(client, me)
    assert [c["id"] for c in page["items"]] == [first["id"], third["id"], second["id"]]


async def test_chat_list_only_holds_the_callers_chats(client, make_user):
    me = await make_user("me")
    bob = await make_user("bob")
    carol = await make_user("carol")
    mine = await create_chat(client, me, [bob])
    await create_chat(client, bob, [carol])
    page = await chat_list(client, me)
    assert [c["id"] for c in page["items"]] == [mine["id"]]


async def test_chat_list_carries_last_message_and_unread_count(client, make_user):
    me = await make_user("me")
    bob = await make_user("bob")
    chat = await create_chat(client, bob, [me], group=False)
    await send(client, bob, chat["id"], "one")
    await send(client, me, chat["id"], "mine")
    last = await send(client, bob, chat["id"], "three")
    [seen] = (await chat_list(client, me))["items"]
    assert seen["last_message"] == last
    # The caller's own message is never unread.
    assert seen["unread_count"] == 2
    [theirs] = (await chat_list(client, bob))["items"]
    assert theirs["unread_count"] == 1


async def test_chat_list_pages_with_the_cursor_without_gaps_or_repeats(client, make_user):
    me = await make_user("me")
    bob = await make_user("bob")
    created = [(await create_chat(client, me, [bob], topic=f"c{i}"))["id"] for i in range(5)]
    seen: list[int] = []
    cursor = None
    pages = 0
    while True:
        query: dict[str, Any] = {"limit": 2}
        if cursor is not None:
            query["after"] = cursor
        page = await chat_list(client, me, **query)
        pages += 1
        seen.extend(c["id"] for c in page["items"])
        cursor = page["next"]
        if cursor is None:
            break
        assert isinstance(cursor, str)
    assert seen == list(reversed(created))
    assert pages == 3


async def test_chat_list_of_a_new_user_is_empty(client, make_user):
    me = await make_user("lonely")
    assert await chat_list(client, me) == {"items": [], "next": None}


@pytest.mark.parametrize(
    "cursor",
    [
        "garbage",
        "!!!",
        "é",
        cursor_of(["2024-01-01T00:00:00+00:00", True]),
        cursor_of(["2024-01-01T00:00:00+00:00", 0]),
        cursor_of(["2024-01-01T00:00:00+00:00", 2**63]),
        cursor_of(["2024-01-01T00:00:00+00:00", "1"]),
        cursor_of(["2024-01-01T00:00:00", 1]),
        cursor_of(["not a time", 1]),
        cursor_of([20240101, 1]),
        cursor_of({"at": "2024-01-01T00:00:00+00:00", "id": 1}),
        cursor_of(["2024-01-01T00:00:00+00:00", 1, 2]),
        "A" * 101,
    ],
)
async def test_chat_list_with_malformed_cursor_is_400(client, make_user, cursor):
    me = await make_user("me")
    response = await client.get(CHATS, params={"after": cursor}, headers=me.headers)
    await error_of(response, 400, "bad_request")


@pytest.mark.parametrize("limit", ["0", "101", "abc", "-1"])
async def test_chat_list_with_malformed_limit_is_400(client, make_user, limit):
    me = await make_user("me")
    response = await client.get(CHATS, params={"limit": limit}, headers=me.headers)
    error = await error_of(response, 400, "bad_request")
    assert paths_of(error) == ["limit"]


async def test_chat_list_requires_a_token(client):
    await error_of(await client.get(CHATS), 401, "unauthorized")


# --- one chat ---------------------------------------------------------------------------


async def test_get_chat_returns_it_as_the_caller_sees_it(client, make_user):
    me = await make_user("me")
    bob = await make_user("bob")
    chat = await create_chat(client, me, [bob], topic="Seen")
    message = await send(client, bob, chat["id"], "hello")
    response = await client.get(f"{CHATS}/{chat['id']}", headers=me.headers)
    assert response.status == 200
    seen = await response.json()
    assert seen == {**chat, "last_message": message, "unread_count": 1}


async def test_get_chat_of_which_the_caller_is_not_a_member_is_404(client, make_user):
    me = await make_user("me")
    bob = await make_user("bob")
    carol = await make_user("carol")
    chat = await create_chat(client, bob, [carol])
    response = await client.get(f"{CHATS}/{chat['id']}", headers=me.headers)
    error = await error_of(response, 404, "not_found")
    missing = await client.get(f"{CHATS}/{MISSING_ID}", headers=me.headers)
    # Indistinguishable from a chat that does not exist.
    assert error == await error_of(missing, 404, "not_found")


@pytest.mark.parametrize("raw_id", ["abc", "0", "-1", str(2**63)])
async def test_get_chat_with_malformed_id_is_400(client, make_user, raw_id):
    me = await make_user("me")
    response = await client.get(f"{CHATS}/{raw_id}", headers=me.headers)
    await error_of(response, 400, "bad_request")


async def test_get_chat_requires_a_token(client, make_user):
    me = await make_user("me")
    chat = await create_chat(client, me, [])
    await error_of(await client.get(f"{CHATS}/{chat['id']}"), 401, "unauthorized")

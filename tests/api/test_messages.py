"""Messages: send (idempotent), history, edit, delete, clear, read marker."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

import pytest

from messenger.json_compare import equals_json
from tests.support.api import create_chat, error_of, paths_of, send

MISSING_ID = 2**63 - 1


def messages_url(chat: dict[str, Any]) -> str:
    return f"/api/v1/chats/{chat['id']}/messages"


async def post_message(client: Any, author: Any, chat: dict[str, Any], body: Any) -> Any:
    return await client.post(messages_url(chat), json=body, headers=author.headers)


async def history(client: Any, viewer: Any, chat: dict[str, Any], **query: Any) -> dict:
    response = await client.get(messages_url(chat), params=query, headers=viewer.headers)
    assert response.status == 200, await response.text()
    page: dict[str, Any] = await response.json()
    return page


async def history_ids(client: Any, viewer: Any, chat: dict[str, Any]) -> list[int]:
    page = await history(client, viewer, chat, limit=100)
    return [message["id"] for message in page["items"]]


async def read(client: Any, reader: Any, chat: dict[str, Any], message_id: int) -> Any:
    return await client.post(
        f"/api/v1/chats/{chat['id']}/read", json={"message_id": message_id}, headers=reader.headers
    )


async def unread_after_read(client: Any, reader: Any, chat: dict[str, Any], message_id: int) -> int:
    response = await read(client, reader, chat, message_id)
    assert response.status == 200, await response.text()
    payload = await response.json()
    assert set(payload) == {"unread_count"}
    count: int = payload["unread_count"]
    return count


@pytest.fixture
async def pair(client, make_user):
    """Alice and Bob with their personal chat."""
    alice = await make_user("alice")
    bob = await make_user("bob")
    chat = await create_chat(client, alice, [bob], group=False)
    return alice, bob, chat


@pytest.fixture
async def group(client, make_user):
    """An owner, two members and their group chat."""
    owner = await make_user("owner")
    bob = await make_user("bob")
    carol = await make_user("carol")
    chat = await create_chat(client, owner, [bob, carol])
    return owner, bob, carol, chat


# --- send -------------------------------------------------------------------------------


async def test_send_is_201_with_the_message(client, pair):
    alice, _, chat = pair
    response = await post_message(client, alice, chat, {"content": "hello"})
    assert response.status == 201
    message = await response.json()
    assert set(message) == {
        "id",
        "chat_id",
        "user_id",
        "content",
        "client_message_id",
        "created_at",
        "edited_at",
        "attachments",
        # docs/API.md, Additions: "Conversations"
        "reply_to",
        "reactions",
        "mentions",
        "forwarded_from",
        "pinned",
    }
    assert message["chat_id"] == chat["id"]
    assert message["user_id"] == alice.id
    assert message["content"] == "hello"
    assert message["client_message_id"] is None
    assert message["edited_at"] is None
    assert message["attachments"] == []
    assert message["created_at"].endswith("Z")


async def test_send_trims_leading_and_trailing_white_space(client, pair):
    alice, _, chat = pair
    message = await send(client, alice, chat["id"], " \n\t hello  world \r\n ")
    assert message["content"] == "hello  world"


async def test_send_keeps_4000_characters(client, pair):
    alice, _, chat = pair
    message = await send(client, alice, chat["id"], "é" * 4000)
    assert message["content"] == "é" * 4000


async def test_send_counts_4000_characters_after_trimming(client, pair):
    alice, _, chat = pair
    message = await send(client, alice, chat["id"], "  " + "x" * 4000 + "  ")
    assert len(message["content"]) == 4000


@pytest.mark.parametrize("content", ["", "   ", "\n\t \r\n", "x" * 4001])
async def test_send_with_empty_or_too_long_content_is_422(client, pair, content):
    alice, _, chat = pair
    error = await error_of(
        await post_message(client, alice, chat, {"content": content}), 422, "validation_failed"
    )
    assert paths_of(error) == ["/content"]
    assert await history_ids(client, alice, chat) == []


async def test_send_reports_every_failing_path_as_422(client, pair):
    alice, _, chat = pair
    body = {"content": 5, "client_message_id": "nope", "attachment_ids": [0], "pin": True}
    error = await error_of(await post_message(client, alice, chat, body), 422, "validation_failed")
    assert equals_json(
        paths_of(error), ["/content", "/client_message_id", "/attachment_ids/0", "/pin"]
    )


async def test_send_without_content_is_422(client, pair):
    alice, _, chat = pair
    error = await error_of(await post_message(client, alice, chat, {}), 422, "validation_failed")
    assert paths_of(error) == ["/content"]


@pytest.mark.parametrize(
    "client_message_id",
    ["not-a-uuid", "1234", "{12345678-1234-5678-1234-567812345678}", ""],
)
async def test_send_with_invalid_client_message_id_is_422(client, pair, client_message_id):
    alice, _, chat = pair
    body = {"content": "hi", "client_message_id": client_message_id}
    error = await error_of(await post_message(client, alice, chat, body), 422, "validation_failed")
    assert paths_of(error) == ["/client_message_id"]


async def test_send_retry_with_same_client_message_id_is_200_with_the_first_message(client, pair):
    alice, bob, chat = pair
    body = {"content": "once", "client_message_id": str(uuid.uuid4())}
    first = await post_message(client, alice, chat, body)
    retry = await post_message(client, alice, chat, {**body, "content": "  once "})
    assert (first.status, retry.status) == (201, 200)
    message = await first.json()
    assert await retry.json() == message
    assert message["client_message_id"] == body["client_message_id"]
    assert await history_ids(client, bob, chat) == [message["id"]]


async def test_send_retry_matches_client_message_id_in_any_case(client, pair):
    alice, _, chat = pair
    client_id = str(uuid.uuid4())
    first = await post_message(
        client, alice, chat, {"content": "x", "client_message_id": client_id}
    )
    retry = await post_message(
        client, alice, chat, {"content": "x", "client_message_id": client_id.upper()}
    )
    assert (first.status, retry.status) == (201, 200)
    assert (await retry.json())["id"] == (await first.json())["id"]


async def test_racing_retries_create_one_message(client, pair):
    alice, _, chat = pair
    body = {"content": "raced", "client_message_id": str(uuid.uuid4())}
    responses = await asyncio.gather(*(post_message(client, alice, chat, body) for _ in range(5)))
    statuses = sorted(r.status for r in responses)
    assert statuses == [200, 200, 200, 200, 201]
    ids = {(await r.json())["id"] for r in responses}
    assert len(ids) == 1
    assert await history_ids(client, alice, chat) == list(ids)


async def test_send_same_client_message_id_with_other_content_is_409(client, pair):
    alice, _, chat = pair
    body = {"content": "first", "client_message_id": str(uuid.uuid4())}
    await post_message(client, alice, chat, body)
    response = await post_message(client, alice, chat, {**body, "content": "second"})
    error = await error_of(response, 409, "conflict")
    assert paths_of(error) == ["/client_message_id"]
    page = await history(client, alice, chat)
    assert [m["content"] for m in page["items"]] == ["first"]


async def test_same_client_message_id_from_another_user_is_a_new_message(client, pair):
    alice, bob, chat = pair
    client_id = str(uuid.uuid4())
    mine = await post_message(client, alice, chat, {"content": "a", "client_message_id": client_id})
    theirs = await post_message(client, bob, chat, {"content": "a", "client_message_id": client_id})
    assert (mine.status, theirs.status) == (201, 201)
    assert (await mine.json())["id"] != (await theirs.json())["id"]


async def test_same_client_message_id_in_another_chat_is_a_new_message(client, make_user, pair):
    alice, bob, chat = pair
    other_chat = await create_chat(client, alice, [bob])
    body = {"content": "a", "client_message_id": str(uuid.uuid4())}
    assert (await post_message(client, alice, chat, body)).status == 201
    assert (await post_message(client, alice, other_chat, body)).status == 201


async def test_send_to_a_chat_the_caller_is_not_in_is_404(client, make_user, pair):
    _, _, chat = pair
    stranger = await make_user("stranger")
    response = await post_message(client, stranger, chat, {"content": "let me in"})
    await error_of(response, 404, "not_found")


async def test_send_to_an_unknown_chat_is_404(client, pair):
    alice, _, _ = pair
    response = await post_message(client, alice, {"id": MISSING_ID}, {"content": "x"})
    await error_of(response, 404, "not_found")


async def test_send_to_a_malformed_chat_id_is_400(client, pair):
    alice, _, _ = pair
    response = await post_message(client, alice, {"id": "abc"}, {"content": "x"})
    await error_of(response, 400, "bad_request")


async def test_send_requires_a_token(client, pair):
    _, _, chat = pair
    response = await client.post(messages_url(chat), json={"content": "x"})
    await error_of(response, 401, "unauthorized")


# --- history ----------------------------------------------------------------------------


async def test_history_is_newest_first_and_pages_back_with_before(client, pair):
    alice, bob, chat = pair
    sent = [(await send(client, alice, chat["id"], f"m{i}"))["id"] for i in range(5)]
    page = await history(client, bob, chat, limit=2)
    assert [m["id"] for m in page["items"]] == [sent[4], sent[3]]
    assert page["next"] == sent[3]
    page = await history(client, bob, chat, limit=2, before=page["next"])
    assert [m["id"] for m in page["items"]] == [sent[2], sent[1]]
    assert page["next"] == sent[1]
    page = await history(client, bob, chat, limit=2, before=page["next"])
    assert [m["id"] for m in page["items"]] == [sent[0]]
    assert page["next"] is None


async def test_history_default_page_holds_50_messages(client, pair):
    alice, bob, chat = pair
    for i in range(51):
        await send(client, alice, chat["id"], f"m{i}")
    page = await history(client, bob, chat)
    assert len(page["items"]) == 50
    assert page["next"] == page["items"][-1]["id"]


async def test_history_with_after_is_oldest_first_and_pages_forward(client, pair):
    alice, bob, chat = pair
    sent = [(await send(client, alice, chat["id"], f"m{i}"))["id"] for i in range(5)]
    page = await history(client, bob, chat, after=sent[0], limit=2)
    assert [m["id"] for m in page["items"]] == [sent[1], sent[2]]
    assert page["next"] == sent[2]
    page = await history(client, bob, chat, after=page["next"], limit=2)
    assert [m["id"] for m in page["items"]] == [sent[3], sent[4]]
    assert page["next"] is None
    page = await history(client, bob, chat, after=sent[4])
    assert page == {"items": [], "next": None}


async def test_history_after_zero_returns_everything_oldest_first(client, pair):
    alice, bob, chat = pair
    sent = [(await send(client, bob, chat["id"], f"m{i}"))["id"] for i in range(3)]
    page = await history(client, alice, chat, after=0)
    assert [m["id"] for m in page["items"]] == sent


async def test_history_holds_only_this_chats_messages(client, pair):
    alice, bob, chat = pair
    other = await create_chat(client, alice, [bob])
    mine = await send(client, alice, chat["id"], "here")
    await send(client, alice, other["id"], "elsewhere")
    assert await history_ids(client, bob, chat) == [mine["id"]]


async def test_history_with_before_and_after_together_is_400(client, pair):
    alice, _, chat = pair
    response = await client.get(
        messages_url(chat), params={"before": 10, "after": 1}, headers=alice.headers
    )
    await error_of(response, 400, "bad_request")


@pytest.mark.parametrize(
    "query",
    [
        {"limit": "0"},
        {"limit": "101"},
        {"limit": "abc"},
        {"limit": "1.5"},
        {"before": "-1"},
        {"before": "abc"},
        {"after": "x"},
        {"after": str(2**63)},
    ],
)
async def test_history_with_malformed_parameter_is_400(client, pair, query):
    alice, _, chat = pair
    response = await client.get(messages_url(chat), params=query, headers=alice.headers)
    error = await error_of(response, 400, "bad_request")
    assert paths_of(error) == list(query)


async def test_history_accepts_limit_100(client, pair):
    alice, _, chat = pair
    await send(client, alice, chat["id"], "x")
    page = await history(client, alice, chat, limit=100)
    assert len(page["items"]) == 1


async def test_history_of_a_chat_the_caller_is_not_in_is_404(client, make_user, pair):
    _, _, chat = pair
    stranger = await make_user("stranger")
    response = await client.get(messages_url(chat), headers=stranger.headers)
    await error_of(response, 404, "not_found")


# --- edit -------------------------------------------------------------------------------


async def test_author_edits_a_message_and_edited_at_is_set(client, pair):
    alice, bob, chat = pair
    message = await send(client, alice, chat["id"], "typo")
    response = await client.patch(
        f"/api/v1/messages/{message['id']}", json={"content": "  fixed "}, headers=alice.headers
    )
    assert response.status == 200
    edited = await response.json()
    assert edited["content"] == "fixed"
    assert edited["edited_at"] is not None
    assert edited["edited_at"] >= edited["created_at"]
    assert {k: v for k, v in edited.items() if k not in ("content", "edited_at")} == {
        k: v for k, v in message.items() if k not in ("content", "edited_at")
    }
    [seen] = (await history(client, bob, chat))["items"]
    assert seen == edited


async def test_another_member_editing_a_message_is_403(client, group):
    owner, bob, _, chat = group
    message = await send(client, bob, chat["id"], "mine")
    response = await client.patch(
        f"/api/v1/messages/{message['id']}", json={"content": "hijacked"}, headers=owner.headers
    )
    await error_of(response, 403, "forbidden")
    [seen] = (await history(client, bob, chat))["items"]
    assert seen["content"] == "mine"


async def test_editing_a_message_of_a_chat_the_caller_is_not_in_is_404(client, make_user, pair):
    alice, _, chat = pair
    stranger = await make_user("stranger")
    message = await send(client, alice, chat["id"], "private")
    response = await client.patch(
        f"/api/v1/messages/{message['id']}", json={"content": "x"}, headers=stranger.headers
    )
    await error_of(response, 404, "not_found")


async def test_editing_an_unknown_message_is_404(client, pair):
    alice, _, _ = pair
    response = await client.patch(
        f"/api/v1/messages/{MISSING_ID}", json={"content": "x"}, headers=alice.headers
    )
    await error_of(response, 404, "not_found")


@pytest.mark.parametrize("body", [{"content": "  "}, {"content": "x" * 4001}, {}, {"x": 1}])
async def test_editing_with_an_invalid_body_is_422(client, pair, body):
    alice, _, chat = pair
    message = await send(client, alice, chat["id"], "fine")
    response = await client.patch(
        f"/api/v1/messages/{message['id']}", json=body, headers=alice.headers
    )
    await error_of(response, 422, "validation_failed")


async def test_editing_with_a_malformed_id_is_400(client, pair):
    alice, _, _ = pair
    response = await client.patch(
        "/api/v1/messages/0", json={"content": "x"}, headers=alice.headers
    )
    await error_of(response, 400, "bad_request")


# --- delete -----------------------------------------------------------------------------


async def test_author_deletes_a_message(client, pair):
    alice, bob, chat = pair
    keep = await send(client, alice, chat["id"], "keep")
    gone = await send(client, alice, chat["id"], "gone")
    response = await client.delete(f"/api/v1/messages/{gone['id']}", headers=alice.headers)
    assert response.status == 204
    assert await history_ids(client, bob, chat) == [keep["id"]]


async def test_group_owner_deletes_someone_elses_message(client, group):
    owner, bob, carol, chat = group
    message = await send(client, bob, chat["id"], "spam")
    response = await client.delete(f"/api/v1/messages/{message['id']}", headers=owner.headers)
    assert response.status == 204
    assert await history_ids(client, carol, chat) == []


async def test_group_member_deleting_someone_elses_message_is_403(client, group):
    owner, bob, carol, chat = group
    for author in (owner, carol):
        message = await send(client, author, chat["id"], "not yours")
        response = await client.delete(f"/api/v1/messages/{message['id']}", headers=bob.headers)
        await error_of(response, 403, "forbidden")
    assert len(await history_ids(client, bob, chat)) == 2


async def test_personal_chat_member_deleting_the_other_ones_message_is_403(client, pair):
    alice, bob, chat = pair
    message = await send(client, alice, chat["id"], "mine")
    response = await client.delete(f"/api/v1/messages/{message['id']}", headers=bob.headers)
    await error_of(response, 403, "forbidden")


async def test_deleting_a_message_twice_is_404_the_second_time(client, pair):
    alice, _, chat = pair
    message = await send(client, alice, chat["id"], "once")
    url = f"/api/v1/messages/{message['id']}"
    assert (await client.delete(url, headers=alice.headers)).status == 204
    await error_of(await client.delete(url, headers=alice.headers), 404, "not_found")


async def test_deleting_a_message_of_a_chat_the_caller_is_not_in_is_404(client, make_user, pair):
    alice, _, chat = pair
    stranger = await make_user("stranger")
    message = await send(client, alice, chat["id"], "private")
    response = await client.delete(f"/api/v1/messages/{message['id']}", headers=stranger.headers)
    await error_of(response, 404, "not_found")


async def test_deleting_with_a_malformed_id_is_400(client, pair):
    alice, _, _ = pair
    await error_of(
        await client.delete("/api/v1/messages/abc", headers=alice.headers), 400, "bad_request"
    )


async def test_deleting_the_last_message_updates_the_chats_last_message(client, pair):
    alice, bob, chat = pair
    first = await send(client, alice, chat["id"], "first")
    second = await send(client, alice, chat["id"], "second")
    await client.delete(f"/api/v1/messages/{second['id']}", headers=alice.headers)
    response = await client.get(f"/api/v1/chats/{chat['id']}", headers=bob.headers)
    seen = await response.json()
    assert seen["last_message"]["id"] == first["id"]
    assert seen["unread_count"] == 1


# --- clear ------------------------------------------------------------------------------


async def test_group_owner_clears_the_chat(client, group):
    owner, bob, carol, chat = group
    for author in (owner, bob, carol):
        await send(client, author, chat["id"], "x")
    response = await client.delete(messages_url(chat), headers=owner.headers)
    assert response.status == 204
    assert await history_ids(client, bob, chat) == []
    seen = await (await client.get(f"/api/v1/chats/{chat['id']}", headers=bob.headers)).json()
    assert seen["last_message"] is None
    assert seen["unread_count"] == 0


async def test_group_member_clearing_the_chat_is_403(client, group):
    _, bob, _, chat = group
    await send(client, bob, chat["id"], "stays")
    await error_of(await client.delete(messages_url(chat), headers=bob.headers), 403, "forbidden")
    assert len(await history_ids(client, bob, chat)) == 1


@pytest.mark.parametrize("clearer", ["alice", "bob"])
async def test_either_member_of_a_personal_chat_clears_it(client, pair, clearer):
    alice, bob, chat = pair
    await send(client, alice, chat["id"], "a")
    await send(client, bob, chat["id"], "b")
    actor = alice if clearer == "alice" else bob
    assert (await client.delete(messages_url(chat), headers=actor.headers)).status == 204
    assert await history_ids(client, alice, chat) == []


async def test_clearing_a_chat_the_caller_is_not_in_is_404(client, make_user, pair):
    alice, _, chat = pair
    stranger = await make_user("stranger")
    await send(client, alice, chat["id"], "stays")
    response = await client.delete(messages_url(chat), headers=stranger.headers)
    await error_of(response, 404, "not_found")
    assert len(await history_ids(client, alice, chat)) == 1


# --- read marker ------------------------------------------------------------------------


async def test_read_marker_returns_the_unread_count(client, pair):
    alice, bob, chat = pair
    sent = [(await send(client, alice, chat["id"], f"m{i}"))["id"] for i in range(3)]
    assert await unread_after_read(client, bob, chat, sent[0]) == 2
    assert await unread_after_read(client, bob, chat, sent[2]) == 0


async def test_read_marker_never_moves_back(client, pair):
    alice, bob, chat = pair
    sent = [(await send(client, alice, chat["id"], f"m{i}"))["id"] for i in range(3)]
    assert await unread_after_read(client, bob, chat, sent[1]) == 1
    assert await unread_after_read(client, bob, chat, sent[0]) == 1
    seen = await (await client.get(f"/api/v1/chats/{chat['id']}", headers=bob.headers)).json()
    assert seen["unread_count"] == 1
    members = await (
        await client.get(f"/api/v1/chats/{chat['id']}/members", headers=bob.headers)
    ).json()
    [mine] = [m for m in members["items"] if m["user"]["id"] == bob.id]
    assert mine["last_read_message_id"] == sent[1]


async def test_read_marker_is_clamped_to_the_chats_newest_message(client, pair):
    alice, bob, chat = pair
    newest = await send(client, alice, chat["id"], "newest")
    assert await unread_after_read(client, bob, chat, MISSING_ID) == 0
    members = await (
        await client.get(f"/api/v1/chats/{chat['id']}/members", headers=bob.headers)
    ).json()
    [mine] = [m for m in members["items"] if m["user"]["id"] == bob.id]
    assert mine["last_read_message_id"] == newest["id"]
    # A message sent after the far-future read is unread, not silently marked read.
    await send(client, alice, chat["id"], "later")
    seen = await (await client.get(f"/api/v1/chats/{chat['id']}", headers=bob.headers)).json()
    assert seen["unread_count"] == 1


async def test_read_marker_in_an_empty_chat_is_zero_never_negative(client, pair):
    _, bob, chat = pair
    assert await unread_after_read(client, bob, chat, 1) == 0
    assert await unread_after_read(client, bob, chat, MISSING_ID) == 0


async def test_own_messages_never_count_as_unread(client, pair):
    alice, _, chat = pair
    mine = await send(client, alice, chat["id"], "mine")
    assert await unread_after_read(client, alice, chat, mine["id"]) == 0
    seen = await (await client.get(f"/api/v1/chats/{chat['id']}", headers=alice.headers)).json()
    assert seen["unread_count"] == 0


async def test_unread_count_stays_exact_after_a_clear(client, pair):
    alice, bob, chat = pair
    first = await send(client, alice, chat["id"], "one")
    await send(client, alice, chat["id"], "two")
    assert await unread_after_read(client, bob, chat, first["id"]) == 1
    await client.delete(messages_url(chat), headers=alice.headers)
    assert await unread_after_read(client, bob, chat, first["id"]) == 0


async def test_read_marker_in_a_chat_the_caller_is_not_in_is_404(client, make_user, pair):
    alice, _, chat = pair
    stranger = await make_user("stranger")
    message = await send(client, alice, chat["id"], "x")
    await error_of(await read(client, stranger, chat, message["id"]), 404, "not_found")


@pytest.mark.parametrize(
    "body", [{}, {"message_id": 0}, {"message_id": "1"}, {"message_id": 1.5}, {"message_id": None}]
)
async def test_read_marker_with_an_invalid_body_is_422(client, pair, body):
    _, bob, chat = pair
    response = await client.post(f"/api/v1/chats/{chat['id']}/read", json=body, headers=bob.headers)
    error = await error_of(response, 422, "validation_failed")
    assert paths_of(error) == ["/message_id"]


async def test_read_marker_requires_a_token(client, pair):
    _, _, chat = pair
    response = await client.post(f"/api/v1/chats/{chat['id']}/read", json={"message_id": 1})
    await error_of(response, 401, "unauthorized")


async def test_a_late_retry_of_a_send_leaves_the_chat_where_it_was_in_the_list(client, make_user):
    # Found in review: a retry moved the chat's activity without bumping the cached list,
    # so the chat fell between two pages.
    me, other = await make_user("me"), await make_user("other")
    old = await create_chat(client, me, [other], topic="old")
    client_message_id = str(uuid.uuid4())
    await send(client, me, old["id"], "first", client_message_id=client_message_id)
    for topic in ("newer", "newest"):
        chat = await create_chat(client, me, [other], topic=topic)
        await send(client, me, chat["id"], topic)
    first = await (await client.get("/api/v1/chats?limit=2", headers=me.headers)).json()

    retry = await client.post(
        f"/api/v1/chats/{old['id']}/messages",
        json={"content": "first", "client_message_id": client_message_id},
        headers=me.headers,
    )
    assert retry.status == 200

    again = await (await client.get("/api/v1/chats?limit=2", headers=me.headers)).json()
    assert again == first
    rest = await client.get(f"/api/v1/chats?limit=2&after={again['next']}", headers=me.headers)
    assert [c["topic"] for c in (await rest.json())["items"]] == ["old"]

"""Conversations (docs/API.md, "Conversations"): replies, forwards, mentions, reactions,
pins and mute, with every rule and 4xx of the contract, on the real stack."""

from __future__ import annotations

import uuid
from contextlib import closing
from typing import Any
from urllib.parse import quote

import aiohttp
import psycopg2
import pytest

from tests.support.api import Account, create_chat, error_of, paths_of, send

V1 = "/api/v1"


def messages_url(chat: dict[str, Any]) -> str:
    return f"{V1}/chats/{chat['id']}/messages"


async def post(client: Any, author: Account, chat: dict[str, Any], body: Any) -> Any:
    return await client.post(messages_url(chat), json=body, headers=author.headers)


async def history(client: Any, viewer: Account, chat: dict[str, Any]) -> list[dict[str, Any]]:
    response = await client.get(messages_url(chat), headers=viewer.headers)
    assert response.status == 200, await response.text()
    items: list[dict[str, Any]] = (await response.json())["items"]
    return items


async def shown(client: Any, viewer: Account, chat: dict[str, Any], message_id: int) -> dict:
    [message] = [m for m in await history(client, viewer, chat) if m["id"] == message_id]
    return message


def reaction_url(message_id: int, emoji: str) -> str:
    return f"{V1}/messages/{message_id}/reactions/{quote(emoji, safe='')}"


async def react(client: Any, who: Account, message_id: int, emoji: str, *, add: bool = True) -> Any:
    method = client.put if add else client.delete
    return await method(reaction_url(message_id, emoji), headers=who.headers)


async def reactions_after(
    client: Any, who: Account, message_id: int, emoji: str, *, add: bool = True
) -> list[dict[str, Any]]:
    response = await react(client, who, message_id, emoji, add=add)
    assert response.status == 200, await response.text()
    body = await response.json()
    assert set(body) == {"reactions"}
    reactions: list[dict[str, Any]] = body["reactions"]
    return reactions


def rows_naming(config: Any, message_id: int) -> dict[str, int]:
    """How many rows of each conversation table name the message."""
    queries = {
        "reactions": "SELECT count(*) FROM reactions WHERE message_id = %s",
        "pins": "SELECT count(*) FROM pins WHERE message_id = %s",
        "mentions": "SELECT count(*) FROM mentions WHERE message_id = %s",
    }
    with closing(psycopg2.connect(config.database.url)) as conn, conn.cursor() as cursor:
        counts = {}
        for table, query in queries.items():
            cursor.execute(query, (message_id,))
            counts[table] = cursor.fetchone()[0]
    return counts


def pin_url(chat: dict[str, Any], message_id: int) -> str:
    return f"{V1}/chats/{chat['id']}/pins/{message_id}"


async def chat_in_list(client: Any, viewer: Account, chat_id: int) -> dict[str, Any]:
    response = await client.get(f"{V1}/chats", headers=viewer.headers)
    assert response.status == 200
    [chat] = [c for c in (await response.json())["items"] if c["id"] == chat_id]
    return chat


@pytest.fixture
async def trio(client, make_user):
    """Alice owns a group with Bob and Carol; Dave is in none of it."""
    alice, bob, carol = await make_user("alice"), await make_user("bob"), await make_user("carol")
    dave = await make_user("dave")
    group = await create_chat(client, alice, [bob, carol], topic="Plans")
    return alice, bob, carol, dave, group


# --- new fields -------------------------------------------------------------------------


async def test_a_plain_message_has_the_new_fields_empty(client, trio):
    alice, _, _, _, group = trio
    message = await send(client, alice, group["id"], "hello")
    assert message["reply_to"] is None
    assert message["reactions"] == []
    assert message["mentions"] == []
    assert message["forwarded_from"] is None
    assert message["pinned"] is False


# --- replies --------------------------------------------------------------------------


async def test_a_reply_shows_the_start_of_what_it_answers(client, trio):
    alice, bob, _, _, group = trio
    original = await send(client, alice, group["id"], "x" * 150 + "y" * 150)
    reply = await send(client, bob, group["id"], "sure", reply_to_id=original["id"])
    expected = {
        "id": original["id"],
        "user_id": alice.id,
        "content": "x" * 150 + "y" * 50,
        "deleted": False,
    }
    assert reply["reply_to"] == expected
    assert (await shown(client, alice, group, reply["id"]))["reply_to"] == expected


async def test_a_reply_to_a_deleted_message_shows_it_deleted(client, trio):
    alice, bob, _, _, group = trio
    original = await send(client, alice, group["id"], "soon gone")
    reply = await send(client, bob, group["id"], "answer", reply_to_id=original["id"])
    response = await client.delete(f"{V1}/messages/{original['id']}", headers=alice.headers)
    assert response.status == 204
    assert (await shown(client, bob, group, reply["id"]))["reply_to"] == {
        "id": original["id"],
        "user_id": alice.id,
        "content": None,
        "deleted": True,
    }


async def test_a_reply_shows_the_start_of_its_original_as_edited(client, trio):
    alice, bob, _, _, group = trio
    original = await send(client, alice, group["id"], "typo hree")
    reply = await send(client, bob, group["id"], "where?", reply_to_id=original["id"])
    response = await client.patch(
        f"{V1}/messages/{original['id']}", json={"content": "typo here"}, headers=alice.headers
    )
    assert response.status == 200
    assert (await shown(client, bob, group, reply["id"]))["reply_to"]["content"] == "typo here"


async def test_a_reply_to_a_message_of_another_chat_or_a_gone_one_is_422(client, trio):
    alice, bob, _, _, group = trio
    other = await create_chat(client, alice, [bob], group=False)
    elsewhere = await send(client, alice, other["id"], "elsewhere")
    for reply_to_id in (elsewhere["id"], 2**63 - 1):
        response = await post(client, bob, group, {"content": "hi", "reply_to_id": reply_to_id})
        error = await error_of(response, 422, "validation_failed")
        assert paths_of(error) == ["/reply_to_id"]


async def test_a_non_member_replying_gets_the_404_of_a_chat_they_cannot_see(client, trio):
    alice, _, _, dave, group = trio
    original = await send(client, alice, group["id"], "members only")
    response = await post(client, dave, group, {"content": "hi", "reply_to_id": original["id"]})
    await error_of(response, 404, "not_found")
    response = await post(client, dave, group, {"content": "hi", "reply_to_id": 2**63 - 1})
    await error_of(response, 404, "not_found")


async def test_a_retried_reply_is_the_same_message_and_another_reply_target_conflicts(client, trio):
    alice, bob, _, _, group = trio
    first = await send(client, alice, group["id"], "one")
    second = await send(client, alice, group["id"], "two")
    body = {"content": "re", "reply_to_id": first["id"], "client_message_id": str(uuid.uuid4())}
    created = await post(client, bob, group, body)
    assert created.status == 201
    again = await post(client, bob, group, body)
    assert again.status == 200
    assert (await again.json())["id"] == (await created.json())["id"]
    conflict = await post(client, bob, group, {**body, "reply_to_id": second["id"]})
    await error_of(conflict, 409, "conflict")


# --- forwards -------------------------------------------------------------------------


async def upload(client: Any, who: Account, chat: dict[str, Any], data: bytes) -> dict[str, Any]:
    form = aiohttp.FormData()
    form.add_field("file", data, filename="note.txt", content_type="text/plain")
    response = await client.post(
        f"{V1}/chats/{chat['id']}/attachments", data=form, headers=who.headers
    )
    assert response.status == 201, await response.text()
    attachment: dict[str, Any] = await response.json()
    return attachment


async def test_a_forward_copies_content_and_files_and_keeps_its_origin(
    client, trio, attachments_dir
):
    alice, bob, _, _, group = trio
    personal = await create_chat(client, bob, [alice], group=False)
    file = await upload(client, alice, group, b"the plan")
    original = await send(client, alice, group["id"], "see attached", attachment_ids=[file["id"]])
    response = await post(client, bob, personal, {"forward_message_id": original["id"]})
    assert response.status == 201, await response.text()
    forward = await response.json()
    assert forward["content"] == "see attached"
    assert forward["user_id"] == bob.id
    assert forward["forwarded_from"] == {
        "message_id": original["id"],
        "user_id": alice.id,
        "created_at": original["created_at"],
    }
    [copy] = forward["attachments"]
    assert copy["id"] != file["id"] and copy["chat_id"] == personal["id"]
    assert (copy["filename"], copy["size"]) == ("note.txt", len(b"the plan"))
    stored = sorted(p for p in attachments_dir.rglob("*") if p.is_file())

    # The original goes; the forward keeps its origin and its file, which was shared.
    assert (await client.delete(f"{V1}/messages/{original['id']}", headers=alice.headers)).status
    kept = await shown(client, alice, personal, forward["id"])
    assert kept["forwarded_from"]["message_id"] == original["id"]
    download = await client.get(copy["url"], headers=alice.headers)
    assert download.status == 200
    assert await download.read() == b"the plan"
    assert sorted(p for p in attachments_dir.rglob("*") if p.is_file()) == stored

    # Deleting the last message naming the file removes it from disk.
    assert (await client.delete(f"{V1}/messages/{forward['id']}", headers=bob.headers)).status
    assert len([p for p in attachments_dir.rglob("*") if p.is_file()]) == len(stored) - 1


async def test_a_forward_of_a_forward_names_the_first_original(client, trio):
    alice, bob, carol, _, group = trio
    first_hop = await create_chat(client, bob, [carol], group=False)
    second_hop = await create_chat(client, carol, [alice], group=False)
    original = await send(client, alice, group["id"], "pass it on")
    hop = await (await post(client, bob, first_hop, {"forward_message_id": original["id"]})).json()
    again = await post(client, carol, second_hop, {"forward_message_id": hop["id"]})
    assert (await again.json())["forwarded_from"]["message_id"] == original["id"]


async def test_a_forward_of_a_message_the_caller_cannot_read_is_422(client, trio):
    alice, bob, _, dave, group = trio
    secret = await send(client, alice, group["id"], "group only")
    dave_chat = await create_chat(client, dave, [bob], group=False)
    response = await post(client, dave, dave_chat, {"forward_message_id": secret["id"]})
    error = await error_of(response, 422, "validation_failed")
    assert paths_of(error) == ["/forward_message_id"]


async def test_a_forward_takes_neither_content_nor_attachments(client, trio):
    alice, _, _, _, group = trio
    original = await send(client, alice, group["id"], "original")
    body = {"forward_message_id": original["id"], "content": "mine", "attachment_ids": [1]}
    error = await error_of(await post(client, alice, group, body), 422, "validation_failed")
    assert sorted(paths_of(error)) == ["/attachment_ids", "/content"]


async def test_without_a_forward_content_is_required(client, trio):
    alice, _, _, _, group = trio
    error = await error_of(await post(client, alice, group, {}), 422, "validation_failed")
    assert paths_of(error) == ["/content"]


# --- mentions -------------------------------------------------------------------------


async def test_at_nick_of_a_member_is_a_mention_case_insensitively(client, trio):
    alice, bob, carol, dave, group = trio
    bob_nick, carol_nick = bob.user["nick"], carol.user["nick"]
    text = (
        f"@{bob_nick.upper()} and @{carol_nick}. but not @{dave.user['nick']} "
        f"nor mail{carol_nick}@example.com"
    )
    message = await send(client, alice, group["id"], text)
    assert message["mentions"] == sorted([bob.id, carol.id])


async def test_mention_count_counts_unread_mentions_of_the_caller(client, trio):
    alice, bob, carol, _, group = trio
    first = await send(client, alice, group["id"], f"@{bob.user['nick']} look")
    await send(client, alice, group["id"], f"@{carol.user['nick']} and you")
    await send(client, carol, group["id"], f"hey @{bob.user['nick']}")
    assert (await chat_in_list(client, bob, group["id"]))["mention_count"] == 2
    assert (await chat_in_list(client, carol, group["id"]))["mention_count"] == 1
    assert (await chat_in_list(client, alice, group["id"]))["mention_count"] == 0
    response = await client.post(
        f"{V1}/chats/{group['id']}/read", json={"message_id": first["id"]}, headers=bob.headers
    )
    assert response.status == 200
    assert (await chat_in_list(client, bob, group["id"]))["mention_count"] == 1


async def test_an_edit_changes_the_mentions(client, trio):
    alice, bob, carol, _, group = trio
    message = await send(client, alice, group["id"], f"@{bob.user['nick']} hi")
    # Both chat lists are read (and cached) before the edit.
    assert (await chat_in_list(client, bob, group["id"]))["mention_count"] == 1
    assert (await chat_in_list(client, carol, group["id"]))["mention_count"] == 0
    response = await client.patch(
        f"{V1}/messages/{message['id']}",
        json={"content": f"@{carol.user['nick']} hi"},
        headers=alice.headers,
    )
    assert (await response.json())["mentions"] == [carol.id]
    assert (await chat_in_list(client, bob, group["id"]))["mention_count"] == 0
    assert (await chat_in_list(client, carol, group["id"]))["mention_count"] == 1


# --- reactions ------------------------------------------------------------------------


async def test_reactions_count_per_emoji_most_used_first_with_me(client, trio):
    alice, bob, carol, _, group = trio
    message = await send(client, alice, group["id"], "vote")
    await reactions_after(client, alice, message["id"], "👍")
    await reactions_after(client, bob, message["id"], "🎉")
    after = await reactions_after(client, carol, message["id"], "🎉")
    assert after == [
        {"emoji": "🎉", "count": 2, "me": True},
        {"emoji": "👍", "count": 1, "me": False},
    ]
    assert (await shown(client, alice, group, message["id"]))["reactions"] == [
        {"emoji": "🎉", "count": 2, "me": False},
        {"emoji": "👍", "count": 1, "me": True},
    ]


async def test_adding_and_removing_a_reaction_is_idempotent(client, trio):
    alice, bob, _, _, group = trio
    message = await send(client, alice, group["id"], "hi")
    first = await reactions_after(client, bob, message["id"], "❤️")
    assert await reactions_after(client, bob, message["id"], "❤️") == first
    assert await reactions_after(client, bob, message["id"], "❤️", add=False) == []
    assert await reactions_after(client, bob, message["id"], "❤️", add=False) == []


@pytest.mark.parametrize("emoji", ["👍🏽", "👨‍👩‍👧", "🇫🇷", "1️⃣"])
async def test_one_emoji_of_several_code_points_is_one_reaction(client, trio, emoji):
    alice, _, _, _, group = trio
    message = await send(client, alice, group["id"], "hi")
    assert await reactions_after(client, alice, message["id"], emoji) == [
        {"emoji": emoji, "count": 1, "me": True}
    ]


@pytest.mark.parametrize("emoji", ["a", "1", "👍👍", "hello", "<b>", "%00", " ", "👍 "])
async def test_anything_but_one_emoji_is_422(client, trio, emoji):
    alice, _, _, _, group = trio
    message = await send(client, alice, group["id"], "hi")
    error = await error_of(
        await react(client, alice, message["id"], emoji), 422, "validation_failed"
    )
    assert paths_of(error) == ["emoji"]


async def test_a_message_takes_at_most_twenty_different_emoji(client, trio):
    alice, bob, _, _, group = trio
    message = await send(client, alice, group["id"], "many")
    twenty = "😀😃😄😁😆😅😂🤣😊😇🙂🙃😉😌😍🥰😘😗😙😚"
    for emoji in twenty:
        await reactions_after(client, alice, message["id"], emoji)
    error = await error_of(
        await react(client, alice, message["id"], "🤔"), 422, "validation_failed"
    )
    assert paths_of(error) == ["emoji"]
    # One of the twenty again, by someone else, is no new kind.
    assert len(await reactions_after(client, bob, message["id"], "😀")) == 20


async def test_a_non_member_cannot_react_or_learn_the_message_exists(client, trio):
    alice, _, _, dave, group = trio
    message = await send(client, alice, group["id"], "hi")
    await error_of(await react(client, dave, message["id"], "👍"), 404, "not_found")
    await error_of(await react(client, dave, 2**63 - 1, "👍"), 404, "not_found")


async def test_a_reaction_on_the_last_message_changes_the_chat_list(client, trio):
    alice, bob, _, _, group = trio
    message = await send(client, alice, group["id"], "last")
    assert (await chat_in_list(client, alice, group["id"]))["last_message"]["reactions"] == []
    await reactions_after(client, bob, message["id"], "👍")
    listed = await chat_in_list(client, alice, group["id"])
    assert listed["last_message"]["reactions"] == [{"emoji": "👍", "count": 1, "me": False}]


async def test_deleting_a_message_deletes_its_reactions_pins_and_mentions(client, trio, config):
    alice, bob, _, _, group = trio
    message = await send(client, alice, group["id"], f"going, @{bob.user['nick']}")
    await reactions_after(client, bob, message["id"], "👍")
    assert (await client.put(pin_url(group, message["id"]), headers=alice.headers)).status == 204
    counts = {"reactions": 1, "pins": 1, "mentions": 1}
    assert rows_naming(config, message["id"]) == counts
    assert (await client.delete(f"{V1}/messages/{message['id']}", headers=alice.headers)).status
    assert rows_naming(config, message["id"]) == dict.fromkeys(counts, 0)


# --- pins -----------------------------------------------------------------------------


async def test_the_group_owner_pins_and_the_list_is_newest_pin_first(client, trio):
    alice, bob, _, _, group = trio
    first = await send(client, bob, group["id"], "first")
    second = await send(client, bob, group["id"], "second")
    for message in (second, first):
        assert (
            await client.put(pin_url(group, message["id"]), headers=alice.headers)
        ).status == 204
    assert (await client.put(pin_url(group, first["id"]), headers=alice.headers)).status == 204
    response = await client.get(f"{V1}/chats/{group['id']}/pins", headers=bob.headers)
    page = await response.json()
    assert [m["id"] for m in page["items"]] == [first["id"], second["id"]]
    assert all(m["pinned"] for m in page["items"]) and page["next"] is None
    assert (await shown(client, bob, group, first["id"]))["pinned"] is True
    one = await client.get(f"{V1}/chats/{group['id']}/pins?limit=1", headers=bob.headers)
    one_page = await one.json()
    assert [m["id"] for m in one_page["items"]] == [first["id"]]
    rest = await client.get(
        f"{V1}/chats/{group['id']}/pins", params={"before": one_page["next"]}, headers=bob.headers
    )
    assert [m["id"] for m in (await rest.json())["items"]] == [second["id"]]
    assert (await client.delete(pin_url(group, first["id"]), headers=alice.headers)).status == 204
    assert (await client.delete(pin_url(group, first["id"]), headers=alice.headers)).status == 204
    assert (await shown(client, bob, group, first["id"]))["pinned"] is False


async def test_in_a_group_only_the_owner_pins(client, trio):
    alice, bob, _, dave, group = trio
    message = await send(client, alice, group["id"], "pin me")
    await error_of(
        await client.put(pin_url(group, message["id"]), headers=bob.headers), 403, "forbidden"
    )
    await error_of(
        await client.delete(pin_url(group, message["id"]), headers=bob.headers), 403, "forbidden"
    )
    await error_of(
        await client.put(pin_url(group, message["id"]), headers=dave.headers), 404, "not_found"
    )
    await error_of(
        await client.get(f"{V1}/chats/{group['id']}/pins", headers=dave.headers), 404, "not_found"
    )


async def test_pinning_the_last_message_changes_the_chat_list(client, trio):
    alice, bob, _, _, group = trio
    message = await send(client, bob, group["id"], "keep this")
    assert (await chat_in_list(client, bob, group["id"]))["last_message"]["pinned"] is False
    assert (await client.put(pin_url(group, message["id"]), headers=alice.headers)).status == 204
    assert (await chat_in_list(client, bob, group["id"]))["last_message"]["pinned"] is True
    assert (await client.delete(pin_url(group, message["id"]), headers=alice.headers)).status
    assert (await chat_in_list(client, bob, group["id"]))["last_message"]["pinned"] is False


async def test_either_member_of_a_personal_chat_pins(client, trio):
    alice, bob, _, _, _ = trio
    personal = await create_chat(client, alice, [bob], group=False)
    message = await send(client, alice, personal["id"], "ours")
    assert (await client.put(pin_url(personal, message["id"]), headers=bob.headers)).status == 204


async def test_a_message_of_another_chat_cannot_be_pinned_here(client, trio):
    alice, bob, _, _, group = trio
    personal = await create_chat(client, alice, [bob], group=False)
    elsewhere = await send(client, alice, personal["id"], "not in the group")
    response = await client.put(pin_url(group, elsewhere["id"]), headers=alice.headers)
    await error_of(response, 404, "not_found")


async def test_a_chat_keeps_at_most_fifty_pins(client, trio):
    alice, _, _, _, group = trio
    messages = [await send(client, alice, group["id"], f"m{i}") for i in range(51)]
    for message in messages[:50]:
        assert (
            await client.put(pin_url(group, message["id"]), headers=alice.headers)
        ).status == 204
    response = await client.put(pin_url(group, messages[50]["id"]), headers=alice.headers)
    await error_of(response, 422, "validation_failed")
    # Pinning one that is pinned already is no new pin.
    assert (
        await client.put(pin_url(group, messages[0]["id"]), headers=alice.headers)
    ).status == 204


# --- mute -----------------------------------------------------------------------------


async def test_mute_is_the_callers_own_setting_shown_in_their_chat_list(client, trio):
    alice, bob, _, dave, group = trio
    url = f"{V1}/chats/{group['id']}/settings"
    assert (await chat_in_list(client, bob, group["id"]))["muted"] is False  # now cached
    response = await client.patch(url, json={"muted": True}, headers=bob.headers)
    assert response.status == 200
    assert await response.json() == {"muted": True}
    assert (await chat_in_list(client, bob, group["id"]))["muted"] is True
    assert (await chat_in_list(client, alice, group["id"]))["muted"] is False
    response = await client.patch(url, json={"muted": False}, headers=bob.headers)
    assert await response.json() == {"muted": False}
    assert (await chat_in_list(client, bob, group["id"]))["muted"] is False
    await error_of(
        await client.patch(url, json={"muted": True}, headers=dave.headers), 404, "not_found"
    )
    error = await error_of(
        await client.patch(url, json={"muted": "yes"}, headers=bob.headers),
        422,
        "validation_failed",
    )
    assert paths_of(error) == ["/muted"]

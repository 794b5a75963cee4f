"""/api/v1/chats/{id}/members: listing, adding, removing and leaving."""

from __future__ import annotations

from typing import Any

import pytest

from messenger.json_compare import equals_json
from tests.support.api import create_chat, error_of, send

MISSING_ID = 2**63 - 1


def members_url(chat: dict[str, Any]) -> str:
    return f"/api/v1/chats/{chat['id']}/members"


async def member_list(client: Any, viewer: Any, chat: dict[str, Any], **query: Any) -> dict:
    response = await client.get(members_url(chat), params=query, headers=viewer.headers)
    assert response.status == 200, await response.text()
    page: dict[str, Any] = await response.json()
    return page


async def roles_of(client: Any, viewer: Any, chat: dict[str, Any]) -> dict[int, str]:
    page = await member_list(client, viewer, chat, limit=100)
    return {member["user"]["id"]: member["role"] for member in page["items"]}


async def add(client: Any, actor: Any, chat: dict[str, Any], *users: Any) -> Any:
    return await client.post(
        members_url(chat), json={"user_ids": [u.id for u in users]}, headers=actor.headers
    )


async def remove(client: Any, actor: Any, chat: dict[str, Any], user: Any) -> Any:
    return await client.delete(f"{members_url(chat)}/{user.id}", headers=actor.headers)


# --- list -------------------------------------------------------------------------------


async def test_list_members_shows_each_user_with_role_and_read_marker(client, make_user):
    owner = await make_user("owner")
    bob = await make_user("bob")
    chat = await create_chat(client, owner, [bob])
    page = await member_list(client, bob, chat)
    assert page["next"] is None
    by_id = {member["user"]["id"]: member for member in page["items"]}
    assert set(by_id) == {owner.id, bob.id}
    assert by_id[owner.id]["role"] == "owner"
    assert by_id[bob.id]["role"] == "member"
    for member in page["items"]:
        assert set(member) == {"user", "role", "joined_at", "last_read_message_id"}
        assert member["last_read_message_id"] == 0
        assert member["joined_at"].endswith("Z")
    # email only for the viewer's own user
    assert by_id[bob.id]["user"]["email"] == bob.user["email"]
    assert "email" not in by_id[owner.id]["user"]


async def test_list_members_pages_without_gaps_or_repeats(client, make_user):
    owner = await make_user("owner")
    others = [await make_user(f"m{i}") for i in range(4)]
    chat = await create_chat(client, owner, others)
    seen: list[int] = []
    after = None
    pages = 0
    while True:
        query: dict[str, Any] = {"limit": 2}
        if after is not None:
            query["after"] = after
        page = await member_list(client, owner, chat, **query)
        pages += 1
        seen.extend(member["user"]["id"] for member in page["items"])
        after = page["next"]
        if after is None:
            break
        assert after == page["items"][-1]["user"]["id"]
    assert seen == sorted([owner.id, *(o.id for o in others)])
    assert pages == 3


async def test_list_members_of_a_chat_the_caller_is_not_in_is_404(client, make_user):
    owner = await make_user("owner")
    stranger = await make_user("stranger")
    chat = await create_chat(client, owner, [])
    response = await client.get(members_url(chat), headers=stranger.headers)
    await error_of(response, 404, "not_found")


@pytest.mark.parametrize("query", [{"limit": "0"}, {"limit": "101"}, {"after": "x"}])
async def test_list_members_with_malformed_parameter_is_400(client, make_user, query):
    owner = await make_user("owner")
    chat = await create_chat(client, owner, [])
    response = await client.get(members_url(chat), params=query, headers=owner.headers)
    await error_of(response, 400, "bad_request")


async def test_list_members_requires_a_token(client, make_user):
    owner = await make_user("owner")
    chat = await create_chat(client, owner, [])
    await error_of(await client.get(members_url(chat)), 401, "unauthorized")


# --- add --------------------------------------------------------------------------------


async def test_owner_adds_members_and_gets_the_added_members_back(client, make_user):
    owner = await make_user("owner")
    bob = await make_user("bob")
    carol = await make_user("carol")
    dave = await make_user("dave")
    chat = await create_chat(client, owner, [bob])
    response = await add(client, owner, chat, carol, dave)
    assert response.status == 200
    payload = await response.json()
    assert equals_json([m["user"]["id"] for m in payload["items"]], [carol.id, dave.id])
    assert all(m["role"] == "member" for m in payload["items"])
    assert await roles_of(client, owner, chat) == {
        owner.id: "owner",
        bob.id: "member",
        carol.id: "member",
        dave.id: "member",
    }


async def test_adding_an_existing_member_adds_nothing(client, make_user):
    owner = await make_user("owner")
    bob = await make_user("bob")
    carol = await make_user("carol")
    chat = await create_chat(client, owner, [bob])
    response = await add(client, owner, chat, bob, carol, owner)
    assert response.status == 200
    assert [m["user"]["id"] for m in (await response.json())["items"]] == [carol.id]
    assert (await roles_of(client, owner, chat))[owner.id] == "owner"


async def test_added_member_sees_the_chat(client, make_user):
    owner = await make_user("owner")
    carol = await make_user("carol")
    chat = await create_chat(client, owner, [])
    assert (await add(client, owner, chat, carol)).status == 200
    response = await client.get(f"/api/v1/chats/{chat['id']}", headers=carol.headers)
    assert response.status == 200
    assert (await response.json())["members_count"] == 2


async def test_non_owner_adding_members_is_403(client, make_user):
    owner = await make_user("owner")
    bob = await make_user("bob")
    carol = await make_user("carol")
    chat = await create_chat(client, owner, [bob])
    await error_of(await add(client, bob, chat, carol), 403, "forbidden")
    assert carol.id not in await roles_of(client, owner, chat)


async def test_adding_members_to_a_personal_chat_is_403(client, make_user):
    alice = await make_user("alice")
    bob = await make_user("bob")
    carol = await make_user("carol")
    chat = await create_chat(client, alice, [bob], group=False)
    await error_of(await add(client, alice, chat, carol), 403, "forbidden")


async def test_adding_members_to_a_chat_the_caller_is_not_in_is_404(client, make_user):
    owner = await make_user("owner")
    stranger = await make_user("stranger")
    chat = await create_chat(client, owner, [])
    await error_of(await add(client, stranger, chat, stranger), 404, "not_found")


async def test_adding_unknown_users_is_422_naming_each_index(client, make_user):
    owner = await make_user("owner")
    bob = await make_user("bob")
    chat = await create_chat(client, owner, [])
    response = await client.post(
        members_url(chat), json={"user_ids": [bob.id, MISSING_ID]}, headers=owner.headers
    )
    error = await error_of(response, 422, "validation_failed")
    assert [d["path"] for d in error["details"]] == ["/user_ids/1"]
    assert bob.id not in await roles_of(client, owner, chat)


@pytest.mark.parametrize(
    ("body", "paths"),
    [
        ({"user_ids": []}, ["/user_ids"]),
        ({}, ["/user_ids"]),
        ({"user_ids": [0, "x"]}, ["/user_ids/0", "/user_ids/1"]),
        ({"user_ids": [1], "role": "owner"}, ["/role"]),
    ],
)
async def test_adding_members_with_an_invalid_body_is_422(client, make_user, body, paths):
    owner = await make_user("owner")
    chat = await create_chat(client, owner, [])
    response = await client.post(members_url(chat), json=body, headers=owner.headers)
    error = await error_of(response, 422, "validation_failed")
    assert [d["path"] for d in error["details"]] == paths


# --- remove and leave -------------------------------------------------------------------


async def test_owner_removes_a_member(client, make_user):
    owner = await make_user("owner")
    bob = await make_user("bob")
    carol = await make_user("carol")
    chat = await create_chat(client, owner, [bob, carol])
    response = await remove(client, owner, chat, bob)
    assert response.status == 204
    assert await roles_of(client, owner, chat) == {owner.id: "owner", carol.id: "member"}
    gone = await client.get(f"/api/v1/chats/{chat['id']}", headers=bob.headers)
    await error_of(gone, 404, "not_found")


async def test_member_leaves_by_removing_themself(client, make_user):
    owner = await make_user("owner")
    bob = await make_user("bob")
    chat = await create_chat(client, owner, [bob])
    assert (await remove(client, bob, chat, bob)).status == 204
    assert await roles_of(client, owner, chat) == {owner.id: "owner"}


async def test_member_removing_another_member_is_403(client, make_user):
    owner = await make_user("owner")
    bob = await make_user("bob")
    carol = await make_user("carol")
    chat = await create_chat(client, owner, [bob, carol])
    await error_of(await remove(client, bob, chat, carol), 403, "forbidden")
    await error_of(await remove(client, bob, chat, owner), 403, "forbidden")
    assert len(await roles_of(client, owner, chat)) == 3


async def test_owner_leaving_passes_ownership_to_the_longest_standing_member(client, make_user):
    owner = await make_user("owner")
    # The later joiner has the lower user id, so only joined_at picks the heir.
    late = await make_user("late")
    early = await make_user("early")
    chat = await create_chat(client, owner, [early])
    assert (await add(client, owner, chat, late)).status == 200
    assert (await remove(client, owner, chat, owner)).status == 204
    assert await roles_of(client, early, chat) == {early.id: "owner", late.id: "member"}
    # The new owner can now manage the group.
    assert (await remove(client, early, chat, late)).status == 204


async def test_owner_leaving_as_the_last_member_succeeds(client, make_user):
    owner = await make_user("owner")
    chat = await create_chat(client, owner, [])
    assert (await remove(client, owner, chat, owner)).status == 204
    await error_of(
        await client.get(f"/api/v1/chats/{chat['id']}", headers=owner.headers), 404, "not_found"
    )


async def test_owner_removing_a_non_member_is_404(client, make_user):
    owner = await make_user("owner")
    stranger = await make_user("stranger")
    chat = await create_chat(client, owner, [])
    await error_of(await remove(client, owner, chat, stranger), 404, "not_found")


async def test_removing_an_unknown_user_id_is_404(client, make_user):
    owner = await make_user("owner")
    chat = await create_chat(client, owner, [])
    response = await client.delete(f"{members_url(chat)}/{MISSING_ID}", headers=owner.headers)
    await error_of(response, 404, "not_found")


async def test_removing_from_a_chat_the_caller_is_not_in_is_404(client, make_user):
    owner = await make_user("owner")
    bob = await make_user("bob")
    stranger = await make_user("stranger")
    chat = await create_chat(client, owner, [bob])
    await error_of(await remove(client, stranger, chat, bob), 404, "not_found")


async def test_removing_a_member_of_a_personal_chat_is_403(client, make_user):
    alice = await make_user("alice")
    bob = await make_user("bob")
    chat = await create_chat(client, alice, [bob], group=False)
    await error_of(await remove(client, alice, chat, bob), 403, "forbidden")
    await error_of(await remove(client, bob, chat, bob), 403, "forbidden")


@pytest.mark.parametrize("raw_id", ["abc", "0", "-1", str(2**63)])
async def test_removing_with_a_malformed_user_id_is_400(client, make_user, raw_id):
    owner = await make_user("owner")
    chat = await create_chat(client, owner, [])
    response = await client.delete(f"{members_url(chat)}/{raw_id}", headers=owner.headers)
    error = await error_of(response, 400, "bad_request")
    assert [d["path"] for d in error["details"]] == ["user_id"]


async def test_removing_requires_a_token(client, make_user):
    owner = await make_user("owner")
    chat = await create_chat(client, owner, [])
    response = await client.delete(f"{members_url(chat)}/{owner.id}")
    await error_of(response, 401, "unauthorized")


async def test_added_member_starts_with_the_history_read_and_counts_what_follows(client, make_user):
    owner = await make_user("owner")
    bob = await make_user("bob")
    carol = await make_user("carol")
    chat = await create_chat(client, owner, [bob])
    for text in ("one", "two", "three"):
        await send(client, owner, chat["id"], text)
    assert (await add(client, owner, chat, carol)).status == 200
    await send(client, owner, chat["id"], "welcome carol")

    response = await client.get(f"/api/v1/chats/{chat['id']}", headers=carol.headers)
    assert (await response.json())["unread_count"] == 1
    history = await client.get(f"/api/v1/chats/{chat['id']}/messages", headers=carol.headers)
    assert len((await history.json())["items"]) == 4

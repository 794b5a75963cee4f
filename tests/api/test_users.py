"""/api/v1/users: prefix search, one user, the caller's own profile."""

from __future__ import annotations

import uuid
from typing import Any

import pytest

from tests.support.api import error_of

USERS = "/api/v1/users"
ME = "/api/v1/users/me"


def tag() -> str:
    """A prefix no other test's user starts with."""
    return f"t{uuid.uuid4().hex[:8]}"


async def search(client: Any, viewer: Any, **query: Any) -> dict[str, Any]:
    response = await client.get(USERS, params=query, headers=viewer.headers)
    assert response.status == 200, await response.text()
    page: dict[str, Any] = await response.json()
    return page


async def search_ids(client: Any, viewer: Any, q: str) -> list[int]:
    page = await search(client, viewer, q=q, limit=100)
    assert page["next"] is None
    return [user["id"] for user in page["items"]]


# --- search -----------------------------------------------------------------------------


async def test_search_matches_nick_prefix_in_any_case(client, make_user):
    prefix = tag()
    match = await make_user(nick=f"{prefix}MiXeD")
    viewer = await make_user("viewer")
    assert await search_ids(client, viewer, prefix.upper() + "mixed") == [match.id]
    assert await search_ids(client, viewer, prefix + "MIX") == [match.id]


async def test_search_matches_name_prefix_in_any_case(client, make_user):
    prefix = tag()
    match = await make_user("named", name=f"{prefix} Ada Lovelace")
    viewer = await make_user("viewer")
    assert await search_ids(client, viewer, f"{prefix.upper()} ada") == [match.id]


async def test_search_does_not_match_inside_nick_or_name(client, make_user):
    prefix = tag()
    await make_user(nick=f"x{prefix}", name=f"Mr {prefix}")
    viewer = await make_user("viewer")
    assert await search_ids(client, viewer, prefix) == []


async def test_search_takes_percent_literally(client, make_user):
    prefix = tag()
    percent = await make_user("pct", name=f"{prefix}%off")
    await make_user("plain", name=f"{prefix}xoff")
    viewer = await make_user("viewer")
    assert await search_ids(client, viewer, f"{prefix}%") == [percent.id]
    assert await search_ids(client, viewer, "%" + prefix) == []


async def test_search_takes_underscore_literally(client, make_user):
    prefix = tag()
    underscore = await make_user(nick=f"{prefix}_a")
    await make_user(nick=f"{prefix}xa")
    viewer = await make_user("viewer")
    assert await search_ids(client, viewer, f"{prefix}_") == [underscore.id]
    assert await search_ids(client, viewer, f"{prefix}_a") == [underscore.id]


async def test_search_takes_backslash_literally(client, make_user):
    prefix = tag()
    slash = await make_user("slash", name=f"{prefix}\\%")
    await make_user("other", name=f"{prefix}x%")
    viewer = await make_user("viewer")
    assert await search_ids(client, viewer, f"{prefix}\\") == [slash.id]
    assert await search_ids(client, viewer, f"{prefix}\\%") == [slash.id]


async def test_search_pages_through_all_matches_without_gaps_or_repeats(client, make_user):
    prefix = tag()
    created = [(await make_user(nick=f"{prefix}_{i}")).id for i in range(5)]
    viewer = await make_user("viewer")
    seen: list[int] = []
    pages = 0
    after: int | None = None
    while True:
        query: dict[str, Any] = {"q": prefix, "limit": 2}
        if after is not None:
            query["after"] = after
        page = await search(client, viewer, **query)
        pages += 1
        assert len(page["items"]) <= 2
        seen.extend(user["id"] for user in page["items"])
        if page["next"] is None:
            break
        assert page["next"] == page["items"][-1]["id"]
        after = page["next"]
    assert seen == sorted(created)
    assert pages == 3


async def test_search_last_full_page_has_no_next(client, make_user):
    prefix = tag()
    for i in range(2):
        await make_user(nick=f"{prefix}_{i}")
    viewer = await make_user("viewer")
    page = await search(client, viewer, q=prefix, limit=2)
    assert len(page["items"]) == 2
    assert page["next"] is None


async def test_search_shows_email_only_for_the_callers_own_user(client, make_user):
    prefix = tag()
    me = await make_user(nick=f"{prefix}_me")
    other = await make_user(nick=f"{prefix}_other")
    page = await search(client, me, q=prefix)
    by_id = {user["id"]: user for user in page["items"]}
    assert by_id[me.id]["email"] == me.user["email"]
    assert "email" not in by_id[other.id]
    assert set(by_id[other.id]) == {"id", "nick", "name", "avatar", "created_at"} | {
        "online",  # docs/API.md, Additions: "Live"
        "last_seen_at",
        "deleted",  # docs/API.md, Additions: "Accounts"
    }


async def test_search_without_q_lists_users(client, make_user):
    await make_user("listed")
    viewer = await make_user("viewer")
    page = await search(client, viewer, limit=1)
    assert len(page["items"]) == 1
    assert page["next"] is not None


@pytest.mark.parametrize(
    "query",
    [
        {"limit": "0"},
        {"limit": "101"},
        {"limit": "abc"},
        {"after": "-1"},
        {"after": "x"},
        {"q": "x" * 101},
        {"q": "a\x00b"},
    ],
)
async def test_search_with_malformed_parameter_is_400(client, make_user, query):
    viewer = await make_user("viewer")
    response = await client.get(USERS, params=query, headers=viewer.headers)
    error = await error_of(response, 400, "bad_request")
    assert [detail["path"] for detail in error["details"]] == list(query)


async def test_search_requires_a_token(client):
    await error_of(await client.get(USERS), 401, "unauthorized")


# --- me ---------------------------------------------------------------------------------


async def test_get_me_returns_own_profile_with_email(client, make_user):
    me = await make_user("me")
    response = await client.get(ME, headers=me.headers)
    assert response.status == 200
    assert await response.json() == me.user


async def test_patch_me_changes_the_name(client, make_user):
    me = await make_user("rename")
    response = await client.patch(ME, json={"name": "New Name"}, headers=me.headers)
    assert response.status == 200
    assert (await response.json())["name"] == "New Name"
    assert (await (await client.get(ME, headers=me.headers)).json())["name"] == "New Name"


async def test_patch_me_sets_the_avatar_and_clears_it_with_null(client, make_user):
    me = await make_user("avatar")
    response = await client.patch(ME, json={"avatar": "/static/a.png"}, headers=me.headers)
    assert response.status == 200
    assert (await response.json())["avatar"] == "/static/a.png"
    response = await client.patch(ME, json={"avatar": None}, headers=me.headers)
    assert response.status == 200
    assert (await response.json())["avatar"] is None
    assert (await (await client.get(ME, headers=me.headers)).json())["avatar"] is None


async def test_patch_me_changes_the_email_and_login_uses_it(client, make_user):
    me = await make_user("remail")
    new_email = f"{uuid.uuid4().hex[:12]}@example.org"
    response = await client.patch(ME, json={"email": new_email}, headers=me.headers)
    assert response.status == 200
    assert (await response.json())["email"] == new_email
    login = await client.post(
        "/api/v1/auth/login", json={"login": new_email, "password": me.password}
    )
    assert login.status == 200


async def test_patch_me_leaves_fields_not_sent_unchanged(client, make_user):
    me = await make_user("partial", avatar="https://example.com/me.png")
    response = await client.patch(ME, json={"name": "Only Name"}, headers=me.headers)
    user = await response.json()
    assert user == {**me.user, "name": "Only Name"}


async def test_patch_me_with_empty_object_changes_nothing(client, make_user):
    me = await make_user("noop")
    response = await client.patch(ME, json={}, headers=me.headers)
    assert response.status == 200
    assert await response.json() == me.user


async def test_patch_me_to_own_email_in_another_case_is_not_a_conflict(client, make_user):
    me = await make_user("owncase")
    upper = me.user["email"].upper()
    response = await client.patch(ME, json={"email": upper}, headers=me.headers)
    assert response.status == 200
    assert (await response.json())["email"] == upper


async def test_patch_me_to_an_email_taken_by_another_user_is_409(client, make_user):
    me = await make_user("me")
    other = await make_user("other")
    response = await client.patch(
        ME, json={"email": other.user["email"].title()}, headers=me.headers
    )
    error = await error_of(response, 409, "conflict")
    assert [detail["path"] for detail in error["details"]] == ["/email"]
    assert (await (await client.get(ME, headers=me.headers)).json())["email"] == me.user["email"]


async def test_patch_me_reports_every_failing_path_as_422(client, make_user):
    me = await make_user("bad")
    body = {"name": "", "email": "nope", "avatar": "ftp://x", "nick": "renamed"}
    error = await error_of(
        await client.patch(ME, json=body, headers=me.headers), 422, "validation_failed"
    )
    assert {detail["path"] for detail in error["details"]} == {
        "/name",
        "/email",
        "/avatar",
        "/nick",
    }


async def test_patch_me_refuses_null_name_and_email(client, make_user):
    me = await make_user("nulls")
    response = await client.patch(ME, json={"name": None, "email": None}, headers=me.headers)
    error = await error_of(response, 422, "validation_failed")
    assert {detail["path"] for detail in error["details"]} == {"/name", "/email"}


async def test_patch_me_refuses_whitespace_only_name(client, make_user):
    me = await make_user("blank")
    response = await client.patch(ME, json={"name": "   "}, headers=me.headers)
    error = await error_of(response, 422, "validation_failed")
    assert {detail["path"] for detail in error["details"]} == {"/name"}


async def test_patch_me_with_a_json_array_is_422(client, make_user):
    me = await make_user("array")
    response = await client.patch(ME, json=[{"name": "x"}], headers=me.headers)
    await error_of(response, 422, "validation_failed")


# --- one user ---------------------------------------------------------------------------


async def test_get_user_returns_the_public_profile_without_email(client, make_user):
    viewer = await make_user("viewer")
    other = await make_user("other")
    response = await client.get(f"{USERS}/{other.id}", headers=viewer.headers)
    assert response.status == 200
    user = await response.json()
    # email, show_presence and email_verified are the caller's own only (docs/API.md,
    # Additions: "Live", "Accounts").
    own_only = {"email", "show_presence", "email_verified"}
    assert user == {key: value for key, value in other.user.items() if key not in own_only}


async def test_get_own_user_by_id_includes_email(client, make_user):
    me = await make_user("self")
    response = await client.get(f"{USERS}/{me.id}", headers=me.headers)
    assert (await response.json())["email"] == me.user["email"]


async def test_get_unknown_user_is_404(client, make_user):
    viewer = await make_user("viewer")
    response = await client.get(f"{USERS}/{2**63 - 1}", headers=viewer.headers)
    await error_of(response, 404, "not_found")


@pytest.mark.parametrize(
    "raw_id", ["abc", "0", "-1", "1.5", "99999999999999999999", str(2**63), "%20"]
)
async def test_get_user_with_malformed_id_is_400(client, make_user, raw_id):
    viewer = await make_user("viewer")
    response = await client.get(f"{USERS}/{raw_id}", headers=viewer.headers)
    error = await error_of(response, 400, "bad_request")
    assert [detail["path"] for detail in error["details"]] == ["id"]


async def test_get_user_requires_a_token(client, make_user):
    other = await make_user("other")
    await error_of(await client.get(f"{USERS}/{other.id}"), 401, "unauthorized")

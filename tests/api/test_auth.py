"""POST /api/v1/auth/register, /login, /logout and bearer-token authentication."""

from __future__ import annotations

import asyncio
import uuid
from typing import Any

from messenger.json_compare import equals_json
from tests.support.api import error_of, paths_of, register, unique_nick

REGISTER = "/api/v1/auth/register"
LOGIN = "/api/v1/auth/login"
LOGOUT = "/api/v1/auth/logout"
ME = "/api/v1/users/me"


def registration(**overrides: Any) -> dict[str, Any]:
    nick = unique_nick("reg")
    return {
        "nick": nick,
        "name": "Reg Tester",
        "email": f"{nick}@example.com",
        "password": "correct horse battery",
        **overrides,
    }


# --- register ---------------------------------------------------------------------------


async def test_register_returns_201_with_the_user_its_email_and_a_token(client):
    body = registration(avatar="https://example.com/a.png")
    response = await client.post(REGISTER, json=body)
    assert response.status == 201
    payload = await response.json()
    assert set(payload) == {"user", "token"}
    user = payload["user"]
    assert set(user) == {"id", "nick", "name", "avatar", "created_at", "email"} | {
        "online",  # docs/API.md, Additions: "Live"
        "last_seen_at",
        "show_presence",
        "email_verified",  # docs/API.md, Additions: "Accounts"
        "deleted",
    }
    assert user["email_verified"] is False  # until the mailed link is followed
    assert isinstance(user["id"], int)
    assert user["nick"] == body["nick"]
    assert user["name"] == body["name"]
    assert user["email"] == body["email"]
    assert user["avatar"] == "https://example.com/a.png"
    assert user["created_at"].endswith("Z")
    assert isinstance(payload["token"], str) and len(payload["token"]) >= 32


async def test_register_token_authenticates_the_new_user(client):
    account = await register(client, "fresh")
    response = await client.get(ME, headers=account.headers)
    assert response.status == 200
    assert (await response.json())["id"] == account.id


async def test_register_never_returns_the_password_or_its_hash(client):
    response = await client.post(REGISTER, json=registration())
    text = await response.text()
    assert response.status == 201
    assert "correct horse battery" not in text
    assert "password" not in text
    assert "argon2" not in text


async def test_register_accepts_nick_of_5_and_32_characters(client):
    for nick in (uuid.uuid4().hex[:5], uuid.uuid4().hex):
        response = await client.post(REGISTER, json=registration(nick=nick, email=f"{nick}@ex.com"))
        assert response.status == 201, await response.text()
        assert (await response.json())["user"]["nick"] == nick


async def test_register_nick_taken_in_another_case_is_409(client, make_user):
    taken = await make_user("taken")
    body = registration(nick=taken.user["nick"].upper())
    error = await error_of(await client.post(REGISTER, json=body), 409, "conflict")
    assert equals_json(paths_of(error), ["/nick"])


async def test_register_email_taken_in_another_case_is_409(client, make_user):
    taken = await make_user("mail")
    body = registration(email=taken.user["email"].upper())
    error = await error_of(await client.post(REGISTER, json=body), 409, "conflict")
    assert equals_json(paths_of(error), ["/email"])


async def test_register_reports_every_failing_path_as_422(client):
    body = {
        "nick": "ab",
        "name": "",
        "email": "not-an-email",
        "password": "short",
        "avatar": "javascript:alert(1)",
        "admin": True,
    }
    error = await error_of(await client.post(REGISTER, json=body), 422, "validation_failed")
    # Every failing rule: the empty name breaks both its length and its pattern.
    assert equals_json(
        paths_of(error), ["/nick", "/name", "/name", "/email", "/password", "/avatar", "/admin"]
    )
    assert all(detail["message"] for detail in error["details"])


async def test_register_reports_each_missing_field_as_required(client):
    error = await error_of(await client.post(REGISTER, json={}), 422, "validation_failed")
    assert {(d["path"], d["message"]) for d in error["details"]} == {
        ("/nick", "is required"),
        ("/name", "is required"),
        ("/email", "is required"),
        ("/password", "is required"),
    }


async def test_register_rejects_nick_with_forbidden_characters(client):
    for nick in ("has space", "ünicode", "semi;colon", "a" * 33, "abcd"):
        response = await client.post(REGISTER, json=registration(nick=nick))
        error = await error_of(response, 422, "validation_failed")
        assert equals_json(paths_of(error), ["/nick"]), nick


async def test_register_rejects_password_outside_8_to_128_characters(client):
    for password in ("1234567", "x" * 129):
        response = await client.post(REGISTER, json=registration(password=password))
        error = await error_of(response, 422, "validation_failed")
        assert equals_json(paths_of(error), ["/password"])


async def test_register_rejects_wrong_types_with_their_paths(client):
    body = registration(nick=12345, name=["x"], password=None)
    error = await error_of(await client.post(REGISTER, json=body), 422, "validation_failed")
    assert equals_json(paths_of(error), ["/nick", "/name", "/password"])


# --- login ------------------------------------------------------------------------------


async def test_login_by_nick_returns_the_user_and_a_new_token(client, make_user):
    account = await make_user("login")
    body = {"login": account.user["nick"], "password": account.password}
    response = await client.post(LOGIN, json=body)
    assert response.status == 200
    payload = await response.json()
    assert payload["user"]["id"] == account.id
    assert payload["user"]["email"] == account.user["email"]
    assert payload["token"] != account.token
    me = await client.get(ME, headers={"Authorization": f"Bearer {payload['token']}"})
    assert (await me.json())["id"] == account.id


async def test_login_by_email_in_any_case_succeeds(client, make_user):
    account = await make_user("bymail")
    body = {"login": account.user["email"].upper(), "password": account.password}
    response = await client.post(LOGIN, json=body)
    assert response.status == 200
    assert (await response.json())["user"]["id"] == account.id


async def test_login_by_nick_in_another_case_succeeds(client, make_user):
    account = await make_user("bynick")
    body = {"login": account.user["nick"].upper(), "password": account.password}
    response = await client.post(LOGIN, json=body)
    assert response.status == 200


async def test_login_with_wrong_password_is_401(client, make_user):
    account = await make_user("wrongpw")
    body = {"login": account.user["nick"], "password": "not the password"}
    await error_of(await client.post(LOGIN, json=body), 401, "unauthorized")


async def test_login_of_unknown_user_is_401_like_a_wrong_password(client, make_user):
    account = await make_user("known")
    unknown = await client.post(
        LOGIN, json={"login": unique_nick("nobody"), "password": "whatever1"}
    )
    wrong = await client.post(LOGIN, json={"login": account.user["nick"], "password": "whatever1"})
    unknown_error = await error_of(unknown, 401, "unauthorized")
    wrong_error = await error_of(wrong, 401, "unauthorized")
    assert unknown_error["message"] == wrong_error["message"]


async def test_login_without_password_is_422(client):
    error = await error_of(await client.post(LOGIN, json={"login": "x"}), 422, "validation_failed")
    assert equals_json(paths_of(error), ["/password"])


async def test_login_is_rate_limited_after_too_many_failures_with_retry_after(make_client):
    client = await make_client(limits={"login_failures": 3})
    account = await register(client, "throttled")
    wrong = {"login": account.user["nick"], "password": "wrong password"}
    for _ in range(3):
        await error_of(await client.post(LOGIN, json=wrong), 401, "unauthorized")
    response = await client.post(LOGIN, json=wrong)
    await error_of(response, 429, "rate_limited")
    retry_after = int(response.headers["Retry-After"])
    assert 1 <= retry_after <= 900


async def test_rate_limited_login_refuses_even_the_right_password(make_client):
    client = await make_client(limits={"login_failures": 3})
    account = await register(client, "locked")
    for _ in range(3):
        await client.post(LOGIN, json={"login": account.user["nick"], "password": "nope nope"})
    right = {"login": account.user["nick"], "password": account.password}
    response = await client.post(LOGIN, json=right)
    await error_of(response, 429, "rate_limited")
    assert "Retry-After" in response.headers


async def test_login_rate_limit_counts_login_names_case_insensitively(make_client):
    client = await make_client(limits={"login_failures": 3})
    account = await register(client, "casey")
    nick = account.user["nick"]
    for login in (nick, nick.upper(), nick.title()):
        await client.post(LOGIN, json={"login": login, "password": "nope nope"})
    response = await client.post(LOGIN, json={"login": nick, "password": account.password})
    await error_of(response, 429, "rate_limited")


async def test_successful_login_resets_the_failure_count(make_client):
    client = await make_client(limits={"login_failures": 3})
    account = await register(client, "reset")
    wrong = {"login": account.user["nick"], "password": "wrong password"}
    right = {"login": account.user["nick"], "password": account.password}
    for _ in range(2):
        assert (await client.post(LOGIN, json=wrong)).status == 401
        assert (await client.post(LOGIN, json=wrong)).status == 401
        assert (await client.post(LOGIN, json=right)).status == 200


async def test_failures_of_one_login_name_do_not_limit_another(make_client):
    client = await make_client(limits={"login_failures": 3})
    victim = await register(client, "victim")
    other = await register(client, "other")
    for _ in range(4):
        await client.post(LOGIN, json={"login": victim.user["nick"], "password": "nope nope"})
    response = await client.post(
        LOGIN, json={"login": other.user["nick"], "password": other.password}
    )
    assert response.status == 200


# --- logout and tokens ------------------------------------------------------------------


async def test_logout_returns_204_and_the_token_stops_working(client, make_user):
    account = await make_user("bye")
    response = await client.post(LOGOUT, headers=account.headers)
    assert response.status == 204
    assert await response.read() == b""
    await error_of(await client.get(ME, headers=account.headers), 401, "unauthorized")


async def test_logout_twice_is_401_the_second_time(client, make_user):
    account = await make_user("twice")
    assert (await client.post(LOGOUT, headers=account.headers)).status == 204
    await error_of(await client.post(LOGOUT, headers=account.headers), 401, "unauthorized")


async def test_logout_revokes_only_that_token(client, make_user):
    account = await make_user("multi")
    response = await client.post(
        LOGIN, json={"login": account.user["nick"], "password": account.password}
    )
    second = {"Authorization": f"Bearer {(await response.json())['token']}"}
    assert (await client.post(LOGOUT, headers=account.headers)).status == 204
    assert (await client.get(ME, headers=second)).status == 200


async def test_logout_without_token_is_401(client):
    await error_of(await client.post(LOGOUT), 401, "unauthorized")


async def test_request_without_authorization_header_is_401(client):
    await error_of(await client.get(ME), 401, "unauthorized")


async def test_request_with_unknown_token_is_401(client):
    headers = {"Authorization": "Bearer this-token-was-never-issued"}
    await error_of(await client.get(ME, headers=headers), 401, "unauthorized")


async def test_request_with_empty_bearer_is_401(client):
    await error_of(await client.get(ME, headers={"Authorization": "Bearer "}), 401, "unauthorized")


async def test_request_with_another_auth_scheme_is_401(client, make_user):
    account = await make_user("basic")
    headers = {"Authorization": f"Basic {account.token}"}
    await error_of(await client.get(ME, headers=headers), 401, "unauthorized")


async def test_bearer_scheme_is_case_insensitive(client, make_user):
    account = await make_user("scheme")
    response = await client.get(ME, headers={"Authorization": f"bearer {account.token}"})
    assert response.status == 200


async def test_bearer_token_that_is_not_utf8_is_401_not_500(client):
    reader, writer = await asyncio.open_connection(client.server.host, client.server.port)
    try:
        writer.write(
            b"GET /api/v1/users/me HTTP/1.1\r\nHost: test\r\n"
            b"Authorization: Bearer \xff\xfe\xfd\r\nConnection: close\r\n\r\n"
        )
        await writer.drain()
        raw = await reader.read()
    finally:
        writer.close()
    status_line, _, _ = raw.partition(b"\r\n")
    assert status_line.split()[1] == b"401", raw[:300]
    assert b'"code": "unauthorized"' in raw


async def test_expired_token_is_401(make_client):
    client = await make_client(auth={"token_ttl_seconds": 0})
    account = await register(client, "expired")
    await error_of(await client.get(ME, headers=account.headers), 401, "unauthorized")

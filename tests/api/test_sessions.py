"""Sessions and password changes (docs/API.md, "Accounts"): each token is a session its
user can list and end, one by one or all but the current; a new password ends the others.
Ended sessions' WebSockets close at once."""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import WSMsgType, web
from aiohttp.test_utils import TestClient

from tests.support.api import Register, error_of, paths_of

Client = TestClient[web.Request, web.Application]
SESSIONS = "/api/v1/auth/sessions"
LOGIN = "/api/v1/auth/login"
PASSWORD = "/api/v1/users/me/password"


async def log_in(client: Client, login: str, password: str, agent: str) -> dict[str, str]:
    response = await client.post(
        LOGIN, json={"login": login, "password": password}, headers={"User-Agent": agent}
    )
    assert response.status == 200, await response.text()
    return {"Authorization": f"Bearer {(await response.json())['token']}"}


async def sessions(client: Client, headers: dict[str, str]) -> list[dict[str, Any]]:
    response = await client.get(SESSIONS, headers=headers)
    assert response.status == 200, await response.text()
    items: list[dict[str, Any]] = (await response.json())["items"]
    return items


async def test_each_login_is_a_session_with_its_client_and_the_current_one_marked(
    client: Client, make_user: Register
) -> None:
    alice = await make_user("alice")
    phone = await log_in(client, alice.user["nick"], alice.password, "Phone/1.0")
    laptop = await log_in(client, alice.user["email"], alice.password, "Laptop/2.0")

    seen = await sessions(client, laptop)
    assert len(seen) == 3  # the registration's, the phone's, the laptop's
    [current] = [s for s in seen if s["current"]]
    assert current["user_agent"] == "Laptop/2.0"
    assert {s["user_agent"] for s in seen if not s["current"]} >= {"Phone/1.0"}
    # Used just now (the listing itself), to the minute.
    assert current["last_used_at"] is not None
    assert [s["current"] for s in await sessions(client, phone)].count(True) == 1


async def test_last_use_is_written_at_most_once_a_minute(
    client: Client, make_user: Register, services_db: Any
) -> None:
    alice = await make_user("alice")
    for _ in range(3):
        await sessions(client, alice.headers)
    async with services_db.connection() as conn:
        cursor = await conn.raw.cursor()
        await cursor.execute("SELECT n_tup_upd FROM pg_stat_user_tables WHERE relname = 'tokens'")
        before = (await cursor.fetchone())[0]
        for _ in range(5):
            await sessions(client, alice.headers)
        await asyncio.sleep(0.6)  # statistics reach pg_stat_* after up to half a second
        await cursor.execute("SELECT pg_stat_clear_snapshot()")
        await cursor.execute("SELECT n_tup_upd FROM pg_stat_user_tables WHERE relname = 'tokens'")
        after = (await cursor.fetchone())[0]
        cursor.close()
    assert after == before


async def test_ending_a_session_revokes_its_token_and_closes_its_socket(
    client: Client, make_user: Register
) -> None:
    alice = await make_user("alice")
    phone = await log_in(client, alice.user["nick"], alice.password, "Phone/1.0")
    token = phone["Authorization"].removeprefix("Bearer ")
    socket = await client.ws_connect(f"/api/v1/ws?token={token}")
    assert (await socket.receive_json(timeout=5))["type"] == "ready"
    [phone_session] = [
        s for s in await sessions(client, alice.headers) if s["user_agent"] == "Phone/1.0"
    ]

    ended = await client.delete(f"{SESSIONS}/{phone_session['id']}", headers=alice.headers)
    assert ended.status == 204
    closed = await socket.receive(timeout=5)
    assert closed.type in (WSMsgType.CLOSE, WSMsgType.CLOSED)
    assert socket.close_code == 4401
    await error_of(await client.get(SESSIONS, headers=phone), 401, "unauthorized")
    # Ending it again, or another user's session, is a 404.
    again = await client.delete(f"{SESSIONS}/{phone_session['id']}", headers=alice.headers)
    await error_of(again, 404, "not_found")
    bob = await make_user("bob")
    [bobs] = await sessions(client, bob.headers)
    await error_of(
        await client.delete(f"{SESSIONS}/{bobs['id']}", headers=alice.headers), 404, "not_found"
    )


async def test_ending_the_other_sessions_keeps_only_this_one(
    client: Client, make_user: Register
) -> None:
    alice = await make_user("alice")
    others = [
        await log_in(client, alice.user["nick"], alice.password, f"Device/{n}") for n in range(3)
    ]
    assert (await client.delete(SESSIONS, headers=alice.headers)).status == 204
    [only] = await sessions(client, alice.headers)
    assert only["current"]
    for headers in others:
        await error_of(await client.get(SESSIONS, headers=headers), 401, "unauthorized")


async def test_a_new_password_ends_the_other_sessions_and_the_old_one_no_longer_logs_in(
    client: Client, make_user: Register
) -> None:
    alice = await make_user("alice")
    phone = await log_in(client, alice.user["nick"], alice.password, "Phone/1.0")
    body = {"current_password": alice.password, "new_password": "a brand new secret"}
    assert (await client.post(PASSWORD, json=body, headers=alice.headers)).status == 204

    await error_of(await client.get(SESSIONS, headers=phone), 401, "unauthorized")
    assert len(await sessions(client, alice.headers)) == 1
    old = await client.post(LOGIN, json={"login": alice.user["nick"], "password": alice.password})
    await error_of(old, 401, "unauthorized")
    await log_in(client, alice.user["nick"], "a brand new secret", "Phone/1.1")


async def test_a_wrong_current_password_is_403_and_changes_nothing(
    client: Client, make_user: Register
) -> None:
    alice = await make_user("alice")
    body = {"current_password": "not my password", "new_password": "a brand new secret"}
    await error_of(await client.post(PASSWORD, json=body, headers=alice.headers), 403, "forbidden")
    await log_in(client, alice.user["nick"], alice.password, "Phone/1.0")
    short = {"current_password": alice.password, "new_password": "short"}
    error = await error_of(
        await client.post(PASSWORD, json=short, headers=alice.headers), 422, "validation_failed"
    )
    assert paths_of(error) == ["/new_password"]

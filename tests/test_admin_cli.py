"""`messenger admin`, the operators' commands, run as an operator runs them (a process of
its own on the server's configuration) beside a running API: list users, deactivate and
reactivate an account, delete one, tell a chat's size."""

from __future__ import annotations

import asyncio
import subprocess
import sys
from typing import Any

from aiohttp import WSMsgType, web
from aiohttp.test_utils import TestClient

from messenger.config import Config, as_environment
from tests.support.api import Register, create_chat, error_of, send

Client = TestClient[web.Request, web.Application]
ROOT_TIMEOUT_SECONDS = 60


async def admin(config: Config, *args: str) -> subprocess.CompletedProcess[str]:
    return await asyncio.to_thread(
        subprocess.run,
        [sys.executable, "-m", "messenger", "admin", *args],
        env=as_environment(config),
        capture_output=True,
        text=True,
        timeout=ROOT_TIMEOUT_SECONDS,
        check=False,
    )


def table(output: str) -> list[dict[str, str]]:
    header, *lines = output.strip().splitlines()
    names = header.split("\t")
    return [dict(zip(names, line.split("\t"), strict=True)) for line in lines]


async def log_in(client: Client, nick: str, password: str) -> Any:
    return await client.post("/api/v1/auth/login", json={"login": nick, "password": password})


async def test_deactivation_ends_every_session_and_refuses_logins_until_reactivated(
    client: Client, make_user: Register, config: Config
) -> None:
    alice = await make_user("alice")
    nick = alice.user["nick"]
    socket = await client.ws_connect(f"/api/v1/ws?token={alice.token}")
    assert (await socket.receive_json(timeout=5))["type"] == "ready"
    [listed] = table((await admin(config, "users", "--query", nick)).stdout)
    assert (listed["id"], listed["state"], listed["sessions"]) == (str(alice.id), "active", "1")

    done = await admin(config, "deactivate", nick)
    assert done.returncode == 0, done.stderr
    closed = await socket.receive(timeout=5)
    assert (closed.type, closed.data) == (WSMsgType.CLOSE, 4401)
    await error_of(await client.get("/api/v1/users/me", headers=alice.headers), 401, "unauthorized")
    refused = await error_of(await log_in(client, nick, alice.password), 401, "unauthorized")
    assert "deactivated" in refused["message"]
    # Only to whoever knows the password: a wrong one reads as any wrong password.
    wrong = await error_of(await log_in(client, nick, "not the password"), 401, "unauthorized")
    assert "deactivated" not in wrong["message"]
    [listed] = table((await admin(config, "users", "--query", nick)).stdout)
    assert (listed["state"], listed["sessions"]) == ("deactivated", "0")

    assert (await admin(config, "reactivate", str(alice.id))).returncode == 0
    assert (await log_in(client, nick, alice.password)).status == 200


async def test_delete_removes_the_account_as_its_owner_could_and_asks_first(
    client: Client, make_user: Register, config: Config
) -> None:
    alice, bob = await make_user("alice"), await make_user("bob")
    group = await create_chat(client, alice, [bob])
    await send(client, alice, group["id"], "before I go")

    unconfirmed = await admin(config, "delete", alice.user["nick"])
    assert unconfirmed.returncode == 2
    assert "--yes" in unconfirmed.stderr
    assert (await client.get("/api/v1/users/me", headers=alice.headers)).status == 200

    done = await admin(config, "delete", alice.user["nick"], "--yes")
    assert done.returncode == 0, done.stderr
    gone = await (await client.get(f"/api/v1/users/{alice.id}", headers=bob.headers)).json()
    assert (gone["deleted"], gone["nick"], gone["name"]) == (True, None, "Deleted user")
    members = await client.get(f"/api/v1/chats/{group['id']}/members", headers=bob.headers)
    assert [(m["user"]["id"], m["role"]) for m in (await members.json())["items"]] == [
        (bob.id, "owner")
    ]
    [listed] = table(
        (await admin(config, "users", "--after", str(alice.id - 1), "--limit", "1")).stdout
    )
    assert (listed["id"], listed["state"], listed["email"]) == (str(alice.id), "deleted", "-")


async def test_chat_size_counts_members_messages_and_files(
    client: Client, make_user: Register, config: Config
) -> None:
    alice, bob = await make_user("alice"), await make_user("bob")
    group = await create_chat(client, alice, [bob], topic="Sizes")
    for text in ("one", "two", "three"):
        await send(client, alice, group["id"], text)

    result = await admin(config, "chat-size", str(group["id"]))
    assert result.returncode == 0, result.stderr
    size = dict(line.split("\t", 1) for line in result.stdout.strip().splitlines())
    assert (size["topic"], size["members"], size["messages"]) == ("Sizes", "2", "3")
    assert (size["attachments"], size["attachment_bytes"]) == ("0", "0")


async def test_an_unknown_user_or_chat_is_exit_status_1_with_a_message(config: Config) -> None:
    for args in (("deactivate", "no_such_nick_anywhere"), ("chat-size", str(2**62))):
        result = await admin(config, *args)
        assert result.returncode == 1
        assert result.stderr.strip().startswith("no ")

"""Two real API processes on one database and one Redis: a WebSocket client connected to
one of them hears what is posted through the other (docs/API.md: "whichever server process
they are connected to")."""

from __future__ import annotations

import asyncio
import contextlib
import os
import subprocess
import sys
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import aiohttp

from messenger.config import Config
from messenger.dev.loadtest import free_port, stop_api, wait_healthy

HOST = "127.0.0.1"
START_SECONDS = 60.0
EVENT_SECONDS = 10.0


def start_api(
    config: Config, port: int, log_path: Path, extra_env: dict[str, str] | None = None
) -> subprocess.Popen[bytes]:
    env = (
        os.environ
        | {
            "MESSENGER_DATABASE__URL": config.database.url,
            "MESSENGER_REDIS__URL": config.redis.url,
            "MESSENGER_ATTACHMENTS__DIR": config.attachments.dir,
            "MESSENGER_LIMITS__MESSAGES": str(config.limits.messages),
            # Hashing cost is not under test.
            "MESSENGER_AUTH__ARGON2_TIME_COST": "1",
            "MESSENGER_AUTH__ARGON2_MEMORY_KIB": "1024",
        }
        | (extra_env or {})
    )
    with log_path.open("wb") as log:  # the child keeps its own descriptor
        return subprocess.Popen(
            [sys.executable, "-m", "messenger", "serve", "--host", HOST, "--port", str(port)],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )


async def call(session: aiohttp.ClientSession, method: str, url: str, **kwargs: Any) -> Any:
    async with session.request(method, url, **kwargs) as response:
        assert response.status in (200, 201), await response.text()
        return await response.json()


async def register(session: aiohttp.ClientSession, base: str, nick: str) -> dict[str, Any]:
    body = {"nick": nick, "name": nick, "email": f"{nick}@example.com", "password": "x" * 12}
    session_body: dict[str, Any] = await call(
        session, "POST", f"{base}/api/v1/auth/register", json=body
    )
    return session_body


@dataclass(frozen=True)
class Api:
    base: str
    process: subprocess.Popen[bytes]


@contextlib.asynccontextmanager
async def running_apis(
    config: Config, tmp_path: Path, count: int = 2, extra_env: dict[str, str] | None = None
) -> AsyncIterator[list[Api]]:
    """API processes on the suite's database and Redis. Their logs are printed on the
    way out, so a failure shows what the servers said."""
    ports = [free_port() for _ in range(count)]
    logs = [tmp_path / f"api-{port}.log" for port in ports]
    processes: list[subprocess.Popen[bytes]] = []
    try:
        for port, log in zip(ports, logs, strict=True):
            processes.append(start_api(config, port, log, extra_env))
        apis = [
            Api(f"http://{HOST}:{port}", process)
            for port, process in zip(ports, processes, strict=True)
        ]
        async with asyncio.timeout(START_SECONDS):
            await asyncio.gather(*(wait_healthy(api.base, api.process) for api in apis))
        yield apis
    finally:
        for process in processes:
            stop_api(process)
        for log in logs:
            if log.exists():
                print(f"--- {log.name}\n{log.read_text(errors='replace')[-3000:]}")


@contextlib.asynccontextmanager
async def two_apis(config: Config, tmp_path: Path) -> AsyncIterator[tuple[str, str]]:
    """Two API processes on the suite's database and Redis; their base URLs."""
    async with running_apis(config, tmp_path) as (first, second):
        yield first.base, second.base


async def test_a_socket_on_one_process_hears_a_message_posted_through_the_other(
    config: Config, tmp_path: Path
) -> None:
    async with two_apis(config, tmp_path) as (first, second):
        timeout = aiohttp.ClientTimeout(total=EVENT_SECONDS)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            suffix = os.urandom(4).hex()
            alice = await register(session, second, f"alice_{suffix}")
            bob = await register(session, second, f"bob_{suffix}")
            alice_auth = {"Authorization": f"Bearer {alice['token']}"}
            chat = await call(
                session,
                "POST",
                f"{second}/api/v1/chats",
                json={"is_group_chat": True, "topic": "two", "member_ids": [bob["user"]["id"]]},
                headers=alice_auth,
            )
            async with session.ws_connect(
                f"{first}/api/v1/ws", params={"token": bob["token"]}
            ) as ws:
                ready = await ws.receive_json(timeout=EVENT_SECONDS)
                assert ready["type"] == "ready"
                message = await call(
                    session,
                    "POST",
                    f"{second}/api/v1/chats/{chat['id']}/messages",
                    json={"content": "across processes"},
                    headers=alice_auth,
                )
                event = await ws.receive_json(timeout=EVENT_SECONDS)
                assert event == {"type": "message.created", "chat_id": chat["id"], "data": message}


async def test_logout_through_one_process_revokes_the_token_cached_by_the_other(
    config: Config, tmp_path: Path
) -> None:
    async with two_apis(config, tmp_path) as (first, second):
        timeout = aiohttp.ClientTimeout(total=EVENT_SECONDS)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            alice = await register(session, first, f"alice_{os.urandom(4).hex()}")
            auth = {"Authorization": f"Bearer {alice['token']}"}
            # Two reads through the second process: the token is now in its cache.
            for _ in range(2):
                await call(session, "GET", f"{second}/api/v1/chats", headers=auth)
            async with session.post(f"{first}/api/v1/auth/logout", headers=auth) as response:
                assert response.status == 204
            # The revocation travels over Redis; it must land within moments, not the TTL.
            deadline = asyncio.get_running_loop().time() + 2.0
            status = 200
            while asyncio.get_running_loop().time() < deadline:
                async with session.get(f"{second}/api/v1/chats", headers=auth) as response:
                    status = response.status
                if status == 401:
                    break
                await asyncio.sleep(0.05)
            assert status == 401


async def test_racing_sends_through_two_processes_reach_a_socket_in_id_order(
    config: Config, tmp_path: Path
) -> None:
    # Each message is published after its commit, from whichever process took it: the
    # events of one chat must still arrive in id order (docs/API.md, "Ordering").
    senders, per_sender = 6, 15
    async with two_apis(config, tmp_path) as (first, second):
        timeout = aiohttp.ClientTimeout(total=60)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            suffix = os.urandom(4).hex()
            users = [await register(session, first, f"s{i}_{suffix}") for i in range(senders)]
            owner = {"Authorization": f"Bearer {users[0]['token']}"}
            others = [user["user"]["id"] for user in users[1:]]
            chat = await call(
                session,
                "POST",
                f"{first}/api/v1/chats",
                json={"is_group_chat": True, "topic": "race", "member_ids": others},
                headers=owner,
            )
            async with session.ws_connect(
                f"{first}/api/v1/ws", params={"token": users[0]["token"]}
            ) as ws:
                assert (await ws.receive_json(timeout=EVENT_SECONDS))["type"] == "ready"

                async def send_all(index: int, user: dict[str, Any]) -> list[int]:
                    headers = {"Authorization": f"Bearer {user['token']}"}
                    sent = []
                    for k in range(per_sender):
                        base = (first, second)[(index + k) % 2]
                        message = await call(
                            session,
                            "POST",
                            f"{base}/api/v1/chats/{chat['id']}/messages",
                            json={"content": f"{index}.{k}"},
                            headers=headers,
                        )
                        sent.append(message["id"])
                    return sent

                sent = await asyncio.gather(*(send_all(i, u) for i, u in enumerate(users)))
                heard: list[int] = []
                while len(heard) < senders * per_sender:
                    event = await ws.receive_json(timeout=EVENT_SECONDS)
                    if event["type"] == "message.created":
                        heard.append(event["data"]["id"])
    assert heard == sorted(heard), "a message event arrived after a newer one"
    assert sorted(heard) == sorted(i for ids in sent for i in ids)


async def test_replies_reactions_and_pins_made_through_one_process_reach_a_socket_on_the_other(
    config: Config, tmp_path: Path
) -> None:
    async with two_apis(config, tmp_path) as (first, second):
        timeout = aiohttp.ClientTimeout(total=EVENT_SECONDS)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            suffix = os.urandom(4).hex()
            alice = await register(session, second, f"alice_{suffix}")
            bob = await register(session, second, f"bob_{suffix}")
            alice_auth = {"Authorization": f"Bearer {alice['token']}"}
            chat = await call(
                session,
                "POST",
                f"{second}/api/v1/chats",
                json={"is_group_chat": True, "topic": "two", "member_ids": [bob["user"]["id"]]},
                headers=alice_auth,
            )
            messages = f"{second}/api/v1/chats/{chat['id']}/messages"
            async with session.ws_connect(
                f"{first}/api/v1/ws", params={"token": bob["token"]}
            ) as ws:
                assert (await ws.receive_json(timeout=EVENT_SECONDS))["type"] == "ready"
                original = await call(
                    session, "POST", messages, json={"content": "plan?"}, headers=alice_auth
                )
                body = {
                    "content": f"@{bob['user']['nick']} see above",
                    "reply_to_id": original["id"],
                }
                reply = await call(session, "POST", messages, json=body, headers=alice_auth)
                await call(
                    session,
                    "PUT",
                    f"{second}/api/v1/messages/{original['id']}/reactions/%F0%9F%8E%89",
                    headers=alice_auth,
                )
                async with session.put(
                    f"{second}/api/v1/chats/{chat['id']}/pins/{original['id']}", headers=alice_auth
                ) as response:
                    assert response.status == 204
                events = [await ws.receive_json(timeout=EVENT_SECONDS) for _ in range(4)]
    assert [event["type"] for event in events] == [
        "message.created",
        "message.created",
        "message.reactions",
        "message.pinned",
    ]
    created = events[1]["data"]
    assert created == reply
    assert created["reply_to"]["id"] == original["id"]
    assert created["mentions"] == [bob["user"]["id"]]
    assert events[2] == {
        "type": "message.reactions",
        "chat_id": chat["id"],
        "data": {
            "message_id": original["id"],
            "reactions": [{"emoji": "🎉", "count": 1}],
            "user_id": alice["user"]["id"],
            "emoji": "🎉",
            "added": True,
        },
    }
    assert events[3]["data"] == {"message_id": original["id"]}


async def test_two_processes_share_the_limits_of_failed_logins_and_of_sends(
    config: Config, tmp_path: Path
) -> None:
    """docs/API.md, "Accounts": limits are counted in Redis, so every API process shares
    them; failed logins and sends spread over two processes add up."""
    shared = {
        "MESSENGER_LIMITS__NAMESPACE": os.urandom(8).hex(),
        "MESSENGER_LIMITS__LOGIN_FAILURES": "4",
        "MESSENGER_LIMITS__MESSAGES": "6",
        "MESSENGER_LIMITS__MESSAGES_WINDOW_SECONDS": "60",
    }
    async with running_apis(config, tmp_path, extra_env=shared) as apis:
        bases = [api.base for api in apis]
        timeout = aiohttp.ClientTimeout(total=EVENT_SECONDS)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            suffix = os.urandom(4).hex()
            alice = await register(session, bases[0], f"alice_{suffix}")
            bob = await register(session, bases[1], f"bob_{suffix}")
            wrong = {"login": alice["user"]["nick"], "password": "not the password"}
            statuses = []
            for attempt in range(6):
                url = f"{bases[attempt % 2]}/api/v1/auth/login"
                async with session.post(url, json=wrong) as response:
                    statuses.append(response.status)
            assert statuses == [401] * 4 + [429] * 2

            auth = {"Authorization": f"Bearer {bob['token']}"}
            chat = await call(
                session,
                "POST",
                f"{bases[0]}/api/v1/chats",
                json={"is_group_chat": False, "member_ids": [alice["user"]["id"]]},
                headers=auth,
            )
            sent = []
            for turn in range(10):
                url = f"{bases[turn % 2]}/api/v1/chats/{chat['id']}/messages"
                async with session.post(url, json={"content": f"m{turn}"}, headers=auth) as answer:
                    sent.append(answer.status)
            assert sent.count(201) == 6
            assert sent[-2:] == [429, 429]

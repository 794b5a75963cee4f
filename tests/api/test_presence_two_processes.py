"""Typing and presence with two real API processes on one database and one Redis
(docs/API.md, "Live"): the same answer whichever process a client is connected to, and a
process that dies leaves no one online forever."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path
from typing import Any

import aiohttp

from messenger.config import Config
from tests.api.test_two_processes import Api, call, register, running_apis

GRACE = 2  # realtime.offline_after_seconds of these processes
# A sweep runs at least every grace/6 s; a renewal every grace/3 s.
OFFLINE_WITHIN = GRACE + 3.0
EVENT_SECONDS = 10.0
FAST_OFFLINE = {"MESSENGER_REALTIME__OFFLINE_AFTER_SECONDS": str(GRACE)}


async def people(
    session: aiohttp.ClientSession, api: Api, *nicks: str
) -> dict[str, dict[str, Any]]:
    suffix = os.urandom(4).hex()
    return {nick: await register(session, api.base, f"{nick}_{suffix}") for nick in nicks}


def auth(person: dict[str, Any]) -> dict[str, str]:
    return {"Authorization": f"Bearer {person['token']}"}


async def group(
    session: aiohttp.ClientSession, api: Api, owner: dict[str, Any], *others: dict[str, Any]
) -> dict[str, Any]:
    body = {"is_group_chat": True, "topic": "t", "member_ids": [o["user"]["id"] for o in others]}
    chat: dict[str, Any] = await call(
        session, "POST", f"{api.base}/api/v1/chats", json=body, headers=auth(owner)
    )
    return chat


async def connect(
    session: aiohttp.ClientSession, api: Api, person: dict[str, Any]
) -> aiohttp.ClientWebSocketResponse:
    ws = await session.ws_connect(f"{api.base}/api/v1/ws", params={"token": person["token"]})
    assert (await ws.receive_json(timeout=EVENT_SECONDS))["type"] == "ready"
    return ws


async def first(ws: aiohttp.ClientWebSocketResponse, kind: str, within: float) -> dict[str, Any]:
    deadline = time.monotonic() + within
    while True:
        frame: dict[str, Any] = await ws.receive_json(
            timeout=max(deadline - time.monotonic(), 0.01)
        )
        if frame["type"] == kind:
            return frame


async def frames_of(ws: aiohttp.ClientWebSocketResponse, kind: str, seconds: float) -> list[Any]:
    got = []
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        try:
            frame = await ws.receive_json(timeout=left)
        except TimeoutError:
            break
        if frame["type"] == kind:
            got.append(frame)
    return got


async def online_as_seen(
    session: aiohttp.ClientSession, api: Api, viewer: dict[str, Any], user: dict[str, Any]
) -> bool:
    seen = await call(
        session, "GET", f"{api.base}/api/v1/users/{user['user']['id']}", headers=auth(viewer)
    )
    online: bool = seen["online"]
    return online


async def test_typing_on_one_process_is_heard_on_the_other(config: Config, tmp_path: Path) -> None:
    async with running_apis(config, tmp_path, extra_env=FAST_OFFLINE) as (one, two):
        timeout = aiohttp.ClientTimeout(total=30)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            them = await people(session, one, "alice", "bob")
            chat = await group(session, one, them["alice"], them["bob"])
            alice_ws = await connect(session, one, them["alice"])
            bob_ws = await connect(session, two, them["bob"])
            alice_tablet = await connect(session, two, them["alice"])
            await alice_ws.send_str(json.dumps({"type": "typing", "chat_id": chat["id"]}))
            heard = {
                "type": "typing",
                "chat_id": chat["id"],
                "data": {"user_id": them["alice"]["user"]["id"]},
            }
            assert await first(bob_ws, "typing", EVENT_SECONDS) == heard
            assert await first(alice_tablet, "typing", EVENT_SECONDS) == heard
            assert await frames_of(alice_ws, "typing", 0.5) == []
            for ws in (alice_ws, bob_ws, alice_tablet):
                await ws.close()


async def test_a_user_with_sockets_in_both_processes_goes_offline_only_when_both_close(
    config: Config, tmp_path: Path
) -> None:
    async with running_apis(config, tmp_path, extra_env=FAST_OFFLINE) as (one, two):
        timeout = aiohttp.ClientTimeout(total=60)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            them = await people(session, one, "alice", "bob", "carol")
            await group(session, one, them["alice"], them["bob"])
            bob_ws = await connect(session, one, them["bob"])
            carol_ws = await connect(session, two, them["carol"])  # shares no chat
            alice_one = await connect(session, one, them["alice"])
            came = await first(bob_ws, "presence", EVENT_SECONDS)
            assert came["data"]["user_id"] == them["alice"]["user"]["id"]
            assert came["data"]["online"] is True
            alice_two = await connect(session, two, them["alice"])
            await alice_one.close()
            # Her socket in the other process keeps her online, well past the grace.
            assert await frames_of(bob_ws, "presence", OFFLINE_WITHIN) == []
            for api in (one, two):
                assert await online_as_seen(session, api, them["bob"], them["alice"])
            await alice_two.close()
            went = await first(bob_ws, "presence", OFFLINE_WITHIN)
            assert went["data"]["user_id"] == them["alice"]["user"]["id"]
            assert went["data"]["online"] is False
            for api in (one, two):
                assert not await online_as_seen(session, api, them["bob"], them["alice"])
            # Nothing of it reached someone who shares no chat with her.
            assert await frames_of(carol_ws, "presence", 0.3) == []
            await bob_ws.close()
            await carol_ws.close()


async def test_a_process_killed_with_sigkill_leaves_its_users_offline_within_the_grace(
    config: Config, tmp_path: Path
) -> None:
    async with running_apis(config, tmp_path, extra_env=FAST_OFFLINE) as (one, doomed):
        timeout = aiohttp.ClientTimeout(total=60)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            them = await people(session, one, "alice", "bob")
            await group(session, one, them["alice"], them["bob"])
            bob_ws = await connect(session, one, them["bob"])
            await connect(session, doomed, them["alice"])
            came = await first(bob_ws, "presence", EVENT_SECONDS)
            assert came["data"]["online"] is True
            doomed.process.send_signal(signal.SIGKILL)
            doomed.process.wait()
            killed_at = time.monotonic()
            went = await first(bob_ws, "presence", OFFLINE_WITHIN)
            assert went["data"]["user_id"] == them["alice"]["user"]["id"]
            assert went["data"]["online"] is False
            assert time.monotonic() - killed_at <= OFFLINE_WITHIN
            assert not await online_as_seen(session, one, them["bob"], them["alice"])
            await bob_ws.close()

"""GET /api/v1/ws and the realtime hub: auth, every event to every connected member and
no one else, slow clients, revocation, and Redis going away and coming back."""

from __future__ import annotations

import asyncio
import json
import time
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from aiohttp import WSMsgType

from messenger.api.keys import SERVICES
from messenger.api.live import (
    CLOSE_GOING_AWAY,
    CLOSE_RESYNC,
    CLOSE_TOO_SLOW,
    CLOSE_UNAUTHORIZED,
    HUB,
)
from messenger.config import RedisConfig
from messenger.operations.accounts import hash_token
from messenger.services.events import EventBus, chat_event, resync_message
from tests.support.api import Account, create_chat, register, send
from tests.support.ports import free_port
from tests.support.servers import PrivateRedis
from tests.support.waiting import eventually

WS = "/api/v1/ws"
WAIT = 5.0  # seconds any single frame may take to arrive


async def connect(client: Any, account: Account, *, by_frame: bool = False) -> Any:
    """An open socket of the account, past its `ready` frame."""
    if by_frame:
        ws = await client.ws_connect(WS)
        await ws.send_json({"token": account.token})
    else:
        ws = await client.ws_connect(WS, params={"token": account.token})
    assert await ws.receive_json(timeout=WAIT) == {
        "type": "ready",
        "chat_id": None,
        "data": {"user_id": account.id},
    }
    return ws


# News of presence and typing comes on its own time, between the chat events: the tests
# of chat events pass over it (tests/api/test_presence.py is about it).
NEWS = frozenset({"presence", "typing"})


async def next_event(ws: Any) -> dict[str, Any]:
    """The next chat event on the socket."""
    while True:
        event: dict[str, Any] = await ws.receive_json(timeout=WAIT)
        if event["type"] not in NEWS:
            return event


async def closed_with(ws: Any) -> tuple[int | None, str]:
    """Read to the end of the socket: the close code and reason it ended with."""
    message = await ws.receive(timeout=WAIT)
    while message.type is WSMsgType.TEXT:
        message = await ws.receive(timeout=WAIT)
    assert message.type is WSMsgType.CLOSE, message
    return message.data, message.extra


# --- authentication ---------------------------------------------------------------------


async def test_token_in_query_opens_a_socket_that_says_ready(client, make_user):
    alice = await make_user("alice")
    ws = await connect(client, alice)
    assert client.app[HUB].connection_count == 1
    await ws.close()
    await eventually(lambda: client.app[HUB].connection_count == 0)


async def test_token_in_first_frame_opens_a_socket_that_says_ready(client, make_user):
    alice = await make_user("alice")
    ws = await connect(client, alice, by_frame=True)
    assert client.app[HUB].connection_count == 1
    await ws.close()


async def test_bad_token_in_query_is_a_401_before_the_upgrade(client):
    with pytest.raises(aiohttp.WSServerHandshakeError) as raised:
        await client.ws_connect(WS, params={"token": "not-a-token"})
    assert raised.value.status == 401
    response = await client.get(WS, params={"token": "not-a-token"})
    assert response.status == 401
    assert (await response.json())["error"]["code"] == "unauthorized"


async def test_bad_token_in_first_frame_closes_with_4401(client):
    ws = await client.ws_connect(WS)
    await ws.send_json({"token": "not-a-token"})
    assert await closed_with(ws) == (CLOSE_UNAUTHORIZED, "unauthorized")
    assert client.app[HUB].connection_count == 0


async def test_first_frame_without_a_token_closes_with_4401(client):
    for frame in ('{"type": "ping"}', "not json", '["token"]', '{"token": 7}'):
        ws = await client.ws_connect(WS)
        await ws.send_str(frame)
        code, _reason = await closed_with(ws)
        assert code == CLOSE_UNAUTHORIZED, frame


async def test_no_token_frame_in_time_closes_with_4401(make_client):
    client = await make_client(realtime={"auth_timeout_seconds": 1})
    ws = await client.ws_connect(WS)
    started = time.monotonic()
    assert await closed_with(ws) == (CLOSE_UNAUTHORIZED, "no token in time")
    assert time.monotonic() - started < 3


async def test_expired_token_cannot_open_a_socket(make_client):
    client = await make_client(auth={"token_ttl_seconds": -1})
    alice = await register(client, "alice")
    with pytest.raises(aiohttp.WSServerHandshakeError) as raised:
        await client.ws_connect(WS, params={"token": alice.token})
    assert raised.value.status == 401
    ws = await client.ws_connect(WS)
    await ws.send_json({"token": alice.token})
    assert await closed_with(ws) == (CLOSE_UNAUTHORIZED, "unauthorized")


async def test_plain_get_without_the_upgrade_is_a_400(client, make_user):
    alice = await make_user("alice")
    response = await client.get(WS, params={"token": alice.token})
    assert response.status == 400
    assert (await response.json())["error"]["code"] == "bad_request"


async def test_ping_frame_is_answered_with_pong_and_other_frames_are_ignored(client, make_user):
    alice = await make_user("alice")
    ws = await connect(client, alice)
    await ws.send_str("whatever")
    await ws.send_json({"token": "a second auth frame is ignored"})
    await ws.send_json({"type": "ping"})
    assert await next_event(ws) == {"type": "pong", "chat_id": None, "data": {}}
    await ws.close()


async def test_a_client_that_does_not_answer_pings_is_dropped(make_client):
    client = await make_client(realtime={"heartbeat_seconds": 1})
    alice = await register(client, "alice")
    ws = await client.ws_connect(WS, params={"token": alice.token}, autoping=False)
    assert (await next_event(ws))["type"] == "ready"
    assert (await ws.receive(timeout=WAIT)).type is WSMsgType.PING  # and no pong goes back
    await eventually(lambda: client.app[HUB].connection_count == 0)
    assert (await ws.receive(timeout=WAIT)).type in (WSMsgType.CLOSED, WSMsgType.ERROR)


# --- events -----------------------------------------------------------------------------


async def test_every_event_reaches_every_connected_member_and_no_one_else(client, make_user):
    alice, bob, carol, dave = [await make_user(name) for name in ("alice", "bob", "carol", "dave")]
    alice_ws = await connect(client, alice)
    # Bob has two sockets (say, a phone and a laptop): both get everything.
    bob_sockets = [await connect(client, bob), await connect(client, bob, by_frame=True)]
    carol_ws = await connect(client, carol)  # never a member of alice's group
    dave_ws = await connect(client, dave)  # a member for a while
    members = [alice_ws, *bob_sockets]

    async def expect(sockets: list[Any], type_: str, chat_id: int, data: Any) -> None:
        for ws in sockets:
            assert await next_event(ws) == {"type": type_, "chat_id": chat_id, "data": data}

    chat = await create_chat(client, alice, [bob])
    await expect(members, "chat.created", chat["id"], chat)
    chat_id = chat["id"]

    message = await send(client, alice, chat_id, "hello")
    await expect(members, "message.created", chat_id, message)

    response = await client.patch(
        f"/api/v1/messages/{message['id']}", json={"content": "hello!"}, headers=alice.headers
    )
    assert response.status == 200
    await expect(members, "message.updated", chat_id, await response.json())

    response = await client.post(
        f"/api/v1/chats/{chat_id}/read", json={"message_id": message["id"]}, headers=bob.headers
    )
    assert response.status == 200
    read = {"user_id": bob.id, "last_read_message_id": message["id"]}
    await expect(members, "chat.read", chat_id, read)

    response = await client.post(
        f"/api/v1/chats/{chat_id}/members", json={"user_ids": [dave.id]}, headers=alice.headers
    )
    assert response.status == 200
    added = {"members": (await response.json())["items"]}
    await expect([*members, dave_ws], "member.added", chat_id, added)

    response = await client.delete(
        f"/api/v1/chats/{chat_id}/members/{dave.id}", headers=alice.headers
    )
    assert response.status == 204
    # The removed member hears of it, and of nothing in that chat after it.
    await expect([*members, dave_ws], "member.removed", chat_id, {"user_id": dave.id})

    response = await client.delete(f"/api/v1/messages/{message['id']}", headers=alice.headers)
    assert response.status == 204
    await expect(members, "message.deleted", chat_id, {"id": message["id"]})

    response = await client.delete(f"/api/v1/chats/{chat_id}/messages", headers=alice.headers)
    assert response.status == 204
    await expect(members, "chat.cleared", chat_id, {})

    # The next thing carol and dave hear is a chat of their own: nothing of alice's
    # group reached carol, nor dave after his removal.
    marker = await create_chat(client, carol, [dave], topic="marker")
    await expect([carol_ws, dave_ws], "chat.created", marker["id"], marker)
    for ws in [*members, carol_ws, dave_ws]:
        await ws.close()


async def test_events_of_another_database_sharing_the_redis_are_not_heard(client, make_user):
    # A local run, a test session and a bench may share one Redis; their ids collide.
    alice = await make_user("alice")
    ws = await connect(client, alice)
    events = client.app[SERVICES].events
    assert client.app[HUB].channels == (events.events_channel, events.revocations_channel)
    other = EventBus(events.redis_config, namespace="some_other_database")
    try:
        leaked = chat_event("message.created", 1, {"from": "elsewhere"}, [alice.id])
        assert await other.publish(leaked)
        assert await other.publish_revocation(hash_token(alice.token))
    finally:
        await other.close()
    chat = await create_chat(client, alice, [], topic="mine")
    assert await next_event(ws) == {"type": "chat.created", "chat_id": chat["id"], "data": chat}
    await ws.close()


async def test_a_client_that_stops_reading_is_closed_while_others_keep_receiving(make_client):
    client = await make_client(realtime={"send_queue_size": 4})
    slow_user, fast_user = await register(client, "slow"), await register(client, "fast")
    slow = await connect(client, slow_user)  # and never read from again until the end
    fast = await connect(client, fast_user)
    hub, events = client.app[HUB], client.app[SERVICES].events
    # Big events fill the kernel's socket buffers in a few megabytes; then the slow
    # socket's writer blocks and its small queue overflows.
    padding = "x" * 200_000
    audience = [slow_user.id, fast_user.id]
    sent = 0
    while hub.connection_count == 2:
        assert sent < 500, "the slow client was never disconnected"
        data = {"n": sent, "padding": padding}
        assert await events.publish(chat_event("message.created", 1, data, audience))
        assert (await next_event(fast))["data"]["n"] == sent  # never held up by the slow one
        sent += 1
    data = {"n": sent, "after": "the slow client is gone"}
    assert await events.publish(chat_event("message.created", 1, data, audience))
    assert (await next_event(fast))["data"] == data

    received = 0
    message = await slow.receive(timeout=WAIT)
    while message.type is WSMsgType.TEXT:
        received += 1
        message = await slow.receive(timeout=WAIT)
    assert (message.type, message.data, message.extra) == (
        WSMsgType.CLOSE,
        CLOSE_TOO_SLOW,
        "too slow",
    )
    assert received < sent  # it lost events, and catches up by history after reconnecting
    await fast.close()


async def test_logout_closes_the_sockets_of_that_token_only(client, make_user):
    alice = await make_user("alice")
    response = await client.post(
        "/api/v1/auth/login", json={"login": alice.user["nick"], "password": alice.password}
    )
    other_token = (await response.json())["token"]
    other = Account(
        alice.user, other_token, alice.password, {"Authorization": f"Bearer {other_token}"}
    )
    revoked = [await connect(client, alice), await connect(client, alice, by_frame=True)]
    kept = await connect(client, other)

    response = await client.post("/api/v1/auth/logout", headers=alice.headers)
    assert response.status == 204
    for ws in revoked:
        assert await closed_with(ws) == (CLOSE_UNAUTHORIZED, "token revoked")

    chat = await create_chat(client, other, [], topic="still here")
    assert await next_event(kept) == {"type": "chat.created", "chat_id": chat["id"], "data": chat}
    assert client.app[HUB].connection_count == 1
    await kept.close()


async def test_a_token_revoked_just_before_its_socket_registers_is_closed(client, make_user):
    # The revocation is heard between the token's check and the socket's registration.
    alice = await make_user("alice")
    client.app[HUB].revoke(hash_token(alice.token))
    ws = await client.ws_connect(WS, params={"token": alice.token})
    assert await closed_with(ws) == (CLOSE_UNAUTHORIZED, "token revoked")


async def test_shutdown_closes_sockets_with_1001_without_waiting_for_them(make_client):
    client = await make_client()
    alice = await register(client, "alice")
    ws = await connect(client, alice)
    started = time.monotonic()
    await client.server.close()
    assert time.monotonic() - started < WAIT
    assert await closed_with(ws) == (CLOSE_GOING_AWAY, "server shutting down")


# --- Redis away -------------------------------------------------------------------------


async def test_sends_succeed_and_are_kept_while_redis_is_down(make_client):
    dead = f"redis://127.0.0.1:{free_port()}/0"  # nothing listens there
    client = await make_client(redis={"url": dead})
    alice, bob = await register(client, "alice"), await register(client, "bob")
    chat = await create_chat(client, alice, [bob])
    ws = await connect(client, bob)  # sockets still open; they just hear nothing
    assert not client.app[HUB].subscribed
    started = time.monotonic()
    message = await send(client, alice, chat["id"], "sent while redis is down")
    assert time.monotonic() - started < 1.0
    response = await client.get(f"/api/v1/chats/{chat['id']}/messages", headers=bob.headers)
    assert [m["id"] for m in (await response.json())["items"]] == [message["id"]]
    await ws.close()


@pytest.fixture
def private_redis(tmp_path: Path) -> Any:
    redis = PrivateRedis(tmp_path)
    redis.start()
    try:
        yield redis
    finally:
        redis.stop()


async def test_events_flow_again_after_redis_comes_back(make_client, private_redis):
    client = await make_client(redis={"url": private_redis.url})
    hub = client.app[HUB]
    alice, bob = await register(client, "alice"), await register(client, "bob")
    chat = await create_chat(client, alice, [bob])
    ws = await connect(client, bob)
    assert hub.subscribed

    private_redis.stop()
    await eventually(lambda: not hub.subscribed)
    missed = await send(client, alice, chat["id"], "published into the void")
    private_redis.start()

    # Bob may have missed events: his socket is closed so that his client reconnects
    # and catches up, rather than trusting a stream with a hole in it.
    code, _reason = await closed_with(ws)
    assert code == CLOSE_RESYNC
    assert hub.subscribed
    ws = await connect(client, bob)
    response = await client.get(
        f"/api/v1/chats/{chat['id']}/messages", params={"after": 0}, headers=bob.headers
    )
    assert [m["id"] for m in (await response.json())["items"]] == [missed["id"]]
    live = await send(client, alice, chat["id"], "heard live again")
    assert await next_event(ws) == {"type": "message.created", "chat_id": chat["id"], "data": live}
    await ws.close()


async def test_concurrent_publishes_arrive_once_each_and_in_the_order_they_were_made(client):
    events = client.app[SERVICES].events
    listener = events.redis.pubsub()
    await listener.subscribe(events.events_channel)
    assert (await listener.get_message(timeout=WAIT))["type"] == "subscribe"
    published_before = events.published
    try:
        # Started together: all but the first wait for the one in flight, then share
        # a pipeline.
        sent = await asyncio.gather(
            *(events.publish(chat_event("message.created", 1, {"n": n}, [1])) for n in range(50))
        )
        assert sent == [True] * 50
        heard = []
        while len(heard) < 50:
            message = await listener.get_message(timeout=WAIT)
            assert message is not None, f"heard only {len(heard)} of 50"
            if message["type"] == "message":
                heard.append(json.loads(message["data"])["data"]["n"])
    finally:
        await listener.aclose()
    assert heard == list(range(50))
    assert events.published - published_before == 50


async def test_a_process_listens_to_chat_events_from_its_first_socket_on(client, make_user):
    # A process that only serves HTTP does not receive, parse and drop every event.
    hub = client.app[HUB]
    alice = await make_user("alice")
    await create_chat(client, alice, [], topic="before any socket")
    assert hub.subscribed and not hub.listening_to_events

    ws = await connect(client, alice)
    assert hub.listening_to_events  # before `ready`: nothing after it is missed
    chat = await create_chat(client, alice, [], topic="after")
    assert await next_event(ws) == {"type": "chat.created", "chat_id": chat["id"], "data": chat}
    await ws.close()


async def test_the_first_publish_after_a_redis_restart_is_not_lost(private_redis):
    events = EventBus(RedisConfig(url=private_redis.url), namespace="restart")
    try:
        assert await events.publish(chat_event("chat.cleared", 1, {}, [1]))
        private_redis.stop()
        private_redis.start()  # the publishing connection is stale now
        listener = events.redis.pubsub()
        await listener.subscribe(events.events_channel)
        assert (await listener.get_message(timeout=WAIT))["type"] == "subscribe"
        assert await events.publish(chat_event("chat.cleared", 2, {}, [1]))
        message = await listener.get_message(timeout=WAIT)
        assert message is not None and json.loads(message["data"])["chat_id"] == 2
        await listener.aclose()
    finally:
        await events.close()


async def test_members_of_an_event_that_could_not_be_published_are_told_to_resync(
    private_redis,
):
    events = EventBus(RedisConfig(url=private_redis.url), namespace="lost")
    try:
        private_redis.stop()
        assert not await events.publish(chat_event("chat.cleared", 1, {}, [7, 8]))
        lost_at = time.time()
        private_redis.start()
        listener = events.redis.pubsub()
        await listener.subscribe(events.events_channel)
        assert (await listener.get_message(timeout=WAIT))["type"] == "subscribe"
        # Without any further publish: it goes out on its own once Redis is back.
        message = await listener.get_message(timeout=WAIT)
        assert message is not None and message["type"] == "message"
        payload = json.loads(message["data"])
        assert (payload["type"], payload["audience"]) == ("resync", [7, 8])
        assert payload["until"] <= lost_at
        await listener.aclose()
    finally:
        await events.close()


async def test_a_resync_closes_the_sockets_opened_before_the_loss_only(client, make_user):
    alice, bob = await make_user("alice"), await make_user("bob")
    before = await connect(client, alice)
    until = time.time()
    await asyncio.sleep(0.01)
    after = await connect(client, alice)
    untouched = await connect(client, bob)
    events = client.app[SERVICES].events
    # As a process whose publish failed tells every process, through Redis.
    await events.redis.publish(events.events_channel, resync_message([alice.id], until))

    assert await closed_with(before) == (CLOSE_RESYNC, "events were lost; catch up")
    chat = await create_chat(client, alice, [bob], topic="still live")
    expected = {"type": "chat.created", "chat_id": chat["id"], "data": chat}
    assert await next_event(after) == expected
    assert await next_event(untouched) == expected
    await after.close()
    await untouched.close()

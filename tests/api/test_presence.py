"""Typing and presence (docs/API.md, "Live") in one API process: typing passed on to the
chat's other members, throttled and checked; floods closed; presence shown only to
people who share a chat, hidden on request, and gone offline a grace after the last
socket; last_seen_at written to PostgreSQL in batches, never per heartbeat."""

from __future__ import annotations

import asyncio
import json
import time
from contextlib import closing
from typing import Any

import psycopg2
import pytest

from messenger.api.keys import SERVICES
from messenger.api.live import CLOSE_FLOODING, HUB
from messenger.operations import presence
from tests.api.test_live import closed_with, connect
from tests.support.api import Account, create_chat

V1 = "/api/v1"
GRACE = 1  # realtime.offline_after_seconds of these tests
WAIT = 5.0


@pytest.fixture
async def live(make_client):
    """An app whose users go offline a second after their last socket closed."""
    return await make_client(realtime={"offline_after_seconds": GRACE})


async def frames(ws: Any, seconds: float) -> list[dict[str, Any]]:
    """Every frame that arrives within `seconds`."""
    got = []
    deadline = time.monotonic() + seconds
    while (left := deadline - time.monotonic()) > 0:
        try:
            got.append(await ws.receive_json(timeout=left))
        except TimeoutError:
            break
    return got


async def first(ws: Any, kind: str, within: float = WAIT) -> dict[str, Any]:
    """The first frame of this type (others pass by)."""
    deadline = time.monotonic() + within
    while True:
        frame: dict[str, Any] = await ws.receive_json(
            timeout=max(deadline - time.monotonic(), 0.01)
        )
        if frame["type"] == kind:
            return frame


def typing(chat: dict[str, Any]) -> str:
    return json.dumps({"type": "typing", "chat_id": chat["id"]})


async def user_as_seen(client: Any, viewer: Account, user: Account) -> dict[str, Any]:
    response = await client.get(f"{V1}/users/{user.id}", headers=viewer.headers)
    assert response.status == 200
    seen: dict[str, Any] = await response.json()
    return seen


# --- typing -------------------------------------------------------------------------------


async def test_typing_reaches_the_members_other_sockets_but_not_its_own_nor_strangers(
    live, make_user
):
    alice, bob, carol = await make_user("alice"), await make_user("bob"), await make_user("carol")
    chat = await create_chat(live, alice, [bob])
    alice_ws, alice_phone = await connect(live, alice), await connect(live, alice)
    bob_ws, carol_ws = await connect(live, bob), await connect(live, carol)
    await alice_ws.send_str(typing(chat))
    heard = {"type": "typing", "chat_id": chat["id"], "data": {"user_id": alice.id}}
    assert await first(bob_ws, "typing") == heard
    assert await first(alice_phone, "typing") == heard  # her other device: passed on too
    for ws in (alice_ws, carol_ws):
        assert [f for f in await frames(ws, 0.5) if f["type"] == "typing"] == []


async def test_a_socket_passes_typing_on_once_per_chat_every_three_seconds(live, make_user):
    alice, bob = await make_user("alice"), await make_user("bob")
    chat = await create_chat(live, alice, [bob])
    other = await create_chat(live, alice, [bob], topic="other")
    alice_ws, bob_ws = await connect(live, alice), await connect(live, bob)
    for _ in range(5):
        await alice_ws.send_str(typing(chat))
    await alice_ws.send_str(typing(other))  # another chat has its own interval
    heard = [f for f in await frames(bob_ws, 1.0) if f["type"] == "typing"]
    assert sorted(f["chat_id"] for f in heard) == sorted([chat["id"], other["id"]])
    # A second socket of the same user has its own interval.
    alice_phone = await connect(live, alice)
    await alice_phone.send_str(typing(chat))
    assert (await first(bob_ws, "typing"))["chat_id"] == chat["id"]


async def test_typing_in_a_chat_one_is_not_in_and_malformed_frames_are_dropped_quietly(
    live, make_user
):
    alice, bob, mallory = await make_user("alice"), await make_user("bob"), await make_user("mal")
    chat = await create_chat(live, alice, [bob])
    bob_ws, mallory_ws = await connect(live, bob), await connect(live, mallory)
    for frame in (
        typing(chat),  # not a member
        "not json",
        json.dumps({"type": "typing"}),
        json.dumps({"type": "typing", "chat_id": "1"}),
        json.dumps({"type": "typing", "chat_id": True}),
        json.dumps({"type": "typing", "chat_id": 2**70}),
        json.dumps(["typing", chat["id"]]),
    ):
        await mallory_ws.send_str(frame)
    assert [f for f in await frames(bob_ws, 0.8) if f["type"] == "typing"] == []
    # Mallory's socket is still open and well: it answers a ping.
    await mallory_ws.send_json({"type": "ping"})
    assert (await first(mallory_ws, "pong"))["data"] == {}


async def test_a_member_who_joins_later_can_type_and_is_typed_to(live, make_user):
    alice, bob, carol = await make_user("alice"), await make_user("bob"), await make_user("carol")
    chat = await create_chat(live, alice, [bob])
    alice_ws, carol_ws = await connect(live, alice), await connect(live, carol)
    response = await live.post(
        f"{V1}/chats/{chat['id']}/members", json={"user_ids": [carol.id]}, headers=alice.headers
    )
    assert response.status == 200
    await first(carol_ws, "member.added")  # the socket's hub learns of the join from it
    await carol_ws.send_str(typing(chat))
    assert (await first(alice_ws, "typing"))["data"] == {"user_id": carol.id}
    await alice_ws.send_str(typing(chat))
    assert (await first(carol_ws, "typing"))["data"] == {"user_id": alice.id}


async def test_a_socket_that_floods_is_closed_with_4429(live, make_user):
    alice = await make_user("alice")
    ws = await connect(live, alice)
    for _ in range(200):
        await ws.send_json({"type": "ping"})
    code, reason = await closed_with(ws)
    assert (code, reason) == (CLOSE_FLOODING, "too many frames")


# --- presence -------------------------------------------------------------------------------


async def test_coming_online_and_going_offline_are_told_to_people_who_share_a_chat(live, make_user):
    alice, bob, stranger = await make_user("alice"), await make_user("bob"), await make_user("x")
    await create_chat(live, alice, [bob])
    alice_ws, stranger_ws = await connect(live, alice), await connect(live, stranger)
    bob_ws = await connect(live, bob)
    came = await first(alice_ws, "presence")
    assert came == {
        "type": "presence",
        "chat_id": None,
        "data": {"user_id": bob.id, "online": True, "last_seen_at": None},
    }
    seen = await user_as_seen(live, alice, bob)
    assert seen["online"] is True and seen["last_seen_at"] is not None
    await bob_ws.close()
    went = await first(alice_ws, "presence", within=GRACE + WAIT)
    assert went["data"]["user_id"] == bob.id and went["data"]["online"] is False
    assert went["data"]["last_seen_at"].endswith("Z")
    seen = await user_as_seen(live, alice, bob)
    assert seen["online"] is False and seen["last_seen_at"] == went["data"]["last_seen_at"]
    # The stranger shares no chat with bob: no news, and nothing shown.
    assert [f for f in await frames(stranger_ws, 0.3) if f["type"] == "presence"] == []
    hidden = await user_as_seen(live, stranger, bob)
    assert (hidden["online"], hidden["last_seen_at"]) == (False, None)


async def test_a_new_socket_within_the_grace_is_no_news(live, make_user):
    alice, bob = await make_user("alice"), await make_user("bob")
    await create_chat(live, alice, [bob])
    alice_ws = await connect(live, alice)
    bob_ws = await connect(live, bob)
    await first(alice_ws, "presence")
    await bob_ws.close()
    await connect(live, bob)  # a page reload: back before the grace ran out
    news = [f for f in await frames(alice_ws, GRACE + 2.5) if f["type"] == "presence"]
    assert news == []
    assert (await user_as_seen(live, alice, bob))["online"] is True


async def test_show_presence_false_hides_it_from_everyone_but_oneself(live, make_user):
    alice, bob = await make_user("alice"), await make_user("bob")
    await create_chat(live, alice, [bob])
    alice_ws = await connect(live, alice)
    await connect(live, bob)
    await first(alice_ws, "presence")
    response = await live.patch(
        f"{V1}/users/me", json={"show_presence": False}, headers=bob.headers
    )
    assert response.status == 200
    own = await response.json()
    assert own["show_presence"] is False and own["online"] is True
    hidden = await first(alice_ws, "presence")
    assert hidden["data"] == {"user_id": bob.id, "online": False, "last_seen_at": None}
    seen = await user_as_seen(live, alice, bob)
    assert (seen["online"], seen["last_seen_at"]) == (False, None)
    members = await live.get(f"{V1}/chats", headers=alice.headers)
    assert members.status == 200
    response = await live.patch(f"{V1}/users/me", json={"show_presence": True}, headers=bob.headers)
    assert (await first(alice_ws, "presence"))["data"]["online"] is True


async def test_members_lists_show_presence(live, make_user):
    alice, bob = await make_user("alice"), await make_user("bob")
    chat = await create_chat(live, alice, [bob])
    await connect(live, bob)
    response = await live.get(f"{V1}/chats/{chat['id']}/members", headers=alice.headers)
    by_id = {m["user"]["id"]: m["user"] for m in (await response.json())["items"]}
    assert by_id[bob.id]["online"] is True
    assert by_id[alice.id]["online"] is False  # no socket of hers is open


async def test_last_seen_at_is_written_once_a_minute_in_one_batch(live, make_user, config):
    services = live.app[SERVICES]
    alice, bob = await make_user("alice"), await make_user("bob")
    await create_chat(live, alice, [bob])
    for account in (alice, bob):
        await (await connect(live, account)).close()
    await asyncio.sleep(GRACE + 0.3)
    await presence.sweep(services)
    # The hub's own loop may have taken this minute's turn already; either way the two
    # are written, and a second writer in the same minute writes nothing.
    await presence.write_last_seen(services, "another-process")
    assert await presence.write_last_seen(services, "a-third-process") == 0
    with closing(psycopg2.connect(config.database.url)) as conn, conn.cursor() as cursor:
        cursor.execute(
            "SELECT id, last_seen_at FROM users WHERE id = ANY(%s)", ([alice.id, bob.id],)
        )
        stored = dict(cursor.fetchall())
    if any(value is None for value in stored.values()):
        # The turn was the hub's: its next write comes within the minute.
        assert live.app[HUB].services is services
    else:
        assert all(value is not None for value in stored.values())

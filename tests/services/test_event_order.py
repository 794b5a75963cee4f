"""Events of one chat reach Redis in message id order, whichever order their publishes
come in (EventBus.publish_in_order, on a real Redis): a message commits before its event
is published, so the event of the next message can be published first."""

from __future__ import annotations

import asyncio
import json
import os
import time
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from messenger.config import Config, RedisConfig
from messenger.services.events import (
    SURELY_PUBLISHED_AFTER_SECONDS,
    ChatEvent,
    EventBus,
    chat_event,
)
from tests.support.servers import PrivateRedis
from tests.support.waiting import eventually

WAIT = 5.0
CHAT = 42
FRESH = 0.01  # seconds since the message waited for was created: it may be on its way


@pytest.fixture
async def bus(config: Config) -> AsyncIterator[EventBus]:
    bus = EventBus(config.redis, namespace=f"order_{os.urandom(4).hex()}")
    try:
        yield bus
    finally:
        await bus.close()


@pytest.fixture
async def quick_bus(config: Config, bus: EventBus) -> AsyncIterator[EventBus]:
    """A bus on the same channel and ordering state as `bus` that gives up on a missing
    predecessor after 0.3 s, and tries Redis again after 0.1 s."""
    namespace = bus.events_channel.split(":")[1]
    quick = EventBus(config.redis, namespace=namespace, hold_seconds=0.3, retry_seconds=0.1)
    try:
        yield quick
    finally:
        await quick.close()


@pytest.fixture
async def heard(bus: EventBus) -> AsyncIterator[list[dict[str, Any]]]:
    """What reaches the bus's channel, filled in the background."""
    listener = bus.redis.pubsub()
    await listener.subscribe(bus.events_channel)
    assert (await listener.get_message(timeout=WAIT))["type"] == "subscribe"
    received: list[dict[str, Any]] = []

    async def listen() -> None:
        while True:
            message = await listener.get_message(timeout=1.0)
            if message is not None and message["type"] == "message":
                received.append(json.loads(message["data"]))

    task = asyncio.create_task(listen())
    try:
        yield received
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)
        await listener.aclose()


def created(message_id: int, audience: tuple[int, ...] = (1, 2)) -> ChatEvent:
    return chat_event("message.created", CHAT, {"id": message_id}, audience)


def ids(heard: list[dict[str, Any]]) -> list[Any]:
    return [(event["type"], event.get("data", {}).get("id")) for event in heard]


async def settle() -> None:
    await asyncio.sleep(0.2)  # long enough for anything published to be heard


async def test_an_event_that_comes_before_its_predecessor_waits_for_it(bus, heard):
    assert await bus.publish_in_order(created(10), message_id=10, after=None, after_age=0)
    await eventually(lambda: len(heard) == 1)

    # 12 was sent after 11 (its predecessor) but its publish comes first: it waits.
    assert await bus.publish_in_order(created(12), message_id=12, after=11, after_age=FRESH)
    await settle()
    assert ids(heard) == [("message.created", 10)]

    assert await bus.publish_in_order(created(11), message_id=11, after=10, after_age=FRESH)
    await eventually(lambda: len(heard) == 3)
    assert ids(heard) == [("message.created", n) for n in (10, 11, 12)]


async def test_racing_publishes_of_a_chain_are_heard_in_id_order(bus, heard):
    chain = list(range(100, 140))
    shuffled = chain[::3] + chain[1::3] + chain[2::3]
    sent = await asyncio.gather(
        *(
            bus.publish_in_order(
                created(n), message_id=n, after=n - 1 if n > 100 else None, after_age=FRESH
            )
            for n in reversed(shuffled)
        )
    )
    assert all(sent)
    await eventually(lambda: len(heard) == len(chain))
    assert [event["data"]["id"] for event in heard] == chain


async def test_with_no_record_of_the_chat_an_old_predecessor_is_not_waited_for(bus, heard):
    # Redis forgot the chat (quiet for an hour, or restarted): a predecessor this old has
    # had its event published long ago.
    old = SURELY_PUBLISHED_AFTER_SECONDS + 1
    assert await bus.publish_in_order(created(7), message_id=7, after=6, after_age=old)
    await eventually(lambda: len(heard) == 1)
    assert ids(heard) == [("message.created", 7)]


async def test_with_no_record_of_the_chat_a_fresh_predecessor_is_waited_for(bus, heard):
    # The first two messages of a new chat, published in the wrong order.
    assert await bus.publish_in_order(created(2), message_id=2, after=1, after_age=FRESH)
    await settle()
    assert heard == []
    assert await bus.publish_in_order(created(1), message_id=1, after=None, after_age=0)
    await eventually(lambda: len(heard) == 2)
    assert ids(heard) == [("message.created", 1), ("message.created", 2)]


async def test_an_edit_or_delete_waits_for_the_event_of_the_message_itself(bus, heard):
    assert await bus.publish_in_order(created(20), message_id=20, after=None, after_age=0)
    await eventually(lambda: len(heard) == 1)
    updated = chat_event("message.updated", CHAT, {"id": 21}, [1, 2])
    deleted = chat_event("message.deleted", CHAT, {"id": 21}, [1, 2])
    assert await bus.publish_in_order(updated, message_id=21, after=21, after_age=FRESH)
    assert await bus.publish_in_order(deleted, message_id=21, after=21, after_age=FRESH)
    await settle()
    assert len(heard) == 1

    assert await bus.publish_in_order(created(21), message_id=21, after=20, after_age=FRESH)
    await eventually(lambda: len(heard) == 4)
    assert ids(heard)[:2] == [("message.created", 20), ("message.created", 21)]
    assert sorted(ids(heard)[2:]) == [("message.deleted", 21), ("message.updated", 21)]


async def test_an_event_whose_predecessor_never_comes_resyncs_its_members_after_the_hold(
    quick_bus, heard
):
    # 31's sender died between its commit and its publish.
    assert await quick_bus.publish_in_order(created(30), message_id=30, after=None, after_age=0)
    assert await quick_bus.publish_in_order(
        created(32, audience=(1, 2, 3)), message_id=32, after=31, after_age=FRESH
    )
    await settle()
    assert len(heard) == 1
    # 32 is not published: whoever heard of it would catch up from 32 and never see 31.
    # Its members resynchronise instead, from 30, which history follows with 31 and 32.
    await eventually(lambda: len(heard) == 2)
    assert (heard[1]["type"], heard[1]["audience"]) == ("resync", [1, 2, 3])
    assert 0 < time.time() - heard[1]["until"] < WAIT

    # The chain goes on from there.
    assert await quick_bus.publish_in_order(created(33), message_id=33, after=32, after_age=FRESH)
    await eventually(lambda: len(heard) == 3)
    assert ids(heard)[2] == ("message.created", 33)


async def test_what_waited_behind_a_lost_event_goes_after_the_resync(quick_bus, heard):
    assert await quick_bus.publish_in_order(created(35), message_id=35, after=None, after_age=0)
    assert await quick_bus.publish_in_order(created(37), message_id=37, after=36, after_age=FRESH)
    assert await quick_bus.publish_in_order(created(38), message_id=38, after=37, after_age=FRESH)
    await eventually(lambda: len(heard) == 3)
    assert [event["type"] for event in heard] == ["message.created", "resync", "message.created"]
    assert heard[2]["data"]["id"] == 38


async def test_an_event_that_comes_after_its_successor_was_given_up_resyncs_its_members(
    quick_bus, heard
):
    assert await quick_bus.publish_in_order(created(40), message_id=40, after=None, after_age=0)
    assert await quick_bus.publish_in_order(created(42), message_id=42, after=41, after_age=FRESH)
    await eventually(lambda: len(heard) == 2)  # 42 stopped waiting for 41
    assert heard[1]["type"] == "resync"

    # 41 turns up at last (a slow sender, not a dead one): it is not published either;
    # its members are told to resynchronise again (their clients catch up from history).
    late = created(41, audience=(5, 6))
    assert await quick_bus.publish_in_order(late, message_id=41, after=40, after_age=FRESH)
    await eventually(lambda: len(heard) == 3)
    assert (heard[2]["type"], heard[2]["audience"]) == ("resync", [5, 6])
    await settle()
    assert len(heard) == 3


async def test_closing_the_bus_settles_what_it_left_waiting(config: Config, heard, bus):
    other = EventBus(config.redis, namespace=bus.events_channel.split(":")[1])
    assert other.events_channel == bus.events_channel
    assert await other.publish_in_order(created(50), message_id=50, after=None, after_age=0)
    assert await other.publish_in_order(
        created(52, audience=(7, 8)), message_id=52, after=51, after_age=FRESH
    )
    await eventually(lambda: len(heard) == 1)
    # At once, not after the hold: 51 has not come, so 52's members resynchronise.
    await other.close()
    await eventually(lambda: len(heard) == 2, seconds=1.0)
    assert (heard[1]["type"], heard[1]["audience"]) == ("resync", [7, 8])


async def test_the_ordering_state_of_a_recreated_database_starts_afresh(config, bus, heard):
    # A database dropped and created again under the same name counts its ids from 1
    # again; the state its predecessor left in Redis must not hold them back (nor call
    # them late).
    namespace = bus.events_channel.split(":")[1]  # unique to this test
    old = EventBus(config.redis, namespace=namespace, state_namespace=f"{namespace}.1")
    new = EventBus(config.redis, namespace=namespace, state_namespace=f"{namespace}.2")
    try:
        for n in range(1, 10):
            assert await old.publish_in_order(created(n), message_id=n, after=n - 1, after_age=0)
        await eventually(lambda: len(heard) == 9)
        for n in (1, 2):
            assert await new.publish_in_order(created(n), message_id=n, after=n - 1, after_age=0)
        await eventually(lambda: len(heard) == 11)
        await settle()
        assert [event["type"] for event in heard] == ["message.created"] * 11  # no resync
    finally:
        await old.close()
        await new.close()


async def test_an_old_message_edited_in_a_quiet_chat_holds_nothing_up(bus, heard):
    # Redis has no record of the chat (quiet for an hour): the edit of an old message
    # goes at once and must not stand for the chat's newest message.
    old = SURELY_PUBLISHED_AFTER_SECONDS + 1
    updated = chat_event("message.updated", CHAT, {"id": 5}, [1, 2])
    assert await bus.publish_in_order(updated, message_id=5, after=5, after_age=old)
    assert await bus.publish_in_order(created(11), message_id=11, after=10, after_age=old)
    await eventually(lambda: len(heard) == 2, seconds=1.0)  # well within HOLD_SECONDS
    assert ids(heard) == [("message.updated", 5), ("message.created", 11)]


async def test_a_creation_that_comes_after_its_edit_was_let_go_is_not_published(quick_bus, heard):
    assert await quick_bus.publish_in_order(created(60), message_id=60, after=None, after_age=0)
    updated = chat_event("message.updated", CHAT, {"id": 61}, [1, 2])
    assert await quick_bus.publish_in_order(updated, message_id=61, after=61, after_age=FRESH)
    await eventually(lambda: len(heard) == 2)  # the edit stopped waiting for 61
    assert await quick_bus.publish_in_order(created(61), message_id=61, after=60, after_age=FRESH)
    await eventually(lambda: len(heard) == 3)
    # Neither went: the members catch up from 60 and find 61 as edited.
    assert ids(heard) == [("message.created", 60), ("resync", None), ("resync", None)]


async def test_events_waiting_for_two_lost_ones_are_not_published(quick_bus, heard):
    # 72 waits for 71, 74 for 73; neither 71 nor 73 ever comes.
    assert await quick_bus.publish_in_order(created(70), message_id=70, after=None, after_age=0)
    assert await quick_bus.publish_in_order(created(72), message_id=72, after=71, after_age=FRESH)
    assert await quick_bus.publish_in_order(created(74), message_id=74, after=73, after_age=FRESH)
    await eventually(lambda: len(heard) >= 2)
    await settle()
    assert ids(heard)[0] == ("message.created", 70)
    assert {event["type"] for event in heard[1:]} == {"resync"}
    # The chain goes on after the newest of them.
    assert await quick_bus.publish_in_order(created(75), message_id=75, after=74, after_age=FRESH)
    await eventually(lambda: ids(heard)[-1] == ("message.created", 75))


@pytest.fixture
def own_redis(tmp_path: Path) -> Iterator[PrivateRedis]:
    redis = PrivateRedis(tmp_path)
    redis.start()
    try:
        yield redis
    finally:
        redis.stop()


async def test_a_redis_that_forgot_the_script_loses_one_batch_then_loads_it_again(
    own_redis,
):
    bus = EventBus(RedisConfig(url=own_redis.url), namespace="forgot", retry_seconds=0.1)
    listener = bus.redis.pubsub()
    try:
        await listener.subscribe(bus.events_channel)
        assert (await listener.get_message(timeout=WAIT))["type"] == "subscribe"
        assert await bus.publish_in_order(created(1), message_id=1, after=None, after_age=0)
        await bus.redis.script_flush()
        # Refused (NOSCRIPT): lost, its members resync, and the next batch goes on a new
        # connection that loads the script again.
        assert not await bus.publish_in_order(created(2), message_id=2, after=1, after_age=0)
        # 2 will never be published; once its members are told, 3 need not wait for it.
        assert await bus.publish_in_order(created(3), message_id=3, after=2, after_age=0)
        heard = []
        while len(heard) < 3:
            message = await listener.get_message(timeout=WAIT)
            assert message is not None, heard
            if message["type"] == "message":
                heard.append(json.loads(message["data"]))
        assert heard[0]["data"]["id"] == 1
        assert ids(heard[1:]) == [("resync", None), ("message.created", 3)]
    finally:
        await listener.aclose()
        await bus.close()


async def test_the_first_message_after_a_clear_is_heard_after_the_clear(bus, heard):
    assert await bus.publish_in_order(created(79), message_id=79, after=None, after_age=0)
    await eventually(lambda: len(heard) == 1)
    # 80 was sent, then the chat cleared (its event waits for 80's), then 81 sent into
    # the empty chat: it names no predecessor, yet must not overtake the clear.
    cleared = chat_event("chat.cleared", CHAT, {}, [1, 2])
    assert await bus.publish_in_order(cleared, message_id=80, after=80, after_age=FRESH)
    assert await bus.publish_in_order(created(81), message_id=81, after=None, after_age=0)
    await settle()
    assert len(heard) == 1
    assert await bus.publish_in_order(created(80), message_id=80, after=79, after_age=FRESH)
    await eventually(lambda: len(heard) == 4)
    assert ids(heard) == [
        ("message.created", 79),
        ("message.created", 80),
        ("chat.cleared", None),
        ("message.created", 81),
    ]

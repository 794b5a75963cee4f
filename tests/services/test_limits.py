"""Slots taken ahead (messenger.services.limits.Allowance), on a real Redis: a quick sender
asks Redis once every few sends, two processes sharing a window never pass more than the
limit between them, and slots that lapse unused are given back."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable

import pytest

from messenger.config import Config, LimitsConfig
from messenger.errors import RateLimited
from messenger.services.limits import ALLOWANCE_SECONDS, Limits

MakeLimits = Callable[..., Awaitable[Limits]]


@pytest.fixture
async def make_limits(config: Config) -> AsyncIterator[MakeLimits]:
    """Limits objects as API processes hold them, all on one namespace of the test's own."""
    namespace = uuid.uuid4().hex
    made: list[Limits] = []

    async def build(**settings: int) -> Limits:
        limits = Limits(LimitsConfig(namespace=namespace, **settings), config.redis, namespace)
        made.append(limits)
        return limits

    yield build
    for limits in made:
        await limits.close()


async def passes(limits: Limits, key: str = "alice") -> bool:
    try:
        await limits.take(limits.messages, key)
    except RateLimited:
        return False
    return True


async def slots_in_redis(limits: Limits, key: str = "alice") -> list[str]:
    members = await limits.redis.zrange(f"{limits.prefix}messages:{key}", 0, -1)
    return [member.decode() for member in members]


async def test_a_quick_sender_asks_redis_once_every_few_sends(make_limits: MakeLimits) -> None:
    limits = await make_limits(messages=1000, messages_window_seconds=60)
    for _ in range(40):
        assert await passes(limits)
    slots = await slots_in_redis(limits)
    asked = {slot.split(":")[0] for slot in slots}
    # 1, 2, 4, 8, 16, 16 slots: six script calls for forty sends.
    assert len(asked) == 6
    assert len(slots) == 47


async def test_two_processes_never_pass_more_than_the_limit_between_them(
    make_limits: MakeLimits,
) -> None:
    first = await make_limits(messages=20, messages_window_seconds=60)
    second = await make_limits(messages=20, messages_window_seconds=60)
    passed = 0
    for turn in range(80):
        passed += await passes(first if turn % 2 else second)
    # Every slot either took is used by it before it lapses: exactly the limit passes.
    assert passed == 20
    assert not await passes(first)
    assert not await passes(second)


async def test_slots_that_lapse_unused_are_given_back_by_the_next_send(
    make_limits: MakeLimits,
) -> None:
    limits = await make_limits(messages=100, messages_window_seconds=60)
    for _ in range(4):  # asks for 1, then 2, then 4: three of those four still unused
        assert await passes(limits)
    assert len(await slots_in_redis(limits)) == 7
    await asyncio.sleep(ALLOWANCE_SECONDS + 0.2)
    assert await passes(limits)
    # The four sends and this one; the lapsed slots are gone.
    assert len(await slots_in_redis(limits)) == 5


async def test_near_the_limit_a_process_takes_one_slot_at_a_time(
    make_limits: MakeLimits,
) -> None:
    limits = await make_limits(messages=6, messages_window_seconds=60)
    results = [await passes(limits) for _ in range(8)]
    assert results == [True] * 6 + [False] * 2
    # Nothing was held back: the window holds exactly the sends that passed.
    assert len(await slots_in_redis(limits)) == 6

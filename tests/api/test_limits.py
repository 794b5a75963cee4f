"""Limits counted in Redis (docs/API.md, "Accounts": limits): sends per user and failed
logins, shared by every API process, answered 429 with Retry-After; with Redis away,
sends and logins go ahead (fail open) and the metric counts it."""

from __future__ import annotations

import asyncio
import uuid
from pathlib import Path
from typing import Any

from messenger.config import Config
from tests.support.api import AppFactory, create_chat, error_of, register
from tests.support.servers import PrivateRedis

LOGIN = "/api/v1/auth/login"


def messages_url(chat: dict[str, Any]) -> str:
    return f"/api/v1/chats/{chat['id']}/messages"


async def test_sends_over_the_limit_are_429_with_retry_after_and_nothing_is_stored(
    make_client: AppFactory,
) -> None:
    client = await make_client(limits={"messages": 3, "messages_window_seconds": 60})
    alice, bob = await register(client, "alice"), await register(client, "bob")
    chat = await create_chat(client, alice, [bob], group=False)
    for n in range(3):
        sent = await client.post(
            messages_url(chat), json={"content": f"m{n}"}, headers=alice.headers
        )
        assert sent.status == 201
    refused = await client.post(messages_url(chat), json={"content": "m3"}, headers=alice.headers)
    await error_of(refused, 429, "rate_limited")
    assert 1 <= int(refused.headers["Retry-After"]) <= 60
    # Bob has a limit of his own; Alice's fourth message was not stored.
    assert (
        await client.post(messages_url(chat), json={"content": "b"}, headers=bob.headers)
    ).status == 201
    history = await (await client.get(messages_url(chat), headers=bob.headers)).json()
    assert [m["content"] for m in history["items"]] == ["b", "m2", "m1", "m0"]


async def test_the_window_slides_so_a_sender_may_go_on_once_it_has_passed(
    make_client: AppFactory,
) -> None:
    client = await make_client(limits={"messages": 2, "messages_window_seconds": 1})
    alice, bob = await register(client, "alice"), await register(client, "bob")
    chat = await create_chat(client, alice, [bob], group=False)
    for _ in range(2):
        assert (
            await client.post(messages_url(chat), json={"content": "x"}, headers=alice.headers)
        ).status == 201
    assert (
        await client.post(messages_url(chat), json={"content": "x"}, headers=alice.headers)
    ).status == 429
    await asyncio.sleep(1.1)
    assert (
        await client.post(messages_url(chat), json={"content": "x"}, headers=alice.headers)
    ).status == 201


async def test_two_apps_with_one_namespace_share_the_failed_logins_of_a_login_name(
    make_client: AppFactory,
) -> None:
    shared = {"namespace": uuid.uuid4().hex, "login_failures": 4}
    first = await make_client(limits=shared)
    second = await make_client(limits=shared)
    account = await register(first, "shared")
    wrong = {"login": account.user["nick"], "password": "wrong password"}
    for client in (first, second, first, second):
        assert (await client.post(LOGIN, json=wrong)).status == 401
    for client in (first, second):
        await error_of(await client.post(LOGIN, json=wrong), 429, "rate_limited")
    # An app counting elsewhere has not seen them.
    other = await make_client(limits={"login_failures": 4})
    assert (await other.post(LOGIN, json=wrong)).status == 401


async def test_with_redis_away_sends_and_logins_go_ahead_and_the_metric_counts_it(
    make_client: AppFactory, config: Config, tmp_path: Path
) -> None:
    redis = PrivateRedis(tmp_path)
    redis.start()
    try:
        client = await make_client(
            redis={"url": redis.url}, limits={"messages": 1, "login_failures": 1}
        )
        alice, bob = await register(client, "alice"), await register(client, "bob")
        chat = await create_chat(client, alice, [bob], group=False)
        redis.stop()
        for n in range(3):
            sent = await client.post(
                messages_url(chat), json={"content": f"m{n}"}, headers=alice.headers
            )
            assert sent.status == 201, await sent.text()
        wrong = {"login": alice.user["nick"], "password": "wrong password"}
        for _ in range(2):
            assert (await client.post(LOGIN, json=wrong)).status == 401
        right = {"login": alice.user["nick"], "password": alice.password}
        assert (await client.post(LOGIN, json=right)).status == 200
        metrics = await (await client.get("/metrics")).text()
        [line] = [m for m in metrics.splitlines() if m.startswith("messenger_limits_unavailable")]
        assert float(line.split()[1]) >= 1
    finally:
        redis.stop()


async def test_concurrent_sends_are_counted_one_by_one_and_exactly_the_limit_pass(
    make_client: AppFactory,
) -> None:
    client = await make_client(limits={"messages": 5, "messages_window_seconds": 60})
    alice, bob = await register(client, "alice"), await register(client, "bob")
    chat = await create_chat(client, alice, [bob], group=False)
    responses = await asyncio.gather(
        *(
            client.post(messages_url(chat), json={"content": f"m{n}"}, headers=alice.headers)
            for n in range(12)
        )
    )
    assert sorted(r.status for r in responses) == [201] * 5 + [429] * 7


async def test_limits_count_again_after_redis_restarts(
    make_client: AppFactory, tmp_path: Path
) -> None:
    redis = PrivateRedis(tmp_path)
    redis.start()
    try:
        client = await make_client(
            redis={"url": redis.url}, limits={"messages": 2, "messages_window_seconds": 60}
        )
        alice, bob = await register(client, "alice"), await register(client, "bob")
        chat = await create_chat(client, alice, [bob], group=False)
        for expected in (201, 201, 429):
            sent = await client.post(
                messages_url(chat), json={"content": "x"}, headers=alice.headers
            )
            assert sent.status == expected
        redis.stop()
        redis.start()  # empty: the counts start over, on a new connection
        statuses = []
        for _ in range(4):
            sent = await client.post(
                messages_url(chat), json={"content": "x"}, headers=alice.headers
            )
            statuses.append(sent.status)
        assert statuses == [201, 201, 429, 429]
    finally:
        redis.stop()

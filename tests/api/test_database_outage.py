"""PostgreSQL out of reach (docs/API.md, "Errors"): every request that needs it is a 503
`unavailable` with Retry-After in the error shape, never a 500; /healthz says so; and
once the database is back the same process serves again, without a restart."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from urllib.parse import urlsplit, urlunsplit

import pytest

from messenger.config import Config
from tests.support.api import AppFactory, error_of, register
from tests.support.cuttable import CuttableLink

ME = "/api/v1/users/me"


@pytest.fixture
async def link(config: Config) -> AsyncIterator[CuttableLink]:
    parts = urlsplit(config.database.url)
    cuttable = CuttableLink(parts.hostname or "127.0.0.1", parts.port or 5432)
    await cuttable.restore()
    try:
        yield cuttable
    finally:
        await cuttable.close()


def through(url: str, link: CuttableLink) -> str:
    parts = urlsplit(url)
    netloc = f"{parts.username}@{link.target[0]}:{link.port}" if parts.username else None
    return urlunsplit(parts._replace(netloc=netloc or f"{link.target[0]}:{link.port}"))


async def test_requests_get_503_with_retry_after_while_the_database_is_away(
    make_client: AppFactory, config: Config, link: CuttableLink
) -> None:
    client = await make_client(database={"url": through(config.database.url, link)})
    alice = await register(client, "alice")
    assert (await client.get(ME, headers=alice.headers)).status == 200

    await link.cut()
    for method, path, body in (
        ("GET", ME, None),  # read afresh from the database
        ("POST", "/api/v1/auth/login", {"login": alice.user["nick"], "password": alice.password}),
        ("POST", "/api/v1/chats", {"is_group_chat": True, "topic": "x", "member_ids": []}),
    ):
        response = await client.request(method, path, json=body, headers=alice.headers)
        error = await error_of(response, 503, "unavailable")
        assert error["details"] == []
        assert response.headers["Retry-After"] == "2"
    health = await client.get("/healthz")
    assert health.status == 503
    assert (await health.json())["checks"]["database"]["status"] == "down"
    metrics = await (await client.get("/metrics")).text()
    [line] = [m for m in metrics.splitlines() if m.startswith("messenger_database_unreachable")]
    assert float(line.split()[1]) >= 3

    await link.restore()
    for _ in range(50):
        response = await client.get(ME, headers=alice.headers)
        if response.status == 200:
            break
        await asyncio.sleep(0.1)
    assert response.status == 200
    assert (await client.get("/healthz")).status == 200

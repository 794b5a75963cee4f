"""messenger.services.redis_client: one factory for every Redis client, straight to
`redis.url` or through Sentinels (the failover itself: tests/api/test_sentinel.py)."""

from __future__ import annotations

from typing import Any

import pytest
import redis.sentinel
from redis.asyncio.connection import Connection
from redis.asyncio.sentinel import SentinelConnectionPool

from messenger.config import ConfigError, RedisConfig
from messenger.services.redis_client import (
    connection_options,
    open_redis,
    open_sync_redis,
    pack_commands,
)

SENTINELS = ("10.0.0.1:26379", "10.0.0.2:26379")


def test_everything_but_the_address_of_the_url_goes_to_the_primary() -> None:
    config = RedisConfig(url="rediss://app:s3cret@ignored:7000/5?health_check_interval=3")
    assert connection_options(config) == {
        "username": "app",
        "password": "s3cret",
        "db": 5,
        "ssl": True,
        "health_check_interval": 3,
    }


def test_a_unix_socket_url_cannot_name_the_database_of_a_sentinel_primary() -> None:
    with pytest.raises(ConfigError, match=r"redis\.url"):
        connection_options(RedisConfig(url="unix:///run/redis.sock", sentinels=SENTINELS))


async def test_without_sentinels_the_client_goes_to_the_url() -> None:
    client = open_redis(RedisConfig(url="redis://cache:6390/2"), socket_timeout=0.5)
    try:
        options = client.connection_pool.connection_kwargs
        assert (options["host"], options["port"], options["db"]) == ("cache", 6390, 2)
        assert options["socket_timeout"] == 0.5
    finally:
        await client.aclose()


async def test_with_sentinels_the_client_asks_them_for_the_primary_of_the_service() -> None:
    config = RedisConfig(url="redis://:pw@ignored/3", sentinels=SENTINELS, service_name="chat")
    client = open_redis(config, socket_connect_timeout=0.25)
    try:
        pool = client.connection_pool
        assert isinstance(pool, SentinelConnectionPool)
        assert pool.service_name == "chat"
        assert pool.is_master
        assert pool.connection_kwargs["db"] == 3
        assert pool.connection_kwargs["password"] == "pw"
        assert pool.connection_kwargs["socket_connect_timeout"] == 0.25
        asked = pool.sentinel_manager.sentinels
        assert [s.connection_pool.connection_kwargs["host"] for s in asked] == [
            "10.0.0.1",
            "10.0.0.2",
        ]
        # Bounded like the caller's calls; a Sentinel that does not answer is not retried.
        sentinel_options = asked[0].connection_pool.connection_kwargs
        assert sentinel_options["socket_timeout"] == 0.25
        assert sentinel_options["retry"].get_retries() == 0
        assert sentinel_options["password"] is None
    finally:
        await client.aclose()


def test_the_blocking_client_asks_the_sentinels_too() -> None:
    config = RedisConfig(url="redis://ignored/4", sentinels=SENTINELS)
    client = open_sync_redis(config)
    try:
        pool = client.connection_pool
        assert isinstance(pool, redis.sentinel.SentinelConnectionPool)
        assert pool.service_name == "mymaster"
        assert pool.connection_kwargs["db"] == 4
    finally:
        client.close()


# What the publisher and the limits send: a script call with keys, ids, a float age, a
# JSON payload in any script; a PUBLISH; bytes; an empty batch.
BATCHES: list[list[tuple[Any, ...]]] = [
    [],
    [("PUBLISH", "messenger:events", '{"type":"resync","audience":[1, 2]}')],
    [
        ("EVALSHA", "f" * 40, 2, "k:1", "k:2", "ch", 41, 40, 0.00123456, "ü 🙂", 3600, 10.0, 0),
        ("EVALSHA", "a" * 40, 1, "limit:7", 1765101234567, 60000, 1, "m-1", 20),
        ("SET", b"raw\x00bytes", -17, 2**63 - 1, 1e-7),
    ],
]  # fmt: skip


@pytest.mark.parametrize("batch", BATCHES)
def test_commands_are_packed_exactly_as_redis_py_packs_them(batch: list[tuple[Any, ...]]) -> None:
    expected = b"".join(Connection().pack_commands(batch)) if batch else b""
    assert pack_commands(batch) == expected

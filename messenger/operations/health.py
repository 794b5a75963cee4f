"""Health: whether each dependency answers, for GET /healthz."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Literal

import aiomcache

from messenger.operations.views import Health, HealthCheckDown, HealthCheckUp
from messenger.repository.database import ping
from messenger.services.container import Services
from messenger.services.redis_client import open_redis

CHECK_TIMEOUT_SECONDS = 1.0


async def _database(services: Services) -> None:
    async with services.db.connection() as conn:
        await ping(conn)


async def _redis(services: Services) -> None:
    client = open_redis(services.config.redis, socket_connect_timeout=1)
    try:
        await client.ping()
    finally:
        await client.aclose()


async def _memcached(services: Services) -> None:
    client = aiomcache.Client(services.config.memcached.host, services.config.memcached.port)
    try:
        await client.version()
    finally:
        await client.close()


CHECKS: dict[str, Callable[[Services], Awaitable[None]]] = {
    "database": _database,
    "redis": _redis,
    "memcached": _memcached,
}
# Without the database nothing works; the others degrade features but not the core.
REQUIRED = frozenset({"database"})


async def _check(services: Services, name: str) -> HealthCheckUp | HealthCheckDown:
    started = time.perf_counter()
    try:
        async with asyncio.timeout(CHECK_TIMEOUT_SECONDS):
            await CHECKS[name](services)
    except Exception as error:  # any failure of a dependency is a report, not a crash
        return {"status": "down", "error": f"{type(error).__name__}: {error}"[:300]}
    return {"status": "up", "latency_ms": round((time.perf_counter() - started) * 1000, 2)}


async def check_health(services: Services) -> tuple[Health, bool]:
    """Each dependency's state, and whether the required ones are all up."""
    results = await asyncio.gather(*(_check(services, name) for name in CHECKS))
    checks = dict(zip(CHECKS, results, strict=True))
    healthy = all(checks[name]["status"] == "up" for name in REQUIRED)
    degraded = any(result["status"] != "up" for result in results)
    status: Literal["ok", "degraded", "down"] = (
        "ok" if not degraded else ("degraded" if healthy else "down")
    )
    return {"status": status, "checks": checks}, healthy

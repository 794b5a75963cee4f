"""GET /healthz: liveness with the state of each dependency."""

from __future__ import annotations


async def test_healthz_is_200_with_every_dependency_up(client):
    response = await client.get("/healthz")
    assert response.status == 200
    assert response.content_type == "application/json"
    body = await response.json()
    assert body["status"] == "ok"
    assert set(body["checks"]) == {"database", "redis", "memcached"}
    for name, check in body["checks"].items():
        assert check["status"] == "up", (name, check)
        assert check["latency_ms"] >= 0


async def test_healthz_needs_no_token(client):
    response = await client.get("/healthz", headers={"Authorization": "Bearer not-a-token"})
    assert response.status == 200


async def test_healthz_with_redis_down_is_200_and_degraded(make_client):
    client = await make_client(redis={"url": "redis://127.0.0.1:1/0"})
    response = await client.get("/healthz")
    assert response.status == 200
    body = await response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["redis"]["status"] == "down"
    assert body["checks"]["redis"]["error"]
    assert body["checks"]["database"]["status"] == "up"
    assert body["checks"]["memcached"]["status"] == "up"


async def test_healthz_with_memcached_down_is_200_and_degraded(make_client):
    client = await make_client(memcached={"port": 1})
    response = await client.get("/healthz")
    assert response.status == 200
    body = await response.json()
    assert body["status"] == "degraded"
    assert body["checks"]["memcached"]["status"] == "down"
    assert body["checks"]["database"]["status"] == "up"


async def test_healthz_refuses_other_methods_with_405(client):
    response = await client.post("/healthz")
    assert response.status == 405
    assert (await response.json())["error"]["code"] == "method_not_allowed"

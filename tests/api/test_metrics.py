"""GET /metrics and the access log: requests counted by route template and status, the
state of the pool, cache and event bus read at scrape time, one JSON line per request."""

from __future__ import annotations

import asyncio
import io
import json
import logging
import uuid

from aiohttp import web
from aiohttp.test_utils import TestClient
from prometheus_client.parser import text_string_to_metric_families

from messenger.api.metrics import (
    METRICS,
    AccessLines,
    access_log,
    configure_access_log,
    setup_metrics,
)
from messenger.config import Config
from tests.support.api import AppFactory, access_records, create_chat, register, send

Client = TestClient[web.Request, web.Application]
Samples = dict[tuple[str, frozenset[tuple[str, str]]], float]
MESSAGES_ROUTE = "/api/v1/chats/{id}/messages"


async def scrape(client: Client) -> Samples:
    response = await client.get("/metrics")
    assert response.status == 200
    samples: Samples = {}
    for family in text_string_to_metric_families(await response.text()):
        for sample in family.samples:
            samples[(sample.name, frozenset(sample.labels.items()))] = sample.value
    return samples


def value(samples: Samples, name: str, **labels: str) -> float:
    return samples.get((name, frozenset(labels.items())), 0.0)


def requests(samples: Samples, method: str, route: str, status: int) -> float:
    return value(
        samples, "messenger_http_requests_total", method=method, route=route, status=str(status)
    )


async def test_metrics_are_served_without_a_token_in_the_prometheus_text_format(client):
    response = await client.get("/metrics")
    assert response.status == 200
    assert response.headers["Content-Type"] == "text/plain; version=0.0.4; charset=utf-8"
    text = await response.text()
    assert "# TYPE messenger_http_requests_total counter" in text
    names = {family.name for family in text_string_to_metric_families(text)}
    assert {"messenger_http_requests", "messenger_websocket_connections"} <= names


async def test_metrics_are_served_as_openmetrics_when_the_scraper_asks(client):
    response = await client.get(
        "/metrics", headers={"Accept": "application/openmetrics-text; version=1.0.0"}
    )
    assert response.status == 200
    assert response.content_type == "application/openmetrics-text"
    assert (await response.text()).endswith("# EOF\n")


async def test_requests_are_counted_by_route_template_and_status(client):
    alice = await register(client, "alice")
    bob = await register(client, "bob")
    chat = await create_chat(client, alice, [bob])
    await send(client, alice, chat["id"], "hello")
    missing = await client.get(f"/no/such/path/{uuid.uuid4().hex}")
    assert missing.status == 404
    wrong_method = await client.put("/healthz")
    assert wrong_method.status == 405
    anonymous = await client.get(f"/api/v1/chats/{chat['id']}/messages")
    assert anonymous.status == 401

    samples = await scrape(client)
    assert requests(samples, "POST", MESSAGES_ROUTE, 201) == 1
    assert requests(samples, "GET", MESSAGES_ROUTE, 401) == 1
    assert requests(samples, "POST", "/api/v1/auth/register", 201) == 2
    assert requests(samples, "GET", "unmatched", 404) == 1
    assert requests(samples, "PUT", "unmatched", 405) == 1
    templates = {route.resource.canonical for route in client.app.router.routes() if route.resource}
    routes = {
        dict(labels)["route"] for name, labels in samples if name.startswith("messenger_http")
    }
    assert routes <= templates | {"unmatched"}


async def test_methods_outside_the_usual_ones_are_counted_as_other(client):
    response = await client.request("PROPFIND", "/healthz")
    assert response.status == 405
    samples = await scrape(client)
    assert requests(samples, "OTHER", "unmatched", 405) == 1


async def test_latency_histogram_has_buckets_by_route(client):
    for _ in range(3):
        assert (await client.get("/api/openapi.json")).status == 200
    samples = await scrape(client)
    name = "messenger_http_request_duration_seconds"
    route = {"method": "GET", "route": "/api/openapi.json"}
    buckets = {
        dict(labels)["le"]: count
        for (sample, labels), count in samples.items()
        if sample == f"{name}_bucket" and route.items() <= dict(labels).items()
    }
    assert {"0.001", "0.1", "1.0", "+Inf"} <= set(buckets)
    assert buckets["+Inf"] == 3
    assert value(samples, f"{name}_count", **route) == 3
    assert value(samples, f"{name}_sum", **route) > 0


async def test_chat_list_cache_hits_and_misses_move_after_two_chat_list_reads(client):
    alice = await register(client, "alice")
    bob = await register(client, "bob")
    await create_chat(client, alice, [bob])
    before = await scrape(client)
    for _ in range(2):
        response = await client.get("/api/v1/chats", headers=alice.headers)
        assert response.status == 200
    after = await scrape(client)
    for counter, moved in (("misses", 1), ("hits", 1), ("errors", 0)):
        name = f"messenger_chat_cache_{counter}_total"
        assert value(after, name) - value(before, name) == moved, name


async def test_database_pool_gauges_are_exported(client, config: Config):
    samples = await scrape(client)
    size = value(samples, "messenger_db_pool_size")
    free = value(samples, "messenger_db_pool_free")
    assert value(samples, "messenger_db_pool_max") == config.database.pool_max
    assert 1 <= size <= config.database.pool_max
    assert 0 <= free <= size


async def test_published_events_are_counted(client):
    alice = await register(client, "alice")
    bob = await register(client, "bob")
    chat = await create_chat(client, alice, [bob])
    before = await scrape(client)
    await send(client, alice, chat["id"], "hello")
    after = await scrape(client)
    published = "messenger_events_published_total"
    assert value(after, published) > value(before, published)
    assert value(after, "messenger_events_failed_total") == 0


async def test_websocket_connections_are_zero_with_none_open(client):
    samples = await scrape(client)
    assert ("messenger_websocket_connections", frozenset()) in samples
    assert value(samples, "messenger_websocket_connections") == 0


async def test_process_metrics_are_exported(client):
    samples = await scrape(client)
    assert value(samples, "process_resident_memory_bytes") > 0
    assert any(name == "python_info" for name, _ in samples)


async def test_each_app_counts_only_its_own_requests(client, make_client: AppFactory):
    other = await make_client()
    for _ in range(2):
        await client.get("/healthz")
    await other.get("/healthz")
    assert requests(await scrape(client), "GET", "/healthz", 200) == 2
    assert requests(await scrape(other), "GET", "/healthz", 200) == 1


async def test_access_line_is_json_with_the_request_id_the_response_carries(client, caplog):
    alice = await register(client, "alice")
    caplog.set_level(logging.INFO, logger="messenger.access")
    response = await client.get(
        "/api/v1/users/me", headers={**alice.headers, "X-Forwarded-For": "203.0.113.9"}
    )
    assert response.status == 200
    request_id = response.headers["X-Request-Id"]

    [line] = [r for r in access_records(caplog) if r["request_id"] == request_id]
    assert line["method"] == "GET"
    assert line["route"] == "/api/v1/users/me"
    assert line["path"] == "/api/v1/users/me"
    assert line["status"] == 200
    assert line["user_id"] == alice.id
    assert line["remote"] == "127.0.0.1"
    assert isinstance(line["duration_ms"], float) and line["duration_ms"] >= 0
    assert str(line["ts"]).endswith("Z")
    assert alice.token not in caplog.text
    assert "Bearer" not in caplog.text and "Authorization" not in caplog.text


async def test_access_line_of_an_anonymous_unmatched_request_has_no_user_and_no_query(
    client, caplog
):
    caplog.set_level(logging.INFO, logger="messenger.access")
    secret = uuid.uuid4().hex
    response = await client.get(f"/nowhere?token={secret}", headers={"X-Request-Id": "trace-me.1"})
    assert response.status == 404
    assert response.headers["X-Request-Id"] == "trace-me.1"
    [line] = [r for r in access_records(caplog) if r["request_id"] == "trace-me.1"]
    assert (line["route"], line["path"], line["status"]) == ("unmatched", "/nowhere", 404)
    assert "user_id" not in line
    assert secret not in caplog.text


async def test_access_line_of_a_failed_login_carries_no_password(client, caplog):
    alice = await register(client, "alice")
    caplog.set_level(logging.INFO, logger="messenger.access")
    response = await client.post(
        "/api/v1/auth/login", json={"login": alice.user["nick"], "password": "not-her-password"}
    )
    assert response.status == 401
    [line] = [r for r in access_records(caplog) if r["route"] == "/api/v1/auth/login"]
    assert line["status"] == 401
    assert "not-her-password" not in caplog.text


def test_configured_access_log_writes_bare_json_lines_apart_from_other_logs():
    stream = io.StringIO()
    saved = (access_log.handlers[:], access_log.level, access_log.propagate)
    try:
        configure_access_log(stream)
        access_log.info(json.dumps({"request_id": "abc", "status": 200}))
        assert access_log.propagate is False
    finally:
        access_log.handlers[:], access_log.level, access_log.propagate = saved
    assert [json.loads(line) for line in stream.getvalue().splitlines()] == [
        {"request_id": "abc", "status": 200}
    ]


async def test_access_line_stays_valid_json_whatever_the_path(client, caplog):
    caplog.set_level(logging.INFO, logger="messenger.access")
    response = await client.get(
        "/nowhere/%22quoted%22/%5Cback/%C3%BC%F0%9F%99%82", headers={"X-Request-Id": "odd-path"}
    )
    assert response.status == 404
    [line] = [r for r in access_records(caplog) if r["request_id"] == "odd-path"]
    assert line["path"] == '/nowhere/"quoted"/\\back/ü🙂'


async def test_the_lines_of_one_loop_turn_leave_as_one_record_of_json_lines(caplog):
    caplog.set_level(logging.INFO, logger="messenger.access")
    lines = AccessLines()
    for n in range(3):
        lines.add(json.dumps({"request_id": f"turn-{n}"}))
    assert not [r for r in caplog.records if r.name == "messenger.access"]  # not yet
    await asyncio.sleep(0)
    [record] = [r for r in caplog.records if r.name == "messenger.access"]
    assert [line["request_id"] for line in access_records(caplog)] == ["turn-0", "turn-1", "turn-2"]
    assert record.getMessage().count("\n") == 2
    lines.add(json.dumps({"request_id": "next-turn"}))
    await asyncio.sleep(0)
    assert len([r for r in caplog.records if r.name == "messenger.access"]) == 2


async def test_the_apps_cleanup_writes_the_lines_still_waiting(caplog):
    caplog.set_level(logging.INFO, logger="messenger.access")
    app = web.Application()
    setup_metrics(app)
    app[METRICS].access_lines.add(json.dumps({"request_id": "last"}))
    app.freeze()
    await app.cleanup()  # before the loop's next turn
    assert [line["request_id"] for line in access_records(caplog)] == ["last"]

"""What the service tells its operators: Prometheus metrics (served at GET /metrics by
messenger.api.handlers.metrics) and one JSON
access-log line per request (logger "messenger.access"; the lines of one turn of the
event loop leave as one record, see AccessLines).

Each app has its own CollectorRegistry rather than prometheus_client's global one, so
any number of apps can live in one process (the test suite builds one per test) without
"Duplicated timeseries" errors, and a scrape shows only its own app. Request counts and
latencies are recorded by a middleware, labelled by the route's template (never the raw
path, whose ids would make a series per object); the state of the pool, the cache, the
event bus and the WebSocket hub is read at scrape time by a collector, so it costs
nothing between scrapes.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from json.encoder import encode_basestring
from typing import IO

from aiohttp import web
from prometheus_client import CollectorRegistry, Counter, Histogram, disable_created_metrics
from prometheus_client.gc_collector import GCCollector
from prometheus_client.metrics_core import CounterMetricFamily, GaugeMetricFamily, Metric
from prometheus_client.platform_collector import PlatformCollector
from prometheus_client.process_collector import ProcessCollector
from prometheus_client.registry import Collector

from messenger.api.keys import CURRENT_USER, REQUEST_ID, SERVICES
from messenger.api.middlewares import Handler

access_log = logging.getLogger("messenger.access")

# In the text format each counter and histogram would get a second series, *_created,
# a gauge per label set that doubles what Prometheus stores and that no query here uses.
# The switch is process-wide, and must be thrown before the metrics are made.
disable_created_metrics()  # type: ignore[no-untyped-call]

UNMATCHED = "unmatched"
# Any other method (aiohttp accepts any token) is counted as "OTHER", so a scanner
# cannot create a series per invented method.
KNOWN_METHODS = frozenset({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"})
# nginx's "client closed request": the client went away before the answer was ready.
CLIENT_CLOSED_STATUS = 499
# A WebSocket's "request" lasts its whole session, which is no latency.
SWITCHING_PROTOCOLS = 101
# From a cached page read (~1 ms) to a slow upload; the last bucket catches the rest.
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)


class AppStateCollector(Collector):
    """Gauges and counters read from the app's services when Prometheus scrapes."""

    def __init__(self, app: web.Application) -> None:
        self.app = app

    def collect(self) -> Iterator[Metric]:
        services = self.app.get(SERVICES)
        if services is not None:
            pool = services.db.stats()
            for name, text in (
                ("size", "Connections open in the database pool."),
                ("free", "Idle connections in the database pool."),
                ("max", "Most connections the database pool may open."),
            ):
                yield GaugeMetricFamily(f"messenger_db_pool_{name}", text, value=pool[name])
            cache = services.chat_cache
            for name, value, text in (
                ("hits", cache.hits, "Chat-list reads answered from memcached."),
                ("misses", cache.misses, "Chat-list reads that went to the database."),
                ("errors", cache.errors, "memcached calls that failed or timed out."),
            ):
                yield CounterMetricFamily(f"messenger_chat_cache_{name}", text, value=value)
            events = services.events
            yield CounterMetricFamily(
                "messenger_events_published",
                "Events and revocations published on Redis.",
                value=events.published,
            )
            yield CounterMetricFamily(
                "messenger_events_failed",
                "Events and revocations that could not be published on Redis.",
                value=events.failed,
            )
            yield CounterMetricFamily(
                "messenger_limits_unavailable",
                "Limits not counted (the request went ahead) because Redis was unavailable.",
                value=services.limits.unavailable,
            )
            yield CounterMetricFamily(
                "messenger_database_unreachable",
                "Requests answered 503 because PostgreSQL could not be reached.",
                value=services.db.unreachable,
            )
        yield GaugeMetricFamily(
            "messenger_websocket_connections",
            "WebSocket connections open on this process.",
            value=websocket_connections(self.app),
        )


def websocket_connections(app: web.Application) -> int:
    """The realtime hub's connection count, or 0 while the app has no hub.

    The hub is found by what it offers rather than by importing its AppKey, so this
    module neither depends on messenger.api.live nor breaks while it is absent or moved.
    """
    for value in app.values():
        count = getattr(value, "connection_count", None)
        if count is None:
            continue
        if callable(count):
            count = count()
        return int(count)
    return 0


class AccessLines:
    """The access lines of one turn of the event loop, logged as one record at its end.

    A record per request cost a send 7 % of the API's CPU (LogRecord, handler lock,
    a write and a flush each; lab A/B at 16 clients); under load one turn finishes
    several requests, and their lines leave in one write. Each line is still a JSON
    object of its own: the record's message is the lines joined by newlines. A line
    waits at most until the loop's next turn, and the app's cleanup writes what is left.
    """

    def __init__(self) -> None:
        self._lines: list[str] = []

    def add(self, line: str) -> None:
        if not self._lines:
            asyncio.get_running_loop().call_soon(self.flush)
        self._lines.append(line)

    def flush(self) -> None:
        lines, self._lines = self._lines, []
        if lines:
            access_log.info("\n".join(lines))


class Metrics:
    """One app's registry and the request metrics the middleware records."""

    def __init__(self, app: web.Application) -> None:
        self.access_lines = AccessLines()
        self.registry = CollectorRegistry()
        self.requests = Counter(
            "messenger_http_requests",
            "HTTP requests answered, by method, route template and status.",
            ["method", "route", "status"],
            registry=self.registry,
        )
        self.latency = Histogram(
            "messenger_http_request_duration_seconds",
            "Time to answer an HTTP request, by method and route template "
            "(WebSocket sessions are not included).",
            ["method", "route"],
            buckets=LATENCY_BUCKETS,
            registry=self.registry,
        )
        self._children: dict[tuple[str, str, int], tuple[Counter, Histogram | None]] = {}
        self.registry.register(AppStateCollector(app))
        # The standard process_*, python_info and python_gc_* series, as the global
        # registry would have them.
        ProcessCollector(registry=self.registry)
        PlatformCollector(registry=self.registry)
        GCCollector(registry=self.registry)

    def observe(self, method: str, route: str, status: int, seconds: float) -> None:
        # labels() takes a lock and builds a key on every call; the children it returns
        # live as long as the metric, so each is looked up once.
        key = (method, route, status)
        children = self._children.get(key)
        if children is None:
            children = self._children[key] = (
                self.requests.labels(method, route, str(status)),
                self.latency.labels(method, route) if status != SWITCHING_PROTOCOLS else None,
            )
        counter, histogram = children
        counter.inc()
        if histogram is not None:
            histogram.observe(seconds)


METRICS = web.AppKey("metrics", Metrics)


def setup_metrics(app: web.Application) -> None:
    metrics = app[METRICS] = Metrics(app)

    async def write_last_lines(app: web.Application) -> None:
        metrics.access_lines.flush()

    app.on_cleanup.append(write_last_lines)


def route_template(request: web.Request) -> str:
    """The matched route's template, e.g. /api/v1/chats/{id}/messages."""
    match_info = request.match_info
    resource = match_info.route.resource
    if match_info.http_exception is not None or resource is None:
        return UNMATCHED
    return resource.canonical


def _status_of(error: BaseException) -> int:
    if isinstance(error, web.HTTPException):
        return error.status
    if isinstance(error, asyncio.CancelledError):
        return CLIENT_CLOSED_STATUS
    return web.HTTPInternalServerError.status_code


@web.middleware
async def observe_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Counts and times every request and writes its access line. It sits outside the
    error middleware, so it sees the status the client gets."""
    started = time.perf_counter()
    status = web.HTTPInternalServerError.status_code
    try:
        response = await handler(request)
        status = response.status
        return response
    except BaseException as error:
        status = _status_of(error)
        raise
    finally:
        seconds = time.perf_counter() - started
        method = request.method if request.method in KNOWN_METHODS else "OTHER"
        route = route_template(request)
        metrics = request.app[METRICS]
        metrics.observe(method, route, status, seconds)
        if access_log.isEnabledFor(logging.INFO):
            metrics.access_lines.add(access_line(request, route, status, seconds))


def access_line(request: web.Request, route: str, status: int, seconds: float) -> str:
    """One request as a JSON object. The query string is left out (a WebSocket token may
    ride in it), and so are headers and bodies. Written out field by field (one line per
    request: json.dumps of a dict costs three times as much)."""
    now = datetime.now(UTC).isoformat(timespec="milliseconds").removesuffix("+00:00")
    user = request.get(CURRENT_USER)
    user_field = f',"user_id":{int(user["id"])}' if user is not None else ""
    return (
        f'{{"ts":"{now}Z","request_id":{_json_string(request.get(REQUEST_ID))}'
        f',"method":{_json_string(request.method)},"route":{_json_string(route)}'
        f',"path":{_json_string(request.path)},"status":{int(status)}'
        f',"duration_ms":{round(seconds * 1000, 2)}{user_field}'
        f',"remote":{_json_string(request.remote)}}}'
    )


def _json_string(value: str | None) -> str:
    return "null" if value is None else encode_basestring(value)


def configure_access_log(stream: IO[str] | None = None) -> None:
    """Write access lines as bare JSON, one per line, apart from the other logs (which
    keep their readable format): a log shipper can parse them without a prefix."""
    handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
    handler.setFormatter(logging.Formatter("%(message)s"))
    access_log.handlers[:] = [handler]
    access_log.setLevel(logging.INFO)
    access_log.propagate = False

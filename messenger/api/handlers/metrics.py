"""GET /metrics: this process's Prometheus metrics (messenger.api.metrics records them)."""

from __future__ import annotations

from aiohttp import web
from prometheus_client.exposition import choose_encoder

from messenger.api.endpoint import Call
from messenger.api.metrics import METRICS


async def prometheus_metrics(request: web.Request, call: Call) -> web.Response:
    """The Prometheus text format, or OpenMetrics when the scraper asks for it."""
    encode, content_type = choose_encoder(request.headers.get("Accept", ""))
    body = encode(request.app[METRICS].registry)
    return web.Response(body=body, headers={"Content-Type": content_type})

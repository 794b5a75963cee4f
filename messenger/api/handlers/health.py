"""GET /healthz: liveness with the state of each dependency."""

from __future__ import annotations

from messenger.api.endpoint import Call, Reply
from messenger.operations.health import check_health


async def healthz(call: Call) -> Reply:
    health, healthy = await check_health(call.services)
    return Reply(health, 200 if healthy else 503)

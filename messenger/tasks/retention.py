"""The scheduled retention run (`retention.cron`, hourly): messenger.operations.retention
on services of its own (the chat-list cache among them)."""

from __future__ import annotations

from taskiq import Context, TaskiqDepends

from messenger.operations.retention import apply_retention
from messenger.services.container import open_services
from messenger.services.task_queue import APPLY_RETENTION
from messenger.tasks.broker import CONFIG, broker, worker_resources


@broker.task(
    task_name=APPLY_RETENTION,
    schedule=[{"cron": CONFIG.retention.cron, "schedule_id": APPLY_RETENTION}],
)
async def apply_retention_task(context: Context = TaskiqDepends()) -> dict[str, int]:
    resources = worker_resources(context)
    async with open_services(resources.config) as services:
        return await apply_retention(services)

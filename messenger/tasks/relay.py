"""The outbox relay: every minute, hand the due mails to the broker.

A mail is due when no worker has sent it by its `next_attempt_at`: the API's kick was
lost (Redis down), a worker died holding it (its lease ran out), or a retry's kick was
lost with its worker. Kicking again is safe: send_mail sends a row once.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from taskiq import Context, TaskiqDepends

from messenger.config import Config
from messenger.repository import outbox as outbox_rows
from messenger.repository.db import Database
from messenger.services.task_queue import RELAY_OUTBOX
from messenger.tasks.broker import broker, kick_send_mail, worker_resources

RELAY_CRON = "* * * * *"
BATCH_SIZE = 500
# Bounds one run; a larger backlog is taken by the next runs.
MAX_BATCHES = 20


async def relay_due_mails(db: Database, config: Config) -> int:
    """Kick send_mail for each due mail; returns how many were handed over."""
    redeliver = timedelta(seconds=config.tasks.mail_redeliver_seconds)
    handed = 0
    for _ in range(MAX_BATCHES):
        async with db.connection() as conn:
            mail_ids = await outbox_rows.take_due(conn, limit=BATCH_SIZE, redeliver=redeliver)
        for mail_id in mail_ids:
            await kick_send_mail(mail_id)
        handed += len(mail_ids)
        if len(mail_ids) < BATCH_SIZE:
            break
    return handed


@broker.task(task_name=RELAY_OUTBOX, schedule=[{"cron": RELAY_CRON, "schedule_id": RELAY_OUTBOX}])
async def relay_outbox(context: Context = TaskiqDepends()) -> dict[str, Any]:
    resources = worker_resources(context)
    return {"handed": await relay_due_mails(resources.db, resources.config)}

"""The broker and scheduler as the stock CLIs load them; the outbox's claim and lease rules."""

from __future__ import annotations

import asyncio
import importlib
from datetime import timedelta
from typing import Any

from aiohttp.test_utils import TestClient
from taskiq import PrometheusMiddleware, TaskiqScheduler
from taskiq.schedule_sources import LabelScheduleSource
from taskiq_dashboard import DashboardMiddleware

from messenger.config import Config, replace_section
from messenger.repository import outbox as outbox_rows
from messenger.repository.db import Database
from messenger.services.task_queue import RELAY_OUTBOX, SEND_MAIL, UNREAD_DIGEST, queue_name
from messenger.tasks import TASK_MODULES
from messenger.tasks.retry import BackoffRetryMiddleware, RetryableError, backoff_seconds
from tests.support.api import create_chat, register


async def test_the_scheduler_runs_the_relay_every_minute_and_the_digest_on_its_cron() -> None:
    from messenger.tasks.broker import CONFIG, broker, scheduler

    # As `taskiq worker` / `taskiq scheduler` do with the modules their commands name.
    for module in TASK_MODULES:
        importlib.import_module(module)
    assert isinstance(scheduler, TaskiqScheduler)
    assert scheduler.broker is broker
    [source] = scheduler.sources
    assert isinstance(source, LabelScheduleSource)

    await source.startup()
    schedules = {schedule.task_name: schedule for schedule in await source.get_schedules()}

    assert schedules[RELAY_OUTBOX].cron == "* * * * *"
    assert schedules[RELAY_OUTBOX].schedule_id == RELAY_OUTBOX
    assert schedules[UNREAD_DIGEST].cron == CONFIG.tasks.digest_cron
    assert SEND_MAIL not in schedules
    assert {RELAY_OUTBOX, UNREAD_DIGEST, SEND_MAIL} <= set(broker.get_all_tasks())


def test_the_broker_retries_only_retryable_errors_and_reports_to_a_dashboard_with_a_token() -> None:
    config = Config()
    from messenger.tasks.broker import create_broker

    plain = create_broker(replace_section(config, "dashboard", api_token=""))
    reporting = create_broker(replace_section(config, "dashboard", api_token="t0ken", port=8123))

    [retry] = plain.middlewares
    assert isinstance(retry, BackoffRetryMiddleware)
    assert list(retry.types_of_exceptions or []) == [RetryableError]
    dashboard = next(m for m in reporting.middlewares if isinstance(m, DashboardMiddleware))
    assert dashboard.url == "http://127.0.0.1:8123"
    # Metrics join in the worker process only (see create_broker).
    assert not any(isinstance(m, PrometheusMiddleware) for m in reporting.middlewares)


def test_the_queue_is_named_after_the_database_unless_configured() -> None:
    config = Config()
    database = config.database.url.rsplit("/", 1)[1]
    assert queue_name(replace_section(config, "tasks", queue="")) == f"messenger:{database}:tasks"
    assert queue_name(replace_section(config, "tasks", queue="q")) == "q"


def test_retry_delays_double_up_to_the_cap() -> None:
    assert [backoff_seconds(10, attempt, 60) for attempt in range(1, 6)] == [10, 20, 40, 60, 60]


async def test_a_retry_waits_its_delay_in_the_worker_before_it_is_queued() -> None:
    middleware = BackoffRetryMiddleware(base_delay=1, max_delay=60, max_attempts=3)
    kicked = asyncio.Event()

    class Kicker:
        async def kiq(self, *args: Any) -> None:
            kicked.set()

    message: Any = type("Message", (), {"args": [1], "kwargs": {}, "task_name": "t"})()
    await middleware.on_send(Kicker(), message, 0.2)  # type: ignore[arg-type]
    assert not kicked.is_set()
    await asyncio.wait_for(kicked.wait(), 2)
    await middleware.on_send(Kicker(), message, 30)  # type: ignore[arg-type]
    await middleware.shutdown()  # a waiting retry is dropped; the outbox relay covers it


async def test_a_claimed_mail_is_held_until_its_lease_runs_out_and_fenced_by_its_attempt(
    api: TestClient[Any, Any], tasks_db: Database
) -> None:
    alice = await register(api, "alice")
    bob = await register(api, "bob")
    await create_chat(api, alice, [bob], group=False)
    async with tasks_db.connection() as conn:
        [mail_id] = await outbox_rows.take_due(conn, limit=10, redeliver=timedelta(hours=1))
        assert await outbox_rows.take_due(conn, limit=10, redeliver=timedelta(0)) == []

        first = await outbox_rows.claim(conn, mail_id, lease=timedelta(seconds=1))
        assert first is not None and first["attempts"] == 1
        assert first["email"] == bob.user["email"]
        assert await outbox_rows.claim(conn, mail_id, lease=timedelta(seconds=1)) is None
        await asyncio.sleep(1.1)
        second = await outbox_rows.claim(conn, mail_id, lease=timedelta(minutes=1))
        assert second is not None and second["attempts"] == 2

        # The first worker, its lease gone, may neither release nor fail the mail.
        stale = dict(attempt=1, error="late", retry_after=timedelta(0), give_up=True)
        assert not await outbox_rows.record_failure(conn, mail_id, **stale)
        assert await outbox_rows.mark_sent(conn, mail_id)
        assert not await outbox_rows.mark_sent(conn, mail_id)
        assert await outbox_rows.claim(conn, mail_id, lease=timedelta(minutes=1)) is None
        assert await outbox_rows.take_due(conn, limit=10, redeliver=timedelta(0)) == []

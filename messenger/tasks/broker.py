"""The taskiq broker and scheduler, as the stock CLIs load them.

    taskiq worker messenger.tasks.broker:broker messenger.tasks.mail ...
    taskiq scheduler messenger.tasks.broker:scheduler messenger.tasks.relay ... --skip-first-run

(the task modules are named on the command line: messenger.tasks.worker_command).

Configured from messenger.config (config.yaml and MESSENGER_* variables) when imported.
The broker reads the Redis stream of streams.py, keeps results in Redis for a day
(as JSON: never unpickle what Redis hands back), retries RetryableError with a doubling
delay, and reports to taskiq-dashboard when dashboard.api_token is set. A worker process
also opens a database pool and serves Prometheus metrics on 127.0.0.1:tasks.metrics_port.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import AsyncExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from taskiq import (
    Context,
    PrometheusMiddleware,
    TaskiqEvents,
    TaskiqScheduler,
    TaskiqState,
)
from taskiq.kicker import AsyncKicker
from taskiq.schedule_sources import LabelScheduleSource
from taskiq.serializers import JSONSerializer
from taskiq_dashboard import DashboardMiddleware
from taskiq_redis import RedisAsyncResultBackend, RedisAsyncSentinelResultBackend

from messenger.config import Config, load_config
from messenger.repository.db import Database, open_database
from messenger.services.task_queue import (
    SEND_MAIL,
    StreamBroker,
    sentinel_connection,
    stream_broker,
)
from messenger.tasks.retry import MAX_RETRY_DELAY_SECONDS, BackoffRetryMiddleware

# Results are for the dashboard and for whoever awaits a task; a day is plenty.
RESULT_TTL_SECONDS = 24 * 3600
DASHBOARD_BROKER_NAME = "messenger"


@dataclass
class WorkerResources:
    """What a task needs, opened once per worker process."""

    config: Config
    db: Database
    exit_stack: AsyncExitStack


def create_broker(config: Config) -> StreamBroker:
    results: RedisAsyncResultBackend[Any] | RedisAsyncSentinelResultBackend[Any]
    if config.redis.sentinels:
        results = RedisAsyncSentinelResultBackend(
            **sentinel_connection(config),
            result_ex_time=RESULT_TTL_SECONDS,
            serializer=JSONSerializer(),
        )
    else:
        results = RedisAsyncResultBackend(
            redis_url=config.redis.url,
            result_ex_time=RESULT_TTL_SECONDS,
            serializer=JSONSerializer(),
        )
    broker = stream_broker(config).with_result_backend(results)
    broker.add_middlewares(
        BackoffRetryMiddleware(
            base_delay=config.tasks.mail_retry_seconds,
            max_delay=MAX_RETRY_DELAY_SECONDS,
            max_attempts=config.tasks.mail_max_attempts,
        )
    )
    if config.dashboard.api_token:
        broker.add_middlewares(
            DashboardMiddleware(
                url=f"http://{config.dashboard.host}:{config.dashboard.port}",
                api_token=config.dashboard.api_token,
                broker_name=DASHBOARD_BROKER_NAME,
            )
        )

    @broker.on_event(TaskiqEvents.WORKER_STARTUP)
    async def open_worker_resources(state: TaskiqState) -> None:
        exit_stack = AsyncExitStack()
        db = await exit_stack.enter_async_context(open_database(config.database))
        state.resources = WorkerResources(config=config, db=db, exit_stack=exit_stack)
        if config.tasks.metrics_port:
            # Added here, not at import: the middleware points prometheus_client at a
            # multiprocess directory for the whole process, which only a worker wants.
            # The broker starts the middlewares after these handlers, this one included.
            # One directory per `taskiq worker` (the parent of its worker processes), so
            # a restarted worker does not add up the counters of the one before.
            run = f"{config.tasks.metrics_port}-{os.getppid()}"
            broker.add_middlewares(
                PrometheusMiddleware(
                    metrics_path=Path(tempfile.gettempdir()) / f"messenger-taskiq-metrics-{run}",
                    server_addr="127.0.0.1",
                    server_port=config.tasks.metrics_port,
                )
            )

    @broker.on_event(TaskiqEvents.WORKER_SHUTDOWN)
    async def close_worker_resources(state: TaskiqState) -> None:
        resources: WorkerResources | None = getattr(state, "resources", None)
        if resources is not None:
            await resources.exit_stack.aclose()

    return broker


async def kick_send_mail(mail_id: int) -> None:
    """Queue send_mail by name: the periodic tasks need not import the mail module."""
    kicker: AsyncKicker[Any, Any] = AsyncKicker(SEND_MAIL, broker, {})
    await kicker.kiq(mail_id)


def worker_resources(context: Context) -> WorkerResources:
    resources: WorkerResources = context.state.resources
    return resources


CONFIG = load_config()
broker = create_broker(CONFIG)
scheduler = TaskiqScheduler(broker, sources=[LabelScheduleSource(broker)])

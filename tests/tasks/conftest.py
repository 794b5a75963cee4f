"""Real pieces for the task tests: a database of their own, a Redis stream of their own
per test, an SMTP server (aiosmtpd) that answers as a test scripts it, and `taskiq
worker` processes started as `make run` starts them."""

from __future__ import annotations

import contextlib
import signal
import subprocess
import uuid
from collections.abc import AsyncIterator, Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import psycopg2
import pytest
import redis
from aiohttp.test_utils import TestClient
from psycopg2 import sql
from taskiq.kicker import AsyncKicker
from taskiq_redis import RedisStreamBroker
from yoyo import get_backend, read_migrations

from messenger.api.app import create_app
from messenger.config import Config, replace_section
from messenger.repository.db import Database, open_database
from messenger.repository.migrations import MIGRATIONS_DIR, create_database, drop_database
from messenger.services.task_queue import queue_name
from tests.support.databases import database_url
from tests.support.mailbox import WAIT_SECONDS, Mailbox, mailing_to, running_mailbox
from tests.support.processes import stop_process, worker_process


@pytest.fixture
def mailbox() -> Iterator[Mailbox]:
    with running_mailbox() as box:
        yield box


@pytest.fixture(scope="session")
def tasks_template(base_config: Config) -> Iterator[str]:
    """A migrated database that each test's database is copied from."""
    url = database_url(base_config.database.url, f"messenger_tasks_{uuid.uuid4().hex[:12]}")
    create_database(url)
    backend = get_backend(url)
    try:
        with backend.lock():
            backend.apply_migrations(backend.to_apply(read_migrations(str(MIGRATIONS_DIR))))
    finally:
        # A template with a session open cannot be copied.
        backend.connection.close()
    try:
        yield url
    finally:
        drop_database(url)


@pytest.fixture
def tasks_database(tasks_template: str) -> Iterator[str]:
    """A database of the test's own: digests and relay sweeps see only its rows."""
    template = urlsplit(tasks_template).path.lstrip("/")
    url = database_url(tasks_template, f"{template}_{uuid.uuid4().hex[:8]}")
    admin = psycopg2.connect(database_url(tasks_template, "postgres"))
    try:
        admin.autocommit = True
        with admin.cursor() as cursor:
            cursor.execute(
                sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                    sql.Identifier(urlsplit(url).path.lstrip("/")), sql.Identifier(template)
                )
            )
    finally:
        admin.close()
    try:
        yield url
    finally:
        drop_database(url)


@pytest.fixture
def tasks_config(
    base_config: Config, tasks_database: str, mailbox: Mailbox, tmp_path: Path
) -> Iterator[Config]:
    """The config of one test: its own stream, files and SMTP server, short timings."""
    config = replace_section(base_config, "database", url=tasks_database, pool_min=1, pool_max=5)
    config = replace_section(config, "attachments", dir=str(tmp_path / "attachments"))
    config = replace_section(config, "exports", dir=str(tmp_path / "exports"))
    config = mailing_to(config, mailbox, base_url="https://chat.example")
    config = replace_section(
        config,
        "tasks",
        queue=f"messenger:test:{uuid.uuid4().hex}",
        metrics_port=0,
        mail_lease_seconds=30,
        mail_redeliver_seconds=0,
        mail_retry_seconds=1,
        mail_max_attempts=5,
        digest_min_age_seconds=0,
    )
    config = replace_section(config, "notifications", mention_delay_seconds=1)
    config = replace_section(config, "dashboard", api_token="")
    # Addresses count as confirmed (the mails under test are the notifications), but in
    # tests/tasks/test_account_mails.py, which confirms them by the mailed link.
    config = replace_section(
        config, "auth", argon2_time_cost=1, argon2_memory_kib=1024, verify_email=False
    )
    try:
        yield config
    finally:
        with contextlib.closing(redis.Redis.from_url(config.redis.url)) as client:
            client.delete(queue_name(config))


StartWorker = Callable[..., subprocess.Popen[bytes]]


@pytest.fixture
def start_worker(tasks_config: Config, tmp_path: Path) -> Iterator[StartWorker]:
    """Start `taskiq worker messenger.tasks.broker:broker` on the test's config (with
    some `tasks` keys changed); every worker is stopped after the test."""
    workers: list[subprocess.Popen[bytes]] = []

    def start(**tasks: Any) -> subprocess.Popen[bytes]:
        config = replace_section(tasks_config, "tasks", **tasks) if tasks else tasks_config
        process = worker_process(config, tmp_path / f"worker-{len(workers)}.log")
        workers.append(process)
        return process

    try:
        yield start
    finally:
        for process in workers:
            if process.poll() is None:
                stop_process(process, signal.SIGTERM)


@pytest.fixture
async def tasks_db(tasks_config: Config) -> AsyncIterator[Database]:
    async with open_database(tasks_config.database) as db:
        yield db


@pytest.fixture
async def api(aiohttp_client: Any, tasks_config: Config) -> TestClient[Any, Any]:
    client: TestClient[Any, Any] = await aiohttp_client(create_app(tasks_config))
    return client


@pytest.fixture
async def task_broker(tasks_config: Config) -> AsyncIterator[RedisStreamBroker]:
    """The broker as a client (the scheduler's side): kicks tasks, reads their results."""
    from messenger.tasks.broker import create_broker

    broker = create_broker(tasks_config)
    await broker.startup()
    try:
        yield broker
    finally:
        await broker.shutdown()


async def run_task(broker: RedisStreamBroker, name: str, *args: Any) -> Any:
    """Kick a task by name and wait for a worker's result."""
    task = await AsyncKicker(name, broker, {}).kiq(*args)
    result = await task.wait_result(timeout=WAIT_SECONDS)
    assert not result.is_err, result.error
    return result.return_value

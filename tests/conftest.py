"""Real services for the suite: PostgreSQL (a throw-away database migrated by yoyo),
Redis and memcached, started by the project's own stack when they are not running."""

from __future__ import annotations

import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient

from messenger.api.app import create_app
from messenger.config import Config, load_config, replace_section
from messenger.dev.hosts import NAMESPACES_SKIP
from messenger.dev.stack import Stack
from messenger.repository.migrations import apply_migrations, create_database, drop_database
from tests.support.api import Account, AppFactory, Register, register
from tests.support.databases import database_url, forget_task_queue
from tests.support.watchdog import Watchdog

# Far beyond the slowest test (about a minute): its stacks are printed, then pytest-timeout
# (pyproject.toml) ends the run.
WATCHDOG = Watchdog(limit_seconds=150)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item: pytest.Item, nextitem: pytest.Item | None) -> Any:
    WATCHDOG.started(item.nodeid)
    try:
        return (yield)
    finally:
        WATCHDOG.finished()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """Say it loudly when the multi-host tests could not run (tests/test_two_hosts.py
    skips them only where this machine cannot make network namespaces)."""
    skipped = [
        report
        for report in terminalreporter.stats.get("skipped", [])
        if NAMESPACES_SKIP in str(report.longrepr)
    ]
    if skipped:
        terminalreporter.section("MULTI-HOST TESTS NOT RUN", sep="!", red=True, bold=True)
        for report in skipped:
            reason = report.longrepr[2] if isinstance(report.longrepr, tuple) else report.longrepr
            terminalreporter.write_line(f"{report.nodeid}: {reason}", red=True)


@pytest.fixture(scope="session")
def base_config() -> Iterator[Config]:
    config = load_config()
    with Stack(config).running():
        yield config


@pytest.fixture(scope="session")
def config(base_config: Config, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Config]:
    """The suite's config: its own database, its own files, cheap password hashing."""
    url = database_url(base_config.database.url, f"messenger_test_{uuid.uuid4().hex[:12]}")
    create_database(url)
    apply_migrations(url)
    config = replace_section(base_config, "database", url=url, pool_min=1, pool_max=30)
    config = replace_section(config, "attachments", dir=str(tmp_path_factory.mktemp("attachments")))
    config = replace_section(config, "exports", dir=str(tmp_path_factory.mktemp("exports")))
    # Hashing cost is not under test; the real parameters would slow every registration.
    config = replace_section(config, "auth", argon2_time_cost=1, argon2_memory_kib=1024)
    # Tests send fast; the limit's own tests set it low (it is still counted in Redis).
    config = replace_section(config, "limits", messages=100_000)
    try:
        yield config
    finally:
        drop_database(url)
        forget_task_queue(config)


@pytest.fixture
async def make_client(aiohttp_client: Any, config: Config) -> AppFactory:
    """A client for an app built from the suite config with some sections changed (each
    with limits of its own, unless `limits={"namespace": ...}` shares them)."""

    async def build(**sections: dict[str, Any]) -> TestClient[web.Request, web.Application]:
        # Limits of its own: counts left in Redis by other tests never reach this app.
        app_config = replace_section(config, "limits", namespace=uuid.uuid4().hex)
        for section, changes in sections.items():
            app_config = replace_section(app_config, section, **changes)
        client: TestClient[web.Request, web.Application] = await aiohttp_client(
            create_app(app_config)
        )
        return client

    return build


@pytest.fixture
async def client(make_client: AppFactory) -> TestClient[web.Request, web.Application]:
    return await make_client()


@pytest.fixture
def make_user(client: TestClient[web.Request, web.Application]) -> Register:
    async def build(prefix: str = "user", **overrides: Any) -> Account:
        return await register(client, prefix, **overrides)

    return build


@pytest.fixture
def attachments_dir(config: Config) -> Path:
    return Path(config.attachments.dir)


@pytest.fixture
async def services_db(config: Config) -> AsyncIterator[Any]:
    from messenger.repository.db import open_database

    async with open_database(config.database) as db:
        yield db

"""Real services for the suite: PostgreSQL (a throw-away database migrated by yoyo),
Redis and memcached, started by the project's own stack when they are not running."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import pytest
import redis
from aiohttp import web
from aiohttp.test_utils import TestClient

from messenger.api.app import create_app
from messenger.config import Config, load_config, replace_section
from messenger.dev.stack import Stack
from messenger.repository.migrations import apply_migrations, create_database, drop_database
from messenger.services.task_queue import queue_name


def database_url(base_url: str, name: str) -> str:
    return urlunsplit(urlsplit(base_url)._replace(path=f"/{name}"))


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
    # Hashing cost is not under test; the real parameters would slow every registration.
    config = replace_section(config, "auth", argon2_time_cost=1, argon2_memory_kib=1024)
    try:
        yield config
    finally:
        drop_database(url)
        forget_task_queue(config)


def forget_task_queue(config: Config) -> None:
    """The suite's chats kick mails onto a stream named after its database; drop it."""
    with contextlib.closing(redis.Redis.from_url(config.redis.url)) as client:
        client.delete(queue_name(config))


AppFactory = Callable[..., Awaitable[TestClient[web.Request, web.Application]]]


@pytest.fixture
async def make_client(aiohttp_client: Any, config: Config) -> AppFactory:
    """A client for an app built from the suite config with some sections changed."""

    async def build(**sections: dict[str, Any]) -> TestClient[web.Request, web.Application]:
        app_config = config
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


@dataclass
class Account:
    """A registered user as a test sees it: their user object, token and password."""

    user: dict[str, Any]
    token: str
    password: str
    headers: dict[str, str] = field(default_factory=dict)

    @property
    def id(self) -> int:
        return int(self.user["id"])


def unique_nick(prefix: str = "user") -> str:
    return f"{prefix}_{uuid.uuid4().hex[:10]}"


async def register(
    client: TestClient[web.Request, web.Application], prefix: str = "user", **overrides: Any
) -> Account:
    nick = overrides.pop("nick", unique_nick(prefix))
    body = {
        "nick": nick,
        "name": overrides.pop("name", f"{prefix.title()} Tester"),
        "email": overrides.pop("email", f"{nick}@example.com"),
        "password": overrides.pop("password", "correct horse battery"),
        **overrides,
    }
    response = await client.post("/api/v1/auth/register", json=body)
    assert response.status == 201, await response.text()
    payload = await response.json()
    token = payload["token"]
    return Account(payload["user"], token, body["password"], {"Authorization": f"Bearer {token}"})


Register = Callable[..., Awaitable[Account]]


@pytest.fixture
def make_user(client: TestClient[web.Request, web.Application]) -> Register:
    async def build(prefix: str = "user", **overrides: Any) -> Account:
        return await register(client, prefix, **overrides)

    return build


async def create_chat(
    client: TestClient[web.Request, web.Application],
    owner: Account,
    members: list[Account],
    *,
    group: bool = True,
    topic: str = "Test group",
) -> dict[str, Any]:
    body: dict[str, Any] = {"is_group_chat": group, "member_ids": [m.id for m in members]}
    if group:
        body["topic"] = topic
    response = await client.post("/api/v1/chats", json=body, headers=owner.headers)
    assert response.status in (200, 201), await response.text()
    chat: dict[str, Any] = await response.json()
    return chat


async def send(
    client: TestClient[web.Request, web.Application],
    author: Account,
    chat_id: int,
    content: str,
    **extra: Any,
) -> dict[str, Any]:
    response = await client.post(
        f"/api/v1/chats/{chat_id}/messages",
        json={"content": content, **extra},
        headers=author.headers,
    )
    assert response.status == 201, await response.text()
    message: dict[str, Any] = await response.json()
    return message


@pytest.fixture
def attachments_dir(config: Config) -> Path:
    return Path(config.attachments.dir)


@pytest.fixture
async def services_db(config: Config) -> AsyncIterator[Any]:
    from messenger.repository.db import open_database

    async with open_database(config.database) as db:
        yield db


async def error_of(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status == status, await response.text()
    body = await response.json()
    assert body["error"]["code"] == code
    error: dict[str, Any] = body["error"]
    return error


def paths_of(error: dict[str, Any]) -> list[str]:
    return [detail["path"] for detail in error["details"]]

"""Calls to the API as the tests make them: registered accounts, chats, messages, and
the error shape of an answer."""

from __future__ import annotations

import json
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient

AppFactory = Callable[..., Awaitable[TestClient[web.Request, web.Application]]]


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


async def upload(
    client: TestClient[Any, Any],
    uploader: Account,
    chat_id: int,
    content: bytes,
    filename: str = "note.txt",
) -> dict[str, Any]:
    """Upload a text file to a chat (201); the attachment."""
    form = aiohttp.FormData()
    form.add_field("file", content, filename=filename, content_type="text/plain")
    response = await client.post(
        f"/api/v1/chats/{chat_id}/attachments", data=form, headers=uploader.headers
    )
    assert response.status == 201, await response.text()
    attachment: dict[str, Any] = await response.json()
    return attachment


async def error_of(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status == status, await response.text()
    body = await response.json()
    assert body["error"]["code"] == code
    error: dict[str, Any] = body["error"]
    return error


def paths_of(error: dict[str, Any]) -> list[str]:
    return [detail["path"] for detail in error["details"]]


def access_records(caplog: pytest.LogCaptureFixture) -> list[dict[str, Any]]:
    """The access lines caplog caught: a record holds the lines of one loop turn."""
    return [
        json.loads(line)
        for record in caplog.records
        if record.name == "messenger.access"
        for line in record.getMessage().splitlines()
    ]

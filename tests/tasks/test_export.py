"""Data exports end to end (docs/API.md, "Accounts"): asked for over the API, built by a
real `taskiq worker`, fetched as a zip whose export.json meets its JSON Schema; the owner
only; lost builds handed out again and old exports removed by the sweep."""

from __future__ import annotations

import asyncio
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import jsonschema
import redis.asyncio
from aiohttp.test_utils import TestClient
from taskiq.kicker import AsyncKicker
from taskiq_redis import RedisStreamBroker

from messenger.config import Config
from messenger.repository.db import Database
from messenger.services.task_queue import BUILD_EXPORT, queue_name
from messenger.tasks.export import EXPORT_SCHEMA, sweep
from tests.support.api import Account, create_chat, error_of, register, send, upload
from tests.support.mailbox import WAIT_SECONDS
from tests.tasks.conftest import StartWorker

EXPORT = "/api/v1/users/me/export"
EXPORTS = "/api/v1/users/me/exports"


async def ask_for_export(api: TestClient[Any, Any], account: Account) -> int:
    response = await api.post(EXPORT, headers=account.headers)
    assert response.status == 202, await response.text()
    ticket = await response.json()
    assert set(ticket) == {"id"}
    return int(ticket["id"])


async def fetch_zip(api: TestClient[Any, Any], account: Account, export_id: int) -> bytes:
    """Ask until the worker has built it (202 until then)."""
    deadline = asyncio.get_running_loop().time() + WAIT_SECONDS
    while True:
        response = await api.get(f"{EXPORTS}/{export_id}", headers=account.headers)
        if response.status == 200:
            assert response.headers["Content-Type"] == "application/zip"
            return await response.read()
        assert response.status == 202, await response.text()
        assert await response.json() == {"id": export_id}
        assert asyncio.get_running_loop().time() < deadline, "the export was never built"
        await asyncio.sleep(0.1)


async def test_the_owner_gets_a_zip_of_their_data_that_meets_its_schema(
    api: TestClient[Any, Any], start_worker: StartWorker
) -> None:
    alice, bob = await register(api, "alice"), await register(api, "bob")
    group = await create_chat(api, alice, [bob], topic="Plans")
    personal = await create_chat(api, alice, [bob], group=False)
    first = await send(api, alice, group["id"], "Привет, 世界 👋")
    await send(api, bob, group["id"], "bob's own words")
    hostile_name = "../../etc/passwd notes.txt"
    file_id = (await upload(api, alice, personal["id"], b"the attached bytes", hostile_name))["id"]
    second = await send(api, alice, personal["id"], "with a file", attachment_ids=[file_id])
    start_worker()

    export_id = await ask_for_export(api, alice)
    archive = zipfile.ZipFile(io.BytesIO(await fetch_zip(api, alice, export_id)))
    exported = json.loads(archive.read("export.json"))
    jsonschema.validate(exported, json.loads(EXPORT_SCHEMA.read_text()))

    assert exported["profile"]["email"] == alice.user["email"]
    assert {chat["id"] for chat in exported["chats"]} == {group["id"], personal["id"]}
    assert [(m["id"], m["content"]) for m in exported["messages"]] == [
        (first["id"], "Привет, 世界 👋"),
        (second["id"], "with a file"),
    ]
    [attachment] = exported["attachments"]
    assert (attachment["id"], attachment["message_id"]) == (file_id, second["id"])
    # The uploader's file name, kept from reading as a path when the zip is unpacked.
    prefix = f"attachments/{file_id}-"
    assert attachment["file"].startswith(prefix)
    assert "/" not in attachment["file"].removeprefix(prefix)
    assert ".." not in attachment["file"]
    assert archive.read(attachment["file"]) == b"the attached bytes"
    assert all(not name.startswith(("/", "..")) for name in archive.namelist())

    # Bob cannot fetch it, nor tell it from an export that does not exist.
    await error_of(await api.get(f"{EXPORTS}/{export_id}", headers=bob.headers), 404, "not_found")
    missing = await api.get(f"{EXPORTS}/{export_id + 1000}", headers=alice.headers)
    await error_of(missing, 404, "not_found")


async def age(db: Database, export_id: int, interval: str) -> None:
    async with db.connection() as conn:
        cursor = await conn.raw.cursor()
        await cursor.execute(
            "UPDATE exports SET created_at = now() - %s::interval WHERE id = %s",
            (interval, export_id),
        )
        cursor.close()


async def test_a_lost_kick_is_built_after_the_sweep_and_old_exports_are_removed(
    api: TestClient[Any, Any],
    start_worker: StartWorker,
    tasks_config: Config,
    tasks_db: Database,
    task_broker: RedisStreamBroker,
) -> None:
    alice = await register(api, "alice")
    # Asked for while no worker ran, and the kick lost with the stream.
    export_id = await ask_for_export(api, alice)
    async with redis.asyncio.Redis.from_url(tasks_config.redis.url) as client:
        await client.delete(queue_name(tasks_config))
    await age(tasks_db, export_id, "10 minutes")
    start_worker()
    kicker: AsyncKicker[Any, Any] = AsyncKicker(BUILD_EXPORT, task_broker, {})

    async def kick(export_id: int) -> None:
        await kicker.kiq(export_id)

    assert await sweep(tasks_db, tasks_config, kick) == {"removed": 0, "queued": 1}
    built = await fetch_zip(api, alice, export_id)
    assert zipfile.ZipFile(io.BytesIO(built)).namelist() == ["export.json"]
    path = Path(tasks_config.exports.dir) / f"export-{export_id}.zip"
    assert path.is_file()

    # Eight days on, it is gone: first from the API, then from disk with its row.
    await age(tasks_db, export_id, "8 days")
    await error_of(await api.get(f"{EXPORTS}/{export_id}", headers=alice.headers), 404, "not_found")
    assert await sweep(tasks_db, tasks_config, kick) == {"removed": 1, "queued": 0}
    assert not path.exists()

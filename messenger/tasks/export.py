"""Data exports (docs/API.md, "Accounts"): build_export writes one user's zip; the sweep
hands lost or failed builds out again and removes exports past `exports.keep_days`.

The zip is streamed to disk: messages and attachments are read in batches and written
as they come (the zip module compresses each entry as it is written), so a user with a
million messages costs the worker one batch of memory. It is written under a temporary
name and renamed when complete, so the API never serves half a zip.

What is in it: `export.json` (EXPORT_FORMAT; its JSON Schema is EXPORT_SCHEMA, kept
beside this module) and, under `attachments/`, the files the user uploaded.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import re
import zipfile
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import IO, Any

from taskiq import Context, TaskiqDepends
from taskiq.kicker import AsyncKicker

from messenger.config import Config
from messenger.operations.views import moment, timestamp
from messenger.repository import exports as export_rows
from messenger.repository import users as user_rows
from messenger.repository.db import Database, Row
from messenger.services.export_files import export_path, partial_path, remove_export_files
from messenger.services.files import stored_path
from messenger.services.task_queue import BUILD_EXPORT, SWEEP_EXPORTS
from messenger.tasks.broker import broker, worker_resources

log = logging.getLogger("messenger.tasks.export")

EXPORT_FORMAT = "messenger-export/1"
EXPORT_SCHEMA = Path(__file__).with_name("export.schema.json")
SWEEP_CRON = "* * * * *"
BATCH_SIZE = 1000
# Bounds one sweep's kicks; a larger backlog is taken by the next sweeps.
MAX_KICKS_PER_SWEEP = 100
# A file name inside the zip: no directories, nothing hidden, nothing an unzip tool
# would read as a path.
_UNSAFE_NAME = re.compile(r"[^\w.\- ]+|\.{2,}")
Kick = Callable[[int], Awaitable[None]]


def archive_name(attachment: Row) -> str:
    name = _UNSAFE_NAME.sub("_", attachment["filename"]).lstrip(".") or "file"
    return f"attachments/{attachment['id']}-{name[:100]}"


def profile_json(user: Row) -> dict[str, Any]:
    return {
        "id": user["id"],
        "nick": user["nick"],
        "name": user["name"],
        "email": user["email"],
        "email_verified": user["email_verified"],
        "avatar": user["avatar"],
        "show_presence": user["show_presence"],
        "created_at": moment(user["created_at"]),
    }


def chat_json(chat: Row) -> dict[str, Any]:
    return {
        "id": chat["id"],
        "is_group_chat": chat["is_group_chat"],
        "topic": chat["topic"],
        "created_at": moment(chat["created_at"]),
        "role": chat["role"],
        "joined_at": moment(chat["joined_at"]),
    }


def message_json(message: Row) -> dict[str, Any]:
    return {
        "id": message["id"],
        "chat_id": message["chat_id"],
        "content": message["content"],
        "created_at": moment(message["created_at"]),
        "edited_at": timestamp(message["edited_at"]),
        "reply_to_id": message["reply_to_id"],
        "forwarded_from_message_id": message["forwarded_from_message_id"],
    }


def attachment_json(attachment: Row, file: str | None) -> dict[str, Any]:
    return {
        "id": attachment["id"],
        "chat_id": attachment["chat_id"],
        "message_id": attachment["message_id"],
        "filename": attachment["filename"],
        "content_type": attachment["content_type"],
        "size": attachment["size"],
        "created_at": moment(attachment["created_at"]),
        "file": file,
    }


class JsonArrayWriter:
    """Writes `"key": [item, item, ...]` into an open zip entry, item by item."""

    def __init__(self, stream: IO[bytes], key: str) -> None:
        self.stream, self.key, self.first = stream, key, True

    def open(self) -> None:
        self.stream.write(f", {json.dumps(self.key)}: [".encode())

    def write(self, items: list[dict[str, Any]]) -> None:
        for item in items:
            self.stream.write(b"\n" if self.first else b",\n")
            self.stream.write(json.dumps(item, ensure_ascii=False).encode())
            self.first = False

    def close(self) -> None:
        self.stream.write(b"]")


async def write_export(db: Database, config: Config, *, user_id: int, path: Path) -> None:
    """The user's zip at `path`. The zip module's calls block, so each runs in a thread;
    they run one at a time, as the zip module needs."""
    async with db.connection() as conn:
        user = await user_rows.get_user(conn, user_id)
        chats = await export_rows.chats_of(conn, user_id)
    if user is None:
        raise LookupError(f"user {user_id} is gone")
    archive = await asyncio.to_thread(
        zipfile.ZipFile, path, "w", compression=zipfile.ZIP_DEFLATED, allowZip64=True
    )
    try:
        stream = await asyncio.to_thread(archive.open, "export.json", "w", force_zip64=True)
        header = {
            "format": EXPORT_FORMAT,
            "exported_at": moment(datetime.now(UTC)),
            "profile": profile_json(user),
            "chats": [chat_json(chat) for chat in chats],
        }
        # The object stays open: the arrays follow, then the closing brace.
        opening = json.dumps(header, ensure_ascii=False)[:-1].encode()
        await asyncio.to_thread(stream.write, opening)
        await _write_messages(db, user_id, JsonArrayWriter(stream, "messages"))
        files = await _write_attachments(
            db, config, user_id, JsonArrayWriter(stream, "attachments")
        )
        await asyncio.to_thread(stream.write, b"}\n")
        await asyncio.to_thread(stream.close)
        for source, name in files:
            await asyncio.to_thread(archive.write, source, name)
    finally:
        await asyncio.to_thread(archive.close)


async def _write_messages(db: Database, user_id: int, writer: JsonArrayWriter) -> None:
    await asyncio.to_thread(writer.open)
    after = 0
    while True:
        async with db.connection() as conn:
            rows = await export_rows.messages_of(conn, user_id, after=after, limit=BATCH_SIZE)
        await asyncio.to_thread(writer.write, [message_json(row) for row in rows])
        if len(rows) < BATCH_SIZE:
            break
        after = rows[-1]["id"]
    await asyncio.to_thread(writer.close)


async def _write_attachments(
    db: Database, config: Config, user_id: int, writer: JsonArrayWriter
) -> list[tuple[Path, str]]:
    """The attachments' rows into export.json; the files to add after it, with their
    names in the zip (a file gone from disk is listed with `file: null`)."""
    await asyncio.to_thread(writer.open)
    files: list[tuple[Path, str]] = []
    after = 0
    while True:
        async with db.connection() as conn:
            rows = await export_rows.attachments_of(conn, user_id, after=after, limit=BATCH_SIZE)
        items = []
        for row in rows:
            source = stored_path(config.attachments.dir, row["storage_key"])
            present = await asyncio.to_thread(source.is_file)
            name = archive_name(row) if present else None
            if name is not None:
                files.append((source, name))
            items.append(attachment_json(row, name))
        await asyncio.to_thread(writer.write, items)
        if len(rows) < BATCH_SIZE:
            break
        after = rows[-1]["id"]
    await asyncio.to_thread(writer.close)
    return files


async def build(db: Database, config: Config, export_id: int) -> str:
    """Build one export, if no other worker holds it and it is not built; what happened."""
    async with db.connection() as conn:
        claimed = await export_rows.claim(
            conn, export_id, lease=timedelta(seconds=config.exports.lease_seconds)
        )
    if claimed is None:
        return "skipped"
    root = config.exports.dir
    partial = partial_path(root, export_id)
    await asyncio.to_thread(partial.parent.mkdir, parents=True, exist_ok=True)
    try:
        await write_export(db, config, user_id=claimed["user_id"], path=partial)
        size = (await asyncio.to_thread(partial.stat)).st_size
        await asyncio.to_thread(os.replace, partial, export_path(root, export_id))
    except BaseException:
        # The lease stays: the sweep hands it out again once it runs out, not at once.
        await remove_export_files(root, [export_id])
        raise
    async with db.connection() as conn:
        finished = await export_rows.finish(conn, export_id, size)
    if not finished:
        # Deleted while it was built (its owner deleted the account).
        await remove_export_files(root, [export_id])
        return "deleted"
    return "built"


async def sweep(db: Database, config: Config, kick: Kick) -> dict[str, int]:
    """Remove the exports past their time (rows, then files); queue (`kick`) the unbuilt
    ones no worker holds."""
    async with db.connection() as conn:
        old = await export_rows.delete_old(conn, keep=timedelta(days=config.exports.keep_days))
        due = await export_rows.due(
            conn,
            redeliver=timedelta(seconds=config.exports.redeliver_seconds),
            limit=MAX_KICKS_PER_SWEEP,
        )
    await remove_export_files(config.exports.dir, old)
    for export_id in due:
        await kick(export_id)
    return {"removed": len(old), "queued": len(due)}


@broker.task(task_name=BUILD_EXPORT)
async def build_export(export_id: int, context: Context = TaskiqDepends()) -> dict[str, Any]:
    resources = worker_resources(context)
    return {"status": await build(resources.db, resources.config, export_id)}


@broker.task(task_name=SWEEP_EXPORTS, schedule=[{"cron": SWEEP_CRON, "schedule_id": SWEEP_EXPORTS}])
async def sweep_exports(context: Context = TaskiqDepends()) -> dict[str, int]:
    resources = worker_resources(context)
    kicker: AsyncKicker[Any, Any] = AsyncKicker(BUILD_EXPORT, broker, {})

    async def kick(export_id: int) -> None:
        await kicker.kiq(export_id)

    return await sweep(resources.db, resources.config, kick)

"""Backup and restore as README ("Backup and restore") tells an operator: pg_dump of the
database plus a copy of the attachments folder, restored into an empty database and a
new folder, serve the same accounts, messages and files."""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import uuid
from pathlib import Path

from messenger.config import Config
from messenger.dev.dump import postgres_tool
from messenger.repository.migrations import apply_migrations, create_database, drop_database
from tests.support.api import AppFactory, create_chat, register, send, upload
from tests.support.databases import database_url


def run(*command: str) -> None:
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=120)
    assert result.returncode == 0, result.stderr


async def test_a_backup_restores_into_an_empty_database_with_its_files(
    make_client: AppFactory, config: Config, tmp_path: Path
) -> None:
    client = await make_client()
    alice, bob = await register(client, "alice"), await register(client, "bob")
    chat = await create_chat(client, alice, [bob], group=False)
    file_id = (await upload(client, alice, chat["id"], b"the backed-up bytes"))["id"]
    message = await send(client, alice, chat["id"], "keep this", attachment_ids=[file_id])

    # The backup: the database in pg_dump's custom format, and the attachments folder.
    dump = tmp_path / "messenger.dump"
    await asyncio.to_thread(
        run, postgres_tool("pg_dump"), "--format=custom", f"--file={dump}", config.database.url
    )
    saved_files = tmp_path / "attachments-backup"
    await asyncio.to_thread(shutil.copytree, config.attachments.dir, saved_files)

    # The restore: an empty database, pg_restore, the folder copied back in place.
    url = database_url(config.database.url, f"messenger_restore_{uuid.uuid4().hex[:12]}")
    await asyncio.to_thread(create_database, url)
    try:
        await asyncio.to_thread(
            run, postgres_tool("pg_restore"), "--no-owner", f"--dbname={url}", str(dump)
        )
        # The migrations' own bookkeeping came along: nothing is left to apply.
        assert await asyncio.to_thread(apply_migrations, url) == 0
        files = tmp_path / "attachments-restored"
        await asyncio.to_thread(shutil.copytree, saved_files, files)
        restored = await make_client(
            database={"url": url, "pool_min": 1}, attachments={"dir": str(files)}
        )

        login = {"login": bob.user["nick"], "password": bob.password}
        assert (await restored.post("/api/v1/auth/login", json=login)).status == 200
        history = await restored.get(f"/api/v1/chats/{chat['id']}/messages", headers=bob.headers)
        [kept] = (await history.json())["items"]
        assert (kept["id"], kept["content"]) == (message["id"], "keep this")
        download = await restored.get(f"/api/v1/attachments/{file_id}", headers=bob.headers)
        assert download.status == 200
        assert await download.read() == b"the backed-up bytes"
    finally:
        await asyncio.to_thread(drop_database, url)

"""Data exports, the API's side (docs/API.md, "Accounts"): ask for one, then fetch it.

The zip is built by the worker (messenger.tasks.export); the kick after the commit only
saves the sweep's delay, as for mails.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from messenger.errors import NotFound
from messenger.repository import exports as export_rows
from messenger.services.container import Services
from messenger.services.export_files import export_path
from messenger.services.task_queue import BUILD_EXPORT


async def request_export(services: Services, user_id: int) -> int:
    async with services.db.connection() as conn:
        export_id = await export_rows.add_export(conn, user_id)
    await services.mail_outbox.kick_task(BUILD_EXPORT, [export_id])
    return export_id


async def get_export(services: Services, user_id: int, export_id: int) -> Path | None:
    """The finished zip's path; None while it is built. Someone else's export, or one
    removed after `exports.keep_days`, is a 404."""
    async with services.db.connection() as conn:
        row = await export_rows.get_export(
            conn,
            export_id=export_id,
            user_id=user_id,
            keep=timedelta(days=services.config.exports.keep_days),
        )
    if row is None:
        raise NotFound("no such export")
    if row["finished_at"] is None:
        return None
    path = export_path(services.config.exports.dir, export_id)
    if not path.is_file():
        raise NotFound("no such export")
    return path

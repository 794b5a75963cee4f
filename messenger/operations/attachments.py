"""Attachments: upload a file to a chat, fetch it back as a member."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

from messenger.errors import NotFound
from messenger.operations.checks import require_member
from messenger.repository import attachments as attachment_rows
from messenger.repository.db import Row
from messenger.services.container import Services
from messenger.services.files import remove_stored_files, store_stream, stored_path


async def add_new_attach(
    services: Services,
    actor_id: int,
    chat_id: int,
    *,
    filename: str,
    content_type: str,
    chunks: AsyncIterator[bytes],
) -> Row:
    """Store an upload for a chat the caller belongs to; it is attached on send."""
    async with services.db.connection() as conn:
        await require_member(conn, chat_id=chat_id, user_id=actor_id)
    root = services.config.attachments.dir
    key, size = await store_stream(root, chunks, services.config.attachments.max_bytes)
    try:
        async with services.db.transaction() as conn:
            # Membership again, in the transaction: the caller may have left meanwhile.
            await require_member(conn, chat_id=chat_id, user_id=actor_id)
            return await attachment_rows.add_new_attach(
                conn,
                chat_id=chat_id,
                user_id=actor_id,
                filename=filename,
                content_type=content_type,
                size=size,
                storage_key=key,
            )
    except BaseException:
        await remove_stored_files(root, [key])
        raise


async def open_attachment(
    services: Services, actor_id: int, attachment_id: int
) -> tuple[Row, Path]:
    async with services.db.connection() as conn:
        row = await attachment_rows.get_attachment_for_member(
            conn, attachment_id=attachment_id, viewer_id=actor_id
        )
    if row is None:
        raise NotFound("no such attachment")
    path = stored_path(services.config.attachments.dir, row["storage_key"])
    if not path.exists():
        raise NotFound("the attachment's file is gone")
    return row, path

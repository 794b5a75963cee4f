"""Retention (README, "Retention"): messages older than their chat keeps them are
deleted, chat by chat, in batches of `retention.batch_size`, each its own short
transaction. Their files go after each batch's commit, and the members' chat lists are
refreshed. No event is sent: the messages are days old, and a client that loads the
history again simply no longer finds them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from messenger.repository import retention as retention_rows
from messenger.services.container import Services
from messenger.services.files import remove_stored_files


async def apply_retention(services: Services) -> dict[str, int]:
    """Delete what is past its time; how many chats, messages and files."""
    settings = services.config.retention
    async with services.db.connection() as conn:
        due = await retention_rows.due_chats(conn, global_days=settings.days)
    deleted = files = 0
    for chat_id, days in due:
        cutoff = datetime.now(UTC) - timedelta(days=days)
        while True:
            async with services.db.transaction() as conn:
                count, stored = await retention_rows.delete_batch(
                    conn, chat_id=chat_id, cutoff=cutoff, limit=settings.batch_size
                )
            await remove_stored_files(services.config.attachments.dir, stored)
            deleted, files = deleted + count, files + len(stored)
            if count < settings.batch_size:
                break
        async with services.db.connection() as conn:
            audience = await retention_rows.member_ids(conn, chat_id)
        await services.chat_cache.invalidate(audience)  # the last message may be gone
    return {"chats": len(due), "messages": deleted, "files": files}

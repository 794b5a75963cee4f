"""The unread digest: one mail per member with unread messages that no digest reported.

Runs on tasks.digest_cron. In one transaction it writes each user's digest mail to the
outbox and moves their per-chat digest marks past the reported messages, so a message
is reported once or not at all (a failed run changes nothing). The mails then go out
like any outbox mail.
"""

from __future__ import annotations

import itertools
import logging
from datetime import timedelta
from typing import Any

from taskiq import Context, SendTaskError, TaskiqDepends

from messenger.config import Config
from messenger.repository import digests as digest_rows
from messenger.repository import outbox as outbox_rows
from messenger.repository.db import Database, Row
from messenger.services.task_queue import UNREAD_DIGEST
from messenger.tasks.broker import CONFIG, broker, kick_send_mail, worker_resources

log = logging.getLogger("messenger.tasks.digest")


def chat_title(row: Row) -> str:
    if row["is_group_chat"]:
        return str(row["topic"])
    return str(row["other_name"] or "a personal chat")


def digest_payload(rows: list[Row]) -> dict[str, Any]:
    return {
        "chats": [
            {"chat_id": row["chat_id"], "title": chat_title(row), "unread": row["unread"]}
            for row in rows
        ]
    }


async def write_digests(db: Database, config: Config) -> list[int] | None:
    """Write the digest mails and move the marks; None if another run is under way."""
    min_age = timedelta(seconds=config.tasks.digest_min_age_seconds)
    redeliver = timedelta(seconds=config.tasks.mail_redeliver_seconds)
    async with db.transaction() as conn:
        if not await digest_rows.try_lock(conn):
            return None
        rows = await digest_rows.unread_for_digest(conn, min_age=min_age)
        mail_ids = []
        for user_id, chats in itertools.groupby(rows, key=lambda row: row["user_id"]):
            mail_ids.append(
                await outbox_rows.add_mail(
                    conn,
                    kind=outbox_rows.UNREAD_DIGEST,
                    user_id=user_id,
                    payload=digest_payload(list(chats)),
                    redeliver=redeliver,
                )
            )
        await digest_rows.mark_digested(conn, rows)
    return mail_ids


@broker.task(
    task_name=UNREAD_DIGEST,
    schedule=[{"cron": CONFIG.tasks.digest_cron, "schedule_id": UNREAD_DIGEST}],
)
async def unread_digest(context: Context = TaskiqDepends()) -> dict[str, Any]:
    resources = worker_resources(context)
    mail_ids = await write_digests(resources.db, resources.config)
    if mail_ids is None:
        return {"status": "skipped", "mails": 0}
    try:
        for mail_id in mail_ids:
            await kick_send_mail(mail_id)
    except SendTaskError as error:
        # Committed already: the relay hands them over once they are due.
        log.warning("digest mails wait for the relay: %r", error)
    return {"status": "written", "mails": len(mail_ids)}

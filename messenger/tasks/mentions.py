"""The mention mail: a member mentioned and still unread after
`notifications.mention_delay_seconds` gets one mail for the mentions of that look,
listing each chat and how often they were named; never twice for one mention, never for
a chat they muted.

Every `notifications.mention_check_seconds` a run takes, in one transaction, the
mentions that became old enough since the last run, writes one outbox mail per person
and saves how far it looked: a failed run changes nothing, and the mails then go out like
any outbox mail.
"""

from __future__ import annotations

import itertools
import logging
from datetime import timedelta
from typing import Any

from taskiq import Context, SendTaskError, TaskiqDepends

from messenger.config import Config
from messenger.repository import mentions as mention_rows
from messenger.repository import outbox as outbox_rows
from messenger.repository.db import Database, Row
from messenger.services.task_queue import MENTION_MAIL
from messenger.tasks.broker import CONFIG, broker, kick_send_mail, worker_resources

log = logging.getLogger("messenger.tasks.mentions")
# Bounds one run; a longer backlog is taken by the next runs.
BATCH_SIZE = 5000


def mention_payload(rows: list[Row]) -> dict[str, Any]:
    """One person's unread mentions, by chat: its title and how often they were named."""
    chats: dict[int, dict[str, Any]] = {}
    for row in rows:
        chat = chats.setdefault(
            row["chat_id"],
            {
                "chat_id": row["chat_id"],
                # A personal chat is named after the other member, who mentioned them.
                "title": row["topic"] if row["is_group_chat"] else row["author_name"],
                "count": 0,
                "by": [],
            },
        )
        chat["count"] += 1
        if row["author_name"] not in chat["by"]:
            chat["by"].append(row["author_name"])
    return {"chats": list(chats.values())}


async def write_mention_mails(db: Database, config: Config) -> list[int] | None:
    """Write the mention mails and save the progress; None if another run is under way."""
    delay = timedelta(seconds=config.notifications.mention_delay_seconds)
    redeliver = timedelta(seconds=config.tasks.mail_redeliver_seconds)
    async with db.transaction() as conn:
        if not await mention_rows.try_lock(conn):
            return None
        rows = await mention_rows.due_mentions(conn, delay=delay, limit=BATCH_SIZE)
        if not rows:
            return []
        wanted = sorted((row for row in rows if row["wanted"]), key=lambda row: row["user_id"])
        mail_ids = []
        for user_id, mentioned in itertools.groupby(wanted, key=lambda row: row["user_id"]):
            mail_ids.append(
                await outbox_rows.add_mail(
                    conn,
                    kind=outbox_rows.MENTIONS,
                    user_id=user_id,
                    payload=mention_payload(list(mentioned)),
                    redeliver=redeliver,
                )
            )
        await mention_rows.save_progress(conn, rows[-1])
    return mail_ids


@broker.task(
    task_name=MENTION_MAIL,
    schedule=[
        {"interval": CONFIG.notifications.mention_check_seconds, "schedule_id": MENTION_MAIL}
    ],
)
async def mention_mail(context: Context = TaskiqDepends()) -> dict[str, Any]:
    resources = worker_resources(context)
    mail_ids = await write_mention_mails(resources.db, resources.config)
    if mail_ids is None:
        return {"status": "skipped", "mails": 0}
    try:
        for mail_id in mail_ids:
            await kick_send_mail(mail_id)
    except SendTaskError as error:
        # Committed already: the relay hands them over once they are due.
        log.warning("mention mails wait for the relay: %r", error)
    return {"status": "written", "mails": len(mail_ids)}

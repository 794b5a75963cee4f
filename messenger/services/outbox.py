"""The API's side of the mail outbox: write mails in the operation's transaction, then
hand them to the broker right away.

The kick after the commit only saves the relay's delay. A Redis that is down or slow
costs the request at most KICK_TIMEOUT_SECONDS and never fails it: the relay hands every
unsent mail to the broker once it is due (tasks.mail_redeliver_seconds after it was
written).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from redis.exceptions import RedisError
from taskiq import SendTaskError
from taskiq.kicker import AsyncKicker

from messenger.config import Config
from messenger.repository import outbox as outbox_rows
from messenger.repository.db import Connection, Row
from messenger.services.task_queue import SEND_MAIL, stream_broker

log = logging.getLogger("messenger.services.outbox")

# Each kick is one XADD to a local Redis; past this Redis is sick, and the request that
# wrote the mails should not wait on it.
KICK_TIMEOUT_SECONDS = 0.5
ERROR_LOG_INTERVAL_SECONDS = 30.0


class MailOutbox:
    def __init__(self, config: Config) -> None:
        self.broker = stream_broker(config, timeout=KICK_TIMEOUT_SECONDS)
        self.redeliver = timedelta(seconds=config.tasks.mail_redeliver_seconds)
        self.kicked = 0
        self.failed = 0
        self._last_error_log = 0.0

    async def close(self) -> None:
        await self.broker.shutdown()

    async def add_chat_created(
        self, conn: Connection, chat: Row, creator_id: int, recipient_ids: list[int]
    ) -> list[int]:
        """In the transaction that created the chat: a mail for each recipient."""
        return await outbox_rows.add_chat_created_mails(
            conn,
            chat=chat,
            creator_id=creator_id,
            recipient_ids=recipient_ids,
            redeliver=self.redeliver,
        )

    async def kick(self, mail_ids: Sequence[int]) -> bool:
        """Queue send_mail for each committed mail; False (logged) if Redis failed."""
        return await self.kick_task(SEND_MAIL, mail_ids)

    async def kick_task(self, task_name: str, row_ids: Sequence[int]) -> bool:
        """Queue the task for each committed row (a mail, an export), on the terms above:
        a row whose kick fails waits for the scheduler's sweep."""
        if not row_ids:
            return True
        kicker: AsyncKicker[Any, Any] = AsyncKicker(task_name, self.broker, {})
        try:
            async with asyncio.timeout(KICK_TIMEOUT_SECONDS):
                for row_id in row_ids:
                    await kicker.kiq(row_id)
                    self.kicked += 1
        except (SendTaskError, RedisError, OSError, TimeoutError) as error:
            self.failed += 1
            now = time.monotonic()
            if now - self._last_error_log > ERROR_LOG_INTERVAL_SECONDS:
                self._last_error_log = now
                log.warning("redis unavailable, tasks wait for the sweep: %r", error)
            return False
        return True

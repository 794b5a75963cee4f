"""Retries with a doubling delay, for the errors that are worth another attempt."""

from __future__ import annotations

import asyncio
import logging
import random
from typing import Any

from taskiq import SendTaskError, SmartRetryMiddleware
from taskiq.kicker import AsyncKicker
from taskiq.message import TaskiqMessage

from messenger.services.cancelling import cancel_and_wait

log = logging.getLogger("messenger.tasks.retry")

# No retry waits longer than this, however many attempts came before.
MAX_RETRY_DELAY_SECONDS = 3600
# A retry's delay is spread by up to this fraction, so that mails refused together by a
# recovering server do not all come back at the same instant.
JITTER = 0.1


class RetryableError(Exception):
    """A failure that another attempt later may not meet (an SMTP "try again later")."""


def backoff_seconds(base: float, attempt: int, cap: float) -> float:
    """The delay before attempt + 1: base, 2 base, 4 base, ... at most cap."""
    return float(min(base * 2 ** max(attempt - 1, 0), cap))


class BackoffRetryMiddleware(SmartRetryMiddleware):
    """Retries a task that raised RetryableError, after base, 2 base, 4 base, ... seconds.

    taskiq-redis's stream broker ignores the `delay` label SmartRetryMiddleware sets, so
    the retry would run at once; here the worker waits the delay out in a task of its own,
    then kicks the retry. A retry lost with its worker is not lost work: every mail is in
    the outbox, and the relay hands it to the broker again.
    """

    def __init__(self, *, base_delay: float, max_delay: float, max_attempts: int) -> None:
        super().__init__(
            default_retry_count=max_attempts,
            default_retry_label=True,
            default_delay=base_delay,
            max_delay_exponent=max_delay,
            types_of_exceptions=(RetryableError,),
        )
        self._waiting: set[asyncio.Task[None]] = set()

    def make_delay(self, message: TaskiqMessage, retries: int) -> float:
        delay = backoff_seconds(self.default_delay, retries, self.max_delay_exponent)
        return delay * (1 + JITTER * random.random())  # noqa: S311 - not security

    async def on_send(
        self, kicker: AsyncKicker[Any, Any], message: TaskiqMessage, delay: float
    ) -> None:
        waiting = asyncio.create_task(self._kick_later(kicker, message, delay))
        self._waiting.add(waiting)
        waiting.add_done_callback(self._waiting.discard)

    @staticmethod
    async def _kick_later(
        kicker: AsyncKicker[Any, Any], message: TaskiqMessage, delay: float
    ) -> None:
        await asyncio.sleep(delay)
        try:
            await kicker.kiq(*message.args, **message.kwargs)
        except SendTaskError as error:
            log.warning("could not queue the retry of %s: %r", message.task_name, error)

    async def shutdown(self) -> None:
        await cancel_and_wait(*self._waiting)

"""An SMTP server of the test's own (aiosmtpd): it keeps what it receives, and answers as
a test scripts it."""

from __future__ import annotations

import asyncio
import email
import email.policy
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller

from messenger.config import Config, replace_section
from tests.support.ports import free_port

WAIT_SECONDS = 20.0


@dataclass
class Received:
    recipients: list[str]
    message: EmailMessage
    at: float


@dataclass
class Mailbox:
    """An aiosmtpd handler: answers DATA with 451 `refuse` times, holds `block` DATA
    commands until the client goes away (never accepting them), then accepts."""

    port: int = 0
    refuse: int = 0
    block: int = 0
    received: list[Received] = field(default_factory=list)
    attempts: list[float] = field(default_factory=list)
    blocked: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self.lock:
            self.attempts.append(time.monotonic())
            if self.refuse > 0:
                self.refuse -= 1
                return "451 4.3.0 Try again later"
            hold = self.block > 0
            if hold:
                self.block -= 1
        if hold:
            self.blocked.set()
            # aiosmtpd cancels this when the client's connection drops.
            await asyncio.Event().wait()
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        assert isinstance(message, EmailMessage)
        with self.lock:
            self.received.append(Received(list(envelope.rcpt_tos), message, time.monotonic()))
        return "250 OK"

    def to(self, address: str, subject: str = "") -> list[EmailMessage]:
        """The mails to address (whose subject contains `subject`), in arrival order."""
        with self.lock:
            return [
                mail.message
                for mail in self.received
                if address in mail.recipients and subject in mail.message["Subject"]
            ]

    async def wait_for(
        self, address: str, count: int = 1, within: float = WAIT_SECONDS, subject: str = ""
    ) -> list[EmailMessage]:
        deadline = time.monotonic() + within
        while time.monotonic() < deadline:
            mails = self.to(address, subject)
            if len(mails) >= count:
                return mails
            await asyncio.sleep(0.05)
        raise AssertionError(f"{len(self.to(address, subject))} mail(s) to {address}, not {count}")


@contextmanager
def running_mailbox() -> Iterator[Mailbox]:
    """A Mailbox listening on a free port of 127.0.0.1 while the block runs."""
    box = Mailbox(port=free_port())
    controller = Controller(box, hostname="127.0.0.1", port=box.port)
    controller.start()
    try:
        yield box
    finally:
        controller.stop()


def mailing_to(config: Config, mailbox: Mailbox, **settings: Any) -> Config:
    """`config` with its mail sent to `mailbox`: plain SMTP on loopback, no login, a short
    timeout; `settings` are further `mail.*` settings."""
    return replace_section(
        config,
        "mail",
        host="127.0.0.1",
        port=mailbox.port,
        username="",
        password="",
        use_tls=False,
        timeout_seconds=5,
        **settings,
    )

"""A mail sink for local runs: an SMTP server that keeps every mail and sends none on.

    python -m messenger.dev.mailsink [--host H] [--port P] [--dir D]    (or `messenger mailsink`)

Listens on mail.host:mail.port (127.0.0.1:8025) and writes each mail it receives to
mail.sink_dir (var/mail/) as `<UTC time>-<random>.eml`, with the envelope's sender and
recipients as the first two headers; open the files with any mail client. Nothing leaves
the machine. `messenger run` starts it unless a real SMTP server is configured.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import secrets
import signal
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from aiosmtpd.smtp import SMTP

from messenger.config import load_config

log = logging.getLogger("messenger.dev.mailsink")

# Mails are a few kB; this is room for attachments without letting a client fill the disk.
MAX_MAIL_BYTES = 10 * 1024 * 1024
ACCEPTED = "250 Message accepted for delivery"


class MailSink:
    """An aiosmtpd handler that writes each mail to a folder."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        content: bytes = envelope.original_content or envelope.content
        path = await asyncio.to_thread(self.store, envelope.mail_from, envelope.rcpt_tos, content)
        log.info("mail from %s to %s kept as %s", envelope.mail_from, envelope.rcpt_tos, path)
        return ACCEPTED

    def store(self, sender: str, recipients: list[str], content: bytes) -> Path:
        self.directory.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
        path = self.directory / f"{stamp}-{secrets.token_hex(4)}.eml"
        envelope = (
            f"X-Envelope-From: {sender}\r\nX-Envelope-To: {', '.join(recipients)}\r\n"
        ).encode()
        # Written aside and renamed: whoever watches the folder never reads half a mail.
        partial = path.with_suffix(".part")
        partial.write_bytes(envelope + content)
        os.replace(partial, path)
        return path


async def serve(host: str, port: int, directory: Path) -> None:
    """Serve until SIGINT or SIGTERM."""
    loop = asyncio.get_running_loop()
    sink = MailSink(directory)
    server = await loop.create_server(
        lambda: SMTP(sink, data_size_limit=MAX_MAIL_BYTES, enable_SMTPUTF8=True),
        host=host,
        port=port,
    )
    stop = asyncio.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(signum, stop.set)
    log.info("mail sink on %s:%d, keeping mails in %s", host, port, directory)
    async with server:
        await stop.wait()


def main(argv: list[str] | None = None) -> int:
    config = load_config().mail
    parser = argparse.ArgumentParser(prog="messenger mailsink", description=__doc__)
    parser.add_argument("--host", default=config.host)
    parser.add_argument("--port", type=int, default=config.port)
    parser.add_argument("--dir", type=Path, default=Path(config.sink_dir))
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s %(message)s")
    # aiosmtpd logs every SMTP command at INFO.
    logging.getLogger("mail.log").setLevel(logging.WARNING)
    asyncio.run(serve(args.host, args.port, args.dir))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

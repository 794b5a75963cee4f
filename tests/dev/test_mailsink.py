"""`python -m messenger.dev.mailsink`: a local SMTP server that keeps each mail as a .eml file."""

from __future__ import annotations

import email
import email.policy
import signal
import smtplib
import subprocess
import sys
import time
from email.message import EmailMessage
from pathlib import Path

from messenger.dev.stack import is_listening
from tests.support.ports import free_port
from tests.support.processes import ROOT


def test_the_sink_keeps_every_mail_it_receives_as_an_eml_file(tmp_path: Path) -> None:
    port = free_port()
    folder = tmp_path / "mail"
    sink = subprocess.Popen(
        [sys.executable, "-m", "messenger.dev.mailsink", "--port", str(port), "--dir", str(folder)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 15
        while not is_listening("127.0.0.1", port) and time.monotonic() < deadline:
            time.sleep(0.05)
        message = EmailMessage()
        message["From"] = "messenger@localhost"
        message["To"] = "Bob <bob@example.com>"
        message["Subject"] = "Grüße"
        message.set_content("Hello, Bob.\n.\nA line with a lone dot above.\n")

        with smtplib.SMTP("127.0.0.1", port, timeout=5) as client:
            client.send_message(message)

        [kept] = list(folder.glob("*.eml"))
        assert list(folder.glob("*.part")) == []
        raw = kept.read_bytes()
        assert raw.startswith(b"X-Envelope-From: messenger@localhost\r\n")
        assert b"X-Envelope-To: bob@example.com\r\n" in raw
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        assert parsed["Subject"] == "Grüße"
        body = parsed.get_body()
        assert body is not None and "\r\n.\r\nA line with a lone dot" in body.get_content()
    finally:
        sink.send_signal(signal.SIGTERM)
        assert sink.wait(timeout=10) == 0
    assert not is_listening("127.0.0.1", port)

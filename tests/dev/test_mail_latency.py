"""`python -m messenger.dev.mail_latency`: the measurement runs end to end and reports."""

from __future__ import annotations

import uuid

import pytest

from messenger.config import Config
from messenger.dev.mail_latency import main


def test_the_latency_measurement_reports_percentiles_for_its_chats(
    base_config: Config, capsys: pytest.CaptureFixture[str]
) -> None:
    database = f"messenger_maillatency_{uuid.uuid4().hex[:8]}"

    assert main(["--chats", "3", "--database", database]) == 0

    output = capsys.readouterr().out
    assert "3 chats, one at a time" in output
    assert "chat created -> mail received: p50 " in output

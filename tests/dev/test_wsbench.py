"""The WebSocket delivery benchmark runs end to end (a smoke test; no timings asserted)."""

from __future__ import annotations

import os
import subprocess
import sys


def test_wsbench_delivers_every_message_to_every_socket_across_two_processes(config):
    env = dict(
        os.environ,
        MESSENGER_DATABASE__URL=config.database.url,
        MESSENGER_AUTH__ARGON2_TIME_COST="1",
        MESSENGER_AUTH__ARGON2_MEMORY_KIB="1024",
    )
    result = subprocess.run(
        [sys.executable, "-m", "messenger.dev.wsbench", "--clients", "4", "--messages", "3"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "delivered 12/12 (missing 0, unexpected 0)" in result.stdout

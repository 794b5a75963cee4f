"""Child processes of the tests: the repository root they run in, and stopping them."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
STOP_SECONDS = 10.0


def stop_process(process: subprocess.Popen[bytes], signum: signal.Signals) -> None:
    """Signal the process group of a child started in a session of its own; SIGKILL it
    if it has not stopped in time."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signum)
    try:
        process.wait(timeout=STOP_SECONDS)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=STOP_SECONDS)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGKILL)

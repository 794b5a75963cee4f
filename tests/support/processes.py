"""Child processes of the tests: the repository root they run in, and stopping them."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
from pathlib import Path

from messenger.config import Config, as_environment
from messenger.tasks import worker_command

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


def worker_process(config: Config, log: Path) -> subprocess.Popen[bytes]:
    """One `taskiq worker` process as `make run` starts it, on `config`, its output in
    `log`; in a session of its own, so that stopping it stops its children too."""
    with log.open("wb") as output:
        return subprocess.Popen(
            worker_command(sys.executable, "--workers", "1", "--shutdown-timeout", "2"),
            env=as_environment(config),
            cwd=ROOT,
            stdout=output,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )

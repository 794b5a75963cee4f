"""messenger.dev.loadtest: what the bench measures of the API's processes."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

from messenger.dev.loadtest import peak_rss_mb, proc_cpu_seconds, process_tree_cpu_seconds, rss_mb

# Busy for half a second of CPU, then idle while it is measured.
BUSY_CHILD = (
    "import time\n"
    "end = time.process_time() + 0.5\n"
    "while time.process_time() < end: pass\n"
    "print('done', flush=True)\n"
    "time.sleep(30)\n"
)


def test_the_cpu_of_a_forking_parent_includes_its_childrens() -> None:
    # As `serve --processes N`: a parent that only waits, children that do the work.
    parent = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import subprocess, sys; subprocess.run([sys.executable, '-c', {BUSY_CHILD!r}])",
        ],
        stdout=subprocess.PIPE,
        start_new_session=True,  # the child goes with its parent's group
    )
    try:
        assert parent.stdout is not None
        assert parent.stdout.readline() == b"done\n"
        time.sleep(0.1)  # its last ticks reach /proc
        assert process_tree_cpu_seconds(parent.pid) >= proc_cpu_seconds(parent.pid) + 0.4
    finally:
        os.killpg(parent.pid, signal.SIGKILL)
        parent.wait()


# Holds 200 MB, then idles while it is measured.
BIG_CHILD = (
    "import time\nheld = bytearray(200 * 2**20)\nprint('done', flush=True)\ntime.sleep(30)\n"
)


def test_the_peak_memory_of_a_forking_parent_is_its_largest_childs() -> None:
    parent = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import subprocess, sys; subprocess.run([sys.executable, '-c', {BIG_CHILD!r}])",
        ],
        stdout=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        assert parent.stdout is not None
        assert parent.stdout.readline() == b"done\n"
        assert rss_mb(parent.pid, "VmHWM") < 100
        assert peak_rss_mb(parent.pid) >= 200
    finally:
        os.killpg(parent.pid, signal.SIGKILL)
        parent.wait()

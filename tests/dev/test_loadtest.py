"""messenger.dev.loadtest: what the bench measures of the API's processes."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator

from messenger.dev.loadtest import peak_rss_mb, proc_cpu_seconds, process_tree_cpu_seconds, rss_mb

# Busy for half a second of CPU, then idle while it is measured.
BUSY_CHILD = (
    "import time\n"
    "end = time.process_time() + 0.5\n"
    "while time.process_time() < end: pass\n"
    "print('done', flush=True)\n"
    "time.sleep(30)\n"
)
# Holds 200 MB, then idles while it is measured.
BIG_CHILD = (
    "import time\nheld = bytearray(200 * 2**20)\nprint('done', flush=True)\ntime.sleep(30)\n"
)


@contextlib.contextmanager
def forking_parent(child: str) -> Iterator[int]:
    """As `serve --processes N`: a parent that only waits on a child running `child`;
    the parent's pid, once the child has printed "done". Both are killed at the end."""
    parent = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import subprocess, sys; subprocess.run([sys.executable, '-c', {child!r}])",
        ],
        stdout=subprocess.PIPE,
        start_new_session=True,  # the child goes with its parent's group
    )
    try:
        assert parent.stdout is not None
        assert parent.stdout.readline() == b"done\n"
        yield parent.pid
    finally:
        os.killpg(parent.pid, signal.SIGKILL)
        parent.wait()


def test_the_cpu_of_a_forking_parent_includes_its_childrens() -> None:
    with forking_parent(BUSY_CHILD) as pid:
        time.sleep(0.1)  # its last ticks reach /proc
        assert process_tree_cpu_seconds(pid) >= proc_cpu_seconds(pid) + 0.4


def test_the_peak_memory_of_a_forking_parent_is_its_largest_childs() -> None:
    with forking_parent(BIG_CHILD) as pid:
        assert rss_mb(pid, "VmHWM") < 100
        assert peak_rss_mb(pid) >= 200

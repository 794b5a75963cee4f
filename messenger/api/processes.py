"""`messenger serve --processes N`: N API processes on one port, one parent watching them.

Each child is a plain `messenger serve` that binds the port with SO_REUSEPORT, so the
kernel spreads new connections over the children, and a child that stops takes only its
own connections with it. Children rather than gunicorn's aiohttp worker: gunicorn adds a
master protocol, its own signals and config for what forty lines do here, and its worker
would bypass `web.run_app`'s shutdown (sockets closed with 1001, in-flight requests
drained), which a child keeps as `messenger serve` has it. Everything processes must
share already lives in PostgreSQL and Redis (tokens and their revocation, events,
presence, typing, limits, the chat-list cache in memcached), so nothing changes in the
app: a user's sockets on different processes behave as one.

Signals: SIGTERM or SIGINT to the parent is passed to every child as SIGTERM (each stops
accepting, closes its sockets with 1001 and drains its requests, as Ctrl-C does for a
single process); the parent waits for them (at most STOP_SECONDS, then kills) and exits.
A child that dies (killed, or exiting later on) is started again; one that exits with an
error at start (the port taken, the configuration wrong) stops them all, with its exit
status.
"""

from __future__ import annotations

import logging
import signal
import subprocess
import sys
import time
from types import FrameType

log = logging.getLogger("messenger.processes")

# Beyond aiohttp's own drain of in-flight requests (its shutdown_timeout) and closing.
STOP_SECONDS = 75.0
# A child that exits sooner than this after it started failed to start.
START_SECONDS = 5.0
RESTART_DELAY_SECONDS = 1.0
# The parent runs no event loop and serves nothing: a plain loop of short sleeps and
# polls is all it needs (signals interrupt the sleep).
POLL_SECONDS = 0.2


class Children:
    def __init__(self, count: int, host: str, port: int) -> None:
        self.command = [
            sys.executable,
            "-m",
            "messenger",
            "serve",
            "--host",
            host,
            "--port",
            str(port),
            "--processes",
            "1",
            "--reuse-port",
        ]
        self.count = count
        self.children: list[tuple[subprocess.Popen[bytes], float]] = []
        self.stopping = False

    def start_one(self) -> None:
        # A session of its own: a Ctrl-C at the terminal reaches the parent alone, which
        # passes one SIGTERM on (a second signal would cut a child's drain short).
        child = subprocess.Popen(self.command, start_new_session=True)  # noqa: S603
        log.info("started API process %d", child.pid)
        self.children.append((child, time.monotonic()))

    def request_stop(self, signum: int, frame: FrameType | None) -> None:
        if not self.stopping:
            log.info("%s: stopping %d API processes", signal.Signals(signum).name, self.count)
        self.stopping = True

    def run(self) -> int:
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, self.request_stop)
        for _ in range(self.count):
            self.start_one()
        status = 0
        while not self.stopping:
            time.sleep(POLL_SECONDS)
            for child, started in list(self.children):
                code = child.poll()
                if code is None or self.stopping:
                    continue
                self.children.remove((child, started))
                # Killed by a signal (negative): an outside cause, start another. Exited
                # with an error right away: it cannot start (port, configuration).
                if code > 0 and time.monotonic() - started < START_SECONDS:
                    log.error("API process %d failed at start (status %d)", child.pid, code)
                    status = code or 1
                    self.stopping = True
                    break
                log.warning("API process %d exited (status %d); starting another", child.pid, code)
                time.sleep(RESTART_DELAY_SECONDS)
                self.start_one()
        self.stop_all()
        return status

    def stop_all(self) -> None:
        for child, _ in self.children:
            if child.poll() is None:
                child.send_signal(signal.SIGTERM)
        deadline = time.monotonic() + STOP_SECONDS
        for child, _ in self.children:
            try:
                child.wait(timeout=max(0.0, deadline - time.monotonic()))
            except subprocess.TimeoutExpired:
                log.error("API process %d did not stop in time; killing it", child.pid)
                child.kill()
                child.wait()


def serve_processes(count: int, host: str, port: int) -> int:
    """Run `count` API processes on host:port until SIGTERM or SIGINT; the exit status."""
    return Children(count, host, port).run()

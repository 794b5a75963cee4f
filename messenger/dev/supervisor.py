"""The processes `messenger run` starts beside the API, and their supervision.

Beside the API (which stays in the `messenger run` process): the mail sink (unless a
real SMTP server is configured), the taskiq worker, the taskiq scheduler and the
dashboard. A child that others talk to (the mail sink, the dashboard) is started first
and waited for until it listens (bounded: one that never does is left to its restarts),
so the worker's first mail and first report to the dashboard find them. Each child gets
a session of its own, so Ctrl-C reaches `messenger run`
alone and the children are stopped in order, after the API; each inherits stdout and
stderr; one that dies is started again after a doubling delay; on exit each gets
SIGTERM to its process group, then SIGKILL after STOP_TIMEOUT_SECONDS.

Why not a library: supervisord needs a generated config and a daemon of its own, and it
reopens /dev/stdout for its children, which garbles the log of a run redirected to a
file; honcho's Manager takes over the main thread's signals and stops every process as
soon as one exits, while here the API runs in this process (`run --port` as before) and
a dashboard that cannot bind its port must not take the API down with it.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field

from messenger.config import Config, MailConfig
from messenger.dev.stack import LOOPBACK, is_listening
from messenger.tasks import scheduler_command, worker_command

STOP_TIMEOUT_SECONDS = 8.0
FIRST_RESTART_DELAY_SECONDS = 1.0
MAX_RESTART_DELAY_SECONDS = 30.0
# A child that ran this long before dying was healthy: its next restart is quick again.
HEALTHY_RUN_SECONDS = 60.0
WATCH_INTERVAL_SECONDS = 0.2
# How long the start waits for a child that others talk to; its port may never open (a
# dashboard whose port is taken), and the rest must start anyway.
LISTEN_TIMEOUT_SECONDS = 15.0
LISTEN_POLL_SECONDS = 0.05


def log(message: str) -> None:
    print(f"[run] {message}", file=sys.stderr, flush=True)


@dataclass(frozen=True)
class Program:
    name: str
    argv: list[str]
    # (host, port) the program serves others on: the next programs start once it listens.
    listens_on: tuple[str, int] | None = None


def mail_sink_wanted(mail: MailConfig) -> bool:
    """A local sink, unless mail goes to a real server: not loopback, or one answers."""
    return mail.host in LOOPBACK and not is_listening(mail.host, mail.port)


def local_programs(config: Config) -> list[Program]:
    python = sys.executable
    programs = []
    if mail_sink_wanted(config.mail):
        programs.append(
            Program(
                "mailsink",
                [python, "-m", "messenger.dev.mailsink"],
                (config.mail.host, config.mail.port),
            )
        )
    dashboard = config.dashboard
    return [
        *programs,
        # Before the worker, whose middleware reports every task to it.
        Program(
            "dashboard",
            [python, "-m", "messenger.tasks.dashboard"],
            (dashboard.host, dashboard.port),
        ),
        Program("worker", worker_command(python, "--workers", "1")),
        Program("scheduler", scheduler_command(python, "--skip-first-run")),
    ]


def local_environment(config: Config) -> dict[str, str]:
    """The children's environment: ours, plus a dashboard token for this run if none is
    configured (the dashboard and the worker that reports to it must share one)."""
    env = dict(os.environ)
    if not config.dashboard.api_token:
        env["MESSENGER_DASHBOARD__API_TOKEN"] = secrets.token_urlsafe(24)
    return env


@dataclass
class Child:
    program: Program
    process: subprocess.Popen[bytes] | None = None
    started_at: float = 0.0
    restart_delay: float = FIRST_RESTART_DELAY_SECONDS
    restart_at: float | None = None
    restarts: int = field(default=0)


class Supervisor:
    """Runs programs as children; restarts the ones that die; stops all on exit."""

    def __init__(
        self,
        programs: list[Program],
        env: dict[str, str],
        stop_timeout: float = STOP_TIMEOUT_SECONDS,
        listen_timeout: float = LISTEN_TIMEOUT_SECONDS,
    ) -> None:
        self.stop_timeout = stop_timeout
        self.listen_timeout = listen_timeout
        self.children = [Child(program) for program in programs]
        self.env = env
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._watcher = threading.Thread(target=self._watch, name="supervisor", daemon=True)

    def _spawn(self, child: Child) -> None:
        child.process = subprocess.Popen(  # noqa: S603 - fixed argument lists
            child.program.argv,
            env=self.env,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
        child.started_at = time.monotonic()
        child.restart_at = None
        log(f"{child.program.name}: pid {child.process.pid}")

    def start(self) -> None:
        with self._lock:
            for child in self.children:
                self._spawn(child)
                self._wait_listening(child)
        self._watcher.start()

    def _wait_listening(self, child: Child) -> None:
        if child.program.listens_on is None or child.process is None:
            return
        host, port = child.program.listens_on
        deadline = time.monotonic() + self.listen_timeout
        while time.monotonic() < deadline and child.process.poll() is None:
            if is_listening(host, port, timeout=LISTEN_POLL_SECONDS):
                return
            time.sleep(LISTEN_POLL_SECONDS)
        log(f"{child.program.name}: not listening on {host}:{port}; starting the rest anyway")

    def _watch(self) -> None:
        while not self._stopping.wait(WATCH_INTERVAL_SECONDS):
            with self._lock:
                if self._stopping.is_set():
                    return
                now = time.monotonic()
                for child in self.children:
                    self._check(child, now)

    def _check(self, child: Child, now: float) -> None:
        if child.restart_at is not None:
            if now >= child.restart_at:
                child.restarts += 1
                self._spawn(child)
            return
        if child.process is None or child.process.poll() is None:
            return
        if now - child.started_at > HEALTHY_RUN_SECONDS:
            child.restart_delay = FIRST_RESTART_DELAY_SECONDS
        log(
            f"{child.program.name} exited with {child.process.returncode}; "
            f"again in {child.restart_delay:.0f}s"
        )
        child.restart_at = now + child.restart_delay
        child.restart_delay = min(child.restart_delay * 2, MAX_RESTART_DELAY_SECONDS)

    def stop(self) -> None:
        self._stopping.set()
        if self._watcher.is_alive():
            self._watcher.join()
        with self._lock:
            running = [
                child.process
                for child in self.children
                if child.process is not None and child.process.poll() is None
            ]
        for process in running:
            _signal_group(process, signal.SIGTERM)
        deadline = time.monotonic() + self.stop_timeout
        for process in running:
            try:
                process.wait(timeout=max(deadline - time.monotonic(), 0.0))
            except subprocess.TimeoutExpired:
                _signal_group(process, signal.SIGKILL)
                process.wait()
        for process in running:
            # The leader may be gone while its helpers linger (a worker's pool).
            _signal_group(process, signal.SIGKILL)

    @contextlib.contextmanager
    def running(self) -> Iterator[Supervisor]:
        # The start is inside: a Ctrl-C while it waits for a child to listen must stop
        # the children already started.
        try:
            self.start()
            yield self
        finally:
            self.stop()


def _signal_group(process: subprocess.Popen[bytes], signum: signal.Signals) -> None:
    # Each child leads a session of its own, so its process group id is its pid.
    with contextlib.suppress(ProcessLookupError, PermissionError):
        os.killpg(process.pid, signum)

"""The local service stack: PostgreSQL, Redis and memcached for `make run` and `make test`.

A service that already answers at its configured address is used as it is; otherwise
it is installed with apt when missing and started under a project-local folder, and
only what was started here is ever stopped (by its pid, never by name). Redis behind
Sentinels (`redis.sentinels`) is the operator's: the stack only checks that a Sentinel
answers (messenger/dev/sentinel.py starts a local set to try it with).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from messenger.config import Config

STATE_DIR = Path(".stack")
LOOPBACK = {"127.0.0.1", "localhost", "::1"}
# Debian package that brings each command we may need to start.
APT_PACKAGES = {
    "redis-server": "redis-server",
    "memcached": "memcached",
    "pg_ctl": "postgresql",
    # The browser tests drive Debian's Chromium through its own chromedriver.
    "chromium": "chromium",
    "chromedriver": "chromium-driver",
    # The tests of the API behind PgBouncer in transaction mode (tests/api/test_pgbouncer.py).
    "pgbouncer": "pgbouncer",
    # Two API hosts behind a load balancer (messenger/dev/hosts.py, tests/test_two_hosts.py).
    "haproxy": "haproxy",
    "nginx": "nginx",
    # Redis failover under Sentinel (messenger/dev/sentinel.py, tests/api/test_sentinel.py).
    "redis-sentinel": "redis-sentinel",
}
# Debian's maintainer scripts ask this program whether they may start the service they
# install (exit 101: no). Our services run privately, on ports of our own; a system nginx
# or PostgreSQL that apt started would sit on :80 or :5432 until someone stops it.
POLICY_RC_D = Path("/usr/sbin/policy-rc.d")
READY_TIMEOUT_SECONDS = 30.0


@dataclass(frozen=True)
class Endpoint:
    name: str
    host: str
    port: int


def log(message: str) -> None:
    # Ctrl-C also ends a `| tee` the output may go through: a lost log line must not
    # abort stopping the services.
    with contextlib.suppress(OSError):
        print(f"[stack] {message}", file=sys.stderr, flush=True)


def endpoints(config: Config) -> list[Endpoint]:
    """The services the stack starts when they do not answer (Redis, unless it is found
    through Sentinels: see sentinel_endpoints)."""
    db = urlsplit(config.database.url)
    redis = urlsplit(config.redis.url)
    found = [Endpoint("postgres", db.hostname or "127.0.0.1", db.port or 5432)]
    if not config.redis.sentinels:
        found.append(Endpoint("redis", redis.hostname or "127.0.0.1", redis.port or 6379))
    found.append(Endpoint("memcached", config.memcached.host, config.memcached.port))
    return found


def sentinel_endpoints(config: Config) -> list[Endpoint]:
    return [
        Endpoint("redis sentinel", host, port) for host, port in config.redis.sentinel_addresses
    ]


def is_listening(host: str, port: int, timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def wait_listening(endpoint: Endpoint, timeout: float = READY_TIMEOUT_SECONDS) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if is_listening(endpoint.host, endpoint.port):
            return
        time.sleep(0.1)
    raise RuntimeError(f"{endpoint.name} did not start listening on {endpoint.port}")


def is_root() -> bool:
    return os.geteuid() == 0


def postgres_bin_dir() -> Path | None:
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"),
        key=lambda p: int(p.parent.parent.name) if p.parent.parent.name.isdigit() else 0,
    )
    return candidates[-1].parent if candidates else None


def command_available(command: str) -> bool:
    if command == "pg_ctl":
        return postgres_bin_dir() is not None
    # Daemons live in /usr/sbin, which a user's PATH may lack.
    return shutil.which(command) is not None or Path("/usr/sbin", command).exists()


def ensure_installed(commands: list[str]) -> None:
    missing = [APT_PACKAGES[c] for c in commands if not command_available(c)]
    if not missing:
        return
    prefix: list[str] = [] if is_root() else ["sudo", "-n"]
    log(f"installing {' '.join(missing)} with apt-get")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run([*prefix, "apt-get", "update", "-qq"], check=True, env=env)
    with services_not_started(prefix):
        subprocess.run(
            [*prefix, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing],
            check=True,
            env=env,
            stdout=subprocess.DEVNULL,
        )


@contextlib.contextmanager
def services_not_started(prefix: list[str]) -> Iterator[None]:
    """While apt installs: a policy-rc.d that lets no maintainer script start its service
    (unless the machine has a policy of its own, as Debian's container images do)."""
    if POLICY_RC_D.exists():
        yield
        return
    write = f"printf '#!/bin/sh\\nexit 101\\n' > {POLICY_RC_D} && chmod 755 {POLICY_RC_D}"
    subprocess.run([*prefix, "sh", "-c", write], check=True)
    try:
        yield
    finally:
        subprocess.run([*prefix, "rm", "-f", str(POLICY_RC_D)], check=False)


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A daemon whose starter has exited is reparented to init; an init that never reaps
    # (some container inits) leaves it a zombie after SIGTERM: dead, though kill(0) works.
    with contextlib.suppress(OSError, IndexError):
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    return True


def read_pid(pidfile: Path) -> int | None:
    try:
        first = pidfile.read_text().split()[0]
        return int(first)
    except (OSError, ValueError, IndexError):
        return None


def stop_pid(pid: int, name: str, timeout: float = 10.0) -> None:
    if not pid_alive(pid):
        return
    log(f"stopping {name} (pid {pid})")
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if not pid_alive(pid):
            return
        with contextlib.suppress(ChildProcessError):
            os.waitpid(pid, os.WNOHANG)
        time.sleep(0.05)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


class Stack:
    """Starts the missing services and remembers which ones it started."""

    def __init__(self, config: Config, state_dir: Path = STATE_DIR) -> None:
        self.config = config
        self.state_dir = state_dir.resolve()
        self.started: list[str] = []

    # -- PostgreSQL -----------------------------------------------------------------
    def postgres_dir(self) -> Path:
        """A data folder the postgres user can reach (initdb refuses to run as root)."""
        local = self.state_dir / "postgres"
        if not is_root() or self._postgres_can_traverse(self.state_dir):
            return local
        digest = hashlib.sha256(str(self.state_dir).encode()).hexdigest()[:10]
        # Fixed name per checkout, owned by postgres, 0700 inside: not a shared temp file.
        return Path("/var/tmp") / f"messenger-{digest}" / "postgres"  # noqa: S108

    @staticmethod
    def _postgres_can_traverse(path: Path) -> bool:
        path.mkdir(parents=True, exist_ok=True)
        probe = subprocess.run(
            ["runuser", "-u", "postgres", "--", "test", "-x", str(path)], check=False
        )
        return probe.returncode == 0

    def _as_postgres(self, args: list[str]) -> list[str]:
        return ["runuser", "-u", "postgres", "--", *args] if is_root() else args

    def start_postgres(self, endpoint: Endpoint) -> None:
        bin_dir = postgres_bin_dir()
        assert bin_dir is not None
        data = self.postgres_dir()
        data.parent.mkdir(parents=True, exist_ok=True)
        if is_root():
            data.parent.chmod(0o755)
            data.mkdir(mode=0o700, exist_ok=True)
            shutil.chown(data, "postgres", "postgres")
        if not (data / "PG_VERSION").exists():
            log(f"initdb {data}")
            subprocess.run(
                self._as_postgres(
                    [str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres"]
                ),
                check=True,
                stdout=subprocess.DEVNULL,
            )
        # 400 connections: `make bench` runs ten API variants and floors side by side, each
        # with a pool of 20 (200 ran out at 64 clients).
        # shared_buffers as an operator would size it, not the 128 MB default: the bench's
        # 1.5M messages (about 1 GB with indexes) then stay in PostgreSQL's own cache.
        options = (
            f"-p {endpoint.port} -k {data} -c listen_addresses={endpoint.host} "
            "-c max_connections=400 -c shared_buffers=1GB"
        )
        log(f"starting postgres on {endpoint.host}:{endpoint.port} ({data})")
        subprocess.run(
            self._as_postgres(
                [
                    str(bin_dir / "pg_ctl"),
                    "-D",
                    str(data),
                    "-o",
                    options,
                    "-l",
                    str(data / "server.log"),
                    "-w",
                    "start",
                ]
            ),
            check=True,
            stdout=subprocess.DEVNULL,
        )
        (self.state_dir / "postgres.datadir").write_text(str(data))

    def stop_postgres(self) -> None:
        marker = self.state_dir / "postgres.datadir"
        if not marker.exists():
            return
        data = Path(marker.read_text().strip())
        bin_dir = postgres_bin_dir()
        if bin_dir and (data / "postmaster.pid").exists():
            log("stopping postgres")
            subprocess.run(
                self._as_postgres(
                    [str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "fast", "-w", "stop"]
                ),
                check=False,
                stdout=subprocess.DEVNULL,
            )
        marker.unlink(missing_ok=True)

    # -- Redis and memcached -------------------------------------------------------
    def start_daemon(self, name: str, argv: list[str]) -> None:
        with (self.state_dir / f"{name}.log").open("ab") as log_file:
            process = subprocess.Popen(
                argv,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                stdin=subprocess.DEVNULL,
                start_new_session=True,
            )
        (self.state_dir / f"{name}.pid").write_text(str(process.pid))

    def start_redis(self, endpoint: Endpoint) -> None:
        data = self.state_dir / "redis"
        data.mkdir(parents=True, exist_ok=True)
        log(f"starting redis on {endpoint.host}:{endpoint.port}")
        self.start_daemon(
            "redis",
            [
                "redis-server",
                "--bind",
                endpoint.host,
                "--port",
                str(endpoint.port),
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                str(data),
            ],
        )

    def start_memcached(self, endpoint: Endpoint) -> None:
        log(f"starting memcached on {endpoint.host}:{endpoint.port}")
        user = ["-u", "nobody"] if is_root() else []
        self.start_daemon(
            "memcached",
            ["memcached", *user, "-l", endpoint.host, "-p", str(endpoint.port), "-m", "128"],
        )

    # -- the whole stack --------------------------------------------------------------
    def up(self) -> None:
        self.state_dir.mkdir(parents=True, exist_ok=True)
        self.check_sentinels()
        for endpoint in endpoints(self.config):
            if is_listening(endpoint.host, endpoint.port):
                log(f"{endpoint.name} already answers on {endpoint.host}:{endpoint.port}")
                continue
            if endpoint.host not in LOOPBACK:
                raise RuntimeError(
                    f"{endpoint.name} at {endpoint.host}:{endpoint.port} does not answer, "
                    "and only loopback services are started here"
                )
            command = {"postgres": "pg_ctl", "redis": "redis-server", "memcached": "memcached"}[
                endpoint.name
            ]
            ensure_installed([command])
            {
                "postgres": self.start_postgres,
                "redis": self.start_redis,
                "memcached": self.start_memcached,
            }[endpoint.name](endpoint)
            wait_listening(endpoint)
            self.started.append(endpoint.name)

    def check_sentinels(self) -> None:
        """Redis behind Sentinels is used, never started: one Sentinel must answer (the
        others may be down, as Sentinel allows)."""
        sentinels = sentinel_endpoints(self.config)
        if not sentinels:
            return
        answering = [e for e in sentinels if is_listening(e.host, e.port)]
        if not answering:
            where = ", ".join(f"{e.host}:{e.port}" for e in sentinels)
            raise RuntimeError(
                f"no Redis Sentinel of redis.sentinels answers ({where}); the stack starts "
                "no Sentinels (python -m messenger.dev.sentinel starts a local set)"
            )
        log(
            f"redis: the primary the sentinels name for {self.config.redis.service_name!r} "
            f"({len(answering)} of {len(sentinels)} sentinels answer)"
        )

    def down(self, names: list[str] | None = None) -> None:
        """Stop the named services (all by default) if this project started them."""
        names = ["postgres", "redis", "memcached"] if names is None else names
        if "postgres" in names:
            self.stop_postgres()
        for name in ("redis", "memcached"):
            if name not in names:
                continue
            pidfile = self.state_dir / f"{name}.pid"
            pid = read_pid(pidfile)
            if pid is not None:
                stop_pid(pid, name)
            pidfile.unlink(missing_ok=True)

    @contextlib.contextmanager
    def running(self) -> Iterator[Stack]:
        """Bring the stack up; on exit stop what this call started."""
        try:
            self.up()
            yield self
        finally:
            if self.started:
                self.down(self.started)

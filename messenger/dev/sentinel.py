"""A local Redis primary, one replica and three Sentinels watching them (Debian's
redis-server and redis-sentinel, installed with apt when missing), each with its files in
one temporary folder: to try the API on Sentinel (README, "Redis Sentinel") and for
tests/api/test_sentinel.py, which kills the primary under load.

    python -m messenger.dev.sentinel   # prints the MESSENGER_REDIS__* settings; Ctrl-C stops it

The Sentinels call a primary down after DOWN_AFTER_MS without an answer; two of them
must agree (the quorum) before one of them promotes the replica.
"""

from __future__ import annotations

import contextlib
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import redis

from messenger.dev.loadtest import free_port
from messenger.dev.stack import Endpoint, ensure_installed, wait_listening

HOST = "127.0.0.1"
SERVICE_NAME = "mymaster"
SENTINELS = 3
QUORUM = 2
DOWN_AFTER_MS = 1000
# Also the pause before a failover that did not finish is tried again (twice this).
FAILOVER_TIMEOUT_MS = 4000
READY_SECONDS = 30.0
STOP_SECONDS = 10.0


class SentinelSet:
    """The five servers, started by start() and stopped by stop() (by their own pids)."""

    def __init__(self, *, service_name: str = SERVICE_NAME, sentinels: int = SENTINELS) -> None:
        self.service_name = service_name
        self.dir = Path(tempfile.mkdtemp(prefix="messenger-sentinel-"))
        self.primary_port = free_port()
        self.replica_port = free_port()
        self.sentinel_ports = [free_port() for _ in range(sentinels)]
        self.processes: dict[int, subprocess.Popen[bytes]] = {}

    @property
    def sentinels(self) -> tuple[str, ...]:
        """`redis.sentinels` for the API and the worker."""
        return tuple(f"{HOST}:{port}" for port in self.sentinel_ports)

    def environment(self, db: int = 0) -> dict[str, str]:
        """The MESSENGER_REDIS__* variables that point a process at these Sentinels. The
        url's host and port are not used with Sentinels: only its database number."""
        return {
            "MESSENGER_REDIS__URL": f"redis://{HOST}:{self.primary_port}/{db}",
            "MESSENGER_REDIS__SENTINELS": ",".join(self.sentinels),
            "MESSENGER_REDIS__SERVICE_NAME": self.service_name,
        }

    def start(self) -> None:
        ensure_installed(["redis-server", "redis-sentinel"])
        self._start_server(self.primary_port)
        self._start_server(self.replica_port, "--replicaof", HOST, str(self.primary_port))
        self._wait(self._replica_in_step, "the replica did not catch up with the primary")
        for port in self.sentinel_ports:
            conf = self.dir / f"sentinel-{port}.conf"
            # Sentinel rewrites its file as it learns the set: it must be its own, writable.
            conf.write_text(
                f"port {port}\n"
                f"bind {HOST}\n"
                f"dir {self.dir}\n"
                f"sentinel monitor {self.service_name} {HOST} {self.primary_port} {QUORUM}\n"
                f"sentinel down-after-milliseconds {self.service_name} {DOWN_AFTER_MS}\n"
                f"sentinel failover-timeout {self.service_name} {FAILOVER_TIMEOUT_MS}\n"
                f"sentinel parallel-syncs {self.service_name} 1\n"
            )
            self._spawn(port, ["redis-sentinel", str(conf)])
        # A failover needs Sentinels that know each other and the replica (they learn of
        # each other every two seconds, through the servers).
        self._wait(self._sentinels_ready, "the sentinels did not find each other")

    def primary(self) -> tuple[str, int] | None:
        """The primary as the first answering Sentinel names it."""
        for port in self.sentinel_ports:
            with contextlib.suppress(redis.RedisError), self._client(port) as client:
                address = client.sentinel_get_master_addr_by_name(self.service_name)
                if address:
                    return str(address[0]), int(address[1])
        return None

    def kill_primary(self) -> int:
        """SIGKILL the server the Sentinels call the primary; its port."""
        address = self.primary()
        assert address is not None, "no sentinel names a primary"
        port = address[1]
        process = self.processes[port]
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=STOP_SECONDS)
        return port

    def wait_promoted(self, old_port: int, timeout: float = READY_SECONDS) -> int:
        """Wait until every live Sentinel names another primary, and it says it is one;
        its port."""
        promoted: list[int] = []

        def moved() -> bool:
            named: set[int] = set()
            for port in self.sentinel_ports:
                if self.processes[port].poll() is not None:
                    continue
                with self._client(port) as client:
                    address = client.sentinel_get_master_addr_by_name(self.service_name)
                if not address:
                    return False
                named.add(int(address[1]))
            if len(named) != 1 or old_port in named:
                return False
            [port] = named
            with self._client(port) as client:
                if client.info("replication")["role"] != "master":
                    return False
            promoted.append(port)
            return True

        self._wait(moved, f"no replica was promoted in place of {old_port}", timeout)
        return promoted[-1]

    def logs(self) -> str:
        parts = []
        for path in sorted(self.dir.glob("*.log")):
            parts.append(f"--- {path.name}\n{path.read_text(errors='replace')[-2000:]}")
        return "\n".join(parts)

    def stop(self) -> None:
        for process in self.processes.values():
            if process.poll() is None:
                process.terminate()
        for process in self.processes.values():
            try:
                process.wait(timeout=STOP_SECONDS)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        shutil.rmtree(self.dir, ignore_errors=True)

    # -- inside ---------------------------------------------------------------------

    def _start_server(self, port: int, *options: str) -> None:
        data = self.dir / f"redis-{port}"
        data.mkdir()
        argv = ["redis-server", "--port", str(port), "--bind", HOST, "--dir", str(data)]
        # Nothing on disk, and a replica's first copy sent at once (Redis waits 5 s for
        # more replicas by default).
        argv += ["--save", "", "--appendonly", "no", "--repl-diskless-sync-delay", "0"]
        self._spawn(port, [*argv, *options])

    def _spawn(self, port: int, argv: list[str]) -> None:
        with (self.dir / f"{Path(argv[0]).name}-{port}.log").open("wb") as log:
            self.processes[port] = subprocess.Popen(  # noqa: S603 - fixed argument lists
                argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL
            )
        wait_listening(Endpoint(argv[0], HOST, port))

    def _client(self, port: int) -> redis.Redis:
        return redis.Redis(HOST, port, socket_timeout=1, socket_connect_timeout=1)

    def _replica_in_step(self) -> bool:
        with self._client(self.replica_port) as client:
            return bool(client.info("replication").get("master_link_status") == "up")

    def _sentinels_ready(self) -> bool:
        others = len(self.sentinel_ports) - 1
        for port in self.sentinel_ports:
            with self._client(port) as client:
                state = client.sentinel_master(self.service_name)
                if int(state["num-other-sentinels"]) < others or int(state["num-slaves"]) < 1:
                    return False
        return True

    @staticmethod
    def _wait(condition: Callable[[], bool], failure: str, timeout: float = READY_SECONDS) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with contextlib.suppress(redis.RedisError):
                if condition():
                    return
            time.sleep(0.1)
        raise RuntimeError(failure)


@contextlib.contextmanager
def running_sentinels() -> Iterator[SentinelSet]:
    servers = SentinelSet()
    try:
        servers.start()
        yield servers
    finally:
        servers.stop()


def main() -> int:
    with running_sentinels() as servers:
        for name, value in servers.environment().items():
            print(f"export {name}={value}")
        print(
            f"# primary on {servers.primary_port}, replica on {servers.replica_port}; "
            "Ctrl-C stops them",
            file=sys.stderr,
        )
        with contextlib.suppress(KeyboardInterrupt):
            signal.pause()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

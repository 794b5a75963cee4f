"""Two API hosts behind a real load balancer, on one machine: for tests/test_two_hosts.py,
and by hand (`python -m messenger.dev.hosts --balancer nginx` serves until Ctrl-C).

Each host is a network namespace with a veth pair to the root namespace (10.201.N.0/30:
.1 the root's end, .2 the host's), in which `messenger serve --processes 2` listens on the
host's address. The load balancer, HAProxy or nginx (Debian's, installed with apt when
missing), runs in the root namespace on 127.0.0.1 from the sample config in docs/ops/
with its {{placeholders}} filled in and nothing else changed, both hosts its backends.

The API processes must reach PostgreSQL, Redis and memcached, which listen on 127.0.0.1
of the root namespace, and a namespace has a loopback of its own. A gateway lets them: an
HAProxy in TCP mode in the root namespace, listening on the root's end of each veth and
passing every connection on to the service's configured address, so a host reaches
them at its gateway address on the same ports. Chosen over the other ways in: a DNAT to
127.0.0.1 (sysctl route_localnet plus iptables) needs iptables, which is not installed,
and rewrites the machine's firewall under everyone else's feet; making the services
listen on the veth addresses would mean restarting the stack other test runs share.
HAProxy is installed for the balancer anyway, and forwards TCP in a dozen lines. It
runs apart from the balancer under test, so the balancer is exactly the sample file.

A host is killed the way a machine dies: SIGKILL to every process in its namespace
(`ip netns pids`: the serving parent and its children, which run in sessions of their
own), no goodbye to anyone; the kernel resets its connections.

Names: namespaces `msg-h-<pid>-a` and `-b`, veth ends `mh<pid>a` and `b` (the pid of
the process that made them), so runs side by side never collide, and what a run that
died left behind is recognised by a later one (its pid is gone) and removed. The /30
subnets are the lowest that no interface of the root namespace uses, picked under a
file lock.
"""

from __future__ import annotations

import argparse
import contextlib
import fcntl
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from messenger.config import Config, as_environment, load_config, replace_section
from messenger.dev.loadtest import free_port
from messenger.dev.stack import (
    Endpoint,
    endpoints,
    ensure_installed,
    pid_alive,
    wait_listening,
)

ROOT = Path(__file__).resolve().parents[2]
OPS_DIR = ROOT / "docs" / "ops"
BALANCERS = ("haproxy", "nginx")
HOST_NAMES = ("a", "b")
NAMESPACE_PREFIX = "msg-h-"
VETH_PREFIX = "mh"
SUBNET_PREFIX = "10.201"
LOCK_PATH = Path(tempfile.gettempdir()) / "messenger-hosts.lock"
API_PORT = 8000
PROCESSES_PER_HOST = 2
LISTEN_HOST = "127.0.0.1"
START_SECONDS = 60.0
STOP_SECONDS = 15.0
POLL_SECONDS = 0.1
PLACEHOLDER = re.compile(r"\{\{(\w+)\}\}")
STALE_NAMESPACE = re.compile(rf"{NAMESPACE_PREFIX}(\d+)-[{''.join(HOST_NAMES)}]")
STALE_VETH = re.compile(rf"{VETH_PREFIX}(\d+)[{''.join(HOST_NAMES)}]")


# How a test that needs namespaces says it did not run (tests/conftest.py repeats it loudly).
NAMESPACES_SKIP = "network namespaces unavailable on this machine"


class NamespacesUnavailable(RuntimeError):
    """This machine will not make network namespaces (not root, no CAP_SYS_ADMIN, no `ip`)."""


def render(template: str, values: Mapping[str, str]) -> str:
    """A sample config with its {{name}} placeholders filled in; each must have a value."""

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in values:
            raise KeyError(f"no value for the placeholder {{{{{name}}}}}")
        return values[name]

    return PLACEHOLDER.sub(fill, template)


def ip(*args: str) -> str:
    """Run `ip` with these arguments; its output. Fails with what `ip` said."""
    done = subprocess.run(  # noqa: S603
        ["ip", *args],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"ip {' '.join(args)}: {done.stderr.strip() or done.returncode}")
    return done.stdout


def namespace_pids(namespace: str) -> list[int]:
    with contextlib.suppress(RuntimeError):  # gone already
        return [int(pid) for pid in ip("netns", "pids", namespace).split()]
    return []


def kill_namespace_processes(namespace: str, timeout: float = STOP_SECONDS) -> int:
    """SIGKILL every process in the namespace until none is left; how many there were."""
    killed: set[int] = set()
    deadline = time.monotonic() + timeout
    while pids := namespace_pids(namespace):
        for pid in pids:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
            killed.add(pid)
        if time.monotonic() > deadline:
            raise RuntimeError(f"processes {pids} of {namespace} outlived SIGKILL")
        time.sleep(POLL_SECONDS / 10)
    return len(killed)


def remove_stale() -> None:
    """Remove namespaces and veths that runs which have died left behind."""
    with contextlib.suppress(RuntimeError):
        for line in ip("netns", "list").splitlines():
            name = line.split()[0] if line.strip() else ""
            found = STALE_NAMESPACE.fullmatch(name)
            if found and not pid_alive(int(found.group(1))):
                kill_namespace_processes(name)
                ip("netns", "delete", name)
    with contextlib.suppress(RuntimeError):
        for line in ip("-o", "link", "show").splitlines():
            name = line.split(":")[1].strip().split("@")[0]
            found = STALE_VETH.fullmatch(name)
            if found and not pid_alive(int(found.group(1))):
                ip("link", "delete", name)


def with_host(url: str, host: str) -> str:
    """The URL with another host, keeping its user, port, path and query."""
    parts = urlsplit(url)
    user = f"{parts.netloc.rpartition('@')[0]}@" if "@" in parts.netloc else ""
    port = f":{parts.port}" if parts.port else ""
    return urlunsplit(parts._replace(netloc=f"{user}{host}{port}"))


def healthy(base: str) -> bool:
    try:
        with urllib.request.urlopen(f"{base}/healthz", timeout=2) as response:  # noqa: S310
            return bool(response.status == 200)
    except (urllib.error.URLError, OSError):
        return False


@dataclass
class Host:
    """One API host: its namespace, its veth pair and its serving processes."""

    name: str
    namespace: str
    veth: str
    subnet: int
    log_path: Path
    process: subprocess.Popen[bytes] | None = None

    @property
    def gateway(self) -> str:
        """The root namespace's end of the veth: the balancer and the gateway are here."""
        return f"{SUBNET_PREFIX}.{self.subnet}.1"

    @property
    def address(self) -> str:
        return f"{SUBNET_PREFIX}.{self.subnet}.2"

    @property
    def backend(self) -> str:
        return f"{self.address}:{API_PORT}"

    @property
    def base(self) -> str:
        return f"http://{self.backend}"

    def log(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


@dataclass
class TwoHosts:
    """Two API hosts in namespaces, a gateway to the services, and a load balancer.

    `config` is the API's (its database, Redis and memcached as the root namespace
    reaches them); `extra_env` is added to the API processes' environment."""

    config: Config
    balancer: str
    processes: int = PROCESSES_PER_HOST
    extra_env: Mapping[str, str] = field(default_factory=dict)
    dir: Path = field(init=False)
    hosts: dict[str, Host] = field(init=False, default_factory=dict)
    port: int = field(init=False, default=0)
    _gateway: subprocess.Popen[bytes] | None = field(init=False, default=None)
    _balancer: subprocess.Popen[bytes] | None = field(init=False, default=None)

    def __post_init__(self) -> None:
        if self.balancer not in BALANCERS:
            raise ValueError(f"balancer must be one of {BALANCERS}, not {self.balancer!r}")
        self.dir = Path(tempfile.mkdtemp(prefix="messenger-hosts-"))
        # nginx's workers (www-data) write request bodies under it.
        self.dir.chmod(0o755)

    @property
    def url(self) -> str:
        """The balancer: where clients connect."""
        return f"http://{LISTEN_HOST}:{self.port}"

    def start(self) -> None:
        """Everything, each part waited for; what was started is stopped on a failure."""
        try:
            remove_stale()
            self._make_namespaces()
            ensure_installed(sorted({"haproxy", self.balancer}))
            self._start_gateway()
            for host in self.hosts.values():
                self._start_api(host)
            for host in self.hosts.values():
                self._wait_serving(host)
            self._start_balancer()
        except BaseException:
            self.stop()
            raise

    def _make_namespaces(self) -> None:
        with LOCK_PATH.open("a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            used = set(re.findall(rf"inet {re.escape(SUBNET_PREFIX)}\.(\d+)\.", ip("-4", "addr")))
            free = [n for n in range(1, 255) if str(n) not in used]
            for name, subnet in zip(HOST_NAMES, free, strict=False):
                host = Host(
                    name=name,
                    namespace=f"{NAMESPACE_PREFIX}{os.getpid()}-{name}",
                    veth=f"{VETH_PREFIX}{os.getpid()}{name}",
                    subnet=subnet,
                    log_path=self.dir / f"host-{name}.log",
                )
                try:
                    ip("netns", "add", host.namespace)
                except RuntimeError as error:
                    raise NamespacesUnavailable(str(error)) from None
                self.hosts[name] = host
                # The host's end is created in its namespace, as eth0.
                peer = ("peer", "name", "eth0", "netns", host.namespace)
                ip("link", "add", host.veth, "type", "veth", *peer)
                ip("addr", "add", f"{host.gateway}/30", "dev", host.veth)
                ip("link", "set", host.veth, "up")
                inside = ("-n", host.namespace)
                ip(*inside, "addr", "add", f"{host.address}/30", "dev", "eth0")
                ip(*inside, "link", "set", "eth0", "up")
                ip(*inside, "link", "set", "lo", "up")

    def _gateway_config(self) -> str:
        lines = [
            "global",
            "    maxconn 4000",
            "defaults",
            "    mode tcp",
            "    timeout connect 2s",
            # Pooled database connections and Redis subscriptions sit idle for long.
            "    timeout client 1h",
            "    timeout server 1h",
        ]
        for service in endpoints(self.config):
            lines.append(f"listen {service.name}")
            lines += [f"    bind {host.gateway}:{service.port}" for host in self.hosts.values()]
            lines.append(f"    server local {service.host}:{service.port}")
        return "\n".join(lines) + "\n"

    def _start_gateway(self) -> None:
        path = self.dir / "gateway.cfg"
        path.write_text(self._gateway_config())
        self._gateway = self._spawn(["haproxy", "-db", "-f", str(path)], "gateway.log")
        for service in endpoints(self.config):
            for host in self.hosts.values():
                self._wait_port(Endpoint(service.name, host.gateway, service.port), self._gateway)

    def host_config(self, host: Host) -> Config:
        """The API's config on a host: the services at its gateway; the balancer, which
        connects from the gateway address, a trusted proxy."""
        database_url = with_host(self.config.database.url, host.gateway)
        config = replace_section(self.config, "database", url=database_url)
        redis_url = with_host(self.config.redis.url, host.gateway)
        config = replace_section(config, "redis", url=redis_url)
        config = replace_section(config, "memcached", host=host.gateway)
        return replace_section(config, "server", trusted_proxies=(host.gateway,))

    def _start_api(self, host: Host) -> None:
        env = as_environment(self.host_config(host)) | {"PYTHONUNBUFFERED": "1"}
        command = [
            "ip", "netns", "exec", host.namespace,
            sys.executable, "-m", "messenger", "serve",
            "--host", host.address, "--port", str(API_PORT), "--processes", str(self.processes),
        ]  # fmt: skip
        with host.log_path.open("ab") as log:  # the processes keep their own descriptor
            host.process = subprocess.Popen(  # noqa: S603
                command,
                env=env | dict(self.extra_env),
                cwd=ROOT,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )

    def _wait_serving(self, host: Host) -> None:
        """Until the host answers /healthz and each of its processes says it serves."""
        deadline = time.monotonic() + START_SECONDS
        while time.monotonic() < deadline:
            assert host.process is not None
            if host.process.poll() is not None:
                raise RuntimeError(f"host {host.name} exited:\n{host.log()[-3000:]}")
            if host.log().count("Running on") >= self.processes and healthy(host.base):
                return
            time.sleep(POLL_SECONDS)
        raise RuntimeError(f"host {host.name} did not come up:\n{host.log()[-3000:]}")

    def _start_balancer(self) -> None:
        self.port = free_port()
        a, b = (self.hosts[name] for name in HOST_NAMES)
        values = {
            "listen": f"{LISTEN_HOST}:{self.port}",
            "api_a": a.backend,
            "api_b": b.backend,
            "state_dir": str(self.dir),
        }
        suffix = "cfg" if self.balancer == "haproxy" else "conf"
        template = (OPS_DIR / f"{self.balancer}.{suffix}").read_text()
        path = self.dir / f"{self.balancer}.{suffix}"
        path.write_text(render(template, values))
        if self.balancer == "haproxy":
            command = ["haproxy", "-db", "-f", str(path)]
        else:
            command = ["nginx", "-e", "stderr", "-p", str(self.dir), "-c", str(path)]
            command += ["-g", "daemon off;"]
        self._balancer = self._spawn(command, "balancer.log")
        self._wait_port(Endpoint(self.balancer, LISTEN_HOST, self.port), self._balancer)
        deadline = time.monotonic() + START_SECONDS
        while not healthy(self.url):
            if time.monotonic() > deadline:
                raise RuntimeError(f"{self.balancer} does not pass requests on:\n{self.logs()}")
            time.sleep(POLL_SECONDS)

    def _spawn(self, command: list[str], log_name: str) -> subprocess.Popen[bytes]:
        with (self.dir / log_name).open("ab") as log:
            return subprocess.Popen(  # noqa: S603
                command, stdin=subprocess.DEVNULL, stdout=log, stderr=subprocess.STDOUT
            )

    def _wait_port(self, endpoint: Endpoint, process: subprocess.Popen[bytes]) -> None:
        try:
            wait_listening(endpoint, timeout=START_SECONDS / 4)
        except RuntimeError:
            status = process.poll()
            raise RuntimeError(
                f"{endpoint.name} on {endpoint.host}:{endpoint.port} (exit status {status}):\n"
                + self.logs()
            ) from None

    def kill(self, name: str) -> int:
        """Kill host `name` as a machine dies: SIGKILL to all its processes at once, no
        goodbye. How many processes it had."""
        host = self.hosts[name]
        killed = kill_namespace_processes(host.namespace)
        if host.process is not None:
            host.process.wait(timeout=STOP_SECONDS)
        return killed

    def alive(self, name: str) -> list[int]:
        """The processes still running on host `name`."""
        return namespace_pids(self.hosts[name].namespace)

    def logs(self) -> str:
        """Every log of the run, the last lines of each, for a failure's report."""
        parts = []
        for path in sorted(self.dir.glob("*.log")):
            parts.append(f"--- {path.name}\n{path.read_text(errors='replace')[-4000:]}")
        return "\n".join(parts)

    def stop(self) -> None:
        """Stop everything this run started and remove its namespaces and files; safe to
        call on a run that only partly started, and more than once."""
        for process in (self._balancer, self._gateway):
            if process is not None and process.poll() is None:
                process.terminate()
                try:
                    process.wait(timeout=STOP_SECONDS)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()
        for host in self.hosts.values():
            if host.process is not None and host.process.poll() is None:
                # As an operator stops a host: SIGTERM to the parent, which drains.
                host.process.terminate()
                with contextlib.suppress(subprocess.TimeoutExpired):
                    host.process.wait(timeout=STOP_SECONDS)
            kill_namespace_processes(host.namespace)
            if host.process is not None and host.process.poll() is None:
                host.process.wait(timeout=STOP_SECONDS)
            with contextlib.suppress(RuntimeError):
                ip("netns", "delete", host.namespace)
            # Deleting the namespace removes the veth pair with its inner end.
            with contextlib.suppress(RuntimeError):
                ip("link", "delete", host.veth)
        self.hosts.clear()
        shutil.rmtree(self.dir, ignore_errors=True)


@contextlib.contextmanager
def two_hosts(
    config: Config, balancer: str, *, extra_env: Mapping[str, str] | None = None
) -> Iterator[TwoHosts]:
    """Two hosts behind `balancer`, started, and stopped again on the way out."""
    hosts = TwoHosts(config, balancer, extra_env=dict(extra_env or {}))
    hosts.start()
    try:
        yield hosts
    finally:
        hosts.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--balancer", choices=BALANCERS, default="haproxy")
    args = parser.parse_args(argv)
    with two_hosts(load_config(), args.balancer) as hosts:
        names = ", ".join(f"{h.name} {h.base} ({h.namespace})" for h in hosts.hosts.values())
        print(f"{args.balancer} on {hosts.url}; hosts {names}; Ctrl-C stops", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            signal.pause()
    return 0


if __name__ == "__main__":
    sys.exit(main())

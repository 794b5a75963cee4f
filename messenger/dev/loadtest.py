"""A small load test: the real API in its own process, driven over HTTP from this one.

`python -m messenger.dev.loadtest --concurrency 16 64` recreates the `messenger_bench`
database, starts `python -m messenger serve` on a free port against it, registers users
and fills chats through the API, then runs each scenario at each concurrency and prints
throughput, latency percentiles and the API's memory. Everything goes to 127.0.0.1 and
every loop is bounded by a request count and a time limit.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections import Counter
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import aiohttp

from messenger.config import AuthConfig, load_config
from messenger.repository.migrations import apply_migrations, create_database, drop_database

BENCH_DATABASE = "messenger_bench"
HOST = "127.0.0.1"
API = "/api/v1"
LOG_PATH = Path("var/loadtest/server.log")
START_TIMEOUT_SECONDS = 30.0
STOP_TIMEOUT_SECONDS = 10.0
API_POOL_MAX = 20
BENCH_MESSAGE_LIMIT = 10**9
REQUEST_TIMEOUT_SECONDS = 30.0
GROUP_SIZE = 8  # each user owns one group with the next 7 users: 8 groups + 2 personal chats
SEED_MESSAGES = 60  # per user into its own group, so a 50-message history page is full
# Registration hashes with argon2 (64 MiB each); a few at a time keeps the set-up from
# inflating the API's peak RSS before the scenarios that are measured.
REGISTER_CONCURRENCY = 4
SEED_CONCURRENCY = 16

# What a scenario asks of the API on a client's k-th turn: method, path, JSON body.
Plan = tuple[str, str, dict[str, Any] | None]


@dataclass
class Account:
    id: int
    nick: str
    password: str
    token: str
    chat_ids: list[int] = field(default_factory=list)


@dataclass
class Result:
    scenario: str
    concurrency: int
    requests: int
    errors: int
    error_kinds: dict[str, int]
    seconds: float
    rps: float
    p50_ms: float
    p99_ms: float
    client_cpu_pct: float  # near 100 means the client, not the API, was the limit
    # 100 is one core, the ceiling of one API process; its children's too (--processes).
    api_cpu_pct: float
    db_cpu_pct: float  # the PostgreSQL backends of the bench database
    # Everything on the machine, 100 per core: well above client + API + db means a
    # neighbour took CPU and the numbers above are lower than the code can do.
    host_cpu_pct: float
    # The largest VmHWM of the API's processes after this scenario; it only grows.
    api_peak_rss_mb: float


def bench_database_url(url: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path=f"/{BENCH_DATABASE}"))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def proc_status_kib(pid: int, key: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(f"{key}:"):
            return int(line.split()[1])
    raise RuntimeError(f"{key} missing from /proc/{pid}/status")


def proc_cpu_seconds(pid: int) -> float:
    # Fields 14 and 15 of /proc/<pid>/stat, counted after the ")" that ends the name.
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def children_of(pid: int) -> list[int]:
    """The processes `pid` started: `serve --processes N` is a parent that forks the API
    processes, and it is theirs that count."""
    children = []
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            # The parent's pid is field 4 of /proc/<pid>/stat, the 2nd after the name.
            if int((proc / "stat").read_text().rsplit(")", 1)[1].split()[1]) == pid:
                children.append(int(proc.name))
        except (OSError, IndexError, ValueError):
            continue  # gone, or not ours to read
    return children


def process_tree_cpu_seconds(pid: int) -> float:
    """CPU of a process and of its children."""
    total = proc_cpu_seconds(pid)
    for child in children_of(pid):
        with contextlib.suppress(OSError, IndexError, ValueError):  # gone meanwhile
            total += proc_cpu_seconds(child)
    return total


def peak_rss_mb(pid: int) -> float:
    """The largest peak RSS (VmHWM) of a process and of its children: the memory target
    is per API process, and the parent of `serve --processes N` only waits."""
    peaks = [rss_mb(pid, "VmHWM")]
    for child in children_of(pid):
        with contextlib.suppress(OSError, RuntimeError):  # gone meanwhile
            peaks.append(rss_mb(child, "VmHWM"))
    return max(peaks)


def bench_backends_cpu_seconds() -> float:
    """CPU of the PostgreSQL backends serving the bench database (when it runs here)."""
    return backends_cpu_seconds(BENCH_DATABASE)


def backends_cpu_seconds(database: str) -> float:
    """CPU of the PostgreSQL backends serving one database (when it runs here)."""
    total = 0.0
    for proc in Path("/proc").glob("[0-9]*"):
        try:
            if f" {database} ".encode() in (proc / "cmdline").read_bytes():
                total += proc_cpu_seconds(int(proc.name))
        except (OSError, IndexError):
            continue  # gone, or not ours to read
    return total


def rss_mb(pid: int, key: str = "VmRSS") -> float:
    return round(proc_status_kib(pid, key) / 1024, 1)


def host_busy_seconds() -> float:
    # The "cpu" line of /proc/stat: all cores; idle and iowait are the 4th and 5th counts.
    counts = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    return (sum(counts) - counts[3] - counts[4]) / os.sysconf("SC_CLK_TCK")


def percentile(sorted_values: list[float], fraction: float) -> float:
    if not sorted_values:
        return 0.0
    index = min(len(sorted_values) - 1, round(fraction * (len(sorted_values) - 1)))
    return sorted_values[index]


def start_api(
    database_url: str,
    port: int,
    log_path: Path = LOG_PATH,
    extra_env: Mapping[str, str] | None = None,
    checkout: Path | None = None,
    processes: int = 1,
) -> subprocess.Popen[bytes]:
    """`messenger serve` on the database (`processes` API processes sharing the port); of
    another checkout of the project (its own .venv, run in its folder) when `checkout`
    is given."""
    auth = AuthConfig()  # the production hashing cost, whatever a test env may have set
    env = os.environ | {
        "MESSENGER_DATABASE__URL": database_url,
        "MESSENGER_DATABASE__POOL_MAX": str(API_POOL_MAX),
        "MESSENGER_AUTH__ARGON2_TIME_COST": str(auth.argon2_time_cost),
        "MESSENGER_AUTH__ARGON2_MEMORY_KIB": str(auth.argon2_memory_kib),
        # The per-user send limit is counted in Redis (its cost is part of a send), but
        # set far above what the load sends: a 429 would be an error of the bench.
        "MESSENGER_LIMITS__MESSAGES": str(BENCH_MESSAGE_LIMIT),
    }
    env |= extra_env or {}
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with log_path.open("wb") as log:  # the child keeps its own descriptor
        python = str(checkout / ".venv" / "bin" / "python") if checkout else sys.executable
        return subprocess.Popen(  # noqa: S603 - a fixed argument list
            [
                python,
                *("-m", "messenger", "serve", "--host", HOST, "--port", str(port)),
                *(("--processes", str(processes)) if processes > 1 else ()),
            ],
            env=env,
            cwd=checkout,
            stdout=log,
            stderr=subprocess.STDOUT,
        )


def stop_api(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is not None:
        return
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(timeout=STOP_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


async def wait_healthy(base: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=2)) as session:
        while time.monotonic() < deadline:
            if process.poll() is not None:
                raise RuntimeError(f"the API exited with {process.returncode}; see {LOG_PATH}")
            try:
                async with session.get(f"{base}/healthz") as response:
                    if response.status == 200:
                        return
            except (aiohttp.ClientError, TimeoutError):
                pass  # not listening yet
            await asyncio.sleep(0.2)
    raise RuntimeError(f"no 200 from /healthz in {START_TIMEOUT_SECONDS}s; see {LOG_PATH}")


async def call(
    session: aiohttp.ClientSession, method: str, url: str, token: str | None, body: Any = None
) -> Any:
    """One set-up request that must succeed."""
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    async with session.request(method, url, json=body, headers=headers) as response:
        payload = await response.json(content_type=None)
        if response.status >= 300:
            raise RuntimeError(f"{method} {url} -> {response.status}: {payload}")
        return payload


async def bounded(limit: int, count: int, job: Callable[[int], Awaitable[Any]]) -> list[Any]:
    """job(0) .. job(count - 1), at most `limit` at a time, results in order."""
    gate = asyncio.Semaphore(limit)

    async def run(i: int) -> Any:
        async with gate:  # the coroutine is made only here, so a Ctrl-C leaves none unawaited
            return await job(i)

    return await asyncio.gather(*(run(i) for i in range(count)))


async def prepare(base: str, users: int) -> list[Account]:
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_SECONDS)
    async with aiohttp.ClientSession(base, timeout=timeout) as s:
        run_id = uuid.uuid4().hex[:6]

        async def register(i: int) -> Account:
            nick, password = f"bench_{run_id}_{i:04d}", f"bench-password-{i:04d}"
            body = {"nick": nick, "name": f"Bench {i}", "email": f"{nick}@example.com"}
            got = await call(s, "POST", f"{API}/auth/register", None, body | {"password": password})
            return Account(got["user"]["id"], nick, password, got["token"])

        accounts = await bounded(REGISTER_CONCURRENCY, users, register)

        async def create_chats(i: int) -> None:
            me, ring = accounts[i], [accounts[(i + k) % users] for k in range(1, GROUP_SIZE)]
            body = {"is_group_chat": False, "member_ids": [ring[0].id]}
            personal = await call(s, "POST", f"{API}/chats", me.token, body)
            body = {
                "is_group_chat": True,
                "topic": f"group {i}",
                "member_ids": [a.id for a in ring],
            }
            group = await call(s, "POST", f"{API}/chats", me.token, body)
            me.chat_ids[:0] = [group["id"], personal["id"]]  # own group first: it gets seeded
            ring[0].chat_ids.append(personal["id"])
            for other in ring:
                other.chat_ids.append(group["id"])

        await bounded(SEED_CONCURRENCY, users, create_chats)

        async def seed(j: int) -> None:
            me, n = accounts[j // SEED_MESSAGES], j % SEED_MESSAGES
            body = {"content": f"seed message {n} from {me.nick}"}
            await call(s, "POST", f"{API}/chats/{me.chat_ids[0]}/messages", me.token, body)

        await bounded(SEED_CONCURRENCY, users * SEED_MESSAGES, seed)
    return accounts


def send_message(me: Account, k: int) -> Plan:
    # A fresh client_message_id each time, as a real client sends one.
    body = {"content": f"load {me.nick} {k}", "client_message_id": str(uuid.uuid4())}
    return "POST", f"{API}/chats/{me.chat_ids[k % len(me.chat_ids)]}/messages", body


def list_chats(me: Account, k: int) -> Plan:
    return "GET", f"{API}/chats", None


def history_page(me: Account, k: int) -> Plan:
    return "GET", f"{API}/chats/{me.chat_ids[k % len(me.chat_ids)]}/messages?limit=50", None


def login(me: Account, k: int) -> Plan:
    return "POST", f"{API}/auth/login", {"login": me.nick, "password": me.password}


SCENARIOS = {
    "send message": send_message,
    "list chats": list_chats,
    "history page": history_page,
    "login": login,
}


async def drive(
    base: str,
    pid: int,
    accounts: list[Account],
    name: str,
    plan: Callable[[Account, int], Plan],
    concurrency: int,
    total: int,
    max_seconds: float,
) -> Result:
    remaining = total
    latencies: list[float] = []
    errors: Counter[str] = Counter()
    deadline = time.monotonic() + max_seconds
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_SECONDS)

    async def client(c: int) -> None:
        nonlocal remaining
        me = accounts[c % len(accounts)]  # each client is its own user while users last
        headers = {"Authorization": f"Bearer {me.token}"}
        # One keep-alive connection per client, like a real app holding its session.
        connector = aiohttp.TCPConnector(limit=1)
        async with aiohttp.ClientSession(
            base, headers=headers, timeout=timeout, connector=connector
        ) as session:
            k = 0
            while remaining > 0 and time.monotonic() < deadline:
                remaining -= 1  # one event loop: no lock needed between check and decrement
                started = time.perf_counter()
                method, path, body = plan(me, k)
                try:
                    async with session.request(method, path, json=body) as response:
                        await response.read()  # a request ends when its body has arrived
                    if response.status >= 300:
                        errors[str(response.status)] += 1
                except (aiohttp.ClientError, TimeoutError) as error:
                    errors[type(error).__name__] += 1
                latencies.append((time.perf_counter() - started) * 1000)
                k += 1

    cpu_before, api_cpu_before = time.process_time(), process_tree_cpu_seconds(pid)
    host_before, db_before = host_busy_seconds(), bench_backends_cpu_seconds()
    started = time.perf_counter()
    await asyncio.gather(*(client(c) for c in range(concurrency)))
    seconds = time.perf_counter() - started
    cpu = time.process_time() - cpu_before
    api_cpu = process_tree_cpu_seconds(pid) - api_cpu_before
    host, db = host_busy_seconds() - host_before, bench_backends_cpu_seconds() - db_before
    latencies.sort()
    return Result(
        scenario=name,
        concurrency=concurrency,
        requests=len(latencies),
        errors=sum(errors.values()),
        error_kinds=dict(errors),
        seconds=round(seconds, 3),
        rps=round(len(latencies) / seconds, 1),
        p50_ms=round(percentile(latencies, 0.50), 2),
        p99_ms=round(percentile(latencies, 0.99), 2),
        client_cpu_pct=round(100 * cpu / seconds, 1),
        api_cpu_pct=round(100 * api_cpu / seconds, 1),
        db_cpu_pct=round(100 * db / seconds, 1),
        host_cpu_pct=round(100 * host / seconds, 1),
        api_peak_rss_mb=peak_rss_mb(pid),
    )


# Column title -> Result field, in the order printed.
COLUMNS = {
    "scenario": "scenario",
    "conc": "concurrency",
    "requests": "requests",
    "errors": "errors",
    "req/s": "rps",
    "p50 ms": "p50_ms",
    "p99 ms": "p99_ms",
    "client cpu%": "client_cpu_pct",
    "api cpu%": "api_cpu_pct",
    "db cpu%": "db_cpu_pct",
    "host cpu%": "host_cpu_pct",
    "api peak MB": "api_peak_rss_mb",
}


def print_table(results: list[Result], memory: dict[str, float]) -> None:
    cells = [list(COLUMNS)] + [[str(getattr(r, f)) for f in COLUMNS.values()] for r in results]
    widths = [max(len(row[i]) for row in cells) for i in range(len(COLUMNS))]
    for row in cells:
        # The scenario name reads best left-aligned, the numbers right-aligned.
        print(
            "  ".join(
                [row[0].ljust(widths[0])]
                + [v.rjust(w) for v, w in zip(row[1:], widths[1:], strict=True)]
            )
        )
    for r in results:
        if r.error_kinds:
            print(f"errors in {r.scenario} @ {r.concurrency}: {r.error_kinds}")
    print(
        f"API peak RSS (VmHWM): {memory['api_peak_rss_mb']} MB"
        f" (RSS at start {memory['rss_at_start_mb']} MB,"
        f" peak after set-up {memory['peak_after_setup_mb']} MB); {os.cpu_count()} cores;"
        f" server log: {LOG_PATH}"
    )


async def run(
    args: argparse.Namespace, base: str, process: subprocess.Popen[bytes], memory: dict[str, float]
) -> list[Result]:
    await wait_healthy(base, process)
    memory["rss_at_start_mb"] = rss_mb(process.pid)
    print(f"API pid {process.pid} at {base}; preparing {args.users} users", file=sys.stderr)
    accounts = await prepare(base, args.users)
    # Set-up hashes passwords too, so tell its share of the peak apart from the scenarios'.
    memory["peak_after_setup_mb"] = rss_mb(process.pid, "VmHWM")
    results: list[Result] = []
    for name, plan in SCENARIOS.items():
        total = args.login_requests if name == "login" else args.requests
        for concurrency in args.concurrency:
            result = await drive(
                base, process.pid, accounts, name, plan, concurrency, total, args.max_seconds
            )
            print(f"  {name} @ {concurrency}: {result.rps} req/s", file=sys.stderr)
            results.append(result)
    return results


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m messenger.dev.loadtest", description=__doc__)
    parser.add_argument("--users", type=int, default=64)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[16])
    parser.add_argument("--requests", type=int, default=2000, help="per scenario and level")
    parser.add_argument("--login-requests", type=int, default=200, help="argon2 makes it slow")
    parser.add_argument("--max-seconds", type=float, default=120.0, help="cap per scenario")
    parser.add_argument("--json", metavar="PATH", help="also write the results as JSON")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.users < GROUP_SIZE or min(args.concurrency) < 1:
        print(f"need --users >= {GROUP_SIZE} and --concurrency >= 1", file=sys.stderr)
        return 2
    database_url = bench_database_url(load_config().database.url)
    drop_database(database_url)
    create_database(database_url)
    apply_migrations(database_url)
    port = free_port()
    process = start_api(database_url, port)
    try:
        memory: dict[str, float] = {}
        results = asyncio.run(run(args, f"http://{HOST}:{port}", process, memory))
        # Read while the process lives: its high-water mark goes with it.
        memory["api_peak_rss_mb"] = rss_mb(process.pid, "VmHWM")
    except KeyboardInterrupt:
        return 130
    except (RuntimeError, aiohttp.ClientError) as error:
        print(f"load test failed: {error}", file=sys.stderr)
        return 1
    finally:
        stop_api(process)
    print_table(results, memory)
    if args.json:
        report = {
            **memory,
            "users": args.users,
            "results": [asdict(r) for r in results],
        }
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    # Errors under load are a finding, not noise: make them fail a CI step.
    return 1 if any(r.errors for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())

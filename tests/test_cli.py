"""The `messenger` command as real processes: migrate, serve, run and the stack."""

from __future__ import annotations

import asyncio
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import psycopg2
import pytest

from messenger.config import Config, load_config
from messenger.dev.stack import Stack, endpoints, is_listening
from messenger.repository.migrations import apply_migrations, create_database, drop_database
from tests.support.databases import database_url
from tests.support.ports import free_port

ROOT = Path(__file__).resolve().parent.parent
START_TIMEOUT_SECONDS = 20.0
STOP_TIMEOUT_SECONDS = 20.0


def messenger(
    *args: str, env: dict[str, str], cwd: Path = ROOT, timeout: float = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "messenger", *args],
        env=env,
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def start(*args: str, env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("wb") as output:
        return subprocess.Popen(
            [sys.executable, "-m", "messenger", *args],
            env=env,
            cwd=ROOT,
            stdout=output,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )


def stop(process: subprocess.Popen[bytes], sig: signal.Signals) -> int:
    """Send sig and wait; a process that does not stop in time is killed (and fails)."""
    if process.poll() is None:
        process.send_signal(sig)
    try:
        return process.wait(timeout=STOP_TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)
        raise


def request(port: int, path: str, body: dict[str, Any] | None = None) -> tuple[int, dict[str, Any]]:
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}",
        data=data,
        headers={"Content-Type": "application/json"},
        method="GET" if body is None else "POST",
    )
    try:
        with urllib.request.urlopen(req, timeout=5) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as error:
        return error.code, json.loads(error.read())


def wait_healthy(port: int, process: subprocess.Popen[bytes], log: Path) -> dict[str, Any]:
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(f"exited with {process.returncode}:\n{log.read_text()}")
        try:
            status, body = request(port, "/healthz")
        except OSError:
            time.sleep(0.1)
            continue
        assert status == 200, body
        return body
    pytest.fail(f"no answer on /healthz within {START_TIMEOUT_SECONDS}s:\n{log.read_text()}")


def table_names(url: str) -> set[str]:
    connection = psycopg2.connect(url, connect_timeout=5)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            return {row[0] for row in cursor.fetchall()}
    finally:
        connection.close()


@pytest.fixture
def db_url(base_config: Config) -> Iterator[str]:
    """The URL of a database that does not exist yet; dropped after the test."""
    url = database_url(base_config.database.url, f"messenger_cli_{uuid.uuid4().hex[:12]}")
    try:
        yield url
    finally:
        drop_database(url)


@pytest.fixture
def env(db_url: str) -> dict[str, str]:
    # Hashing cost is not under test here.
    return dict(
        os.environ,
        MESSENGER_DATABASE__URL=db_url,
        MESSENGER_AUTH__ARGON2_TIME_COST="1",
        MESSENGER_AUTH__ARGON2_MEMORY_KIB="1024",
    )


@pytest.fixture
def migrated_env(env: dict[str, str], db_url: str) -> dict[str, str]:
    create_database(db_url)
    apply_migrations(db_url)
    return env


def register_body() -> dict[str, str]:
    nick = f"cli_{uuid.uuid4().hex[:10]}"
    return {
        "nick": nick,
        "name": "Cli Tester",
        "email": f"{nick}@example.com",
        "password": "correct horse battery",
    }


def test_migrate_creates_the_database_and_applies_every_migration(
    env: dict[str, str], db_url: str
) -> None:
    result = messenger("migrate", env=env)
    assert result.returncode == 0, result.stderr
    assert "created the database" in result.stderr
    assert "applied 0 migration(s)" not in result.stderr
    assert {"users", "chats", "messages"} <= table_names(db_url)


def test_migrate_a_second_time_creates_nothing_and_applies_0(env: dict[str, str]) -> None:
    assert messenger("migrate", env=env).returncode == 0
    again = messenger("migrate", env=env)
    assert again.returncode == 0, again.stderr
    assert "created the database" not in again.stderr
    assert "applied 0 migration(s)" in again.stderr


def row_count(url: str, table: str) -> int:
    connection = psycopg2.connect(url, connect_timeout=5)
    try:
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT count(*) FROM {table}")  # a fixed table name of ours
            row = cursor.fetchone()
            assert row is not None
            return int(row[0])
    finally:
        connection.close()


def test_seed_migrates_and_fills_the_database_with_the_requested_rows(
    env: dict[str, str], db_url: str
) -> None:
    args = ("seed", "--users", "6", "--chats", "4", "--messages", "25", "--quiet")
    result = messenger(*args, env=env)
    assert result.returncode == 0, result.stderr
    assert "created the database" in result.stderr
    assert "seeded 6 users, 4 chats" in result.stderr
    assert (row_count(db_url, "users"), row_count(db_url, "chats")) == (6, 4)
    assert row_count(db_url, "messages") == 25


def test_profile_reports_each_operation_on_a_seeded_database(
    env: dict[str, str], tmp_path: Path
) -> None:
    seeded = messenger(
        "seed", "--users", "6", "--chats", "4", "--messages", "25", "--quiet", env=env
    )
    assert seeded.returncode == 0, seeded.stderr
    profiled = dict(env, MESSENGER_PROFILER__DIR=str(tmp_path))
    result = messenger("profile", "--repeat", "1", env=profiled)
    assert result.returncode == 0, result.stderr
    for name in ("get_chats", "get_messages", "get_users"):
        assert f"{name}: " in result.stdout
    assert f"report: {tmp_path / 'profile-report.txt'}" in result.stdout
    assert (tmp_path / "profile-report.txt").exists()


def test_serve_answers_healthz_and_register_then_stops_on_sigterm(
    migrated_env: dict[str, str], tmp_path: Path
) -> None:
    port = free_port()
    log = tmp_path / "serve.log"
    process = start("serve", "--port", str(port), env=migrated_env, log=log)
    try:
        health = wait_healthy(port, process, log)
        assert health["status"] == "ok"
        status, body = request(port, "/api/v1/auth/register", register_body())
        assert status == 201, body
        assert body["token"]
    finally:
        code = stop(process, signal.SIGTERM)
    # aiohttp turns SIGTERM into a graceful exit (0); -15 would mean the signal killed it
    # before aiohttp's handler was installed, which is also a clean stop.
    assert code in (0, -signal.SIGTERM), log.read_text()
    assert not is_listening("127.0.0.1", port)


def test_a_served_api_never_loads_fastapi_which_only_the_dashboard_needs(
    migrated_env: dict[str, str], tmp_path: Path
) -> None:
    port = free_port()
    log = tmp_path / "serve.log"
    # Python writes every module it imports to stderr (the log): what the API loaded.
    env = dict(migrated_env, PYTHONPROFILEIMPORTTIME="1")
    process = start("serve", "--port", str(port), env=env, log=log)
    try:
        wait_healthy(port, process, log)
    finally:
        stop(process, signal.SIGTERM)
    imported = {
        line.rsplit("|", 1)[1].strip()
        for line in log.read_text().splitlines()
        if line.startswith("import time:") and line.count("|") == 2
    }
    assert {"taskiq_dependencies", "messenger.services.outbox"} <= imported  # it kicks tasks
    # (taskiq-dependencies' failed attempt at fastapi.params is listed too: no package.)
    assert not imported & {"fastapi", "starlette", "fastapi.applications"}


def test_serve_port_option_beats_the_configured_port(
    migrated_env: dict[str, str], tmp_path: Path
) -> None:
    port = free_port()
    env = dict(migrated_env, MESSENGER_SERVER__PORT=str(free_port()))
    log = tmp_path / "serve.log"
    process = start("serve", "--host", "127.0.0.1", "--port", str(port), env=env, log=log)
    try:
        wait_healthy(port, process, log)
    finally:
        stop(process, signal.SIGTERM)


def test_stack_exec_runs_the_command_and_returns_its_exit_code(env: dict[str, str]) -> None:
    code = "import sys; print('from the command'); sys.exit(3)"
    result = messenger("stack", "exec", "--", sys.executable, "-c", code, env=env)
    assert result.returncode == 3, result.stderr
    assert result.stdout.strip() == "from the command"


def test_stack_exec_with_services_already_running_starts_nothing(env: dict[str, str]) -> None:
    result = messenger("stack", "exec", "--", sys.executable, "-c", "print(1)", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "1"
    for name in ("postgres", "redis", "memcached"):
        assert f"{name} already answers" in result.stderr
    assert "starting" not in result.stderr
    assert "stopping" not in result.stderr


def test_stack_exec_migrates_the_configured_database_before_the_command(
    env: dict[str, str], db_url: str
) -> None:
    result = messenger("stack", "exec", "--", sys.executable, "-c", "pass", env=env)
    assert result.returncode == 0, result.stderr
    assert "created the database" in result.stderr
    assert "users" in table_names(db_url)


def test_stack_exec_passes_a_later_double_dash_on_to_the_command(env: dict[str, str]) -> None:
    code = "import sys; print(sys.argv[1:])"
    result = messenger("stack", "exec", "--", sys.executable, "-c", code, "--", "x", env=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "['--', 'x']"


@pytest.mark.parametrize("tail", [[], ["--"]], ids=["nothing", "only-double-dash"])
def test_stack_exec_without_a_command_exits_2(env: dict[str, str], tail: list[str]) -> None:
    result = messenger("stack", "exec", *tail, env=env)
    assert result.returncode == 2
    assert "needs a command" in result.stderr
    assert "already answers" not in result.stderr, "nothing is brought up"


def test_unknown_stack_action_is_a_usage_error(env: dict[str, str]) -> None:
    result = messenger("stack", "sideways", env=env)
    assert result.returncode == 2
    assert "invalid choice" in result.stderr


def test_no_subcommand_is_a_usage_error(env: dict[str, str]) -> None:
    result = messenger(env=env)
    assert result.returncode == 2
    assert "required" in result.stderr


def test_run_serves_with_the_stack_and_a_migrated_database_and_stops_on_sigint(
    env: dict[str, str], db_url: str, tmp_path: Path
) -> None:
    port = free_port()
    log = tmp_path / "run.log"
    process = start("run", "--port", str(port), env=env, log=log)
    try:
        health = wait_healthy(port, process, log)
        assert health["status"] == "ok"
        status, body = request(port, "/api/v1/auth/register", register_body())
        assert status == 201, body
    finally:
        code = stop(process, signal.SIGINT)
    assert code == 0, log.read_text()
    output = log.read_text()
    assert "created the database" in output
    assert "starting" not in output, "the suite's services answered already"
    assert not is_listening("127.0.0.1", port)


def test_stack_up_starts_private_services_and_stack_down_stops_them(tmp_path: Path) -> None:
    """In a folder of its own (its `.stack`), on free ports: the real start and stop."""
    ports = {"postgres": free_port(), "redis": free_port(), "memcached": free_port()}
    env = dict(
        os.environ,
        MESSENGER_CONFIG=str(tmp_path / "no-config.yaml"),
        MESSENGER_DATABASE__URL=f"postgresql://postgres@127.0.0.1:{ports['postgres']}/messenger",
        MESSENGER_REDIS__URL=f"redis://127.0.0.1:{ports['redis']}/0",
        MESSENGER_MEMCACHED__HOST="127.0.0.1",
        MESSENGER_MEMCACHED__PORT=str(ports["memcached"]),
    )
    config = load_config(environ=env)
    stack = Stack(config, state_dir=tmp_path / ".stack")
    try:
        up = messenger("stack", "up", env=env, cwd=tmp_path)
        assert up.returncode == 0, up.stderr
        for name in ports:
            assert f"starting {name}" in up.stderr
        assert "created the database" in up.stderr
        assert [e.name for e in endpoints(config) if is_listening(e.host, e.port)] == list(ports)
        assert "users" in table_names(config.database.url)

        down = messenger("stack", "down", env=env, cwd=tmp_path)
        assert down.returncode == 0, down.stderr
        assert [e.name for e in endpoints(config) if is_listening(e.host, e.port)] == []
        assert sorted(p.name for p in stack.state_dir.glob("*.pid")) == []
        assert not (stack.state_dir / "postgres.datadir").exists()
    finally:
        stack.down()
        shutil.rmtree(stack.postgres_dir().parent, ignore_errors=True)


def children_of(pid: int) -> set[int]:
    """The live processes whose parent is pid (from /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # gone meanwhile
        if int(fields[1]) == pid and fields[0] != "Z":
            found.add(int(stat.parent.name))
    return found


def alive(pids: set[int]) -> set[int]:
    return {pid for pid in pids if Path(f"/proc/{pid}").exists()}


def wait_for_children(
    pid: int, count: int, *, log: Path, other_than: set[int] = frozenset()
) -> set[int]:
    deadline = time.monotonic() + START_TIMEOUT_SECONDS
    while time.monotonic() < deadline:
        children = children_of(pid)
        if len(children) == count and not children & other_than:
            return children
        time.sleep(0.1)
    pytest.fail(f"not {count} API processes under {pid}: {children_of(pid)}\n{log.read_text()}")


async def test_serve_with_two_processes_shares_the_port_replaces_a_dead_one_and_stops_cleanly(
    migrated_env: dict[str, str], tmp_path: Path
) -> None:
    port = free_port()
    log = tmp_path / "serve.log"
    process = start("serve", "--port", str(port), "--processes", "2", env=migrated_env, log=log)
    try:
        await asyncio.to_thread(wait_healthy, port, process, log)
        first = await asyncio.to_thread(wait_for_children, process.pid, 2, log=log)
        # Each request on a connection of its own: the kernel spreads them over both.
        for _ in range(20):
            status, body = await asyncio.to_thread(
                request, port, "/api/v1/auth/register", register_body()
            )
            assert status == 201, body

        # One dies: the other serves meanwhile, and the parent starts a new one.
        os.kill(min(first), signal.SIGKILL)
        # A connection queued on the killed one's socket is reset; the next goes through.
        for _ in range(20):
            try:
                status, _ = await asyncio.to_thread(request, port, "/healthz")
                break
            except OSError:
                await asyncio.sleep(0.05)
        assert status == 200
        await asyncio.to_thread(wait_for_children, process.pid, 2, other_than={min(first)}, log=log)

        # SIGTERM to the parent: sockets close with 1001 and every process exits.
        status, session = await asyncio.to_thread(
            request, port, "/api/v1/auth/register", register_body()
        )
        async with aiohttp.ClientSession() as client:
            socket = await client.ws_connect(
                f"http://127.0.0.1:{port}/api/v1/ws?token={session['token']}"
            )
            assert (await socket.receive_json(timeout=5))["type"] == "ready"
            last = children_of(process.pid)
            process.send_signal(signal.SIGTERM)
            closed = await socket.receive(timeout=STOP_TIMEOUT_SECONDS)
            assert (closed.type, closed.data) == (aiohttp.WSMsgType.CLOSE, 1001)
        code = await asyncio.to_thread(process.wait, STOP_TIMEOUT_SECONDS)
    finally:
        stop(process, signal.SIGTERM)
    assert code == 0, log.read_text()
    assert await asyncio.to_thread(alive, last) == set()
    assert not is_listening("127.0.0.1", port)


def test_serve_with_two_processes_on_a_taken_port_exits_with_an_error(
    migrated_env: dict[str, str], tmp_path: Path
) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        log = tmp_path / "serve.log"
        process = start("serve", "--port", str(port), "--processes", "2", env=migrated_env, log=log)
        try:
            code = process.wait(timeout=START_TIMEOUT_SECONDS)
        finally:
            stop(process, signal.SIGTERM)
    assert code != 0
    assert "failed at start" in log.read_text()

"""messenger.dev.stack on real services: private PostgreSQL, Redis and memcached on free
loopback ports, under a temporary state folder, always stopped again."""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg2
import pytest
import redis

from messenger.config import Config, replace_section
from messenger.dev import stack
from messenger.dev.stack import (
    Endpoint,
    Stack,
    command_available,
    endpoints,
    ensure_installed,
    is_listening,
    is_root,
    pid_alive,
    postgres_bin_dir,
    read_pid,
    services_not_started,
    stop_pid,
    wait_listening,
)
from messenger.repository.migrations import create_database
from tests.support.ports import free_port

# RFC 5737 documentation address: never a real host, so it never answers.
UNREACHABLE_HOST = "192.0.2.1"


def stack_config(
    base: Config,
    *,
    postgres_port: int | None = None,
    redis_port: int | None = None,
    memcached_port: int | None = None,
    postgres_host: str = "127.0.0.1",
    memcached_host: str = "127.0.0.1",
) -> Config:
    """base with the given services moved to other addresses (None: keep base's)."""
    config = base
    if postgres_port is not None:
        url = f"postgresql://postgres@{postgres_host}:{postgres_port}/postgres"
        config = replace_section(config, "database", url=url)
    if redis_port is not None:
        config = replace_section(config, "redis", url=f"redis://127.0.0.1:{redis_port}/0")
    if memcached_port is not None:
        config = replace_section(config, "memcached", host=memcached_host, port=memcached_port)
    return config


def private_config() -> Config:
    return stack_config(
        Config(), postgres_port=free_port(), redis_port=free_port(), memcached_port=free_port()
    )


def redis_answers(url: str) -> bool:
    client = redis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)
    try:
        return bool(client.ping())
    finally:
        client.close()


def memcached_version(host: str, port: int) -> str:
    with socket.create_connection((host, port), timeout=2) as conn:
        conn.sendall(b"version\r\n")
        return conn.recv(256).decode()


def postgres_answers(url: str) -> bool:
    connection = psycopg2.connect(url, connect_timeout=5)
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    finally:
        connection.close()


def closed(config: Config) -> list[str]:
    return [e.name for e in endpoints(config) if not is_listening(e.host, e.port)]


def remove_postgres_dir(stack: Stack) -> None:
    """The data folder may live outside the state folder (/var/tmp/messenger-<hash>)."""
    shutil.rmtree(stack.postgres_dir().parent, ignore_errors=True)


@pytest.fixture(scope="module")
def started(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    """A full private stack, brought up once for the module."""
    stack = Stack(private_config(), state_dir=tmp_path_factory.mktemp("stack"))
    try:
        stack.up()
        yield stack
    finally:
        stack.down()
        remove_postgres_dir(stack)


def test_up_starts_postgres_redis_and_memcached(started: Stack) -> None:
    assert started.started == ["postgres", "redis", "memcached"]


def test_started_services_answer_on_their_ports(started: Stack) -> None:
    config = started.config
    assert postgres_answers(config.database.url)
    assert redis_answers(config.redis.url)
    assert memcached_version(config.memcached.host, config.memcached.port).startswith("VERSION ")


def test_started_daemons_have_live_pidfiles_and_postgres_a_datadir_marker(started: Stack) -> None:
    for name in ("redis", "memcached"):
        pid = read_pid(started.state_dir / f"{name}.pid")
        assert pid is not None and pid_alive(pid), name
    marker = started.state_dir / "postgres.datadir"
    assert Path(marker.read_text()) == started.postgres_dir()
    assert (started.postgres_dir() / "postmaster.pid").exists()


def test_postgres_data_falls_back_to_var_tmp_when_postgres_cannot_reach_the_state_dir(
    started: Stack,
) -> None:
    # pytest's temporary folders are 0700 and owned by root: the postgres user cannot
    # traverse them, so a root run keeps the cluster under /var/tmp instead.
    data = started.postgres_dir()
    if is_root():
        assert data.parent.parent == Path("/var/tmp")
        assert data.parent.name.startswith("messenger-")
        assert data.owner() == "postgres"
    else:
        assert data == started.state_dir / "postgres"


def test_second_up_starts_nothing_and_reports_services_already_answering(
    started: Stack, capsys: pytest.CaptureFixture[str]
) -> None:
    again = Stack(started.config, state_dir=started.state_dir)
    again.up()
    assert again.started == []
    err = capsys.readouterr().err
    for name in ("postgres", "redis", "memcached"):
        assert f"{name} already answers" in err
    assert "starting" not in err


def test_down_without_pidfiles_leaves_running_services_alone(
    started: Stack, tmp_path: Path
) -> None:
    Stack(started.config, state_dir=tmp_path / "other").down()
    assert closed(started.config) == []


def test_down_stops_every_service_it_started_and_removes_its_files(tmp_path: Path) -> None:
    stack = Stack(private_config(), state_dir=tmp_path / "state")
    try:
        stack.up()
        assert closed(stack.config) == []
        stack.down()
        assert closed(stack.config) == ["postgres", "redis", "memcached"]
        assert not (stack.state_dir / "redis.pid").exists()
        assert not (stack.state_dir / "memcached.pid").exists()
        assert not (stack.state_dir / "postgres.datadir").exists()
        assert not (stack.postgres_dir() / "postmaster.pid").exists()
    finally:
        stack.down()
        remove_postgres_dir(stack)


def test_up_after_down_restarts_the_same_postgres_cluster_without_initdb(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stack = Stack(private_config(), state_dir=tmp_path / "state")
    try:
        stack.up()
        kept = stack.config.database.url.rsplit("/", 1)[0] + "/kept_across_restarts"
        assert create_database(kept)
        stack.down()
        capsys.readouterr()

        again = Stack(stack.config, state_dir=stack.state_dir)
        again.up()
        assert again.started == ["postgres", "redis", "memcached"]
        assert "initdb" not in capsys.readouterr().err
        assert postgres_answers(kept)
    finally:
        stack.down()
        remove_postgres_dir(stack)


def test_down_of_named_services_stops_only_those(base_config: Config, tmp_path: Path) -> None:
    # PostgreSQL stays the suite's own; only the cheap daemons are started here.
    config = stack_config(base_config, redis_port=free_port(), memcached_port=free_port())
    stack = Stack(config, state_dir=tmp_path)
    try:
        stack.up()
        assert stack.started == ["redis", "memcached"]
        stack.down(["redis"])
        assert closed(config) == ["redis"]
        assert (tmp_path / "memcached.pid").exists()
    finally:
        stack.down()
    assert closed(config) == ["redis", "memcached"]
    assert postgres_answers(base_config.database.url)


def test_running_stops_what_it_started_when_the_body_raises(
    base_config: Config, tmp_path: Path
) -> None:
    config = stack_config(base_config, redis_port=free_port(), memcached_port=free_port())
    stack = Stack(config, state_dir=tmp_path)
    try:
        with pytest.raises(LookupError, match="body failed"), stack.running():
            assert redis_answers(config.redis.url)
            raise LookupError("body failed")
        assert stack.started == ["redis", "memcached"]
        assert closed(config) == ["redis", "memcached"]
        assert not (tmp_path / "redis.pid").exists()
    finally:
        stack.down()


def test_running_leaves_a_service_that_already_answered(
    base_config: Config, tmp_path: Path
) -> None:
    # The suite's PostgreSQL and Redis answer already; only memcached is private here.
    config = stack_config(base_config, memcached_port=free_port())
    stack = Stack(config, state_dir=tmp_path)
    try:
        with stack.running():
            assert stack.started == ["memcached"]
        assert closed(config) == ["memcached"]
        assert redis_answers(base_config.redis.url)
        assert postgres_answers(base_config.database.url)
    finally:
        stack.down()


def test_running_stops_what_it_started_when_up_fails_partway(
    base_config: Config, tmp_path: Path
) -> None:
    redis_port = free_port()
    config = stack_config(
        base_config, redis_port=redis_port, memcached_port=11211, memcached_host=UNREACHABLE_HOST
    )
    stack = Stack(config, state_dir=tmp_path)
    try:
        with pytest.raises(RuntimeError, match="memcached"), stack.running():
            pytest.fail("the body must not run when up() fails")
        assert stack.started == ["redis"]
        assert not is_listening("127.0.0.1", redis_port)
    finally:
        stack.down()


def test_up_refuses_to_start_a_non_loopback_service_that_does_not_answer(
    tmp_path: Path,
) -> None:
    config = stack_config(Config(), postgres_port=5432, postgres_host=UNREACHABLE_HOST)
    stack = Stack(config, state_dir=tmp_path)
    started_at = time.monotonic()
    with pytest.raises(RuntimeError, match=r"postgres at 192\.0\.2\.1:5432 does not answer"):
        stack.up()
    assert time.monotonic() - started_at < 5
    assert stack.started == []
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_endpoints_read_hosts_and_ports_from_the_config() -> None:
    config = stack_config(Config(), postgres_port=6000, redis_port=6001, memcached_port=6002)
    assert endpoints(config) == [
        Endpoint("postgres", "127.0.0.1", 6000),
        Endpoint("redis", "127.0.0.1", 6001),
        Endpoint("memcached", "127.0.0.1", 6002),
    ]


def test_endpoints_use_default_ports_when_urls_have_none() -> None:
    config = replace_section(Config(), "database", url="postgresql://postgres@db/x")
    config = replace_section(config, "redis", url="redis://cache/0")
    assert endpoints(config)[:2] == [
        Endpoint("postgres", "db", 5432),
        Endpoint("redis", "cache", 6379),
    ]


def test_redis_behind_sentinels_is_never_started_and_needs_one_answering_sentinel(
    tmp_path: Path,
) -> None:
    dead = f"127.0.0.1:{free_port()}"
    config = replace_section(Config(), "redis", sentinels=[dead, f"127.0.0.1:{free_port()}"])
    assert [e.name for e in endpoints(config)] == ["postgres", "memcached"]
    with pytest.raises(RuntimeError, match=r"no Redis Sentinel of redis\.sentinels answers"):
        Stack(config, state_dir=tmp_path).check_sentinels()
    with socket.socket() as listening:
        listening.bind(("127.0.0.1", 0))
        listening.listen()
        answering = f"127.0.0.1:{listening.getsockname()[1]}"
        config = replace_section(config, "redis", sentinels=[dead, answering])
        Stack(config, state_dir=tmp_path).check_sentinels()  # one of two is enough


def test_wait_listening_raises_when_nothing_listens_in_time() -> None:
    with pytest.raises(RuntimeError, match="did not start listening"):
        wait_listening(Endpoint("nothing", "127.0.0.1", free_port()), timeout=0.3)


def test_every_command_the_stack_starts_is_installed_so_ensure_installed_does_nothing() -> None:
    assert postgres_bin_dir() is not None
    assert all(command_available(c) for c in ("pg_ctl", "redis-server", "memcached"))
    ensure_installed(["pg_ctl", "redis-server", "memcached"])


def test_while_apt_installs_no_maintainer_script_may_start_its_service(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    policy = tmp_path / "policy-rc.d"
    monkeypatch.setattr(stack, "POLICY_RC_D", policy)
    with services_not_started([]):
        assert subprocess.run([str(policy), "nginx", "start"], check=False).returncode == 101
    assert not policy.exists()
    # A machine's own policy is left as it is.
    policy.write_text("#!/bin/sh\nexit 0\n")
    with services_not_started([]):
        pass
    assert policy.read_text() == "#!/bin/sh\nexit 0\n"


def test_read_pid_is_none_for_a_missing_or_garbled_pidfile(tmp_path: Path) -> None:
    assert read_pid(tmp_path / "absent.pid") is None
    (tmp_path / "empty.pid").write_text("")
    assert read_pid(tmp_path / "empty.pid") is None
    (tmp_path / "bad.pid").write_text("not-a-pid\n")
    assert read_pid(tmp_path / "bad.pid") is None
    (tmp_path / "good.pid").write_text("1234\nextra\n")
    assert read_pid(tmp_path / "good.pid") == 1234


def test_stop_pid_kills_a_process_that_ignores_sigterm() -> None:
    code = (
        "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
        "print(1, flush=True); time.sleep(60)"
    )
    process = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE)
    try:
        assert process.stdout is not None and process.stdout.readline().strip() == b"1"
        stop_pid(process.pid, "stubborn", timeout=0.5)
        assert process.wait(timeout=5) == -9
    finally:
        process.kill()
        process.wait(timeout=5)


def test_stop_pid_returns_promptly_for_a_daemon_whose_starter_has_exited() -> None:
    # The daemon is reparented to init; an init that does not reap leaves a zombie,
    # which stop_pid must see as stopped instead of waiting out its whole timeout.
    starter = subprocess.run(
        ["sh", "-c", "sleep 60 >/dev/null 2>&1 & echo $!"],
        capture_output=True,
        text=True,
        check=True,
        timeout=10,
        start_new_session=True,
    )
    pid = int(starter.stdout)
    assert pid_alive(pid)
    started_at = time.monotonic()
    stop_pid(pid, "orphan", timeout=5)
    assert time.monotonic() - started_at < 3
    assert not pid_alive(pid)


def test_stop_pid_of_a_dead_pid_does_nothing() -> None:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait(timeout=10)
    assert not pid_alive(process.pid)
    stop_pid(process.pid, "gone", timeout=0.1)

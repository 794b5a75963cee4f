"""What `messenger run` starts beside the API, supervised; and the whole run end to end."""

from __future__ import annotations

import _thread
import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from messenger.config import Config, MailConfig, replace_section
from messenger.dev.stack import is_listening
from messenger.dev.supervisor import Program, Supervisor, local_programs, mail_sink_wanted
from messenger.repository.migrations import drop_database
from tests.support.databases import database_url, forget_task_queue
from tests.support.ports import free_port
from tests.support.processes import ROOT

WAIT_SECONDS = 30.0


def wait_until(check: Any, what: str, within: float = WAIT_SECONDS) -> Any:
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        value = check()
        if value:
            return value
        time.sleep(0.1)
    pytest.fail(f"not within {within}s: {what}")


def test_a_child_that_dies_is_started_again() -> None:
    program = Program("flaky", [sys.executable, "-c", "import sys; sys.exit(3)"])
    supervisor = Supervisor([program], dict(os.environ))
    with supervisor.running():
        [child] = supervisor.children
        wait_until(lambda: child.restarts >= 1, "a restart", within=5)
    assert child.process is not None and child.process.poll() is not None


def test_stop_kills_a_child_that_ignores_sigterm() -> None:
    stubborn = (
        "import signal, sys, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
        "print('ready', flush=True); time.sleep(60)"
    )
    supervisor = Supervisor(
        [Program("stubborn", [sys.executable, "-c", stubborn])], {}, stop_timeout=0.5
    )
    started = time.monotonic()
    with supervisor.running():
        time.sleep(0.5)
    [child] = supervisor.children
    assert child.process is not None and child.process.returncode == -signal.SIGKILL
    assert time.monotonic() - started < 5


def test_the_mail_sink_runs_only_when_no_real_smtp_server_is_configured() -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        busy_port = taken.getsockname()[1]
        assert not mail_sink_wanted(MailConfig(host="127.0.0.1", port=busy_port))
    assert mail_sink_wanted(MailConfig(host="127.0.0.1", port=free_port()))
    assert not mail_sink_wanted(MailConfig(host="smtp.example.com", port=587))
    names = [p.name for p in local_programs(Config(mail=MailConfig(host="smtp.example.com")))]
    assert names == ["dashboard", "worker", "scheduler"]


def test_the_next_programs_start_once_a_served_one_listens(tmp_path: Path) -> None:
    # The dashboard and the mail sink come first: the worker talks to both from its
    # first task on. This server opens its port a second after it starts.
    port = free_port()
    slow_server = (
        "import socket, time; time.sleep(1); s = socket.socket();"
        f" s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); s.bind(('127.0.0.1', {port}));"
        " s.listen(); time.sleep(60)"
    )
    seen = tmp_path / "seen"
    client = (
        "import socket, sys\n"
        "try:\n"
        f"    socket.create_connection(('127.0.0.1', {port}), timeout=1).close(); seen = 'up'\n"
        "except OSError:\n"
        "    seen = 'down'\n"
        f"open({str(seen)!r}, 'w').write(seen); import time; time.sleep(60)"
    )
    programs = [
        Program("server", [sys.executable, "-c", slow_server], ("127.0.0.1", port)),
        Program("client", [sys.executable, "-c", client]),
    ]
    with Supervisor(programs, dict(os.environ), stop_timeout=1).running():
        assert wait_until(lambda: seen.exists() and seen.read_text(), "the client's check") == "up"


def test_a_served_program_that_never_listens_holds_up_the_rest_only_so_long(
    tmp_path: Path,
) -> None:
    started = tmp_path / "started"
    programs = [
        Program(
            "mute",
            [sys.executable, "-c", "import time; time.sleep(60)"],
            ("127.0.0.1", free_port()),
        ),
        Program("next", [sys.executable, "-c", f"open({str(started)!r}, 'w').close()"]),
    ]
    begun = time.monotonic()
    with Supervisor(programs, dict(os.environ), stop_timeout=1, listen_timeout=0.5).running():
        wait_until(started.exists, "the next program", within=5)
    assert time.monotonic() - begun < 5


# --- `messenger run` as a user starts it ------------------------------------------------


@pytest.fixture
def run_env(base_config: Config, tmp_path: Path) -> Iterator[dict[str, str]]:
    url = database_url(base_config.database.url, f"messenger_run_{uuid.uuid4().hex[:12]}")
    env = {k: v for k, v in os.environ.items() if not k.startswith("MESSENGER_")}
    env.update(
        MESSENGER_DATABASE__URL=url,
        MESSENGER_AUTH__ARGON2_TIME_COST="1",
        MESSENGER_AUTH__ARGON2_MEMORY_KIB="1024",
        # The chat mail is under test, not the address confirmation before it.
        MESSENGER_AUTH__VERIFY_EMAIL="false",
        MESSENGER_SERVER__PORT=str(free_port()),
        MESSENGER_MAIL__PORT=str(free_port()),
        MESSENGER_MAIL__SINK_DIR=str(tmp_path / "mail"),
        MESSENGER_DASHBOARD__PORT=str(free_port()),
        MESSENGER_DASHBOARD__DB_PATH=str(tmp_path / "dashboard.sqlite3"),
        MESSENGER_TASKS__METRICS_PORT=str(free_port()),
    )
    try:
        yield env
    finally:
        drop_database(url)
        forget_task_queue(replace_section(base_config, "database", url=url))


def http(port: int, path: str, body: Any = None, token: str = "") -> tuple[int, str]:
    headers = {"Content-Type": "application/json"}
    if token:
        headers["Authorization"] = f"Bearer {token}"
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}{path}",
        data=None if body is None else json.dumps(body).encode(),
        headers=headers,
        method="GET" if body is None else "POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode()
    except OSError:
        return 0, ""


def register(port: int, nick: str) -> dict[str, Any]:
    status, text = http(
        port,
        "/api/v1/auth/register",
        {
            "nick": nick,
            "name": nick.title(),
            "email": f"{nick}@example.com",
            "password": "pw-12345678",
        },
    )
    assert status == 201, text
    payload: dict[str, Any] = json.loads(text)
    return payload


def test_run_mails_a_new_chat_into_the_sink_shows_it_on_the_dashboard_and_stops_on_ctrl_c(
    run_env: dict[str, str], tmp_path: Path
) -> None:
    api = int(run_env["MESSENGER_SERVER__PORT"])
    ports = {
        name: int(run_env[key])
        for name, key in (
            ("mail sink", "MESSENGER_MAIL__PORT"),
            ("dashboard", "MESSENGER_DASHBOARD__PORT"),
            ("worker metrics", "MESSENGER_TASKS__METRICS_PORT"),
        )
    }
    log = tmp_path / "run.log"
    with log.open("wb") as output:
        run = subprocess.Popen(
            [sys.executable, "-m", "messenger", "run", "--port", str(api)],
            env=run_env,
            cwd=ROOT,
            stdout=output,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    try:
        wait_until(lambda: http(api, "/healthz")[0] == 200 or run.poll() is not None, "the API")
        assert run.poll() is None, log.read_text()
        # Reports a worker sends before the dashboard listens are lost (and only logged).
        board = ports["dashboard"]
        wait_until(lambda: http(board, "/")[0] == 200, "the dashboard")
        alice = register(api, f"alice_{uuid.uuid4().hex[:6]}")
        bob = register(api, f"bob_{uuid.uuid4().hex[:6]}")
        status, text = http(
            api,
            "/api/v1/chats",
            {"is_group_chat": True, "topic": "Run", "member_ids": [bob["user"]["id"]]},
            token=alice["token"],
        )
        assert status == 201, text

        [kept] = wait_until(lambda: list((tmp_path / "mail").glob("*.eml")), "the mail")
        assert f"To: {bob['user']['name']} <{bob['user']['email']}>" in kept.read_text()
        wait_until(lambda: "messenger.send_mail" in http(board, "/")[1], "the dashboard entry")
        metrics = http(ports["worker metrics"], "/")[1]
        assert 'success_tasks_total{task_name="messenger.send_mail"} 1.0' in metrics
    finally:
        run.send_signal(signal.SIGINT)
        code = run.wait(timeout=30)
    output = log.read_text()
    assert code == 0, output
    for name, port in {**ports, "api": api}.items():
        assert not is_listening("127.0.0.1", port), f"the {name} still listens"


def test_ctrl_c_while_the_start_waits_stops_the_children_already_started() -> None:
    mute = Program(
        "mute", [sys.executable, "-c", "import time; time.sleep(60)"], ("127.0.0.1", free_port())
    )
    supervisor = Supervisor([mute], dict(os.environ), stop_timeout=1, listen_timeout=30)
    threading.Timer(0.5, _thread.interrupt_main).start()  # Ctrl-C, as the terminal sends it
    with pytest.raises(KeyboardInterrupt), supervisor.running():
        pytest.fail("the start was not interrupted")
    [child] = supervisor.children
    assert child.process is not None and child.process.poll() is not None

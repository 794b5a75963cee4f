"""Browser tests: the real app on a real port, driven by headless Chromium.

The app runs in its own thread with its own event loop (Selenium calls block), against
the suite's throw-away database. Chromium and chromedriver come from Debian, installed
by the project's stack when missing. A failing test leaves a screenshot and the console
log of every browser it opened under coverage/screenshots/.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
import urllib.error
import urllib.request
import uuid
from collections.abc import Callable, Coroutine, Generator, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import redis
from aiohttp import web
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.chrome.webdriver import WebDriver

from messenger.api.app import create_app
from messenger.config import Config, as_environment, replace_section
from messenger.dev import stack
from messenger.services.task_queue import queue_name
from messenger.tasks import scheduler_command, worker_command
from tests.support.mailbox import Mailbox, mailing_to, running_mailbox
from tests.support.ports import free_port
from tests.support.processes import ROOT, stop_process

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
FAILURE_DIR = Path("coverage/screenshots")
WINDOW = (1280, 820)

DRIVERS = pytest.StashKey[list[WebDriver]]()


class LiveServer:
    """The app served on 127.0.0.1:<port> from a thread of its own; it can be stopped
    and started again on the same port, like a restarted server process."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self.port = free_port()
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(
            target=self.loop.run_forever, name="live-server", daemon=True
        )
        self.runner: web.AppRunner | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def run(self, coroutine: Coroutine[Any, Any, Any], timeout: float = 30.0) -> Any:
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result(timeout)

    def start(self) -> None:
        if not self.thread.is_alive():
            self.thread.start()
        self.run(self._start())

    async def _start(self) -> None:
        runner = web.AppRunner(create_app(self.config), access_log=None, shutdown_timeout=5.0)
        await runner.setup()
        await web.TCPSite(runner, "127.0.0.1", self.port).start()
        self.runner = runner

    def stop(self) -> None:
        if self.runner is not None:
            self.run(self.runner.cleanup())
            self.runner = None

    def close(self) -> None:
        self.stop()
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(timeout=10)
        self.loop.close()


@dataclass
class User:
    """A user made through the API, for tests that are not about signing up."""

    id: int
    nick: str
    name: str
    password: str
    token: str


class Api:
    """A small blocking client of the live server's HTTP API."""

    def __init__(self, base_url: str) -> None:
        self.base_url = base_url

    def call(self, method: str, path: str, token: str | None = None, body: Any = None) -> Any:
        headers = {"Content-Type": "application/json"} if body is not None else {}
        if token:
            headers["Authorization"] = f"Bearer {token}"
        data = json.dumps(body).encode() if body is not None else None
        request = urllib.request.Request(
            self.base_url + path, data=data, headers=headers, method=method
        )
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                raw = response.read()
        except urllib.error.HTTPError as error:
            raise AssertionError(f"{method} {path}: {error.code} {error.read()[:300]!r}") from None
        return json.loads(raw) if raw else None

    def register(self, name: str, nick: str | None = None) -> User:
        nick = (
            nick or f"{re.sub(r'[^a-z]', '', name.lower())[:12] or 'user'}_{uuid.uuid4().hex[:8]}"
        )
        password = "correct horse battery"
        answer = self.call(
            "POST",
            "/api/v1/auth/register",
            body={"nick": nick, "name": name, "email": f"{nick}@example.com", "password": password},
        )
        user = answer["user"]
        return User(user["id"], nick, name, password, answer["token"])

    def personal_chat(self, user: User, other: User) -> dict[str, Any]:
        body = {"is_group_chat": False, "member_ids": [other.id]}
        chat: dict[str, Any] = self.call("POST", "/api/v1/chats", user.token, body)
        return chat

    def group_chat(self, owner: User, topic: str, members: list[User]) -> dict[str, Any]:
        body = {"is_group_chat": True, "topic": topic, "member_ids": [m.id for m in members]}
        chat: dict[str, Any] = self.call("POST", "/api/v1/chats", owner.token, body)
        return chat

    def send(self, user: User, chat_id: int, content: str, **extra: Any) -> dict[str, Any]:
        message: dict[str, Any] = self.call(
            "POST", f"/api/v1/chats/{chat_id}/messages", user.token, {"content": content, **extra}
        )
        return message

    def messages(self, user: User | str, chat_id: int, limit: int = 100) -> list[dict[str, Any]]:
        token = user if isinstance(user, str) else user.token
        page = self.call("GET", f"/api/v1/chats/{chat_id}/messages?limit={limit}", token)
        items: list[dict[str, Any]] = page["items"]
        return items

    def chat(self, user: User | str, chat_id: int) -> dict[str, Any]:
        token = user if isinstance(user, str) else user.token
        chat: dict[str, Any] = self.call("GET", f"/api/v1/chats/{chat_id}", token)
        return chat


@pytest.fixture(scope="session")
def chromium_installed() -> None:
    stack.ensure_installed(["chromium", "chromedriver"])


@pytest.fixture(scope="session")
def live_server(config: Config) -> Iterator[LiveServer]:
    server = LiveServer(config)
    server.start()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def api(live_server: LiveServer) -> Api:
    return Api(live_server.url)


def chrome_options(
    download_dir: str | None = None, languages: str | None = None
) -> webdriver.ChromeOptions:
    """Options of one window; `languages` ("ru-RU,ru") is what the browser says it
    prefers (navigator.languages), else Chromium's default (en-US)."""
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        f"--user-data-dir={tempfile.mkdtemp(prefix='messenger-chromium-')}",
        f"--window-size={WINDOW[0]},{WINDOW[1]}",
        "--lang=en-GB",
        "--force-device-scale-factor=1",
    ):
        options.add_argument(argument)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    prefs: dict[str, Any] = {}
    if download_dir is not None:
        prefs.update(
            {
                "download.default_directory": download_dir,
                "download.prompt_for_download": False,
                "safebrowsing.enabled": False,
            }
        )
    if languages is not None:
        prefs["intl.accept_languages"] = languages
    if prefs:
        options.add_experimental_option("prefs", prefs)
    return options


Browser = Callable[..., WebDriver]


@pytest.fixture
def browser(
    chromium_installed: None, request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[Browser]:
    """Opens headless Chromium windows (one per user); all are closed after the test."""
    os.environ["SE_OFFLINE"] = "true"  # never let Selenium Manager reach for the network
    drivers: list[WebDriver] = []
    request.node.stash[DRIVERS] = drivers

    def open_browser(download_dir: Path | None = None, languages: str | None = None) -> WebDriver:
        service = Service(executable_path=CHROMEDRIVER)
        options = chrome_options(str(download_dir) if download_dir else None, languages)
        driver = webdriver.Chrome(service=service, options=options)
        driver.set_window_size(*WINDOW)
        drivers.append(driver)
        return driver

    yield open_browser
    for driver in drivers:
        driver.quit()


@dataclass
class MailingServer:
    """A live server whose mail goes to a mailbox of the test's own, with a real
    `taskiq worker` and `taskiq scheduler` on a task queue of its own."""

    server: LiveServer
    mailbox: Mailbox
    logs: list[Path] = field(default_factory=list)

    @property
    def url(self) -> str:
        return self.server.url

    def log_text(self) -> str:
        return "\n".join(
            f"--- {path.name}\n{path.read_text(errors='replace')}" for path in self.logs
        )


@pytest.fixture
def mailing_server(config: Config, tmp_path: Path) -> Iterator[MailingServer]:
    """A server whose mention mail goes out after 2 s (looked for every second) to a
    mailbox here, its links leading back to that server. Addresses count as confirmed
    (no confirmation mail): the notification mails are under test."""
    with running_mailing_server(config, tmp_path, verify_email=False) as found:
        yield found


@pytest.fixture
def verifying_mailing_server(config: Config, tmp_path: Path) -> Iterator[MailingServer]:
    """The same, but a new address gets a confirmation link and stays unconfirmed until
    it is followed (as in production)."""
    with running_mailing_server(config, tmp_path, verify_email=True) as found:
        yield found


@contextlib.contextmanager
def running_mailing_server(
    config: Config, tmp_path: Path, *, verify_email: bool
) -> Iterator[MailingServer]:
    with running_mailbox() as mailbox:
        server = LiveServer(config)
        # Links in mails lead to this server's client.
        mailing = mailing_to(config, mailbox, base_url=server.url)
        mailing = replace_section(
            mailing, "notifications", mention_delay_seconds=2, mention_check_seconds=1
        )
        mailing = replace_section(
            mailing, "tasks", queue=f"messenger:test:{uuid.uuid4().hex}", metrics_port=0
        )
        mailing = replace_section(mailing, "dashboard", api_token="")
        mailing = replace_section(mailing, "auth", verify_email=verify_email)
        server.config = mailing
        processes: list[subprocess.Popen[bytes]] = []
        found = MailingServer(server, mailbox)
        try:
            server.start()
            commands = {
                "worker": worker_command(sys.executable, "--workers", "1"),
                "scheduler": scheduler_command(sys.executable),
            }
            for name, command in commands.items():
                log = tmp_path / f"{name}.log"
                found.logs.append(log)
                with log.open("wb") as output:
                    processes.append(
                        subprocess.Popen(
                            command,
                            env=as_environment(mailing),
                            cwd=ROOT,
                            stdout=output,
                            stderr=subprocess.STDOUT,
                            stdin=subprocess.DEVNULL,
                            start_new_session=True,
                        )
                    )
            yield found
        finally:
            for process in processes:
                if process.poll() is None:
                    stop_process(process, signal.SIGTERM)
            server.close()
            with contextlib.closing(redis.Redis.from_url(mailing.redis.url)) as client:
                client.delete(queue_name(mailing))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    report = yield
    drivers = item.stash.get(DRIVERS, [])
    if report.when == "call" and report.failed and drivers:
        saved = save_failure_evidence(item.name, drivers)
        report.sections.append(("browser screenshots", "\n".join(saved)))
    return report


def save_failure_evidence(test_name: str, drivers: list[WebDriver]) -> list[str]:
    """A screenshot and the console log of each browser; the paths of the screenshots."""
    FAILURE_DIR.mkdir(parents=True, exist_ok=True)
    saved = []
    base = re.sub(r"[^A-Za-z0-9_.-]", "_", test_name)
    for number, driver in enumerate(drivers, 1):
        stem = FAILURE_DIR / f"{base}-browser{number}"
        try:
            driver.save_screenshot(str(stem.with_suffix(".png")))
            logs = driver.get_log("browser")
            stem.with_suffix(".log").write_text(
                "\n".join(f"{entry['level']} {entry['message']}" for entry in logs)
            )
            saved.append(str(stem.with_suffix(".png").resolve()))
        except Exception as error:  # a crashed browser must not hide the test's failure
            saved.append(f"{stem}: no screenshot ({error!r})")
    return saved

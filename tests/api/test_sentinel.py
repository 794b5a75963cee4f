"""Redis behind Sentinel (README, "Redis Sentinel"), on real parts: a primary, a replica
and three Sentinels (messenger/dev/sentinel.py), two API processes and a taskiq worker
that know Redis only through the Sentinels. The primary is SIGKILLed while two users send
through both processes, sockets on both listen and new users register (their
confirmation mails go through the outbox); the Sentinels promote the replica, and:

- every send is answered 201;
- the sockets (reconnected as a client does when one is closed) hear what is sent after
  the failover, live, through either process;
- the failed-login limit is counted on the new primary (429 after limits.login_failures);
- every confirmation mail arrives exactly once, the ones whose kick was lost with the old
  primary too: the test plays the scheduler's part and kicks the outbox relay every second
  (its cron runs once a minute).
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import aiohttp
import psycopg2
import pytest
from taskiq.kicker import AsyncKicker

from messenger.config import Config, as_environment, replace_section
from messenger.dev.sentinel import SentinelSet
from messenger.repository.migrations import apply_migrations, create_database, drop_database
from messenger.services.redis_client import open_sync_redis
from messenger.services.task_queue import RELAY_OUTBOX, queue_name, stream_broker
from tests.api.test_two_processes import call, register, running_apis
from tests.support.databases import database_url
from tests.support.mailbox import Mailbox, mailing_to, running_mailbox
from tests.support.ports import free_port
from tests.support.processes import stop_process, worker_process

CONFIRM = "Confirm your email address"
LOGIN_FAILURES = 3
# Not 0: the url's database number must reach the primary through the Sentinels.
DB = 3
WAIT = 30.0  # for anything the failover delays: the promotion, live events, the mails
SEND_PAUSE = 0.02  # between one user's sends: a steady load, not a flood


@pytest.fixture
def sentinels() -> Iterator[SentinelSet]:
    servers = SentinelSet()
    try:
        servers.start()
        yield servers
    finally:
        print(servers.logs())
        servers.stop()


@pytest.fixture
def mailbox() -> Iterator[Mailbox]:
    with running_mailbox() as box:
        yield box


@pytest.fixture
def sentinel_config(
    base_config: Config, sentinels: SentinelSet, mailbox: Mailbox, tmp_path: Path
) -> Iterator[Config]:
    """A database of the test's own (the relay sees only its mails), Redis through the
    Sentinels only: the url points where nothing listens, so a client that used its host
    would fail."""
    url = database_url(base_config.database.url, f"messenger_sentinel_{uuid.uuid4().hex[:12]}")
    create_database(url)
    apply_migrations(url)
    config = replace_section(base_config, "database", url=url, pool_min=1, pool_max=10)
    config = replace_section(
        config,
        "redis",
        url=f"redis://127.0.0.1:{free_port()}/{DB}",
        sentinels=sentinels.sentinels,
        service_name=sentinels.service_name,
    )
    config = replace_section(config, "attachments", dir=str(tmp_path / "attachments"))
    config = replace_section(config, "exports", dir=str(tmp_path / "exports"))
    config = mailing_to(config, mailbox)
    config = replace_section(
        config,
        "tasks",
        queue=f"messenger:sentinel:{uuid.uuid4().hex}",
        metrics_port=0,
        mail_redeliver_seconds=1,
        mail_lease_seconds=30,
        mail_retry_seconds=1,
    )
    config = replace_section(
        config, "auth", argon2_time_cost=1, argon2_memory_kib=1024, verify_email=True
    )
    config = replace_section(config, "limits", messages=100_000, login_failures=LOGIN_FAILURES)
    config = replace_section(config, "dashboard", api_token="")
    try:
        yield config
    finally:
        drop_database(url)


@pytest.fixture
def worker(sentinel_config: Config, tmp_path: Path) -> Iterator[subprocess.Popen[bytes]]:
    """`taskiq worker` as `make run` starts it, on the test's config."""
    log = tmp_path / "worker.log"
    process = worker_process(sentinel_config, log)
    try:
        yield process
    finally:
        stop_process(process, signal.SIGTERM)
        print(f"--- {log.name}\n{log.read_text(errors='replace')[-4000:]}")


@dataclass
class Listener:
    """A client's socket to one API process, opened again whenever it is closed (4503
    after the failover: events may have been missed)."""

    base: str
    token: str
    heard: dict[str, float] = field(default_factory=dict)  # content -> when
    opened: int = 0
    close_codes: list[int | None] = field(default_factory=list)

    async def run(self, session: aiohttp.ClientSession) -> None:
        while True:
            try:
                async with session.ws_connect(
                    f"{self.base}/api/v1/ws", params={"token": self.token}
                ) as ws:
                    async for frame in ws:
                        if frame.type != aiohttp.WSMsgType.TEXT:
                            continue
                        event = json.loads(frame.data)
                        if event["type"] == "ready":
                            self.opened += 1
                        elif event["type"] == "message.created":
                            self.heard[event["data"]["content"]] = time.monotonic()
                    self.close_codes.append(ws.close_code)
            except (aiohttp.ClientError, TimeoutError) as error:
                self.close_codes.append(None)
                print(f"socket to {self.base}: {error!r}")
            await asyncio.sleep(0.05)


@dataclass
class Sent:
    content: str
    status: int
    started: float
    detail: str = ""


async def wait_until(condition: Any, what: str, seconds: float = WAIT) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, f"not in {seconds:.0f}s: {what}"
        await asyncio.sleep(0.05)


def outbox_rows(config: Config) -> list[tuple[str, int, bool]]:
    """(email, attempts, sent) of every mail in the test's outbox."""
    with psycopg2.connect(config.database.url) as conn, conn.cursor() as cursor:
        cursor.execute(
            "SELECT u.email, m.attempts, m.sent_at IS NOT NULL"
            " FROM mail_outbox m JOIN users u ON u.id = m.user_id"
        )
        rows: list[tuple[str, int, bool]] = cursor.fetchall()
    return rows


async def test_the_primary_killed_under_load_moves_everything_to_the_promoted_replica(
    sentinel_config: Config,
    sentinels: SentinelSet,
    mailbox: Mailbox,
    worker: subprocess.Popen[bytes],
    tmp_path: Path,
) -> None:
    config = sentinel_config
    began = time.monotonic()
    env = as_environment(config, base={})
    async with (
        running_apis(config, tmp_path, count=2, extra_env=env) as apis,
        aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=10)) as session,
    ):
        first, second = apis[0].base, apis[1].base
        suffix = os.urandom(3).hex()
        alice = await register(session, first, f"alice_{suffix}")
        bob = await register(session, second, f"bob_{suffix}")
        carol = await register(session, first, f"carol_{suffix}")
        registered = [alice["user"]["email"], bob["user"]["email"], carol["user"]["email"]]
        accounts = {"alice": alice, "bob": bob, "carol": carol}
        auth = {name: {"Authorization": f"Bearer {a['token']}"} for name, a in accounts.items()}
        members = [bob["user"]["id"], carol["user"]["id"]]
        chat = await call(
            session,
            "POST",
            f"{first}/api/v1/chats",
            json={"is_group_chat": True, "topic": "failover", "member_ids": members},
            headers=auth["alice"],
        )
        messages = f"/api/v1/chats/{chat['id']}/messages"

        # Carol listens on both processes: each process's subscriber must move.
        listeners = [Listener(first, carol["token"]), Listener(second, carol["token"])]
        listening = [asyncio.create_task(listener.run(session)) for listener in listeners]
        await wait_until(lambda: all(listener.opened for listener in listeners), "sockets open")
        warm = {"content": "warm"}
        await call(session, "POST", f"{second}{messages}", json=warm, headers=auth["bob"])
        await wait_until(
            lambda: all("warm" in listener.heard for listener in listeners), "the first heard"
        )

        sent: list[Sent] = []
        signups: list[Sent] = []  # by email
        stop = asyncio.Event()

        async def keep_sending(user: str, base: str) -> None:
            n = 0
            while not stop.is_set():
                content, started = f"{user}-{n}", time.monotonic()
                try:
                    async with session.post(
                        f"{base}{messages}", json={"content": content}, headers=auth[user]
                    ) as response:
                        detail = "" if response.status == 201 else await response.text()
                        sent.append(Sent(content, response.status, started, detail))
                except (aiohttp.ClientError, TimeoutError) as error:
                    sent.append(Sent(content, 0, started, repr(error)))
                n += 1
                await asyncio.sleep(SEND_PAUSE)

        async def keep_registering() -> None:
            n = 0
            while not stop.is_set():
                nick, started = f"m{n}_{suffix}", time.monotonic()
                email = f"{nick}@example.com"
                body = {"nick": nick, "name": nick, "email": email, "password": "x" * 12}
                async with session.post(
                    f"{(first, second)[n % 2]}/api/v1/auth/register", json=body
                ) as response:
                    detail = "" if response.status == 201 else await response.text()
                    signups.append(Sent(email, response.status, started, detail))
                n += 1
                await asyncio.sleep(0.1)

        load = [
            asyncio.create_task(keep_sending("alice", first)),
            asyncio.create_task(keep_sending("bob", second)),
            asyncio.create_task(keep_registering()),
        ]
        await wait_until(lambda: len(sent) >= 20 and len(signups) >= 4, "load under way")

        killed_port = await asyncio.to_thread(sentinels.kill_primary)
        killed_at = time.monotonic()
        assert killed_port == sentinels.primary_port
        promoted_port = await asyncio.to_thread(sentinels.wait_promoted, killed_port)
        promoted_at = time.monotonic()
        assert promoted_port == sentinels.replica_port

        relay = stream_broker(config, timeout=1.0)
        relay_kicker: AsyncKicker[Any, Any] = AsyncKicker(RELAY_OUTBOX, relay, {})

        async def keep_relaying() -> None:
            while True:
                try:
                    await relay_kicker.kiq()
                except Exception as error:  # a kick lost in the failover: the next one goes
                    print(f"relay kick failed: {error!r}")
                await asyncio.sleep(1.0)

        relaying = asyncio.create_task(keep_relaying())

        def heard_after_promotion(listener: Listener, user: str) -> bool:
            later = {s.content for s in sent if s.started > promoted_at and s.status == 201}
            return any(c in listener.heard for c in later if c.startswith(f"{user}-"))

        await wait_until(
            lambda: all(
                heard_after_promotion(listener, user)
                for listener in listeners
                for user in ("alice", "bob")
            ),
            "messages sent after the failover heard on both sockets",
        )
        resumed_at = time.monotonic()
        signed_up_before = len(signups)
        await wait_until(lambda: len(signups) >= signed_up_before + 3, "registrations after")
        stop.set()
        await asyncio.gather(*load)

        # Every send and registration through the failover was answered, with a 201.
        assert [s for s in sent + signups if s.status != 201] == []
        for made in (sent, signups):
            assert [s for s in made if killed_at < s.started < promoted_at], "none meanwhile"
        registered += [signup.content for signup in signups]

        # Live again on both processes, from both senders: nothing sent now is missed.
        final = [f"final-{n}" for n in range(6)]
        for n, content in enumerate(final):
            user, base = (("alice", second), ("bob", first))[n % 2]
            body = {"content": content}
            await call(session, "POST", f"{base}{messages}", json=body, headers=auth[user])
        await wait_until(
            lambda: all(c in listener.heard for listener in listeners for c in final),
            "the final messages heard live on both sockets",
        )

        # The failed-login limit, counted on the new primary by both processes.
        wrong = {"login": bob["user"]["nick"], "password": "not the password"}
        failures, refused = 0, None
        deadline = time.monotonic() + WAIT
        while refused is None and time.monotonic() < deadline:
            base = (first, second)[failures % 2]
            async with session.post(f"{base}/api/v1/auth/login", json=wrong) as response:
                if response.status == 429:
                    refused = response
                else:
                    assert response.status == 401, await response.text()
                    failures += 1
        assert refused is not None, "no 429 after the failover"
        assert int(refused.headers["Retry-After"]) > 0
        assert failures >= LOGIN_FAILURES
        with open_sync_redis(config.redis, socket_timeout=2) as client:
            # Through the Sentinels: the promoted replica, in the url's database.
            assert client.connection_pool.get_master_address()[1] == promoted_port
            assert client.keys(f"*login_failures:{bob['user']['nick'].lower()}")
            assert client.exists(queue_name(config))

        # Every confirmation mail queued around the failover, exactly once.
        await wait_until(
            lambda: all(mailbox.to(email, CONFIRM) for email in registered),
            "every confirmation mail delivered",
        )
        mails_at = time.monotonic()
        relaying.cancel()
        await asyncio.gather(relaying, return_exceptions=True)
        await relay.shutdown()
        rows = outbox_rows(config)
        assert sorted(email for email, _, _ in rows) == sorted(registered)
        # Every row settled as sent, each after one claim: no kick, however often
        # repeated, can send one again.
        assert {(attempts, sent_) for _, attempts, sent_ in rows} == {(1, True)}
        assert {email: len(mailbox.to(email, CONFIRM)) for email in registered} == dict.fromkeys(
            registered, 1
        )

        for task in listening:
            task.cancel()
        await asyncio.gather(*listening, return_exceptions=True)
    print(
        f"sends {len(sent)}, registrations {len(signups)}; promoted "
        f"{promoted_at - killed_at:.1f}s after the kill, live again "
        f"{resumed_at - promoted_at:.1f}s later, mails done {mails_at - promoted_at:.1f}s "
        f"after the promotion; socket closes {[listener.close_codes for listener in listeners]}; "
        f"whole test {time.monotonic() - began:.1f}s"
    )

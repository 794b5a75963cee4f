"""Two API hosts (network namespaces, `messenger serve --processes 2` in each) behind
HAProxy and behind nginx, both run from the sample configs in docs/ops/ (README,
"Several hosts behind a load balancer"; the set-up is messenger/dev/hosts.py).

Clients register, open WebSockets and send through the balancer, as real clients do: a
send carries a client_message_id of its own and is repeated with the same one after a
connection error or a 502/503/504; a socket that closes is opened again through the
balancer and the client catches up from history with `after=` the last id it saw. Host A
is killed mid-load (SIGKILL to every one of its processes), and nothing is lost: every
send is answered 201 (200 for a repeat the first try had stored), history holds each
client_message_id once and every message sent, every client has seen every message, and
host B answered what was sent after A died."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import time
import uuid
import warnings
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import aiohttp
import pytest

from messenger.config import Config
from messenger.dev.hosts import BALANCERS, NAMESPACES_SKIP, NamespacesUnavailable, TwoHosts
from tests.support.waiting import eventually

CLIENTS = 6
SENDS_PER_CLIENT = 40
# Host A dies once this share of all sends has been answered.
KILL_AFTER = 0.4
RETRYABLE = frozenset({502, 503, 504})
# A client's pause before it tries again (a send, or a socket), as a real one backs off.
RETRY_PAUSE_SECONDS = 0.05
# How long one send may keep failing before the test gives up on it.
SEND_SECONDS = 30.0
REQUEST_SECONDS = 10.0
# Every client has seen every message this long after the last send, reconnects included.
CATCH_UP_SECONDS = 20.0


class NamespacesSkipped(UserWarning):
    """The multi-host tests could not run here."""


@pytest.fixture(params=BALANCERS)
def hosts(request: pytest.FixtureRequest, config: Config) -> Iterator[TwoHosts]:
    setup = TwoHosts(config, request.param)
    try:
        setup.start()
    except NamespacesUnavailable as error:
        reason = (
            f"{NAMESPACES_SKIP} ({error}): the two-host tests behind {request.param} did NOT "
            "run; they need root (CAP_SYS_ADMIN) for `ip netns add`"
        )
        warnings.warn(reason, NamespacesSkipped, stacklevel=1)
        pytest.skip(reason)
    try:
        yield setup
    finally:
        print(setup.logs())  # shown when the test failed
        setup.stop()


@dataclass(frozen=True)
class Sent:
    client_message_id: str
    message_id: int
    status: int
    request_id: str  # of the attempt that was answered
    asked_at: float  # when that attempt started (time.monotonic())


@dataclass
class Client:
    """One user with one socket, sending and listening through the balancer."""

    session: aiohttp.ClientSession
    name: str
    token: str
    chat_id: int
    seen: dict[int, str] = field(default_factory=dict)  # message id: client_message_id
    last_id: int = 0
    connected: asyncio.Event = field(default_factory=asyncio.Event)
    connects: int = 0
    dropped: int = 0  # sockets that closed under the client
    out_of_order: list[tuple[int, int]] = field(default_factory=list)
    sent: list[Sent] = field(default_factory=list)
    stopping: bool = False

    @property
    def auth(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    def record(self, message: dict[str, Any]) -> None:
        self.seen[int(message["id"])] = message["client_message_id"]
        self.last_id = max(self.last_id, int(message["id"]))

    async def listen(self) -> None:
        """Keep a socket open; after each (re)connect, catch up from history."""
        while not self.stopping:
            try:
                async with self.session.ws_connect(
                    "/api/v1/ws",
                    params={"token": self.token},
                    timeout=aiohttp.ClientWSTimeout(ws_receive=None, ws_close=REQUEST_SECONDS),
                ) as ws:
                    ready = await ws.receive_json(timeout=REQUEST_SECONDS)
                    assert ready["type"] == "ready", ready
                    self.connects += 1
                    # Registered: events from now on reach this socket; what came before
                    # is in history after the last id seen.
                    await self.catch_up()
                    self.connected.set()
                    newest_live = 0
                    async for frame in ws:
                        if frame.type != aiohttp.WSMsgType.TEXT:
                            break
                        event = json.loads(frame.data)
                        if event["type"] == "message.created" and event["chat_id"] == self.chat_id:
                            message_id = int(event["data"]["id"])
                            if message_id <= newest_live:
                                self.out_of_order.append((newest_live, message_id))
                            newest_live = message_id
                            self.record(event["data"])
            except (aiohttp.ClientError, TimeoutError, ConnectionError):
                pass  # the balancer or the host went away under us: as a closed socket
            if not self.stopping:
                self.dropped += 1
                await asyncio.sleep(RETRY_PAUSE_SECONDS)

    async def catch_up(self) -> None:
        after: int | None = self.last_id
        while after is not None:
            page = await self.request(
                "GET", f"/api/v1/chats/{self.chat_id}/messages?limit=100&after={after}"
            )
            for message in page["items"]:
                self.record(message)
            after = page["next"]

    async def request(self, method: str, path: str, **kwargs: Any) -> Any:
        """A read, repeated after a connection error or a 502/503/504."""
        deadline = time.monotonic() + SEND_SECONDS
        while True:
            try:
                async with self.session.request(method, path, headers=self.auth, **kwargs) as r:
                    if r.status not in RETRYABLE:
                        assert r.status == 200, await r.text()
                        return await r.json()
                    failure: object = r.status
            except (aiohttp.ClientConnectionError, aiohttp.ClientPayloadError, TimeoutError) as e:
                failure = e
            assert time.monotonic() < deadline, f"{method} {path} kept failing: {failure!r}"
            await asyncio.sleep(RETRY_PAUSE_SECONDS)

    async def send_all(self, count: int, answered: Callable[[], None]) -> None:
        for n in range(count):
            self.sent.append(await self.send(n))
            answered()

    async def send(self, n: int) -> Sent:
        """One message, repeated with the same client_message_id until it is answered."""
        body = {"content": f"{self.name} #{n}", "client_message_id": str(uuid.uuid4())}
        deadline = time.monotonic() + SEND_SECONDS
        attempt = 0
        while True:
            attempt += 1
            request_id = f"{self.name}-{n}-{attempt}"
            asked_at = time.monotonic()
            headers = self.auth | {"X-Request-Id": request_id}
            try:
                async with self.session.post(
                    f"/api/v1/chats/{self.chat_id}/messages", json=body, headers=headers
                ) as response:
                    if response.status not in RETRYABLE:
                        answer = await response.json()
                        assert response.status in (200, 201), (response.status, answer)
                        assert answer["client_message_id"] == body["client_message_id"]
                        return Sent(
                            body["client_message_id"],
                            int(answer["id"]),
                            response.status,
                            request_id,
                            asked_at,
                        )
                    failure: object = response.status
            except (aiohttp.ClientConnectionError, aiohttp.ClientPayloadError, TimeoutError) as e:
                failure = e
            assert time.monotonic() < deadline, f"send {body} kept failing: {failure!r}"
            await asyncio.sleep(RETRY_PAUSE_SECONDS)


async def post(session: aiohttp.ClientSession, path: str, body: Any, **kwargs: Any) -> Any:
    async with session.post(path, json=body, **kwargs) as response:
        assert response.status in (200, 201), await response.text()
        return await response.json()


async def history(client: Client) -> list[dict[str, Any]]:
    """The chat's whole history, newest first."""
    items: list[dict[str, Any]] = []
    before: int | None = None
    while True:
        query = "" if before is None else f"&before={before}"
        page = await client.request(
            "GET", f"/api/v1/chats/{client.chat_id}/messages?limit=100{query}"
        )
        items += page["items"]
        before = page["next"]
        if before is None:
            return items


def access_lines(log: str) -> dict[str, dict[str, Any]]:
    """A host's access log by request id."""
    lines = (json.loads(line) for line in log.splitlines() if line.startswith('{"ts"'))
    return {line["request_id"]: line for line in lines}


async def test_a_host_killed_mid_load_loses_nothing(hosts: TwoHosts) -> None:
    timeout = aiohttp.ClientTimeout(total=REQUEST_SECONDS)
    async with aiohttp.ClientSession(hosts.url, timeout=timeout) as session:
        suffix = os.urandom(3).hex()
        accounts = []
        for n in range(CLIENTS):
            nick = f"host{n}_{suffix}"
            body = {
                "nick": nick,
                "name": nick,
                "email": f"{nick}@example.com",
                "password": "x" * 12,
            }
            accounts.append(await post(session, "/api/v1/auth/register", body))
        owner = {"Authorization": f"Bearer {accounts[0]['token']}"}
        members = [account["user"]["id"] for account in accounts[1:]]
        chat = await post(
            session,
            "/api/v1/chats",
            {"is_group_chat": True, "topic": "two hosts", "member_ids": members},
            headers=owner,
        )
        clients = [
            Client(session, f"c{n}", account["token"], chat["id"])
            for n, account in enumerate(accounts)
        ]
        listeners = [asyncio.create_task(client.listen()) for client in clients]
        try:
            async with asyncio.timeout(REQUEST_SECONDS):
                await asyncio.gather(*(client.connected.wait() for client in clients))

            total = CLIENTS * SENDS_PER_CLIENT
            answered = 0
            half_way = asyncio.Event()

            def count() -> None:
                nonlocal answered
                answered += 1
                if answered >= total * KILL_AFTER:
                    half_way.set()

            senders = [
                asyncio.create_task(client.send_all(SENDS_PER_CLIENT, count)) for client in clients
            ]
            await half_way.wait()
            killed = await asyncio.to_thread(hosts.kill, "a")
            killed_at = time.monotonic()
            await asyncio.gather(*senders)

            sent = [s for client in clients for s in client.sent]
            expected = {s.message_id: s.client_message_id for s in sent}

            def missed() -> dict[str, list[int]]:
                return {
                    f"{c.name} (connects {c.connects})": sorted(expected.keys() - c.seen.keys())
                    for c in clients
                    if expected.keys() - c.seen.keys()
                }

            with contextlib.suppress(AssertionError):
                await eventually(lambda: not missed(), CATCH_UP_SECONDS)
            assert missed() == {}
            stored = await history(clients[0])
        finally:
            for client in clients:
                client.stopping = True
            for task in listeners:
                task.cancel()
            await asyncio.gather(*listeners, return_exceptions=True)

    print(
        f"{hosts.balancer}: {total} sends, {sum(s.status == 200 for s in sent)} answered 200 "
        f"(a repeat found the first), {sum(int(s.request_id.rsplit('-', 1)[1]) > 1 for s in sent)}"
        f" needed more than one try; sockets dropped {[c.dropped for c in clients]}, "
        f"reconnects {[c.connects - 1 for c in clients]}"
    )
    # Host A died whole: its parent and both API processes.
    assert killed == 1 + hosts.processes
    assert hosts.alive("a") == []

    # Every send was answered 201, or 200 for a repeat whose first try was stored.
    assert len(sent) == total
    assert {s.status for s in sent} <= {200, 201}
    assert all(not s.request_id.endswith("-1") for s in sent if s.status == 200)

    # History holds each client_message_id once, and every message as its send answered.
    stored_ids = [m["client_message_id"] for m in stored]
    assert len(stored_ids) == len(set(stored_ids)) == total
    assert {m["id"]: m["client_message_id"] for m in stored} == expected

    # Every client saw every message, live or by catching up after its socket closed, and
    # never a live event below one it had already heard on the same socket.
    for client in clients:
        assert client.seen.keys() >= expected.keys(), client.name
        assert client.out_of_order == [], client.name
    # Some sockets were on host A: they closed, and their clients came back through B.
    assert sum(client.dropped for client in clients) >= 1

    # Both hosts carried the load; after A died, B answered, and it saw the clients'
    # own address (X-Forwarded-For from a trusted proxy), not the balancer's.
    log_a, log_b = (access_lines(hosts.hosts[name].log()) for name in ("a", "b"))
    assert any(s.request_id in log_a for s in sent), "host A answered no send"
    after_kill = [s for s in sent if s.asked_at > killed_at]
    assert after_kill, "nothing was sent after host A died"
    assert all(s.request_id in log_b for s in after_kill)
    assert {log_b[s.request_id]["remote"] for s in after_kill} == {"127.0.0.1"}

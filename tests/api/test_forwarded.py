"""The client's address behind load balancers (messenger.api.forwarded): X-Forwarded-For
is believed only as far as the proxies of `server.trusted_proxies` wrote it, for the
failed-login limit per address and the access log."""

from __future__ import annotations

import logging
from typing import Any

import pytest

from messenger.api.forwarded import client_address, trusted_networks
from tests.support.api import AppFactory, access_records, error_of, register
from tests.support.waiting import eventually

LOGIN = "/api/v1/auth/login"
PROXIES = trusted_networks(["10.0.0.1", "10.1.0.0/16", "fd00::/8"])


@pytest.mark.parametrize(
    ("peer", "lines", "expected"),
    [
        # Straight from a client: its peer, whatever header it sends.
        ("198.51.100.9", ["203.0.113.7"], "198.51.100.9"),
        ("198.51.100.9", [], "198.51.100.9"),
        # One proxy: the hop it appended.
        ("10.0.0.1", ["203.0.113.7"], "203.0.113.7"),
        # The client wrote a header of its own: the proxy's hop is the rightmost.
        ("10.0.0.1", ["1.2.3.4, 203.0.113.7"], "203.0.113.7"),
        # HAProxy's own line after the client's.
        ("10.0.0.1", ["1.2.3.4", "203.0.113.7"], "203.0.113.7"),
        # Two proxies of ours in a row.
        ("10.0.0.1", ["203.0.113.7, 10.1.4.4"], "203.0.113.7"),
        # All hops trusted: the leftmost one.
        ("10.0.0.1", ["10.1.2.3"], "10.1.2.3"),
        # A hop that is no address ends the walk at the proxy that passed it on.
        ("10.0.0.1", ["unknown"], "10.0.0.1"),
        ("10.0.0.1", ["203.0.113.7, garbage"], "10.0.0.1"),
        # IPv6, and an IPv4 peer as a dual-stack socket reports it.
        ("fd00::5", ["2001:db8::1"], "2001:db8::1"),
        ("::ffff:10.0.0.1", ["203.0.113.7"], "203.0.113.7"),
    ],
)
def test_the_client_is_the_rightmost_hop_that_is_not_a_trusted_proxy(
    peer: str, lines: list[str], expected: str
) -> None:
    assert client_address(peer, lines, PROXIES) == expected


def test_with_no_trusted_proxy_the_header_is_never_believed() -> None:
    assert client_address("10.0.0.1", ["203.0.113.7"], ()) == "10.0.0.1"


def test_a_peer_that_is_not_an_address_is_kept_as_it_is() -> None:
    assert client_address("unix-socket", ["203.0.113.7"], PROXIES) == "unix-socket"
    assert client_address(None, ["203.0.113.7"], PROXIES) is None


async def test_behind_a_trusted_proxy_failed_logins_count_against_the_forwarded_address(
    make_client: AppFactory,
) -> None:
    # Five failures per address (five times login_failures), each under another name.
    client = await make_client(
        server={"trusted_proxies": ("127.0.0.1",)}, limits={"login_failures": 1}
    )
    for n in range(5):
        wrong = {"login": f"nobody{n}", "password": "wrong password"}
        sent = await client.post(LOGIN, json=wrong, headers={"X-Forwarded-For": "203.0.113.7"})
        assert sent.status == 401
    wrong = {"login": "nobody5", "password": "wrong password"}
    refused = await client.post(LOGIN, json=wrong, headers={"X-Forwarded-For": "203.0.113.7"})
    await error_of(refused, 429, "rate_limited")
    # Another client behind the same proxy has its own count.
    other = await client.post(LOGIN, json=wrong, headers={"X-Forwarded-For": "203.0.113.8"})
    assert other.status == 401


async def test_without_trusted_proxies_a_forged_header_does_not_escape_the_limit(
    make_client: AppFactory,
) -> None:
    client = await make_client(limits={"login_failures": 1})
    for n in range(5):
        wrong = {"login": f"nobody{n}", "password": "wrong password"}
        forged = {"X-Forwarded-For": f"203.0.113.{n}"}
        assert (await client.post(LOGIN, json=wrong, headers=forged)).status == 401
    wrong = {"login": "nobody5", "password": "wrong password"}
    forged = {"X-Forwarded-For": "203.0.113.99"}
    await error_of(await client.post(LOGIN, json=wrong, headers=forged), 429, "rate_limited")


async def test_the_access_line_names_the_forwarded_client_and_sockets_still_open(
    make_client: AppFactory, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger="messenger.access")
    client = await make_client(server={"trusted_proxies": ("127.0.0.0/8",)})
    forwarded = {"X-Forwarded-For": "203.0.113.7", "X-Request-Id": "forwarded-1"}
    account = await register(client, "fwd")
    assert (await client.get("/api/v1/users/me", headers=account.headers | forwarded)).ok
    async with client.ws_connect(
        "/api/v1/ws", params={"token": account.token}, headers=forwarded
    ) as ws:
        assert (await ws.receive_json(timeout=5))["type"] == "ready"

    def mine() -> list[dict[str, Any]]:
        return [line for line in access_records(caplog) if line["request_id"] == "forwarded-1"]

    # The socket's line is written when its session has ended on the server's side.
    await eventually(lambda: len(mine()) == 2)
    assert [line["remote"] for line in mine()] == ["203.0.113.7", "203.0.113.7"]
    assert mine()[0]["user_id"] == account.user["id"]

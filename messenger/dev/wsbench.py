"""WebSocket delivery latency across two API processes (a measurement, not a test).

`python -m messenger.dev.wsbench` recreates the `messenger_wsbench` database, starts two
`python -m messenger serve` processes against it (sharing the configured Redis), and
registers users who all join one group chat. Each user connects a WebSocket, alternately
to either process; then messages are posted into the group, alternately through either
process, and every socket times each `message.created` from just before its POST was sent
to when the frame arrived. Prints p50/p99 of those latencies, overall and split by
whether the socket's process is the one the message was posted through.

Also printed: the POST round trip, and the time from the POST's response to each
frame's arrival, which is what fan-out adds beyond the write itself.

Everything goes to 127.0.0.1; every wait is bounded. The client side (all the sockets)
is this one process and shares the machine's cores with both APIs, PostgreSQL and Redis,
so the CPU of each and of the whole host is printed beside the numbers.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import sys
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import aiohttp

from messenger.config import load_config
from messenger.dev.loadtest import (
    API,
    HOST,
    REGISTER_CONCURRENCY,
    REQUEST_TIMEOUT_SECONDS,
    bounded,
    call,
    free_port,
    host_busy_seconds,
    percentile,
    proc_cpu_seconds,
    start_api,
    stop_api,
    wait_healthy,
)
from messenger.repository.migrations import apply_migrations, create_database, drop_database

BENCH_DATABASE = "messenger_wsbench"
LOG_DIR = Path("var/wsbench")
PROCESSES = 2
READY_TIMEOUT_SECONDS = 30.0
# After the last send, how long the sockets may take to receive what is still due.
DRAIN_TIMEOUT_SECONDS = 30.0
CONTENT_PREFIX = "wsbench"


@dataclass
class Member:
    index: int
    id: int
    token: str
    base: str  # the process this member's socket is connected to


@dataclass
class Deliveries:
    """Send times by message number, and each socket's latencies as they arrive."""

    sent_at: dict[int, float] = field(default_factory=dict)
    sent_via: dict[int, str] = field(default_factory=dict)
    answered_at: dict[int, float] = field(default_factory=dict)  # the POST's response
    # (message number, arrival time, whether the socket is on the process it was posted to)
    arrivals: list[tuple[int, float, bool]] = field(default_factory=list)
    expected: int = 0
    received: int = 0
    unexpected: int = 0
    all_received: asyncio.Event = field(default_factory=asyncio.Event)
    seconds: float = 0.0  # from the first send to the last delivery (or the drain timeout)
    client_cpu_pct: float = 0.0  # this process over those seconds; near 100 means it is the limit
    api_cpu_pct: list[float] = field(default_factory=list)  # each API process, likewise
    host_cpu_pct: float = 0.0  # the whole machine, 100 per core: neighbours show up here


def wsbench_database_url(url: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path=f"/{BENCH_DATABASE}"))


async def prepare(bases: list[str], users: int) -> tuple[list[Member], int]:
    """Register the users (alternately through each process) and one group of them all."""
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_SECONDS)
    run_id = uuid.uuid4().hex[:6]
    async with aiohttp.ClientSession(timeout=timeout) as session:

        async def register(i: int) -> Member:
            base = bases[i % len(bases)]
            nick = f"wsb_{run_id}_{i:04d}"
            body = {
                "nick": nick,
                "name": f"WS bench {i}",
                "email": f"{nick}@example.com",
                "password": f"wsbench-password-{i:04d}",
            }
            got = await call(session, "POST", f"{base}{API}/auth/register", None, body)
            return Member(i, got["user"]["id"], got["token"], base)

        members = await bounded(REGISTER_CONCURRENCY, users, register)
        owner = members[0]
        body = {
            "is_group_chat": True,
            "topic": "wsbench",
            "member_ids": [m.id for m in members[1:]],
        }
        chat = await call(session, "POST", f"{bases[0]}{API}/chats", owner.token, body)
    return members, int(chat["id"])


async def listen(
    ws: aiohttp.ClientWebSocketResponse, member: Member, chat_id: int, deliveries: Deliveries
) -> None:
    async for frame in ws:
        if frame.type is not aiohttp.WSMsgType.TEXT:
            break
        arrived = time.perf_counter()
        event = json.loads(frame.data)
        if event["type"] != "message.created" or event["chat_id"] != chat_id:
            continue
        content = event["data"]["content"]
        number = int(content.split()[1]) if content.startswith(CONTENT_PREFIX) else -1
        if number not in deliveries.sent_at:
            deliveries.unexpected += 1
            continue
        same = deliveries.sent_via[number] == member.base
        deliveries.arrivals.append((number, arrived, same))
        deliveries.received += 1
        if deliveries.received == deliveries.expected:
            deliveries.all_received.set()


async def connect_all(
    session: aiohttp.ClientSession, members: list[Member]
) -> list[aiohttp.ClientWebSocketResponse]:
    async def connect(i: int) -> aiohttp.ClientWebSocketResponse:
        member = members[i]
        ws = await session.ws_connect(f"{member.base}{API}/ws", params={"token": member.token})
        ready = await ws.receive_json(timeout=READY_TIMEOUT_SECONDS)
        if ready.get("type") != "ready":
            raise RuntimeError(f"expected a ready frame, got {ready}")
        return ws

    return await bounded(32, len(members), connect)


async def send_all(
    session: aiohttp.ClientSession,
    bases: list[str],
    members: list[Member],
    chat_id: int,
    deliveries: Deliveries,
    args: argparse.Namespace,
) -> None:
    async def send(k: int) -> None:
        author = members[k % len(members)]
        base = bases[k % len(bases)]
        url = f"{base}{API}/chats/{chat_id}/messages"
        body = {"content": f"{CONTENT_PREFIX} {k}", "client_message_id": str(uuid.uuid4())}
        deliveries.sent_via[k] = base
        deliveries.sent_at[k] = time.perf_counter()
        await call(session, "POST", url, author.token, body)
        deliveries.answered_at[k] = time.perf_counter()
        if args.interval_ms:
            await asyncio.sleep(args.interval_ms / 1000)

    await bounded(args.concurrency, args.messages, send)


async def measure(bases: list[str], pids: list[int], args: argparse.Namespace) -> Deliveries:
    print(f"registering {args.clients} users (production argon2 cost)", file=sys.stderr)
    members, chat_id = await prepare(bases, args.clients)
    deliveries = Deliveries(expected=args.messages * len(members))
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_SECONDS)
    # One pooled session for the POSTs and another without a connection cap for the sockets.
    async with (
        aiohttp.ClientSession(timeout=timeout) as session,
        aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as sockets_session,
    ):
        print(f"connecting {len(members)} WebSockets", file=sys.stderr)
        sockets = await connect_all(sockets_session, members)
        listeners = [
            asyncio.create_task(listen(ws, member, chat_id, deliveries))
            for ws, member in zip(sockets, members, strict=True)
        ]
        try:
            print(f"sending {args.messages} messages", file=sys.stderr)
            cpu_before, started = time.process_time(), time.perf_counter()
            api_before = [proc_cpu_seconds(pid) for pid in pids]
            host_before = host_busy_seconds()
            await send_all(session, bases, members, chat_id, deliveries, args)
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(DRAIN_TIMEOUT_SECONDS):
                    await deliveries.all_received.wait()
            deliveries.seconds = time.perf_counter() - started
            cpu = time.process_time() - cpu_before
            deliveries.client_cpu_pct = 100 * cpu / deliveries.seconds
            deliveries.api_cpu_pct = [
                100 * (proc_cpu_seconds(pid) - before) / deliveries.seconds
                for pid, before in zip(pids, api_before, strict=True)
            ]
            host = host_busy_seconds() - host_before
            deliveries.host_cpu_pct = 100 * host / deliveries.seconds
        finally:
            for ws in sockets:
                await ws.close()
            for task in listeners:
                task.cancel()
            await asyncio.gather(*listeners, return_exceptions=True)
    return deliveries


def summary(name: str, values: list[float]) -> str:
    ordered = sorted(values)
    return (
        f"{name:<26} n={len(ordered):>6}  p50={percentile(ordered, 0.50):7.2f} ms"
        f"  p90={percentile(ordered, 0.90):7.2f} ms  p99={percentile(ordered, 0.99):7.2f} ms"
        f"  max={(ordered[-1] if ordered else 0.0):7.2f} ms"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m messenger.dev.wsbench", description=__doc__)
    parser.add_argument("--clients", type=int, default=200, help="users, one socket each")
    parser.add_argument("--messages", type=int, default=200)
    parser.add_argument("--concurrency", type=int, default=1, help="sends in flight")
    parser.add_argument("--interval-ms", type=float, default=0.0, help="pause after each send")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.clients < 2 or args.messages < 1 or args.concurrency < 1:
        print("need --clients >= 2, --messages >= 1 and --concurrency >= 1", file=sys.stderr)
        return 2
    database_url = wsbench_database_url(load_config().database.url)
    drop_database(database_url)
    create_database(database_url)
    apply_migrations(database_url)
    ports = [free_port() for _ in range(PROCESSES)]
    processes = [
        start_api(database_url, port, LOG_DIR / f"api-{n}.log") for n, port in enumerate(ports)
    ]
    bases = [f"http://{HOST}:{port}" for port in ports]
    try:

        async def run() -> Deliveries:
            await asyncio.gather(
                *(wait_healthy(base, p) for base, p in zip(bases, processes, strict=True))
            )
            return await measure(bases, [p.pid for p in processes], args)

        deliveries = asyncio.run(run())
    except KeyboardInterrupt:
        return 130
    except (RuntimeError, aiohttp.ClientError, TimeoutError) as error:
        print(f"wsbench failed: {error}; server logs in {LOG_DIR}", file=sys.stderr)
        return 1
    finally:
        for process in processes:
            stop_api(process)
        drop_database(database_url)
    expected = args.messages * args.clients
    print(
        f"{args.clients} sockets on {PROCESSES} processes, {args.messages} messages into one"
        f" group of {args.clients}, {args.concurrency} in flight,"
        f" interval {args.interval_ms} ms"
    )
    sent, answered = deliveries.sent_at, deliveries.answered_at
    same = [(arrived - sent[k]) * 1000 for k, arrived, on_same in deliveries.arrivals if on_same]
    other = [
        (arrived - sent[k]) * 1000 for k, arrived, on_same in deliveries.arrivals if not on_same
    ]
    print(summary("send -> receive, all", same + other))
    print(summary("  socket on same process", same))
    print(summary("  socket on other process", other))
    print(summary("POST round trip", [(answered[k] - sent[k]) * 1000 for k in answered]))
    # What fan-out adds beyond the write itself (negative: the event beat the response).
    print(
        summary(
            "POST response -> receive",
            [(arrived - answered[k]) * 1000 for k, arrived, _ in deliveries.arrivals],
        )
    )
    missing = expected - deliveries.received
    print(
        f"delivered {deliveries.received}/{expected} (missing {missing},"
        f" unexpected {deliveries.unexpected}) in {deliveries.seconds:.1f}s; client CPU"
        f" {deliveries.client_cpu_pct:.0f}%, API processes"
        f" {', '.join(f'{pct:.0f}%' for pct in deliveries.api_cpu_pct)}, whole host"
        f" {deliveries.host_cpu_pct:.0f}% of {os.cpu_count()} cores; logs in {LOG_DIR}"
    )
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())

"""Typing and presence under load across two API processes (a measurement, not a test).

`python -m messenger.dev.presence_bench` recreates the `messenger_presencebench`
database, starts two `python -m messenger serve` processes against it (sharing the
configured Redis), registers users in groups (10 by default) and connects one WebSocket
per user, alternately to either process. Then, for a minute, every socket sends `typing`
for its group as often as the server passes it on (once every 3 s; a little slower, so
that every frame is passed on and each arrival can be matched to the frame that caused
it), and a share of the users leave at the start and come back after the offline grace,
so that they really go offline and their last_seen_at is due to be written.

Printed: typing delivery latency p50/p99 (from just before the frame was sent to its
arrival at another member's socket, split by whether both sockets are on one process),
the CPU of each API process and of their PostgreSQL backends, and the rows written to
each table in the minute (pg_stat_user_tables): presence may write `users` (once a minute
per user at most), typing nothing.

The rows written are counted from the start of the minute until the once-a-minute write
of last_seen_at has surely come after the users who left went offline; PostgreSQL
publishes a backend's table counters when it goes idle, at most every 10 s, so each
snapshot of them is taken after a quiet pause of that length.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import random
import sys
import time
import uuid
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import aiohttp
import orjson
import psycopg2

from messenger.config import RealtimeConfig, load_config
from messenger.dev.loadtest import (
    API,
    HOST,
    REQUEST_TIMEOUT_SECONDS,
    backends_cpu_seconds,
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
from messenger.services.presence import WRITE_EVERY_SECONDS

BENCH_DATABASE = "messenger_presencebench"
LOG_DIR = Path("var/presencebench")
PROCESSES = 2
# Just over the 3 s a socket's typing in a chat is passed on at most once in.
TYPING_EVERY_SECONDS = 3.1
# PostgreSQL flushes an idle backend's table counters at most this long after a write.
STATS_SETTLE_SECONDS = 11.0
READY_TIMEOUT_SECONDS = 30.0
# A user is swept this long after the grace at most (the sweep runs every 2 s or faster).
SWEEP_SLACK_SECONDS = 3.0
# Registration is set-up, not what is measured: a cheap hash makes 1,000 of them quick.
CHEAP_HASHING = {
    "MESSENGER_AUTH__ARGON2_TIME_COST": "1",
    "MESSENGER_AUTH__ARGON2_MEMORY_KIB": "1024",
}


@dataclass
class Member:
    index: int
    id: int
    token: str
    base: str  # the process this member's socket is connected to
    chat_id: int = 0


@dataclass
class Tally:
    """What the sockets heard, as it arrives."""

    # (chat id, typist) -> when that typist last sent typing there; and on which process.
    sent_at: dict[tuple[int, int], float] = field(default_factory=dict)
    sent_via: dict[int, str] = field(default_factory=dict)
    typing_sent: int = 0
    # (milliseconds from send to arrival, whether both sockets are on one process)
    arrivals: list[tuple[float, bool]] = field(default_factory=list)
    presence: Counter[str] = field(default_factory=Counter)  # "online" / "offline" events
    closed: int = 0  # sockets the server closed (it should close none)
    measuring: bool = False


def bench_database_url(url: str) -> str:
    return urlunsplit(urlsplit(url)._replace(path=f"/{BENCH_DATABASE}"))


def table_writes(database_url: str) -> Counter[str]:
    """Rows inserted, updated and deleted so far, per table of the bench database."""
    with contextlib.closing(psycopg2.connect(database_url)) as conn, conn.cursor() as cursor:
        cursor.execute("SELECT relname, n_tup_ins + n_tup_upd + n_tup_del FROM pg_stat_user_tables")
        return Counter({name: int(count) for name, count in cursor.fetchall()})


async def prepare(bases: list[str], users: int, group_size: int) -> list[Member]:
    """Register the users (alternately through each process) and their groups."""
    timeout = aiohttp.ClientTimeout(total=REQUEST_TIMEOUT_SECONDS)
    run_id = uuid.uuid4().hex[:6]
    async with aiohttp.ClientSession(timeout=timeout) as session:

        async def register(i: int) -> Member:
            base = bases[i % len(bases)]
            nick = f"pb_{run_id}_{i:04d}"
            body = {
                "nick": nick,
                "name": f"Presence bench {i}",
                "email": f"{nick}@example.com",
                "password": f"presence-password-{i:04d}",
            }
            got = await call(session, "POST", f"{base}{API}/auth/register", None, body)
            return Member(i, got["user"]["id"], got["token"], base)

        members = await bounded(16, users, register)
        groups = [members[i : i + group_size] for i in range(0, users, group_size)]

        async def create(g: int) -> None:
            owner, *others = groups[g]
            body = {
                "is_group_chat": True,
                "topic": f"presence bench {g}",
                "member_ids": [m.id for m in others],
            }
            chat = await call(session, "POST", f"{bases[0]}{API}/chats", owner.token, body)
            for member in groups[g]:
                member.chat_id = int(chat["id"])

        await bounded(8, len(groups), create)
    return members


async def listen(ws: aiohttp.ClientWebSocketResponse, member: Member, tally: Tally) -> None:
    async for frame in ws:
        if frame.type is not aiohttp.WSMsgType.TEXT:
            if frame.type is aiohttp.WSMsgType.CLOSE:
                tally.closed += 1
            break
        arrived = time.perf_counter()
        if not tally.measuring:
            continue
        event = orjson.loads(frame.data)
        if event["type"] == "typing":
            typist = int(event["data"]["user_id"])
            sent = tally.sent_at.get((int(event["chat_id"]), typist))
            if sent is not None:
                same = tally.sent_via[typist] == member.base
                tally.arrivals.append(((arrived - sent) * 1000, same))
        elif event["type"] == "presence":
            tally.presence["online" if event["data"]["online"] else "offline"] += 1


async def connect(
    session: aiohttp.ClientSession, member: Member
) -> aiohttp.ClientWebSocketResponse:
    ws = await session.ws_connect(f"{member.base}{API}/ws", params={"token": member.token})
    ready = await ws.receive_json(timeout=READY_TIMEOUT_SECONDS)
    if ready.get("type") != "ready":
        raise RuntimeError(f"expected a ready frame, got {ready}")
    return ws


async def keep_typing(
    member: Member,
    sockets: dict[int, aiohttp.ClientWebSocketResponse],
    tally: Tally,
    until: float,
) -> None:
    """Send typing every TYPING_EVERY_SECONDS while the member is connected."""
    frame = orjson.dumps({"type": "typing", "chat_id": member.chat_id}).decode()
    await asyncio.sleep(random.uniform(0, TYPING_EVERY_SECONDS))  # noqa: S311 - spread
    while time.perf_counter() < until:
        ws = sockets.get(member.index)
        if ws is not None and not ws.closed:
            tally.sent_at[(member.chat_id, member.id)] = time.perf_counter()
            await ws.send_str(frame)
            tally.typing_sent += 1
        await asyncio.sleep(TYPING_EVERY_SECONDS)


async def away_and_back(
    session: aiohttp.ClientSession,
    member: Member,
    sockets: dict[int, aiohttp.ClientWebSocketResponse],
    listeners: list[asyncio.Task[None]],
    tally: Tally,
    away_seconds: float,
) -> None:
    """Close the member's socket, and open a new one after `away_seconds`."""
    await sockets.pop(member.index).close()
    await asyncio.sleep(away_seconds)
    ws = await connect(session, member)
    sockets[member.index] = ws
    listeners.append(asyncio.create_task(listen(ws, member, tally)))


@dataclass
class Result:
    seconds: float  # of typing
    span: float  # over which the writes were counted
    tally: Tally
    api_cpu_pct: list[float]
    postgres_cpu_pct: float
    host_cpu_pct: float
    client_cpu_pct: float
    writes: Counter[str]


async def measure(
    bases: list[str], pids: list[int], database_url: str, args: argparse.Namespace
) -> Result:
    print(f"registering {args.users} users in groups of {args.group_size}", file=sys.stderr)
    members = await prepare(bases, args.users, args.group_size)
    tally = Tally(sent_via={m.id: m.base for m in members})
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
        print(f"connecting {len(members)} WebSockets", file=sys.stderr)
        opened = await bounded(32, len(members), lambda i: connect(session, members[i]))
        sockets = dict(enumerate(opened))
        listeners = [
            asyncio.create_task(listen(ws, m, tally)) for ws, m in zip(opened, members, strict=True)
        ]
        try:
            print(
                f"settling {STATS_SETTLE_SECONDS:.0f}s for PostgreSQL's counters", file=sys.stderr
            )
            await asyncio.sleep(STATS_SETTLE_SECONDS)
            writes_before = table_writes(database_url)
            api_before = [proc_cpu_seconds(pid) for pid in pids]
            postgres_before = backends_cpu_seconds(BENCH_DATABASE)
            host_before, client_before = host_busy_seconds(), time.process_time()
            started = time.perf_counter()
            tally.measuring = True
            until = started + args.seconds
            leaving = random.sample(members, round(len(members) * args.churn))
            print(
                f"typing for {args.seconds:.0f}s; {len(leaving)} users away for"
                f" {args.away_seconds:.0f}s",
                file=sys.stderr,
            )
            await asyncio.gather(
                *(keep_typing(m, sockets, tally, until) for m in members),
                *(
                    away_and_back(session, m, sockets, listeners, tally, args.away_seconds)
                    for m in leaving
                ),
            )
            seconds = time.perf_counter() - started
            tally.measuring = False
            api = [
                100 * (proc_cpu_seconds(pid) - before) / seconds
                for pid, before in zip(pids, api_before, strict=True)
            ]
            postgres = 100 * (backends_cpu_seconds(BENCH_DATABASE) - postgres_before) / seconds
            host = 100 * (host_busy_seconds() - host_before) / seconds
            client = 100 * (time.process_time() - client_before) / seconds
            # Until the minute's write of last_seen_at surely came after those who left
            # went offline (and PostgreSQL published its counters).
            written_by = started + args.grace + SWEEP_SLACK_SECONDS + WRITE_EVERY_SECONDS
            await asyncio.sleep(max(written_by - time.perf_counter(), 0) + STATS_SETTLE_SECONDS)
            span = time.perf_counter() - started
            writes = table_writes(database_url)
            writes.subtract(writes_before)
        finally:
            for ws in sockets.values():
                await ws.close()
            for task in listeners:
                task.cancel()
            await asyncio.gather(*listeners, return_exceptions=True)
    return Result(seconds, span, tally, api, postgres, host, client, +writes)


def summary(name: str, values: list[float]) -> str:
    ordered = sorted(values)
    return (
        f"{name:<26} n={len(ordered):>7}  p50={percentile(ordered, 0.50):7.2f} ms"
        f"  p90={percentile(ordered, 0.90):7.2f} ms  p99={percentile(ordered, 0.99):7.2f} ms"
        f"  max={(ordered[-1] if ordered else 0.0):7.2f} ms"
    )


def report(result: Result, args: argparse.Namespace) -> None:
    tally = result.tally
    print(
        f"{args.users} sockets on {PROCESSES} processes in groups of {args.group_size};"
        f" typing every {TYPING_EVERY_SECONDS}s for {result.seconds:.1f}s;"
        f" {args.churn:.0%} away for {args.away_seconds:.0f}s (offline grace {args.grace}s)"
    )
    same = [ms for ms, on_same in tally.arrivals if on_same]
    other = [ms for ms, on_same in tally.arrivals if not on_same]
    print(f"typing frames sent {tally.typing_sent}, delivered {len(tally.arrivals)}")
    print(summary("typing send -> receive", same + other))
    print(summary("  socket on same process", same))
    print(summary("  socket on other process", other))
    print(
        f"presence events heard: {tally.presence['online']} online,"
        f" {tally.presence['offline']} offline; sockets closed by the server: {tally.closed}"
    )
    print(
        f"CPU: API processes {', '.join(f'{pct:.0f}%' for pct in result.api_cpu_pct)};"
        f" PostgreSQL backends {result.postgres_cpu_pct:.0f}%; this client"
        f" {result.client_cpu_pct:.0f}%; whole host {result.host_cpu_pct:.0f}%"
        f" of {os.cpu_count()} cores"
    )
    minutes = result.span / 60
    users_written = result.writes.get("users", 0)
    others = {name: n for name, n in result.writes.items() if name != "users"}
    print(
        f"PostgreSQL rows written in {result.span:.0f}s:"
        f" users {users_written} (presence; bound {args.users * minutes:.0f} ="
        f" users x minutes), other tables {sum(others.values())}"
        + (f" {dict(others)}" if others else "")
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m messenger.dev.presence_bench", description=__doc__
    )
    parser.add_argument("--users", type=int, default=1000, help="one socket each")
    parser.add_argument("--group-size", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=60.0, help="how long they type")
    parser.add_argument("--churn", type=float, default=0.1, help="share of users who leave")
    parser.add_argument(
        "--grace",
        type=int,
        default=RealtimeConfig().offline_after_seconds,
        help="realtime.offline_after_seconds of the API processes",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.users < 2 or args.group_size < 2 or not 0 <= args.churn <= 1:
        print("need --users >= 2, --group-size >= 2 and 0 <= --churn <= 1", file=sys.stderr)
        return 2
    # Away long enough to go offline and be swept, back before the minute is out.
    args.away_seconds = min(args.grace + 5.0, max(args.seconds - 5.0, 0.0))
    database_url = bench_database_url(load_config().database.url)
    drop_database(database_url)
    create_database(database_url)
    apply_migrations(database_url)
    env = CHEAP_HASHING | {"MESSENGER_REALTIME__OFFLINE_AFTER_SECONDS": str(args.grace)}
    ports = [free_port() for _ in range(PROCESSES)]
    processes = [
        start_api(database_url, port, LOG_DIR / f"api-{n}.log", extra_env=env)
        for n, port in enumerate(ports)
    ]
    bases = [f"http://{HOST}:{port}" for port in ports]
    try:

        async def run() -> Result:
            await asyncio.gather(
                *(wait_healthy(base, p) for base, p in zip(bases, processes, strict=True))
            )
            return await measure(bases, [p.pid for p in processes], database_url, args)

        result = asyncio.run(run())
    except KeyboardInterrupt:
        return 130
    except (RuntimeError, aiohttp.ClientError, TimeoutError) as error:
        print(f"presence bench failed: {error}; server logs in {LOG_DIR}", file=sys.stderr)
        return 1
    finally:
        for process in processes:
            stop_api(process)
        drop_database(database_url)
    report(result, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())

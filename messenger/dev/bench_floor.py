"""The floors of the send and history benchmarks: the least an aiohttp + aiopg server,
written as a person would write it, can do per request.

`python -m messenger.dev.bench_floor --port P --database-url URL --user-id U` serves

- POST /api/v1/chats/{id}/messages with nothing but the message INSERT (into `messages`,
  or with `--table` into a minimal table of the same columns: no search column, no
  index but the key, so the bench can tell what our schema costs a send apart from what
  our code costs it);
- GET /api/v1/chats/{id}/messages?before=&limit= with one SELECT of the same page's
  columns, encoded with the stdlib's json;

over a pool of the same size as the API's (per process: `--processes N` runs N copies
on one port with SO_REUSEPORT, as a person would run a bare server on more cores, so the
bench can tell what a second process gives on this host at all). No token check, no
validation, no membership check, no cache or event side effects, no access log:
whatever the real request costs above this is what our code adds, so the bench reports
our throughput as a share of this one's.
"""

from __future__ import annotations

import argparse
import json
import signal
import subprocess
import sys
from collections.abc import AsyncIterator
from types import FrameType

import aiopg
from aiohttp import web
from psycopg2 import sql

POOL_KEY = web.AppKey("pool", aiopg.Pool)
USER_ID_KEY = web.AppKey("user_id", int)
INSERT_KEY = web.AppKey("insert", str)
# The same columns the API's send writes; created_at takes the table's default.
INSERT = sql.SQL(
    "INSERT INTO {table} (chat_id, user_id, content, client_message_id)"
    " VALUES (%(chat_id)s, %(user_id)s, %(content)s, %(client_message_id)s) RETURNING id"
)
# The minimal table of `--table`: the columns a send writes and reads back, nothing else.
MINIMAL_TABLE = sql.SQL("""CREATE TABLE IF NOT EXISTS {table} (
    id bigserial PRIMARY KEY,
    chat_id bigint NOT NULL,
    user_id bigint NOT NULL,
    content text NOT NULL,
    client_message_id uuid,
    created_at timestamptz NOT NULL DEFAULT now()
)""")
# The columns of a history page without conversation fields or attachments.
PAGE = (
    "SELECT id, chat_id, user_id, content, client_message_id, created_at, edited_at"
    " FROM messages WHERE chat_id = %(chat_id)s AND id < %(before)s"
    " ORDER BY id DESC LIMIT %(limit)s"
)


async def send(request: web.Request) -> web.Response:
    body = await request.json()
    async with request.app[POOL_KEY].acquire() as conn, conn.cursor() as cursor:
        await cursor.execute(
            request.app[INSERT_KEY],
            {
                "chat_id": int(request.match_info["id"]),
                "user_id": request.app[USER_ID_KEY],
                "content": body["content"],
                "client_message_id": body.get("client_message_id"),
            },
        )
        row = await cursor.fetchone()
    return web.Response(
        status=201, text=json.dumps({"id": row[0]}), content_type="application/json"
    )


async def history(request: web.Request) -> web.Response:
    limit = int(request.query.get("limit", "50"))
    before = int(request.query.get("before", str(2**63 - 1)))
    async with request.app[POOL_KEY].acquire() as conn, conn.cursor() as cursor:
        await cursor.execute(
            PAGE, {"chat_id": int(request.match_info["id"]), "before": before, "limit": limit + 1}
        )
        rows = await cursor.fetchall()
    items = [
        {
            "id": id_,
            "chat_id": chat_id,
            "user_id": user_id,
            "content": content,
            "client_message_id": str(client_id) if client_id is not None else None,
            "created_at": created_at.isoformat(),
            "edited_at": edited_at.isoformat() if edited_at is not None else None,
        }
        for id_, chat_id, user_id, content, client_id, created_at, edited_at in rows[:limit]
    ]
    page = {"items": items, "next": items[-1]["id"] if len(rows) > limit else None}
    return web.Response(text=json.dumps(page), content_type="application/json")


async def healthz(request: web.Request) -> web.Response:
    return web.Response(text="ok")


def create_floor_app(
    database_url: str, user_id: int, pool_max: int, table: str = "messages"
) -> web.Application:
    app = web.Application()
    app[USER_ID_KEY] = user_id

    async def pool(app: web.Application) -> AsyncIterator[None]:
        async with aiopg.create_pool(
            database_url, minsize=2, maxsize=pool_max, options="-c timezone=UTC"
        ) as created:
            async with created.acquire() as conn, conn.cursor() as cursor:
                # The table's name as an identifier, quoted by psycopg2.
                name = sql.Identifier(table)
                if table != "messages":
                    await cursor.execute(MINIMAL_TABLE.format(table=name).as_string(conn.raw))
                app[INSERT_KEY] = INSERT.format(table=name).as_string(conn.raw)
            app[POOL_KEY] = created
            yield

    app.cleanup_ctx.append(pool)
    app.router.add_get("/healthz", healthz)
    app.router.add_post("/api/v1/chats/{id}/messages", send)
    app.router.add_get("/api/v1/chats/{id}/messages", history)
    return app


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m messenger.dev.bench_floor", description=__doc__
    )
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--database-url", required=True)
    parser.add_argument("--user-id", type=int, required=True, help="the author of every insert")
    parser.add_argument("--pool-max", type=int, default=20)
    parser.add_argument(
        "--table",
        default="messages",
        help="where sends go: `messages`, or the name of a minimal table (created if missing)",
    )
    parser.add_argument("--processes", type=int, default=1, help="copies on the port")
    parser.add_argument("--reuse-port", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if not args.table.isidentifier():
        parser.error("--table must be a plain identifier")
    if args.processes < 1:
        parser.error("--processes must be at least 1")
    if args.processes > 1:
        raise SystemExit(serve_copies(args))
    app = create_floor_app(args.database_url, args.user_id, args.pool_max, args.table)
    web.run_app(
        app,
        host=args.host,
        port=args.port,
        access_log=None,
        print=None,
        reuse_port=args.reuse_port,
    )


def serve_copies(args: argparse.Namespace) -> int:
    """`--processes N`: N copies of one process each, sharing the port; this parent only
    passes SIGTERM and SIGINT on to them and waits (the bench stops it as it stops any
    floor, and counts the CPU of the whole process tree)."""
    command = [
        sys.executable, "-m", "messenger.dev.bench_floor",
        "--host", args.host, "--port", str(args.port),
        "--database-url", args.database_url, "--user-id", str(args.user_id),
        "--pool-max", str(args.pool_max), "--table", args.table, "--reuse-port",
    ]  # fmt: skip
    children = [subprocess.Popen(command) for _ in range(args.processes)]  # noqa: S603

    def stop(signum: int, frame: FrameType | None) -> None:
        for child in children:
            child.send_signal(signal.SIGTERM)

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    return max(child.wait() for child in children)


if __name__ == "__main__":
    main()

"""The floor of the send benchmark: the least an aiohttp + aiopg server can do per send.

`python -m messenger.dev.bench_floor --port P --database-url URL --user-id U` serves
POST /api/v1/chats/{id}/messages with nothing but the message INSERT into the same
table, over a pool of the same size as the API's. No token check, no validation, no
membership check, no cache or event side effects, no access log: whatever the real
send costs above this is what our code adds, so the bench reports our send throughput
as a share of this one's.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import AsyncIterator

import aiopg
from aiohttp import web

POOL_KEY = web.AppKey("pool", aiopg.Pool)
USER_ID_KEY = web.AppKey("user_id", int)
# The same columns the API's send writes; created_at takes the table's default.
INSERT = (
    "INSERT INTO messages (chat_id, user_id, content, client_message_id)"
    " VALUES (%(chat_id)s, %(user_id)s, %(content)s, %(client_message_id)s) RETURNING id"
)


async def send(request: web.Request) -> web.Response:
    body = await request.json()
    async with request.app[POOL_KEY].acquire() as conn, conn.cursor() as cursor:
        await cursor.execute(
            INSERT,
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


async def healthz(request: web.Request) -> web.Response:
    return web.Response(text="ok")


def create_floor_app(database_url: str, user_id: int, pool_max: int) -> web.Application:
    app = web.Application()
    app[USER_ID_KEY] = user_id

    async def pool(app: web.Application) -> AsyncIterator[None]:
        async with aiopg.create_pool(
            database_url, minsize=2, maxsize=pool_max, options="-c timezone=UTC"
        ) as created:
            app[POOL_KEY] = created
            yield

    app.cleanup_ctx.append(pool)
    app.router.add_get("/healthz", healthz)
    app.router.add_post("/api/v1/chats/{id}/messages", send)
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
    args = parser.parse_args(argv)
    app = create_floor_app(args.database_url, args.user_id, args.pool_max)
    web.run_app(app, host=args.host, port=args.port, access_log=None, print=None)


if __name__ == "__main__":
    main()

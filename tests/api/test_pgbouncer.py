"""The API behind a real PgBouncer in transaction mode (README, "PgBouncer"): with
`database.prepared_statements: false` every statement travels whole, so it works on
whichever server connection PgBouncer hands each transaction, and the write paths that
hold a chat's lock keep their order."""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from messenger.config import Config
from messenger.dev.pgbouncer import PgBouncer
from tests.api.test_two_processes import EVENT_SECONDS, call, register, running_apis


@pytest.fixture
def bouncer(config: Config) -> Iterator[PgBouncer]:
    pgbouncer = PgBouncer(config.database.url, server_connections=4)
    pgbouncer.start()
    try:
        yield pgbouncer
    finally:
        print(f"--- pgbouncer.log\n{pgbouncer.log()[-3000:]}")
        pgbouncer.stop()


async def test_every_kind_of_request_works_behind_pgbouncer_in_transaction_mode(
    config: Config, bouncer: PgBouncer, tmp_path: Path
) -> None:
    behind = {
        "MESSENGER_DATABASE__URL": bouncer.url,
        "MESSENGER_DATABASE__PREPARED_STATEMENTS": "false",
        "MESSENGER_DATABASE__POOL_MAX": "20",
    }
    async with running_apis(config, tmp_path, count=1, extra_env=behind) as [api]:
        timeout = aiohttp.ClientTimeout(total=EVENT_SECONDS)
        async with aiohttp.ClientSession(api.base, timeout=timeout) as session:
            suffix = os.urandom(4).hex()
            alice = await register(session, "", f"alice_{suffix}")
            bob = await register(session, "", f"bob_{suffix}")
            a = {"Authorization": f"Bearer {alice['token']}"}
            b = {"Authorization": f"Bearer {bob['token']}"}
            chat = await call(
                session,
                "POST",
                "/api/v1/chats",
                json={"is_group_chat": True, "topic": "pooled", "member_ids": [bob["user"]["id"]]},
                headers=a,
            )
            messages = f"/api/v1/chats/{chat['id']}/messages"

            async def post(n: int, headers: dict[str, str]) -> Any:
                return await call(
                    session, "POST", messages, json={"content": f"m{n}"}, headers=headers
                )

            # Concurrent writers of one chat: more transactions than server connections.
            sent = await asyncio.gather(*(post(n, a if n % 2 else b) for n in range(40)))
            page = await call(session, "GET", f"{messages}?limit=100", headers=b)
            assert sorted(m["id"] for m in page["items"]) == sorted(m["id"] for m in sent)
            ids = [m["id"] for m in page["items"]]
            assert ids == sorted(ids, reverse=True)

            first = sent[0]
            await call(
                session,
                "PATCH",
                f"/api/v1/messages/{first['id']}",
                json={"content": "edited behind the pooler"},
                headers=a if first["user_id"] == alice["user"]["id"] else b,
            )
            async with session.put(
                f"/api/v1/messages/{first['id']}/reactions/%F0%9F%91%8D", headers=b
            ) as response:
                assert response.status in (200, 201, 204), await response.text()
            found = await call(session, "GET", "/api/v1/search/messages?q=pooler", headers=a)
            assert [hit["message"]["id"] for hit in found["items"]] == [first["id"]]
            read = await call(
                session,
                "POST",
                f"/api/v1/chats/{chat['id']}/read",
                json={"message_id": ids[0]},
                headers=b,
            )
            assert read["unread_count"] == 0
            chats = await call(session, "GET", "/api/v1/chats", headers=a)
            assert chats["items"][0]["id"] == chat["id"]
            async with session.delete(messages, headers=a) as response:
                assert response.status == 204
            async with session.post("/api/v1/auth/logout", headers=a) as response:
                assert response.status == 204
            async with session.get("/api/v1/chats", headers=a) as response:
                assert response.status == 401

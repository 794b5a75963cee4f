"""The unread digest: one mail per user, chats and counts, never the same message twice."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

from aiohttp.test_utils import TestClient
from sqlalchemy import Interval, bindparam, cast, update

from messenger.config import Config, replace_section
from messenger.repository import digests as digest_rows
from messenger.repository.db import Database, compile_query
from messenger.repository.tables import messages
from messenger.services.task_queue import UNREAD_DIGEST
from messenger.tasks.digest import write_digests
from tests.support.api import Account, create_chat, register, send
from tests.support.mailbox import Mailbox
from tests.tasks.conftest import StartWorker, run_task

_AGE = compile_query(
    update(messages)
    .where(messages.c.chat_id == bindparam("chat"))
    .values(created_at=messages.c.created_at - cast(bindparam("by"), Interval))
)


async def age_messages(db: Database, chat_id: int, by: timedelta) -> None:
    async with db.connection() as conn:
        await conn.execute(_AGE, chat=chat_id, by=by)


async def digests_to(mailbox: Mailbox, account: Account, count: int) -> list[Any]:
    return await mailbox.wait_for(account.user["email"], count, subject="unread")


async def read(api: TestClient[Any, Any], reader: Account, chat_id: int, message_id: int) -> None:
    response = await api.post(
        f"/api/v1/chats/{chat_id}/read", json={"message_id": message_id}, headers=reader.headers
    )
    assert response.status == 200, await response.text()


async def test_each_user_gets_one_digest_of_their_chats_and_counts_and_never_a_repeat(
    api: TestClient[Any, Any],
    mailbox: Mailbox,
    start_worker: StartWorker,
    task_broker: Any,
) -> None:
    start_worker()
    alice = await register(api, "alice", name="Alice")
    bob = await register(api, "bob", name="Bob")
    carol = await register(api, "carol", name="Carol")
    team = await create_chat(api, alice, [bob, carol], topic="Team")
    pair = await create_chat(api, alice, [bob], group=False)
    for text in ("one", "two"):
        await send(api, alice, team["id"], text)
    carols = await send(api, carol, team["id"], "three")
    for text in ("a", "b", "c"):
        await send(api, alice, pair["id"], text)
    await read(api, carol, team["id"], carols["id"])  # Carol has read everything

    first = await run_task(task_broker, UNREAD_DIGEST)

    assert first == {"status": "written", "mails": 2}  # Bob and Alice; Carol is up to date
    [bobs] = await digests_to(mailbox, bob, 1)
    assert bobs["Subject"] == "6 unread messages in 2 chats"
    text = bobs.get_body(preferencelist=("plain",)).get_content()
    assert "Team: 3 unread messages" in text
    assert "Alice: 3 unread messages" in text  # the personal chat, named after the other
    assert f"https://chat.example/#/chats/{team['id']}" in text
    [alices] = await digests_to(mailbox, alice, 1)
    assert alices["Subject"] == "1 unread message in 1 chat"

    assert await run_task(task_broker, UNREAD_DIGEST) == {"status": "written", "mails": 0}

    await send(api, carol, team["id"], "four")
    assert await run_task(task_broker, UNREAD_DIGEST) == {"status": "written", "mails": 2}
    later = await digests_to(mailbox, bob, 2)
    assert later[1]["Subject"] == "1 unread message in 1 chat"
    await asyncio.sleep(0.5)
    assert mailbox.to(carol.user["email"], "unread") == []
    assert len(mailbox.to(bob.user["email"], "unread")) == 2


async def test_messages_younger_than_the_minimum_age_wait_for_a_later_digest(
    api: TestClient[Any, Any], tasks_config: Config, tasks_db: Database
) -> None:
    config = replace_section(tasks_config, "tasks", digest_min_age_seconds=600)
    alice = await register(api, "alice")
    bob = await register(api, "bob")
    chat = await create_chat(api, alice, [bob], group=False)
    await send(api, alice, chat["id"], "old")
    await age_messages(tasks_db, chat["id"], timedelta(minutes=20))
    await send(api, alice, chat["id"], "new")

    async with tasks_db.connection() as conn:
        rows = await digest_rows.unread_for_digest(conn, min_age=timedelta(minutes=10))
    [mine] = [row for row in rows if row["user_id"] == bob.id]
    assert mine["unread"] == 1

    await write_digests(tasks_db, config)
    async with tasks_db.connection() as conn:
        rows = await digest_rows.unread_for_digest(conn, min_age=timedelta(0))
    [mine] = [row for row in rows if row["user_id"] == bob.id]
    assert mine["unread"] == 1, "only the new message is left for the next digest"


async def test_a_young_message_with_a_lower_id_holds_back_the_older_ones_after_it(
    api: TestClient[Any, Any], tasks_db: Database
) -> None:
    # Ids follow commit order, times follow transaction start: a message may carry an
    # older time than the one before it. The mark must not jump over the younger one.
    alice = await register(api, "alice")
    bob = await register(api, "bob")
    chat = await create_chat(api, alice, [bob], group=False)
    await send(api, alice, chat["id"], "first, young")
    await send(api, alice, chat["id"], "second")
    await age_messages(tasks_db, chat["id"], timedelta(minutes=20))
    await send(api, alice, chat["id"], "third, young")
    async with tasks_db.connection() as conn:
        await conn.execute(
            compile_query(
                update(messages)
                .where(messages.c.content == bindparam("content"))
                .values(created_at=messages.c.created_at + timedelta(minutes=20))
            ),
            content="first, young",
        )
        rows = await digest_rows.unread_for_digest(conn, min_age=timedelta(minutes=10))

    assert [row for row in rows if row["user_id"] == bob.id] == []


async def test_two_digest_runs_at_once_report_each_message_once(
    api: TestClient[Any, Any], tasks_config: Config, tasks_db: Database
) -> None:
    alice = await register(api, "alice")
    bob = await register(api, "bob")
    chat = await create_chat(api, alice, [bob], group=False)
    await send(api, alice, chat["id"], "hello")

    runs = await asyncio.gather(*(write_digests(tasks_db, tasks_config) for _ in range(4)))

    written = [mail_ids for mail_ids in runs if mail_ids is not None]
    assert sum(len(mail_ids) for mail_ids in written) >= 1
    async with tasks_db.connection() as conn:
        rows = await digest_rows.unread_for_digest(conn, min_age=timedelta(0))
    assert [row for row in rows if row["user_id"] == bob.id] == []
    # However the runs interleaved, Bob's message is in exactly one digest mail.
    from messenger.repository import outbox as outbox_rows

    found = 0
    async with tasks_db.connection() as conn:
        for mail_ids in written:
            for mail_id in mail_ids:
                mail = await outbox_rows.get_mail(conn, mail_id)
                assert mail is not None
                if mail["user_id"] == bob.id:
                    found += 1
    assert found == 1

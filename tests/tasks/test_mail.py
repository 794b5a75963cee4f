"""Chat-created mail through the outbox, a real worker and a real SMTP server."""

from __future__ import annotations

import asyncio
import signal
import time
from datetime import timedelta
from email.message import EmailMessage
from typing import Any

import pytest
from aiohttp.test_utils import TestClient
from sqlalchemy import func, select

from messenger.config import Config, replace_section
from messenger.repository import outbox as outbox_rows
from messenger.repository.db import Database, compile_query
from messenger.repository.tables import mail_outbox
from messenger.services.task_queue import RELAY_OUTBOX
from messenger.tasks.mail import compose, deliver, is_permanent
from tests.support.api import create_chat, register
from tests.support.mailbox import Mailbox
from tests.support.processes import stop_process
from tests.tasks.conftest import StartWorker, run_task


async def mails_of_chat(db: Database, chat_id: int) -> list[dict[str, Any]]:
    query = compile_query(
        select(mail_outbox).where(mail_outbox.c.payload["chat_id"].astext == str(chat_id))
    )
    async with db.connection() as conn:
        return await conn.fetch_all(query)


async def settled_mails_of_chat(db: Database, chat_id: int, count: int) -> list[dict[str, Any]]:
    """The chat's mails once `count` of them are settled (the worker marks a mail sent
    just after the SMTP server has accepted it)."""
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        rows = await mails_of_chat(db, chat_id)
        if sum(row["sent_at"] is not None or row["failed_at"] is not None for row in rows) >= count:
            return rows
        await asyncio.sleep(0.05)
    raise AssertionError(f"fewer than {count} mails of chat {chat_id} settled")


def parts(message: EmailMessage) -> tuple[str, str]:
    text = message.get_body(preferencelist=("plain",))
    page = message.get_body(preferencelist=("html",))
    assert text is not None and page is not None
    return text.get_content(), page.get_content()


async def test_a_new_group_chat_mails_every_other_member_once_with_text_and_html(
    api: TestClient[Any, Any],
    mailbox: Mailbox,
    start_worker: StartWorker,
    tasks_db: Database,
) -> None:
    start_worker()
    alice = await register(api, "alice", name="Alice Liddell")
    bob = await register(api, "bob", name="Bob Builder")
    carol = await register(api, "carol", name="Carol Danvers")

    chat = await create_chat(api, alice, [bob, carol], topic="Lunch <plans>")

    for member in (bob, carol):
        [mail] = await mailbox.wait_for(member.user["email"])
        assert mail["Subject"] == "Alice Liddell added you to “Lunch <plans>”"
        assert mail["To"].addresses[0].addr_spec == member.user["email"]
        assert mail["Message-ID"]
        text, page = parts(mail)
        link = f"https://chat.example/#/chats/{chat['id']}"
        assert f"Hi {member.user['name']}," in text
        assert "Alice Liddell (@" in text and "“Lunch <plans>”" in text
        assert link in text
        assert "Lunch &lt;plans&gt;" in page and f'href="{link}"' in page
    rows = await settled_mails_of_chat(tasks_db, chat["id"], 2)
    assert sorted(row["user_id"] for row in rows) == sorted([bob.id, carol.id])
    assert all(row["sent_at"] is not None and row["attempts"] == 1 for row in rows)
    assert mailbox.to(alice.user["email"]) == []


async def test_the_same_personal_chat_asked_for_again_mails_nobody_again(
    api: TestClient[Any, Any], tasks_db: Database
) -> None:
    alice = await register(api, "alice")
    bob = await register(api, "bob")

    first = await create_chat(api, alice, [bob], group=False)
    again = await create_chat(api, bob, [alice], group=False)

    assert again["id"] == first["id"]
    [row] = await mails_of_chat(tasks_db, first["id"])
    assert row["user_id"] == bob.id
    assert row["payload"]["is_group_chat"] is False


async def test_a_chat_created_while_redis_is_down_is_201_and_mailed_by_the_relay_later(
    aiohttp_client: Any,
    tasks_config: Config,
    mailbox: Mailbox,
    start_worker: StartWorker,
    task_broker: Any,
) -> None:
    from messenger.api.app import create_app
    from tests.support.ports import free_port

    dead_redis = replace_section(tasks_config, "redis", url=f"redis://127.0.0.1:{free_port()}/0")
    api = await aiohttp_client(create_app(dead_redis))
    alice = await register(api, "alice")
    bob = await register(api, "bob")

    started = time.monotonic()
    response = await api.post(
        "/api/v1/chats",
        json={"is_group_chat": True, "topic": "Offline", "member_ids": [bob.id]},
        headers=alice.headers,
    )
    assert response.status == 201, await response.text()
    assert time.monotonic() - started < 3

    # Redis is back (the worker and the relay use the live one): the relay's sweep sends it.
    start_worker()
    result = await run_task(task_broker, RELAY_OUTBOX)
    assert result == {"handed": 1}
    [mail] = await mailbox.wait_for(bob.user["email"])
    assert "Offline" in mail["Subject"]


async def test_an_smtp_server_refusing_twice_gets_one_mail_after_two_backed_off_retries(
    api: TestClient[Any, Any],
    mailbox: Mailbox,
    start_worker: StartWorker,
    tasks_db: Database,
) -> None:
    mailbox.refuse = 2
    start_worker()
    alice = await register(api, "alice")
    bob = await register(api, "bob")

    chat = await create_chat(api, alice, [bob], group=False)

    await mailbox.wait_for(bob.user["email"], within=30)
    await asyncio.sleep(1)  # time for a duplicate to show up, if there were one
    assert len(mailbox.to(bob.user["email"])) == 1
    first, second, third = mailbox.attempts
    # mail_retry_seconds is 1: the retries come after ~1 s, then ~2 s.
    assert second - first >= 0.9
    assert third - second >= 1.8
    [row] = await settled_mails_of_chat(tasks_db, chat["id"], 1)
    assert row["attempts"] == 3
    assert row["sent_at"] is not None
    assert row["last_error"] is None


async def test_a_worker_killed_mid_send_leaves_the_mail_to_the_next_and_it_arrives_once(
    api: TestClient[Any, Any],
    mailbox: Mailbox,
    start_worker: StartWorker,
    task_broker: Any,
    tasks_db: Database,
) -> None:
    mailbox.block = 1
    lease = 4
    doomed = start_worker(mail_lease_seconds=lease)
    alice = await register(api, "alice")
    bob = await register(api, "bob")

    chat = await create_chat(api, alice, [bob], group=False)
    assert await asyncio.to_thread(mailbox.blocked.wait, 20), "the worker never got to DATA"
    stop_process(doomed, signal.SIGKILL)
    [row] = await mails_of_chat(tasks_db, chat["id"])
    assert row["sent_at"] is None and row["attempts"] == 1
    # Held by the dead worker until its lease runs out: not due for the relay before.
    async with tasks_db.connection() as conn:
        assert await outbox_rows.take_due(conn, limit=10, redeliver=timedelta(0)) == []
        now = await conn.fetch_value(compile_query(select(func.now())))
    await asyncio.sleep((row["claimed_until"] - now).total_seconds() + 0.2)

    start_worker(mail_lease_seconds=lease)
    assert (await run_task(task_broker, RELAY_OUTBOX))["handed"] == 1

    await mailbox.wait_for(bob.user["email"])
    assert (await run_task(task_broker, RELAY_OUTBOX))["handed"] == 0
    await asyncio.sleep(1)
    assert len(mailbox.to(bob.user["email"])) == 1
    [row] = await settled_mails_of_chat(tasks_db, chat["id"], 1)
    assert row["attempts"] == 2 and row["sent_at"] is not None


async def test_a_mail_delivered_twice_at_once_is_sent_once(
    api: TestClient[Any, Any], tasks_config: Config, mailbox: Mailbox, tasks_db: Database
) -> None:
    alice = await register(api, "alice")
    bob = await register(api, "bob")
    chat = await create_chat(api, alice, [bob], group=False)
    [row] = await mails_of_chat(tasks_db, chat["id"])

    results = await asyncio.gather(
        deliver(tasks_db, tasks_config, row["id"]), deliver(tasks_db, tasks_config, row["id"])
    )

    assert sorted(result["status"] for result in results) == ["sent", "skipped"]
    assert (await deliver(tasks_db, tasks_config, row["id"]))["status"] == "skipped"
    assert len(mailbox.to(bob.user["email"])) == 1


async def test_a_permanent_refusal_settles_the_mail_as_failed_without_retrying(
    api: TestClient[Any, Any], tasks_config: Config, tasks_db: Database
) -> None:
    from aiosmtpd.controller import Controller

    class Refusing:
        async def handle_RCPT(self, server: Any, session: Any, envelope: Any, *args: Any) -> str:
            return "550 5.1.1 No such user"

    from tests.support.ports import free_port

    port = free_port()
    controller = Controller(Refusing(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        config = replace_section(tasks_config, "mail", port=port)
        alice = await register(api, "alice")
        bob = await register(api, "bob")
        chat = await create_chat(api, alice, [bob], group=False)
        [row] = await mails_of_chat(tasks_db, chat["id"])

        result = await deliver(tasks_db, config, row["id"])
    finally:
        controller.stop()

    assert result["status"] == "failed"
    [row] = await mails_of_chat(tasks_db, chat["id"])
    assert row["failed_at"] is not None and row["sent_at"] is None
    assert "550" in row["last_error"]
    assert (await deliver(tasks_db, config, row["id"]))["status"] == "skipped"


async def test_an_unreachable_smtp_server_is_retryable_until_the_last_attempt(
    api: TestClient[Any, Any], tasks_config: Config, tasks_db: Database
) -> None:
    from messenger.tasks.retry import RetryableError
    from tests.support.ports import free_port

    config = replace_section(tasks_config, "mail", port=free_port())
    config = replace_section(config, "tasks", mail_max_attempts=2)
    alice = await register(api, "alice")
    bob = await register(api, "bob")
    chat = await create_chat(api, alice, [bob], group=False)
    [row] = await mails_of_chat(tasks_db, chat["id"])

    with pytest.raises(RetryableError):
        await deliver(tasks_db, config, row["id"])
    result = await deliver(tasks_db, config, row["id"])

    assert result["status"] == "failed" and result["attempts"] == 2
    async with tasks_db.connection() as conn:
        settled = await outbox_rows.get_mail(conn, row["id"])
    assert settled is not None and settled["failed_at"] is not None


# --- rendering -----------------------------------------------------------------------


def claimed(kind: str, payload: dict[str, Any], **recipient: Any) -> dict[str, Any]:
    return {
        "id": 42,
        "kind": kind,
        "payload": payload,
        "attempts": 1,
        "email": recipient.get("email", "bob@example.com"),
        "name": recipient.get("name", "Bob"),
        "nick": "bobby",
    }


def test_a_personal_chat_mail_says_who_started_it_and_links_the_chat() -> None:
    config = Config()
    mail = compose(
        claimed(
            outbox_rows.CHAT_CREATED,
            {
                "chat_id": 7,
                "is_group_chat": False,
                "topic": None,
                "creator_name": "Alice",
                "creator_nick": "alice",
            },
        ),
        replace_section(config, "mail", base_url="https://chat.example/").mail,
    )
    assert mail["Subject"] == "Alice started a chat with you"
    assert mail["From"] == config.mail.sender
    assert mail["Message-ID"].startswith("<mail-42@")
    text, page = parts(mail)
    assert "Alice (@alice) started a chat with you." in text
    assert "https://chat.example/#/chats/7" in text and "https://chat.example/#/chats/7" in page


def test_names_and_topics_cannot_break_out_of_headers_or_html() -> None:
    config = Config()
    mail = compose(
        claimed(
            outbox_rows.CHAT_CREATED,
            {
                "chat_id": 7,
                "is_group_chat": True,
                "topic": "Hi\r\nBcc: victim@example.com",
                "creator_name": "<script>alert(1)</script>",
                "creator_nick": "x",
            },
            name="Bob\nBcc: other@example.com",
        ),
        config.mail,
    )
    assert mail["Bcc"] is None
    assert "\n" not in mail["Subject"]
    _, page = parts(mail)
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_a_digest_mail_lists_each_chat_with_its_count() -> None:
    config = Config()
    mail = compose(
        claimed(
            outbox_rows.UNREAD_DIGEST,
            {
                "chats": [
                    {"chat_id": 1, "title": "Team", "unread": 3},
                    {"chat_id": 2, "title": "Alice", "unread": 1},
                ]
            },
        ),
        config.mail,
    )
    assert mail["Subject"] == "4 unread messages in 2 chats"
    text, page = parts(mail)
    assert "Team: 3 unread messages" in text and "Alice: 1 unread message\n" in text
    assert page.count("<li>") == 2


def test_an_unknown_mail_kind_is_a_permanent_failure() -> None:
    config = Config()
    from messenger.tasks.mail import PermanentMailError

    with pytest.raises(PermanentMailError) as raised:
        compose(claimed("carrier_pigeon", {}), config.mail)
    assert is_permanent(raised.value)


def test_only_5xx_answers_are_permanent() -> None:
    import aiosmtplib

    assert is_permanent(aiosmtplib.SMTPDataError(554, "rejected"))
    assert not is_permanent(aiosmtplib.SMTPDataError(451, "later"))
    assert not is_permanent(aiosmtplib.SMTPConnectError("refused"))
    refused = aiosmtplib.SMTPRecipientsRefused(
        [
            aiosmtplib.SMTPRecipientRefused(550, "no", "a@x"),
            aiosmtplib.SMTPRecipientRefused(450, "busy", "b@x"),
        ]
    )
    assert not is_permanent(refused)

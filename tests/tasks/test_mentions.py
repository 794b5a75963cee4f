"""The mention mail: one mail per person for the mentions still unread after the delay,
never twice for one mention, none for a chat they muted or have read."""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp.test_utils import TestClient

from messenger.config import Config, replace_section
from messenger.services.task_queue import MENTION_MAIL
from messenger.tasks.mentions import write_mention_mails
from tests.support.api import Account, create_chat, register, send
from tests.support.mailbox import Mailbox
from tests.tasks.conftest import StartWorker, run_task


async def mentions_to(mailbox: Mailbox, account: Account, count: int) -> list[Any]:
    return await mailbox.wait_for(account.user["email"], count, subject="mentioned")


async def test_unread_mentions_are_mailed_once_after_the_delay_but_not_read_or_muted_ones(
    api: TestClient[Any, Any],
    mailbox: Mailbox,
    start_worker: StartWorker,
    task_broker: Any,
    tasks_config: Config,
    tasks_db: Any,
) -> None:
    start_worker()
    alice = await register(api, "alice", name="Alice")
    bob = await register(api, "bob", name="Bob")
    carol = await register(api, "carol", name="Carol")
    dave = await register(api, "dave", name="Dave")
    team = await create_chat(api, alice, [bob, carol, dave], topic="Team")
    pair = await create_chat(api, alice, [bob], group=False)
    everyone = " ".join(f"@{a.user['nick']}" for a in (bob, carol, dave))
    said = await send(api, alice, team["id"], f"{everyone} standup!")
    await send(api, alice, pair["id"], f"@{bob.user['nick']} and you?")
    read = await api.post(
        f"/api/v1/chats/{team['id']}/read", json={"message_id": said["id"]}, headers=carol.headers
    )
    assert read.status == 200
    muted = await api.patch(
        f"/api/v1/chats/{team['id']}/settings", json={"muted": True}, headers=dave.headers
    )
    assert muted.status == 200

    # Younger than the delay (an hour here): nothing yet, and nothing is used up.
    patient = replace_section(tasks_config, "notifications", mention_delay_seconds=3600)
    assert await write_mention_mails(tasks_db, patient) == []
    await asyncio.sleep(tasks_config.notifications.mention_delay_seconds + 0.5)
    assert await run_task(task_broker, MENTION_MAIL) == {"status": "written", "mails": 1}

    [bobs] = await mentions_to(mailbox, bob, 1)
    assert bobs["Subject"] == "You were mentioned in 2 chats"
    text = bobs.get_body(preferencelist=("plain",)).get_content()
    assert "Team: 1 mention by Alice" in text
    assert "Alice: 1 mention by Alice" in text  # the personal chat, named after the other
    assert f"https://chat.example/#/chats/{team['id']}" in text
    for reader_or_muted in (carol, dave):
        assert mailbox.to(reader_or_muted.user["email"], subject="mentioned") == []

    # Never twice for the same mention; a new one is mailed on its own.
    assert await run_task(task_broker, MENTION_MAIL) == {"status": "written", "mails": 0}
    await send(api, carol, team["id"], f"@{bob.user['nick']} ping")
    await asyncio.sleep(tasks_config.notifications.mention_delay_seconds + 0.5)
    assert await run_task(task_broker, MENTION_MAIL) == {"status": "written", "mails": 1}
    later = await mentions_to(mailbox, bob, 2)
    assert later[1]["Subject"] == "Carol mentioned you in “Team”"


async def test_two_runs_at_once_write_each_mail_once(
    api: TestClient[Any, Any], tasks_db: Any, tasks_config: Config
) -> None:
    alice = await register(api, "alice", name="Alice")
    bob = await register(api, "bob", name="Bob")
    team = await create_chat(api, alice, [bob], topic="Team")
    await send(api, alice, team["id"], f"@{bob.user['nick']} hi")
    await asyncio.sleep(tasks_config.notifications.mention_delay_seconds + 0.5)
    runs = await asyncio.gather(*(write_mention_mails(tasks_db, tasks_config) for _ in range(4)))
    written = [mails for mails in runs if mails]
    assert len(written) == 1 and len(written[0]) == 1

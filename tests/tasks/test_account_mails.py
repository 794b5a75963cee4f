"""The account mails end to end (docs/API.md, "Accounts"): the confirmation link mailed on
register and on an email change, and the password reset link, read from a real SMTP
server (aiosmtpd) after a real worker sent them."""

from __future__ import annotations

import asyncio
import re
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from messenger.api.app import create_app
from messenger.config import Config, replace_section
from messenger.repository.db import Database
from tests.support.api import Account, create_chat, error_of, paths_of, register
from tests.support.mailbox import Mailbox
from tests.tasks.conftest import StartWorker

CONFIRM = "Confirm your email address"
RESET = "Reset your password"
V1 = "/api/v1"


@pytest.fixture
async def verifying(aiohttp_client: Any, tasks_config: Config) -> TestClient[Any, Any]:
    """The API as deployed: new addresses must be confirmed."""
    config = replace_section(tasks_config, "auth", verify_email=True)
    client: TestClient[Any, Any] = await aiohttp_client(create_app(config))
    return client


def link_token(mail: Any, page: str) -> str:
    text = mail.get_body(preferencelist=("plain",)).get_content()
    [token] = re.findall(rf"https://chat\.example/#/{page}/([A-Za-z0-9_%-]+)", text)
    return str(token)


async def me(client: TestClient[Any, Any], account: Account) -> dict[str, Any]:
    response = await client.get(f"{V1}/users/me", headers=account.headers)
    assert response.status == 200
    user: dict[str, Any] = await response.json()
    return user


async def test_a_new_address_is_confirmed_by_the_mailed_link_once(
    verifying: TestClient[Any, Any], mailbox: Mailbox, start_worker: StartWorker
) -> None:
    start_worker()
    alice = await register(verifying, "alice", name="Alice")
    assert alice.user["email_verified"] is False
    [mail] = await mailbox.wait_for(alice.user["email"], subject=CONFIRM)
    assert "text/html" in {part.get_content_type() for part in mail.walk()}
    token = link_token(mail, "verify-email")

    confirmed = await verifying.post(f"{V1}/auth/verify-email", json={"token": token})
    assert confirmed.status == 204
    assert (await me(verifying, alice))["email_verified"] is True
    again = await verifying.post(f"{V1}/auth/verify-email", json={"token": token})
    assert paths_of(await error_of(again, 422, "validation_failed")) == ["/token"]
    unknown = await verifying.post(f"{V1}/auth/verify-email", json={"token": "no-such-token"})
    await error_of(unknown, 422, "validation_failed")


async def test_notification_mail_goes_only_to_confirmed_addresses(
    verifying: TestClient[Any, Any], mailbox: Mailbox, start_worker: StartWorker
) -> None:
    start_worker()
    alice, bob = await register(verifying, "alice"), await register(verifying, "bob")
    await create_chat(verifying, alice, [bob], topic="Before")
    [link] = await mailbox.wait_for(bob.user["email"], subject=CONFIRM)
    token = link_token(link, "verify-email")
    assert (await verifying.post(f"{V1}/auth/verify-email", json={"token": token})).status == 204

    await create_chat(verifying, alice, [bob], topic="After")
    [mail] = await mailbox.wait_for(bob.user["email"], subject="added you")
    assert "After" in mail["Subject"]
    assert mailbox.to(bob.user["email"], subject="Before") == []


async def test_a_changed_address_is_unconfirmed_and_gets_its_own_link(
    verifying: TestClient[Any, Any], mailbox: Mailbox, start_worker: StartWorker
) -> None:
    start_worker()
    alice = await register(verifying, "alice")
    [first] = await mailbox.wait_for(alice.user["email"], subject=CONFIRM)
    old_token = link_token(first, "verify-email")
    new_address = f"new.{alice.user['email']}"
    patched = await verifying.patch(
        f"{V1}/users/me", json={"email": new_address}, headers=alice.headers
    )
    assert (await patched.json())["email_verified"] is False
    # The link of the old address confirms nothing now.
    stale = await verifying.post(f"{V1}/auth/verify-email", json={"token": old_token})
    await error_of(stale, 422, "validation_failed")
    [second] = await mailbox.wait_for(new_address, subject=CONFIRM)
    token = link_token(second, "verify-email")
    assert (await verifying.post(f"{V1}/auth/verify-email", json={"token": token})).status == 204
    assert (await me(verifying, alice))["email_verified"] is True


async def test_another_link_is_mailed_on_request_at_most_three_an_hour(
    verifying: TestClient[Any, Any], mailbox: Mailbox, start_worker: StartWorker
) -> None:
    start_worker()
    alice = await register(verifying, "alice")
    resend = f"{V1}/users/me/verification"
    for _ in range(3):
        assert (await verifying.post(resend, headers=alice.headers)).status == 202
    refused = await verifying.post(resend, headers=alice.headers)
    await error_of(refused, 429, "rate_limited")
    assert "Retry-After" in refused.headers
    await mailbox.wait_for(alice.user["email"], 4, subject=CONFIRM)  # on register, and 3


async def settled_payloads(db: Database, user_id: int, *, mails: int) -> int:
    """Wait until the user's `mails` outbox rows are marked sent (the worker commits that
    just after the SMTP server accepted the mail); how many are."""
    for _ in range(100):
        async with db.connection() as conn:
            cursor = await conn.raw.cursor()
            await cursor.execute(
                "SELECT count(*) FROM mail_outbox WHERE user_id = %s AND sent_at IS NOT NULL",
                (user_id,),
            )
            [sent] = await cursor.fetchone()
            cursor.close()
        if sent >= mails:
            return int(sent)
        await asyncio.sleep(0.05)
    return int(sent)


async def test_a_password_is_reset_by_the_mailed_link_and_every_session_ends(
    verifying: TestClient[Any, Any], mailbox: Mailbox, start_worker: StartWorker, tasks_db: Database
) -> None:
    start_worker()
    alice = await register(verifying, "alice")
    asked = await verifying.post(
        f"{V1}/auth/password-reset", json={"email": alice.user["email"].upper()}
    )
    assert asked.status == 202
    [mail] = await mailbox.wait_for(alice.user["email"], subject=RESET)
    token = link_token(mail, "reset-password")
    # Once sent, the outbox keeps no token: only its hash is stored (account_tokens).
    assert await settled_payloads(tasks_db, alice.id, mails=2) == 2
    async with tasks_db.connection() as conn:
        cursor = await conn.raw.cursor()
        await cursor.execute(
            "SELECT payload::text FROM mail_outbox WHERE user_id = %s", (alice.id,)
        )
        payloads = [row[0] for row in await cursor.fetchall()]
        cursor.close()
    assert all(token not in payload and '"token"' not in payload for payload in payloads)

    confirm = f"{V1}/auth/password-reset/confirm"
    body = {"token": token, "password": "a brand new secret"}
    assert (await verifying.post(confirm, json=body)).status == 204
    await error_of(
        await verifying.get(f"{V1}/users/me", headers=alice.headers), 401, "unauthorized"
    )
    login = f"{V1}/auth/login"
    old = {"login": alice.user["nick"], "password": alice.password}
    await error_of(await verifying.post(login, json=old), 401, "unauthorized")
    new = {"login": alice.user["nick"], "password": "a brand new secret"}
    signed_in = await verifying.post(login, json=new)
    assert signed_in.status == 200
    # The link reached the address: it counts as confirmed. And it works once.
    assert (await signed_in.json())["user"]["email_verified"] is True
    await error_of(await verifying.post(confirm, json=body), 422, "validation_failed")


async def test_an_expired_reset_link_is_refused(
    verifying: TestClient[Any, Any], mailbox: Mailbox, start_worker: StartWorker, tasks_db: Database
) -> None:
    start_worker()
    alice = await register(verifying, "alice")
    await verifying.post(f"{V1}/auth/password-reset", json={"email": alice.user["email"]})
    [mail] = await mailbox.wait_for(alice.user["email"], subject=RESET)
    async with tasks_db.connection() as conn:
        cursor = await conn.raw.cursor()
        await cursor.execute(
            "UPDATE account_tokens SET expires_at = now() - interval '1 second'"
            " WHERE user_id = %s AND purpose = 'reset_password'",
            (alice.id,),
        )
        cursor.close()
    body = {"token": link_token(mail, "reset-password"), "password": "a brand new secret"}
    expired = await verifying.post(f"{V1}/auth/password-reset/confirm", json=body)
    await error_of(expired, 422, "validation_failed")


async def test_a_reset_answers_alike_for_any_address_and_mails_at_most_three_an_hour(
    verifying: TestClient[Any, Any], mailbox: Mailbox, start_worker: StartWorker
) -> None:
    start_worker()
    alice = await register(verifying, "alice")
    answers = []
    for email in [alice.user["email"]] * 5 + ["nobody.here@example.com"] * 2:
        response = await verifying.post(f"{V1}/auth/password-reset", json={"email": email})
        answers.append((response.status, await response.json()))
    assert answers == [(202, {})] * 7
    await mailbox.wait_for(alice.user["email"], 3, subject=RESET)
    await mailbox.wait_for(alice.user["email"], subject=CONFIRM)
    assert len(mailbox.to(alice.user["email"], subject=RESET)) == 3
    assert mailbox.to("nobody.here@example.com") == []

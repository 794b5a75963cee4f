"""send_mail: one outbox row, claimed, rendered, sent over SMTP, settled.

Sent once even if the task is delivered twice (a relay and a retry, a redelivered
stream entry): the conditional claim lets one worker hold the row at a time, and a
settled row is never claimed again. A worker killed mid-send leaves the row held until
its lease runs out; then the relay hands it to the broker again. The one window no
outbox closes is between the SMTP server's "250 accepted" and the commit of `sent_at`:
a crash there sends the mail again, under the same Message-ID, which mail clients use
to fold duplicates.
"""

from __future__ import annotations

import asyncio
import html
import logging
from datetime import timedelta
from email.message import EmailMessage
from email.utils import formataddr, formatdate
from typing import Any
from urllib.parse import quote

import aiosmtplib
from taskiq import Context, TaskiqDepends

from messenger.config import Config, MailConfig
from messenger.repository import outbox as outbox_rows
from messenger.repository.db import Database, Row
from messenger.services.task_queue import SEND_MAIL
from messenger.tasks.broker import broker, worker_resources
from messenger.tasks.retry import MAX_RETRY_DELAY_SECONDS, RetryableError, backoff_seconds

log = logging.getLogger("messenger.tasks.mail")

# The whole SMTP session must end well inside the lease, so that no other worker can
# claim the mail while this one may still be sending it.
SESSION_SHARE_OF_LEASE = 0.5
MAX_ERROR_CHARS = 500


class PermanentMailError(Exception):
    """The mail cannot be built (unknown kind): retrying cannot help."""


def one_line(text: str) -> str:
    """Names and topics go into headers: no line breaks, no runs of whitespace."""
    return " ".join(str(text).split())


def plural(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def chat_link(base_url: str, chat_id: int) -> str:
    return f"{base_url.rstrip('/')}/#/chats/{chat_id}"


def _chat_created(payload: dict[str, Any], greeting: str, base_url: str) -> tuple[str, str, str]:
    creator = one_line(payload.get("creator_name") or "Someone")
    nick = one_line(payload.get("creator_nick") or "")
    who = f"{creator} (@{nick})" if nick else creator
    link = chat_link(base_url, int(payload["chat_id"]))
    if payload.get("is_group_chat"):
        topic = one_line(payload.get("topic") or "")
        subject = f"{creator} added you to “{topic}”"
        what = f"started the group chat “{topic}” and added you"
    else:
        subject = f"{creator} started a chat with you"
        what = "started a chat with you"
    text = f"{greeting}\n\n{who} {what}.\n\nOpen it: {link}\n"
    page = (
        f"<p>{html.escape(greeting)}</p>\n"
        f"<p><strong>{html.escape(who)}</strong> {html.escape(what)}.</p>\n"
        f'<p><a href="{html.escape(link)}">Open the chat</a></p>\n'
    )
    return subject, text, page


def _unread_digest(payload: dict[str, Any], greeting: str, base_url: str) -> tuple[str, str, str]:
    chats = payload["chats"]
    total = sum(int(chat["unread"]) for chat in chats)
    subject = f"{plural(total, 'unread message')} in {plural(len(chats), 'chat')}"
    lines, items = [], []
    for chat in chats:
        title = one_line(chat["title"])
        link = chat_link(base_url, int(chat["chat_id"]))
        count = plural(int(chat["unread"]), "unread message")
        lines.append(f"  - {title}: {count}\n    {link}")
        items.append(
            f'<li><a href="{html.escape(link)}">{html.escape(title)}</a>: {html.escape(count)}</li>'
        )
    text = f"{greeting}\n\nWhile you were away:\n\n" + "\n".join(lines) + "\n"
    page = (
        f"<p>{html.escape(greeting)}</p>\n<p>While you were away:</p>\n<ul>\n"
        + "\n".join(items)
        + "\n</ul>\n"
    )
    return subject, text, page


def _mentions(payload: dict[str, Any], greeting: str, base_url: str) -> tuple[str, str, str]:
    chats = payload["chats"]
    if len(chats) == 1:
        chat = chats[0]
        who = " and ".join(one_line(name) for name in chat["by"][:3]) or "Someone"
        subject = f"{who} mentioned you in “{one_line(chat['title'])}”"
    else:
        subject = f"You were mentioned in {plural(len(chats), 'chat')}"
    lines, items = [], []
    for chat in chats:
        title = one_line(chat["title"])
        link = chat_link(base_url, int(chat["chat_id"]))
        count = plural(int(chat["count"]), "mention")
        by = ", ".join(one_line(name) for name in chat["by"])
        lines.append(f"  - {title}: {count} by {by}\n    {link}")
        items.append(
            f'<li><a href="{html.escape(link)}">{html.escape(title)}</a>: '
            f"{html.escape(count)} by {html.escape(by)}</li>"
        )
    text = f"{greeting}\n\nYou were mentioned and have not read it yet:\n\n" + "\n".join(lines)
    page = (
        f"<p>{html.escape(greeting)}</p>\n<p>You were mentioned and have not read it yet:</p>\n"
        "<ul>\n" + "\n".join(items) + "\n</ul>\n"
    )
    return subject, text + "\n", page


def account_link(base_url: str, page: str, token: str) -> str:
    """A page of the web client that reads the token from its address (never sent on as
    a Referer: it is after the #)."""
    return f"{base_url.rstrip('/')}/#/{page}/{quote(token, safe='')}"


def _verify_email(payload: dict[str, Any], greeting: str, base_url: str) -> tuple[str, str, str]:
    link = account_link(base_url, "verify-email", payload["token"])
    subject = "Confirm your email address"
    what = "Follow this link to confirm that this address is yours; it works once, for 24 hours."
    text = f"{greeting}\n\n{what}\n\n{link}\n\nIf you did not sign up, ignore this mail.\n"
    page = (
        f"<p>{html.escape(greeting)}</p>\n<p>{html.escape(what)}</p>\n"
        f'<p><a href="{html.escape(link)}">Confirm my address</a></p>\n'
        "<p>If you did not sign up, ignore this mail.</p>\n"
    )
    return subject, text, page


def _reset_password(payload: dict[str, Any], greeting: str, base_url: str) -> tuple[str, str, str]:
    link = account_link(base_url, "reset-password", payload["token"])
    subject = "Reset your password"
    what = "Follow this link to choose a new password; it works once, for one hour."
    text = (
        f"{greeting}\n\n{what}\n\n{link}\n\n"
        "If you did not ask for this, ignore this mail: your password stays as it is.\n"
    )
    page = (
        f"<p>{html.escape(greeting)}</p>\n<p>{html.escape(what)}</p>\n"
        f'<p><a href="{html.escape(link)}">Choose a new password</a></p>\n'
        "<p>If you did not ask for this, ignore this mail: your password stays as it is.</p>\n"
    )
    return subject, text, page


RENDERERS = {
    outbox_rows.CHAT_CREATED: _chat_created,
    outbox_rows.UNREAD_DIGEST: _unread_digest,
    outbox_rows.MENTIONS: _mentions,
    outbox_rows.VERIFY_EMAIL: _verify_email,
    outbox_rows.RESET_PASSWORD: _reset_password,
}
FOOTER_TEXT = "\n-- \nYou get this mail because you have an account on messenger.\n"
FOOTER_HTML = (
    '<p style="color:#777">You get this mail because you have an account on messenger.</p>'
)


def compose(mail: Row, config: MailConfig) -> EmailMessage:
    """The mail of an outbox row claimed with its recipient: plain text and HTML parts."""
    render = RENDERERS.get(mail["kind"])
    if render is None:
        raise PermanentMailError(f"unknown mail kind {mail['kind']!r}")
    name = one_line(mail["name"])
    subject, text, page = render(mail["payload"], f"Hi {name},", config.base_url)
    message = EmailMessage()
    message["Subject"] = one_line(subject)
    message["From"] = config.sender
    # A verification goes to the address it verifies (the payload says which).
    message["To"] = formataddr((name, mail["payload"].get("email") or mail["email"]))
    message["Date"] = formatdate(usegmt=True)
    # The same for every attempt at this row: a mail sent twice is recognisably one.
    domain = config.sender.rpartition("@")[2] or "localhost"
    message["Message-ID"] = f"<mail-{mail['id']}@{domain}>"
    message.set_content(text + FOOTER_TEXT)
    message.add_alternative(
        f"<!doctype html>\n<html><body>\n{page}{FOOTER_HTML}\n</body></html>\n", subtype="html"
    )
    return message


def is_permanent(error: BaseException) -> bool:
    """A 5xx answer (or every recipient refused with one) will not change on retry."""
    if isinstance(error, PermanentMailError):
        return True
    if isinstance(error, aiosmtplib.SMTPRecipientsRefused):
        return all(refusal.code >= 500 for refusal in error.recipients)
    if isinstance(error, aiosmtplib.SMTPResponseException):
        return error.code >= 500
    return False


async def send_message(message: EmailMessage, config: MailConfig, session_timeout: float) -> None:
    async with asyncio.timeout(session_timeout):
        await aiosmtplib.send(
            message,
            hostname=config.host,
            port=config.port,
            username=config.username or None,
            password=config.password or None,
            use_tls=config.use_tls,
            timeout=config.timeout_seconds,
        )


async def deliver(db: Database, config: Config, mail_id: int) -> dict[str, Any]:
    """Send the outbox mail unless it is settled or held; settle or release it."""
    tasks = config.tasks
    async with db.connection() as conn:
        mail = await outbox_rows.claim(
            conn, mail_id, lease=timedelta(seconds=tasks.mail_lease_seconds)
        )
    if mail is None:
        return {"mail_id": mail_id, "status": "skipped"}
    attempt = int(mail["attempts"])
    try:
        message = compose(mail, config.mail)
        await send_message(message, config.mail, tasks.mail_lease_seconds * SESSION_SHARE_OF_LEASE)
    except Exception as error:
        give_up = is_permanent(error) or attempt >= tasks.mail_max_attempts
        delay = backoff_seconds(tasks.mail_retry_seconds, attempt, MAX_RETRY_DELAY_SECONDS)
        description = f"{type(error).__name__}: {error}"[:MAX_ERROR_CHARS]
        async with db.connection() as conn:
            await outbox_rows.record_failure(
                conn,
                mail_id,
                attempt=attempt,
                error=description,
                # The retry middleware kicks the retry after `delay`; the relay only
                # steps in if that kick is lost.
                retry_after=timedelta(seconds=delay + tasks.mail_redeliver_seconds),
                give_up=give_up,
            )
        if give_up:
            log.warning(
                "mail %d failed for good after %d attempt(s): %s", mail_id, attempt, description
            )
            return {
                "mail_id": mail_id,
                "status": "failed",
                "attempts": attempt,
                "error": description,
            }
        log.info("mail %d attempt %d failed, will retry: %s", mail_id, attempt, description)
        raise RetryableError(f"mail {mail_id}: {description}") from error
    async with db.connection() as conn:
        await outbox_rows.mark_sent(conn, mail_id)
    return {"mail_id": mail_id, "status": "sent", "attempts": attempt}


@broker.task(task_name=SEND_MAIL)
async def send_mail(mail_id: int, context: Context = TaskiqDepends()) -> dict[str, Any]:
    resources = worker_resources(context)
    return await deliver(resources.db, resources.config, mail_id)

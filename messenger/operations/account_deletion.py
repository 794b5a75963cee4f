"""Deleting one's account (docs/API.md, "Accounts"): the person goes, their messages stay.

One transaction takes every chat's lock (in id order, as no other writer holds two),
leaves each chat (an owner's place passes on, as when leaving), deletes the tokens, the
mailed links, the mails, the unsent uploads and the exports, and clears the user's row:
no email, password hash or token is left. After the commit, every process drops the
tokens (their sockets close), the chats' members hear `member.removed`, and the files
go.
"""

from __future__ import annotations

from messenger.errors import Forbidden, NotFound
from messenger.operations import accounts, members
from messenger.repository import account_tokens, tokens, users
from messenger.repository import attachments as attachment_rows
from messenger.repository import chats as chat_rows
from messenger.repository import exports as export_rows
from messenger.repository import members as member_rows
from messenger.repository import mentions as mention_rows
from messenger.repository import outbox as outbox_rows
from messenger.services.container import Services
from messenger.services.export_files import remove_export_files
from messenger.services.files import remove_stored_files


async def delete_account(services: Services, user_id: int, *, password: str) -> None:
    """The caller proves the password (403 otherwise), then the account is gone."""
    async with services.db.connection() as conn:
        stored = await users.get_password_hash(conn, user_id)
    if not await services.passwords.verify(stored, password):
        raise Forbidden("the password is wrong")
    await remove_account(services, user_id)


async def remove_account(services: Services, user_id: int) -> None:
    """Everything above but the password (an operator's `messenger admin delete`)."""
    left: list[tuple[int, list[int]]] = []
    async with services.db.transaction() as conn:
        for chat_id in sorted(await member_rows.chat_ids_of_user(conn, user_id)):
            if await chat_rows.lock_chat_for_member(conn, chat_id=chat_id, user_id=user_id):
                audience = await members.remove_from_locked_chat(
                    conn, chat_id=chat_id, user_id=user_id
                )
                if audience is not None:
                    left.append((chat_id, audience))
        token_hashes = await tokens.delete_all(conn, user_id=user_id)
        await account_tokens.delete_all(conn, user_id=user_id)
        await outbox_rows.delete_mails_of_user(conn, user_id)
        await mention_rows.delete_mentions_of_user(conn, user_id)
        storage_keys = await attachment_rows.remove_unsent_attachments_of_user(conn, user_id)
        export_ids = await export_rows.delete_exports_of_user(conn, user_id)
        if not await users.clear_account(conn, user_id):
            # Deleted by a request of another session a moment ago.
            raise NotFound("no such user")
    await accounts.revoke_tokens(services, token_hashes)
    for chat_id, audience in left:
        await members.announce_removal(services, chat_id, user_id, audience)
    await remove_stored_files(services.config.attachments.dir, storage_keys)
    await remove_export_files(services.config.exports.dir, export_ids)

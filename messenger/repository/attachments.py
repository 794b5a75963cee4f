"""Attachments: uploaded to a chat first, bound to a message when it is sent."""

from __future__ import annotations

from sqlalchemy import ARRAY, BigInteger, Text, bindparam, delete, func, insert, select, update

from messenger.repository.db import Connection, Row, compile_query
from messenger.repository.tables import attachments, members

ATTACHMENT_COLUMNS = (
    attachments.c.id,
    attachments.c.chat_id,
    attachments.c.message_id,
    attachments.c.user_id,
    attachments.c.filename,
    attachments.c.content_type,
    attachments.c.size,
    attachments.c.storage_key,
    attachments.c.created_at,
)
_ids = bindparam("attachment_ids", type_=ARRAY(BigInteger))

_INSERT = compile_query(
    insert(attachments)
    .values(
        chat_id=bindparam("chat_id"),
        user_id=bindparam("user_id"),
        filename=bindparam("filename"),
        content_type=bindparam("content_type"),
        size=bindparam("size"),
        storage_key=bindparam("storage_key"),
    )
    .returning(*ATTACHMENT_COLUMNS)
)
_FOR_MEMBER = compile_query(
    select(*ATTACHMENT_COLUMNS)
    .select_from(attachments.join(members, members.c.chat_id == attachments.c.chat_id))
    .where(
        attachments.c.id == bindparam("attachment_id"),
        members.c.user_id == bindparam("viewer_id"),
    )
)
# Only the uploader's own, still unattached files of this chat can be attached.
_ATTACH = compile_query(
    update(attachments)
    .where(
        attachments.c.id == func.any(_ids),
        attachments.c.chat_id == bindparam("chat_id"),
        attachments.c.user_id == bindparam("user_id"),
        attachments.c.message_id.is_(None),
    )
    .values(message_id=bindparam("message_id"))
    .returning(*ATTACHMENT_COLUMNS)
)
_FOR_MESSAGES = compile_query(
    select(*ATTACHMENT_COLUMNS)
    .where(attachments.c.message_id == func.any(bindparam("message_ids", type_=ARRAY(BigInteger))))
    .order_by(attachments.c.id)
)
_DELETE_FOR_MESSAGE = compile_query(
    delete(attachments)
    .where(attachments.c.message_id == bindparam("message_id"))
    .returning(attachments.c.storage_key)
)
_DELETE_FOR_CHAT_MESSAGES = compile_query(
    delete(attachments)
    .where(attachments.c.chat_id == bindparam("chat_id"), attachments.c.message_id.isnot(None))
    .returning(attachments.c.storage_key)
)
# Of the stored files whose rows were just deleted, those no row names any more. Its
# own statement, after the delete: a forward that copied a row while the delete waited
# for it has committed, and is seen here.
_UNNAMED = compile_query(
    select(func.unnest(bindparam("storage_keys", type_=ARRAY(Text))).label("storage_key")).except_(
        select(attachments.c.storage_key).where(
            attachments.c.storage_key == func.any(bindparam("storage_keys", type_=ARRAY(Text)))
        )
    )
)
# A forward's copies of the original's rows, naming the same stored files. The
# originals are held (FOR SHARE) so that a delete of them waits for this transaction.
_originals = (
    select(*ATTACHMENT_COLUMNS)
    .where(attachments.c.message_id == bindparam("source_message_id"))
    .with_for_update(read=True)
    .cte("originals")
)
_COPY = compile_query(
    insert(attachments)
    .from_select(
        ["chat_id", "message_id", "user_id", "filename", "content_type", "size", "storage_key"],
        select(
            bindparam("chat_id", type_=BigInteger),
            bindparam("message_id", type_=BigInteger),
            bindparam("user_id", type_=BigInteger),
            _originals.c.filename,
            _originals.c.content_type,
            _originals.c.size,
            _originals.c.storage_key,
        ).order_by(_originals.c.id),
    )
    .returning(*ATTACHMENT_COLUMNS)
)


async def add_new_attach(
    conn: Connection,
    *,
    chat_id: int,
    user_id: int,
    filename: str,
    content_type: str,
    size: int,
    storage_key: str,
) -> Row:
    row = await conn.fetch_one(
        _INSERT,
        chat_id=chat_id,
        user_id=user_id,
        filename=filename,
        content_type=content_type,
        size=size,
        storage_key=storage_key,
    )
    assert row is not None
    return row


async def get_attachment_for_member(
    conn: Connection, *, attachment_id: int, viewer_id: int
) -> Row | None:
    return await conn.fetch_one(_FOR_MEMBER, attachment_id=attachment_id, viewer_id=viewer_id)


async def attach_to_message(
    conn: Connection, *, attachment_ids: list[int], chat_id: int, user_id: int, message_id: int
) -> list[Row]:
    return await conn.fetch_all(
        _ATTACH,
        attachment_ids=attachment_ids,
        chat_id=chat_id,
        user_id=user_id,
        message_id=message_id,
    )


async def get_attachments_of_messages(conn: Connection, message_ids: list[int]) -> list[Row]:
    if not message_ids:
        return []
    return await conn.fetch_all(_FOR_MESSAGES, message_ids=message_ids)


async def attach_files(conn: Connection, messages: list[Row]) -> list[Row]:
    """Fill each message's `attachments` with one query for the whole batch."""
    files = await get_attachments_of_messages(conn, [m["id"] for m in messages])
    by_message: dict[int, list[Row]] = {}
    for row in files:
        by_message.setdefault(row["message_id"], []).append(row)
    for message in messages:
        message["attachments"] = by_message.get(message["id"], [])
    return messages


async def copy_to_message(
    conn: Connection, *, source_message_id: int, chat_id: int, user_id: int, message_id: int
) -> list[Row]:
    """Attach to a forward the files of the message it forwards: new rows, same files."""
    return await conn.fetch_all(
        _COPY,
        source_message_id=source_message_id,
        chat_id=chat_id,
        user_id=user_id,
        message_id=message_id,
    )


async def _unnamed(conn: Connection, rows: list[Row]) -> list[str]:
    keys = sorted({row["storage_key"] for row in rows})
    if not keys:
        return []
    return [row["storage_key"] for row in await conn.fetch_all(_UNNAMED, storage_keys=keys)]


async def remove_attachments_of_message(conn: Connection, message_id: int) -> list[str]:
    """Delete the message's attachment rows; the stored files no row names any more."""
    return await _unnamed(conn, await conn.fetch_all(_DELETE_FOR_MESSAGE, message_id=message_id))


async def remove_attachments_of_chat_messages(conn: Connection, chat_id: int) -> list[str]:
    """Delete the rows of the chat's sent files; the stored files no row names any more."""
    return await _unnamed(conn, await conn.fetch_all(_DELETE_FOR_CHAT_MESSAGES, chat_id=chat_id))


_DELETE_UNSENT_OF_USER = compile_query(
    delete(attachments)
    .where(attachments.c.user_id == bindparam("user_id"), attachments.c.message_id.is_(None))
    .returning(attachments.c.storage_key)
)


async def remove_unsent_attachments_of_user(conn: Connection, user_id: int) -> list[str]:
    """Delete the user's uploads no message carries; the stored files no row names."""
    return await _unnamed(conn, await conn.fetch_all(_DELETE_UNSENT_OF_USER, user_id=user_id))


_DELETE_FOR_MESSAGES = compile_query(
    delete(attachments)
    .where(attachments.c.message_id == func.any(bindparam("message_ids", type_=ARRAY(BigInteger))))
    .returning(attachments.c.storage_key)
)


async def remove_attachments_of_messages(conn: Connection, message_ids: list[int]) -> list[str]:
    """Delete the rows of these messages' files; the stored files no row names any more."""
    rows = await conn.fetch_all(_DELETE_FOR_MESSAGES, message_ids=message_ids)
    return await _unnamed(conn, rows)

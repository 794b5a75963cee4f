"""Messages: idempotent send (with replies, forwards and mentions), keyset history,
edit, delete, clear; and the columns every query shows a message with."""

from __future__ import annotations

from typing import Any
from uuid import UUID

from sqlalchemy import (
    CTE,
    BigInteger,
    Boolean,
    ColumnElement,
    DateTime,
    Float,
    FromClause,
    Select,
    Text,
    Uuid,
    all_,
    and_,
    any_,
    bindparam,
    case,
    cast,
    delete,
    exists,
    func,
    literal,
    literal_column,
    null,
    select,
    update,
)
from sqlalchemy.dialects.postgresql import ARRAY, aggregate_order_by
from sqlalchemy.dialects.postgresql import insert as pg_insert

from messenger.repository.attachments import ATTACHMENT_COLUMNS
from messenger.repository.db import (
    LIMIT_ONE,
    Connection,
    Query,
    Row,
    compile_query,
    compile_script,
)
from messenger.repository.locks import chat_lock
from messenger.repository.tables import attachments, chats, members, mentions, messages, users

MESSAGE_COLUMNS = (
    messages.c.id,
    messages.c.chat_id,
    messages.c.user_id,
    messages.c.content,
    messages.c.client_message_id,
    messages.c.created_at,
    messages.c.edited_at,
)
# What a message may carry besides (docs/API.md, "Conversations"), most often nothing.
CONVERSATION_COLUMNS = (
    messages.c.reply_to_id,
    messages.c.reply_to_user_id,
    messages.c.reply_content,
    messages.c.forwarded_from_message_id,
    messages.c.forwarded_from_user_id,
    messages.c.forwarded_from_created_at,
    messages.c.mentions,
    messages.c.reaction_summary,
    messages.c.pinned,
)
# A reply shows the start of what it answers (operations.views.REPLY_PREVIEW_CHARS).
REPLY_PREVIEW_CHARS = 200
_EMPTY_IDS = cast(literal("{}"), ARRAY(BigInteger))


# The fields of `extras`, in order (operations.views.message reads them so).
EXTRAS = (
    "reply_to_id",
    "reply_to_user_id",
    "reply_content",  # the start of the replied-to message; null once it is deleted
    "forwarded_from_message_id",
    "forwarded_from_user_id",
    "forwarded_from_created_at",
    "mentions",
    "reaction_summary",  # [[emoji, [user id, ...]], ...], most used first
    "pinned",
)


def extras_column(source: FromClause, label: str = "extras") -> ColumnElement[Any]:
    """A message's conversation fields as one JSON array (see EXTRAS), or null for the
    plain message that most are: every column a page reads costs the driver a little for
    each of its fifty rows, and one null is cheaper to read than nine (`make bench`,
    history: they cost 0.15 ms of Python per page). `source` is the messages table or a
    select of its columns. Nothing is looked up elsewhere: the row keeps what it shows."""
    plain = and_(
        source.c.reply_to_id.is_(None),
        source.c.forwarded_from_message_id.is_(None),
        source.c.reaction_summary.is_(None),
        source.c.pinned.is_(False),
        func.cardinality(source.c.mentions) == 0,
    )
    fields = func.json_build_array(*(source.c[name] for name in EXTRAS))
    return case((plain, null()), else_=fields).label(label)


_is_member = exists().where(
    members.c.chat_id == chats.c.id, members.c.user_id == bindparam("user_id")
)
# The chat's lock first, in a statement of its own: the insert's snapshot is then taken
# after the lock was granted and sees every message and membership change committed
# before it (see messaging.add_new_message).
_LOCK_FOR_MEMBER = select(chat_lock(chats.c.id)).where(
    chats.c.id == bindparam("chat_id"), _is_member
)
# The insert takes the lock again (at once: its transaction holds it already) and
# inserts only from the locked row, so should the first statement have found no
# membership that the insert sees, the message still cannot be inserted without the lock.
_locked = (
    select(chats.c.id, chat_lock(chats.c.id).label("locked"))
    .where(chats.c.id == bindparam("chat_id"), _is_member)
    .cte("locked")
)
# The chat's members named as @nick: `nicks` holds the candidates, lower-cased.
_mentioned = (
    select(users.c.id)
    .select_from(users.join(members, members.c.user_id == users.c.id))
    .where(
        members.c.chat_id == bindparam("chat_id", type_=BigInteger),
        func.lower(users.c.nick) == any_(bindparam("nicks", type_=ARRAY(Text))),
    )
    .cte("mentioned")
)
_mention_ids = select(
    func.coalesce(func.array_agg(aggregate_order_by(_mentioned.c.id, _mentioned.c.id)), _EMPTY_IDS)
).scalar_subquery()
_PLAIN = {
    "user_id": cast(bindparam("user_id"), BigInteger),
    "content": cast(bindparam("content"), Text),
    "client_message_id": cast(bindparam("client_message_id"), Uuid),
}
_CONVERSING = _PLAIN | {
    "has_files": cast(bindparam("has_files"), Boolean),
    "reply_to_id": cast(bindparam("reply_to_id"), BigInteger),
    "reply_to_user_id": cast(bindparam("reply_to_user_id"), BigInteger),
    "reply_content": cast(bindparam("reply_content"), Text),
    "forwarded_from_message_id": cast(bindparam("forwarded_from_message_id"), BigInteger),
    "forwarded_from_user_id": cast(bindparam("forwarded_from_user_id"), BigInteger),
    "forwarded_from_created_at": cast(
        bindparam("forwarded_from_created_at"), DateTime(timezone=True)
    ),
    "mentions": _mention_ids,
}


def _insert(values: dict[str, Any]) -> Any:
    """The insert from the locked chat row, as a CTE of the send."""
    return (
        pg_insert(messages)
        .from_select(["chat_id", *values], select(_locked.c.id, *values.values()))
        .on_conflict_do_nothing(constraint="messages_client_message_id_key")
        .returning(*MESSAGE_COLUMNS, messages.c.mentions)
        .cte("inserted")
    )


_inserted = _insert(_PLAIN)
_inserted_conversing = _insert(_CONVERSING)
# The mentions the chat list counts and the mention mail reads; not of the author.
_mention_rows = (
    pg_insert(mentions)
    .from_select(
        ["user_id", "chat_id", "message_id", "created_at"],
        select(
            _mentioned.c.id,
            _inserted_conversing.c.chat_id,
            _inserted_conversing.c.id,
            _inserted_conversing.c.created_at,
        ).where(_mentioned.c.id != _inserted_conversing.c.user_id),
    )
    .returning(mentions.c.user_id)
    .cte("mention_rows")
)
_mentions_written = select(func.count()).select_from(_mention_rows).scalar_subquery()
# Who hears of the new message (cache, events), in the same round trip.
_audience = (
    select(func.array_agg(members.c.user_id))
    .where(members.c.chat_id == bindparam("chat_id", type_=BigInteger))
    .scalar_subquery()
)
# The chat's newest message before this one, read under the lock (the statement's
# snapshot does not hold the new row): its event must reach Redis before this one's
# (see events.EventBus.publish_in_order). Its age says whether it can still be on its way.
_previous = (
    select(messages.c.id, messages.c.created_at)
    .where(messages.c.chat_id == bindparam("chat_id", type_=BigInteger))
    .order_by(messages.c.id.desc())
    .limit(LIMIT_ONE)
    .cte("previous")
)
_previous_id = select(_previous.c.id).scalar_subquery()
_previous_age = select(
    cast(func.extract("epoch", func.clock_timestamp() - _previous.c.created_at), Float)
).scalar_subquery()
_SEND = compile_script(
    _LOCK_FOR_MEMBER,
    select(
        *_inserted.c,
        _audience.label("audience"),
        _previous_id.label("previous_id"),
        _previous_age.label("previous_age"),
    ),
)
# The same with a reply, a forward or @nicks: most sends have none, and take the plain
# one above, which writes four columns and no mention rows (`make bench`, send).
_SEND_CONVERSING = compile_script(
    _LOCK_FOR_MEMBER,
    select(
        *_inserted_conversing.c,
        _audience.label("audience"),
        _previous_id.label("previous_id"),
        _previous_age.label("previous_age"),
        _mentions_written.label("mentions_written"),
    ),
)
_BY_CLIENT_ID = compile_query(
    select(*MESSAGE_COLUMNS, extras_column(messages)).where(
        messages.c.chat_id == bindparam("chat_id"),
        messages.c.user_id == bindparam("user_id"),
        messages.c.client_message_id == bindparam("client_message_id"),
    )
)
# The viewer's membership, a condition PostgreSQL checks once per page (an InitPlan):
# a non-member's page is empty, and only an empty page asks whether that is why.
_viewer_is_member = exists().where(
    members.c.chat_id == bindparam("chat_id"), members.c.user_id == bindparam("viewer_id")
)


def rfc3339(column: ColumnElement[Any]) -> ColumnElement[str]:
    """A timestamp as the API writes it (operations.views.moment: RFC 3339 in UTC, with
    microseconds), written by PostgreSQL: for a history page, the driver parsing each
    datetime and Python formatting it again took a third of the API's time for the page
    (`messenger profile`)."""
    utc = func.timezone(literal_column("'UTC'"), column)
    return func.to_char(utc, literal_column('\'YYYY-MM-DD"T"HH24:MI:SS.US"Z"\''), type_=Text)


def shown_columns(source: FromClause) -> list[ColumnElement[Any]]:
    """MESSAGE_COLUMNS of `source` (the messages table or a select of its columns) as a
    page shows them: the timestamps as the API writes them (rfc3339)."""
    return [
        rfc3339(source.c[column.name]).label(column.name)
        if column.name in ("created_at", "edited_at")
        else source.c[column.name]
        for column in MESSAGE_COLUMNS
    ]


_SHOWN_COLUMNS = shown_columns(messages)


def _history_page(newer: bool) -> Query:
    """A history page in one round trip: the viewer's membership, the messages and their
    attachments (as JSON objects, only for the few messages that have any), where three
    statements took three round trips before (`make bench`, history)."""
    order = messages.c.id if newer else messages.c.id.desc()
    after_or_before = (
        messages.c.id > bindparam("after") if newer else messages.c.id < bindparam("before")
    )
    page = (
        select(*_SHOWN_COLUMNS, extras_column(messages), messages.c.has_files)
        .where(messages.c.chat_id == bindparam("chat_id"), after_or_before, _viewer_is_member)
        .order_by(order)
        .limit(bindparam("limit"))
        .cte("page")
    )
    return compile_query(with_attachments(page).order_by(page.c.id if newer else page.c.id.desc()))


def with_attachments(page: CTE) -> Select[Any]:
    """The rows of `page` (a CTE of messages with their `id` and `has_files`), each with
    `attachments`: a JSON array of the message's files as the API shows them, null for
    none. One statement for the page and its files, where a second round trip read them
    before; the files are looked up for the messages sent with some alone, so a page of
    plain messages costs nothing more (a join of the page with its files cost a history
    page 0.05 ms of PostgreSQL's time, a third of the statement's, `make bench`)."""
    # Keys as literals: parameters there would have no type a prepared statement accepts.
    parts: list[ColumnElement[Any]] = []
    for column in ATTACHMENT_COLUMNS:
        if column.name == "created_at":
            parts += [literal_column("'created_at'"), rfc3339(column)]
        elif column.name != "storage_key":  # never shown
            parts += [literal_column(f"'{column.name}'"), column]
    fields = func.json_build_object(*parts)
    files = (
        select(func.json_agg(aggregate_order_by(fields, attachments.c.id)))
        .where(attachments.c.message_id == page.c.id)
        .scalar_subquery()
    )
    shown = [column for column in page.c if column.name != "has_files"]
    return select(*shown, case((page.c.has_files, files), else_=null()).label("attachments"))


_BEFORE = _history_page(newer=False)
_AFTER = _history_page(newer=True)
_FOR_MEMBER = compile_query(
    select(
        *MESSAGE_COLUMNS,
        *CONVERSATION_COLUMNS,
        members.c.role.label("viewer_role"),
        chats.c.is_group_chat,
    )
    .select_from(
        messages.join(members, members.c.chat_id == messages.c.chat_id).join(
            chats, chats.c.id == messages.c.chat_id
        )
    )
    .where(messages.c.id == bindparam("message_id"), members.c.user_id == bindparam("viewer_id"))
)
# Seconds since the message was created, by the database's clock (the one created_at
# was taken by): how the event ordering tells whether its creation event can still be
# on its way (events.EventBus.publish_in_order).
_age = cast(func.extract("epoch", func.clock_timestamp() - messages.c.created_at), Float)
_UPDATE_CONTENT = compile_query(
    update(messages)
    .where(messages.c.id == bindparam("message_id"))
    .values(content=bindparam("content"), mentions=bindparam("mentions"), edited_at=func.now())
    .returning(*MESSAGE_COLUMNS, extras_column(messages), _age.label("age"))
)
# The replies to a message show its start as it is now, and nothing once it is gone.
_REFRESH_REPLIES = compile_query(
    update(messages)
    .where(messages.c.reply_to_id == bindparam("message_id"))
    .values(reply_content=func.left(bindparam("content", type_=Text), REPLY_PREVIEW_CHARS))
)
_FORGET_REPLIES = compile_query(
    update(messages)
    .where(messages.c.reply_to_id == bindparam("message_id"))
    .values(reply_content=None)
)
# An edit's mentions: those no longer named go, the newly named come (not the author).
_DROP_MENTIONS = compile_query(
    delete(mentions).where(
        mentions.c.message_id == bindparam("message_id"),
        mentions.c.user_id != all_(bindparam("mentions", type_=ARRAY(BigInteger))),
    )
)
_ADD_MENTIONS = compile_query(
    pg_insert(mentions)
    .from_select(
        ["user_id", "chat_id", "message_id"],
        select(
            func.unnest(bindparam("mentions", type_=ARRAY(BigInteger))),
            bindparam("chat_id", type_=BigInteger),
            bindparam("message_id", type_=BigInteger),
        ),
    )
    .on_conflict_do_nothing()
)
_MEMBERS_BY_NICK = compile_query(
    select(users.c.id)
    .select_from(users.join(members, members.c.user_id == users.c.id))
    .where(
        members.c.chat_id == bindparam("chat_id"),
        func.lower(users.c.nick) == any_(bindparam("nicks", type_=ARRAY(Text))),
    )
    .order_by(users.c.id)
)
_IN_CHAT = compile_query(
    select(
        messages.c.id,
        messages.c.user_id,
        func.left(messages.c.content, REPLY_PREVIEW_CHARS).label("content"),
    ).where(messages.c.id == bindparam("message_id"), messages.c.chat_id == bindparam("chat_id"))
)
_DELETE = compile_query(
    delete(messages)
    .where(messages.c.id == bindparam("message_id"))
    .returning(*MESSAGE_COLUMNS, _age.label("age"))
)
_DELETE_ALL = compile_query(delete(messages).where(messages.c.chat_id == bindparam("chat_id")))
_AGE = compile_query(select(_age).where(messages.c.id == bindparam("message_id")))
_NEWEST = compile_query(
    select(messages.c.id, messages.c.created_at, _age.label("age"))
    .where(messages.c.chat_id == bindparam("chat_id"))
    .order_by(messages.c.id.desc())
    .limit(LIMIT_ONE)
)


async def add_new_message(
    conn: Connection,
    *,
    chat_id: int,
    user_id: int,
    content: str,
    client_message_id: UUID | None,
    nicks: list[str],
    reply_to: Row | None = None,
    forwarded_from: Row | None = None,
    has_files: bool = False,
) -> Row | None:
    """Lock the chat and insert a message, in one round trip; the lock is held until the
    transaction ends (on a connection outside a transaction, the two statements are one
    implicit transaction, committed when the round trip ends). None when user_id is not
    a member, or when this client_message_id was already used (see
    get_message_by_client_id). `nicks` are the lower-cased @nicks of the content: the
    chat's members among them are its mentions. `reply_to` is the message it answers
    (id, user_id), `forwarded_from` the original of a forward (message_id, user_id,
    created_at); `has_files` says that files go with it (attached in the same
    transaction). The row carries `audience`, the chat's member ids, and `previous_id`
    and `previous_age` (seconds), the chat's newest message before it (None and None for
    its first)."""
    if not nicks and reply_to is None and forwarded_from is None and not has_files:
        return await conn.fetch_one(
            _SEND,
            chat_id=chat_id,
            user_id=user_id,
            content=content,
            client_message_id=client_message_id,
        )
    return await conn.fetch_one(
        _SEND_CONVERSING,
        chat_id=chat_id,
        user_id=user_id,
        content=content,
        client_message_id=client_message_id,
        nicks=nicks,
        has_files=has_files,
        reply_to_id=reply_to["id"] if reply_to else None,
        reply_to_user_id=reply_to["user_id"] if reply_to else None,
        reply_content=reply_to["content"] if reply_to else None,
        forwarded_from_message_id=forwarded_from["message_id"] if forwarded_from else None,
        forwarded_from_user_id=forwarded_from["user_id"] if forwarded_from else None,
        forwarded_from_created_at=forwarded_from["created_at"] if forwarded_from else None,
    )


async def get_message_by_client_id(
    conn: Connection, *, chat_id: int, user_id: int, client_message_id: UUID
) -> Row | None:
    """The message this client_message_id sent, as its author sees it."""
    return await conn.fetch_one(
        _BY_CLIENT_ID, chat_id=chat_id, user_id=user_id, client_message_id=client_message_id
    )


async def get_messages(
    conn: Connection,
    *,
    chat_id: int,
    viewer_id: int,
    limit: int,
    before: int | None = None,
    after: int | None = None,
) -> list[Row]:
    """With `after`: messages newer than it, oldest first. Otherwise newest first,
    older than `before` when given. Each with its `attachments` (JSON objects, null for
    none). Empty unless `viewer_id` is a member of the chat."""
    if after is not None:
        return await conn.fetch_all(
            _AFTER, chat_id=chat_id, viewer_id=viewer_id, after=after, limit=limit
        )
    upper = before if before is not None else 2**63 - 1
    return await conn.fetch_all(
        _BEFORE, chat_id=chat_id, viewer_id=viewer_id, before=upper, limit=limit
    )


async def get_message_for_member(
    conn: Connection, *, message_id: int, viewer_id: int
) -> Row | None:
    """The message with the viewer's role in its chat; None if either is missing."""
    return await conn.fetch_one(_FOR_MEMBER, message_id=message_id, viewer_id=viewer_id)


async def get_message_in_chat(conn: Connection, *, message_id: int, chat_id: int) -> Row | None:
    """id, user_id and the start of the content of a message of that chat, or None."""
    return await conn.fetch_one(_IN_CHAT, message_id=message_id, chat_id=chat_id)


async def members_named(conn: Connection, *, chat_id: int, nicks: list[str]) -> list[int]:
    """The ids of the chat's members whose nick is one of `nicks` (lower-cased)."""
    if not nicks:
        return []
    rows = await conn.fetch_all(_MEMBERS_BY_NICK, chat_id=chat_id, nicks=nicks)
    return [row["id"] for row in rows]


async def change_message_content(
    conn: Connection,
    *,
    message_id: int,
    chat_id: int,
    author_id: int,
    content: str,
    mention_ids: list[int],
) -> Row | None:
    """Edit a message, its mentions and the start its replies show; the row, with `age`."""
    row = await conn.fetch_one(
        _UPDATE_CONTENT, message_id=message_id, content=content, mentions=mention_ids
    )
    if row is not None:
        await conn.execute(_REFRESH_REPLIES, message_id=message_id, content=content)
        notified = [user_id for user_id in mention_ids if user_id != author_id]
        await conn.execute(_DROP_MENTIONS, message_id=message_id, mentions=notified)
        if notified:
            await conn.execute(
                _ADD_MENTIONS, message_id=message_id, chat_id=chat_id, mentions=notified
            )
    return row


async def remove_message(conn: Connection, message_id: int) -> Row | None:
    """Delete the message; the replies to it show it deleted."""
    removed = await conn.fetch_one(_DELETE, message_id=message_id)
    if removed is not None:
        await conn.execute(_FORGET_REPLIES, message_id=message_id)
    return removed


async def remove_all_messages(conn: Connection, chat_id: int) -> int:
    return await conn.execute(_DELETE_ALL, chat_id=chat_id)


async def get_newest_message(conn: Connection, chat_id: int) -> Row | None:
    """The id, created_at and age (seconds) of the chat's newest message."""
    return await conn.fetch_one(_NEWEST, chat_id=chat_id)


async def message_age(conn: Connection, message_id: int) -> float:
    """Seconds since the message was sent, by the database's clock (0 when it is gone)."""
    age = await conn.fetch_value(_AGE, message_id=message_id)
    return float(age or 0.0)

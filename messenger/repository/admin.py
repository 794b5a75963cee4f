"""What the operators' commands (messenger admin) read and change: every user with their
state, deactivation, and a chat's size."""

from __future__ import annotations

from sqlalchemy import bindparam, case, func, or_, select, true, update

from messenger.repository.db import LIMIT_ONE, Connection, Row, compile_query
from messenger.repository.tables import attachments, chats, members, messages, tokens, users
from messenger.repository.users import like_prefix

_STATE = case(
    (users.c.deleted_at.isnot(None), "deleted"),
    (users.c.deactivated_at.isnot(None), "deactivated"),
    else_="active",
)
_LIVE_SESSIONS = (
    select(func.count())
    .where(
        tokens.c.user_id == users.c.id,
        tokens.c.revoked_at.is_(None),
        tokens.c.expires_at > func.now(),
    )
    .scalar_subquery()
)
_LIST = compile_query(
    select(
        users.c.id,
        users.c.nick,
        users.c.name,
        users.c.email,
        users.c.created_at,
        users.c.last_seen_at,
        _STATE.label("state"),
        _LIVE_SESSIONS.label("sessions"),
    )
    .where(
        users.c.id > bindparam("after"),
        or_(
            bindparam("prefix") == "%",
            func.lower(users.c.nick).like(bindparam("prefix"), escape="\\"),
            func.lower(users.c.email).like(bindparam("prefix"), escape="\\"),
        ),
    )
    .order_by(users.c.id)
    .limit(bindparam("limit"))
)
_nick_matches = func.lower(users.c.nick) == func.lower(bindparam("nick"))
# A nick may be all digits: then the user with that nick comes before the one with that id.
_FIND = compile_query(
    select(users.c.id, users.c.nick, _STATE.label("state"))
    .where(or_(users.c.id == bindparam("user_id"), _nick_matches))
    .order_by(case((_nick_matches, 0), else_=1))
    .limit(LIMIT_ONE)
)
_SET_DEACTIVATED = compile_query(
    update(users)
    .where(users.c.id == bindparam("user_id"), users.c.deleted_at.is_(None))
    .values(
        deactivated_at=case(
            (bindparam("deactivated"), func.coalesce(users.c.deactivated_at, func.now())),
            else_=None,
        )
    )
)
_messages = (
    select(
        func.count().label("messages"),
        func.min(messages.c.created_at).label("oldest"),
        func.max(messages.c.created_at).label("newest"),
    )
    .where(messages.c.chat_id == bindparam("chat_id"))
    .subquery()
)
_files = (
    select(
        func.count().label("attachments"),
        func.coalesce(func.sum(attachments.c.size), 0).label("attachment_bytes"),
    )
    .where(attachments.c.chat_id == bindparam("chat_id"))
    .subquery()
)
_members = (
    select(func.count().label("members"))
    .where(members.c.chat_id == bindparam("chat_id"))
    .subquery()
)
_CHAT_SIZE = compile_query(
    select(
        chats.c.id,
        chats.c.is_group_chat,
        chats.c.topic,
        chats.c.created_at,
        _members.c.members,
        _messages.c.messages,
        _messages.c.oldest,
        _messages.c.newest,
        _files.c.attachments,
        _files.c.attachment_bytes,
    )
    .select_from(chats.join(_members, true()).join(_messages, true()).join(_files, true()))
    .where(chats.c.id == bindparam("chat_id"))
)


async def list_users(conn: Connection, *, query: str, after: int, limit: int) -> list[Row]:
    prefix = like_prefix(query) if query else "%"
    return await conn.fetch_all(_LIST, prefix=prefix, after=after, limit=limit)


async def find_user(conn: Connection, who: str) -> Row | None:
    """A user by id (digits) or by nick."""
    user_id = int(who) if who.isdigit() and len(who) < 19 else 0
    return await conn.fetch_one(_FIND, user_id=user_id, nick=who)


async def set_deactivated(conn: Connection, user_id: int, *, deactivated: bool) -> bool:
    """Whether the account (not deleted) exists to change."""
    return await conn.execute(_SET_DEACTIVATED, user_id=user_id, deactivated=deactivated) == 1


async def chat_size(conn: Connection, chat_id: int) -> Row | None:
    return await conn.fetch_one(_CHAT_SIZE, chat_id=chat_id)

"""Reactions: one row per person and emoji on a message."""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, Float, bindparam, cast, delete, func, select, update
from sqlalchemy.dialects.postgresql import aggregate_order_by
from sqlalchemy.dialects.postgresql import insert as pg_insert

from messenger.repository.db import Connection, Row, compile_query
from messenger.repository.tables import messages, reactions

# Adds to one message go one at a time (its row is locked), so its count of distinct
# emoji cannot be passed by two adds at once. NO KEY UPDATE: it does not block the
# foreign-key checks of reactions, attachments or pins that name the message.
_LOCK_MESSAGE = compile_query(
    select(
        messages.c.id,
        messages.c.chat_id,
        messages.c.reaction_summary,
        cast(func.extract("epoch", func.clock_timestamp() - messages.c.created_at), Float).label(
            "age"
        ),
    )
    .where(messages.c.id == bindparam("message_id"))
    .with_for_update(key_share=True)
)
_EMOJI_OF_MESSAGE = compile_query(
    select(reactions.c.emoji).distinct().where(reactions.c.message_id == bindparam("message_id"))
)
_ADD = compile_query(
    pg_insert(reactions)
    .values(
        message_id=bindparam("message_id"), emoji=bindparam("emoji"), user_id=bindparam("user_id")
    )
    .on_conflict_do_nothing()
    .returning(reactions.c.user_id)
)
_REMOVE = compile_query(
    delete(reactions)
    .where(
        reactions.c.message_id == bindparam("message_id"),
        reactions.c.emoji == bindparam("emoji"),
        reactions.c.user_id == bindparam("user_id"),
    )
    .returning(reactions.c.user_id)
)
_first = func.min(reactions.c.created_at)
_count = func.count()
_grouped = (
    select(
        reactions.c.emoji,
        _count.label("n"),
        _first.label("first"),
        func.array_agg(
            aggregate_order_by(reactions.c.user_id, reactions.c.created_at, reactions.c.user_id)
        ).label("users"),
    )
    .where(reactions.c.message_id == bindparam("message_id", type_=BigInteger))
    .group_by(reactions.c.emoji)
    .subquery("grouped")
)
# The message's summary, written with every change of its reactions (see the migration):
# who reacted with what, so that a page shows counts and "me" from the row alone.
_RESUMMARISE = compile_query(
    update(messages)
    .where(messages.c.id == bindparam("message_id", type_=BigInteger))
    .values(
        reaction_summary=select(
            func.jsonb_agg(
                aggregate_order_by(
                    func.jsonb_build_array(_grouped.c.emoji, _grouped.c.users),
                    _grouped.c.n.desc(),
                    _grouped.c.first,
                    _grouped.c.emoji,
                )
            )
        ).scalar_subquery()
    )
    .returning(messages.c.reaction_summary)
)


async def lock_message(conn: Connection, message_id: int) -> Row | None:
    """Lock the message for a change of its reactions: id, chat_id, reaction_summary and
    age (seconds)."""
    return await conn.fetch_one(_LOCK_MESSAGE, message_id=message_id)


async def emoji_of_message(conn: Connection, message_id: int) -> set[str]:
    return {row["emoji"] for row in await conn.fetch_all(_EMOJI_OF_MESSAGE, message_id=message_id)}


async def add_reaction(conn: Connection, *, message_id: int, emoji: str, user_id: int) -> bool:
    """Whether it is new (adding the same reaction twice changes nothing)."""
    return (
        await conn.fetch_one(_ADD, message_id=message_id, emoji=emoji, user_id=user_id) is not None
    )


async def remove_reaction(conn: Connection, *, message_id: int, emoji: str, user_id: int) -> bool:
    """Whether there was one to remove."""
    removed = await conn.fetch_one(_REMOVE, message_id=message_id, emoji=emoji, user_id=user_id)
    return removed is not None


async def resummarise(conn: Connection, message_id: int) -> list[list[Any]]:
    """Write the message's reaction summary from its reactions: [[emoji, [user id, ...]],
    ...], most used first."""
    summary = await conn.fetch_value(_RESUMMARISE, message_id=message_id)
    return list(summary or [])

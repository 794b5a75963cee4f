"""Reactions: a member reacts to a message with one emoji, or takes it back.

An emoji is one grapheme (the `regex` module's \\X, which follows Unicode's segmentation
rules) that the `emoji` package knows as an emoji (its data follows Unicode's emoji
files: keycaps, flags, skin tones and ZWJ sequences included), rather than a regular
expression of our own that would lag behind each Unicode release.
"""

from __future__ import annotations

import emoji as emoji_data
import regex

from messenger.errors import ErrorDetail, NotFound, ValidationFailed
from messenger.operations import views
from messenger.repository import members as member_rows
from messenger.repository import messages as message_rows
from messenger.repository import reactions as reaction_rows
from messenger.repository.db import Connection, Row
from messenger.services.container import Services
from messenger.services.events import chat_event

# Enough for the same emoji shown by many people; a wall of twenty kinds is noise.
MAX_EMOJI_PER_MESSAGE = 20
# The longest emoji sequences (a family with skin tones) are well under this.
MAX_EMOJI_CHARS = 32
_ONE_GRAPHEME = regex.compile(r"\X")


def check_emoji(value: str) -> str:
    """The emoji, or ValidationFailed naming the `emoji` path parameter."""
    if (
        len(value) > MAX_EMOJI_CHARS
        or _ONE_GRAPHEME.fullmatch(value) is None
        or not emoji_data.is_emoji(value)
    ):
        raise ValidationFailed(
            "react with one emoji", [ErrorDetail("emoji", "must be a single emoji")]
        )
    return value


async def _locked_message(conn: Connection, actor_id: int, message_id: int) -> Row:
    """The message, locked for a change of its reactions; a non-member gets a 404."""
    found = await message_rows.get_message_for_member(
        conn, message_id=message_id, viewer_id=actor_id
    )
    locked = await reaction_rows.lock_message(conn, message_id) if found else None
    if locked is None:
        raise NotFound("no such message")
    return locked


async def set_reaction(
    services: Services, actor_id: int, message_id: int, emoji: str, *, added: bool
) -> list[views.Reaction]:
    """Add (or take back) the caller's reaction; the message's reactions as they see them.
    Idempotent: adding twice or taking back what is not there changes nothing."""
    emoji = check_emoji(emoji)
    async with services.db.transaction() as conn:
        message = await _locked_message(conn, actor_id, message_id)
        if added:
            present = await reaction_rows.emoji_of_message(conn, message_id)
            if emoji not in present and len(present) >= MAX_EMOJI_PER_MESSAGE:
                raise ValidationFailed(
                    f"a message takes at most {MAX_EMOJI_PER_MESSAGE} different emoji",
                    [ErrorDetail("emoji", f"the message has {len(present)} kinds already")],
                )
            changed = await reaction_rows.add_reaction(
                conn, message_id=message_id, emoji=emoji, user_id=actor_id
            )
        else:
            changed = await reaction_rows.remove_reaction(
                conn, message_id=message_id, emoji=emoji, user_id=actor_id
            )
        summary = (
            await reaction_rows.resummarise(conn, message_id)
            if changed
            else message["reaction_summary"]
        )
        if changed:
            audience = await member_rows.member_ids(conn, message["chat_id"])
            newest = await message_rows.get_newest_message(conn, message["chat_id"])
    if changed:
        if newest is not None and newest["id"] == message_id:
            # The chat list shows its last message with its reactions.
            await services.chat_cache.invalidate(audience)
        data = {
            "message_id": message_id,
            "reactions": [{"emoji": e, "count": len(users)} for e, users in summary or ()],
            "user_id": actor_id,
            "emoji": emoji,
            "added": added,
        }
        # Behind the message's creation event, as edits are (events.publish_in_order).
        await services.events.publish_in_order(
            chat_event("message.reactions", message["chat_id"], data, audience),
            message_id=message_id,
            after=message_id,
            after_age=message["age"],
        )
    return views.reactions(summary, actor_id)

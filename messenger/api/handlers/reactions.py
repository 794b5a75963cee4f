"""PUT and DELETE /api/v1/messages/{id}/reactions/{emoji}: the caller's reaction."""

from __future__ import annotations

from messenger.api.endpoint import Call
from messenger.operations import reactions, views


async def add_reaction(call: Call, *, message_id: int, emoji: str) -> views.Reactions:
    shown = await reactions.set_reaction(call.services, call.me, message_id, emoji, added=True)
    return {"reactions": shown}


async def remove_reaction(call: Call, *, message_id: int, emoji: str) -> views.Reactions:
    shown = await reactions.set_reaction(call.services, call.me, message_id, emoji, added=False)
    return {"reactions": shown}

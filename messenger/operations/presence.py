"""Presence and typing (docs/API.md, "Live"): who is online, shown only to people who
share a chat with them and only while they let it be shown; and who is typing where.

Nothing here writes the database per heartbeat or per typing frame: who is online lives
in Redis (messenger.services.presence), typing is passed on and forgotten, and when
people were last seen is written in one batch a minute.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime

from messenger.operations.views import moment
from messenger.repository import members as member_rows
from messenger.repository import users as user_rows
from messenger.repository.db import Connection, Row
from messenger.services.container import Services
from messenger.services.presence import State

log = logging.getLogger("messenger.operations.presence")


def _moment(seconds: float | None) -> datetime | None:
    return None if seconds is None else datetime.fromtimestamp(seconds, UTC)


async def memberships(services: Services, user_id: int) -> set[int]:
    """The chats of a user, for the checks of their typing frames."""
    async with services.db.connection() as conn:
        return await member_rows.chat_ids_of_user(conn, user_id)


async def arrived(services: Services, user_id: int) -> None:
    """A user's first socket in this process opened; tell who may know if they came
    online."""
    if await services.presence.arrive(user_id):
        await _announce(services, user_id, online=True, last_seen=None)


async def sweep(services: Services) -> int:
    """Report the users whose time ran out as offline (each by one process alone)."""
    gone = await services.presence.sweep()
    for user_id, last_seen in gone:
        await _announce(services, user_id, online=False, last_seen=last_seen)
    return len(gone)


async def write_last_seen(services: Services, owner: str) -> int:
    """This minute's batch of last_seen_at, if it is this process's turn to write it."""
    taken = await services.presence.take_unwritten(owner)
    if not taken:
        return 0
    seen = {user_id: datetime.fromtimestamp(at, UTC) for user_id, at in taken}
    try:
        async with services.db.connection() as conn:
            await user_rows.record_last_seen(conn, seen)
    except Exception:
        await services.presence.write_later(seen)
        raise
    return len(seen)


async def announce(services: Services, user_id: int, *, shown: bool) -> None:
    """The user began or stopped showing presence: those who share a chat with them see
    their state now (hidden reads as offline and never seen)."""
    if not shown:
        await _announce(services, user_id, online=False, last_seen=None, hidden=True)
        return
    state = (await services.presence.states([user_id])).get(user_id)
    online = state is not None and state.online
    last_seen = state.last_seen if state is not None else None
    await _announce(services, user_id, online=online, last_seen=last_seen)


async def _announce(
    services: Services,
    user_id: int,
    *,
    online: bool,
    last_seen: float | None,
    hidden: bool = False,
) -> None:
    """Tell everyone who shares a chat with the user (`hidden`: that they stopped showing
    presence, which reads as offline, never seen)."""
    async with services.db.connection() as conn:
        user = await user_rows.get_user(conn, user_id)
        if user is None or not (user["show_presence"] or hidden):
            return
        audience = await user_rows.people_sharing_a_chat(conn, user_id)
    if not audience:
        return
    data = {
        "user_id": user_id,
        "online": online,
        "last_seen_at": None if online else _iso(_moment(last_seen)),
    }
    await services.events.publish_live({"kind": "presence", "audience": audience, "data": data})


def _iso(value: datetime | None) -> str | None:
    return None if value is None else moment(value)


async def typing(services: Services, user_id: int, chat_id: int, socket: str) -> None:
    """Pass a member's typing on to the chat members' other sockets, in every process."""
    await services.events.publish_live(
        {"kind": "typing", "chat_id": chat_id, "user_id": user_id, "socket": socket}
    )


async def with_presence(
    services: Services,
    conn: Connection,
    viewer_id: int,
    rows: list[Row],
    *,
    prefix: str = "",
    sharing: bool = False,
) -> list[Row]:
    """Fill each user row's `online` and `seen_at` as `viewer_id` may see them: their own
    always; someone else's only when they share a chat (`sharing`: all of them do) and
    that user shows presence; otherwise false and null."""
    ids = [row[f"{prefix}id"] for row in rows]
    others = [uid for uid, row in zip(ids, rows, strict=True) if uid != viewer_id]
    if sharing:
        visible = set(others)
    else:
        visible = await user_rows.sharing_a_chat(conn, viewer_id=viewer_id, user_ids=others)
    shown = [
        row
        for uid, row in zip(ids, rows, strict=True)
        if uid == viewer_id or (uid in visible and row[f"{prefix}show_presence"])
    ]
    states = await services.presence.states([row[f"{prefix}id"] for row in shown])
    now = time.time()
    for row in rows:
        row[f"{prefix}online"], row[f"{prefix}seen_at"] = False, None
    for row in shown:
        state = states.get(row[f"{prefix}id"], State(online=False, last_seen=None))
        row[f"{prefix}online"] = state.online
        if state.online:
            row[f"{prefix}seen_at"] = _moment(now)  # seen now
        else:
            from_redis = _moment(state.last_seen)
            stored = row[f"{prefix}last_seen_at"]
            row[f"{prefix}seen_at"] = max(
                (m for m in (from_redis, stored) if m is not None), default=None
            )
    return rows

"""Opaque keyset cursors for lists ordered by something other than a plain id."""

from __future__ import annotations

import base64
import binascii
import json
from datetime import UTC, datetime

from messenger.errors import BadRequest

MAX_ID = 2**63 - 1


def encode_activity_cursor(activity_at: datetime, chat_id: int) -> str:
    raw = json.dumps([activity_at.isoformat(), chat_id], separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode_activity_cursor(cursor: str) -> tuple[datetime, int]:
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        when, chat_id = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
        moment = datetime.fromisoformat(when)
        if (
            not isinstance(chat_id, int)
            or isinstance(chat_id, bool)  # JSON true is an int to Python, not an id
            or not 0 < chat_id <= MAX_ID
            or moment.tzinfo is None
        ):
            raise ValueError(cursor)
        # Python takes UTC offsets up to ±23:59, PostgreSQL only up to ±15:59 (a 500):
        # compare in UTC, which overflows (a 400) only for a moment no cursor ever holds.
        moment = moment.astimezone(UTC)
    except (ValueError, TypeError, UnicodeError, binascii.Error, OverflowError):
        raise BadRequest("the cursor is malformed; pass back a `next` value unchanged") from None
    return moment, chat_id

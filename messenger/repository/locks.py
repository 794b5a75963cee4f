"""The lock that serialises the writers of one chat."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, func
from sqlalchemy.sql.functions import Function


def chat_lock(chat_id: ColumnElement[Any]) -> Function[Any]:
    """A transaction-level advisory lock keyed by the chat's id. Writers of one chat take
    it one at a time, so message ids within a chat grow in commit order (docs/API.md,
    "Ordering"). It is an advisory lock rather than a lock on the chat's row: a row lock
    writes the row on every send, and after each checkpoint that write puts a full page
    image into the WAL. One-key advisory locks in this database are chat locks: other
    locks use the two-key form, which never meets them."""
    return func.pg_advisory_xact_lock(chat_id)

"""Rows to the JSON objects of API.md: the one place that decides what a client sees,
shared by REST, JSON-RPC and the WebSocket events."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from messenger.repository.db import Row

JSON = dict[str, Any]


def timestamp(value: datetime | None) -> str | None:
    if value is None:
        return None
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def user(row: Row, *, viewer_id: int | None = None, prefix: str = "") -> JSON:
    data: JSON = {
        "id": row[f"{prefix}id"],
        "nick": row[f"{prefix}nick"],
        "name": row[f"{prefix}name"],
        "avatar": row[f"{prefix}avatar"],
        "created_at": timestamp(row[f"{prefix}created_at"]),
    }
    if viewer_id is not None and viewer_id == data["id"]:
        data["email"] = row[f"{prefix}email"]
    return data


def attachment(row: Row) -> JSON:
    return {
        "id": row["id"],
        "chat_id": row["chat_id"],
        "message_id": row["message_id"],
        "user_id": row["user_id"],
        "filename": row["filename"],
        "content_type": row["content_type"],
        "size": row["size"],
        "url": f"/api/v1/attachments/{row['id']}",
        "created_at": timestamp(row["created_at"]),
    }


def message(row: Row) -> JSON:
    client_id = row["client_message_id"]
    return {
        "id": row["id"],
        "chat_id": row["chat_id"],
        "user_id": row["user_id"],
        "content": row["content"],
        "client_message_id": str(client_id) if client_id is not None else None,
        "created_at": timestamp(row["created_at"]),
        "edited_at": timestamp(row["edited_at"]),
        "attachments": [attachment(a) for a in row.get("attachments", [])],
    }


def chat(row: Row) -> JSON:
    last = row["last_message"]
    return {
        "id": row["id"],
        "is_group_chat": row["is_group_chat"],
        "topic": row["topic"],
        "avatar": row["avatar"],
        "created_by": row["created_by"],
        "created_at": timestamp(row["created_at"]),
        "members_count": row["members_count"],
        "last_message": message(last) if last is not None else None,
        "unread_count": row["unread_count"],
    }


def member(row: Row, *, viewer_id: int) -> JSON:
    return {
        "user": user(row, viewer_id=viewer_id, prefix="user_"),
        "role": row["role"],
        "joined_at": timestamp(row["joined_at"]),
        "last_read_message_id": row["last_read_message_id"],
    }


def page(items: list[JSON], next_cursor: Any) -> JSON:
    return {"items": items, "next": next_cursor}

"""What a client sees of each object (docs/API.md, "Objects"): the shapes, written once.

Each shape is a TypedDict, and beside it the function that fills it from rows. REST,
JSON-RPC and the WebSocket events all send what these functions build, and the OpenAPI
document's response schemas are generated from these classes (messenger.api.shapes), so
what is documented is what is sent: mypy holds each function to its class (a missing,
extra or mistyped key fails the type check), and a test validates real answers against
the generated schemas.

`Spec` carries the JSON Schema keywords a Python type cannot say (a description, a
format, a range). Objects stay open in the document (no `additionalProperties: false`):
the contract only ever grows by adding fields.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any, Literal, NotRequired, TypedDict

from messenger.repository.db import Row


class Spec:
    """JSON Schema keywords for one field (or one type), beyond what its type says.
    `ref` names a request schema definition (`common.json#/$defs/id`) the field shares."""

    def __init__(self, **keywords: Any) -> None:
        self.keywords = keywords


def timestamp_spec(description: str) -> Spec:
    return Spec(format="date-time", description=f"{description}; RFC 3339, UTC")


# A reply shows this much of the message it answers.
REPLY_PREVIEW_CHARS = 200
# The id rule of the request schemas: one rule for ids in and out.
Id = Annotated[int, Spec(ref="common.json#/$defs/id")]
NEXT_PAGE = (
    "pass back as `after` (or `before` where the list has it) for the next page; null on "
    "the last page. "
)


class User(TypedDict):
    id: Id
    nick: Annotated[
        str | None, Spec(description="unique regardless of case; null once the account is deleted")
    ]
    name: Annotated[str, Spec(description='"Deleted user" once the account is deleted')]
    avatar: Annotated[str | None, Spec(description="a URL or a path on this server")]
    deleted: Annotated[
        bool, Spec(description="the account was deleted; its messages stay, under this id")
    ]
    email: NotRequired[Annotated[str, Spec(description="present only in the caller's own user")]]
    created_at: Annotated[str, timestamp_spec("when the account was registered")]
    online: Annotated[
        bool,
        Spec(
            description="a WebSocket of theirs is open, in any API process; false unless "
            "the caller shares a chat with them and they show presence"
        ),
    ]
    last_seen_at: Annotated[
        str | None,
        timestamp_spec(
            "when they were last online (now, while online); null unless the caller shares "
            "a chat with them and they show presence"
        ),
    ]
    email_verified: NotRequired[
        Annotated[
            bool,
            Spec(
                description="present only in the caller's own user: whether `email` was "
                "confirmed by the link mailed to it (notification mails go only then)"
            ),
        ]
    ]
    show_presence: NotRequired[
        Annotated[bool, Spec(description="present only in the caller's own user")]
    ]


class ExportTicket(TypedDict):
    """An export asked for: GET /api/v1/users/me/exports/{id} fetches it once built."""

    id: Id


class Session(TypedDict):
    user: Annotated[User, Spec(description="the caller's own user, with `email`")]
    token: Annotated[str, Spec(description="send as `Authorization: Bearer <token>`")]


class SessionInfo(TypedDict):
    """One of the caller's sessions: a token that is neither revoked nor expired."""

    id: Annotated[Id, Spec(description="the session's id, for DELETE /api/v1/auth/sessions/{id}")]
    created_at: Annotated[str, timestamp_spec("when it was opened (register or login)")]
    last_used_at: Annotated[
        str | None, timestamp_spec("when it was last used, to the minute; null if never")
    ]
    user_agent: Annotated[
        str | None, Spec(description="the User-Agent of the client that opened it")
    ]
    current: Annotated[bool, Spec(description="whether it is the session of this request")]


class SessionList(TypedDict):
    """The caller's live sessions, the most recently used first."""

    items: list[SessionInfo]


class Attachment(TypedDict):
    id: Id
    chat_id: Id
    message_id: Annotated[
        Id | None, Spec(description="null until a message is sent with this attachment")
    ]
    user_id: Annotated[Id, Spec(description="the uploader")]
    filename: str
    content_type: Annotated[str, Spec(description="the media type given at upload")]
    size: Annotated[int, Spec(minimum=0, description="in bytes")]
    url: Annotated[
        str,
        Spec(
            format="uri-reference",
            description="GET it with the bearer token to download the file",
        ),
    ]
    created_at: Annotated[str, timestamp_spec("when it was uploaded")]


class ReplyTo(TypedDict):
    """The message a reply answers, as it is now."""

    id: Id
    user_id: Annotated[Id, Spec(description="its author")]
    content: Annotated[
        str | None,
        Spec(description=f"its first {REPLY_PREVIEW_CHARS} characters; null once it was deleted"),
    ]
    deleted: bool


class Reaction(TypedDict):
    emoji: Annotated[str, Spec(description="one emoji (a single grapheme)")]
    count: Annotated[int, Spec(minimum=1)]
    me: Annotated[
        bool,
        Spec(
            description="whether the caller reacted so; false in WebSocket events, which "
            "every member gets alike (message.reactions names who reacted)"
        ),
    ]


class ForwardedFrom(TypedDict):
    """The original of a forwarded message, kept when the original is deleted."""

    message_id: Id
    user_id: Annotated[Id, Spec(description="the original's author")]
    created_at: Annotated[str, timestamp_spec("when the original was sent")]


class Message(TypedDict):
    id: Annotated[Id, Spec(description="grows in commit order within a chat")]
    chat_id: Id
    user_id: Annotated[Id, Spec(description="the author")]
    content: Annotated[str, Spec(description="trimmed, 1 to 4000 characters")]
    client_message_id: Annotated[
        str | None,
        Spec(format="uuid", description="the idempotency key the client sent, if any"),
    ]
    created_at: Annotated[str, timestamp_spec("when it was sent")]
    edited_at: Annotated[str | None, timestamp_spec("when it was last edited; null if never")]
    attachments: list[Attachment]
    reply_to: Annotated[ReplyTo | None, Spec(description="the message this one answers")]
    reactions: Annotated[list[Reaction], Spec(description="most used first")]
    mentions: Annotated[
        list[int],
        Spec(description="ids of the chat's members named as @nick in `content`"),
    ]
    forwarded_from: Annotated[
        ForwardedFrom | None, Spec(description="set when this message is a forward")
    ]
    pinned: bool


class Chat(TypedDict):
    id: Id
    is_group_chat: bool
    topic: Annotated[str | None, Spec(description="null for a personal chat")]
    avatar: str | None
    created_by: Annotated[Id | None, Spec(description="null once that account is gone")]
    created_at: Annotated[str, timestamp_spec("when the chat was created")]
    members_count: Annotated[int, Spec(minimum=0)]
    last_message: Annotated[
        Message | None, Spec(description="the newest message; null in an empty chat")
    ]
    unread_count: Annotated[
        int,
        Spec(
            minimum=0,
            description="other members' messages newer than the caller's read marker",
        ),
    ]
    mention_count: Annotated[
        int, Spec(minimum=0, description="the unread messages that mention the caller")
    ]
    muted: Annotated[bool, Spec(description="the caller gets no mail of this chat")]
    retention_days: Annotated[
        int | None,
        Spec(
            description="its messages are deleted this many days after they were sent "
            "(null: as long as the server's retention allows, by default for ever)"
        ),
    ]


class Member(TypedDict):
    user: User
    role: Annotated[
        Literal["owner", "member"],
        Spec(description="a group has one owner; both members of a personal chat are members"),
    ]
    joined_at: Annotated[str, timestamp_spec("when the user joined the chat")]
    last_read_message_id: Annotated[
        int, Spec(minimum=0, description="the member's read marker; 0 before anything was read")
    ]


class UserPage(TypedDict):
    """A page of User objects, keyset-paginated."""

    items: list[User]
    next: Annotated[
        int | None, Spec(minimum=1, description=NEXT_PAGE + "The id of the last user on this page.")
    ]


class ChatPage(TypedDict):
    """A page of Chat objects, keyset-paginated."""

    items: list[Chat]
    next: Annotated[
        str | None, Spec(description=NEXT_PAGE + "An opaque cursor: pass it back unchanged.")
    ]


class MemberPage(TypedDict):
    """A page of Member objects, keyset-paginated."""

    items: list[Member]
    next: Annotated[
        int | None,
        Spec(minimum=1, description=NEXT_PAGE + "The user id of the last member on this page."),
    ]


class MessagePage(TypedDict):
    """A page of Message objects, keyset-paginated."""

    items: list[Message]
    next: Annotated[
        int | None,
        Spec(minimum=1, description=NEXT_PAGE + "The id of the last message on this page."),
    ]


class SearchHit(TypedDict):
    message: Message
    highlights: Annotated[
        list[Annotated[list[int], Spec(minItems=2, maxItems=2)]],
        Spec(
            description="[start, end) of each match in `content`, in Unicode code points "
            "(not UTF-16 units), sorted, never cutting a grapheme; text, never HTML"
        ),
    ]


class SearchPage(TypedDict):
    """Matching messages, newest first, keyset-paginated by message id."""

    items: list[SearchHit]
    next: Annotated[
        int | None,
        Spec(minimum=1, description="pass back as `before` for the next page; null on the last"),
    ]


class PinPage(TypedDict):
    """A page of pinned Message objects, the newest pin first."""

    items: list[Message]
    next: Annotated[
        int | None,
        Spec(minimum=1, description="pass back as `before` for the next page; null on the last"),
    ]


class Reactions(TypedDict):
    reactions: Annotated[list[Reaction], Spec(description="the message's, most used first")]


class ChatSettings(TypedDict):
    muted: bool


class AddedMembers(TypedDict):
    """The members that are new; a user who was already a member is not listed (adding
    twice is not an error). Not a page: it has no `next`."""

    items: list[Member]


class UnreadCount(TypedDict):
    unread_count: Annotated[int, Spec(minimum=0)]


def moment(value: datetime) -> str:
    """RFC 3339 in UTC with microseconds, as every timestamp of the API is written (and as
    repository.messages.rfc3339 has PostgreSQL write it)."""
    return value.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def timestamp(value: datetime | None) -> str | None:
    return None if value is None else moment(value)


def user(row: Row, *, viewer_id: int | None = None, prefix: str = "") -> User:
    nick = row[f"{prefix}nick"]
    data: User = {
        "id": row[f"{prefix}id"],
        "nick": nick,
        "name": row[f"{prefix}name"],
        "avatar": row[f"{prefix}avatar"],
        # Only a deleted account has no nick (migrations/0008: a constraint holds it).
        "deleted": nick is None,
        "created_at": moment(row[f"{prefix}created_at"]),
        # Filled by operations.presence.with_presence where the viewer may see them.
        "online": row.get(f"{prefix}online", False),
        "last_seen_at": timestamp(row.get(f"{prefix}seen_at")),
    }
    if viewer_id is not None and viewer_id == data["id"]:
        data["email"] = row[f"{prefix}email"]
        data["email_verified"] = bool(row.get(f"{prefix}email_verified", False))
        data["show_presence"] = row[f"{prefix}show_presence"]
    return data


def export_ticket(export_id: int) -> ExportTicket:
    return {"id": export_id}


def session(user_row: Row, token: str) -> Session:
    """The caller's own user and a token for it (register, login)."""
    return {"user": user(user_row, viewer_id=user_row["id"]), "token": token}


def session_list(rows: list[Row]) -> SessionList:
    return {
        "items": [
            {
                "id": row["id"],
                "created_at": moment(row["created_at"]),
                "last_used_at": timestamp(row["last_used_at"]),
                "user_agent": row["user_agent"],
                "current": bool(row["current"]),
            }
            for row in rows
        ]
    }


def attachment(row: Row) -> Attachment:
    return {
        "id": row["id"],
        "chat_id": row["chat_id"],
        "message_id": row["message_id"],
        "user_id": row["user_id"],
        "filename": row["filename"],
        "content_type": row["content_type"],
        "size": row["size"],
        "url": f"/api/v1/attachments/{row['id']}",
        "created_at": _moment_of(row["created_at"]),
    }


def reactions(summary: list[list[Any]] | None, viewer_id: int | None) -> list[Reaction]:
    """From a message's `reaction_summary` ([emoji, [user id, ...]] pairs, most used
    first), as `viewer_id` sees it (None: as every member alike, `me` false)."""
    if not summary:
        return []
    return [
        {"emoji": emoji, "count": len(users), "me": viewer_id in users} for emoji, users in summary
    ]


def _moment_of(value: datetime | str) -> str:
    """A datetime; or text, as PostgreSQL wrote it for the API (repository.messages.rfc3339,
    ending in Z) or inside JSON (a forward's created_at, repository.messages.EXTRAS)."""
    if isinstance(value, datetime):
        return moment(value)
    return value if value.endswith("Z") else moment(datetime.fromisoformat(value))


def message(row: Row, viewer_id: int | None = None) -> Message:
    """A message row (its own columns, its `attachments`, and `extras`, its conversation
    fields in the order of repository.messages.EXTRAS, None for a plain message) as
    `viewer_id` sees it; None for an event, which every member gets alike."""
    client_id = row["client_message_id"]
    shown: Message = {
        "id": row["id"],
        "chat_id": row["chat_id"],
        "user_id": row["user_id"],
        "content": row["content"],
        "client_message_id": str(client_id) if client_id is not None else None,
        "created_at": _moment_of(row["created_at"]),
        "edited_at": None if row["edited_at"] is None else _moment_of(row["edited_at"]),
        "attachments": [attachment(a) for a in row.get("attachments") or ()],
        "reply_to": None,
        "reactions": [],
        "mentions": [],
        "forwarded_from": None,
        "pinned": False,
    }
    extras = row["extras"]
    if extras is not None:
        (reply_id, reply_user, reply_content, origin_id, origin_user, origin_at) = extras[:6]
        mentions, summary, pinned = extras[6:]
        if reply_id is not None:
            shown["reply_to"] = {
                "id": reply_id,
                "user_id": reply_user,
                "content": reply_content,
                "deleted": reply_content is None,
            }
        if origin_id is not None:
            shown["forwarded_from"] = {
                "message_id": origin_id,
                "user_id": origin_user,
                "created_at": _moment_of(origin_at),
            }
        shown["reactions"] = reactions(summary, viewer_id)
        shown["mentions"] = mentions
        shown["pinned"] = pinned
    return shown


def chat(row: Row, viewer_id: int | None = None) -> Chat:
    last = row["last_message"]
    return {
        "id": row["id"],
        "is_group_chat": row["is_group_chat"],
        "topic": row["topic"],
        "avatar": row["avatar"],
        "created_by": row["created_by"],
        "created_at": moment(row["created_at"]),
        "members_count": row["members_count"],
        "last_message": message(last, viewer_id) if last is not None else None,
        "unread_count": row["unread_count"],
        "mention_count": row["mention_count"],
        "muted": row["muted"],
        "retention_days": row.get("retention_days"),
    }


def member(row: Row, *, viewer_id: int) -> Member:
    return {
        "user": user(row, viewer_id=viewer_id, prefix="user_"),
        "role": row["role"],
        "joined_at": moment(row["joined_at"]),
        "last_read_message_id": row["last_read_message_id"],
    }


def user_page(rows: list[Row], next_id: int | None, *, viewer_id: int) -> UserPage:
    return {"items": [user(row, viewer_id=viewer_id) for row in rows], "next": next_id}


def chat_page(rows: list[Row], cursor: str | None, *, viewer_id: int) -> ChatPage:
    return {"items": [chat(row, viewer_id) for row in rows], "next": cursor}


def member_page(rows: list[Row], next_id: int | None, *, viewer_id: int) -> MemberPage:
    return {"items": [member(row, viewer_id=viewer_id) for row in rows], "next": next_id}


def message_page(rows: list[Row], next_id: int | None, *, viewer_id: int) -> MessagePage:
    return {"items": [message(row, viewer_id) for row in rows], "next": next_id}


def search_page(rows: list[Row], next_id: int | None, *, viewer_id: int) -> SearchPage:
    return {
        "items": [
            {"message": message(row, viewer_id), "highlights": row["highlights"]} for row in rows
        ],
        "next": next_id,
    }


def pin_page(rows: list[Row], next_id: int | None, *, viewer_id: int) -> PinPage:
    return {"items": [message(row, viewer_id) for row in rows], "next": next_id}


def added_members(rows: list[Row], *, viewer_id: int) -> AddedMembers:
    return {"items": [member(row, viewer_id=viewer_id) for row in rows]}


class HealthCheckUp(TypedDict):
    status: Literal["up"]
    latency_ms: Annotated[float, Spec(minimum=0)]


class HealthCheckDown(TypedDict):
    status: Literal["down"]
    error: str


class Health(TypedDict):
    status: Annotated[
        Literal["ok", "degraded", "down"],
        Spec(
            description="`ok`: every dependency is up; `degraded`: an optional one is down "
            "(still 200); `down`: a required one is down (503)"
        ),
    ]
    checks: Annotated[
        dict[str, HealthCheckUp | HealthCheckDown],
        Spec(description="by dependency: database, redis, memcached"),
    ]

"""Path and query parameters, declared once: their name, the handler argument (and
JSON-RPC param) they fill, their JSON Schema, and how the REST text is read. Anything
malformed in a REST request is a 400 with the parameter named.

A row of the endpoint table lists its parameters in the order they are read: the first
malformed one is the one reported. Schemas may refer to the request schema files'
definitions (`common.json#/$defs/id`); the OpenAPI document and the JSON-RPC validator
resolve them like the body schemas' own references.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Literal

from messenger.errors import BadRequest, ErrorDetail

MAX_ID = 2**63 - 1  # PostgreSQL bigint
DEFAULT_LIMIT = 50
MAX_LIMIT = 100
MAX_QUERY_CHARS = 100
_DIGITS = re.compile(r"[0-9]{1,19}")
ID_SCHEMA = {"$ref": "common.json#/$defs/id"}
POSITION_SCHEMA = {"type": "integer", "minimum": 0, "maximum": MAX_ID}
TEXT_SCHEMA = {"type": "string", "maxLength": MAX_QUERY_CHARS}


@dataclass(frozen=True)
class Param:
    component: str  # its name under components/parameters of the OpenAPI document
    name: str  # as it appears in the path template or the query string
    where: Literal["path", "query"]
    arg: str  # the handler's keyword argument, and the JSON-RPC param's name
    schema: dict[str, Any]
    description: str
    # The REST text (None when absent from the query) to the value the handler gets.
    read: Callable[[str, str | None], Any]
    # What the handler gets when a query parameter (or JSON-RPC param) is left out.
    default: Any = None
    # Whether a value can be refused (a 400); a name of a file can be anything.
    checked: bool = True


def _bad(name: str, message: str) -> BadRequest:
    return BadRequest(f"parameter {name} {message}", [ErrorDetail(name, message)])


def _to_int(name: str, raw: str, minimum: int, maximum: int) -> int:
    if not _DIGITS.fullmatch(raw):
        raise _bad(name, "must be a whole number")
    value = int(raw)
    if not minimum <= value <= maximum:
        raise _bad(name, f"must be between {minimum} and {maximum}")
    return value


def read_id(name: str, raw: str | None) -> int:
    return _to_int(name, raw or "", 1, MAX_ID)


def read_position(name: str, raw: str | None) -> int | None:
    """A keyset position (an id, or 0 for "from the start"); absent or empty: none."""
    if raw is None or raw == "":
        return None
    return _to_int(name, raw, 0, MAX_ID)


def read_optional_id(name: str, raw: str | None) -> int | None:
    return None if raw is None or raw == "" else read_id(name, raw)


def read_limit(name: str, raw: str | None) -> int:
    if raw is None or raw == "":
        return DEFAULT_LIMIT
    return _to_int(name, raw, 1, MAX_LIMIT)


def read_text(name: str, raw: str | None) -> str | None:
    if raw is None:
        return None
    if len(raw) > MAX_QUERY_CHARS:
        raise _bad(name, f"must be at most {MAX_QUERY_CHARS} characters")
    if "\x00" in raw:
        raise _bad(name, "must not contain the NUL character")
    return raw


def read_any(name: str, raw: str | None) -> str | None:
    return raw


def path_id(component: str, arg: str, description: str, *, name: str = "id") -> Param:
    return Param(
        component,
        name,
        "path",
        arg,
        ID_SCHEMA,
        f"{description} (1 to 2^63-1; anything else is a 400)",
        read_id,
    )


def query(
    component: str,
    name: str,
    schema: dict[str, Any],
    description: str,
    read: Callable[[str, str | None], Any],
    default: Any = None,
) -> Param:
    return Param(component, name, "query", name, schema, description, read, default)


USER_ID = path_id("UserId", "user_id", "a user's id")
CHAT_ID = path_id("ChatId", "chat_id", "a chat's id; a chat the caller is not a member of is a 404")
MESSAGE_ID = path_id("MessageId", "message_id", "a message's id")
ATTACHMENT_ID = path_id("AttachmentId", "attachment_id", "an attachment's id")
EXPORT_ID = path_id("ExportId", "export_id", "one of the caller's exports (another's is a 404)")
SESSION_ID = path_id("SessionId", "session_id", "one of the caller's sessions (another's is a 404)")
MEMBER_USER_ID = path_id(
    "MemberUserId",
    "user_id",
    "the member's user id (the caller's own to leave)",
    name="user_id",
)
LIMIT = query(
    "Limit",
    "limit",
    {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": DEFAULT_LIMIT},
    f"page size, 1 to {MAX_LIMIT}",
    read_limit,
    DEFAULT_LIMIT,
)
USER_QUERY = query(
    "UserQuery",
    "q",
    TEXT_SCHEMA,
    "users whose nick or name starts with this (case-insensitive); absent or empty for everyone",
    read_text,
)
AFTER_USER_ID = query(
    "AfterUserId", "after", POSITION_SCHEMA, "the `next` of the previous page", read_position
)
AFTER_MEMBER_USER_ID = query(
    "AfterMemberUserId",
    "after",
    POSITION_SCHEMA,
    "the `next` of the previous page",
    read_position,
)
CHAT_CURSOR = query(
    "ChatCursor",
    "after",
    TEXT_SCHEMA,
    "the opaque `next` of the previous page, unchanged; a malformed one is a 400",
    read_text,
)
BEFORE_MESSAGE_ID = query(
    "BeforeMessageId",
    "before",
    POSITION_SCHEMA,
    "older messages than this id, newest first (pass the `next` of the previous page)",
    read_position,
)
AFTER_MESSAGE_ID = query(
    "AfterMessageId",
    "after",
    POSITION_SCHEMA,
    "newer messages than this id, oldest first: how a client catches up after a "
    "reconnect (pass the id of the newest message it has, then each `next`). "
    "Not together with `before` (400)",
    read_position,
)
WS_TOKEN = Param(
    "WsToken",
    "token",
    "query",
    "token",
    {"type": "string"},
    'the bearer token; without it, send it as the first frame `{"token": "..."}`. '
    "An unknown, expired or revoked one is a 401 before the upgrade",
    read_any,
    checked=False,
)


def file_name(component: str, description: str) -> Param:
    return Param(
        component, "name", "path", "name", {"type": "string"}, description, read_any, checked=False
    )


PIN_MESSAGE_ID = path_id("PinMessageId", "message_id", "a message of this chat", name="message_id")
BEFORE_PIN = query(
    "BeforePin",
    "before",
    POSITION_SCHEMA,
    "older pins than this position (pass the `next` of the previous page)",
    read_position,
)
# Any text reaches the operation, which answers 422 for what is not one emoji (docs/API.md).
EMOJI = Param(
    "Emoji",
    "emoji",
    "path",
    "emoji",
    {"type": "string", "maxLength": 32},
    "one emoji (a single grapheme with the Unicode Emoji property), percent-encoded; "
    "anything else is a 422",
    read_any,
    checked=False,
)


# Any text reaches the operation, which answers 422 for an empty or too long one
# (docs/API.md, "Search").
SEARCH_QUERY = Param(
    "SearchQuery",
    "q",
    "query",
    "q",
    {"type": "string", "minLength": 1, "maxLength": 200},
    "what to look for, 1 to 200 characters (else a 422): words (found by their Russian "
    'or English stem), `word*` for words that start so, `"a phrase"` for words in that '
    "order; text in scripts without spaces (Chinese, Japanese) and emoji are found as "
    "substrings",
    read_any,
    checked=False,
)
SEARCH_CHAT_ID = query(
    "SearchChatId",
    "chat_id",
    ID_SCHEMA,
    "only this chat; one the caller is not a member of is a 404",
    read_optional_id,
)
SEARCH_USER_ID = query(
    "SearchUserId", "user_id", ID_SCHEMA, "only messages by this user", read_optional_id
)

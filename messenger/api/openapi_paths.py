"""The paths of the OpenAPI document: every operation with its parameters, request body
and responses, and the shared parameters and error responses they refer to.

Each operation's operationId is the name of its handler function; a test holds every
route of the app to its entry here.
"""

from __future__ import annotations

from collections.abc import Iterable

from messenger.api import params
from messenger.api.handlers import client as web_client
from messenger.api.middlewares import STATUS_OF_CODE
from messenger.api.openapi_components import (
    ID,
    Schema,
    pascal,
    ref,
    request_component,
    rpc_methods_description,
)

V1 = "/api/v1"
BEARER = "bearerAuth"

# Parameters that take any value, so they never make a 400.
_UNCHECKED_PARAMETERS = frozenset({"DocsAsset", "WebAsset"})
_ID_SCHEMA = ref(ID)
_QUERY_ID = {"type": "integer", "minimum": 0, "maximum": params.MAX_ID}


def _path_id(name: str, description: str) -> Schema:
    return {
        "name": name,
        "in": "path",
        "required": True,
        "description": f"{description} (1 to 2^63-1; anything else is a 400)",
        "schema": _ID_SCHEMA,
    }


def _query(name: str, schema: Schema, description: str) -> Schema:
    return {
        "name": name,
        "in": "query",
        "required": False,
        "schema": schema,
        "description": description,
    }


PARAMETERS: dict[str, Schema] = {
    "UserId": _path_id("id", "a user's id"),
    "ChatId": _path_id("id", "a chat's id; a chat the caller is not a member of is a 404"),
    "MessageId": _path_id("id", "a message's id"),
    "AttachmentId": _path_id("id", "an attachment's id"),
    "MemberUserId": _path_id("user_id", "the member's user id (the caller's own to leave)"),
    "Limit": _query(
        "limit",
        {
            "type": "integer",
            "minimum": 1,
            "maximum": params.MAX_LIMIT,
            "default": params.DEFAULT_LIMIT,
        },
        f"page size, 1 to {params.MAX_LIMIT}",
    ),
    "UserQuery": _query(
        "q",
        {"type": "string", "maxLength": params.MAX_QUERY_CHARS},
        "users whose nick or name starts with this (case-insensitive); absent or empty "
        "for everyone",
    ),
    "AfterUserId": _query("after", _QUERY_ID, "the `next` of the previous page"),
    "AfterMemberUserId": _query("after", _QUERY_ID, "the `next` of the previous page"),
    "ChatCursor": _query(
        "after",
        {"type": "string", "maxLength": params.MAX_QUERY_CHARS},
        "the opaque `next` of the previous page, unchanged; a malformed one is a 400",
    ),
    "BeforeMessageId": _query(
        "before",
        _QUERY_ID,
        "older messages than this id, newest first (pass the `next` of the previous page)",
    ),
    "AfterMessageId": _query(
        "after",
        _QUERY_ID,
        "newer messages than this id, oldest first: how a client catches up after a "
        "reconnect (pass the id of the newest message it has, then each `next`). "
        "Not together with `before` (400)",
    ),
    "WsToken": _query(
        "token",
        {"type": "string"},
        'the bearer token; without it, send it as the first frame `{"token": "..."}`. '
        "An unknown, expired or revoked one is a 401 before the upgrade",
    ),
    "DocsAsset": {
        "name": "name",
        "in": "path",
        "required": True,
        "description": "a file name of the bundled Swagger UI",
        "schema": {"type": "string"},
    },
    "WebAsset": {
        "name": "name",
        "in": "path",
        "required": True,
        "description": "a file name of the browser client (app.js, app.css, icon.svg)",
        "schema": {"type": "string"},
    },
}

# Shown in the docs instead of values generated from the schemas' patterns.
BODY_EXAMPLES: dict[str, Schema] = {
    "register.json": {
        "nick": "alice.liddell",
        "name": "Alice Liddell",
        "email": "alice@example.com",
        "password": "correct horse battery",
    },
    "login.json": {"login": "alice@example.com", "password": "correct horse battery"},
    "user_patch.json": {"name": "Alice L.", "avatar": "https://example.com/alice.png"},
    "chat_create.json": {"is_group_chat": True, "topic": "Weekend plans", "member_ids": [2, 3]},
    "members_add.json": {"user_ids": [4]},
    "message_create.json": {
        "content": "Hello!",
        "client_message_id": "6f1c1a52-6bd4-4b55-9d1f-1d2b8a7f3a10",
        "attachment_ids": [],
    },
    "message_patch.json": {"content": "Hello, everyone!"},
    "read.json": {"message_id": 42},
}

_ERROR_WHEN = {
    "bad_request": "The body is not JSON, or a path or query parameter is malformed.",
    "unauthorized": "Missing, unknown, expired or revoked token.",
    "forbidden": "A member, but not allowed to do this.",
    "not_found": "No such object, or the caller may not know it exists (not a member).",
    "conflict": "Taken, or an idempotency key reused with different content.",
    "too_large": "The body or upload is over the configured limit.",
    "unsupported_media_type": "Wrong Content-Type.",
    "validation_failed": "The body fails the request's JSON Schema (or a rule beyond it); "
    "`details` lists every failing path.",
    "rate_limited": "Too many failed logins; retry after `Retry-After` seconds.",
}


WEBSOCKET_DESCRIPTION = """\
A WebSocket (`ws://` or `wss://`), not a plain GET: a request without the upgrade is a
400. Browsers cannot set headers on a WebSocket, so the token comes as `?token=` (a bad
one is answered with 401 before the upgrade) or, without it, as the first text frame
`{"token": "..."}` within a few seconds (5 by default); a missing, late or bad one
closes the socket with code 4401.

**Server frames** are JSON text, always `{"type", "chat_id", "data"}`:
- `ready` (`chat_id` null, `data` `{"user_id"}`): first, once the socket is
  subscribed. Events from here on reach it, so this is when a reconnecting client
  fetches what it missed (`GET /api/v1/chats/{id}/messages?after=<last id seen>`).
- the chat events, to every connected member of the chat, whichever server process
  they are connected to: `message.created`, `message.updated` (`data`: the message),
  `message.deleted` (`{"id"}`), `chat.created` (the chat), `chat.cleared` (`{}`),
  `member.added` (`{"members": [member]}`), `member.removed` (`{"user_id"}`; the
  removed user gets it too, then nothing more of that chat), `chat.read`
  (`{"user_id", "last_read_message_id"}`).
- `pong` (`chat_id` null, `data` `{}`): the answer to a client frame `{"type": "ping"}`.

Clients should ignore types they do not know. **Client frames** other than the auth
frame and `ping` are ignored; a frame over 4 KiB closes the socket (1009). The server
pings every 30 s (by default); a client that does not answer within half of that is
disconnected.

**Close codes:** 1001 the server is shutting down; 4008 too slow (the client fell more
than 256 events behind, by default); 4401 no token, or an unknown, expired or revoked
one (also when the token is revoked by logout while the socket is open); 4503 live
events were interrupted on the server, so some may have been missed. After any close,
reconnect with a growing, randomised delay and catch up by history after `ready`.
"""


def _error_response(code: str) -> Schema:
    response: Schema = {
        "description": _ERROR_WHEN[code],
        "content": {
            "application/json": {
                "schema": {
                    "allOf": [
                        ref("Error"),
                        {"properties": {"error": {"properties": {"code": {"const": code}}}}},
                    ]
                }
            }
        },
    }
    if code == "rate_limited":
        response["headers"] = {
            "Retry-After": {
                "description": "seconds until another attempt is considered",
                "required": True,
                "schema": {"type": "integer", "minimum": 1},
            }
        }
    return response


def _response_name(code: str) -> str:
    return pascal(code)


ERROR_RESPONSES: dict[str, Schema] = {
    _response_name(code): _error_response(code) for code in STATUS_OF_CODE
}


# --- operations -----------------------------------------------------------------------


def _json(schema: Schema, description: str) -> Schema:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _no_content(description: str) -> Schema:
    return {"description": description}


def operation(
    handler: str,
    summary: str,
    tag: str,
    responses: dict[int, Schema],
    *,
    parameters: Iterable[str] = (),
    body: str | None = None,
    errors: Iterable[int] = (),
    public: bool = False,
    token_optional: bool = False,
    description: str | None = None,
) -> Schema:
    """One operation; `handler` (the handler's function name) is its operationId. The
    errors every such operation can meet are added here: 401 unless public, 400 for a
    parameter that can be malformed, and 400/413/415/422 for a JSON body. A public
    operation that still takes a token when given one (`token_optional`) allows both."""
    parameters = list(parameters)
    statuses = set(errors)
    if not public:
        statuses.add(401)
    if set(parameters) - _UNCHECKED_PARAMETERS:
        statuses.add(400)
    if body is not None:
        statuses |= {400, 413, 415, 422}
    code_of = {status: code for code, status in STATUS_OF_CODE.items()}
    result: Schema = {"operationId": handler, "summary": summary, "tags": [tag]}
    if description:
        result["description"] = description
    if parameters:
        result["parameters"] = [{"$ref": f"#/components/parameters/{name}"} for name in parameters]
    if body is not None:
        media: Schema = {"schema": ref(request_component(body))}
        if body in BODY_EXAMPLES:
            media["example"] = BODY_EXAMPLES[body]
        result["requestBody"] = {"required": True, "content": {"application/json": media}}
    all_responses: dict[str, Schema] = {str(status): r for status, r in responses.items()}
    for status in sorted(statuses):
        all_responses[str(status)] = {
            "$ref": f"#/components/responses/{_response_name(code_of[status])}"
        }
    result["responses"] = dict(sorted(all_responses.items()))
    if public:
        result["security"] = [{}, {BEARER: []}] if token_optional else []
    return result


def paths() -> dict[str, dict[str, Schema]]:
    user, chat, message = ref("User"), ref("Chat"), ref("Message")
    return {
        f"{V1}/auth/register": {
            "post": operation(
                "register",
                "Register an account",
                "auth",
                {201: _json(ref("Session"), "The new user and a token for it.")},
                body="register.json",
                errors=[409],
                public=True,
                description="Nick and email are unique regardless of case (409 when taken).",
            )
        },
        f"{V1}/auth/login": {
            "post": operation(
                "login",
                "Log in with nick or email",
                "auth",
                {200: _json(ref("Session"), "The user and a new token.")},
                body="login.json",
                errors=[401, 429],
                public=True,
                description="Wrong login or password is a 401. Failed attempts are "
                "throttled per login name and per client address (429 with Retry-After).",
            )
        },
        f"{V1}/auth/logout": {
            "post": operation("logout", "Revoke the token", "auth", {204: _no_content("Revoked.")})
        },
        f"{V1}/users": {
            "get": operation(
                "get_users",
                "Search users by nick or name prefix",
                "users",
                {200: _json(ref("UserPage"), "Users in id order.")},
                parameters=["UserQuery", "AfterUserId", "Limit"],
            )
        },
        f"{V1}/users/me": {
            "get": operation(
                "get_me", "The caller's own user", "users", {200: _json(user, "With email.")}
            ),
            "patch": operation(
                "patch_me",
                "Change the caller's name, email or avatar",
                "users",
                {200: _json(user, "The updated user, with email.")},
                body="user_patch.json",
                errors=[409],
            ),
        },
        f"{V1}/users/{{id}}": {
            "get": operation(
                "get_user",
                "One user",
                "users",
                {200: _json(user, "The user; email only when it is the caller.")},
                parameters=["UserId"],
                errors=[404],
            )
        },
        f"{V1}/chats": {
            "get": operation(
                "get_chats",
                "The caller's chats, most recent activity first",
                "chats",
                {200: _json(ref("ChatPage"), "With each chat's last message and unread count.")},
                parameters=["ChatCursor", "Limit"],
            ),
            "post": operation(
                "create_chat",
                "Create a personal or group chat",
                "chats",
                {
                    201: _json(chat, "Created."),
                    200: _json(chat, "The personal chat the pair already has."),
                },
                body="chat_create.json",
                description="A personal chat names exactly one other user and has no topic "
                "or avatar; a group needs a topic and the caller becomes its owner. Unknown "
                "user ids are a 422 naming the array index. Every other member is mailed.",
            ),
        },
        f"{V1}/chats/{{id}}": {
            "get": operation(
                "get_chat",
                "One chat",
                "chats",
                {200: _json(chat, "The chat.")},
                parameters=["ChatId"],
                errors=[404],
            )
        },
        f"{V1}/chats/{{id}}/members": {
            "get": operation(
                "get_members",
                "The members of a chat",
                "members",
                {200: _json(ref("MemberPage"), "Members in user id order.")},
                parameters=["ChatId", "AfterMemberUserId", "Limit"],
                errors=[404],
            ),
            "post": operation(
                "add_members",
                "Add users to a group chat (owner only)",
                "members",
                {200: _json(ref("AddedMembers"), "The members that are new.")},
                parameters=["ChatId"],
                body="members_add.json",
                errors=[403, 404],
                description="403 for a personal chat or a caller who is not the owner.",
            ),
        },
        f"{V1}/chats/{{id}}/members/{{user_id}}": {
            "delete": operation(
                "remove_member",
                "Remove a member, or leave",
                "members",
                {204: _no_content("Removed.")},
                parameters=["ChatId", "MemberUserId"],
                errors=[403, 404],
                description="The owner removes anyone; anyone removes themself. When the "
                "owner leaves, the longest-standing member becomes owner. Personal chats "
                "have fixed members (403).",
            )
        },
        f"{V1}/chats/{{id}}/messages": {
            "get": operation(
                "get_messages",
                "A chat's messages",
                "messages",
                {200: _json(ref("MessagePage"), "Newest first, or oldest first with `after`.")},
                parameters=["ChatId", "BeforeMessageId", "AfterMessageId", "Limit"],
                errors=[404],
            ),
            "post": operation(
                "send_message",
                "Send a message",
                "messages",
                {
                    201: _json(message, "Sent."),
                    200: _json(
                        message,
                        "A retry: the message first sent with this "
                        "`client_message_id`; nothing is duplicated.",
                    ),
                },
                parameters=["ChatId"],
                body="message_create.json",
                errors=[404, 409],
                description="The same `client_message_id` with different content or "
                "attachments is a 409. `attachment_ids` must be the caller's unattached "
                "uploads in this chat (422 otherwise).",
            ),
            "delete": operation(
                "clear_chat",
                "Delete every message of a chat",
                "messages",
                {204: _no_content("Cleared.")},
                parameters=["ChatId"],
                errors=[403, 404],
                description="The owner of a group, or either member of a personal chat.",
            ),
        },
        f"{V1}/chats/{{id}}/read": {
            "post": operation(
                "mark_read",
                "Move the caller's read marker forward",
                "messages",
                {200: _json(ref("UnreadCount"), "The caller's unread count in this chat.")},
                parameters=["ChatId"],
                body="read.json",
                errors=[404],
                description="The marker never moves back, nor past the chat's newest message.",
            ),
        },
        f"{V1}/chats/{{id}}/attachments": {
            "post": operation(
                "upload",
                "Upload a file to a chat",
                "attachments",
                {201: _json(ref("Attachment"), "Stored; attach it by sending a message.")},
                parameters=["ChatId"],
                errors=[404, 413, 415, 422],
                description="multipart/form-data with a part named `file` (422 without "
                "one); over the configured size limit (10 MiB by default) is a 413.",
            )
            | {
                "requestBody": {
                    "required": True,
                    "content": {
                        "multipart/form-data": {
                            "schema": {
                                "type": "object",
                                "required": ["file"],
                                "properties": {
                                    "file": {
                                        "type": "string",
                                        "format": "binary",
                                        "contentMediaType": "application/octet-stream",
                                        "description": "the file; its part's filename and "
                                        "Content-Type are kept",
                                    }
                                },
                            }
                        }
                    },
                }
            }
        },
        f"{V1}/messages/{{id}}": {
            "patch": operation(
                "edit_message",
                "Edit a message (author only)",
                "messages",
                {200: _json(message, "The edited message.")},
                parameters=["MessageId"],
                body="message_patch.json",
                errors=[403, 404],
            ),
            "delete": operation(
                "delete_message",
                "Delete a message (author, or the group's owner)",
                "messages",
                {204: _no_content("Deleted, with its attachments.")},
                parameters=["MessageId"],
                errors=[403, 404],
            ),
        },
        f"{V1}/attachments/{{id}}": {
            "get": operation(
                "download",
                "Download an attachment (members only)",
                "attachments",
                {
                    200: {
                        "description": "The file, with its content type. Images (PNG, JPEG, "
                        "GIF, WebP) are inline, anything else a download.",
                        "headers": {
                            "Content-Disposition": {
                                "description": "inline or attachment, with the filename",
                                "schema": {"type": "string"},
                            }
                        },
                        "content": {"*/*": {"schema": {"type": "string", "format": "binary"}}},
                    }
                },
                parameters=["AttachmentId"],
                errors=[404],
            )
        },
        f"{V1}/ws": {
            "get": operation(
                "websocket",
                "Live chat events over a WebSocket",
                "realtime",
                {101: _no_content("Switching Protocols: the WebSocket is open, pushing events.")},
                parameters=["WsToken"],
                errors=[400, 401],
                public=True,
                description=WEBSOCKET_DESCRIPTION,
            )
        },
        "/api/rpc": {
            "post": operation(
                "handle_rpc",
                "JSON-RPC 2.0: the seed's methods over the same operations",
                "rpc",
                {
                    200: _json(
                        ref("RpcAnswer"),
                        "The answer, or the answers of a batch in its order; JSON-RPC "
                        "errors are answered with 200 too.",
                    ),
                    204: _no_content("Only notifications: nothing to answer."),
                },
                errors=[413, 415],
                public=True,
                token_optional=True,
                description=rpc_methods_description(),
            )
            | {
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": ref("RpcPayload")}},
                }
            }
        },
        "/healthz": {
            "get": operation(
                "healthz",
                "Liveness, with the state of each dependency",
                "meta",
                {
                    200: _json(ref("Health"), "The database is up (others may be down)."),
                    503: _json(ref("Health"), "The database is down."),
                },
                public=True,
            )
        },
        "/metrics": {
            "get": operation(
                "prometheus_metrics",
                "Prometheus metrics of this process",
                "meta",
                {
                    200: {
                        "description": "Request counts and latencies by route template and "
                        "status, and the state of the database pool, the chat-list cache, "
                        "the event bus and the WebSockets, in the Prometheus text format "
                        "(OpenMetrics when the Accept header asks for it).",
                        "content": {
                            "text/plain": {"schema": {"type": "string"}},
                            "application/openmetrics-text": {"schema": {"type": "string"}},
                        },
                    }
                },
                public=True,
            )
        },
        "/api/openapi.json": {
            "get": operation(
                "openapi_json",
                "This document",
                "meta",
                {200: _json({"type": "object"}, "The OpenAPI 3.1 document.")},
                public=True,
            )
        },
        "/api/docs": {
            "get": operation(
                "docs_page",
                "The API documentation page",
                "meta",
                {200: {"description": "HTML", "content": {"text/html": {}}}},
                public=True,
            )
        },
        "/api/docs/static/{name}": {
            "get": operation(
                "docs_asset",
                "A file of the documentation page",
                "meta",
                {
                    200: {
                        "description": "The file.",
                        "content": {"text/javascript": {}, "text/css": {}, "image/png": {}},
                    }
                },
                parameters=["DocsAsset"],
                errors=[404],
                public=True,
            )
        },
        "/": {
            "get": operation(
                "client_page",
                "The browser client",
                "meta",
                {200: {"description": "HTML", "content": {"text/html": {}}}},
                public=True,
            )
        },
        "/web/{name}": {
            "get": operation(
                "client_asset",
                "A file of the browser client",
                "meta",
                {
                    200: {
                        "description": "The file.",
                        # Every type the handler serves (index.html too), not only the usual.
                        "content": {
                            media_type.split(";")[0]: {}
                            for media_type in web_client.CONTENT_TYPES.values()
                        },
                    }
                },
                parameters=["WebAsset"],
                errors=[404],
                public=True,
            )
        },
    }

"""Every endpoint of the HTTP API, one row each (docs/API.md is the contract they serve).

The aiohttp routes (messenger.api.routes), the OpenAPI paths (messenger.api.openapi) and
the JSON-RPC method table (messenger.api.rpc) are all built from ENDPOINTS. Adding an
endpoint is one row here and one handler; see messenger.api.endpoint for what a row says.
"""

from __future__ import annotations

from typing import Any

from messenger.api import params, rpc
from messenger.api.endpoint import Content, Empty, Endpoint, Json, RpcName
from messenger.api.handlers import (
    accounts,
    attachments,
    chats,
    client,
    docs,
    exports,
    health,
    live,
    members,
    messages,
    metrics,
    pins,
    reactions,
    search,
    users,
)
from messenger.operations import views

V1 = "/api/v1"

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

UPLOAD_BODY = {
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
                        "description": "the file; its part's filename and Content-Type are kept",
                    }
                },
            }
        }
    },
}
HTML: dict[str, Any] = {"text/html": {}}
# The body of a 202: an empty object (what was accepted happens later, by mail).
ACCEPTED: dict[str, Any] = {"type": "object", "additionalProperties": False}

ENDPOINTS: tuple[Endpoint, ...] = (
    Endpoint(
        "POST",
        f"{V1}/auth/register",
        accounts.register,
        "Register an account",
        "auth",
        {201: Json(views.Session, "The new user and a token for it.")},
        body="register.json",
        example={
            "nick": "alice.liddell",
            "name": "Alice Liddell",
            "email": "alice@example.com",
            "password": "correct horse battery",
        },
        errors=(409,),
        public=True,
        rpc=(RpcName("add_new_user"),),
        description="Nick and email are unique regardless of case (409 when taken).",
    ),
    Endpoint(
        "POST",
        f"{V1}/auth/login",
        accounts.login,
        "Log in with nick or email",
        "auth",
        {200: Json(views.Session, "The user and a new token.")},
        body="login.json",
        example={"login": "alice@example.com", "password": "correct horse battery"},
        errors=(401, 429),
        public=True,
        description="Wrong login or password is a 401. Failed attempts are throttled per "
        "login name and per client address (429 with Retry-After).",
    ),
    Endpoint(
        "POST",
        f"{V1}/auth/logout",
        accounts.logout,
        "Revoke the token",
        "auth",
        {204: Empty("Revoked.")},
    ),
    Endpoint(
        "POST",
        f"{V1}/auth/verify-email",
        accounts.verify_email,
        "Confirm an email address",
        "auth",
        {204: Empty("The address is confirmed: notification mails go to it from now on.")},
        body="token.json",
        example={"token": "from-the-link-in-the-mail"},
        public=True,
        description="The token of the link mailed on register and on an email change: "
        "single use, 24 hours. A used, expired or unknown one, or one for an address the "
        "user has changed since, is a 422 naming `/token`.",
    ),
    Endpoint(
        "POST",
        f"{V1}/auth/password-reset",
        accounts.request_password_reset,
        "Ask for a password reset link",
        "auth",
        {
            202: Json(
                {"type": "object", "additionalProperties": False}, "Accepted, whatever the address."
            )
        },
        body="password_reset.json",
        example={"email": "alice@example.com"},
        public=True,
        description="The same answer, in the same time, for an address no account has: "
        "nothing tells who has an account. A known address gets a link (single use, one "
        "hour), at most `limits.reset_mails` (3) an hour.",
    ),
    Endpoint(
        "POST",
        f"{V1}/auth/password-reset/confirm",
        accounts.reset_password,
        "Set a new password from a reset link",
        "auth",
        {204: Empty("Set; every session of the user has ended.")},
        body="password_reset_confirm.json",
        example={"token": "from-the-link-in-the-mail", "password": "staple battery horse"},
        public=True,
        description="A used, expired or unknown token is a 422 naming `/token`. Every token "
        "(session) of the user is revoked, every other reset link ends, and the address "
        "counts as confirmed.",
    ),
    Endpoint(
        "GET",
        f"{V1}/auth/sessions",
        accounts.get_sessions,
        "The caller's sessions",
        "auth",
        {200: Json(views.SessionList, "Live sessions, the most recently used first.")},
        description="Each token is a session: when it was opened and last used (written "
        "at most once a minute), the User-Agent of the client that opened it, and whether "
        "it is the one of this request.",
    ),
    Endpoint(
        "DELETE",
        f"{V1}/auth/sessions",
        accounts.end_other_sessions,
        "End every session but this one",
        "auth",
        {204: Empty("Ended; their WebSockets are closed (4401) in every API process.")},
    ),
    Endpoint(
        "DELETE",
        f"{V1}/auth/sessions/{{id}}",
        accounts.end_session,
        "End one session",
        "auth",
        {204: Empty("Ended; its WebSockets are closed (4401) in every API process.")},
        params=(params.SESSION_ID,),
        errors=(404,),
        description="The current session too (then it is a logout). Another user's session, "
        "or one already ended, is a 404.",
    ),
    Endpoint(
        "GET",
        f"{V1}/users",
        users.get_users,
        "Search users by nick or name prefix",
        "users",
        {200: Json(views.UserPage, "Users in id order.")},
        params=(params.USER_QUERY, params.AFTER_USER_ID, params.LIMIT),
        rpc=(RpcName("get_users"),),
    ),
    Endpoint(
        "GET",
        f"{V1}/users/me",
        users.get_me,
        "The caller's own user",
        "users",
        {200: Json(views.User, "With email.")},
    ),
    Endpoint(
        "PATCH",
        f"{V1}/users/me",
        users.patch_me,
        "Change the caller's name, email or avatar",
        "users",
        {200: Json(views.User, "The updated user, with email.")},
        body="user_patch.json",
        example={"name": "Alice L.", "avatar": "https://example.com/alice.png"},
        errors=(409,),
    ),
    Endpoint(
        "POST",
        f"{V1}/users/me/verification",
        accounts.resend_verification,
        "Mail another link that confirms the caller's address",
        "users",
        {
            202: Json(
                {"type": "object", "additionalProperties": False},
                "Mailed, unless the address is confirmed already.",
            )
        },
        errors=(429,),
        description="At most `limits.verification_mails` (3) an hour (429 with Retry-After).",
    ),
    Endpoint(
        "POST",
        f"{V1}/users/me/password",
        accounts.change_password,
        "Change the caller's password",
        "users",
        {204: Empty("Changed; every other session ended.")},
        body="password_change.json",
        example={"current_password": "correct horse battery", "new_password": "staple battery"},
        errors=(403,),
        description="A wrong `current_password` is a 403. Every other session of the user "
        "ends (their WebSockets close with 4401); this one stays.",
    ),
    Endpoint(
        "DELETE",
        f"{V1}/users/me",
        users.delete_me,
        "Delete the caller's account",
        "users",
        {204: Empty("Deleted; every session ended, in every API process.")},
        body="account_delete.json",
        example={"password": "correct horse battery"},
        errors=(403,),
        description="A wrong `password` is a 403 and changes nothing. The account's email, "
        "password and sessions are removed and its nick is free; it leaves every chat (a "
        "group's ownership passes to its longest-standing member, and each chat's members "
        "get `member.removed`). Its messages stay, and the user reads `{id, nick: null, "
        'name: "Deleted user", avatar: null, created_at, deleted: true}`.',
    ),
    Endpoint(
        "POST",
        f"{V1}/users/me/export",
        exports.request_export,
        "Ask for a zip of the caller's data",
        "users",
        {202: Json(views.ExportTicket, "Accepted; GET the export by its id.")},
        description="The worker builds a zip of `export.json` (the profile, the chats, "
        "every message the caller wrote and every file they uploaded, described by "
        "messenger/tasks/export.schema.json) and the uploaded files under `attachments/`.",
    ),
    Endpoint(
        "GET",
        f"{V1}/users/me/exports/{{id}}",
        exports.get_export,
        "Fetch an export",
        "users",
        {
            200: Content(
                "The zip.",
                {"application/zip": {"schema": {"type": "string", "format": "binary"}}},
            ),
            202: Json(views.ExportTicket, "Still being built; ask again."),
        },
        params=(params.EXPORT_ID,),
        errors=(404,),
        raw=True,
        description="The caller's own exports only: another user's, or one older than "
        "`exports.keep_days` (7), is a 404.",
    ),
    Endpoint(
        "GET",
        f"{V1}/users/{{id}}",
        users.get_user,
        "One user",
        "users",
        {200: Json(views.User, "The user; email only when it is the caller.")},
        params=(params.USER_ID,),
        errors=(404,),
    ),
    Endpoint(
        "GET",
        f"{V1}/chats",
        chats.get_chats,
        "The caller's chats, most recent activity first",
        "chats",
        {200: Json(views.ChatPage, "With each chat's last message and unread count.")},
        params=(params.CHAT_CURSOR, params.LIMIT),
        rpc=(RpcName("get_chats"),),
    ),
    Endpoint(
        "POST",
        f"{V1}/chats",
        chats.create_chat,
        "Create a personal or group chat",
        "chats",
        {
            201: Json(views.Chat, "Created."),
            200: Json(views.Chat, "The personal chat the pair already has."),
        },
        body="chat_create.json",
        example={"is_group_chat": True, "topic": "Weekend plans", "member_ids": [2, 3]},
        rpc=(RpcName("add_new_chat"),),
        description="A personal chat names exactly one other user and has no topic or "
        "avatar; a group needs a topic and the caller becomes its owner. Unknown user ids "
        "are a 422 naming the array index. Every other member is mailed.",
    ),
    Endpoint(
        "GET",
        f"{V1}/chats/{{id}}",
        chats.get_chat,
        "One chat",
        "chats",
        {200: Json(views.Chat, "The chat.")},
        params=(params.CHAT_ID,),
        errors=(404,),
    ),
    Endpoint(
        "GET",
        f"{V1}/chats/{{id}}/members",
        members.get_members,
        "The members of a chat",
        "members",
        {200: Json(views.MemberPage, "Members in user id order.")},
        params=(params.CHAT_ID, params.AFTER_MEMBER_USER_ID, params.LIMIT),
        errors=(404,),
        rpc=(RpcName("get_participants_of_chat"),),
    ),
    Endpoint(
        "POST",
        f"{V1}/chats/{{id}}/members",
        members.add_members,
        "Add users to a group chat (owner only)",
        "members",
        {200: Json(views.AddedMembers, "The members that are new.")},
        params=(params.CHAT_ID,),
        body="members_add.json",
        example={"user_ids": [4]},
        errors=(403, 404),
        description="403 for a personal chat or a caller who is not the owner.",
    ),
    Endpoint(
        "DELETE",
        f"{V1}/chats/{{id}}/members/{{user_id}}",
        members.remove_member,
        "Remove a member, or leave",
        "members",
        {204: Empty("Removed.")},
        params=(params.CHAT_ID, params.MEMBER_USER_ID),
        errors=(403, 404),
        description="The owner removes anyone; anyone removes themself. When the owner "
        "leaves, the longest-standing member becomes owner. Personal chats have fixed "
        "members (403).",
    ),
    Endpoint(
        "GET",
        f"{V1}/chats/{{id}}/messages",
        messages.get_messages,
        "A chat's messages",
        "messages",
        {200: Json(views.MessagePage, "Newest first, or oldest first with `after`.")},
        params=(params.CHAT_ID, params.BEFORE_MESSAGE_ID, params.AFTER_MESSAGE_ID, params.LIMIT),
        errors=(404,),
        rpc=(RpcName("get_messages"),),
    ),
    Endpoint(
        "POST",
        f"{V1}/chats/{{id}}/messages",
        messages.send_message,
        "Send a message",
        "messages",
        {
            201: Json(views.Message, "Sent."),
            200: Json(
                views.Message,
                "A retry: the message first sent with this `client_message_id`; nothing "
                "is duplicated.",
            ),
        },
        params=(params.CHAT_ID,),
        body="message_create.json",
        example={
            "content": "Hello!",
            "client_message_id": "6f1c1a52-6bd4-4b55-9d1f-1d2b8a7f3a10",
            "attachment_ids": [],
        },
        errors=(404, 409, 429),
        # add_new_attach: the same send, of a message carrying uploads (see its schema).
        rpc=(
            RpcName("add_new_message"),
            RpcName("add_new_attach", also=("rpc_add_new_attach.json",)),
        ),
        description="The same `client_message_id` with different content or attachments "
        "is a 409. `attachment_ids` must be the caller's unattached uploads in this chat "
        "(422 otherwise). `reply_to_id` answers a message of this chat (422 otherwise). "
        "`forward_message_id` sends on a message the caller can read in any of their chats "
        "(422 otherwise), its content and files copied: a forward takes neither `content` "
        "nor `attachment_ids` (422). `@nick` of a member in `content` is a mention. More "
        "than `limits.messages` sends in `limits.messages_window_seconds` (30 in 10 s by "
        "default, counted across every API process) are a 429 with Retry-After.",
    ),
    Endpoint(
        "DELETE",
        f"{V1}/chats/{{id}}/messages",
        messages.clear_chat,
        "Delete every message of a chat",
        "messages",
        {204: Empty("Cleared.")},
        params=(params.CHAT_ID,),
        errors=(403, 404),
        rpc=(RpcName("remove_all_messages"),),
        description="The owner of a group, or either member of a personal chat.",
    ),
    Endpoint(
        "PATCH",
        f"{V1}/chats/{{id}}",
        chats.patch_chat,
        "Change how long a chat keeps its messages",
        "chats",
        {200: Json(views.Chat, "The chat as the caller sees it now.")},
        params=(params.CHAT_ID,),
        body="chat_patch.json",
        example={"retention_days": 30},
        errors=(403, 404),
        description="The owner of a group, or either member of a personal chat. Messages "
        "older than `retention_days` are deleted by the server within the hour (with "
        "their files, reactions and pins; replies show them deleted); the server's own "
        "`retention.days`, if set, applies when it is shorter.",
    ),
    Endpoint(
        "PATCH",
        f"{V1}/chats/{{id}}/settings",
        chats.update_settings,
        "Change the caller's settings of a chat (mute)",
        "chats",
        {200: Json(views.ChatSettings, "The settings now.")},
        params=(params.CHAT_ID,),
        body="chat_settings.json",
        example={"muted": True},
        errors=(404,),
        description="A muted chat sends the caller no mail (mentions, digest); it still "
        "counts unread messages and pushes events.",
    ),
    Endpoint(
        "GET",
        f"{V1}/chats/{{id}}/pins",
        pins.get_pins,
        "The pinned messages of a chat, newest pin first",
        "messages",
        {200: Json(views.PinPage, "Pinned messages.")},
        params=(params.CHAT_ID, params.BEFORE_PIN, params.LIMIT),
        errors=(404,),
    ),
    Endpoint(
        "PUT",
        f"{V1}/chats/{{id}}/pins/{{message_id}}",
        pins.pin_message,
        "Pin a message (idempotent)",
        "messages",
        {204: Empty("Pinned.")},
        params=(params.CHAT_ID, params.PIN_MESSAGE_ID),
        errors=(403, 404, 422),
        description="In a group only its owner pins (403 otherwise); in a personal chat "
        "either member. At most 50 pins per chat (422 above it). A message of another chat "
        "is a 404.",
    ),
    Endpoint(
        "DELETE",
        f"{V1}/chats/{{id}}/pins/{{message_id}}",
        pins.unpin_message,
        "Unpin a message (idempotent)",
        "messages",
        {204: Empty("Not pinned (any more).")},
        params=(params.CHAT_ID, params.PIN_MESSAGE_ID),
        errors=(403, 404),
        description="The same rights as pinning.",
    ),
    Endpoint(
        "GET",
        f"{V1}/search/messages",
        search.search_messages,
        "Search messages in the caller's chats, newest first",
        "messages",
        {200: Json(views.SearchPage, "Matching messages with the offsets of the matches.")},
        params=(
            params.SEARCH_QUERY,
            params.SEARCH_CHAT_ID,
            params.SEARCH_USER_ID,
            params.BEFORE_MESSAGE_ID,
            params.LIMIT,
        ),
        errors=(404, 422),
        rpc=(RpcName("search_messages"),),
        description="Only the chats the caller is a member of now. Words match by their "
        'Russian or English stem ("сообщения" finds "сообщение", "running" finds '
        '"run"); `word*` matches words that start so; `"a phrase"` matches those words '
        "in that order; text in scripts without spaces (Chinese, Japanese) and emoji match as "
        "substrings. All terms must match. A text of only stop words finds nothing (200). "
        "`highlights` are offsets into `content`, never markup.",
    ),
    Endpoint(
        "POST",
        f"{V1}/chats/{{id}}/read",
        messages.mark_read,
        "Move the caller's read marker forward",
        "messages",
        {200: Json(views.UnreadCount, "The caller's unread count in this chat.")},
        params=(params.CHAT_ID,),
        body="read.json",
        example={"message_id": 42},
        errors=(404,),
        description="The marker never moves back, nor past the chat's newest message.",
    ),
    Endpoint(
        "POST",
        f"{V1}/chats/{{id}}/attachments",
        attachments.upload,
        "Upload a file to a chat",
        "attachments",
        {201: Json(views.Attachment, "Stored; attach it by sending a message.")},
        params=(params.CHAT_ID,),
        errors=(404, 413, 415, 422),
        raw=True,
        request_body=UPLOAD_BODY,
        description="multipart/form-data with a part named `file` (422 without one); over "
        "the configured size limit (10 MiB by default) is a 413.",
    ),
    Endpoint(
        "PATCH",
        f"{V1}/messages/{{id}}",
        messages.edit_message,
        "Edit a message (author only)",
        "messages",
        {200: Json(views.Message, "The edited message.")},
        params=(params.MESSAGE_ID,),
        body="message_patch.json",
        example={"content": "Hello, everyone!"},
        errors=(403, 404),
        rpc=(RpcName("change_message_content"),),
    ),
    Endpoint(
        "DELETE",
        f"{V1}/messages/{{id}}",
        messages.delete_message,
        "Delete a message (author, or the group's owner)",
        "messages",
        {204: Empty("Deleted, with its attachments.")},
        params=(params.MESSAGE_ID,),
        errors=(403, 404),
        rpc=(RpcName("remove_message"),),
    ),
    Endpoint(
        "PUT",
        f"{V1}/messages/{{id}}/reactions/{{emoji}}",
        reactions.add_reaction,
        "React to a message (idempotent)",
        "messages",
        {200: Json(views.Reactions, "The message's reactions now.")},
        params=(params.MESSAGE_ID, params.EMOJI),
        errors=(404, 422),
        description="Members only (404 otherwise). `emoji` is one emoji (a single grapheme "
        "with the Unicode Emoji property), percent-encoded in the path; anything else is a "
        "422, and so is a 21st different emoji on one message.",
    ),
    Endpoint(
        "DELETE",
        f"{V1}/messages/{{id}}/reactions/{{emoji}}",
        reactions.remove_reaction,
        "Take back a reaction (idempotent)",
        "messages",
        {200: Json(views.Reactions, "The message's reactions now.")},
        params=(params.MESSAGE_ID, params.EMOJI),
        errors=(404, 422),
    ),
    Endpoint(
        "GET",
        f"{V1}/attachments/{{id}}",
        attachments.download,
        "Download an attachment (members only)",
        "attachments",
        {
            200: Content(
                "The file, with its content type. Images (PNG, JPEG, GIF, WebP) are inline, "
                "anything else a download.",
                {"*/*": {"schema": {"type": "string", "format": "binary"}}},
                headers={
                    "Content-Disposition": {
                        "description": "inline or attachment, with the filename",
                        "schema": {"type": "string"},
                    }
                },
            )
        },
        params=(params.ATTACHMENT_ID,),
        errors=(404,),
        raw=True,
    ),
    Endpoint(
        "GET",
        f"{V1}/ws",
        live.websocket,
        "Live chat events over a WebSocket",
        "realtime",
        {101: Empty("Switching Protocols: the WebSocket is open, pushing events.")},
        params=(params.WS_TOKEN,),
        errors=(400, 401),
        public=True,
        raw=True,
        description=WEBSOCKET_DESCRIPTION,
    ),
    Endpoint(
        "POST",
        "/api/rpc",
        rpc.handle_rpc,
        "JSON-RPC 2.0: the seed's methods over the same operations",
        "rpc",
        {
            200: Json(
                {"$ref": "#/components/schemas/RpcAnswer"},
                "The answer, or the answers of a batch in its order; JSON-RPC errors are "
                "answered with 200 too.",
            ),
            204: Empty("Only notifications: nothing to answer."),
        },
        errors=(413, 415),
        public=True,
        optional_token=True,
        raw=True,
        request_body={
            "required": True,
            "content": {
                "application/json": {"schema": {"$ref": "#/components/schemas/RpcPayload"}}
            },
        },
    ),
    Endpoint(
        "GET",
        "/healthz",
        health.healthz,
        "Liveness, with the state of each dependency",
        "meta",
        {
            200: Json(views.Health, "The database is up (others may be down)."),
            503: Json(views.Health, "The database is down."),
        },
        public=True,
    ),
    Endpoint(
        "GET",
        "/metrics",
        metrics.prometheus_metrics,
        "Prometheus metrics of this process",
        "meta",
        {
            200: Content(
                "Request counts and latencies by route template and status, and the state "
                "of the database pool, the chat-list cache, the event bus and the "
                "WebSockets, in the Prometheus text format (OpenMetrics when the Accept "
                "header asks for it).",
                {
                    "text/plain": {"schema": {"type": "string"}},
                    "application/openmetrics-text": {"schema": {"type": "string"}},
                },
            )
        },
        public=True,
        raw=True,
    ),
    Endpoint(
        "GET",
        docs.DOCUMENT_URL,
        docs.openapi_json,
        "This document",
        "meta",
        {200: Json({"type": "object"}, "The OpenAPI 3.1 document.")},
        public=True,
        raw=True,
    ),
    Endpoint(
        "GET",
        "/api/docs",
        docs.docs_page,
        "The API documentation page",
        "meta",
        {200: Content("HTML", HTML)},
        public=True,
        raw=True,
    ),
    Endpoint(
        "GET",
        f"{docs.STATIC_PREFIX}{{name}}",
        docs.docs_asset,
        "A file of the documentation page",
        "meta",
        {200: Content("The file.", {"text/javascript": {}, "text/css": {}, "image/png": {}})},
        params=(params.file_name("DocsAsset", "a file name of the bundled Swagger UI"),),
        errors=(404,),
        public=True,
        raw=True,
    ),
    Endpoint(
        "GET",
        "/",
        client.client_page,
        "The browser client",
        "meta",
        {200: Content("HTML", HTML)},
        public=True,
        raw=True,
    ),
    Endpoint(
        "GET",
        f"{client.ASSET_PREFIX}{{name}}",
        client.client_asset,
        "A file of the browser client",
        "meta",
        # Every type the handler serves (index.html too), not only the usual.
        {
            200: Content(
                "The file.",
                {media.split(";")[0]: {} for media in client.CONTENT_TYPES.values()},
            )
        },
        params=(
            params.file_name(
                "WebAsset", "a file name of the browser client (app.js, app.css, icon.svg)"
            ),
        ),
        errors=(404,),
        public=True,
        raw=True,
    ),
)

# The JSON-RPC methods: the rows above that name one.
RPC_METHODS = rpc.method_table(ENDPOINTS)

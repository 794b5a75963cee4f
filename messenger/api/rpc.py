"""JSON-RPC 2.0 at POST /api/rpc: the seed's method names over the operations REST uses.

Each method validates its params with the JSON Schema files of the REST request it
mirrors (plus `rpc_*.json` where the REST request is a path or a query, not a body),
calls the same operation in messenger.operations.accounts/chats/messaging and returns what the
REST handler would, built by messenger.operations.views. No rule lives here.

method                    params: the schemas, applied in turn          result
get_users                 rpc_get_users.json {q?, after?, limit?}       {items: [user], next}
get_chats                 rpc_get_chats.json {after?, limit?}           {items: [chat], next}
get_messages              rpc_get_messages.json                         {items: [message], next}
                          {chat_id, before?, after?, limit?}
get_participants_of_chat  rpc_get_participants_of_chat.json             {items: [member], next}
                          {chat_id, after?, limit?}
add_new_user              register.json (no token needed)               {user, token}
add_new_chat              chat_create.json                              chat (an existing
                                                                        personal chat as is)
add_new_message           rpc_chat_id.json + message_create.json        message
add_new_attach            rpc_chat_id.json + message_create.json        message
                          + rpc_add_new_attach.json
remove_message            rpc_message_id.json                           null
remove_all_messages       rpc_chat_id.json                              null
change_message_content    rpc_message_id.json + message_patch.json      message

add_new_attach works by reference: the file is uploaded first with POST
/api/v1/chats/{id}/attachments (a JSON body cannot carry it within the body limit), then
add_new_attach sends one message carrying the uploads' ids (see rpc_add_new_attach.json).

Protocol decisions
- Transport: POST with Content-Type application/json, or 415 in the API.md error shape,
  as for REST (a body over server.max_body_bytes is likewise 413). From there on every
  answer is JSON-RPC with HTTP 200, errors included, or 204 without a body when there is
  nothing to answer (a notification, or a batch of only notifications).
- Params by name only: a JSON object, or absent for `{}`. A positional array is -32602:
  the names are the contract that the schemas validate and report paths in, and a
  second, order-based contract would break whenever an optional param is added.
- Auth: the route is public to the auth middleware; the bearer token (same header, same
  lookup) is resolved here, at most once per HTTP request and only when a call needs it.
  Every method but add_new_user needs it; without a valid one the call fails with -32001
  and the other calls of a batch go on.
- A batch runs its calls one after another in array order, and answers in that order
  (clients still match answers by id, as the spec says). So "send, then edit" in one
  batch is deterministic, message ids follow the array, and one HTTP request holds at
  most one database connection.
- Unknown members of a request object are ignored; `id` may be a string, a number or
  null (null is answered: only a missing `id` makes a notification). Notifications get
  no answer even when they fail, as the spec says.

Error codes. `data` is always `{"code": <API.md error code>, "details": [{path, message}]}`
(the API.md error object without its message, which is the JSON-RPC `message`). Detail
paths are JSON pointers into `params` for -32602, into the request object for -32600.

code    meaning                                                          data.code
-32700  parse error: the body is not JSON (not UTF-8, NaN, empty, too deep)  bad_request
-32600  invalid request: not an object; bad jsonrpc, method, id or params;   bad_request
        an empty batch or one over MAX_BATCH_CALLS
-32601  method not found                                                 not_found
-32602  invalid params: a schema failure, or a param the operation       validation_failed or
        refuses (a malformed cursor, before together with after)         bad_request
-32603  internal error: unexpected, logged with the request id that the  internal_error
        message quotes; never a traceback
-32001  no token, or an unknown, expired or revoked one                  unauthorized
-32003  a member, but not allowed (edit someone else's message)          forbidden
-32004  no such object, or the caller may not know it (not a member)     not_found
-32009  nick or email taken; client_message_id reused, other content     conflict
-32013  too large                                                        too_large
-32029  rate limited                                                     rate_limited
-32000  any other domain error                                           its code

The server error codes are -32000 minus the last two digits of the REST status, so a
client that knows the HTTP table can read them.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any
from uuid import UUID

from aiohttp import web

from messenger.api.keys import CURRENT_TOKEN, CURRENT_USER, REQUEST_ID, SERVICES
from messenger.api.middlewares import bearer_token, public
from messenger.api.params import DEFAULT_LIMIT
from messenger.api.validation import body_schema, read_json
from messenger.errors import BadRequest, DomainError, ErrorDetail, Unauthorized, ValidationFailed
from messenger.operations import accounts, chats
from messenger.operations import messages as messaging
from messenger.operations import views as serializers
from messenger.repository.db import Row
from messenger.services.container import Services

log = logging.getLogger("messenger.api.rpc")

JSON = dict[str, Any]

PARSE_ERROR = -32700
INVALID_REQUEST = -32600
METHOD_NOT_FOUND = -32601
INVALID_PARAMS = -32602
INTERNAL_ERROR = -32603
SERVER_ERROR = -32000
SERVER_ERROR_OF_CODE = {
    "unauthorized": -32001,
    "forbidden": -32003,
    "not_found": -32004,
    "conflict": -32009,
    "too_large": -32013,
    "rate_limited": -32029,
}
# Refusals of what the caller sent: to a JSON-RPC client these are all bad params.
INVALID_PARAMS_CODES = frozenset({"validation_failed", "bad_request"})

# A batch runs its calls one after another inside one HTTP request: without a bound, one
# request (up to server.max_body_bytes of tiny calls) could hold a worker and a database
# connection for as long as it likes. 50 covers a client's start-up burst (its chat list
# and a page of each open chat) with room to spare.
MAX_BATCH_CALLS = 50


class Caller:
    """The user of the request's bearer token, looked up at most once per HTTP request
    and only when a call needs it."""

    def __init__(self, request: web.Request) -> None:
        self.request = request
        self._user: Row | None = None
        self._refusal: str | None = None

    async def user(self) -> Row:
        if self._user is None and self._refusal is None:
            await self._authenticate()
        if self._user is None:
            raise Unauthorized(self._refusal or "unauthorized")
        return self._user

    async def _authenticate(self) -> None:
        token = bearer_token(self.request)
        if token is None:
            self._refusal = "send Authorization: Bearer <token>"
            return
        try:
            self._user = await accounts.authenticate(self.request.app[SERVICES], token)
        except Unauthorized as error:
            self._refusal = error.message
            return
        self.request[CURRENT_USER] = self._user
        self.request[CURRENT_TOKEN] = token


@dataclass(frozen=True)
class Call:
    """One validated call: what a method needs to reach its operation."""

    services: Services
    params: JSON
    user: Row | None

    @property
    def me(self) -> int:
        if self.user is None:  # only public methods run without a user, and never ask
            raise Unauthorized("send Authorization: Bearer <token>")
        return int(self.user["id"])


@dataclass(frozen=True)
class Method:
    run: Callable[[Call], Awaitable[Any]]
    # Validate the params, in order; each takes the output (trimmed) of the one before.
    schemas: tuple[str, ...]
    # A schema whose properties (the REST path id, e.g. chat_id) are taken out of the
    # params and validated apart, so `schemas` can be the REST body schema unchanged.
    target: str | None = None
    public: bool = False


async def get_users(call: Call) -> JSON:
    params = call.params
    page = await accounts.get_users(
        call.services,
        query=params.get("q", ""),
        after=params.get("after", 0),
        limit=params.get("limit", DEFAULT_LIMIT),
    )
    items = [serializers.user(row, viewer_id=call.me) for row in page.items]
    return serializers.page(items, page.next)


async def get_chats(call: Call) -> JSON:
    return await chats.get_chats(
        call.services,
        call.me,
        limit=call.params.get("limit", DEFAULT_LIMIT),
        after=call.params.get("after") or None,
    )


async def get_messages(call: Call) -> JSON:
    params = call.params
    page = await messaging.get_messages(
        call.services,
        call.me,
        params["chat_id"],
        limit=params.get("limit", DEFAULT_LIMIT),
        before=params.get("before"),
        after=params.get("after"),
    )
    return serializers.page([serializers.message(row) for row in page.items], page.next)


async def get_participants_of_chat(call: Call) -> JSON:
    params = call.params
    page = await chats.get_participants_of_chat(
        call.services,
        call.me,
        params["chat_id"],
        after=params.get("after", 0),
        limit=params.get("limit", DEFAULT_LIMIT),
    )
    items = [serializers.member(row, viewer_id=call.me) for row in page.items]
    return serializers.page(items, page.next)


async def add_new_user(call: Call) -> JSON:
    params = call.params
    user, token = await accounts.add_new_user(
        call.services,
        nick=params["nick"],
        name=params["name"],
        email=params["email"],
        password=params["password"],
        avatar=params.get("avatar"),
    )
    return {"user": serializers.user(user, viewer_id=user["id"]), "token": token}


async def add_new_chat(call: Call) -> JSON:
    params = call.params
    chat, _created = await chats.add_new_chat(
        call.services,
        call.me,
        is_group_chat=params["is_group_chat"],
        member_ids=params["member_ids"],
        topic=params.get("topic"),
        avatar=params.get("avatar"),
    )
    return serializers.chat(chat)


async def add_new_message(call: Call) -> JSON:
    params = call.params
    client_id = params.get("client_message_id")
    message, _created = await messaging.add_new_message(
        call.services,
        call.me,
        params["chat_id"],
        content=params["content"],
        client_message_id=UUID(client_id) if client_id else None,
        attachment_ids=params.get("attachment_ids"),
    )
    return serializers.message(message)


async def remove_message(call: Call) -> None:
    await messaging.remove_message(call.services, call.me, call.params["message_id"])


async def remove_all_messages(call: Call) -> None:
    await messaging.remove_all_messages(call.services, call.me, call.params["chat_id"])


async def change_message_content(call: Call) -> JSON:
    message = await messaging.change_message_content(
        call.services, call.me, call.params["message_id"], content=call.params["content"]
    )
    return serializers.message(message)


METHODS: dict[str, Method] = {
    "get_users": Method(get_users, ("rpc_get_users.json",)),
    "get_chats": Method(get_chats, ("rpc_get_chats.json",)),
    "get_messages": Method(get_messages, ("rpc_get_messages.json",)),
    "get_participants_of_chat": Method(
        get_participants_of_chat, ("rpc_get_participants_of_chat.json",)
    ),
    "add_new_user": Method(add_new_user, ("register.json",), public=True),
    "add_new_chat": Method(add_new_chat, ("chat_create.json",)),
    "add_new_message": Method(add_new_message, ("message_create.json",), "rpc_chat_id.json"),
    # The same operation: a message that carries uploads (see rpc_add_new_attach.json).
    "add_new_attach": Method(
        add_new_message, ("message_create.json", "rpc_add_new_attach.json"), "rpc_chat_id.json"
    ),
    "remove_message": Method(remove_message, ("rpc_message_id.json",)),
    "remove_all_messages": Method(remove_all_messages, ("rpc_chat_id.json",)),
    "change_message_content": Method(
        change_message_content, ("message_patch.json",), "rpc_message_id.json"
    ),
}


def validate_params(method: Method, params: JSON) -> JSON:
    """The params as the method's schemas normalise them, or ValidationFailed with every
    failing path (of the target and of the body alike)."""
    details: list[ErrorDetail] = []

    def checked(schema_name: str, value: JSON) -> JSON:
        try:
            return body_schema(schema_name).validate(value)
        except ValidationFailed as error:
            details.extend(error.details)
            return value

    rest = dict(params)
    target: JSON = {}
    if method.target is not None:
        names = body_schema(method.target).schema["properties"]
        target = checked(method.target, {k: rest.pop(k) for k in names if k in rest})
    for schema_name in method.schemas:
        rest = checked(schema_name, rest)
    if details:
        # Two schemas may both refuse one value (attachment_ids of the wrong type).
        unique = sorted(set(details), key=lambda d: (d.path, d.message))
        raise ValidationFailed("the params are invalid", unique)
    return target | rest


def _details(details: list[ErrorDetail]) -> list[JSON]:
    return [{"path": d.path, "message": d.message} for d in details]


def error_object(
    code: int, message: str, api_code: str, details: list[ErrorDetail] | None = None
) -> JSON:
    return {
        "code": code,
        "message": message,
        "data": {"code": api_code, "details": _details(details or [])},
    }


def domain_error_object(error: DomainError) -> JSON:
    if error.code in INVALID_PARAMS_CODES:
        code = INVALID_PARAMS
    else:
        code = SERVER_ERROR_OF_CODE.get(error.code, SERVER_ERROR)
    return error_object(code, error.message, error.code, error.details)


def answer(call_id: Any, outcome: JSON) -> JSON:
    """A response object: `outcome` is {"result": ...} or {"error": ...}."""
    return {"jsonrpc": "2.0", **outcome, "id": call_id}


def refusal(
    code: int, message: str, details: list[ErrorDetail] | None = None, call_id: Any = None
) -> JSON:
    """The answer to a body or request object that is not a valid call."""
    return answer(call_id, {"error": error_object(code, message, "bad_request", details)})


def _is_id(value: Any) -> bool:
    return value is None or isinstance(value, str | float) or type(value) is int


def _request_problems(call: JSON) -> list[ErrorDetail]:
    problems = []
    if call.get("jsonrpc") != "2.0":
        problems.append(ErrorDetail("/jsonrpc", 'must be "2.0"'))
    if not isinstance(call.get("method"), str):
        problems.append(ErrorDetail("/method", "must be a string"))
    if not _is_id(call.get("id")):
        problems.append(ErrorDetail("/id", "must be a string, a number or null"))
    if "params" in call and not isinstance(call["params"], dict | list):
        problems.append(ErrorDetail("/params", "must be an object"))
    return problems


async def _outcome(caller: Caller, name: str, params: JSON | list[Any]) -> JSON:
    method = METHODS.get(name)
    if method is None:
        detail = ErrorDetail("/method", f"no method named {name[:100]!r}")
        return {"error": error_object(METHOD_NOT_FOUND, "method not found", "not_found", [detail])}
    request = caller.request
    try:
        user = None if method.public else await caller.user()
        if not isinstance(params, dict):
            raise ValidationFailed(
                "params are taken by name: send an object",
                [ErrorDetail("", "must be an object")],
            )
        call = Call(request.app[SERVICES], validate_params(method, params), user)
        return {"result": await method.run(call)}
    except DomainError as error:
        return {"error": domain_error_object(error)}
    except Exception:
        log.exception("unexpected error in %s [request_id=%s]", name, request.get(REQUEST_ID))
        message = f"an unexpected error occurred; quote request id {request.get(REQUEST_ID)}"
        return {"error": error_object(INTERNAL_ERROR, message, "internal_error")}


async def dispatch(caller: Caller, call: Any) -> JSON | None:
    """The answer to one request object, or None for a notification."""
    if not isinstance(call, dict):
        problem = ErrorDetail("", "must be an object")
        return refusal(INVALID_REQUEST, "invalid request", [problem])
    problems = _request_problems(call)
    if problems:
        # Answered even without an id (the spec's examples do); the id only when valid.
        call_id = call.get("id") if _is_id(call.get("id")) else None
        return refusal(INVALID_REQUEST, "invalid request", problems, call_id)
    outcome = await _outcome(caller, call["method"], call.get("params", {}))
    if "id" not in call:
        return None
    return answer(call["id"], outcome)


def _respond(payload: JSON | list[JSON] | None) -> web.Response:
    if payload is None or payload == []:
        return web.Response(status=204)
    return web.json_response(payload)


@public
async def handle_rpc(request: web.Request) -> web.Response:
    try:
        payload = await read_json(request)
    except BadRequest as error:
        return _respond(refusal(PARSE_ERROR, error.message))
    caller = Caller(request)
    if not isinstance(payload, list):
        return _respond(await dispatch(caller, payload))
    if not 1 <= len(payload) <= MAX_BATCH_CALLS:
        problem = ErrorDetail("", f"a batch holds 1 to {MAX_BATCH_CALLS} calls")
        return _respond(refusal(INVALID_REQUEST, "invalid request", [problem]))
    answers = []
    for call in payload:
        reply = await dispatch(caller, call)
        if reply is not None:
            answers.append(reply)
    return _respond(answers)

"""JSON-RPC 2.0 at POST /api/rpc: the protocol only.

The methods are the rows of the endpoint table (messenger/api/endpoints.py) that name a
JSON-RPC method (`RpcName`); `method_table` builds them. A method's params are the
endpoint's parameters by their argument names (`chat_id` for the REST path's `{id}`)
and, beside them, its body's properties; they are validated by the same schemas REST
uses (the parameters' own, the body's file, and any `also` files of the method), and the
very handler REST calls runs with them, so its result is what REST would answer (null
for a 204). No rule lives here.

add_new_attach works by reference: the file is uploaded first with POST
/api/v1/chats/{id}/attachments (a JSON body cannot carry it within the body limit), then
add_new_attach sends one message carrying the uploads' ids (see rpc_add_new_attach.json).

Protocol decisions
- Transport: POST with Content-Type application/json, or 415 in the docs/API.md error shape,
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

Error codes. `data` is always `{"code": <docs/API.md error code>, "details": [{path, message}]}`
(the docs/API.md error object without its message, which is the JSON-RPC `message`). Detail
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
-32000  any other domain error, such as the database out of reach        its code
        (`unavailable`: call again in a moment)

The server error codes are -32000 minus the last two digits of the REST status, so a
client that knows the HTTP table can read them.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Annotated, Any, TypedDict

from aiohttp import web

from messenger.api import errors as error_shape
from messenger.api.endpoint import Call, Endpoint, Schema, json_value
from messenger.api.keys import CURRENT_TOKEN, CURRENT_USER, REQUEST_ID, SERVICES
from messenger.api.middlewares import bearer_token
from messenger.api.validation import CompiledSchema, body_schema, read_json
from messenger.errors import BadRequest, DomainError, ErrorDetail, Unauthorized, ValidationFailed
from messenger.operations import accounts
from messenger.operations.views import Spec

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
SCHEMA_REF = "#/components/schemas/"


@dataclass(frozen=True)
class Method:
    """One JSON-RPC method: the endpoint it reaches and how its params are checked."""

    name: str
    endpoint: Endpoint
    # The endpoint's parameters as one object of params, by their argument names.
    params: CompiledSchema
    # Schema files the params beside those must meet, in turn: the endpoint's body's,
    # then the method's own (`RpcName.also`).
    body_schemas: tuple[str, ...]

    @property
    def public(self) -> bool:
        return self.endpoint.public

    @property
    def param_names(self) -> tuple[str, ...]:
        return tuple(param.arg for param in self.endpoint.params)


# The app's method table (messenger.api.endpoints.RPC_METHODS), put there by create_app.
METHOD_TABLE: web.AppKey[dict[str, Method]] = web.AppKey("rpc_methods")


def params_schema(endpoint: Endpoint) -> dict[str, Any]:
    """The endpoint's path and query parameters as the schema of a params object: path
    parameters required, the rest optional (their defaults apply)."""
    properties = {
        param.arg: {**param.schema, "description": param.description} for param in endpoint.params
    }
    required = [param.arg for param in endpoint.params if param.where == "path"]
    return {
        "type": "object",
        "required": required,
        "additionalProperties": False,
        "properties": properties,
    }


def method_table(endpoints: Iterable[Endpoint]) -> dict[str, Method]:
    methods: dict[str, Method] = {}
    for endpoint in endpoints:
        for rpc_name in endpoint.rpc:
            if rpc_name.name in methods:
                raise ValueError(f"two endpoints name the JSON-RPC method {rpc_name.name}")
            body = (endpoint.body,) if endpoint.body is not None else ()
            methods[rpc_name.name] = Method(
                rpc_name.name,
                endpoint,
                CompiledSchema(params_schema(endpoint), base_uri=f"rpc:{rpc_name.name}"),
                body + rpc_name.also,
            )
    return methods


class Caller:
    """The user of the request's bearer token, looked up at most once per HTTP request
    and only when a call needs it."""

    def __init__(self, request: web.Request) -> None:
        self.request = request
        self._user: dict[str, Any] | None = None
        self._token: str | None = None
        self._refusal: str | None = None

    async def call(self, public: bool) -> Call:
        """What the handler gets: the caller, authenticated unless the method is public."""
        if not public and self._user is None and self._refusal is None:
            await self._authenticate()
        if not public and self._user is None:
            raise Unauthorized(self._refusal or "unauthorized")
        return Call(
            services=self.request.app[SERVICES],
            user=self._user,
            token=self._token,
            address=self.request.remote or "unknown",
            user_agent=self.request.headers.get("User-Agent"),
        )

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
        self._token = token
        self.request[CURRENT_USER] = self._user
        self.request[CURRENT_TOKEN] = token


def validate_params(method: Method, params: JSON) -> JSON:
    """The handler's keyword arguments: the params as the method's schemas normalise
    them, with the parameters' defaults; or ValidationFailed with every failing path
    (of the parameters and of the body alike)."""
    details: list[ErrorDetail] = []

    def checked(schema: CompiledSchema, value: JSON) -> JSON:
        try:
            return schema.validate(value)
        except ValidationFailed as error:
            details.extend(error.details)
            return value

    if method.body_schemas:
        rest = dict(params)
        own = checked(method.params, {k: rest.pop(k) for k in method.param_names if k in rest})
        for schema_name in method.body_schemas:
            rest = checked(body_schema(schema_name), rest)
    else:
        own, rest = checked(method.params, params), {}
    if details:
        # Two schemas may both refuse one value (attachment_ids of the wrong type).
        unique = sorted(set(details), key=lambda d: (d.path, d.message))
        raise ValidationFailed("the params are invalid", unique)
    defaults = {param.arg: param.default for param in method.endpoint.params}
    return defaults | own | rest


class RpcErrorData(TypedDict):
    code: Annotated[str, Spec(description="the API error code")]
    details: list[error_shape.ErrorDetail]


class RpcError(TypedDict):
    code: Annotated[int, Spec(description="JSON-RPC error code")]
    message: str
    data: RpcErrorData


def error_object(
    code: int, message: str, api_code: str, details: list[ErrorDetail] | None = None
) -> RpcError:
    return {
        "code": code,
        "message": message,
        "data": {"code": api_code, "details": error_shape.error_details(details)},
    }


def envelope_schemas(method_names: Iterable[str]) -> dict[str, Schema]:
    """The JSON-RPC envelope as document components: what a client posts, and the
    response objects around the results (RpcError comes from its class)."""
    call_id = {
        "type": ["string", "number", "null"],
        "description": "echoed in the answer; leave it out for a notification (no answer)",
    }
    return {
        "RpcCall": {
            "type": "object",
            "required": ["jsonrpc", "method"],
            "properties": {
                "jsonrpc": {"const": "2.0"},
                "method": {"enum": sorted(method_names)},
                "params": {"type": "object", "description": "by name; absent for `{}`"},
                "id": call_id,
            },
        },
        "RpcPayload": {
            "oneOf": [
                {"$ref": f"{SCHEMA_REF}RpcCall"},
                {
                    "type": "array",
                    "items": {"$ref": f"{SCHEMA_REF}RpcCall"},
                    "minItems": 1,
                    "maxItems": MAX_BATCH_CALLS,
                    "description": "a batch, run one call after another in array order",
                },
            ]
        },
        "RpcResponse": {
            "type": "object",
            "required": ["jsonrpc", "id"],
            "properties": {
                "jsonrpc": {"const": "2.0"},
                "result": {"description": "what the REST endpoint would answer; null for none"},
                "error": {"$ref": f"{SCHEMA_REF}RpcError"},
                "id": {"type": ["string", "number", "null"]},
            },
            "oneOf": [{"required": ["result"]}, {"required": ["error"]}],
        },
        "RpcAnswer": {
            "oneOf": [
                {"$ref": f"{SCHEMA_REF}RpcResponse"},
                {"type": "array", "items": {"$ref": f"{SCHEMA_REF}RpcResponse"}},
            ]
        },
    }


def domain_error_object(error: DomainError) -> RpcError:
    if error.code in INVALID_PARAMS_CODES:
        code = INVALID_PARAMS
    else:
        code = SERVER_ERROR_OF_CODE.get(error.code, SERVER_ERROR)
    return error_object(code, error.message, error.code, error.details)


def answer(call_id: Any, outcome: Mapping[str, Any]) -> JSON:
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
    method = caller.request.app[METHOD_TABLE].get(name)
    if method is None:
        detail = ErrorDetail("/method", f"no method named {name[:100]!r}")
        return {"error": error_object(METHOD_NOT_FOUND, "method not found", "not_found", [detail])}
    request = caller.request
    try:
        call = await caller.call(method.public)
        if not isinstance(params, dict):
            raise ValidationFailed(
                "params are taken by name: send an object",
                [ErrorDetail("", "must be an object")],
            )
        arguments = validate_params(method, params)
        return {"result": json_value(await method.endpoint.handler(call, **arguments))}
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


async def handle_rpc(request: web.Request, call: Call) -> web.Response:
    """The whole body: one call or a batch. `call` is unused: each call authenticates
    on its own, only if its method needs it (see Caller)."""
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

"""The OpenAPI 3.1 document of the HTTP API (GET /api/openapi.json), built once per
process from the endpoint table (messenger.api.endpoints): its paths and parameters from
the rows, request bodies from the schema files that validate them
(messenger.api.request_schemas), and response schemas from the TypedDicts that shape
the answers (messenger.api.shapes)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from typing import Any

from messenger.api import rpc
from messenger.api.endpoint import Content, Empty, Endpoint, Json, Response
from messenger.api.endpoints import ENDPOINTS, RPC_METHODS
from messenger.api.errors import STATUS_OF_CODE, Error
from messenger.api.params import Param
from messenger.api.request_schemas import (
    SCHEMA_REF,
    document_ref,
    pascal,
    request_component,
    request_schemas,
)
from messenger.api.shapes import ShapeSchemas
from messenger.api.validation import load_schemas

Schema = dict[str, Any]
OPENAPI_VERSION = "3.1.0"
BEARER = "bearerAuth"

_DESCRIPTION = """\
JSON in and out, UTF-8. Timestamps are RFC 3339 strings in UTC; ids are integers.

**Auth:** `Authorization: Bearer <token>` (from register or login) on every endpoint
except those marked as public here.

**Lists:** `{"items": [...], "next": cursor-or-null}`, `limit` 1..100 (default 50);
pass `next` back as `after` (or `before` for message history).

**Errors** always have one shape, `{"error": {"code", "message", "details": [{"path",
"message"}]}}`, with the status telling the kind: 400 `bad_request`, 401
`unauthorized`, 403 `forbidden`, 404 `not_found` (also for objects the caller may not
know exist), 409 `conflict`, 413 `too_large`, 415 `unsupported_media_type`, 422
`validation_failed`, 429 `rate_limited`, 503 `unavailable` (PostgreSQL out of reach; with
`Retry-After`).

Every response carries an `X-Request-Id` (the caller's own, if it sent a safe one).
"""

_TAGS = [
    {"name": "auth", "description": "Accounts and tokens"},
    {"name": "users", "description": "Finding users; the caller's own profile"},
    {"name": "chats", "description": "Personal and group chats"},
    {"name": "members", "description": "Membership of group chats"},
    {"name": "messages", "description": "History, sending, editing, read markers"},
    {"name": "attachments", "description": "Files shared in chats"},
    {"name": "realtime", "description": "Chat events pushed over a WebSocket"},
    {"name": "rpc", "description": "JSON-RPC 2.0 over the same operations"},
    {"name": "meta", "description": "Health and this documentation"},
]

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
    "rate_limited": "Too many requests of this kind (failed logins, sends, mails); retry "
    "after `Retry-After` seconds.",
    "unavailable": "PostgreSQL cannot be reached now; retry after `Retry-After` seconds.",
}
_CODE_OF_STATUS = {status: code for code, status in STATUS_OF_CODE.items()}


def _version() -> str:
    try:
        return version("messenger")
    except PackageNotFoundError:
        return "0.0.0"


def _file_ref(reference: str) -> str:
    """A schema-file reference in a parameter or a shape (`common.json#/$defs/id`)."""
    file_name = reference.partition("#")[0]
    return document_ref(reference, file_name, load_schemas())


def _rewrite(schema: Schema) -> Schema:
    """A parameter's schema with its schema-file references pointing into the document."""
    if "$ref" in schema and not schema["$ref"].startswith("#"):
        return {**schema, "$ref": _file_ref(schema["$ref"])}
    return schema


def error_response(code: str) -> Schema:
    response: Schema = {
        "description": _ERROR_WHEN[code],
        "content": {
            "application/json": {
                "schema": {
                    "allOf": [
                        {"$ref": SCHEMA_REF + "Error"},
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


def parameter(param: Param) -> Schema:
    return {
        "name": param.name,
        "in": param.where,
        "required": param.where == "path",
        "description": param.description,
        "schema": _rewrite(param.schema),
    }


def parameters(endpoints: Iterable[Endpoint]) -> dict[str, Schema]:
    found: dict[str, Param] = {}
    for endpoint in endpoints:
        for param in endpoint.params:
            if found.setdefault(param.component, param) != param:
                raise ValueError(f"two parameters are both components/parameters/{param.component}")
    return {name: parameter(param) for name, param in sorted(found.items())}


def response(answer: Response, shapes: ShapeSchemas) -> Schema:
    if isinstance(answer, Empty):
        return {"description": answer.description}
    if isinstance(answer, Content):
        documented: Schema = {"description": answer.description}
        if answer.headers:
            documented["headers"] = answer.headers
        documented["content"] = answer.content
        return documented
    assert isinstance(answer, Json)
    schema = answer.shape if isinstance(answer.shape, dict) else shapes.ref(answer.shape)
    return {"description": answer.description, "content": {"application/json": {"schema": schema}}}


def rpc_methods_description(methods: dict[str, rpc.Method]) -> str:
    lines = [
        "Params by name: the parameters of the REST endpoint each method mirrors (path "
        "ids by name: `chat_id` for `{id}`), beside its body's properties (`+` the "
        "request schemas they are validated by); it returns what that endpoint would. "
        "Every method but the public ones needs the bearer token; without it the call "
        "fails with -32001 and the other calls of a batch go on. Server errors are -32000 "
        "minus the last two digits of the REST status (-32004 not found), with the API "
        "error code in `error.data.code`.",
        "",
        "| method | REST | params | token |",
        "| --- | --- | --- | --- |",
    ]
    for name, method in sorted(methods.items()):
        endpoint = method.endpoint
        own = [
            f"`{param.arg}`" if param.where == "path" else f"`{param.arg}?`"
            for param in endpoint.params
        ]
        schemas = [f"`{request_component(file)}`" for file in method.body_schemas]
        params = " + ".join([", ".join(own)] * bool(own) + schemas) or "none"
        rest = f"{endpoint.method} {endpoint.path}"
        lines.append(f"| `{name}` | {rest} | {params} | {'no' if method.public else 'yes'} |")
    return "\n".join(lines)


def operation(endpoint: Endpoint, shapes: ShapeSchemas) -> Schema:
    """One operation; its handler's name is its operationId. The errors every such
    operation can meet are added here: 401 unless public, 400 for a parameter that can
    be malformed, 400/413/415/422 for a JSON body, and 503 wherever the database is
    needed (a token to check, a body to act on). A public operation that still takes a
    token when given one (`optional_token`) allows both."""
    statuses = set(endpoint.errors)
    if not endpoint.public:
        statuses |= {401, 503}
    if any(param.checked for param in endpoint.params):
        statuses.add(400)
    if endpoint.body is not None:
        statuses |= {400, 413, 415, 422, 503}
    result: Schema = {
        "operationId": endpoint.operation_id,
        "summary": endpoint.summary,
        "tags": [endpoint.tag],
    }
    description = endpoint.description
    if endpoint.handler is rpc.handle_rpc:
        description = rpc_methods_description(RPC_METHODS)
    if description:
        result["description"] = description
    if endpoint.params:
        result["parameters"] = [
            {"$ref": f"#/components/parameters/{param.component}"} for param in endpoint.params
        ]
    if endpoint.body is not None:
        media: Schema = {"schema": {"$ref": SCHEMA_REF + request_component(endpoint.body)}}
        if endpoint.example is not None:
            media["example"] = endpoint.example
        result["requestBody"] = {"required": True, "content": {"application/json": media}}
    elif endpoint.request_body is not None:
        result["requestBody"] = endpoint.request_body
    responses = {
        str(status): response(answer, shapes) for status, answer in endpoint.responses.items()
    }
    for status in sorted(statuses):
        responses[str(status)] = {
            "$ref": f"#/components/responses/{pascal(_CODE_OF_STATUS[status])}"
        }
    result["responses"] = dict(sorted(responses.items()))
    if endpoint.public:
        result["security"] = [{}, {BEARER: []}] if endpoint.optional_token else []
    return result


def paths(endpoints: Iterable[Endpoint], shapes: ShapeSchemas) -> dict[str, dict[str, Schema]]:
    built: dict[str, dict[str, Schema]] = {}
    for endpoint in endpoints:
        item = built.setdefault(endpoint.path, {})
        item[endpoint.method.lower()] = operation(endpoint, shapes)
    return built


@cache
def openapi_document() -> dict[str, Any]:
    """The whole document. Built once per process; callers must not change it."""
    shapes = ShapeSchemas(_file_ref)
    shapes.ref(Error)
    shapes.ref(rpc.RpcError)
    document_paths = paths(ENDPOINTS, shapes)
    schemas = request_schemas(load_schemas())
    for name, schema in (shapes.components | rpc.envelope_schemas(RPC_METHODS)).items():
        if name in schemas:
            raise ValueError(f"the schema {name} is both a shape and a request file")
        schemas[name] = schema
    return {
        "openapi": OPENAPI_VERSION,
        "info": {"title": "messenger", "version": _version(), "description": _DESCRIPTION},
        "tags": _TAGS,
        "paths": document_paths,
        "components": {
            "schemas": schemas,
            "parameters": parameters(ENDPOINTS),
            "responses": {pascal(code): error_response(code) for code in STATUS_OF_CODE},
            "securitySchemes": {
                BEARER: {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "the token from register or login",
                }
            },
        },
        "security": [{BEARER: []}],
    }


@cache
def openapi_bytes() -> bytes:
    """The document as served: serialised once, like the document itself."""
    return json.dumps(openapi_document(), ensure_ascii=False, separators=(",", ":")).encode("utf-8")

"""The schemas of the OpenAPI document: the request schema files, placed in it, and the
hand-written schemas of what the API sends back.

Request bodies are the very files that validate them (`validation.load_schemas`): each
file becomes `components/schemas/<File>Request`, and the `$defs` of each file are lifted
to components of their own, so `common.json#/$defs/nick` becomes
`#/components/schemas/CommonNick`. Nothing else changes in them: what is validated is
what is documented.

The response schemas mirror messenger/serializers.py (the one place that shapes
responses); a test validates real responses against them. Objects are open (no
`additionalProperties: false`) because the contract only ever grows by adding fields.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from messenger.api import rpc
from messenger.api.handlers.health import CHECKS
from messenger.api.middlewares import CODE_OF_STATUS

Schema = dict[str, Any]
SCHEMA_REF = "#/components/schemas/"
_FILE_KEYWORDS = frozenset({"$schema", "$id", "$defs"})
_ANNOTATIONS = frozenset({"title", "description", "$comment"})
_DEFINITION = re.compile(r"/\$defs/([^/]+)")


def ref(name: str, description: str | None = None) -> Schema:
    schema: Schema = {"$ref": SCHEMA_REF + name}
    if description:
        schema["description"] = description
    return schema


# --- the request schema files ---------------------------------------------------------


def pascal(name: str) -> str:
    """`chat_create` -> `ChatCreate`."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", name))


def request_component(file_name: str) -> str:
    """`chat_create.json` -> `ChatCreateRequest`."""
    return pascal(file_name.removesuffix(".json")) + "Request"


def definition_component(file_name: str, definition: str) -> str:
    """`common.json#/$defs/nick` -> `CommonNick`."""
    return pascal(file_name.removesuffix(".json")) + pascal(definition)


def _document_ref(reference: str, base_file: str, files: Mapping[str, Schema]) -> str:
    file_part, _, fragment = reference.partition("#")
    target = file_part or base_file
    if target not in files:
        raise ValueError(f"{base_file}: $ref {reference!r} names no schema file")
    if fragment in ("", "/"):
        return SCHEMA_REF + request_component(target)
    match = _DEFINITION.fullmatch(fragment)
    if match is None:
        raise ValueError(f"{base_file}: $ref {reference!r} is neither a file nor a $defs entry")
    return SCHEMA_REF + definition_component(target, match[1])


def _rewrite_refs(node: Any, base_file: str, files: Mapping[str, Schema]) -> Any:
    """A copy of `node` with every file-relative $ref pointing into the document."""
    if isinstance(node, dict):
        return {
            key: _document_ref(value, base_file, files)
            if key == "$ref" and isinstance(value, str)
            else _rewrite_refs(value, base_file, files)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_rewrite_refs(item, base_file, files) for item in node]
    return node


def request_schemas(files: Mapping[str, Schema]) -> dict[str, Schema]:
    """The components for a set of schema files (copies: the files stay as they are). A
    file holding only `$defs` (common.json) gives its definitions, no component of its own."""
    components: dict[str, Schema] = {}

    def add(name: str, schema: Schema) -> None:
        if name in components:
            raise ValueError(f"two schemas would both be components/schemas/{name}")
        components[name] = schema

    for file_name, schema in sorted(files.items()):
        for definition, subschema in schema.get("$defs", {}).items():
            component = definition_component(file_name, definition)
            add(component, _rewrite_refs(subschema, file_name, files))
        root = {key: value for key, value in schema.items() if key not in _FILE_KEYWORDS}
        if set(root) - _ANNOTATIONS:
            add(request_component(file_name), _rewrite_refs(root, file_name, files))
    return components


# --- what the API sends back ----------------------------------------------------------

# The id definition of the request schemas: one rule for ids in and out.
ID = definition_component("common.json", "id")


def nullable_ref(name: str, description: str) -> Schema:
    return {"oneOf": [ref(name), {"type": "null"}], "description": description}


def timestamp(description: str, *, nullable: bool = False) -> Schema:
    return {
        "type": ["string", "null"] if nullable else "string",
        "format": "date-time",
        "description": f"{description}; RFC 3339, UTC",
    }


def obj(properties: dict[str, Schema], *, optional: tuple[str, ...] = ()) -> Schema:
    required = [name for name in properties if name not in optional]
    return {"type": "object", "required": required, "properties": properties}


def page(item: str, cursor: Schema) -> Schema:
    schema = obj(
        {
            "items": {"type": "array", "items": ref(item)},
            "next": {
                **cursor,
                "description": "pass back as `after` (or `before` where the list has it) "
                "for the next page; null on the last page. " + cursor["description"],
            },
        }
    )
    schema["description"] = f"A page of {item} objects, keyset-paginated."
    return schema


def _id_cursor(what: str) -> Schema:
    return {"type": ["integer", "null"], "minimum": 1, "description": f"The {what}."}


_USER = obj(
    {
        "id": ref(ID),
        "nick": {"type": "string", "description": "unique regardless of case"},
        "name": {"type": "string"},
        "avatar": {"type": ["string", "null"], "description": "a URL or a path on this server"},
        "email": {"type": "string", "description": "present only in the caller's own user"},
        "created_at": timestamp("when the account was registered"),
    },
    optional=("email",),
)

_ATTACHMENT = obj(
    {
        "id": ref(ID),
        "chat_id": ref(ID),
        "message_id": {
            "oneOf": [ref(ID), {"type": "null"}],
            "description": "null until a message is sent with this attachment",
        },
        "user_id": ref(ID, "the uploader"),
        "filename": {"type": "string"},
        "content_type": {"type": "string", "description": "the media type given at upload"},
        "size": {"type": "integer", "minimum": 0, "description": "in bytes"},
        "url": {
            "type": "string",
            "format": "uri-reference",
            "description": "GET it with the bearer token to download the file",
        },
        "created_at": timestamp("when it was uploaded"),
    }
)

_MESSAGE = obj(
    {
        "id": ref(ID, "grows in commit order within a chat"),
        "chat_id": ref(ID),
        "user_id": ref(ID, "the author"),
        "content": {"type": "string", "description": "trimmed, 1 to 4000 characters"},
        "client_message_id": {
            "type": ["string", "null"],
            "format": "uuid",
            "description": "the idempotency key the client sent, if any",
        },
        "created_at": timestamp("when it was sent"),
        "edited_at": timestamp("when it was last edited; null if never", nullable=True),
        "attachments": {"type": "array", "items": ref("Attachment")},
    }
)

_CHAT = obj(
    {
        "id": ref(ID),
        "is_group_chat": {"type": "boolean"},
        "topic": {"type": ["string", "null"], "description": "null for a personal chat"},
        "avatar": {"type": ["string", "null"]},
        "created_by": {
            "oneOf": [ref(ID), {"type": "null"}],
            "description": "null once that account is gone",
        },
        "created_at": timestamp("when the chat was created"),
        "members_count": {"type": "integer", "minimum": 0},
        "last_message": nullable_ref("Message", "the newest message; null in an empty chat"),
        "unread_count": {
            "type": "integer",
            "minimum": 0,
            "description": "other members' messages newer than the caller's read marker",
        },
    }
)

_MEMBER = obj(
    {
        "user": ref("User"),
        "role": {
            "enum": ["owner", "member"],
            "description": "a group has one owner; both members of a personal chat are members",
        },
        "joined_at": timestamp("when the user joined the chat"),
        "last_read_message_id": {
            "type": "integer",
            "minimum": 0,
            "description": "the member's read marker; 0 before anything was read",
        },
    }
)

_ERROR_DETAIL = obj(
    {
        "path": {
            "type": "string",
            "description": "a JSON Pointer into the request body (`/nick`, `/member_ids/2`; "
            "empty for the body itself), or the name of a path or query parameter (`limit`)",
        },
        "message": {"type": "string"},
    }
)

_ERROR = obj(
    {
        "error": obj(
            {
                "code": {
                    "type": "string",
                    "description": "machine-readable; one of "
                    + ", ".join(f"`{code}`" for code in sorted(set(CODE_OF_STATUS.values()))),
                },
                "message": {"type": "string", "description": "human-readable"},
                "details": {
                    "type": "array",
                    "items": ref("ErrorDetail"),
                    "description": "every failing path (for `validation_failed` and "
                    "malformed parameters); otherwise empty",
                },
            }
        )
    }
)
_ERROR["description"] = (
    "Every error, whatever the status (including 405 and 500), has this shape; never an "
    "HTML page or a traceback."
)

_HEALTH_CHECK: Schema = {
    "oneOf": [
        obj(
            {
                "status": {"const": "up"},
                "latency_ms": {"type": "number", "minimum": 0},
            }
        ),
        obj({"status": {"const": "down"}, "error": {"type": "string"}}),
    ]
}

_HEALTH = obj(
    {
        "status": {
            "enum": ["ok", "degraded", "down"],
            "description": "`ok`: every dependency is up; `degraded`: an optional one is down "
            "(still 200); `down`: a required one is down (503)",
        },
        "checks": {
            **obj({name: ref("HealthCheck") for name in CHECKS}),
            "additionalProperties": ref("HealthCheck"),
        },
    }
)

# --- the JSON-RPC envelope ------------------------------------------------------------
# Its params are validated by the request schema files named in rpc.METHODS, which the
# document holds as components; the envelope itself is checked by messenger.api.rpc.


def rpc_methods_description() -> str:
    lines = [
        "Params by name. Each method's params are validated by the schemas below (a `+` "
        "joins schemas whose members go in one params object) and it returns what the "
        "REST endpoint would. Every method but the public ones needs the bearer token; "
        "without it the call fails with -32001 and the other calls of a batch go on. "
        "Server errors are -32000 minus the last two digits of the REST status (-32004 "
        "not found), with the API error code in `error.data.code`.",
        "",
        "| method | params | token |",
        "| --- | --- | --- |",
    ]
    for name, method in sorted(rpc.METHODS.items()):
        files = ([method.target] if method.target else []) + list(method.schemas)
        schemas = " + ".join(f"`{request_component(file)}`" for file in files)
        lines.append(f"| `{name}` | {schemas} | {'no' if method.public else 'yes'} |")
    return "\n".join(lines)


_RPC_ID: Schema = {
    "type": ["string", "number", "null"],
    "description": "echoed in the answer; leave it out for a notification (no answer)",
}

_RPC_CALL = obj(
    {
        "jsonrpc": {"const": "2.0"},
        "method": {"enum": sorted(rpc.METHODS)},
        "params": {"type": "object", "description": "by name; absent for `{}`"},
        "id": _RPC_ID,
    },
    optional=("params", "id"),
)

_RPC_ERROR = obj(
    {
        "code": {"type": "integer", "description": "JSON-RPC error code"},
        "message": {"type": "string"},
        "data": obj(
            {
                "code": {"type": "string", "description": "the API error code"},
                "details": {"type": "array", "items": ref("ErrorDetail")},
            }
        ),
    }
)

_RPC_RESPONSE: Schema = {
    **obj(
        {
            "jsonrpc": {"const": "2.0"},
            "result": {"description": "what the REST endpoint would answer; null for none"},
            "error": ref("RpcError"),
            "id": {"type": ["string", "number", "null"]},
        },
        optional=("result", "error"),
    ),
    "oneOf": [{"required": ["result"]}, {"required": ["error"]}],
}


# Hand-written: what the API sends back, and the JSON-RPC envelope.
OBJECT_SCHEMAS: dict[str, Schema] = {
    "User": _USER,
    "Session": obj(
        {
            "user": ref("User", "the caller's own user, with `email`"),
            "token": {
                "type": "string",
                "description": "send as `Authorization: Bearer <token>`",
            },
        }
    ),
    "Chat": _CHAT,
    "Member": _MEMBER,
    "Message": _MESSAGE,
    "Attachment": _ATTACHMENT,
    "UserPage": page("User", _id_cursor("id of the last user on this page")),
    "ChatPage": page(
        "Chat",
        {
            "type": ["string", "null"],
            "description": "An opaque cursor: pass it back unchanged.",
        },
    ),
    "MemberPage": page("Member", _id_cursor("user id of the last member on this page")),
    "MessagePage": page("Message", _id_cursor("id of the last message on this page")),
    "AddedMembers": {
        **obj({"items": {"type": "array", "items": ref("Member")}}),
        "description": "The members that are new; a user who was already a member is not "
        "listed (adding twice is not an error). Not a page: it has no `next`.",
    },
    "UnreadCount": obj({"unread_count": {"type": "integer", "minimum": 0}}),
    "HealthCheck": _HEALTH_CHECK,
    "Health": _HEALTH,
    "ErrorDetail": _ERROR_DETAIL,
    "Error": _ERROR,
    "RpcCall": _RPC_CALL,
    "RpcPayload": {
        "oneOf": [
            ref("RpcCall"),
            {
                "type": "array",
                "items": ref("RpcCall"),
                "minItems": 1,
                "maxItems": rpc.MAX_BATCH_CALLS,
                "description": "a batch, run one call after another in array order",
            },
        ]
    },
    "RpcError": _RPC_ERROR,
    "RpcResponse": _RPC_RESPONSE,
    "RpcAnswer": {"oneOf": [ref("RpcResponse"), {"type": "array", "items": ref("RpcResponse")}]},
}

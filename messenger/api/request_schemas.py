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


def pascal(name: str) -> str:
    """`chat_create` -> `ChatCreate`."""
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", name))


def request_component(file_name: str) -> str:
    """`chat_create.json` -> `ChatCreateRequest`."""
    return pascal(file_name.removesuffix(".json")) + "Request"


def definition_component(file_name: str, definition: str) -> str:
    """`common.json#/$defs/nick` -> `CommonNick`."""
    return pascal(file_name.removesuffix(".json")) + pascal(definition)


def document_ref(reference: str, base_file: str, files: Mapping[str, Schema]) -> str:
    """A reference of the schema files (`common.json#/$defs/id`, relative to `base_file`)
    as the document's own (`#/components/schemas/CommonId`)."""
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
            key: document_ref(value, base_file, files)
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

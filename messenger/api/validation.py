"""Request bodies: JSON parsing and JSON Schema validation, one schema file per body.

The same files feed the OpenAPI document, so what is validated is what is documented.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from aiohttp import web
from jsonschema import Draft202012Validator, FormatChecker, ValidationError
from referencing import Registry, Resource

from messenger.api.precheck import compile_precheck
from messenger.errors import BadRequest, ErrorDetail, UnsupportedMediaType, ValidationFailed

if TYPE_CHECKING:  # referencing exports the class only from its core module
    from referencing._core import Resolver

SCHEMA_PACKAGE = "messenger.api.schemas"
TRIM_KEYWORD = "x-trimmed"
# No request body needs more than a few levels; deeper ones are refused before validation.
MAX_JSON_DEPTH = 32


@cache
def load_schemas() -> dict[str, dict[str, Any]]:
    folder = resources.files(SCHEMA_PACKAGE)
    schemas: dict[str, dict[str, Any]] = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".json"):
            schemas[entry.name] = json.loads(entry.read_text(encoding="utf-8"))
    return schemas


@cache
def registry() -> Registry:
    return Registry().with_resources(
        (name, Resource.from_contents(schema)) for name, schema in load_schemas().items()
    )


# Keywords that only describe: a $ref's siblings made only of these merge into its target.
_ANNOTATIONS = frozenset({"title", "description", "examples", "default"})


def inline_refs(schema: Any, resolver: Resolver[Any]) -> Any:
    """The schema with every $ref replaced by what it points to. Validating against it
    skips resolving references on each request, which took more than half the time of
    validating a message. Our schemas have no recursive references."""
    if isinstance(schema, list):
        return [inline_refs(item, resolver) for item in schema]
    if not isinstance(schema, dict):
        return schema
    if "$ref" not in schema:
        return {key: inline_refs(value, resolver) for key, value in schema.items()}
    resolved = resolver.lookup(schema["$ref"])
    target = inline_refs(resolved.contents, resolved.resolver)
    siblings = {key: inline_refs(value, resolver) for key, value in schema.items()}
    del siblings["$ref"]
    if isinstance(target, dict) and set(siblings) & set(target) <= _ANNOTATIONS:
        return {key: value for key, value in target.items() if key != "$id"} | siblings
    return {"allOf": [target], **siblings}


class CompiledSchema:
    """A compiled request schema: validates and normalises one kind of body (or of
    JSON-RPC params). References resolve against the schema files, as from `base_uri`."""

    def __init__(self, schema: dict[str, Any], base_uri: str) -> None:
        self.name = base_uri
        self.schema = inline_refs(schema, registry().resolver(base_uri=base_uri))
        format_checker = FormatChecker()
        self.validator = Draft202012Validator(self.schema, format_checker=format_checker)
        # Says yes quickly to a body that is certainly valid; any other goes through
        # jsonschema (see messenger.api.precheck).
        self.precheck = compile_precheck(self.schema, format_checker)
        self.trimmed = frozenset(self._trimmed_properties())

    def _trimmed_properties(self) -> Iterable[str]:
        for prop, subschema in self.schema.get("properties", {}).items():
            if isinstance(subschema, dict) and subschema.get(TRIM_KEYWORD):
                yield prop

    def validate(self, body: Any) -> dict[str, Any]:
        """The body, trimmed where the schema says so, or ValidationFailed with every
        failing path."""
        if isinstance(body, dict):
            body = {
                key: value.strip() if key in self.trimmed and isinstance(value, str) else value
                for key, value in body.items()
            }
        certainly_valid = self.precheck is not None and self.precheck(body)
        details = [] if certainly_valid else self._schema_details(body)
        details.extend(_nul_details(body, ""))
        if details:
            details.sort(key=lambda d: (d.path, d.message))
            raise ValidationFailed("the request body is invalid", details)
        assert isinstance(body, dict)
        return body

    def _schema_details(self, body: Any) -> list[ErrorDetail]:
        details: list[ErrorDetail] = []
        for error in self.validator.iter_errors(body):
            details.extend(_error_details(error))
        unique = {(d.path, d.message): d for d in details}
        return list(unique.values())


@cache
def body_schema(name: str) -> CompiledSchema:
    """The schema file `name` of messenger/api/schemas/, compiled once."""
    return CompiledSchema(load_schemas()[name], base_uri=name)


def pointer(parts: Iterable[Any]) -> str:
    escaped = (str(p).replace("~", "~0").replace("/", "~1") for p in parts)
    return "".join(f"/{p}" for p in escaped)


def _error_details(error: ValidationError) -> list[ErrorDetail]:
    if error.validator == "if":
        return []  # its then/else branch reports the real failure
    base = list(error.absolute_path)
    instance = error.instance
    if error.validator == "required" and isinstance(instance, dict):
        required = error.validator_value if isinstance(error.validator_value, list) else []
        missing = [name for name in required if name not in instance]
        return [ErrorDetail(pointer([*base, name]), "is required") for name in missing]
    if error.validator == "additionalProperties" and isinstance(instance, dict):
        schema = error.schema if isinstance(error.schema, dict) else {}
        allowed = set(schema.get("properties", {}))
        return [
            ErrorDetail(pointer([*base, name]), "is not an allowed property")
            for name in instance
            if name not in allowed
        ]
    return [ErrorDetail(pointer(base), describe(error))]


def describe(error: ValidationError) -> str:
    """A message that names the rule without echoing the (possibly huge) value back."""
    value = error.validator_value
    match error.validator:
        case "type":
            kinds = value if isinstance(value, list) else [value]
            return f"must be of type {' or '.join(map(str, kinds))}"
        case "minLength":
            return f"must be at least {value} characters long"
        case "maxLength":
            return f"must be at most {value} characters long"
        case "pattern":
            return f"must match the pattern {value}"
        case "minimum":
            return f"must be at least {value}"
        case "maximum":
            return f"must be at most {value}"
        case "minItems":
            return f"must have at least {value} items"
        case "maxItems":
            return f"must have at most {value} items"
        case "format":
            return f"must be a valid {value}"
        case "const" | "enum":
            return f"must be one of {value if isinstance(value, list) else [value]}"
    return str(error.message)[:200]


def _nul_details(value: Any, path: str) -> Iterable[ErrorDetail]:
    """PostgreSQL text cannot hold U+0000: refuse it as invalid input, not a 500."""
    if isinstance(value, str):
        if "\x00" in value:
            yield ErrorDetail(path, "must not contain the NUL character")
        if not value.isascii() and not _is_unicode_text(value):
            yield ErrorDetail(path, "must not contain unpaired surrogates")
    elif isinstance(value, dict):
        for key, item in value.items():
            if "\x00" in key:
                yield ErrorDetail(path, "property names must not contain NUL")
            yield from _nul_details(item, f"{path}/{pointer([key])[1:]}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _nul_details(item, f"{path}/{index}")


def _is_unicode_text(value: str) -> bool:
    """False for a string with a lone surrogate (a JSON `\\ud800` escape): it has no UTF-8
    form, so the database driver would fail on it."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _nesting_depth_exceeds(value: Any, limit: int) -> bool:
    """Iterative, so a hostile body cannot exhaust the stack of the recursive validators."""
    stack: list[tuple[Any, int]] = [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            item = list(item.values())
        if isinstance(item, list):
            if depth > limit:
                return True
            stack.extend((child, depth + 1) for child in item)
    return False


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not valid JSON")


def parse_json(raw: bytes) -> Any:
    if not raw.strip():
        raise BadRequest("the request body is empty; send a JSON object")
    try:
        body = json.loads(raw.decode("utf-8"), parse_constant=_reject_constant)
    except (UnicodeDecodeError, ValueError, RecursionError) as error:
        raise BadRequest(f"the request body is not valid JSON: {error}") from None
    # Each level opens a bracket: a body with no more brackets than the limit cannot go
    # deeper, and most bodies are spared the walk.
    if raw.count(b"[") + raw.count(b"{") > MAX_JSON_DEPTH and _nesting_depth_exceeds(
        body, MAX_JSON_DEPTH
    ):
        raise BadRequest(f"the request body is nested deeper than {MAX_JSON_DEPTH} levels")
    return body


async def read_json(request: web.Request) -> Any:
    if request.content_type != "application/json":
        raise UnsupportedMediaType("send the body as application/json")
    try:
        raw = await request.read()
    except web.RequestPayloadError as error:
        raise BadRequest(unreadable_body_message(error)) from None
    return parse_json(raw)


def unreadable_body_message(error: web.RequestPayloadError) -> str:
    """For a body aiohttp could not read: a Content-Encoding that does not decode, a
    broken chunked encoding."""
    return "the request body cannot be read: " + " ".join(str(error).split())


async def validated_body(request: web.Request, schema_name: str) -> dict[str, Any]:
    return body_schema(schema_name).validate(await read_json(request))

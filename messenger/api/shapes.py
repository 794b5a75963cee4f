"""JSON Schemas generated from the TypedDicts that shape what the API sends back
(messenger.operations.views, the error shape in messenger.api.middlewares), for the
OpenAPI document: the classes are the one written copy of each shape.

A TypedDict becomes a component named after its class (its docstring, if any, the
description) and is referred to by `$ref` wherever a field holds it. Python types map as
JSON Schema would say them: `int` is an integer, `X | None` a nullable X, `list[X]` an
array, `dict[str, X]` an object of X, a `Literal` an enum; `Annotated[..., Spec(...)]`
adds keywords, and `Spec(ref=...)` points at a definition of the request schema files.
"""

from __future__ import annotations

import types
from collections.abc import Callable
from typing import (
    Annotated,
    Any,
    Literal,
    NotRequired,
    Required,
    Union,
    get_args,
    get_origin,
    get_type_hints,
    is_typeddict,
)

from messenger.operations.views import Spec

Schema = dict[str, Any]
SCHEMA_REF = "#/components/schemas/"
_SCALARS: dict[Any, str] = {int: "integer", str: "string", bool: "boolean", float: "number"}


class ShapeSchemas:
    """The components for a set of TypedDicts and whatever they refer to, built once.
    `file_ref` turns a request-schema reference (`common.json#/$defs/id`) into the
    document's own."""

    def __init__(self, file_ref: Callable[[str], str]) -> None:
        self.file_ref = file_ref
        self.components: dict[str, Schema] = {}

    def ref(self, shape: type) -> Schema:
        """A `$ref` to the component of `shape`, made on first use."""
        name = shape.__name__
        if name not in self.components:
            self.components[name] = {}  # placeholder: a shape may refer to itself
            self.components[name] = self._object(shape)
        return {"$ref": SCHEMA_REF + name}

    def _object(self, shape: type) -> Schema:
        hints = get_type_hints(shape, include_extras=True)
        properties = {}
        required = []
        for name, hint in hints.items():
            origin = get_origin(hint)
            if origin is NotRequired:
                hint = get_args(hint)[0]
            else:
                if origin is Required:
                    hint = get_args(hint)[0]
                required.append(name)
            properties[name] = self.of(hint)
        schema: Schema = {"type": "object", "required": required, "properties": properties}
        if shape.__doc__:
            schema["description"] = " ".join(shape.__doc__.split())
        return schema

    def of(self, hint: Any) -> Schema:
        """The schema of one field's type."""
        if get_origin(hint) is Annotated:
            base, *metadata = get_args(hint)
            keywords: dict[str, Any] = {}
            for item in metadata:
                if isinstance(item, Spec):
                    keywords |= item.keywords
            return self._with(self.of(base), keywords)
        if is_typeddict(hint):
            return self.ref(hint)
        if hint in _SCALARS:
            return {"type": _SCALARS[hint]}
        origin = get_origin(hint)
        if origin is Literal:
            values = list(get_args(hint))
            return {"const": values[0]} if len(values) == 1 else {"enum": values}
        if origin is list:
            return {"type": "array", "items": self.of(get_args(hint)[0])}
        if origin is dict:
            return {"type": "object", "additionalProperties": self.of(get_args(hint)[1])}
        if origin in (Union, types.UnionType):
            return self._union(get_args(hint))
        if hint is Any:
            return {}
        raise TypeError(f"no JSON Schema for {hint!r}")

    def _union(self, members: tuple[Any, ...]) -> Schema:
        nullable = type(None) in members
        others = [self.of(member) for member in members if member is not type(None)]
        if len(others) == 1 and set(others[0]) <= {"type", "format"}:
            kind = others[0]["type"]
            return {**others[0], "type": [kind, "null"] if nullable else kind}
        options = [*others, {"type": "null"}] if nullable else others
        return {"oneOf": options}

    def _with(self, schema: Schema, keywords: dict[str, Any]) -> Schema:
        keywords = dict(keywords)
        reference = keywords.pop("ref", None)
        if reference is not None:  # the definition says the type (and more) itself
            schema = {"$ref": self.file_ref(reference)}
        return schema | keywords

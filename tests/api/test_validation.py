"""Schemas are validated with their $refs inlined: the same answers, no lookups per request."""

from __future__ import annotations

import json

from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from messenger.api.validation import body_schema, inline_refs, load_schemas

DRAFT = "https://json-schema.org/draft/2020-12/schema"
DEFS = {"$schema": DRAFT, "$id": "defs.json", "$defs": {"id": {"type": "integer", "minimum": 1}}}


def resolver_for(name: str, schema: dict[str, object]):
    registry = Registry().with_resources(
        [
            ("defs.json", Resource.from_contents(DEFS)),
            (name, Resource.from_contents(schema, default_specification=DRAFT202012)),
        ]
    )
    return registry.resolver(base_uri=name)


def test_every_body_schema_is_validated_without_references():
    for name in load_schemas():
        assert "$ref" not in json.dumps(body_schema(name).schema), name


def test_a_reference_with_only_annotations_beside_it_becomes_its_target():
    schema = {"properties": {"a": {"$ref": "defs.json#/$defs/id", "description": "an id"}}}
    inlined = inline_refs(schema, resolver_for("s.json", schema))
    assert inlined == {
        "properties": {"a": {"type": "integer", "minimum": 1, "description": "an id"}}
    }


def test_a_reference_with_constraints_beside_it_keeps_both():
    schema = {"properties": {"a": {"$ref": "defs.json#/$defs/id", "minimum": 5}}}
    inlined = inline_refs(schema, resolver_for("s.json", schema))
    assert inlined == {
        "properties": {"a": {"allOf": [{"type": "integer", "minimum": 1}], "minimum": 5}}
    }

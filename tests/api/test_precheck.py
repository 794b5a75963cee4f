"""The precheck (messenger.api.precheck) never says yes to a body jsonschema refuses, and
says yes to the bodies clients send every day."""

from __future__ import annotations

import functools
import json
import uuid
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import FormatChecker

from messenger.api.precheck import compile_precheck
from messenger.api.validation import CompiledSchema, body_schema, load_schemas

BODY_SCHEMAS = sorted(name for name in load_schemas() if name != "common.json")


ODD_VALUES = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**64), max_value=2**64),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=6),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=3), st.integers(), max_size=2),
)


def values_for(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Values around what the schema allows: mostly valid ones, and ones just past its
    bounds, of other types, or odd."""
    declared = schema.get("type", ["string", "integer", "null"])
    valid: list[st.SearchStrategy[Any]] = []
    edgy: list[st.SearchStrategy[Any]] = [ODD_VALUES]
    for kind in [declared] if isinstance(declared, str) else declared:
        if kind == "string":
            low, high = schema.get("minLength", 0), schema.get("maxLength", 40)
            if "pattern" in schema:
                fits = functools.partial(length_between, low, high)
                valid.append(st.from_regex(schema["pattern"]).filter(fits))
            elif schema.get("format") == "uuid":
                valid.append(st.uuids().map(str))
            else:
                valid.append(st.text(min_size=low, max_size=min(high, low + 20)))
            edgy += [
                st.sampled_from(sorted({max(0, low - 1), low, high, high + 1})).map(
                    lambda n: "x" * n
                ),
                st.sampled_from([" ", "\t\n", " x ", "\u00e9", "\U0001f642", "a@b", "/a b"]),
                st.uuids().map(lambda u: u.hex),
                st.uuids().map(lambda u: "{" + str(u) + "}"),
            ]
        elif kind in ("integer", "number"):
            low, high = schema.get("minimum", -100), schema.get("maximum", 10**6)
            valid.append(st.integers(min_value=low, max_value=min(high, low + 1000)))
            edgy += [
                st.sampled_from([low - 1, high + 1]),
                st.sampled_from([low, high]).map(float),
                st.floats(min_value=low - 1, max_value=low + 2),
            ]
        elif kind == "boolean":
            valid.append(st.booleans())
        elif kind == "null":
            valid.append(st.none())
        elif kind == "array":
            low, high = schema.get("minItems", 0), schema.get("maxItems", 5)
            item = values_for(schema.get("items", {}))
            valid.append(st.lists(item, min_size=low, max_size=min(high, 8)))
            edgy.append(st.lists(item, min_size=max(0, low - 1), max_size=min(high + 1, 12)))
        elif kind == "object":
            valid.append(bodies_for(schema))
    # Nine in ten valid: a body is valid only when each of its values is.
    either = (st.one_of(valid), st.one_of(edgy))
    return st.integers(min_value=0, max_value=9).flatmap(lambda k: either[k == 0])


def length_between(low: int, high: int, text: str) -> bool:
    return low <= len(text) <= high


def bodies_for(schema: dict[str, Any]) -> st.SearchStrategy[Any]:
    """Objects with the schema's properties: all required ones, or any of them, and now
    and then one it does not allow."""
    values = {name: values_for(sub) for name, sub in schema.get("properties", {}).items()}
    required = [name for name in schema.get("required", []) if name in values]
    optional = {name: value for name, value in values.items() if name not in required}
    complete = st.fixed_dictionaries({name: values[name] for name in required}, optional=optional)
    partial = st.fixed_dictionaries({}, optional=values | {"extra": ODD_VALUES})
    return st.one_of(complete, complete, partial)


@pytest.mark.parametrize("name", BODY_SCHEMAS)
@settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_the_precheck_never_accepts_what_jsonschema_refuses(name: str, data: st.DataObject):
    schema = body_schema(name)
    if schema.precheck is None:
        return  # every body of this schema goes through jsonschema
    body = data.draw(st.one_of(bodies_for(schema.schema), bodies_for(schema.schema), ODD_VALUES))
    if schema.precheck(body):
        assert schema.validator.is_valid(body), json.dumps(body)[:300]


EVERYDAY = {
    "message_create.json": [
        {"content": "hi"},
        {"content": "hi", "client_message_id": str(uuid.uuid4()), "attachment_ids": [1, 2]},
    ],
    "message_patch.json": [{"content": "edited"}],
    "login.json": [{"login": "alice", "password": "correct horse"}],
    "register.json": [
        {"nick": "alice", "name": "Alice", "email": "alice@example.com", "password": "x" * 12}
    ],
    "read.json": [{"message_id": 42}],
    "members_add.json": [{"user_ids": [1, 2, 3]}],
    "user_patch.json": [{"name": "Alice B.", "avatar": None}],
}


@pytest.mark.parametrize("name", sorted(EVERYDAY))
def test_the_precheck_accepts_everyday_bodies(name: str):
    schema = body_schema(name)
    assert schema.precheck is not None
    for body in EVERYDAY[name]:
        assert schema.validator.is_valid(body)
        assert schema.precheck(body), body


def test_a_body_the_precheck_cannot_vouch_for_still_gets_every_detail():
    schema = body_schema("message_create.json")
    body = {"content": "", "client_message_id": "not-a-uuid", "extra": 1}
    assert schema.precheck is not None and not schema.precheck(body)
    with pytest.raises(Exception) as raised:
        schema.validate(body)
    paths = sorted(detail.path for detail in raised.value.details)  # type: ignore[attr-defined]
    assert paths == ["/client_message_id", "/content", "/extra"]


def test_a_schema_with_keywords_draft_7_reads_otherwise_is_left_to_jsonschema():
    checker = FormatChecker()
    assert compile_precheck({"type": "object", "dependentRequired": {"a": ["b"]}}, checker) is None
    assert compile_precheck({"prefixItems": [{"type": "string"}]}, checker) is None
    # A list under `items` is draft 7's tuple form: 2020-12 refuses it as a schema.
    assert compile_precheck({"items": [{"type": "string"}]}, checker) is None
    nested = {"properties": {"a": {"unevaluatedProperties": False}}}
    assert compile_precheck(nested, checker) is None
    assert compile_precheck({"const": 1, "if": {"pattern": "x"}}, checker) is not None
    assert isinstance(body_schema("chat_create.json"), CompiledSchema)


def test_the_precheck_checks_formats_as_jsonschema_does_and_never_fills_defaults():
    check = compile_precheck(
        {"properties": {"id": {"format": "uuid"}, "n": {"default": 1}}}, FormatChecker()
    )
    assert check is not None
    body: dict[str, Any] = {"id": str(uuid.uuid4())}
    assert check(body) and body == {"id": body["id"]}
    assert not check({"id": uuid.uuid4().hex})  # jsonschema wants the hyphens

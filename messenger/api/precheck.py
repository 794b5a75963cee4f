"""A quick yes for request bodies that are certainly valid.

jsonschema takes ~20 µs for a small body, a tenth of the API's CPU on a send, because it
is general: every subschema it descends into builds a new validator. The schemas of our
request bodies use a few simple keywords, so they compile into plain predicates here.
A predicate answers True only for a body that jsonschema accepts too
(tests/api/test_precheck.py checks that on generated bodies); False means "not known", and
the body goes through jsonschema, which also says what is wrong with it. A schema with a
keyword this module does not know compiles to None: all its bodies go through jsonschema.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

from jsonschema import FormatChecker

Check = Callable[[Any], bool]

# Keywords that describe and do not constrain.
_DESCRIPTIVE = frozenset(
    {"title", "description", "examples", "default", "$schema", "$id", "$comment", "x-trimmed"}
)


class _Unsupported(Exception):
    pass


def compile_precheck(schema: Any, format_checker: FormatChecker) -> Check | None:
    try:
        return _compile(schema, format_checker)
    except _Unsupported:
        return None


def _is_integer(value: Any) -> bool:
    # As jsonschema has it: a float with no fraction is an integer; a bool is not.
    if isinstance(value, bool):
        return False
    return isinstance(value, int) or (isinstance(value, float) and value.is_integer())


def _is_number(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


_TYPES: dict[str, Check] = {
    "object": lambda value: isinstance(value, dict),
    "array": lambda value: isinstance(value, list),
    "string": lambda value: isinstance(value, str),
    "boolean": lambda value: isinstance(value, bool),
    "null": lambda value: value is None,
    "integer": _is_integer,
    "number": _is_number,
}


def _compile(schema: Any, format_checker: FormatChecker) -> Check:
    if schema is True or schema == {}:
        return lambda value: True
    if not isinstance(schema, dict):
        raise _Unsupported(schema)
    checks: list[Check] = []
    for keyword, argument in schema.items():
        if keyword in _DESCRIPTIVE:
            continue
        build = _KEYWORDS.get(keyword)
        if build is None:
            raise _Unsupported(keyword)
        checks.append(build(argument, schema, format_checker))
    if len(checks) == 1:
        return checks[0]
    every = tuple(checks)
    return lambda value: all(check(value) for check in every)


def _type(argument: Any, schema: Mapping[str, Any], formats: FormatChecker) -> Check:
    names = [argument] if isinstance(argument, str) else list(argument)
    if any(name not in _TYPES for name in names):
        raise _Unsupported(argument)
    if len(names) == 1:
        return _TYPES[names[0]]
    options = tuple(_TYPES[name] for name in names)
    return lambda value: any(option(value) for option in options)


def _properties(argument: Any, schema: Mapping[str, Any], formats: FormatChecker) -> Check:
    compiled = tuple((name, _compile(sub, formats)) for name, sub in argument.items())
    allowed = frozenset(argument)
    closed = schema.get("additionalProperties", True) is False

    def check(value: Any) -> bool:
        if not isinstance(value, dict):
            return True
        if closed and not allowed.issuperset(value):
            return False
        return all(name not in value or sub(value[name]) for name, sub in compiled)

    return check


def _additional_properties(
    argument: Any, schema: Mapping[str, Any], formats: FormatChecker
) -> Check:
    # Only the plain forms: `false` (checked with "properties") or `true`.
    if argument is True:
        return lambda value: True
    if argument is not False or "patternProperties" in schema:
        raise _Unsupported("additionalProperties")
    if "properties" in schema:
        return lambda value: True
    return lambda value: not isinstance(value, dict) or not value


def _required(argument: Any, schema: Mapping[str, Any], formats: FormatChecker) -> Check:
    names = tuple(argument)
    return lambda value: not isinstance(value, dict) or all(name in value for name in names)


def _min_length(argument: Any, schema: Mapping[str, Any], formats: FormatChecker) -> Check:
    return lambda value: not isinstance(value, str) or len(value) >= argument


def _max_length(argument: Any, schema: Mapping[str, Any], formats: FormatChecker) -> Check:
    return lambda value: not isinstance(value, str) or len(value) <= argument


def _pattern(argument: Any, schema: Mapping[str, Any], formats: FormatChecker) -> Check:
    compiled = re.compile(argument)  # jsonschema's own test: re.search
    return lambda value: not isinstance(value, str) or compiled.search(value) is not None


def _format(argument: Any, schema: Mapping[str, Any], formats: FormatChecker) -> Check:
    return lambda value: formats.conforms(value, argument)


def _minimum(argument: Any, schema: Mapping[str, Any], formats: FormatChecker) -> Check:
    return lambda value: not _is_number(value) or value >= argument


def _maximum(argument: Any, schema: Mapping[str, Any], formats: FormatChecker) -> Check:
    return lambda value: not _is_number(value) or value <= argument


def _min_items(argument: Any, schema: Mapping[str, Any], formats: FormatChecker) -> Check:
    return lambda value: not isinstance(value, list) or len(value) >= argument


def _max_items(argument: Any, schema: Mapping[str, Any], formats: FormatChecker) -> Check:
    return lambda value: not isinstance(value, list) or len(value) <= argument


def _items(argument: Any, schema: Mapping[str, Any], formats: FormatChecker) -> Check:
    if "prefixItems" in schema:
        raise _Unsupported("prefixItems")
    each = _compile(argument, formats)
    return lambda value: not isinstance(value, list) or all(each(item) for item in value)


def _all_of(argument: Any, schema: Mapping[str, Any], formats: FormatChecker) -> Check:
    parts = tuple(_compile(sub, formats) for sub in argument)
    return lambda value: all(part(value) for part in parts)


def _condition(schema: Any) -> Check:
    """An `if` schema as an exact test (True and False both certain), for the few
    keywords whose answer is exact: `required`, `not`, `const`, `type`, and `properties`
    made of those. Anything else is unsupported."""
    if not isinstance(schema, dict):
        raise _Unsupported(schema)
    tests = [
        _exact(keyword, argument)
        for keyword, argument in schema.items()
        if keyword not in _DESCRIPTIVE
    ]
    return lambda value: all(test(value) for test in tests)


def _exact(keyword: str, argument: Any) -> Check:
    if keyword == "required":
        names = tuple(argument)
        return lambda value: not isinstance(value, dict) or all(name in value for name in names)
    if keyword == "not":
        inner = _condition(argument)
        return lambda value: not inner(value)
    if keyword == "const":
        if not isinstance(argument, bool | int | float | str | type(None)):
            raise _Unsupported(keyword)  # objects and arrays: not worth an exact test
        return lambda value: _same_json(value, argument)
    if keyword == "type" and argument in _TYPES:
        return _TYPES[argument]
    if keyword == "properties":
        subs = tuple((name, _condition(sub)) for name, sub in argument.items())
        return lambda value: (
            not isinstance(value, dict)
            or all(name not in value or test(value[name]) for name, test in subs)
        )
    raise _Unsupported(keyword)


def _same_json(value: Any, constant: Any) -> bool:
    """Equality as jsonschema has it for scalars: 1 equals 1.0, but true is not 1."""
    if isinstance(constant, bool) or isinstance(value, bool):
        return value is constant
    if _is_number(constant):
        return _is_number(value) and value == constant
    return type(value) is type(constant) and value == constant


def _if(argument: Any, schema: Mapping[str, Any], formats: FormatChecker) -> Check:
    condition = _condition(argument)
    then = _compile(schema.get("then", True), formats)
    otherwise = _compile(schema.get("else", True), formats)
    return lambda value: then(value) if condition(value) else otherwise(value)


def _handled_by_if(argument: Any, schema: Mapping[str, Any], formats: FormatChecker) -> Check:
    # `then` and `else` are checked by _if; without an `if` they mean nothing.
    return lambda value: True


_KEYWORDS: dict[str, Callable[[Any, Mapping[str, Any], FormatChecker], Check]] = {
    "type": _type,
    "properties": _properties,
    "additionalProperties": _additional_properties,
    "required": _required,
    "minLength": _min_length,
    "maxLength": _max_length,
    "pattern": _pattern,
    "format": _format,
    "minimum": _minimum,
    "maximum": _maximum,
    "minItems": _min_items,
    "maxItems": _max_items,
    "items": _items,
    "allOf": _all_of,
    "if": _if,
    "then": _handled_by_if,
    "else": _handled_by_if,
}

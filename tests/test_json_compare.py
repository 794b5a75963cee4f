"""equals_json: unordered keys, multiset arrays, JSON kinds kept apart, any depth."""

from __future__ import annotations

import copy
import json
import math
import random
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from messenger.json_compare import JSON, equals_json

NAN = float("nan")

# --- the rules, one at a time -------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ([1, 2, 3], [3, 1, 2]),
        ([1, 1, 2], [1, 2, 1]),
        ({"a": 1, "b": 2}, {"b": 2, "a": 1}),
        ([], []),
        ({}, {}),
        ("", ""),
        (None, None),
    ],
)
def test_order_of_keys_and_elements_does_not_matter(a: JSON, b: JSON) -> None:
    assert equals_json(a, b)
    assert equals_json(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ([1, 1, 2], [1, 2, 2]),
        ([1, 1], [1]),
        ([1], [1, 1]),
        ([[], []], [[]]),
        ([None], []),
    ],
)
def test_arrays_are_multisets_so_repeats_count(a: JSON, b: JSON) -> None:
    assert not equals_json(a, b)
    assert not equals_json(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (True, 1),
        (False, 0),
        ([True], [1]),
        ({"a": False}, {"a": 0}),
        (1, "1"),
        (True, "true"),
        (None, "null"),
        (None, False),
        (None, 0),
        (None, ""),
        (None, []),
        (None, {}),
        ([], {}),
        ("", []),
        (0, []),
        ([1], 1),
        ([1, "a"], {"1": "a"}),
    ],
)
def test_values_of_different_json_kinds_are_never_equal(a: JSON, b: JSON) -> None:
    assert not equals_json(a, b)
    assert not equals_json(b, a)


@pytest.mark.parametrize(("a", "b"), [(1, 1.0), (0, -0.0), (-3, -3.0), (10**20, 1e20)])
def test_numbers_compare_by_value_so_an_integral_float_equals_the_int(a: JSON, b: JSON) -> None:
    assert equals_json(a, b)
    assert equals_json([a, "x"], ["x", b])


def test_parsed_integers_equal_parsed_integral_decimals() -> None:
    assert equals_json(json.loads('[1, 2.0, {"n": 3}]'), json.loads('[{"n": 3.0}, 2, 1.0]'))


def test_ints_and_floats_compare_exactly_beyond_float_precision() -> None:
    assert 2**53 + 1 != 2.0**53
    assert not equals_json(2**53 + 1, 2.0**53)
    assert not equals_json(1, 1.0000000000000002)


def test_a_missing_key_is_not_a_key_holding_null() -> None:
    assert not equals_json({"a": None}, {})
    assert not equals_json({}, {"a": None})
    assert not equals_json({"a": 1, "b": None}, {"a": 1, "c": None})
    assert equals_json({"a": None}, {"a": None})


def test_nan_equals_nan_structurally() -> None:
    parsed = json.loads('[NaN, 1, {"x": NaN}]')
    assert equals_json(parsed, [{"x": float("nan")}, 1, float("nan")])
    assert equals_json(NAN, json.loads("NaN"))
    assert not equals_json(NAN, 0.0)
    assert not equals_json(NAN, json.loads("Infinity"))
    assert not equals_json([NAN, NAN], [NAN])


def test_infinities_equal_themselves_only() -> None:
    assert equals_json(json.loads("[Infinity, -Infinity]"), [-math.inf, math.inf])
    assert not equals_json(math.inf, -math.inf)
    assert not equals_json(math.inf, 1e308)


def test_strings_compare_exactly() -> None:
    assert equals_json("żółw 🐢", "żółw 🐢")
    assert not equals_json("a", "a ")
    assert not equals_json("a", "A")
    assert not equals_json({"a": 1}, {"A": 1})


def test_mixed_kind_arrays_compare_as_multisets() -> None:
    values: list[JSON] = [1, "1", True, None, 1.5, [], {}, [1], {"1": 1}, False, 0]
    assert equals_json(values, list(reversed(values)))
    assert not equals_json([1, "1"], ["1", "1"])
    assert not equals_json([True, 1], [1, 1])
    assert not equals_json([True, 1], [True, True])


def test_arrays_of_objects_match_each_object_as_a_whole() -> None:
    a: JSON = [{"id": 1, "tags": ["x", "y"]}, {"id": 2, "tags": []}]
    assert equals_json(a, [{"tags": [], "id": 2}, {"tags": ["y", "x"], "id": 1}])
    # The same leaves in every position, paired differently: not the same objects.
    assert not equals_json(
        [{"a": 1, "b": 2}, {"a": 3, "b": 4}],
        [{"a": 1, "b": 4}, {"a": 3, "b": 2}],
    )


def test_arrays_of_arrays_match_each_inner_array_as_a_whole() -> None:
    assert equals_json([[1, 2], [3]], [[3], [2, 1]])
    assert not equals_json([[1, 2], [3]], [[1], [2, 3]])
    assert not equals_json([[1, 2]], [[1], [2]])
    assert not equals_json([[]], [])
    assert equals_json([[[1, [2, 3]], 4]], [[4, [[3, 2], 1]]])


def test_a_shared_subtree_counts_once_per_occurrence() -> None:
    inner: list[JSON] = [1, 2]
    assert equals_json([inner, inner], [[2, 1], [1, 2]])
    assert not equals_json([inner, inner], [[1, 2]])


def test_a_value_does_not_equal_a_part_of_itself() -> None:
    whole: JSON = {"a": [[1], {"b": [1]}]}
    parts: list[JSON] = [[[1], {"b": [1]}], [1], {"b": [1]}, 1]
    for part in parts:
        assert not equals_json(whole, part)
        assert not equals_json(part, whole)


def test_a_value_equals_itself() -> None:
    value = json.loads('{"a": [1, {"b": [null, true]}], "c": "d"}')
    assert equals_json(value, value)


@pytest.mark.parametrize(
    "value",
    [(1, 2), {1, 2}, b"bytes", object(), {1: "int key"}, [[(1,)]], {"a": {"b": {2}}}],
    ids=["tuple", "set", "bytes", "object", "int key", "nested tuple", "nested set"],
)
def test_anything_that_is_not_json_is_a_type_error(value: Any) -> None:
    with pytest.raises(TypeError, match="not a JSON value"):
        equals_json(value, value)


def test_a_container_holding_itself_is_a_value_error_not_a_hang() -> None:
    loop: list[Any] = [1]
    loop.append([loop])
    with pytest.raises(ValueError, match="contains itself"):
        equals_json(loop, [1, [[]]])


# --- depth: what json.loads can build, and beyond -------------------------------------


def parse_at_limit(text_of_depth: Callable[..., str]) -> tuple[int, JSON, JSON, JSON, JSON]:
    """The deepest nesting json.loads accepts, parsed: (depth, value, twin, other leaf,
    one level less). The C scanner counts each level against the interpreter's recursion
    limit together with the caller's frames, so the search and the parses that use its
    result share this one frame: here depth parses and depth + 1 raised RecursionError."""
    low, high = 0, 64  # low parses (or is 0), high raised RecursionError
    while True:
        try:
            json.loads(text_of_depth(high))
        except RecursionError:
            break
        low, high = high, high * 2
    while high - low > 1:
        middle = (low + high) // 2
        try:
            json.loads(text_of_depth(middle))
        except RecursionError:
            high = middle
        else:
            low = middle
    return (
        low,
        json.loads(text_of_depth(low)),
        json.loads(text_of_depth(low)),
        json.loads(text_of_depth(low, "2")),
        json.loads(text_of_depth(low - 1)),
    )


def _arrays(depth: int, leaf: str = "1") -> str:
    return "[" * depth + leaf + "]" * depth


def _objects(depth: int, leaf: str = "1") -> str:
    return '{"k": ' * depth + leaf + "}" * depth


def _mixed(depth: int, leaf: str = "1") -> str:
    # Levels alternate object and array; every object also holds a sibling array.
    half = depth // 2
    return (
        '{"s": [0, 1], "k": [' * half + "[" * (depth % 2) + leaf + "]" * (depth % 2) + "]}" * half
    )


@pytest.mark.parametrize("text_of_depth", [_arrays, _objects, _mixed], ids=lambda f: f.__name__)
def test_values_nested_as_deep_as_json_loads_goes_compare_without_recursion_error(
    text_of_depth: Callable[..., str],
) -> None:
    depth, deep, twin, other_leaf, shallower = parse_at_limit(text_of_depth)
    assert depth > 100
    assert equals_json(deep, twin)
    assert not equals_json(deep, other_leaf)
    assert not equals_json(deep, shallower)


def test_values_far_deeper_than_the_recursion_limit_compare() -> None:
    # json.loads itself reaches tens of thousands of levels once sys.setrecursionlimit is
    # raised; build such values directly instead of risking the parser's C stack.
    def nested(depth: int, leaf: JSON) -> JSON:
        value = leaf
        for level in range(depth):
            value = [value, level % 3] if level % 2 else {"k": value, "n": None}
        return value

    deep = nested(100_000, "bottom")
    assert equals_json(deep, nested(100_000, "bottom"))
    assert not equals_json(deep, nested(100_000, "bottom!"))


# --- properties -------------------------------------------------------------------------

leaves = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8)
json_values = st.recursive(
    leaves,
    lambda children: (
        st.lists(children, max_size=6) | st.dictionaries(st.text(max_size=4), children, max_size=6)
    ),
    max_leaves=40,
)


def deep_shuffle(value: JSON, rnd: random.Random) -> JSON:
    """A fresh copy with every object's keys and every array's elements reordered."""
    if isinstance(value, list):
        items = [deep_shuffle(item, rnd) for item in value]
        rnd.shuffle(items)
        return items
    if isinstance(value, dict):
        keys = list(value)
        rnd.shuffle(keys)
        return {key: deep_shuffle(value[key], rnd) for key in keys}
    return value


@given(json_values, st.randoms(use_true_random=False))
def test_a_value_equals_any_deep_shuffle_of_itself(value: JSON, rnd: random.Random) -> None:
    shuffled = deep_shuffle(value, rnd)
    assert equals_json(value, shuffled)
    assert equals_json(shuffled, value)


@given(json_values, st.randoms(use_true_random=False))
def test_a_value_survives_a_round_trip_through_json_text(value: JSON, rnd: random.Random) -> None:
    text = json.dumps(deep_shuffle(value, rnd))
    assert equals_json(value, json.loads(text))


def changed_leaf(value: JSON) -> JSON:
    """A different value of the same kind (None has none)."""
    if isinstance(value, bool):
        return not value
    if isinstance(value, int):
        return value + 1
    if isinstance(value, float):
        if math.isnan(value):
            return 0.0
        # The next float, never a no-op (1e300 + 1 == 1e300); inf steps down to the max.
        return math.nextafter(value, -math.inf if value == math.inf else math.inf)
    assert isinstance(value, str)
    return value + "~"


def changed_kind(value: JSON) -> JSON:
    """A near miss of another JSON kind: true -> 1, 1 -> "1", "a" -> ["a"], ..."""
    if value is None:
        return False
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return {str(index): item for index, item in enumerate(value)}
    return list(value.values())


Slot = tuple[list[JSON] | dict[str, JSON], Any] | None  # (container, index or key); None: root


def slots(value: JSON) -> list[Slot]:
    found: list[Slot] = [None]
    pending = [value]
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            found += [(node, key) for key in node]
            pending += node.values()
        elif isinstance(node, list):
            found += [(node, index) for index in range(len(node))]
            pending += node
    return found


@given(json_values, st.data())
def test_any_single_change_makes_a_value_unequal(value: JSON, data: st.DataObject) -> None:
    changed = copy.deepcopy(value)
    slot = data.draw(st.sampled_from(slots(changed)), label="where")
    target = changed if slot is None else slot[0][slot[1]]

    kinds = ["change kind"]
    if target is not None and not isinstance(target, list | dict):
        kinds.append("change leaf")
    if isinstance(target, list):
        kinds += ["add element", "remove element"] if target else ["add element"]
    if isinstance(target, dict):
        kinds += ["add key", "remove key"] if target else ["add key"]
    kind = data.draw(st.sampled_from(kinds), label="change")

    replacement: JSON
    if kind == "change kind":
        replacement = changed_kind(target)
    elif kind == "change leaf":
        replacement = changed_leaf(target)
    elif kind == "add element":
        assert isinstance(target, list)
        replacement = [*target, data.draw(json_values, label="added")]
    elif kind == "remove element":
        assert isinstance(target, list)
        index = data.draw(st.integers(0, len(target) - 1), label="removed")
        replacement = target[:index] + target[index + 1 :]
    elif kind == "add key":
        assert isinstance(target, dict)
        # Longer than every key it has, so certainly new; null is a fine value: a key
        # holding null is not a missing key.
        new_key = "".join(target) + "+"
        replacement = {**target, new_key: data.draw(json_values, label="added")}
    else:
        assert isinstance(target, dict)
        key = data.draw(st.sampled_from(sorted(target)), label="removed")
        replacement = {k: v for k, v in target.items() if k != key}

    if slot is None:
        changed = replacement
    else:
        container, place = slot
        container[place] = replacement

    assert not equals_json(value, changed)
    assert not equals_json(changed, value)
    assert not equals_json(
        deep_shuffle(changed, data.draw(st.randoms(use_true_random=False))), value
    )


# An independent oracle: a recursive normal form, fine for the small values drawn here.
def normal_form(value: JSON) -> Any:
    if value is None or isinstance(value, bool | str):
        return (type(value).__name__, value)
    if isinstance(value, int | float):
        if math.isnan(value):
            return ("nan",)
        exact = int(value) if isinstance(value, float) and value.is_integer() else value
        return ("number", exact)
    if isinstance(value, list):
        return ("array", sorted((normal_form(item) for item in value), key=repr))
    return ("object", sorted((key, normal_form(item)) for key, item in value.items()))


small_leaves = st.sampled_from([0, 1, 1.0, -0.0, 2, True, False, None, "", "1", NAN, math.inf])
small_values = st.recursive(
    small_leaves,
    lambda children: (
        st.lists(children, max_size=3) | st.dictionaries(st.sampled_from("ab"), children)
    ),
    max_leaves=6,
)


@given(small_values, small_values)
def test_equals_json_agrees_with_a_simple_normal_form(a: JSON, b: JSON) -> None:
    assert equals_json(a, b) == (normal_form(a) == normal_form(b))

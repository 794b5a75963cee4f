"""Equality of JSON values where neither object keys nor array elements are ordered.

`equals_json(a, b)` compares two values as `json.loads` builds them. Arrays compare as
multisets: order is ignored but multiplicity is not, so `[1, 1, 2]` differs from `[1, 2, 2]`.
Everything else compares by JSON kind and value:

- the kinds null, boolean, number, string, array and object never equal each other, so
  `true` is not `1`, `1` is not `"1"`, `[]` is not `{}`, and a missing key is not a key
  holding null;
- numbers compare by mathematical value, so `1 == 1.0` and `0 == -0.0`. JSON has one
  number type (RFC 8259) and the text `1.0` versus `1` is a serialiser's choice, not data;
  JSON Schema, which validates our requests, agrees (`1.0` is an integer to it). Python
  compares int with float exactly, so `2**53 + 1` still differs from `2.0**53`;
- NaN, which strict JSON has no way to write but `json.loads` accepts by default, equals
  NaN: the comparison is structural ("both documents say NaN here"), not IEEE arithmetic.
  Infinity and -Infinity equal themselves as usual.

How: every value gets a canonical id, an int that is the same for two values exactly when
they are equal under the rules above. Ids are built bottom-up and interned in tables shared
by both sides: an array's id is looked up by the sorted tuple of its elements' ids, an
object's by its key-sorted (key, id) pairs. The tables compare keys exactly, so unlike a
hash of the value no collision can make unequal documents equal. Sorting ints makes arrays
O(k log k) instead of matching elements pairwise (O(n log n) overall), and the keys are
tuples of ints or of (str, int) pairs however deep the value, so hashing and comparing them
never recurses (a nested-tuple normal form would, and Python's own `==` on nested lists
does). The walk uses an explicit stack, so depth is bounded by memory, not by the
interpreter's recursion limit: `json.loads` stops at that limit (994 levels at top level
with the default of 1000; tens of thousands when raised, until the C stack overflows),
and this must accept everything it returns.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import count
from typing import TypeAlias

JSON: TypeAlias = dict[str, "JSON"] | list["JSON"] | str | int | float | bool | None
Container: TypeAlias = dict[str, JSON] | list[JSON]

# Fixed ids for the constants; interned values are numbered after them.
_NULL, _FALSE, _TRUE, _NAN = range(4)
_FIRST_INTERNED = 4


class _Unseen(Exception):
    """The second value holds something the first lacks anywhere, so they differ."""


def _refuse_new_id() -> int:
    raise _Unseen


class _Canon:
    """The interning tables for one comparison, so ids from both sides are comparable.

    Four tables keep the kinds apart without tagging every key: a string, a number, an
    array and an object never collide, even where Python calls them equal (`True == 1`);
    the constants have fixed ids. Ids only need to be distinct, not dense.
    """

    __slots__ = ("_arrays", "_fresh", "_numbers", "_objects", "_strings")

    def __init__(self) -> None:
        self._strings: dict[str, int] = {}
        self._numbers: dict[int | float, int] = {}
        self._arrays: dict[tuple[int, ...], int] = {}
        self._objects: dict[tuple[tuple[str, int], ...], int] = {}
        self._fresh = count(_FIRST_INTERNED).__next__

    def freeze(self) -> None:
        """From now on a value not seen before raises _Unseen instead of getting an id.

        Equal values have equal subtrees all the way down, so once the first side is
        interned, any subtree of the second that misses the tables proves inequality:
        unequal documents are mostly rejected before the walk is over.
        """
        self._fresh = _refuse_new_id

    def _leaf(self, value: JSON) -> int:
        # Identity tests first: bool is an int subclass and must not reach the numbers.
        if value is None:
            return _NULL
        if value is True:
            return _TRUE
        if value is False:
            return _FALSE
        if isinstance(value, str):
            found = self._strings.get(value)
            if found is None:
                found = self._strings[value] = self._fresh()
            return found
        if isinstance(value, int | float):
            if value != value:  # NaN: a dict lookup would never find it again
                return _NAN
            found = self._numbers.get(value)
            if found is None:
                found = self._numbers[value] = self._fresh()
            return found
        raise TypeError(f"not a JSON value: {type(value).__name__}")

    def _close(self, node: Container, ids: list[int]) -> int:
        """The id of a container from its children's ids, in the container's own order."""
        if isinstance(node, list):
            array = tuple(sorted(ids))
            found = self._arrays.get(array)
            if found is None:
                found = self._arrays[array] = self._fresh()
            return found
        if not set(map(type, node)) <= {str} and not all(isinstance(k, str) for k in node):
            raise TypeError("not a JSON value: an object key is not a string")
        # Keys are unique, so sorting the pairs never compares the ids.
        obj = tuple(sorted(zip(node, ids, strict=True)))
        found = self._objects.get(obj)
        if found is None:
            found = self._objects[obj] = self._fresh()
        return found

    def canonical_id(self, value: JSON) -> int:
        """The id of `value`, computed in post-order over an explicit stack of frames."""
        if not isinstance(value, list | dict):
            return self._leaf(value)
        strings, numbers, fresh = self._strings, self._numbers, self._fresh
        # Keyed by id(): every container stays alive for the whole walk. One reached again
        # when finished is shared (never from json.loads) and is not walked twice; one
        # reached again while still open is its own ancestor, which no JSON text can say.
        done: dict[int, int] = {}
        open_ = {id(value)}
        frames: list[tuple[Container, Iterator[JSON], list[int]]] = []
        node: Container = value
        children: Iterator[JSON] = iter(value.values() if isinstance(value, dict) else value)
        ids: list[int] = []
        while True:
            # The hot loop: one pass per value, leaves resolved inline, most common first.
            for child in children:
                if type(child) is str:
                    found = strings.get(child)
                    if found is None:
                        found = strings[child] = fresh()
                    ids.append(found)
                elif type(child) is int or type(child) is float:
                    if child != child:
                        ids.append(_NAN)
                        continue
                    found = numbers.get(child)
                    if found is None:
                        found = numbers[child] = fresh()
                    ids.append(found)
                elif child is None:
                    ids.append(_NULL)
                elif type(child) is bool:
                    ids.append(_TRUE if child else _FALSE)
                elif not isinstance(child, list | dict):
                    ids.append(self._leaf(child))
                elif (key := id(child)) in done:
                    ids.append(done[key])
                elif key in open_:
                    raise ValueError("not a JSON value: a container contains itself")
                else:
                    # Descend; this frame's iterator resumes where it stopped.
                    open_.add(key)
                    frames.append((node, children, ids))
                    node, ids = child, []
                    children = iter(child.values() if isinstance(child, dict) else child)
                    break
            else:
                closed = self._close(node, ids)
                key = id(node)
                open_.discard(key)
                done[key] = closed
                if not frames:
                    return closed
                node, children, ids = frames.pop()
                ids.append(closed)


def equals_json(a: JSON, b: JSON) -> bool:
    """Whether two JSON values are equal with unordered keys and multiset arrays.

    Raises TypeError for anything that is not a JSON value (tuples, sets, non-string
    keys, other objects) and ValueError for a container that contains itself, as far as
    it reads: once `b` is known to differ from `a` the rest of `b` is not looked at.
    """
    canon = _Canon()
    expected = canon.canonical_id(a)
    canon.freeze()
    try:
        return canon.canonical_id(b) == expected
    except _Unseen:
        return False

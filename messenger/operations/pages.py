"""One page of a keyset-paginated list, as an operation returns it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Generic, TypeVar

Item = TypeVar("Item")


@dataclass(frozen=True)
class Page(Generic[Item]):
    """One page of a list and the cursor of the next one (None on the last page)."""

    items: list[Item]
    next: Any

"""Long `IN (…)` lists in pieces: SQLite refuses a statement with more bound parameters than its limit
(32,766 since 3.32, 999 before), and a unit's list or an export can name more ids than that."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")
BOUND_PARAMETERS = 900  # under the oldest SQLite's 999, with room for a query's other parameters


def chunks(items: Sequence[T], size: int = BOUND_PARAMETERS) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]

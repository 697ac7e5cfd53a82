"""What a changing action did, as values: enough to take it back (undo) or do it again (redo).

The department's changing use cases return one of these; `services.undo.apply_change` applies it in
one transaction. Pure data: no store, no Qt, so the window's undo stack and the command line share it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING, Any

from dvc_desktop.services.errors import InvalidRequest

if TYPE_CHECKING:
    from dvc_desktop.domain.classification import Classification
    from dvc_desktop.services.workspace_view import ProcedureRow


@dataclass(frozen=True)
class RemovedItem:
    """Enough to put a removed procedure back (undo)."""

    classification_id: int
    procedure_id: int
    classification: "Classification"
    local_procedure: dict[str, Any] | None  # a local procedure's record, removed with it


@dataclass(frozen=True)
class StatesChange:
    """Classifications saved: each id's answer before and after (one row, or many at once)."""

    before: dict[int, "Classification"]
    after: dict[int, "Classification"]


@dataclass(frozen=True)
class RecordChange:
    """A local procedure's record edited: the edited fields before and after, as stored."""

    classification_id: int
    before: dict[str, str]
    after: dict[str, str]


@dataclass(frozen=True)
class MembershipChange:
    """Procedures the action took into the unit's list (`added`) or out of it. `items` hold what they
    had when last taken out (a removal's from the start; an addition's from its first undo): ids are
    never reused, so they come back as they were."""

    ids: tuple[int, ...]
    added: bool
    items: tuple[RemovedItem, ...] = ()

    @classmethod
    def removal(cls, items: list[RemovedItem]) -> "MembershipChange":
        return cls(tuple(i.classification_id for i in items), False, tuple(items))

    @classmethod
    def addition(cls, ids: list[int]) -> "MembershipChange":
        return cls(tuple(ids), True)


Change = StatesChange | RecordChange | MembershipChange


class Direction(Enum):
    UNDO = "undo"
    REDO = "redo"


@dataclass(frozen=True)
class Applied:
    """What applying a change left: the change as it now stands (an addition's undo fills its items),
    the rows to show again, and the ids no longer in the list."""

    change: Change
    rows: list["ProcedureRow"]
    removed: list[int]


class ChangeOutdated(InvalidRequest):
    """The rows moved on since the change (a later import or edit outside the undo history): applying
    it would overwrite what is there now, so nothing is written."""

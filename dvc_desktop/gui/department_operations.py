"""The department window's user actions, one short function each: which service the action calls on
the worker and what comes back to the window (the rows to show again, the change for undo).

Services are imported inside the jobs: they run on the worker, and the window's first paint need not
wait for SQLAlchemy.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from dvc_desktop.gui.operations import Operation

if TYPE_CHECKING:
    from dvc_desktop.domain.classification import Classification, Form
    from dvc_desktop.domain.rulesets import RuleSet
    from dvc_desktop.services.changes import Applied, Change, Direction
    from dvc_desktop.services.workspace import (
        BulkResult,
        HistoryEntry,
        ProcedureDetail,
        RecordSaved,
        Saved,
    )
    from dvc_desktop.services.workspace_view import ProcedureRow


@dataclass(frozen=True)
class Membership:
    """Rows taken into the list (or out of it), with the change for undo."""

    rows: list["ProcedureRow"]
    change: "Change"


class Wanted:
    """The one procedure whose detail is still wanted. Moving through the table (arrows held down, a
    search that changes the current row at each letter) queues a read per row; those a later one
    replaced are skipped when their turn comes, so the worker reads only the last."""

    def __init__(self) -> None:
        self.row_id: int | None = None
        self.on_its_way = False  # asked for, its answer not back yet

    def answered(self) -> None:
        self.on_its_way = False


def load_detail(row_id: int, wanted: Wanted) -> Operation["ProcedureDetail | None"]:
    wanted.row_id, wanted.on_its_way = row_id, True

    def job(context: Any) -> "ProcedureDetail | None":
        if wanted.row_id != row_id:  # read on the worker: a plain attribute, set on the GUI thread
            return None
        from dvc_desktop.services.workspace import detail

        return detail(context, row_id)
    return Operation(job)


def save_answer(row_id: int, wanted: "Classification") -> Operation["Saved"]:
    def job(context: Any) -> "Saved":
        from dvc_desktop.services.workspace import save_classification

        return save_classification(context, row_id, wanted)
    return Operation(job, changes=True)


def save_record(row_id: int, fields: dict[str, str]) -> Operation["RecordSaved"]:
    def job(context: Any) -> "RecordSaved":
        from dvc_desktop.services.workspace import update_local_fields

        return update_local_fields(context, row_id, fields)
    return Operation(job, changes=True)


def mark_ready(ids: list[int]) -> Operation[tuple["BulkResult", list["ProcedureRow"]]]:
    def job(context: Any) -> tuple["BulkResult", list["ProcedureRow"]]:
        from dvc_desktop.services.workspace import load_rows, mark_ready

        result = mark_ready(context, ids)
        return result, load_rows(context, result.changed)
    return Operation(job, changes=True)


def classify_many(ids: list[int], form: "Form", reason: str,
                  provision: str) -> Operation[tuple["BulkResult", list["ProcedureRow"]]]:
    def job(context: Any) -> tuple["BulkResult", list["ProcedureRow"]]:
        from dvc_desktop.services.workspace import classify_in_bulk, load_rows

        result = classify_in_bulk(context, ids, form, reason, provision)
        return result, load_rows(context, result.changed)
    return Operation(job, changes=True)


def add_from_reference(procedure_ids: list[int]) -> Operation[Membership]:
    def job(context: Any) -> Membership:
        from dvc_desktop.services.changes import MembershipChange
        from dvc_desktop.services.workspace import add_procedures, load_rows

        ids = add_procedures(context, procedure_ids)
        return Membership(load_rows(context, ids), MembershipChange.addition(ids))
    return Operation(job, changes=True)


def create_local(values: dict[str, Any]) -> Operation[Membership]:
    def job(context: Any) -> Membership:
        from dvc_desktop.services.changes import MembershipChange
        from dvc_desktop.services.workspace import LocalProcedure, create_local_procedure, load_rows

        row_id = create_local_procedure(context, LocalProcedure(**values))
        return Membership(load_rows(context, [row_id]), MembershipChange.addition([row_id]))
    return Operation(job, changes=True)


def remove(ids: list[int]) -> Operation[Membership]:
    def job(context: Any) -> Membership:
        from dvc_desktop.services.changes import MembershipChange
        from dvc_desktop.services.workspace import remove

        return Membership([], MembershipChange.removal(remove(context, ids)))
    return Operation(job, changes=True)


def apply_change(change: "Change", direction: "Direction") -> Operation["Applied"]:
    def job(context: Any) -> "Applied":
        from dvc_desktop.services.undo import apply_change

        return apply_change(context, change, direction)
    return Operation(job, changes=True)


def history(row_id: int) -> Operation[list["HistoryEntry"]]:
    def job(context: Any) -> list["HistoryEntry"]:
        from dvc_desktop.services.workspace import history

        return history(context, row_id)
    return Operation(job)


def reclassify_proposals() -> Operation[tuple[list[Any], "RuleSet"]]:
    def job(context: Any) -> tuple[list[Any], "RuleSet"]:
        from dvc_desktop.services.reclassify import proposals
        from dvc_desktop.services.reporting import reporting_date

        with context.transaction() as session:
            rules = reporting_date(session, context.today()).rules
        return proposals(context), rules
    return Operation(job)


def reclassify(codes: list[str], picked: dict[str, str]) -> Operation[tuple[Any, list["ProcedureRow"]]]:
    def job(context: Any) -> tuple[Any, list["ProcedureRow"]]:
        from dvc_desktop.services.reclassify import apply_reclassification
        from dvc_desktop.services.workspace import load_rows

        done = apply_reclassification(context, codes, picked)
        return done, load_rows(context, [p.classification_id for p in done.applied])
    return Operation(job, changes=True)


def export_rows(ids: list[int], target: Path, label: str) -> Operation[Path]:
    def job(context: Any, progress: Any) -> Path:
        from dvc_desktop.services.workspace import export_rows

        return export_rows(context, ids, target, progress)
    return Operation(job, label=label)

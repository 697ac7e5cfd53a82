"""Who handles which procedure, worked out from the catalogue's "Cơ quan thực hiện".

The catalogue names agencies in words ("Sở Tư pháp", "SỞ TƯ PHÁP", "UBND cấp xã"); each name is
matched to the province's active units without regard to case and diacritics, and "UBND cấp xã"
stands for every active commune. Names that match no unit are reported so the office can correct its
list. The assignment is derived data: it is rebuilt whenever the catalogue or the units change.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from typing import cast

from sqlalchemy import Table, bindparam, delete, insert, select
from sqlalchemy.orm import Session

from dvc_desktop.domain.text import fold
from dvc_desktop.domain.units import UnitKind
from dvc_desktop.store import models

# Spellings of "every commune" in catalogues (folded, "Ủy ban nhân dân" shortened to "ubnd").
ALL_COMMUNES = frozenset({
    "ubnd cap xa", "cap xa", "ubnd xa", "ubnd cac xa", "ubnd xa, phuong, dac khu", "ubnd cap xa, phuong, dac khu",
    "ubnd cac xa, phuong, dac khu", "ubnd xa, phuong, thi tran", "ubnd cap xa, phuong, thi tran",
    "ubnd xa, phuong", "ubnd cac xa, phuong", "ubnd cac xa, phuong, thi tran",
})
_SEPARATORS = re.compile(r"[;\n]+")


@dataclass
class AssignmentResult:
    assigned: int = 0  # (procedure, unit) pairs
    unmatched: list[str] = field(default_factory=list)  # agency names as the catalogue writes them


def agency_key(text: str) -> str:
    """The key an agency name is matched by: folded, "Ủy ban nhân dân" as "ubnd", no trailing dot."""
    key = fold(text).replace("uy ban nhan dan", "ubnd").strip(" .")
    return re.sub(r"^(?:\d+|[a-z])[.)]\s+", "", key)  # "1. Sở Tư pháp" in a list cell


def agency_names(text: str) -> list[str]:
    """The agencies a cell names: one per line or per semicolon."""
    return [part.strip(" .-") for part in _SEPARATORS.split(text or "") if part.strip(" .-")]


def assign_from_agencies(session: Session) -> AssignmentResult:
    """Rebuild procedure_units for the whole catalogue from each procedure's executing agency."""
    units = session.execute(select(models.Unit.id, models.Unit.name, models.Unit.kind)
                            .where(models.Unit.state == "active", models.Unit.parent_id.is_not(None))).all()
    by_key: dict[str, set[int]] = {}
    for unit_id, name, _ in units:
        by_key.setdefault(agency_key(name), set()).add(unit_id)
    communes = {unit_id for unit_id, _, kind in units if kind == UnitKind.COMMUNE.value}
    result = AssignmentResult()
    unmatched: dict[str, str] = {}
    pairs: set[tuple[int, int]] = set()
    cache: dict[str, set[int]] = {}  # a catalogue repeats a few dozen agency texts: each is read once
    for procedure_id, agency in session.execute(select(models.Procedure.id, models.Procedure.executing_agency)
                                                .where(models.Procedure.origin == "reference")):
        if agency not in cache:
            cache[agency] = _units_named(agency, by_key, communes, unmatched)
        pairs.update((procedure_id, unit_id) for unit_id in cache[agency])
    _write_differences(session, pairs)
    result.assigned = len(pairs)
    result.unmatched = sorted(unmatched.values(), key=fold)
    return result


def _units_named(agency: str, by_key: dict[str, set[int]], communes: set[int], unmatched: dict[str, str]) -> set[int]:
    """The units an agency cell names; names no unit matches go to `unmatched`."""
    found: set[int] = set()
    for name in agency_names(agency):
        key = agency_key(name)
        units = communes if key in ALL_COMMUNES else by_key.get(key)
        if units is None:
            unmatched.setdefault(key, name)
        else:
            found |= units
    return found


def _write_differences(session: Session, pairs: set[tuple[int, int]]) -> None:
    """Only what changed is written: a unit added or renamed touches a few hundred of the 60,000
    pairs a province of 20,000 procedures has (rewriting them all took about a second)."""
    table = cast(Table, models.ProcedureUnit.__table__)
    current = {(p, u) for p, u in session.execute(select(table.c.procedure_id, table.c.unit_id))}  # plain tuples
    gone, new = current - pairs, pairs - current
    if gone:
        session.execute(delete(table).where(table.c.procedure_id == bindparam("p"), table.c.unit_id == bindparam("u")),
                        [{"p": p, "u": u} for p, u in sorted(gone)])
    if new:
        session.execute(insert(table), [{"procedure_id": p, "unit_id": u} for p, u in sorted(new)])


def assigned_units(session: Session) -> dict[int, list[str]]:
    """procedure id → the codes of the units that handle it."""
    found: dict[int, list[str]] = {}
    for procedure_id, code in session.execute(
            select(models.ProcedureUnit.procedure_id, models.Unit.code)
            .join(models.Unit, models.Unit.id == models.ProcedureUnit.unit_id).order_by(models.Unit.code)):
        found.setdefault(procedure_id, []).append(code)
    return found

"""Where the catalogue stands: this installation, its procedures, and each unit's submissions."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date

from sqlalchemy import func, select

from dvc_desktop.domain.units import UnitKind
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.settings import get_deadline, iso_utc, require_identity
from dvc_desktop.store import models


@dataclass(frozen=True)
class UnitStatus:
    code: str
    name: str
    last_sequence: int | None
    last_import_at: str | None  # ISO-8601
    state: str  # on_time | late | never


@dataclass
class StatusReport:
    role: str
    unit: str
    unit_name: str
    province: str
    procedures: int
    classified: int
    deadline: str | None
    units: list[UnitStatus] = field(default_factory=list)

    def to_json(self) -> dict:
        """The documented `status --json` shape (docs/cli.md)."""
        return {
            "role": self.role,
            "unit": self.unit,
            "unit_name": self.unit_name,
            "province": self.province,
            "procedures": self.procedures,
            "classified": self.classified,
            "deadline": self.deadline,
            "units": [asdict(u) for u in self.units],
        }


def unit_state(last_import: object | None, deadline: date | None, today: date) -> str:
    """Nothing accepted: late once the deadline has passed, otherwise never submitted."""
    if last_import is not None:
        return "on_time"
    return "late" if deadline is not None and today > deadline else "never"


def status(context: ServiceContext) -> StatusReport:
    with context.transaction() as session:
        identity = require_identity(session)
        deadline = get_deadline(session)
        own = session.scalars(select(models.Unit).where(models.Unit.code == identity.unit_code)).one()
        procedures = session.scalar(select(func.count()).select_from(models.Procedure)) or 0
        # A department counts its own work; the province counts what every unit classified.
        classified_query = select(func.count()).select_from(models.Classification).where(
            models.Classification.form.is_not(None))
        if identity.role.value == "department":
            classified_query = classified_query.where(models.Classification.unit_id == own.id)
        classified = session.scalar(classified_query) or 0
        expected = session.scalars(
            select(models.Unit).where(models.Unit.kind != UnitKind.PROVINCE.value).order_by(models.Unit.code)
        )
        today = context.today()
        accepted = {code: (seq, at) for code, seq, at in session.execute(
            select(models.PackageImport.sender_code, func.max(models.PackageImport.sequence),
                   func.max(models.PackageImport.imported_at))
            .where(models.PackageImport.kind == "submission").group_by(models.PackageImport.sender_code))}
        units = []
        for unit in expected:
            sequence, at = accepted.get(unit.code, (None, None))
            when = iso_utc(at) if at else None
            units.append(UnitStatus(unit.code, unit.name, sequence, when, unit_state(when, deadline, today)))
        return StatusReport(
            role=identity.role.value,
            unit=identity.unit_code,
            unit_name=identity.unit_name,
            province=identity.province_code,
            procedures=procedures,
            classified=classified,
            deadline=deadline.isoformat() if deadline else None,
            units=units,
        )


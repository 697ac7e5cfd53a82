"""The province's units: imported from its own list, added, renamed, retired (`dvc-desktop units …`).

Every change is one transaction with its audit entries. After any change the assignment of
procedures to units is worked out again from the catalogue's agency names (services/assignment.py),
so a unit added to the list picks up the procedures its name was already written against.
"""

from __future__ import annotations

from typing import Any

from dataclasses import asdict, dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvc_desktop.domain.errors import DomainError
from dvc_desktop.domain.text import clean, fold
from dvc_desktop.domain.units import UnitKind, UnitLevel, kind_of_level, parse_province_unit_code, parse_unit_name
from dvc_desktop.excel.safety import WorkbookRejected
from dvc_desktop.i18n import translate
from dvc_desktop.progress import Progress, no_progress
from dvc_desktop.services.assignment import assign_from_agencies
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.errors import InputRejected, InvalidRequest
from dvc_desktop.services.import_report import ExcelImportReport
from dvc_desktop.services.settings import Identity, Role, require_identity
from dvc_desktop.services.setup import province_root_code
from dvc_desktop.store import audit, models


def _t(text: str, **params: object) -> str:
    return translate("units", text, **params)


@dataclass(frozen=True)
class UnitView:
    code: str
    name: str
    level: str  # tinh | xa
    kind: str  # province | department | commune (district: an old tree)
    state: str  # active | retired
    replaced_by: str | None

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class UnitChange:
    """One row of an import's preview."""

    row: int
    code: str
    name: str
    change: str  # added | updated
    before: str = ""  # what changed, as it was: "name; level"


@dataclass
class UnitsImportReport(ExcelImportReport):
    changes: list[UnitChange] = field(default_factory=list)
    unmatched_agencies: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The documented `units import-excel --json` shape (docs/cli.md)."""
        return {**super().to_json(), "changes": [asdict(c) for c in self.changes]}


def _require_province(session: Session, action: str) -> Identity:
    identity = require_identity(session)
    if identity.role != Role.PROVINCE:
        raise InvalidRequest(_t("Thao tác «{action}» chỉ dành cho Văn phòng UBND tỉnh (vai trò province).",
                                action=action))
    return identity


def _root(session: Session, identity: Identity) -> models.Unit:
    return session.scalars(select(models.Unit).where(
        models.Unit.code == province_root_code(identity.province_code))).one()


def _view(unit: models.Unit) -> UnitView:
    return UnitView(unit.code, unit.name, unit.level_code, unit.kind, unit.state,
                    unit.replaced_by.code if unit.replaced_by else None)


def _by_code(session: Session, code: str) -> models.Unit:
    unit = session.scalars(select(models.Unit).where(models.Unit.code == code)).one_or_none()
    if unit is None:
        raise InvalidRequest(_t("Không có đơn vị {code} trong danh sách đơn vị của tỉnh.", code=code))
    return unit


def _protected(identity: Identity, code: str) -> bool:
    """The province's root and the office itself are set by `init`, not by the list."""
    return code in (identity.unit_code, province_root_code(identity.province_code))


# ---------------------------------------------------------------- the office's list from Excel


def import_units_excel(context: ServiceContext, path: Path, dry_run: bool = False,
                       progress: Progress = no_progress) -> UnitsImportReport:
    """Add new units, update changed names and levels, report refused rows; one transaction."""
    from dvc_desktop.excel.units_reader import read_units

    with context.transaction() as session:
        identity = _require_province(session, "units import-excel")
    try:
        sheet = read_units(path, identity.province_code, progress)
    except WorkbookRejected as error:
        raise InputRejected(str(error)) from error
    report = UnitsImportReport(file=path.name, sheet=sheet.sheet, header_row=sheet.header_row,
                               rejected=list(sheet.rejected), dry_run=dry_run)
    with context.transaction() as session:
        apply_unit_rows(session, identity, sheet.rows, report)
        report.unmatched_agencies = assign_from_agencies(session).unmatched
        if dry_run:
            session.rollback()
            return report
        audit.record(session, context.actor, "units.import_excel", "units", path.name, added=report.added,
                     updated=report.updated, unchanged=report.unchanged, rejected=len(report.rejected),
                     changes=[f"{c.change} {c.code}" for c in report.changes])
    return report


def apply_unit_rows(session: Session, identity: Identity, rows: list[Any], report: UnitsImportReport) -> None:
    """Write the rows of a units list (excel/units_reader.UnitRow) under the province's root."""
    root = _root(session, identity)
    existing = {u.code: u for u in session.scalars(select(models.Unit))}
    for row in rows:
        unit = existing.get(row.code)
        if unit is not None and _protected(identity, row.code):
            report.unchanged += 1
            continue
        if unit is None:
            unit = models.Unit(code=row.code, name=row.name, name_folded=fold(row.name), kind=row.kind,
                               level_code=row.level_code, parent=root, state="active")
            session.add(unit)
            existing[row.code] = unit
            report.added += 1
            report.changes.append(UnitChange(row.row, row.code, row.name, "added"))
            continue
        before = (unit.name, unit.level_code, unit.kind)
        if before == (row.name, row.level_code, row.kind):
            report.unchanged += 1
            continue
        unit.name, unit.name_folded, unit.level_code, unit.kind = row.name, fold(row.name), row.level_code, row.kind
        report.updated += 1
        report.changes.append(UnitChange(row.row, row.code, row.name, "updated", f"{before[0]}; {before[1]}"))
    session.flush()


# ---------------------------------------------------------------- one unit at a time


def list_units(context: ServiceContext) -> list[UnitView]:
    """Every unit of the tree but its root, by level then code."""
    with context.transaction() as session:
        require_identity(session)
        units = session.scalars(select(models.Unit).where(models.Unit.parent_id.is_not(None)))
        return sorted((_view(u) for u in units), key=lambda u: (u.level != UnitLevel.PROVINCE, u.code))


def add_unit(context: ServiceContext, code: str, name: str, level: str, kind: str | None = None) -> UnitView:
    with context.transaction() as session:
        identity = _require_province(session, "units add")
        code, name, level, unit_kind = _checked(identity, code, name, level, kind)
        if session.scalars(select(models.Unit.id).where(models.Unit.code == code)).first() is not None:
            raise InvalidRequest(_t("Đơn vị {code} đã có trong danh sách; đổi tên bằng `units rename`.", code=code))
        unit = models.Unit(code=code, name=name, name_folded=fold(name), kind=unit_kind.value, level_code=level,
                           parent=_root(session, identity), state="active")
        session.add(unit)
        session.flush()
        audit.record(session, context.actor, "units.add", "unit", code, name=name, level=level, kind=unit_kind.value)
        assign_from_agencies(session)
        return _view(unit)


def _checked(identity: Identity, code: str, name: str, level: str, kind: str | None) -> tuple[str, str, str, UnitKind]:
    if level == "huyen":
        raise InvalidRequest(_t("Cấp huyện chấm dứt hoạt động từ 1/7/2025 (Luật số 72/2025/QH15): không thêm "
                                "đơn vị cấp huyện mới; dùng tinh (cấp tỉnh) hoặc xa (cấp xã)."))
    try:
        code = parse_province_unit_code(code, identity.province_code)
        unit_level = UnitLevel(level)
        unit_kind = UnitKind(kind) if kind else kind_of_level(unit_level)
    except DomainError as error:
        raise InvalidRequest(str(error)) from error
    except ValueError as error:
        raise InvalidRequest(_t("Cấp «{level}» không hợp lệ: dùng tinh (cấp tỉnh) hoặc xa (cấp xã).",
                                level=level)) from error
    if unit_kind not in (UnitKind.DEPARTMENT, UnitKind.COMMUNE):
        raise InvalidRequest(_t("Loại đơn vị phải là department (Sở, ban, ngành) hoặc commune (UBND xã)."))
    try:
        name = parse_unit_name(name)
    except DomainError as error:
        raise InvalidRequest(str(error)) from error
    return code, name, unit_level.value, unit_kind


def rename_unit(context: ServiceContext, code: str, name: str) -> UnitView:
    with context.transaction() as session:
        _require_province(session, "units rename")
        unit = _by_code(session, clean(code).upper())
        try:
            name = parse_unit_name(name)
        except DomainError as error:
            raise InvalidRequest(str(error)) from error
        before = unit.name
        if before != name:
            unit.name, unit.name_folded = name, fold(name)
            audit.record(session, context.actor, "units.rename", "unit", unit.code, before=before, after=name)
            assign_from_agencies(session)
        return _view(unit)


def retire_unit(context: ServiceContext, code: str, replaced_by: str | None = None) -> UnitView:
    """Record a merger or dissolution: the unit keeps its packages, answers and history, and is no
    longer expected to send anything."""
    with context.transaction() as session:
        identity = _require_province(session, "units retire")
        unit = _by_code(session, clean(code).upper())
        if _protected(identity, unit.code):
            raise InvalidRequest(_t("Không giải thể được đơn vị {code}: đó là UBND tỉnh hoặc chính Văn phòng.",
                                    code=unit.code))
        if unit.state == "retired":
            raise InvalidRequest(_t("Đơn vị {code} đã giải thể hoặc sáp nhập từ ngày {day}.", code=unit.code,
                                    day=unit.retired_on.strftime("%d/%m/%Y") if unit.retired_on else "?"))
        successor = None
        if replaced_by:
            successor = _by_code(session, clean(replaced_by).upper())
            if successor.id == unit.id or successor.state != "active":
                raise InvalidRequest(_t("Đơn vị tiếp nhận {code} phải là một đơn vị khác, đang hoạt động.",
                                        code=successor.code))
        unit.state, unit.replaced_by, unit.retired_on = "retired", successor, context.today()
        audit.record(session, context.actor, "units.retire", "unit", unit.code,
                     replaced_by=successor.code if successor else None)
        assign_from_agencies(session)
        return _view(unit)

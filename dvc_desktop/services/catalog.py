"""Importing a procedure catalogue from Excel into the reference catalogue."""

from __future__ import annotations

from typing import AbstractSet, Any, Callable

import hashlib
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dvc_desktop.domain.text import fold
from dvc_desktop.domain.codes import parse_procedure_code
from dvc_desktop.domain.errors import DomainError
from dvc_desktop.domain.rulesets import RuleSet
from dvc_desktop.excel.catalog_reader import CatalogRow, parse_yes_no, read_catalog
from dvc_desktop.excel.safety import WorkbookRejected
from dvc_desktop.i18n import translate
from dvc_desktop.progress import Progress, no_progress
from dvc_desktop.services.assignment import assign_from_agencies
from dvc_desktop.services.context import ServiceContext, load_levels
from dvc_desktop.services.errors import InputRejected
from dvc_desktop.services.import_report import ExcelImportReport
from dvc_desktop.services.reporting import reporting_date
from dvc_desktop.services.settings import Role, get_identity
from dvc_desktop.services.workspace import _own_unit, new_listing
from dvc_desktop.store import audit, models

# Columns a file may carry besides code, name, sector and level, and where they are stored.
_TEXT_FIELDS = {
    "agency": "executing_agency",
    "processing_time": "processing_time",
    "fees": "fees",
    "legal_basis": "legal_basis",
    "announcing_decision": "announcing_decision",
}


@dataclass
class CatalogImportReport(ExcelImportReport):
    added_codes: list[str] = field(default_factory=list)
    updated_codes: list[str] = field(default_factory=list)
    unmatched_agencies: list[str] = field(default_factory=list)  # province: agency names no unit matches
    level_update_codes: list[str] = field(default_factory=list)  # rows at a level no longer in force
    # At a department: rows go into the unit's own list; where a row differs from the province's
    # reference record, the reference is kept and the code is listed here.
    into_unit_list: bool = False
    reference_kept: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        """The documented `catalog import-excel --json` shape (docs/cli.md)."""
        return {**super().to_json(), "unmatched_agencies": self.unmatched_agencies,
                "level_update_codes": self.level_update_codes, "into_unit_list": self.into_unit_list,
                "reference_kept": self.reference_kept}


def import_catalog_excel(
    context: ServiceContext, path: Path, dry_run: bool = False, progress: Progress = no_progress
) -> CatalogImportReport:
    """Add new procedures, update changed ones, report rejected rows; all in one transaction. Rows are
    applied in batches as the workbook streams, so memory stays flat whatever the file's length."""
    with context.transaction() as session:
        levels = load_levels(session)
    report = CatalogImportReport(file=path.name, dry_run=dry_run)
    try:
        with context.transaction() as session:
            when = reporting_date(session, context.today())
            retired = {lv.code for lv in levels if lv.active_to is not None and lv.active_to < when.day}
            identity = get_identity(session)
            applier = _Applier(session, when.rules.form_from_legacy_level, retired, report)
            if identity is not None and identity.role == Role.DEPARTMENT:
                applier = _UnitListApplier(session, when.rules.form_from_legacy_level, retired, report,
                                           own_unit=_own_unit(session), rules=when.rules, actor=context.actor)
                report.into_unit_list = True
            sheet = read_catalog(path, levels, progress, on_row=applier.take)
            applier.finish()
            report.sheet, report.header_row, report.rejected = sheet.sheet, sheet.header_row, list(sheet.rejected)
            if identity is not None and identity.role == Role.PROVINCE:  # who handles each procedure, from its agency
                report.unmatched_agencies = assign_from_agencies(session).unmatched
            if dry_run:
                session.rollback()
                return report
            audit.record(session, context.actor, "catalog.import_excel", "catalog", path.name,
                         sha256=_sha256(path), added=report.added, updated=report.updated,
                         unchanged=report.unchanged, rejected=len(report.rejected))
    except WorkbookRejected as error:
        raise InputRejected(str(error)) from error
    return report


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class _Applier:
    """Applies the rows of a catalogue in batches of BATCH: only the batch's procedures are loaded, and
    flushed objects are let go, so an import holds one batch, not the file."""

    BATCH = 1_000

    def __init__(self, session: Session, legacy_to_form: Callable[[int], str | None],
                 retired_levels: AbstractSet[str] = frozenset(), report: "CatalogImportReport | None" = None) -> None:
        self.session = session
        self.retired_levels = set(retired_levels)
        self.legacy_to_form = legacy_to_form
        known = list(session.scalars(select(models.Sector)))
        self.sectors = {s.name_folded: s for s in known}
        self.sectors_by_code = {s.code: s for s in known if s.code}
        self.now = datetime.now(timezone.utc)
        self.report = report
        self.pending: list[CatalogRow] = []

    def take(self, row: CatalogRow) -> None:
        self.pending.append(row)
        if len(self.pending) >= self.BATCH:
            self.finish()

    def finish(self) -> None:
        rows, self.pending = self.pending, []
        if rows and self.report is not None:
            self.apply(rows, self.report)

    def apply(self, rows: list[CatalogRow], report: CatalogImportReport) -> None:
        existing = {
            p.code: p
            for p in self.session.scalars(
                select(models.Procedure).where(models.Procedure.code.in_([r.code.value for r in rows]))
                .options(selectinload(models.Procedure.levels))
            )
        }
        for row in rows:
            procedure = existing.get(row.code.value)
            if procedure is None:
                self.session.add(self._new(row))
                report.added += 1
                report.added_codes.append(row.code.value)
            elif self._update(procedure, row):
                report.updated += 1
                report.updated_codes.append(row.code.value)
            else:
                report.unchanged += 1
            if self.retired_levels.intersection(row.level_codes):
                report.level_update_codes.append(row.code.value)
        self.session.flush()

    def _sector(self, row: CatalogRow) -> models.Sector | None:
        if not row.sector:
            return None
        key = fold(row.sector)
        # The sector code identifies a sector even when files spell its name differently.
        sector = self.sectors_by_code.get(row.sector_code) if row.sector_code else None
        sector = sector or self.sectors.get(key)
        if sector is None:
            sector = models.Sector(name=row.sector, name_folded=key, code=row.sector_code or None)
            self.session.add(sector)
            if sector.code:
                self.sectors_by_code[sector.code] = sector
        self.sectors[key] = sector
        return sector

    def _values(self, row: CatalogRow) -> dict[str, object]:
        values: dict[str, object] = {"name": row.name, "name_folded": fold(row.name)}
        if row.sector:
            values["sector"] = self._sector(row)
        if row.form or row.legacy_level:
            values["reference_form"] = row.form or (self.legacy_to_form(row.legacy_level)
                                                     if row.legacy_level is not None else None)
            values["legacy_level"] = row.legacy_level
        for column, attribute in _TEXT_FIELDS.items():
            if column in row.fields:
                values[attribute] = row.fields[column]
        if "eligible_full_online" in row.fields:  # only a file with the column speaks for it
            values["eligible_full_online"] = parse_yes_no(row.fields["eligible_full_online"])
        # A level abolished on the reporting date (cấp huyện from 1/7/2025): kept, flagged for the office.
        values["level_needs_update"] = bool(self.retired_levels.intersection(row.level_codes))
        return values

    def _new(self, row: CatalogRow) -> models.Procedure:
        procedure = models.Procedure(code=row.code.value, national_code=row.code.national,
                                     origin="reference", created_at=self.now, updated_at=self.now)
        for attribute, value in self._values(row).items():
            setattr(procedure, attribute, value)
        procedure.levels = [models.ProcedureLevel(level_code=c) for c in row.level_codes]
        return procedure

    def _update(self, procedure: models.Procedure, row: CatalogRow) -> bool:
        changed = False
        for attribute, value in self._values(row).items():
            if getattr(procedure, attribute) != value:
                setattr(procedure, attribute, value)
                changed = True
        if sorted(lv.level_code for lv in procedure.levels) != sorted(row.level_codes):
            procedure.levels = [models.ProcedureLevel(level_code=c) for c in row.level_codes]
            changed = True
        if changed:
            procedure.updated_at = self.now
        return changed


class _UnitListApplier(_Applier):
    """At a department: each row goes into the unit's own list. A code the province's reference
    package brought is listed as it is (the file never overwrites it: the province owns that record);
    a code it does not know becomes a procedure of the unit's own (origin "local"), which later files
    update."""

    def __init__(self, session: Session, legacy_to_form: Callable[[int], str | None],
                 retired_levels: AbstractSet[str], report: "CatalogImportReport | None",
                 *, own_unit: models.Unit, rules: RuleSet, actor: str) -> None:
        super().__init__(session, legacy_to_form, retired_levels, report)
        self.unit, self.rules, self.actor = own_unit, rules, actor
        self.listed = set(session.scalars(select(models.Classification.procedure_id)
                                          .where(models.Classification.unit_id == own_unit.id)))

    def apply(self, rows: list[CatalogRow], report: CatalogImportReport) -> None:
        existing = {
            p.code: p
            for p in self.session.scalars(
                select(models.Procedure).where(models.Procedure.code.in_([r.code.value for r in rows]))
                .options(selectinload(models.Procedure.levels), selectinload(models.Procedure.sector))
            )
        }
        new: list[tuple[CatalogRow, models.Procedure]] = []
        for row in rows:
            code = row.code.value
            procedure = existing.get(code)
            if procedure is None:
                procedure = self._new(row)
                procedure.origin = "local"
                self.session.add(procedure)
                new.append((row, procedure))
                continue
            if procedure.origin == "local":
                changed = self._update(procedure, row)
            else:
                changed = False
                if self._differs(procedure, row):
                    report.reference_kept.append(code)
            self._count(row, procedure, changed, report)
        self.session.flush()  # the new procedures get their ids
        for row, procedure in new:
            self._count(row, procedure, True, report)
        self.session.flush()

    def _count(self, row: CatalogRow, procedure: models.Procedure, changed: bool,
               report: CatalogImportReport) -> None:
        code = row.code.value
        if procedure.id not in self.listed:
            new_listing(self.session, self.unit, procedure, self.rules, self.actor, flush=False)
            self.listed.add(procedure.id)
            report.added += 1
            report.added_codes.append(code)
        elif changed:
            report.updated += 1
            report.updated_codes.append(code)
        else:
            report.unchanged += 1
        if self.retired_levels.intersection(row.level_codes):
            report.level_update_codes.append(code)

    def _differs(self, procedure: models.Procedure, row: CatalogRow) -> bool:
        """Whether the file says something else than the reference record (sector compared by name,
        so judging it creates nothing)."""
        if row.sector and fold(row.sector) != (procedure.sector.name_folded if procedure.sector else ""):
            return True
        values = self._values(replace(row, sector=""))
        values.pop("level_needs_update", None)
        if any(getattr(procedure, attribute) != value for attribute, value in values.items()):
            return True
        return sorted(lv.level_code for lv in procedure.levels) != sorted(row.level_codes)


def level_update_needed(session: Session) -> list[str]:
    """Codes of procedures flagged "cần cập nhật cấp thực hiện" (for checks and the dashboard)."""
    return list(session.scalars(
        select(models.Procedure.code).where(models.Procedure.level_needs_update.is_(True))
        .order_by(models.Procedure.code)))


_ELIGIBILITY = {"yes": True, "no": False, "unknown": None}


def set_eligibility(context: ServiceContext, code: str, value: str | bool | None) -> bool | None:
    """Record "đủ điều kiện toàn trình (CSDLQG)" for one procedure (yes/no/unknown); audited."""
    if isinstance(value, str):
        if value not in _ELIGIBILITY:
            raise InputRejected(_t("Giá trị «{value}» không hợp lệ: dùng yes, no hoặc unknown.", value=value))
        value = _ELIGIBILITY[value]
    try:
        parsed = parse_procedure_code(code)
    except DomainError as error:
        raise InputRejected(str(error)) from error
    with context.transaction() as session:
        procedure = session.scalar(select(models.Procedure).where(models.Procedure.code == parsed.value))
        if procedure is None:
            raise InputRejected(_t("Không có thủ tục mã {code} trong danh mục.", code=parsed.value))
        before = procedure.eligible_full_online
        procedure.eligible_full_online = value
        procedure.updated_at = datetime.now(timezone.utc)
        audit.record(session, context.actor, "procedure.eligibility", "procedure", parsed.value,
                     before=before, after=value)
    return value


def _t(text: str, **values: object) -> str:
    return translate("catalog", text, **values)

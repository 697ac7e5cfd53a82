"""Importing a procedure catalogue from Excel into the reference catalogue."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from dvc_desktop.domain.rulesets import rule_set_in_force
from dvc_desktop.domain.text import fold
from dvc_desktop.excel.catalog_reader import CatalogRow, read_catalog
from dvc_desktop.excel.safety import WorkbookRejected
from dvc_desktop.progress import Progress, no_progress
from dvc_desktop.services.assignment import assign_from_agencies
from dvc_desktop.services.context import ServiceContext, load_levels
from dvc_desktop.services.errors import InputRejected
from dvc_desktop.services.import_report import ExcelImportReport
from dvc_desktop.services.settings import Role, get_identity
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

    def to_json(self) -> dict:
        """The documented `catalog import-excel --json` shape (docs/cli.md)."""
        return {**super().to_json(), "unmatched_agencies": self.unmatched_agencies}


def import_catalog_excel(
    context: ServiceContext, path: Path, dry_run: bool = False, progress: Progress = no_progress
) -> CatalogImportReport:
    """Add new procedures, update changed ones, report rejected rows; all in one transaction."""
    with context.transaction() as session:
        levels = load_levels(session)
    try:
        sheet = read_catalog(path, levels, progress)
    except WorkbookRejected as error:
        raise InputRejected(str(error)) from error
    report = CatalogImportReport(file=path.name, sheet=sheet.sheet, header_row=sheet.header_row,
                                 rejected=list(sheet.rejected), dry_run=dry_run)
    rules = rule_set_in_force(context.today())
    with context.transaction() as session:
        _Applier(session, rules.form_from_legacy_level).apply(sheet.rows, report)
        identity = get_identity(session)
        if identity is not None and identity.role == Role.PROVINCE:  # who handles each procedure, from its agency
            report.unmatched_agencies = assign_from_agencies(session).unmatched
        if dry_run:
            session.rollback()
            return report
        audit.record(session, context.actor, "catalog.import_excel", "catalog", path.name,
                     sha256=_sha256(path), added=report.added, updated=report.updated,
                     unchanged=report.unchanged, rejected=len(report.rejected))
    return report


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class _Applier:
    def __init__(self, session: Session, legacy_to_form) -> None:  # type: ignore[no-untyped-def]
        self.session = session
        self.legacy_to_form = legacy_to_form
        known = list(session.scalars(select(models.Sector)))
        self.sectors = {s.name_folded: s for s in known}
        self.sectors_by_code = {s.code: s for s in known if s.code}
        self.now = datetime.now(timezone.utc)

    def apply(self, rows: list[CatalogRow], report: CatalogImportReport) -> None:
        existing = {
            p.code: p
            for p in self.session.scalars(
                select(models.Procedure).options(selectinload(models.Procedure.levels))
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
            values["reference_form"] = row.form or self.legacy_to_form(row.legacy_level)
            values["legacy_level"] = row.legacy_level
        for column, attribute in _TEXT_FIELDS.items():
            if column in row.fields:
                values[attribute] = row.fields[column]
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

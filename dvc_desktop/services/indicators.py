"""Indicators per unit, level and sector (docs/indicators.md): the view and the export.

Catalogue side: counted from the very rows the Danh mục publishes (publication.published_rows) with
the same counting function (domain.catalogue.tally), so a unit's figures here always equal its line
on the catalogue's summary sheet. Dossier side: the quarters' figures the units entered, summed over
the period asked for (a quarter, or a year = its four quarters).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvc_desktop.domain.catalogue import Counts, tally, unit_summaries
from dvc_desktop.domain.errors import DomainError
from dvc_desktop.domain.indicators import CatalogueFigures, DossierFigures, Period, parse_period
from dvc_desktop.domain.rulesets import rule_set_in_force
from dvc_desktop.domain.text import fold
from dvc_desktop.i18n import translate
from dvc_desktop.progress import Progress, no_progress
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.services.publication import published_rows
from dvc_desktop.services.settings import require_identity
from dvc_desktop.store import models

GROUPINGS = ("unit", "level", "sector")


def _t(text: str, **params: object) -> str:
    return translate("indicators", text, **params)


@dataclass(frozen=True)
class CatalogueRow:
    """One line of the catalogue side: a unit (key = unit code), a level (level code) or a sector (its name)."""

    key: str
    name: str
    figures: CatalogueFigures


@dataclass(frozen=True)
class CatalogueIndicators:
    by: str  # unit | level | sector
    rule_set: str
    made_on: date
    rows: tuple[CatalogueRow, ...]
    total: CatalogueFigures  # the whole store: the province at the province, the own unit at a department


@dataclass(frozen=True)
class DossierRow:
    """One unit's (or one level's) dossier figures summed over the period."""

    key: str  # unit code or level code
    name: str
    periods: tuple[str, ...]  # the quarters with figures, e.g. ("2026-Q1", "2026-Q2") for a year half entered
    figures: DossierFigures
    units_reporting: int  # units with figures for at least one quarter of the period
    units_expected: int  # units listed: those that classified procedures or entered figures

    @property
    def reported(self) -> bool:
        return bool(self.periods)


@dataclass(frozen=True)
class DossierIndicators:
    period: str  # "2026-Q3" or "2026"
    quarters: tuple[str, ...]  # the quarters the period sums
    by: str  # unit | level
    rows: tuple[DossierRow, ...]
    total: DossierFigures
    units_reporting: int  # units with figures for at least one quarter of the period
    units_expected: int  # units listed (those that classified procedures or entered figures)
    periods: tuple[str, ...] = ()  # the quarters of the period that some unit has figures for


@dataclass(frozen=True)
class IndicatorReport:
    catalogue: CatalogueIndicators
    dossiers: DossierIndicators | None  # None when no period was asked for

    def to_json(self) -> dict:
        """The documented `indicators --json` shape (docs/cli.md)."""
        c = self.catalogue
        return {
            "by": c.by, "rule_set": c.rule_set, "made_on": c.made_on.isoformat(),
            "rows": [{"key": r.key, "name": r.name, **_catalogue_json(r.figures)} for r in c.rows],
            "total": _catalogue_json(c.total),
            "period": self.dossiers.period if self.dossiers else None,
            "dossiers": _dossiers_json(self.dossiers) if self.dossiers else None,
        }


def _share(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _catalogue_json(f: CatalogueFigures) -> dict:
    return {"procedures": f.procedures, "eligible": f.eligible, "toan_trinh": f.toan_trinh, "mot_phan": f.mot_phan,
            "chua_truc_tuyen": f.chua_truc_tuyen, "chua_phan_loai": f.chua_phan_loai,
            "share_full": _share(f.share_full), "share_full_of_eligible": _share(f.share_full_of_eligible),
            "share_full_of_online": _share(f.share_full_of_online)}


def _dossier_json(f: DossierFigures) -> dict:
    return {"received_total": f.received_total, "received_online": f.received_online, "with_fees": f.with_fees,
            "paid_online": f.paid_online, "online_share": _share(f.online_share),
            "paid_online_share": _share(f.paid_online_share)}


def _dossiers_json(d: DossierIndicators) -> dict:
    return {"period": d.period, "quarters": list(d.quarters), "periods": list(d.periods), "by": d.by,
            "units_reporting": d.units_reporting, "units_expected": d.units_expected,
            "rows": [{"key": r.key, "name": r.name, "periods": list(r.periods), "units_reporting": r.units_reporting,
                      "units_expected": r.units_expected, **_dossier_json(r.figures)} for r in d.rows],
            "total": _dossier_json(d.total)}


def catalogue_figures(counts: Counts) -> CatalogueFigures:
    """The frozen figures of a catalogue count (a unit's summary line, a section's subtotal)."""
    return CatalogueFigures(counts.procedures, counts.eligible, counts.toan_trinh, counts.mot_phan,
                            counts.chua_truc_tuyen, counts.chua_phan_loai)


def _grouping(by: str) -> str:
    if by not in GROUPINGS:
        raise InvalidRequest(_t("Chỉ tổng hợp được theo đơn vị, cấp hoặc lĩnh vực (unit, level, sector), "
                                "không phải «{by}».", by=by))
    return by


def _period(text: str) -> Period:
    try:
        return parse_period(text)
    except DomainError as error:
        raise InvalidRequest(str(error)) from error


# ================================================================ catalogue side


def _catalogue(session: Session, context: ServiceContext, by: str) -> CatalogueIndicators:
    rules = rule_set_in_force(context.today())
    rows = published_rows(session, rules, names=False)
    total = catalogue_figures(tally(rows, lambda row: None).get(None, Counts()))
    if by == "unit":
        lines = [CatalogueRow(u.code, u.name, catalogue_figures(u.counts)) for u in unit_summaries(rows)]
    elif by == "level":
        counts = tally(rows, lambda row: row.level_code)
        lines = [CatalogueRow(code, name, catalogue_figures(counts[code]))
                 for code, name in _levels(session) if code in counts]
    else:
        counts = tally(rows, lambda row: row.sector)
        lines = [CatalogueRow(sector, sector or _t("(Chưa xác định lĩnh vực)"), catalogue_figures(c))
                 for sector, c in sorted(counts.items(), key=lambda item: (item[0] == "", fold(item[0])))]
    return CatalogueIndicators(by, rules.code, context.today(), tuple(lines), total)


def catalogue_indicators(context: ServiceContext, by: str = "unit") -> CatalogueIndicators:
    """Procedures, eligible, toàn trình, một phần, chưa trực tuyến, chưa phân loại and the shares, per
    unit, level or sector, with the total (one read transaction)."""
    by = _grouping(by)
    with context.transaction() as session:
        require_identity(session)
        return _catalogue(session, context, by)


def _levels(session: Session) -> list[tuple[str, str]]:
    """(code, name) of every level, in the levels' order (the Danh mục's sections)."""
    return list(session.execute(select(models.Level.code, models.Level.name)
                                .order_by(models.Level.sort_order, models.Level.code)))


# ================================================================ dossier side


def _dossiers(session: Session, period: Period, by: str) -> DossierIndicators:
    quarters = tuple(q.code for q in period.quarters)
    units = {unit_id: (code, name, level) for unit_id, code, name, level in session.execute(
        select(models.Unit.id, models.Unit.code, models.Unit.name, models.Unit.level_code))}
    entered: dict[int, list[tuple[str, DossierFigures]]] = defaultdict(list)
    for row in session.scalars(select(models.DossierFigureSet).where(models.DossierFigureSet.period.in_(quarters))
                               .order_by(models.DossierFigureSet.period)):
        entered[row.unit_id].append((row.period, DossierFigures(row.received_total, row.received_online,
                                                                row.with_fees, row.paid_online)))
    # Units that classified procedures are expected to report; a unit without figures shows as not reported.
    expected = set(session.scalars(select(models.Classification.unit_id).distinct())) | set(entered)
    per_unit = []
    for unit_id in expected:
        code, name, level = units[unit_id]
        figures = sum((f for _, f in entered.get(unit_id, ())), DossierFigures())
        periods = tuple(p for p, _ in entered.get(unit_id, ()))
        per_unit.append((level, DossierRow(code, name, periods, figures, int(bool(periods)), 1)))
    per_unit.sort(key=lambda item: (fold(item[1].name), item[1].key))
    total = sum((row.figures for _, row in per_unit), DossierFigures())
    if by == "level":
        grouped: dict[str, list[DossierRow]] = defaultdict(list)
        for level, row in per_unit:
            grouped[level].append(row)
        rows = tuple(DossierRow(code, name, tuple(sorted({p for r in grouped[code] for p in r.periods})),
                                sum((r.figures for r in grouped[code]), DossierFigures()),
                                sum(r.units_reporting for r in grouped[code]), len(grouped[code]))
                     for code, name in _levels(session) if code in grouped)
    else:
        rows = tuple(row for _, row in per_unit)
    return DossierIndicators(period.code, quarters, by, rows, total, sum(row.units_reporting for _, row in per_unit),
                             len(per_unit), tuple(sorted({p for _, row in per_unit for p in row.periods})))


def dossier_indicators(context: ServiceContext, period: str, by: str = "unit") -> DossierIndicators:
    """Dossiers received (online / total) and paid (online / with fees) per unit or level for a quarter
    ("2026-Q3") or a year ("2026", the sum of its quarters), with the ratios (None when nothing to divide)."""
    if by not in ("unit", "level"):
        raise InvalidRequest(_t("Số liệu hồ sơ chỉ tổng hợp được theo đơn vị hoặc cấp (unit, level)."))
    wanted = _period(period)
    with context.transaction() as session:
        require_identity(session)
        return _dossiers(session, wanted, by)


def periods_with_figures(context: ServiceContext) -> list[str]:
    """Every quarter some unit has figures for, newest first, then the years they make up (for a chooser)."""
    with context.transaction() as session:
        quarters = sorted(set(session.scalars(select(models.DossierFigureSet.period).distinct())), reverse=True)
    years = sorted({q[:4] for q in quarters}, reverse=True)
    return quarters + years


# ================================================================ both, and the export


def indicator_report(context: ServiceContext, by: str = "unit", period: str | None = None) -> IndicatorReport:
    """Both sides in one read transaction. The dossier side follows `by` for a unit or a level; by sector it
    has only the total, as units enter dossier figures per unit, not per sector."""
    by = _grouping(by)
    wanted = _period(period) if period else None
    with context.transaction() as session:
        require_identity(session)
        catalogue = _catalogue(session, context, by)
        dossiers = _dossiers(session, wanted, "level" if by == "level" else "unit") if wanted else None
    if dossiers is not None and by == "sector":
        dossiers = replace(dossiers, by="sector", rows=())
    return IndicatorReport(catalogue, dossiers)


def export_indicators(context: ServiceContext, path: Path | str, by: str = "unit", period: str | None = None,
                      progress: Progress = no_progress) -> IndicatorReport:
    """`indicators --out FILE.csv|FILE.xlsx`: one table, a line per unit, level or sector and a total line;
    with a period, the dossier columns beside (joined on the unit or level). Values, never formulas."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        raise InvalidRequest(_t("Chỉ xuất được .csv hoặc .xlsx, không phải «{suffix}».", suffix=suffix or target.name))
    report = indicator_report(context, by, period)
    if suffix == ".csv":
        _write_csv(target, columns(report), table(report))
    else:
        _write_xlsx(target, columns(report), table(report), progress)
    progress(1, 1)
    return report


@dataclass(frozen=True)
class Column:
    header: str
    kind: str  # text | count | share (a fraction 0–1, or None when there is nothing to divide)


def columns(report: IndicatorReport) -> list[Column]:
    """The export's columns (a table view can use the same)."""
    by_name = {"unit": _t("Đơn vị"), "level": _t("Cấp"), "sector": _t("Lĩnh vực")}[report.catalogue.by]
    out = [Column(_t("Mã"), "text"), Column(by_name, "text")]
    out += [Column(h, "count") for h in (_t("Số TTHC"), _t("Đủ điều kiện toàn trình"), _t("Toàn trình"),
                                         _t("Một phần"), _t("Chưa trực tuyến"), _t("Chưa phân loại"))]
    out += [Column(h, "share") for h in (_t("Tỷ lệ toàn trình / số TTHC"), _t("Tỷ lệ toàn trình / đủ điều kiện"),
                                         _t("Tỷ lệ toàn trình / trực tuyến"))]
    if report.dossiers:
        out += [Column(_t("Kỳ báo cáo"), "text"), Column(_t("Các quý có số liệu"), "text"),
                Column(_t("Hồ sơ tiếp nhận"), "count"), Column(_t("Tiếp nhận trực tuyến"), "count"),
                Column(_t("Tỷ lệ tiếp nhận trực tuyến"), "share"), Column(_t("Hồ sơ có phí, lệ phí"), "count"),
                Column(_t("Nộp phí trực tuyến"), "count"), Column(_t("Tỷ lệ nộp phí trực tuyến"), "share")]
    return out


def table(report: IndicatorReport) -> list[list[object]]:
    """The export's lines, in the order of `columns(report)`, the total last."""
    dossiers = report.dossiers
    by_key = {row.key: row for row in dossiers.rows} if dossiers else {}

    def catalogue_cells(f: CatalogueFigures) -> list[object]:
        return [f.procedures, f.eligible, f.toan_trinh, f.mot_phan, f.chua_truc_tuyen, f.chua_phan_loai,
                f.share_full, f.share_full_of_eligible, f.share_full_of_online]

    def dossier_cells(periods: tuple[str, ...] | None, f: DossierFigures | None) -> list[object]:
        if not dossiers:
            return []
        if f is None or not periods:  # not reported: blank, not zero
            return [dossiers.period, "", None, None, None, None, None, None]
        return [dossiers.period, ", ".join(periods or ()), f.received_total, f.received_online, f.online_share,
                f.with_fees, f.paid_online, f.paid_online_share]

    lines: list[list[object]] = []
    for row in report.catalogue.rows:
        extra = by_key.pop(row.key, None)
        lines.append([row.key, row.name, *catalogue_cells(row.figures),
                      *dossier_cells(extra.periods if extra else None, extra.figures if extra else None)])
    for extra in by_key.values():  # figures from a unit that has classified nothing (yet)
        lines.append([extra.key, extra.name, *catalogue_cells(CatalogueFigures()),
                      *dossier_cells(extra.periods, extra.figures)])
    lines.append(["", _t("Tổng cộng"), *catalogue_cells(report.catalogue.total),
                  *dossier_cells(dossiers.periods if dossiers else None, dossiers.total if dossiers else None)])
    return lines


def _write_csv(target: Path, header: list[Column], lines: list[list[object]]) -> None:
    """UTF-8 with a BOM so Excel opens it in Unicode; text a spreadsheet would run as a formula gets an apostrophe."""
    import csv
    import os

    from dvc_desktop.services.publication import _csv_text

    partial = target.with_name(target.name + ".partial")
    try:
        with open(partial, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow([c.header for c in header])
            for line in lines:
                writer.writerow([_csv_text(v) if isinstance(v, str) else _csv_number(v) for v in line])
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def _csv_number(value: object) -> object:
    if value is None:
        return ""
    return round(value, 4) if isinstance(value, float) else value


def _write_xlsx(target: Path, header: list[Column], lines: list[list[object]], progress: Progress) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment
    from openpyxl.utils import get_column_letter

    from dvc_desktop.excel.selection_export import literal_cell, save_atomically

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(_t("Chỉ tiêu")[:31])
    for index, column in enumerate(header):
        sheet.column_dimensions[get_column_letter(index + 1)].width = 40 if index == 1 else 16
    sheet.freeze_panes = "C2"
    wrap = Alignment(wrap_text=True, vertical="top")
    heading = [literal_cell(sheet, column.header, bold=True) for column in header]
    for cell in heading:
        cell.alignment = wrap
    sheet.append(heading)
    for number, line in enumerate(lines, start=1):
        cells = []
        for column, value in zip(header, line):
            cell = literal_cell(sheet, value, bold=number == len(lines))
            if column.kind == "share" and value is not None:
                cell.number_format = "0.00%"
            cells.append(cell)
        sheet.append(cells)
        progress(number, len(lines) + 1)
    save_atomically(workbook, target)

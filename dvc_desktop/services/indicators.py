"""Indicators per unit, level and sector (docs/indicators.md): the view and the export.

Catalogue side: counted from the very rows the Danh mục publishes (publication.published_rows) with
the same counting function (domain.catalogue.tally), so a unit's figures here always equal its line
on the catalogue's summary sheet. Dossier side: the quarters' figures the units entered, summed over
the period asked for (a quarter, or a year = its four quarters).
"""

from __future__ import annotations

from typing import Any, Callable

from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from dvc_desktop.domain.catalogue import Counts, PublishedRow, tally, unit_summaries
from dvc_desktop.domain.errors import DomainError
from dvc_desktop.domain.indicators import (
    PROACTIVE_LEVELS, CatalogueFigures, DossierFigures, Period, add_up, parse_period,
)
from dvc_desktop.domain.text import fold
from dvc_desktop.atomic_files import atomic_path
from dvc_desktop.i18n import translate
from dvc_desktop.progress import Progress, no_progress
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.dossier_figures import figures_json, figures_of
from dvc_desktop.services.errors import InvalidRequest, prepare_output, writing_output
from dvc_desktop.services.publication import published_rows
from dvc_desktop.services.reporting import reporting_date
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
    rule_set: str  # the rule set in force on the reporting date
    made_on: date  # the reporting date (services/reporting.py), not the computer's date
    rows: tuple[CatalogueRow, ...]
    total: CatalogueFigures  # the whole store: the province at the province, the own unit at a department
    date_source: str = "today"  # as_of | round | today


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

    def to_json(self) -> dict[str, Any]:
        """The documented `indicators --json` shape (docs/cli.md)."""
        c = self.catalogue
        return {
            "by": c.by, "rule_set": c.rule_set, "made_on": c.made_on.isoformat(),
            "reporting_date": c.made_on.isoformat(), "reporting_date_source": c.date_source,
            "rows": [{"key": r.key, "name": r.name, **_catalogue_json(r.figures)} for r in c.rows],
            "total": _catalogue_json(c.total),
            "period": self.dossiers.period if self.dossiers else None,
            "dossiers": _dossiers_json(self.dossiers) if self.dossiers else None,
        }


def _share(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _catalogue_json(f: CatalogueFigures) -> dict[str, Any]:
    return {"procedures": f.procedures, "eligible": f.eligible, "eligibility_unknown": f.eligibility_unknown,
            "toan_trinh_eligible": f.toan_trinh_eligible, "eligible_by_reason": f.eligible_by_reason,
            "toan_trinh": f.toan_trinh, "mot_phan": f.mot_phan,
            "chua_truc_tuyen": f.chua_truc_tuyen, "chua_phan_loai": f.chua_phan_loai,
            "share_full": _share(f.share_full), "share_full_of_eligible": _share(f.share_full_of_eligible),
            "share_full_of_eligible_by_reason": _share(f.share_full_of_eligible_by_reason),
            "share_full_of_online": _share(f.share_full_of_online),
            "proactive": {str(level): count for level, count in zip(PROACTIVE_LEVELS, f.proactive)}}


def _dossier_json(f: DossierFigures) -> dict[str, Any]:
    return figures_json(f)


def _dossiers_json(d: DossierIndicators) -> dict[str, Any]:
    return {"period": d.period, "quarters": list(d.quarters), "periods": list(d.periods), "by": d.by,
            "units_reporting": d.units_reporting, "units_expected": d.units_expected,
            "rows": [{"key": r.key, "name": r.name, "periods": list(r.periods), "units_reporting": r.units_reporting,
                      "units_expected": r.units_expected, **_dossier_json(r.figures)} for r in d.rows],
            "total": _dossier_json(d.total)}


def catalogue_figures(counts: Counts) -> CatalogueFigures:
    """The frozen figures of a catalogue count (a unit's summary line, a section's subtotal); the Danh mục's
    counts know only the reason-based estimate, not the national database's eligibility."""
    return CatalogueFigures(counts.procedures, counts.eligible, counts.toan_trinh, counts.mot_phan,
                            counts.chua_truc_tuyen, counts.chua_phan_loai)


@dataclass(frozen=True)
class _Extras:
    """What the Danh mục's rows do not carry: CSDLQG eligibility per procedure, proactive level per answer."""

    eligible: dict[str, bool | None]  # procedure code → Procedure.eligible_full_online
    proactive: dict[tuple[str, str], int | None]  # (unit code, procedure code) → Classification.proactive_level

    @classmethod
    def read(cls, session: Session) -> _Extras:
        eligible = dict(session.execute(select(models.Procedure.code, models.Procedure.eligible_full_online)).all())
        proactive = {(unit, code): level for unit, code, level in session.execute(
            select(models.Unit.code, models.Procedure.code, models.Classification.proactive_level)
            .join(models.Unit, models.Classification.unit_id == models.Unit.id)
            .join(models.Procedure, models.Classification.procedure_id == models.Procedure.id)
            .where(models.Classification.proactive_level.is_not(None)))}
        return cls(eligible, proactive)


def _figures(rows: list[PublishedRow], key: Callable[[PublishedRow], Any], extras: _Extras) -> dict[Any, Any]:
    """Per key: the Danh mục's counts (the same tally) plus the national eligibility and proactive levels."""
    base = {k: catalogue_figures(c) for k, c in tally(rows, key).items()}
    more: dict[Any, Any] = defaultdict(lambda: [0] * (3 + len(PROACTIVE_LEVELS)))
    for row in rows:
        counts = more[key(row)]
        declared = extras.eligible.get(row.code)
        if declared is None:
            counts[1] += 1
        elif declared:
            counts[0] += 1
            counts[2] += row.form == "toan_trinh"
        level = extras.proactive.get((row.unit_code, row.code))
        if level in PROACTIVE_LEVELS:
            counts[3 + PROACTIVE_LEVELS.index(level)] += 1
    return {k: replace(f, eligible=more[k][0], eligibility_unknown=more[k][1], toan_trinh_eligible=more[k][2],
                       **{f"proactive_{n}": more[k][2 + n] for n in PROACTIVE_LEVELS}) for k, f in base.items()}


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


def _catalogue(session: Session, context: ServiceContext, by: str, as_of: date | None = None) -> CatalogueIndicators:
    day = reporting_date(session, context.today(), as_of)
    rows = published_rows(session, day.rules, names=False)
    extras = _Extras.read(session)
    total = _figures(rows, lambda row: None, extras).get(None, CatalogueFigures())
    if by == "unit":
        per_unit = _figures(rows, lambda row: row.unit_code, extras)
        lines = [CatalogueRow(u.code, u.name, per_unit[u.code]) for u in unit_summaries(rows)]
    elif by == "level":
        per_level = _figures(rows, lambda row: row.level_code, extras)
        lines = [CatalogueRow(code, name, per_level[code]) for code, name in _levels(session, day.day)
                 if code in per_level]
    else:
        per_sector = _figures(rows, lambda row: row.sector, extras)
        lines = [CatalogueRow(sector, sector or _t("(Chưa xác định lĩnh vực)"), f)
                 for sector, f in sorted(per_sector.items(), key=lambda item: (item[0] == "", fold(item[0])))]
    return CatalogueIndicators(by, day.rules.code, day.day, tuple(lines), total, day.source)


def catalogue_indicators(context: ServiceContext, by: str = "unit", as_of: date | None = None) -> CatalogueIndicators:
    """Procedures, eligible (CSDLQG), toàn trình, một phần, chưa trực tuyến, chưa phân loại, the shares and the
    proactive levels, per unit, level or sector, with the total (one read transaction), under the law of the
    reporting date (`as_of`, else the open round's, else today)."""
    by = _grouping(by)
    with context.transaction() as session:
        require_identity(session)
        return _catalogue(session, context, by, as_of)


def _levels(session: Session, day: date | None = None) -> list[tuple[str, str]]:
    """(code, name) of every level, in the levels' order (the Danh mục's sections). A level abolished before
    the reporting date (cấp huyện from 1/7/2025) keeps its line only so the lines still add up to the
    total, and says it is abolished."""
    from dvc_desktop.services.levels import bundled_levels

    ended = {level.code: level.active_to for level in bundled_levels() if level.active_to}
    out = []
    for code, name in session.execute(select(models.Level.code, models.Level.name)
                                      .order_by(models.Level.sort_order, models.Level.code)):
        if day is not None and code in ended and ended[code] < day:
            name = _t("{level} (không còn từ {day}; cần cập nhật cấp thực hiện)", level=name,
                      day=(ended[code] + timedelta(days=1)).strftime("%d/%m/%Y"))
        out.append((code, name))
    return out


# ================================================================ dossier side


def _dossiers(session: Session, period: Period, by: str) -> DossierIndicators:
    quarters = tuple(q.code for q in period.quarters)
    from dvc_desktop.services.levels import bundled_levels

    ended = {level.code: level.active_to for level in bundled_levels() if level.active_to}
    units, gone = {}, set()
    for unit_id, code, name, level, state in session.execute(
            select(models.Unit.id, models.Unit.code, models.Unit.name, models.Unit.level_code, models.Unit.state)):
        units[unit_id] = (code, name, level)
        if state != "active" or (level in ended and ended[level] < period.first_day):
            gone.add(unit_id)  # a retired unit, a former district after 30/6/2025: never expected to report
    entered: dict[int, list[tuple[str, DossierFigures]]] = defaultdict(list)
    for row in session.scalars(select(models.DossierFigureSet).where(models.DossierFigureSet.period.in_(quarters))
                               .order_by(models.DossierFigureSet.period)):
        entered[row.unit_id].append((row.period, figures_of(row)))
    # Units that classified procedures are expected to report; a unit without figures shows as not reported.
    expected = (set(session.scalars(select(models.Classification.unit_id).distinct())) - gone) | set(entered)
    per_unit = []
    for unit_id in expected:
        code, name, level = units[unit_id]
        figures = add_up(f for _, f in entered.get(unit_id, ()))
        periods = tuple(p for p, _ in entered.get(unit_id, ()))
        per_unit.append((level, DossierRow(code, name, periods, figures, int(bool(periods)), 1)))
    per_unit.sort(key=lambda item: (fold(item[1].name), item[1].key))
    total = add_up(row.figures for _, row in per_unit if row.reported)
    if by == "level":
        grouped: dict[str, list[DossierRow]] = defaultdict(list)
        for level, unit_row in per_unit:
            grouped[level].append(unit_row)
        rows = tuple(DossierRow(code, name, tuple(sorted({p for r in grouped[code] for p in r.periods})),
                                add_up(r.figures for r in grouped[code] if r.reported),
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


def indicator_report(context: ServiceContext, by: str = "unit", period: str | None = None,
                     as_of: date | None = None) -> IndicatorReport:
    """Both sides in one read transaction. The dossier side follows `by` for a unit or a level; by sector it
    has only the total, as units enter dossier figures per unit, not per sector. `as_of`: the reporting date."""
    by = _grouping(by)
    wanted = _period(period) if period else None
    with context.transaction() as session:
        require_identity(session)
        catalogue = _catalogue(session, context, by, as_of)
        dossiers = _dossiers(session, wanted, "level" if by == "level" else "unit") if wanted else None
    if dossiers is not None and by == "sector":
        dossiers = replace(dossiers, by="sector", rows=())
    return IndicatorReport(catalogue, dossiers)


def export_indicators(context: ServiceContext, path: Path | str, by: str = "unit", period: str | None = None,
                      progress: Progress = no_progress, as_of: date | None = None) -> IndicatorReport:
    """`indicators --out FILE.csv|FILE.xlsx`: one table, a line per unit, level or sector and a total line;
    with a period, the dossier columns beside (joined on the unit or level). Values, never formulas."""
    target = Path(path)
    suffix = target.suffix.lower()
    prepare_output(context, target)
    if suffix not in (".csv", ".xlsx"):
        raise InvalidRequest(_t("Chỉ xuất được .csv hoặc .xlsx, không phải «{suffix}».", suffix=suffix or target.name))
    report = indicator_report(context, by, period, as_of)
    with writing_output(target):
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


def share_full_of_online_label() -> str:
    """Decree 224 Art. 19.2.a names the share of toàn trình services but no denominator: say whose reading it is."""
    return _t("Tỷ lệ toàn trình / trực tuyến (cách hiểu của phần mềm về điểm a khoản 2 Điều 19 Nghị định 224/2026)")


def paid_online_share_label() -> str:
    """Decree 224 Art. 15.1.đ: fees, charges or other financial obligations."""
    return _t("Tỷ lệ thanh toán trực tuyến / hồ sơ có phí, lệ phí, nghĩa vụ tài chính khác")


def columns(report: IndicatorReport) -> list[Column]:
    """The export's columns (a table view can use the same)."""
    by_name = {"unit": _t("Đơn vị"), "level": _t("Cấp"), "sector": _t("Lĩnh vực")}[report.catalogue.by]
    out = [Column(_t("Mã"), "text"), Column(by_name, "text")]
    out += [Column(h, "count") for h in (
        _t("Số TTHC"), _t("Đủ điều kiện toàn trình (CSDLQG)"), _t("Chưa rõ điều kiện (CSDLQG)"),
        _t("Toàn trình trong số đủ điều kiện"), _t("Toàn trình"), _t("Một phần"), _t("Chưa trực tuyến"),
        _t("Chưa phân loại"), _t("Đủ điều kiện (ước tính theo lý do)"))]
    out += [Column(h, "share") for h in (
        _t("Tỷ lệ toàn trình / số TTHC"),
        _t("Tỷ lệ toàn trình / đủ điều kiện (CSDLQG, Quyết định 766/QĐ-TTg)"),
        _t("Tỷ lệ toàn trình / đủ điều kiện (ước tính theo lý do)"),
        share_full_of_online_label())]
    out += [Column(_t("Chủ động mức {level}", level=level), "count") for level in PROACTIVE_LEVELS]
    if report.dossiers:
        out += [Column(_t("Kỳ báo cáo"), "text"), Column(_t("Các quý có số liệu"), "text"),
                Column(_t("Hồ sơ tiếp nhận"), "count"), Column(_t("Tiếp nhận trực tuyến"), "count"),
                Column(_t("Tỷ lệ tiếp nhận trực tuyến"), "share"),
                Column(_t("Tiếp nhận trực tuyến toàn trình"), "count"),
                Column(_t("Tỷ lệ tiếp nhận trực tuyến toàn trình"), "share"),
                Column(_t("Xử lý trực tuyến"), "count"), Column(_t("Tỷ lệ xử lý trực tuyến"), "share"),
                Column(_t("Hồ sơ của TTHC đủ điều kiện (CSDLQG)"), "count"),
                Column(_t("Trong đó trực tuyến toàn trình"), "count"),
                Column(_t("Tỷ lệ hồ sơ trực tuyến toàn trình / hồ sơ của TTHC đủ điều kiện"), "share"),
                Column(_t("Hồ sơ có phí, lệ phí, nghĩa vụ tài chính khác"), "count"),
                Column(_t("Thanh toán trực tuyến"), "count"), Column(paid_online_share_label(), "share")]
    return out


def table(report: IndicatorReport) -> list[list[object]]:
    """The export's lines, in the order of `columns(report)`, the total last."""
    dossiers = report.dossiers
    by_key = {row.key: row for row in dossiers.rows} if dossiers else {}

    def catalogue_cells(f: CatalogueFigures) -> list[object]:
        return [f.procedures, f.eligible, f.eligibility_unknown, f.toan_trinh_eligible, f.toan_trinh, f.mot_phan,
                f.chua_truc_tuyen, f.chua_phan_loai, f.eligible_by_reason, f.share_full, f.share_full_of_eligible,
                f.share_full_of_eligible_by_reason, f.share_full_of_online, *f.proactive]

    def dossier_cells(periods: tuple[str, ...] | None, f: DossierFigures | None) -> list[object]:
        if not dossiers:
            return []
        if f is None or not periods:  # not reported: blank, not zero
            return [dossiers.period, "", *([None] * 15)]
        return [dossiers.period, ", ".join(periods or ()), f.received_total, f.received_online, f.online_share,
                f.received_full_online, f.full_online_share, f.processed_online, f.processed_online_share,
                f.received_eligible, f.received_eligible_full_online, f.eligible_full_online_share,
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

    from dvc_desktop.services.publication import _csv_text

    with atomic_path(target) as partial, open(partial, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([c.header for c in header])
        for line in lines:
            writer.writerow([_csv_text(v) if isinstance(v, str) else _csv_number(v) for v in line])


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

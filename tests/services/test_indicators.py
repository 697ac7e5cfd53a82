"""Indicators: one source of numbers with the Danh mục, the dossier figures, the export, the speed."""

from __future__ import annotations

import csv
import shutil
import time
from dataclasses import astuple
from datetime import date, datetime, timezone
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import delete, func, insert, select

from dvc_desktop.domain.indicators import LEGAL_BARRIER_REASONS, CatalogueFigures, DossierFigures
from dvc_desktop.services.context import ServiceContext, open_context
from dvc_desktop.demo.build import load_demo
from dvc_desktop.services.dossier_figures import delete_figures, list_figures, set_figures
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.services.indicators import (
    catalogue_figures, catalogue_indicators, columns, dossier_indicators, export_indicators, indicator_report,
    periods_with_figures, table,
)
from dvc_desktop.services.publication import build_catalogue
from dvc_desktop.services.setup import initialise
from dvc_desktop.services.workspace import ClassificationRefused
from dvc_desktop.store import models

pytestmark = pytest.mark.engines  # on SQLite and on a PostgreSQL server

TODAY = date(2026, 11, 29)


@pytest.fixture(scope="module")
def province(tmp_path_factory) -> Path:
    """The demo province, built once for the module; tests that write use their own stores."""
    data_dir = tmp_path_factory.mktemp("province")
    with open_context(data_dir) as context:
        context.today = lambda: TODAY
        initialise(context, "province", "000.00.01.H59", "Văn phòng UBND tỉnh", "H59", "Tỉnh Sơn Hà", "sonha.gov.vn")
        load_demo(context)
    return data_dir


@pytest.fixture()
def at_province(province):
    with open_context(province) as context:
        context.today = lambda: TODAY
        yield context


@pytest.fixture()
def unit(department) -> ServiceContext:
    department.today = lambda: TODAY
    return department


# ---------------------------------------------------------------- catalogue side


def test_each_units_figures_equal_its_line_on_the_catalogues_summary_sheet(at_province):
    catalogue = build_catalogue(at_province)
    indicators = catalogue_indicators(at_province, "unit")
    assert len(indicators.rows) >= 10
    assert [(r.key, r.name, _danh_muc(r.figures)) for r in indicators.rows] == [
        (u.code, u.name, catalogue_figures(u.counts)) for u in catalogue.units]
    assert _danh_muc(indicators.total) == catalogue_figures(catalogue.counts)


def _danh_muc(f: CatalogueFigures) -> CatalogueFigures:
    """The figures the Danh mục also counts (it knows neither CSDLQG eligibility nor proactive levels)."""
    return CatalogueFigures(*astuple(f)[:6])


def test_levels_are_the_catalogues_sections_and_every_grouping_adds_up_to_the_total(at_province):
    catalogue = build_catalogue(at_province)
    by_level = catalogue_indicators(at_province, "level")
    assert [(r.key, _danh_muc(r.figures)) for r in by_level.rows] == [
        (s.level_code, catalogue_figures(s.counts)) for s in catalogue.sections]
    for by in ("unit", "level", "sector"):
        indicators = catalogue_indicators(at_province, by)
        assert sum((r.figures for r in indicators.rows), CatalogueFigures()) == indicators.total, by
    by_sector = catalogue_indicators(at_province, "sector")
    assert len(by_sector.rows) > 20 and all(r.name for r in by_sector.rows)


def test_the_counts_are_those_of_the_store(at_province):
    total = catalogue_indicators(at_province).total
    with at_province.transaction() as session:
        rows = session.execute(select(models.Classification.form, models.Classification.reason_code,
                                      models.Classification.legal_provision)).all()
    assert total.procedures == len(rows)
    assert total.toan_trinh == sum(form == "toan_trinh" for form, _, _ in rows)
    assert total.chua_phan_loai == sum(form is None for form, _, _ in rows)
    barriers = sum(form == "mot_phan" and reason in LEGAL_BARRIER_REASONS and bool(provision.strip())
                   for form, reason, provision in rows)
    assert 0 < barriers < total.mot_phan
    assert total.eligible_by_reason == total.procedures - barriers
    assert total.share_full == pytest.approx(total.toan_trinh / total.procedures)
    assert total.share_full_of_eligible_by_reason == pytest.approx(total.toan_trinh / total.eligible_by_reason)


def test_a_department_sees_its_own_unit(unit):
    load_demo(unit)
    indicators = catalogue_indicators(unit)
    assert [r.key for r in indicators.rows] == ["000.00.13.H59"]
    assert indicators.rows[0].figures == indicators.total and indicators.total.procedures > 0


def test_an_unknown_grouping_is_a_usage_error(at_province):
    with pytest.raises(InvalidRequest, match="sectors"):
        catalogue_indicators(at_province, "sectors")
    with pytest.raises(InvalidRequest, match="2026-Q3"):
        indicator_report(at_province, "unit", "2026-Q7")


# ---------------------------------------------------------------- a unit enters its figures


def test_set_list_correct_and_delete_a_quarter(unit):
    first = set_figures(unit, "2026-q3", DossierFigures(120, 90, 40, 30))
    assert first.period == "2026-Q3" and first.online_share == 0.75 and first.updated_by == unit.actor
    set_figures(unit, "2026-Q1", DossierFigures(50, 0, 0, 0))
    corrected = set_figures(unit, "2026-Q3", DossierFigures(130, 91, 40, 40))
    assert [r.period for r in list_figures(unit)] == ["2026-Q1", "2026-Q3"]
    assert list_figures(unit)[1].figures == corrected.figures == DossierFigures(130, 91, 40, 40)
    assert list_figures(unit)[0].paid_online_share is None  # no dossier had fees: no ratio, not 0 %
    removed = delete_figures(unit, "2026-Q1")
    assert removed.figures == DossierFigures(50, 0, 0, 0)
    assert [r.period for r in list_figures(unit)] == ["2026-Q3"]
    with pytest.raises(InvalidRequest, match="2026-Q1"):
        delete_figures(unit, "2026-Q1")
    with unit.transaction() as session:
        audit = session.execute(select(models.AuditEntry.action, models.AuditEntry.entity_key, models.AuditEntry.details)
                                .where(models.AuditEntry.entity_type == "dossier_figures")
                                .order_by(models.AuditEntry.id)).all()
    assert [(a, k) for a, k, _ in audit] == [("figures.set", "000.00.13.H59/2026-Q3"),
                                             ("figures.set", "000.00.13.H59/2026-Q1"),
                                             ("figures.set", "000.00.13.H59/2026-Q3"),
                                             ("figures.delete", "000.00.13.H59/2026-Q1")]
    assert audit[2][2]["before"]["received_total"] == 120 and audit[2][2]["after"]["received_total"] == 130


@pytest.mark.parametrize(("period", "figures", "fields"), [
    ("2026-Q3", DossierFigures(100, 120, 40, 30), ["received_online"]),
    ("2026-Q3", DossierFigures(100, 90, 40, 50), ["paid_online"]),
    ("2026-Q3", DossierFigures(-1, 0, 0, 0), ["received_total"]),
    ("2026", DossierFigures(1, 1, 1, 1), ["period"]),
    ("quý 3", DossierFigures(1, 1, 1, 1), ["period"]),
    ("2027-Q1", DossierFigures(1, 1, 1, 1), ["period"]),  # has not begun on 29/11/2026
])
def test_figures_breaking_a_rule_are_refused_and_nothing_is_written(unit, period, figures, fields):
    with pytest.raises(ClassificationRefused) as refused:
        set_figures(unit, period, figures)
    assert [i.field for i in refused.value.issues] == fields
    assert list_figures(unit) == []


def test_the_same_quarter_twice_is_one_row(unit):
    for total in (10, 20, 30):
        set_figures(unit, "2026-Q2", DossierFigures(total, 5, 0, 0))
    with unit.transaction() as session:
        assert session.scalar(select(func.count()).select_from(models.DossierFigureSet)) == 1


# ---------------------------------------------------------------- the province sees them


def _enter(context: ServiceContext, entries: dict[str, dict[str, DossierFigures]]) -> None:
    """Figures as package imports leave them (tests/package covers the packages themselves)."""
    with context.transaction() as session:
        ids = dict(session.execute(select(models.Unit.code, models.Unit.id)).all())
        for code, quarters in entries.items():
            for period, f in quarters.items():
                session.add(models.DossierFigureSet(
                    unit_id=ids[code], period=period, received_total=f.received_total,
                    received_online=f.received_online, with_fees=f.with_fees, paid_online=f.paid_online,
                    updated_by="package"))


def test_dossier_side_per_unit_level_and_year(province, tmp_path):
    shutil.copytree(province, tmp_path / "p")  # a copy of the demo province to write in
    with open_context(tmp_path / "p") as context:
        context.today = lambda: TODAY
        with context.transaction() as session:
            session.execute(delete(models.DossierFigureSet))  # the demo's own figures: this test sums its own
            units = dict(session.execute(select(models.Unit.code, models.Unit.level_code)).all())
        department = next(c for c, level in units.items() if level == "tinh" and c.startswith("000.00.13"))
        commune = next(c for c, level in units.items() if level == "xa")
        _enter(context, {department: {"2026-Q1": DossierFigures(100, 60, 20, 10),
                                      "2026-Q2": DossierFigures(50, 40, 0, 0),
                                      "2025-Q4": DossierFigures(999, 999, 999, 999)},
                         commune: {"2026-Q2": DossierFigures(10, 0, 4, 4)}})

        quarter = dossier_indicators(context, "2026-Q2")
        by_code = {r.key: r for r in quarter.rows}
        assert by_code[department].figures == DossierFigures(50, 40, 0, 0)
        assert by_code[department].figures.paid_online_share is None
        assert quarter.total == DossierFigures(60, 40, 4, 4) and quarter.units_reporting == 2
        assert quarter.units_expected == len(quarter.rows) >= 10
        silent = [r for r in quarter.rows if not r.reported]
        assert silent and all(r.figures == DossierFigures() for r in silent)

        year = dossier_indicators(context, "2026")
        assert year.quarters == ("2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4")
        row = next(r for r in year.rows if r.key == department)
        assert row.periods == ("2026-Q1", "2026-Q2") and row.figures == DossierFigures(150, 100, 20, 10)
        assert row.figures.online_share == pytest.approx(100 / 150)
        assert year.total == DossierFigures(160, 100, 24, 14) and year.periods == ("2026-Q1", "2026-Q2")

        levels = dossier_indicators(context, "2026", by="level")
        assert [r.key for r in levels.rows] == ["tinh", "xa"]
        assert levels.rows[0].figures == DossierFigures(150, 100, 20, 10) and levels.rows[0].units_reporting == 1
        assert levels.rows[1].figures == DossierFigures(10, 0, 4, 4)
        assert sum((r.figures for r in levels.rows), DossierFigures()) == levels.total == year.total

        assert periods_with_figures(context) == ["2026-Q2", "2026-Q1", "2025-Q4", "2026", "2025"]
        assert dossier_indicators(context, "2024").total == DossierFigures()
        assert dossier_indicators(context, "2024").total.online_share is None

        report = indicator_report(context, "sector", "2026")
        assert report.dossiers.rows == () and report.dossiers.total == year.total
        document = indicator_report(context, "unit", "2026-Q2").to_json()
        assert document["period"] == "2026-Q2" and document["dossiers"]["total"]["received_total"] == 60
        assert document["total"]["procedures"] == report.catalogue.total.procedures


# ---------------------------------------------------------------- export


def test_csv_and_xlsx_exports_hold_values_never_formulas(unit, tmp_path):
    load_demo(unit)
    set_figures(unit, "2026-Q3", DossierFigures(120, 90, 40, 30))
    with unit.transaction() as session:  # a name a spreadsheet would run as a formula
        session.scalars(select(models.Unit).where(models.Unit.code == "000.00.13.H59")).one().name = "=1+2"
    report = export_indicators(unit, tmp_path / "chi-tieu.csv", "unit", "2026")
    raw = (tmp_path / "chi-tieu.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    lines = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert lines[0] == [c.header for c in columns(report)]
    assert lines[1][:3] == ["000.00.13.H59", "'=1+2", str(report.catalogue.total.procedures)]
    total = dict(zip(lines[0], lines[-1]))
    assert lines[-1][1] == "Tổng cộng"
    assert (total["Hồ sơ tiếp nhận"], total["Tiếp nhận trực tuyến"], total["Tỷ lệ tiếp nhận trực tuyến"]) == (
        "120", "90", "0.75")
    assert total["Tỷ lệ tiếp nhận trực tuyến toàn trình"] == ""  # not entered: blank, never 0

    export_indicators(unit, tmp_path / "chi-tieu.xlsx", "unit", "2026-Q3")
    sheet = openpyxl.load_workbook(tmp_path / "chi-tieu.xlsx").active
    values = list(sheet.iter_rows(values_only=True))
    assert values[1][1] == "=1+2" and sheet["B2"].data_type == "s"
    assert values[1][2] == report.catalogue.total.procedures
    share = sheet.cell(row=2, column=[c.header for c in columns(report)].index("Tỷ lệ toàn trình / số TTHC") + 1)
    assert share.value == pytest.approx(report.catalogue.total.share_full) and share.number_format == "0.00%"
    assert not any(isinstance(v, str) and v.startswith("=") and c.data_type == "f"
                   for row in sheet.iter_rows() for c in row for v in [c.value])
    assert len(values) == len(table(report)) + 1

    with pytest.raises(InvalidRequest, match=".pdf"):
        export_indicators(unit, tmp_path / "chi-tieu.pdf")
    assert not list(tmp_path.glob("*.partial")) and not (tmp_path / "chi-tieu.pdf").exists()


# ---------------------------------------------------------------- speed


@pytest.mark.sqlite_only("a timing of the computation, not of the store")
def test_twenty_thousand_classifications_compute_well_under_a_second(context):
    initialise(context, "province", "000.00.01.H59", "Văn phòng UBND tỉnh", "H59", "Tỉnh Sơn Hà", "sonha.gov.vn")
    _bulk_catalogue(context, units=20, procedures=1000)
    timings = []
    for _ in range(3):
        start = time.perf_counter()
        indicators = catalogue_indicators(context, "unit")
        timings.append(time.perf_counter() - start)
    assert indicators.total.procedures == 20_000 and len(indicators.rows) == 20
    assert min(timings) < 1.0, timings  # about 0.2 s on the 2-core test machine


def _bulk_catalogue(context: ServiceContext, units: int, procedures: int) -> None:
    """A province-sized store written directly (the demo's package flow would take most of a minute)."""
    forms = [("toan_trinh", "", ""), ("mot_phan", "law_requires_presence", "Khoản 1 Điều 9 Luật Hộ tịch 2014"),
             ("mot_phan", "technical_fault", "Điều 5"), ("chua_truc_tuyen", "", ""), (None, "", "")]
    now = datetime.now(timezone.utc)
    with context.transaction() as session:
        sector = models.Sector(name="Hộ tịch", name_folded="ho tich")
        session.add(sector)
        session.flush()
        session.execute(insert(models.Unit), [
            {"id": 1000 + n, "code": f"000.00.{50 + n:02d}.H59", "name": f"Sở thử {n}", "name_folded": f"so thu {n}",
             "kind": "department", "level_code": "tinh"} for n in range(units)])
        session.execute(insert(models.Procedure), [
            {"id": 1 + n, "code": f"1.{n:06d}", "national_code": f"1.{n:06d}", "name": f"Thủ tục số {n}",
             "name_folded": f"thu tuc so {n}", "sector_id": sector.id} for n in range(procedures)])
        session.execute(insert(models.ProcedureLevel), [
            {"procedure_id": 1 + n, "level_code": "tinh"} for n in range(procedures)])
        session.execute(insert(models.Classification), [
            {"unit_id": 1000 + u, "procedure_id": 1 + p, "form": forms[(u + p) % 5][0],
             "reason_code": forms[(u + p) % 5][1], "legal_provision": forms[(u + p) % 5][2],
             "rule_set_code": "ND224-2026", "updated_at": now}
            for u in range(units) for p in range(procedures)])

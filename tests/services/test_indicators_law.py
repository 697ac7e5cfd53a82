"""Issue 13: indicators under the law of the reporting date, the national database's eligibility
(Decision 766/QĐ-TTg), the proactive levels (Decree 224 Art. 16) and the dossier figures of Art. 19.2.b."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select, update

from dvc_desktop.domain.indicators import DossierFigures
from dvc_desktop.services.dossier_figures import list_figures, set_figures
from dvc_desktop.services.indicators import columns, dossier_indicators, indicator_report, table
from dvc_desktop.services.setup import initialise
from dvc_desktop.services.workspace import ClassificationRefused
from dvc_desktop.store import models
from tests.services.test_indicators import _bulk_catalogue

pytestmark = pytest.mark.engines  # on SQLite and on a PostgreSQL server

TODAY = date(2026, 11, 29)


@pytest.fixture()
def province(context):
    context.today = lambda: TODAY
    initialise(context, "province", "000.00.01.H59", "Văn phòng UBND tỉnh", "H59", "Tỉnh Sơn Hà", "sonha.gov.vn")
    # 2 units × 10 procedures; forms cycle toàn trình, một phần (legal), một phần (technical), chưa TT, none
    _bulk_catalogue(context, units=2, procedures=10)
    return context


def test_the_reporting_date_not_the_clock_chooses_the_rule_set(province):
    assert indicator_report(province).catalogue.rule_set == "ND224-2026"
    before = indicator_report(province, as_of=date(2026, 6, 15)).to_json()
    assert before["rule_set"] == "ND42-2022" and before["reporting_date"] == "2026-06-15"
    assert before["reporting_date_source"] == "as_of"
    with province.transaction() as session:  # the open round's reporting date is next
        session.add(models.Round(name="Đợt 1", opened_on=date(2026, 6, 1), deadline=date(2026, 6, 30),
                                 state="open", reporting_date=date(2026, 6, 30)))
    report = indicator_report(province).catalogue
    assert (report.rule_set, report.made_on, report.date_source) == ("ND42-2022", date(2026, 6, 30), "round")


def test_an_abolished_level_says_so_on_the_reporting_date(province):
    with province.transaction() as session:
        session.execute(update(models.Unit).where(models.Unit.code == "000.00.50.H59").values(level_code="huyen"))
        session.execute(update(models.ProcedureLevel).values(level_code="huyen"))
    later = indicator_report(province, "level").catalogue
    earlier = indicator_report(province, "level", as_of=date(2025, 6, 30)).catalogue
    assert [r.name for r in earlier.rows] == ["Cấp huyện"]
    assert "không còn từ 01/07/2025" in later.rows[0].name
    assert later.rows[0].figures == later.total  # the lines still add up to the total


def test_the_scored_ratio_counts_procedures_declared_eligible_in_the_national_database(province):
    before = indicator_report(province).catalogue.total
    assert (before.eligible, before.eligibility_unknown, before.share_full_of_eligible) == (0, 20, None)
    assert before.share_full_of_eligible_by_reason is not None  # the estimate stays, labelled as one
    with province.transaction() as session:  # the CSDLQG says: 1.000000–1.000004 eligible, 1.000005 not
        session.execute(update(models.Procedure).where(models.Procedure.id <= 5).values(eligible_full_online=True))
        session.execute(update(models.Procedure).where(models.Procedure.id == 6).values(eligible_full_online=False))
        forms = session.execute(select(models.Classification.form).join(models.Procedure)
                                .where(models.Procedure.id <= 5)).scalars().all()
    total = indicator_report(province).catalogue.total
    full = sum(form == "toan_trinh" for form in forms)
    assert (total.eligible, total.eligibility_unknown, total.toan_trinh_eligible) == (10, 8, full)
    assert total.share_full_of_eligible == pytest.approx(full / 10)
    assert total.share_full_of_eligible_by_reason == pytest.approx(total.toan_trinh / total.eligible_by_reason)
    headers = [c.header for c in columns(indicator_report(province))]
    assert "Tỷ lệ toàn trình / đủ điều kiện (CSDLQG, Quyết định 766/QĐ-TTg)" in headers
    assert "Tỷ lệ toàn trình / đủ điều kiện (ước tính theo lý do)" in headers
    assert any("điểm a khoản 2 Điều 19" in h for h in headers)


def test_proactive_levels_are_counted_per_unit_level_and_sector(province):
    with province.transaction() as session:
        session.execute(update(models.Classification).where(models.Classification.procedure_id <= 3)
                        .values(proactive_level=2))
        session.execute(update(models.Classification).where(models.Classification.procedure_id == 4)
                        .values(proactive_level=4))
    for by in ("unit", "level", "sector"):
        catalogue = indicator_report(province, by).catalogue
        assert catalogue.total.proactive == (0, 6, 0, 2), by
        assert tuple(map(sum, zip(*(r.figures.proactive for r in catalogue.rows)))) == (0, 6, 0, 2), by
    assert indicator_report(province).to_json()["total"]["proactive"] == {"1": 0, "2": 6, "3": 0, "4": 2}


@pytest.fixture()
def unit(department):
    department.today = lambda: TODAY
    return department


def test_the_new_dossier_figures_are_stored_checked_and_give_the_art_19_ratios(unit):
    row = set_figures(unit, "2026-Q3", DossierFigures(200, 150, 40, 30, received_full_online=120,
                                                      processed_online=160, received_eligible=180,
                                                      received_eligible_full_online=117))
    f = list_figures(unit)[0].figures
    assert f == row.figures and f.received_eligible == 180
    assert (f.full_online_share, f.processed_online_share) == (0.6, 0.8)
    assert f.eligible_full_online_share == pytest.approx(117 / 180)
    json = row.to_json()
    assert (json["full_online_share"], json["eligible_full_online_share"]) == (0.6, 0.65)
    for wrong, field in ((dict(received_full_online=151), "received_full_online"),
                         (dict(processed_online=201), "processed_online"),
                         (dict(received_eligible=201), "received_eligible"),
                         (dict(received_eligible=10, received_eligible_full_online=11), "received_eligible_full_online"),
                         (dict(received_eligible_full_online=5), "received_eligible"),
                         (dict(processed_online=-1), "processed_online")):
        with pytest.raises(ClassificationRefused) as refused:
            set_figures(unit, "2026-Q2", DossierFigures(200, 150, 40, 30, **wrong))
        assert field in [i.field for i in refused.value.issues], wrong


def test_figures_not_entered_give_a_dash_never_zero_percent(unit):
    set_figures(unit, "2026-Q1", DossierFigures(100, 50, 0, 0))  # an older quarter: the new figures not entered
    set_figures(unit, "2026-Q2", DossierFigures(100, 60, 0, 0, received_full_online=30, processed_online=40))
    quarter = dossier_indicators(unit, "2026-Q2").total
    assert quarter.full_online_share == 0.3 and quarter.eligible_full_online_share is None
    year = dossier_indicators(unit, "2026").total
    assert year.received_total == 200 and year.received_full_online is None and year.full_online_share is None
    report = indicator_report(unit, "unit", "2026")
    total = dict(zip([c.header for c in columns(report)], table(report)[-1]))
    assert total["Tỷ lệ tiếp nhận trực tuyến toàn trình"] is None and total["Hồ sơ tiếp nhận"] == 200
    assert report.to_json()["dossiers"]["total"]["full_online_share"] is None


def test_a_former_district_is_never_expected_to_report_dossier_figures(province):
    with province.transaction() as session:
        session.execute(update(models.Unit).where(models.Unit.code == "000.00.50.H59").values(level_code="huyen"))
    assert dossier_indicators(province, "2025-Q2").units_expected == 2  # still a district then
    later = dossier_indicators(province, "2026-Q3")
    assert later.units_expected == 1 and [r.key for r in later.rows] == ["000.00.51.H59"]

"""Consistency checks find what was planted, and only that."""

from datetime import date, timedelta

from sqlalchemy import select

from dvc_desktop.domain.rulesets import CHECKLIST_KEYS
from dvc_desktop.services.checks import run_checks
from dvc_desktop.services.context import open_context
from dvc_desktop.store import models
from tests.conftest import demo_province

import pytest

pytestmark = pytest.mark.engines  # on SQLite and on a PostgreSQL server


def kinds(findings, kind):
    return [f for f in findings if f.kind == kind]


def test_checks_find_planted_inconsistencies(data_dir):
    with open_context(demo_province(data_dir)) as context:
        _plant_and_check(context)


def _plant_and_check(context):
    before = run_checks(context)
    with context.transaction() as session:
        # Rows that agree with their checklist, so each change below adds exactly one finding.
        rows = session.scalars(select(models.Classification).where(
            models.Classification.form == "toan_trinh",
            *(getattr(models.Classification, key).is_(True) for key in CHECKLIST_KEYS)).limit(3)).all()
        no_basis, contradicting, _ = rows
        no_basis.form, no_basis.result_online = "mot_phan", False
        no_basis.reason_code, no_basis.legal_provision = "", ""
        contradicting.result_online = False  # checklist says một phần, form stays toàn trình
        unit = no_basis.unit
        local = models.Procedure(code="2.999999.000.00.00.H59", national_code="2.999999", name="Thủ tục lạ",
                                 name_folded="thu tuc la", origin="local")
        session.add(models.Classification(unit=unit, procedure=local, form="toan_trinh", rule_set_code="ND224-2026",
                                          **{k: True for k in ("info_online", "submitted_online", "processed_online",
                                                               "fees_online", "result_online")}))
        orphan = models.Procedure(code="1.999998", national_code="1.999998", name="Chưa ai phân loại",
                                  name_folded="chua ai phan loai", origin="reference")
        orphan.levels = [models.ProcedureLevel(level_code="tinh")]
        session.add(orphan)
        site = session.scalars(select(models.Website).join(models.Unit, models.Website.unit_id == models.Unit.id)
                               .where(models.Unit.kind == "department")).first()
        site.url, site.plan_status, site.target_date = "http://trang-rieng.vn", "planned", date.today() - timedelta(days=3)
        planted_site_unit = site.unit.code
        planted_no_basis = (no_basis.unit.code, no_basis.procedure.code)
        planted_contradiction = (contradicting.unit.code, contradicting.procedure.code)
    after = run_checks(context)
    new = set(after) - set(before)  # the demo plants findings of its own
    assert [(f.unit_code, f.procedure_code) for f in kinds(new, "partial_without_basis")] == [planted_no_basis]
    assert planted_contradiction in {
        (f.unit_code, f.procedure_code) for f in kinds(after, "contradicts_checklist")}
    assert len(kinds(after, "contradicts_checklist")) == len(kinds(before, "contradicts_checklist")) + 1
    assert [f.procedure_code for f in kinds(new, "unknown_code")] == ["2.999999.000.00.00.H59"]
    assert "1.999998" in {f.procedure_code for f in kinds(after, "unclassified_at_level")}
    site_findings = [f for f in kinds(after, "website") if f.unit_code == planted_site_unit]
    assert any("không đúng quy định" in f.message for f in site_findings)
    assert any("Chưa là thành phần của Cổng tỉnh" in f.message for f in site_findings)  # Art. 11 from 1/7/2026
    assert all(f.classification_id for f in kinds(after, "partial_without_basis") + kinds(after, "unknown_code"))


def test_communes_disagreeing_are_one_finding_per_procedure(data_dir):
    with open_context(demo_province(data_dir)) as context:
        findings = kinds(run_checks(context), "disagreement")
    codes = [f.procedure_code for f in findings]
    assert findings and len(codes) == len(set(codes))
    assert "UBND" in findings[0].message

"""Issue 13: the checks follow the law of the reporting date (Decree 42 up to 30/6/2026, Decree 224 after)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from dvc_desktop.cli import main
from dvc_desktop.services.checks import run_checks
from dvc_desktop.services.setup import initialise
from dvc_desktop.store import models

pytestmark = pytest.mark.engines  # on SQLite and on a PostgreSQL server

BEFORE, AFTER = date(2026, 6, 15), date(2026, 7, 5)
CHECKLIST = {"info_online": True, "submitted_online": True, "processed_online": False, "fees_online": True,
             "result_online": True}


def set_up(context):  # type: ignore[no-untyped-def]
    initialise(context, "province", "000.00.01.H40", "Văn phòng UBND tỉnh", "H40", "Tỉnh Thử Nghiệm")
    context.today = lambda: date(2026, 12, 3)
    with context.transaction() as session:
        session.add(models.Unit(code="000.00.13.H40", name="Sở Tư pháp", name_folded="so tu phap", kind="department",
                                level_code="tinh"))
    return context


@pytest.fixture()
def office(context):
    return set_up(context)


def answer(context, code: str, rule_set: str = "ND224-2026", level: str = "tinh", **values) -> None:
    """A unit's stored answer at the province, as a package import leaves it."""
    from sqlalchemy import select

    with context.transaction() as session:
        unit = session.scalars(select(models.Unit).where(models.Unit.code == "000.00.13.H40")).one()
        procedure = models.Procedure(code=code, national_code=code, name=f"Thủ tục {code}", name_folded=code,
                                     origin="reference")
        procedure.levels = [models.ProcedureLevel(level_code=level)]
        session.add(procedure)
        session.add(models.Classification(unit=unit, procedure=procedure, rule_set_code=rule_set,
                                          **{**CHECKLIST, "form": "mot_phan", **values}))


def found(context, kind: str, as_of: date) -> list:
    return [f for f in run_checks(context, as_of=as_of) if f.kind == kind]


def test_a_decree_42_reason_is_to_reclassify_from_1_july_2026(office):
    answer(office, "1.000001", rule_set="ND42-2022", reason_code="in_person", legal_provision="Điều 9 Luật Hộ tịch")
    assert found(office, "reclassify_nd42", BEFORE) == []
    (finding,) = found(office, "reclassify_nd42", AFTER)
    assert finding.procedure_code == "1.000001" and finding.classification_id
    assert "Một phần theo lý do của Nghị định 42/2022, cần phân loại lại theo Điều 14 Nghị định 224/2026" in \
        finding.message
    assert "in_person" not in finding.message and "có mặt trực tiếp" in finding.message
    assert found(office, "partial_without_basis", AFTER) == []


def test_art_14_grounds_are_checked_for_what_each_requires(office):
    answer(office, "1.000001", reason_code="technical_fault", legal_provision="")
    answer(office, "1.000002", reason_code="law_requires_presence", legal_provision="")
    answer(office, "1.000003", reason_code="on_site_verification", legal_provision="Điều 12 Nghị định 15/2018")
    answer(office, "1.000004", reason_code="technical_other", technical_description="Chưa có biểu mẫu điện tử",
           expected_fix_on=date(2027, 3, 1))
    messages = {f.procedure_code: f.message for f in found(office, "partial_without_basis", AFTER)}
    assert set(messages) == {"1.000001", "1.000002"}
    assert "thiếu mô tả vấn đề kỹ thuật" in messages["1.000001"] and "quy định" not in messages["1.000001"]
    assert "thiếu quy định làm căn cứ" in messages["1.000002"]


def test_a_reason_is_advice_under_decree_42_and_required_under_decree_224(office):
    answer(office, "1.000001", rule_set="ND42-2022")
    answer(office, "1.000002", form="chua_truc_tuyen", submitted_online=False)
    assert found(office, "partial_without_basis", BEFORE) == []
    assert {f.procedure_code for f in found(office, "partial_without_basis", AFTER)} == {"1.000001", "1.000002"}


def test_a_reason_not_published_on_the_national_portal_is_flagged_from_1_july_2026(office):
    answer(office, "1.000001", reason_code="on_site_verification", legal_provision="Điều 12")
    answer(office, "1.000002", reason_code="on_site_verification", legal_provision="Điều 12",
           portal_published_on=date(2026, 8, 1), portal_link="https://dichvucong.gov.vn/p/2")
    answer(office, "1.000003", form="toan_trinh", processed_online=True)
    assert found(office, "portal_unpublished", BEFORE) == []
    assert [f.procedure_code for f in found(office, "portal_unpublished", AFTER)] == ["1.000001"]


def test_district_level_is_not_expected_after_its_abolition_and_flagged_rows_are_listed(office):
    answer(office, "1.000001", level="huyen", form=None)
    with office.transaction() as session:
        from sqlalchemy import update

        session.execute(update(models.Procedure).where(models.Procedure.code == "1.000001")
                        .values(level_needs_update=True))
    assert [f.procedure_code for f in found(office, "unclassified_at_level", date(2025, 6, 30))] == ["1.000001"]
    assert found(office, "unclassified_at_level", date(2025, 7, 1)) == []
    (flag,) = found(office, "level_update", AFTER)
    assert flag.procedure_code == "1.000001" and "cấp huyện" in flag.message


def test_checks_on_the_command_line_take_the_new_kinds_and_a_reporting_date(data_dir, capsys):
    from dvc_desktop.services.context import open_context

    with open_context(data_dir) as context:
        answer(set_up(context), "1.000001", rule_set="ND42-2022", reason_code="fees_offline")
    capsys.readouterr()
    assert main(["checks", "--kind", "reclassify_nd42", "--as-of", "30/06/2026", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    assert main(["checks", "--kind", "reclassify_nd42", "--as-of", "2026-07-05", "--json"]) == 0
    (finding,) = json.loads(capsys.readouterr().out)
    assert finding["procedure_code"] == "1.000001" and "fees_offline" not in finding["message"]

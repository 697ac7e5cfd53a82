"""Issue 13: answers given under Decree 42 are reclassified with Decree 224 Art. 14's grounds, confirmed by the clerk."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import select, update

from dvc_desktop.cli import main
from dvc_desktop.domain.classification import Checklist, Classification, Form, Status
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.services.reclassify import apply_reclassification, proposals
from dvc_desktop.services.workspace import load_rows, save_classification
from dvc_desktop.store import models
from tests.services.test_classify import department, set_up_department  # noqa: F401  (a real reference)

NO_PROCESSING = Checklist(True, True, False, True, True)


def saved_in_june(context, answers: dict[str, str]) -> None:
    """Answers saved under Decree 42 before 1/7/2026, as a store of that time holds them."""
    rows = {row.code: row.id for row in load_rows(context)}
    for code, reason in answers.items():
        save_classification(context, rows[code], Classification(NO_PROCESSING, Form.PARTIAL, "law_requires_presence",
                                                                "Điều 9 Luật Hộ tịch", status=Status.READY))
        with context.transaction() as session:
            session.execute(update(models.Classification).where(models.Classification.id == rows[code])
                            .values(reason_code=reason, rule_set_code="ND42-2022"))


def stored(context) -> dict[str, tuple]:
    with context.transaction() as session:
        return {code: (reason, rule_set, status) for code, reason, rule_set, status in session.execute(
            select(models.Procedure.code, models.Classification.reason_code, models.Classification.rule_set_code,
                   models.Classification.status).join(models.Procedure))}


def test_each_decree_42_reason_gets_its_proposed_ground(department):  # noqa: F811
    saved_in_june(department, {"1.000001": "in_person", "1.000002": "fees_offline"})
    found = {p.code: p for p in proposals(department)}
    assert {c: p.new_code for c, p in found.items()} == {"1.000001": "law_requires_presence",
                                                         "1.000002": "technical_other"}
    assert found["1.000002"].old_label == "Chưa thanh toán trực tuyến được phí, lệ phí"
    assert found["1.000002"].needs == ("technical_description", "expected_fix_on")
    assert found["1.000001"].needs == ()  # the provision is kept


def test_applying_changes_only_the_ground_and_a_technical_one_waits_for_its_details(department):  # noqa: F811
    saved_in_june(department, {"1.000001": "in_person", "1.000002": "fees_offline"})
    done = apply_reclassification(department)
    assert [p.code for p in done.applied] == ["1.000001", "1.000002"] and done.need_details == ["1.000002"]
    after = stored(department)
    assert after["1.000001"] == ("law_requires_presence", "ND224-2026", "ready")
    assert after["1.000002"] == ("technical_other", "ND224-2026", "draft")
    assert proposals(department) == []
    with department.transaction() as session:
        entries = session.scalars(select(models.AuditEntry).where(
            models.AuditEntry.action == "classification.reclassify")).all()
    assert len(entries) == 2 and entries[0].details["before"]["reason_code"] == "in_person"


def test_the_clerk_may_choose_another_ground_and_a_wrong_one_changes_nothing(department):  # noqa: F811
    saved_in_june(department, {"1.000001": "in_person", "1.000002": "fees_offline"})
    with pytest.raises(InvalidRequest, match="online_excluded_by_law|không dùng được"):
        apply_reclassification(department, chosen={"1.000001": "online_excluded_by_law"})
    assert stored(department)["1.000001"][0] == "in_person"
    done = apply_reclassification(department, codes=["1.000001"], chosen={"1.000001": "on_site_verification"})
    assert [p.new_code for p in done.applied] == ["on_site_verification"]
    assert stored(department)["1.000002"][0] == "fees_offline"  # not asked for


def test_nothing_to_reclassify_before_decree_224(department):  # noqa: F811
    saved_in_june(department, {"1.000001": "in_person"})
    department.today = lambda: date(2026, 6, 20)
    assert proposals(department) == []


def test_reclassify_on_the_command_line_lists_then_applies(tmp_path, data_dir, capsys):
    from dvc_desktop.services.context import open_context

    with open_context(data_dir) as context:
        saved_in_june(set_up_department(tmp_path, context), {"1.000001": "result_offline"})
    capsys.readouterr()
    assert main(["reclassify", "--json"]) == 0
    (proposal,) = json.loads(capsys.readouterr().out)["proposals"]
    assert (proposal["code"], proposal["new_reason_code"]) == ("1.000001", "technical_other")
    assert "result_offline" not in proposal["old_reason"]
    assert main(["reclassify", "--apply", "--as", "1.000001=technical_fault"]) == 0
    out = capsys.readouterr().out
    assert "Đã phân loại lại 1 thủ tục" in out and "1.000001" in out  # its technical details are to fill in
    assert main(["reclassify", "--apply", "--code", "1.000009"]) == 2
    assert "1.000009" in capsys.readouterr().err

"""Classifying without the window: `classify` one procedure, `classify import-excel` a spreadsheet.
A department store set up from a real reference package, made by a province store (never the demo)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import func, select

from dvc_desktop.domain.classification import Checklist, Classification, Form
from dvc_desktop.services.assignment import assign_from_agencies
from dvc_desktop.services.classify import Answer, classify, import_classifications_excel
from dvc_desktop.services.context import open_context
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.services.keys import generate_signing_key, key_info
from dvc_desktop.services.packages import export_reference, import_packages
from dvc_desktop.services.rounds import open_round
from dvc_desktop.services.setup import initialise
from dvc_desktop.services.units import add_unit
from dvc_desktop.services.workspace import load_rows, save_classification
from dvc_desktop.store import models

PASS = "mật khẩu của tỉnh thử"
PROVISION = "Khoản 2 Điều 17 Luật Luật sư 2006"


def _catalogue(context) -> None:
    with context.transaction() as session:
        for code, agency in (("1.000001", "Sở Tư pháp"), ("1.000002", "Sở Tư pháp"), ("1.000003", "Sở Y tế"),
                             ("1.000004", "Sở Y tế")):
            procedure = models.Procedure(code=code, national_code=code, name=f"Thủ tục {code}", name_folded=code,
                                         executing_agency=agency, origin="reference")
            procedure.levels = [models.ProcedureLevel(level_code="tinh")]
            session.add(procedure)
        session.flush()
        assign_from_agencies(session)  # as `catalog import-excel` does at the province


@pytest.fixture()
def department(tmp_path, context):
    return set_up_department(tmp_path, context)


def set_up_department(tmp_path, context):  # type: ignore[no-untyped-def]
    """Sở Tư pháp of a test province, from the province's real reference package (two procedures)."""
    with open_context(tmp_path / "province") as province:
        initialise(province, "province", "000.00.01.H40", "Văn phòng UBND tỉnh", "H40", "Tỉnh Thử Nghiệm")
        generate_signing_key(province, PASS)
        add_unit(province, "000.00.13.H40", "Sở Tư pháp", "tinh")
        add_unit(province, "000.00.14.H40", "Sở Y tế", "tinh")
        _catalogue(province)
        open_round(province, "Rà soát 2026", "Công văn 1/UBND", date.today() + timedelta(days=10))
        reference = export_reference(province, tmp_path / "tham-chieu.dvcpkg", PASS).path
        fingerprint = key_info(province).fingerprint
    initialise(context, "department", "000.00.13.H40", "Sở Tư pháp", "H40", "Tỉnh Thử Nghiệm")
    [result] = import_packages(context, [reference], expected_fingerprint=fingerprint)
    assert (result.status, result.assigned) == ("imported", 2)
    return context


def _list(context) -> dict[str, object]:
    return {row.code: row for row in load_rows(context)}


def _audit_count(context) -> int:
    with context.transaction() as session:
        return session.scalar(select(func.count()).select_from(models.AuditEntry))


def test_the_reference_gives_the_unit_its_own_list(department):
    assert sorted(_list(department)) == ["1.000001", "1.000002"]


def test_classify_adds_a_reference_procedure_and_saves_the_answer(department):
    done = classify(department, "1.000003", Answer(Form.FULL, ready=True))
    assert done.added_to_list and done.changed
    assert done.classification.checklist == Checklist(True, True, True, True, True)
    assert "1.000003" in _list(department)
    again = classify(department, "1.000003", Answer(Form.FULL, ready=True))
    assert not again.added_to_list and not again.changed


def test_partial_without_provision_is_refused_and_nothing_changes(department):
    before = _audit_count(department)
    with pytest.raises(InvalidRequest, match="phải ghi quy định"):
        classify(department, "1.000003", Answer(Form.PARTIAL, reason="law_requires_presence"))
    assert "1.000003" not in _list(department) and _audit_count(department) == before
    with pytest.raises(InvalidRequest, match="không có trong danh mục tham chiếu"):
        classify(department, "1.999999", Answer(Form.FULL))
    with pytest.raises(InvalidRequest, match="không khớp lý do nào"):
        classify(department, "1.000001", Answer(Form.PARTIAL, reason="mưa bão", provision=PROVISION))


def test_a_reason_may_be_written_as_its_label(department):
    done = classify(department, "1.000001", Answer(Form.PARTIAL, reason="Quy định tổ chức, cá nhân sử dụng dịch vụ phải "
                                                   "hiện diện tại cơ quan nhà nước", provision=PROVISION, ready=True))
    assert done.classification.reason_code == "law_requires_presence"
    assert done.classification.checklist.processed_online is False  # the question this reason answers no


def test_a_form_against_the_clerks_checklist_needs_a_note(department):
    row = _list(department)["1.000002"]
    save_classification(department, row.id, Classification(Checklist(True, True, True, True, False)))
    with pytest.raises(InvalidRequest, match="ghi chú"):
        classify(department, "1.000002", Answer(Form.FULL))
    done = classify(department, "1.000002", Answer(Form.FULL, note="Trả kết quả qua bưu chính từ quý sau"))
    assert done.classification.checklist.result_online is False and done.classification.form == Form.FULL


def _sheet(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["BẢNG TỔNG HỢP KẾT QUẢ RÀ SOÁT"])
    ws.append(["STT", "Mã TTHC", "Tên TTHC", "Hình thức", "Lý do", "Quy định pháp luật chuyên ngành"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_import_a_spreadsheet_the_unit_already_answered(tmp_path, department):
    path = _sheet(tmp_path / "ket-qua.xlsx", [
        [1, "1.000001", "Thủ tục 1", "Toàn trình", None, None],
        [2, "1.000002", "Thủ tục 2", "Một phần", "Quy định tổ chức, cá nhân sử dụng dịch vụ phải hiện diện tại cơ quan nhà nước", PROVISION],
        [3, "1.000003", "Thủ tục 3", "Mức độ 4", None, None],
        [4, "1.000004", "Thủ tục 4", "Một phần", "law_requires_presence", None],
        [5, "1.999999", "Không có", "Toàn trình", None, None],
    ])
    preview = import_classifications_excel(department, path, dry_run=True)
    assert (preview.added, preview.updated, preview.dry_run) == (1, 3, True)
    assert [r.row for r in preview.rejected] == [6, 7]
    assert "1.000003" not in _list(department)
    report = import_classifications_excel(department, path)
    assert report.to_json()["rejected"] == [{"row": r.row, "reason": r.reason} for r in preview.rejected]
    assert "phải ghi quy định" in report.rejected[0].reason
    rows = _list(department)
    assert sorted(rows) == ["1.000001", "1.000002", "1.000003"]
    assert import_classifications_excel(department, path).updated == 0  # again: nothing changes


def test_a_change_takes_a_ready_answer_back_to_draft_whatever_path_saves_it(department):
    """The rule lives in the service (domain.after_edit), so the window and `classify` obey it alike."""
    from dataclasses import replace

    from dvc_desktop.domain.classification import Status
    from dvc_desktop.services.workspace import detail as load_detail

    assert classify(department, "1.000001", Answer(Form.FULL, ready=True)).classification.status == Status.READY
    # classify: a changed answer without --ready is a draft again; said ready, it stays ready.
    changed = classify(department, "1.000001", Answer(Form.FULL, note="đã xem lại"))
    assert changed.changed and changed.classification.status == Status.DRAFT
    assert classify(department, "1.000001", Answer(Form.FULL, ready=True)).classification.status == Status.READY
    again = classify(department, "1.000001", Answer(Form.FULL, note="ghi chú mới", ready=True))
    assert again.classification.status == Status.READY
    # The service the window calls with the row's status as it was: the same answer stays ready, a changed
    # one comes back as a draft (even when its new content would fail the readiness rules).
    row = _list(department)["1.000001"]
    ready = load_detail(department, row.id).classification
    assert save_classification(department, row.id, ready).detail.classification.status == Status.READY
    edited = save_classification(department, row.id, replace(ready, note="sửa lại"))
    assert edited.detail.classification.status == Status.DRAFT
    ready = classify(department, "1.000001", Answer(Form.FULL, ready=True)).classification
    unanswered = replace(ready, checklist=Checklist(True, None, True, True, True))  # not ready-able: still saved
    assert save_classification(department, row.id, unanswered).detail.classification.status == Status.DRAFT


def test_bulk_classification_is_a_service_the_command_line_can_call(department):
    """Ctrl+K's rule in one place: form and reason set, the checklist kept, a ready answer back to draft."""
    from dvc_desktop.domain.classification import Status
    from dvc_desktop.domain.classification import BULK_CONTRADICTION_NOTE
    from dvc_desktop.services.workspace import classify_in_bulk, detail

    ready = classify(department, "1.000001", Answer(Form.FULL, ready=True)).classification
    rows = _list(department)
    result = classify_in_bulk(department, [rows["1.000001"].id, rows["1.000002"].id], Form.PARTIAL,
                              "law_requires_presence", PROVISION)
    assert sorted(result.changed) == sorted([rows["1.000001"].id, rows["1.000002"].id]) and not result.refused
    after = detail(department, rows["1.000001"].id).classification
    assert after.form == Form.PARTIAL and after.status == Status.DRAFT
    assert after.checklist == ready.checklist  # what was assessed stays; the contradiction is noted
    assert BULK_CONTRADICTION_NOTE in after.note

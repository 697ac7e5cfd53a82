"""The department workspace use cases, without the window."""

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from dvc_desktop.domain.classification import Checklist, Classification, Form, Status
from dvc_desktop.services import workspace as ws
from dvc_desktop.demo.build import load_demo
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.services.websites import delete_website, list_websites, save_website
from dvc_desktop.store import models

NO_POST = Checklist(True, True, True, True, False)


@pytest.fixture()
def demo(context):
    load_demo(context)
    return context


def blank_row(context):
    return next(r for r in ws.load_rows(context) if ws.detail(context, r.id).classification == Classification())


def test_rows_carry_what_the_table_shows(demo):
    rows = ws.load_rows(demo)
    assert len(rows) == 300
    row = rows[0]
    assert row.search_key == row.search_key.lower() and row.code.lower() in row.search_key
    assert row.levels and row.sector and row.updated_at
    assert {r.status for r in rows} == {"draft", "ready"}


def test_saving_refuses_a_partial_without_reason_and_stores_nothing(demo):
    row = blank_row(demo)
    with pytest.raises(ws.ClassificationRefused) as refused:
        ws.save_classification(demo, row.id, Classification(NO_POST, Form.PARTIAL))
    assert {i.field for i in refused.value.issues} == {"reason_code"}
    assert ws.detail(demo, row.id).classification == Classification()


def test_saving_records_before_and_after_in_the_audit_log(demo):
    row = blank_row(demo)
    wanted = Classification(NO_POST, Form.PARTIAL, "on_site_verification", "Điều 12 Luật Giao dịch điện tử 2023")
    saved = ws.save_classification(demo, row.id, wanted)
    assert saved.before == Classification() and saved.detail.classification == wanted
    assert saved.detail.row.form == "mot_phan" and not saved.detail.row.attention
    entry = ws.history(demo, row.id)[0]
    assert entry.action == "classification.save"
    assert entry.details["before"]["form"] is None and entry.details["after"]["reason_code"] == "on_site_verification"


def test_ready_needs_a_complete_classification(demo):
    row = blank_row(demo)
    result = ws.mark_ready(demo, [row.id])
    assert result.changed == [] and "Chưa chọn hình thức" in result.refused[row.id]
    ws.save_classification(demo, row.id, Classification(Checklist(True, True, True, True, True), Form.FULL))
    result = ws.mark_ready(demo, [row.id])
    assert result.changed == [row.id] and result.before[row.id].status == Status.DRAFT
    assert ws.detail(demo, row.id).row.status == "ready"


def test_bulk_change_is_one_transaction_that_skips_refused_rows(demo):
    rows = [r for r in ws.load_rows(demo) if r.form is None][:3]
    ids = [r.id for r in rows]
    result = ws.apply_to_many(demo, ids, lambda c: replace(c, form=Form.PARTIAL))
    assert result.changed == [] and set(result.refused) == set(ids)
    result = ws.apply_to_many(demo, ids, lambda c: replace(c, checklist=NO_POST, form=Form.PARTIAL,
                                                          reason_code="technical_other", technical_description="x",
                                                          expected_fix_on=date(2027, 1, 1)))
    assert result.changed == ids
    originals = {i: ws.detail(demo, i).classification for i in ids}
    restored = ws.set_classifications(demo, result.before)
    assert restored.changed == ids
    assert all(ws.detail(demo, i).classification == result.before[i] != originals[i] for i in ids)


def test_remove_and_put_back_keep_ids_and_state(demo):
    row = next(r for r in ws.load_rows(demo) if r.form)
    before = ws.detail(demo, row.id).classification
    items = ws.remove(demo, [row.id])
    assert row.id not in {r.id for r in ws.load_rows(demo)}
    assert ws.put_back(demo, items) == [row.id]
    assert ws.detail(demo, row.id).classification == before


def test_local_procedure_lifecycle(demo):
    new_id = ws.create_local_procedure(demo, ws.LocalProcedure(
        "2.000884.000.00.00.H59", "Cấp phép tổ chức lễ hội đường phố", "Văn hóa cơ sở", ("tinh",),
        {"fees": "Không"}))
    detail = ws.detail(demo, new_id)
    assert detail.editable_record and detail.fields["fees"] == "Không" and detail.row.origin == "local"
    ws.update_local_fields(demo, new_id, {"steps": "Bước 1: nộp hồ sơ.", "name": "Cấp phép lễ hội"})
    assert ws.detail(demo, new_id).row.name == "Cấp phép lễ hội"
    items = ws.remove(demo, [new_id])
    with demo.transaction() as session:
        assert not session.scalar(select(func.count()).select_from(models.Procedure)
                                  .where(models.Procedure.code == "2.000884.000.00.00.H59"))
    ws.put_back(demo, items)
    assert ws.detail(demo, new_id).fields["steps"] == "Bước 1: nộp hồ sơ."


def test_local_procedure_is_refused_with_field_messages(demo):
    with pytest.raises(ws.ClassificationRefused) as refused:
        ws.create_local_procedure(demo, ws.LocalProcedure("abc", "", "", ()))
    assert {i.field for i in refused.value.issues} == {"code"}
    with pytest.raises(ws.ClassificationRefused) as refused:
        ws.create_local_procedure(demo, ws.LocalProcedure("1.000010.01", "", "", ("tinh",)))
    assert refused.value.issues[0].field == "name"
    existing = ws.load_rows(demo)[0].code
    with pytest.raises(ws.ClassificationRefused, match="đã có trong danh mục"):
        ws.create_local_procedure(demo, ws.LocalProcedure(existing, "Tên", "", ("tinh",)))


def test_reference_records_are_not_editable(demo):
    row = ws.load_rows(demo)[0]
    with pytest.raises(InvalidRequest, match="cơ sở dữ liệu quốc gia"):
        ws.update_local_fields(demo, row.id, {"name": "khác"})


def test_search_reference_excludes_what_the_unit_has_and_ignores_diacritics(demo):
    hits = ws.search_reference(demo, "giay phep xay dung")
    assert hits and all("xây dựng" in h.name.lower() for h in hits)
    own = {r.procedure_id for r in ws.load_rows(demo)}
    assert not own & {h.procedure_id for h in hits}
    added = ws.add_procedures(demo, [hits[0].procedure_id, hits[0].procedure_id])
    assert len(added) == 1
    assert hits[0].procedure_id not in {h.procedure_id for h in ws.search_reference(demo, "giay phep xay dung")}
    assert ws.search_reference(demo, "100%_") == []  # LIKE wildcards are taken literally


def test_progress_counts(demo):
    summary = ws.progress(demo)
    rows = ws.load_rows(demo)
    assert summary.total == 300 == len(rows)
    assert summary.ready == sum(r.status == "ready" for r in rows)
    assert summary.attention == sum(r.attention for r in rows)
    assert summary.deadline is not None


def test_export_rows_writes_literal_text(demo, tmp_path):
    row = blank_row(demo)
    ws.save_classification(demo, row.id, Classification(NO_POST, Form.PARTIAL, "on_site_verification", "=1+1"))
    path = ws.export_rows(demo, [row.id], tmp_path / "x.xlsx")
    import openpyxl

    sheet = openpyxl.load_workbook(path).active
    assert sheet.cell(2, 8).value == "=1+1" and sheet.cell(2, 8).data_type == "s"


def test_websites_are_flagged_not_refused(demo):
    assert len(list_websites(demo)) == 1
    saved = save_website(demo, None, "Trang thử", "http://www.thu-sonha.vn", True, "planned", None)
    assert {i.field for i in saved.issues} == {"url", "plan_status"}
    with pytest.raises(ws.ClassificationRefused):
        save_website(demo, None, "", "", False, "none", None)
    delete_website(demo, saved.id)
    assert len(list_websites(demo)) == 1

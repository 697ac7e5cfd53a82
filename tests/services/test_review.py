"""The province's consolidated catalogue, its review decisions, and the dashboard's states."""

import pytest
from sqlalchemy import select

from dvc_desktop.domain.text import fold
from dvc_desktop.services.consolidation import consolidated_detail, load_consolidated
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.services.review import find_classification, review
from dvc_desktop.services.status import status
from dvc_desktop.store import models
from tests.conftest import demo_province

pytestmark = pytest.mark.engines  # on SQLite and on a PostgreSQL server


@pytest.fixture()
def province(data_dir):
    from dvc_desktop.services.context import open_context

    demo_province(data_dir)
    with open_context(data_dir) as context:
        yield context


def test_consolidated_rows_are_every_units_classifications(province):
    rows = load_consolidated(province)
    with province.transaction() as session:
        stored = session.scalars(select(models.Classification)).all()
        expected = {(c.id, c.unit.code, c.procedure.code, c.form) for c in stored}
    assert {(r.id, r.unit_code, r.code, r.form) for r in rows} == expected
    assert len({r.unit_code for r in rows}) >= 15
    sample = next(r for r in rows if r.sector)
    # The search key finds a row by its unit's name without diacritics.
    assert fold(sample.unit_name) in sample.search_key and sample.code.lower() in sample.search_key


def test_accept_and_return_are_stored_audited_and_change_the_dashboard(province):
    rows = load_consolidated(province)
    unit = next(r.unit_code for r in rows if r.form)
    mine = [r for r in rows if r.unit_code == unit and r.form]
    with province.transaction() as session:
        if not session.scalar(select(models.PackageImport.id).where(models.PackageImport.sender_code == unit)):
            session.add(models.PackageImport(kind="submission", sender_code=unit, sequence=1, sha256="0" * 64,
                                             key_id="AB" * 8, file_name="goi.dvcpkg", created_at="2026-11-01T00:00:00Z",
                                             summary={"procedures": len(mine)}))
    before = {u.code: u for u in status(province).units}[unit]
    assert before.state == "changed" and before.awaiting_review == len(mine)

    accepted = review(province, [r.id for r in mine[1:]], "accepted")
    assert {r.review_status for r in accepted} == {"accepted"}
    returned = review(province, [mine[0].id], "returned", "  Thiếu căn cứ   pháp lý  ")
    assert returned[0].review_comment == "Thiếu căn cứ pháp lý"

    after = {u.code: u for u in status(province).units}[unit]
    assert after.state == "returned" and after.awaiting_review == 0 and after.returned == 1  # not shown as done
    detail = consolidated_detail(province, mine[0].id)
    assert detail.row.review_status == "returned" and len(detail.checklist) == 5
    with province.transaction() as session:
        actions = [a for (a,) in session.execute(select(models.AuditEntry.action)
                                                 .where(models.AuditEntry.action.like("review.%")))]
    assert actions.count("review.accepted") == len(mine) - 1 and actions.count("review.returned") == 1


def test_review_refusals_leave_the_store_unchanged(province):
    rows = load_consolidated(province)
    target = next(r for r in rows if r.form)
    blank = next((r for r in rows if not r.form), None)
    with pytest.raises(InvalidRequest, match="lý do"):
        review(province, [target.id], "returned", "   ")
    with pytest.raises(InvalidRequest):
        review(province, [target.id], "maybe")
    with pytest.raises(InvalidRequest, match="Không còn"):
        review(province, [target.id, 10_000_000], "accepted")
    if blank is not None:
        with pytest.raises(InvalidRequest, match="chưa chọn hình thức"):
            review(province, [target.id, blank.id], "accepted")
    assert load_consolidated(province, [target.id])[0].review_status == ""


def test_find_classification_by_unit_and_code(province):
    row = load_consolidated(province)[0]
    assert find_classification(province, row.unit_code, row.code) == row.id
    with pytest.raises(InvalidRequest):
        find_classification(province, row.unit_code, "9.999999")


def test_department_cannot_read_the_consolidated_catalogue(department):
    with pytest.raises(InvalidRequest):
        load_consolidated(department)

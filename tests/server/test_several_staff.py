"""Several staff on one server: two processes import and review at once; nothing is lost, nothing is
overwritten unseen, imports never interleave."""

from __future__ import annotations

import json
import multiprocessing
import shutil

import pytest
from sqlalchemy import select

from dvc_desktop import local_settings
from dvc_desktop.services.consolidation import load_consolidated
from dvc_desktop.services.context import open_context
from dvc_desktop.services.errors import ChangedMeanwhile, ServerBusy
from dvc_desktop.services.packages import import_packages
from dvc_desktop.services.review import review
from dvc_desktop.store import models
from tests.package.conftest import UNIT, UNIT_PASS, classify_some, offices  # noqa: F401 - the fixture

pytestmark = pytest.mark.parametrize("store_engine", ["postgresql"], indirect=True)


def _second_staff(offices, name: str):  # type: ignore[no-untyped-def]
    """Another staff member's computer: a data folder of their own naming the same server."""
    folder = offices.tmp / f"may-{name.split()[-1].lower()}"
    folder.mkdir()
    local_settings.save_database_url(folder, local_settings.saved_database_url(offices.province))
    local_settings.save_staff_name(folder, name)
    shutil.copytree(offices.province / "keys", folder / "keys")
    return folder


def _package(offices, count: int = 25):  # type: ignore[no-untyped-def]
    classify_some(offices.unit, count)
    package = offices.tmp / "goi-1.dvcpkg"
    assert offices.run(offices.unit, "package", "export", str(package), passphrase=UNIT_PASS)[0] == 0
    return package


def test_two_staff_in_two_processes_import_and_review_at_once_and_nothing_is_lost(offices):
    package = _package(offices)
    lan, minh = _second_staff(offices, "Nguyễn Thị Lan"), _second_staff(offices, "Trần Văn Minh")
    with open_context(lan) as context:
        rows = [r for r in load_consolidated(context) if r.form and r.unit_code != UNIT]
    contested, rest = rows[0].id, [r.id for r in rows[1:41]]
    plans = {
        str(lan): {"import": str(package), "contested": contested, "own": rest[0::2], "decision": "accepted",
                   "comment": ""},
        str(minh): {"import": str(package), "contested": contested, "own": rest[1::2], "decision": "returned",
                    "comment": "Thiếu căn cứ pháp lý"},
    }
    spawn = multiprocessing.get_context("spawn")
    barrier, answers = spawn.Barrier(2), spawn.Queue()
    from tests.server.staff import work

    processes = [spawn.Process(target=work, args=(folder, plan, barrier, answers)) for folder, plan in plans.items()]
    for process in processes:
        process.start()
    for process in processes:
        process.join(120)
        assert process.exitcode == 0
    said = [answers.get(timeout=5) for _ in range(6)]

    # The same package at the same moment: imported once, the second import waited and found it done.
    assert sorted(status for _, what, status in said if what == "import") == ["already_imported", "imported"]
    # The same row decided on the same version: one decision stands, the other is refused with who and when.
    contested_answers = {name: status for name, what, status in said if what == "contested"}
    winner = next(name for name, status in contested_answers.items() if status == "decided")
    loser_says = next(status for name, status in contested_answers.items() if name != winner)
    assert "đã thay đổi sau khi anh/chị mở" in loser_says and winner in loser_says and "tải lại" in loser_says

    with open_context(offices.province) as context, context.transaction() as session:
        c = models.Classification
        decided = dict(session.execute(select(c.id, c.review_status).where(c.id.in_(rest))).all())
        by = dict(session.execute(select(c.id, c.reviewed_by).where(c.id.in_([contested, *rest]))).all())
        audit = session.execute(select(models.AuditEntry.actor, models.AuditEntry.action, models.AuditEntry.entity_key)
                                .where(models.AuditEntry.action.like("review.%"))).all()
        imports = session.scalars(select(models.PackageImport).where(models.PackageImport.sender_code == UNIT)).all()
    # Every decision of both, none lost.
    assert {i: decided[i] for i in rest[0::2]} == dict.fromkeys(rest[0::2], "accepted")
    assert {i: decided[i] for i in rest[1::2]} == dict.fromkeys(rest[1::2], "returned")
    assert {by[i] for i in rest[0::2]} == {"Nguyễn Thị Lan"} and {by[i] for i in rest[1::2]} == {"Trần Văn Minh"}
    assert by[contested] == winner
    assert sorted((actor, key) for actor, _, key in audit) == sorted(
        [("Nguyễn Thị Lan", str(i)) for i in rest[0::2]] + [("Trần Văn Minh", str(i)) for i in rest[1::2]]
        + [(winner, str(contested))])
    assert len(imports) == 1 and imports[0].sequence == 1


def test_a_decision_on_a_row_changed_since_it_was_read_is_refused_with_who_and_when(offices):
    lan = _second_staff(offices, "Nguyễn Thị Lan")
    with open_context(offices.province) as mine, open_context(lan) as theirs:
        row = next(r for r in load_consolidated(mine) if r.form)
        review(theirs, [row.id], "returned", "Sai hình thức")  # Lan decides first
        with pytest.raises(ChangedMeanwhile, match="Nguyễn Thị Lan đã xem xét lúc") as refused:
            review(mine, [row.id], "accepted", seen={row.id: row.version})
        assert "tải lại để xem" in str(refused.value)
        [now] = load_consolidated(mine, [row.id])
        assert now.review_status == "returned" and now.review_comment == "Sai hình thức"  # nothing overwritten
        review(mine, [row.id], "accepted", seen={row.id: now.version})  # after reloading, it goes


def test_a_unit_package_arriving_after_the_row_was_read_refuses_the_decision(offices):
    package = _package(offices, 10)
    with open_context(offices.province) as context:
        assert import_packages(context, [package])[0].status == "imported"
        read = {r.id: r.version for r in load_consolidated(context) if r.unit_code == UNIT and r.form}
        # The unit changes an answer and sends again.
    from dvc_desktop.domain.classification import Checklist, Classification, Form
    from dvc_desktop.services import workspace as ws

    with open_context(offices.unit) as unit:
        first = ws.load_rows(unit)[0]
        ws.save_classification(unit, first.id, Classification(Checklist(True, True, True, True, True), Form.FULL,
                                                              note="Đã sửa"))
    second = offices.tmp / "goi-2.dvcpkg"
    assert offices.run(offices.unit, "package", "export", str(second), passphrase=UNIT_PASS)[0] == 0
    with open_context(offices.province) as context:
        assert import_packages(context, [second])[0].status == "imported"
        changed = [i for i, r in ((r.id, r) for r in load_consolidated(context, list(read))) if r.version != read[i]]
        assert changed
        with pytest.raises(ChangedMeanwhile, match="đơn vị đã gửi câu trả lời mới lúc"):
            review(context, changed, "accepted", seen={i: read[i] for i in changed})


def test_an_import_waits_for_another_then_gives_up_clearly(offices):
    import psycopg

    package = _package(offices, 5)
    url = local_settings.saved_database_url(offices.province)
    from dvc_desktop.store.server import IMPORT_LOCK, libpq_conninfo

    holder = psycopg.connect(libpq_conninfo(url))
    holder.execute("BEGIN")
    holder.execute("SELECT pg_advisory_xact_lock(%s)", (IMPORT_LOCK,))  # another staff member's import, running
    try:
        with open_context(offices.province) as context:
            said: list[str] = []
            context.wait_seconds, context.notify = 0.8, said.append
            with pytest.raises(ServerBusy, match="sau 0.8 giây chờ"):
                import_packages(context, [package])
            assert said and "đang chờ lượt" in said[0]
        code, out, err = offices.run(offices.province, "--wait", "0.5", "package", "import", str(package))
        assert code == 1 and "đang chờ lượt" in err and "Hãy thử lại" in err
    finally:
        holder.rollback()
        holder.close()
    code, out, err = offices.run(offices.province, "package", "import", str(package), "--json")
    assert code == 0 and json.loads(out)["results"][0]["status"] == "imported"


def test_imports_reviews_and_publications_record_the_staff_name_or_the_account(offices):
    import getpass

    package = _package(offices, 5)
    local_settings.save_staff_name(offices.province, "Phạm Thu Hà")
    code, out, err = offices.run(offices.province, "package", "import", str(package), "--json")
    assert code == 0, err
    code, _, err = offices.run(offices.province, "publish", str(offices.tmp / "danh-muc.xlsx"), "--kind", "draft")
    assert code == 0, err
    local_settings.save_staff_name(offices.province, None)  # no name set: the computer's account
    with open_context(offices.province) as context:
        row = next(r for r in load_consolidated(context) if r.unit_code == UNIT and r.form)
    code, _, err = offices.run(offices.province, "review", "accept", "--unit", UNIT, "--code", row.code)
    assert code == 0, err
    with open_context(offices.province) as context, context.transaction() as session:
        actors = dict(session.execute(select(models.AuditEntry.action, models.AuditEntry.actor)
                                      .where(models.AuditEntry.action.in_(
                                          ["package.import.submission", "catalogue.publish", "review.accepted"]))).all())
    assert actors == {"package.import.submission": "Phạm Thu Hà", "catalogue.publish": "Phạm Thu Hà",
                      "review.accepted": getpass.getuser()}

import sqlite3
from collections import Counter
from datetime import date

import pytest
from sqlalchemy import func, select

from dvc_desktop.domain.classification import Checklist, Classification, Form, Status, needs_attention
from dvc_desktop.domain.rulesets import rule_set_by_code
from dvc_desktop.domain.text import fold
from dvc_desktop.services.backup import backup
from dvc_desktop.demo.build import MIN_PROCEDURES, load_demo
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.services.settings import Role, get_identity
from dvc_desktop.services.setup import guess_unit_kind, initialise
from dvc_desktop.services.status import status, unit_state
from dvc_desktop.store import models

pytestmark = pytest.mark.engines  # on SQLite and on a PostgreSQL server


def test_init_records_identity_and_places_the_unit_under_the_province(context):
    identity = initialise(context, "department", " 000.00.13.h59 ", "Sở  Tư pháp", "h59", "Tỉnh Sơn Hà")
    assert (identity.role, identity.unit_code, identity.unit_name, identity.province_code) == (
        Role.DEPARTMENT, "000.00.13.H59", "Sở Tư pháp", "H59")
    with context.transaction() as session:
        unit = session.scalars(select(models.Unit).where(models.Unit.code == "000.00.13.H59")).one()
        assert unit.parent.code == "000.00.00.H59"
        assert (unit.kind, unit.level_code) == ("department", "tinh")
        entry = session.scalars(select(models.AuditEntry)).one()
        assert (entry.action, entry.entity_key, entry.actor) == ("init", "000.00.13.H59", context.actor)


def test_init_refuses_bad_values_and_a_second_identity(context):
    with pytest.raises(InvalidRequest, match="H99"):
        initialise(context, "department", "000.00.13.H59", "Sở Tư pháp", "H99")
    initialise(context, "department", "000.00.13.H59", "Sở Tư pháp", "H59")
    initialise(context, "department", "000.00.13.H59", "Sở Tư pháp", "H59")  # the same again is fine
    with pytest.raises(InvalidRequest, match="đã được khởi tạo"):
        initialise(context, "province", "000.00.01.H59", "Văn phòng UBND tỉnh", "H59")


@pytest.mark.parametrize(("name", "kind"), [("UBND xã Tân Lập", "commune"), ("Ủy ban nhân dân phường Đông Hà", "commune"),
                                            ("UBND huyện Phú Vang", "district"), ("Sở Y tế", "department")])
def test_unit_kind_is_guessed_from_the_usual_name(name, kind):
    assert guess_unit_kind(name).value == kind


def test_demo_without_identity_is_a_realistic_department(context):
    summary = load_demo(context)
    assert summary.role == "department" and summary.unit == "000.00.13.H59"
    assert 18 <= summary.units <= 25
    assert summary.procedures >= 1500 == min(1500, MIN_PROCEDURES)
    rules = rule_set_by_code("ND224-2026")
    with context.transaction() as session:
        names = session.scalars(select(models.Procedure.name)).all()
        assert len(set(names)) == len(names)
        assert sum(1 for n in names if n != fold(n)) > 0.9 * len(names)  # Vietnamese with diacritics
        levels = Counter(session.scalars(select(models.ProcedureLevel.level_code)))
        assert levels["tinh"] > 500 and levels["xa"] > 100
        rows = session.scalars(select(models.Classification)).all()
        assert {r.unit.code for r in rows} == {"000.00.13.H59"}
        states = Counter(_state(r, rules) for r in rows)
        assert set(states) == {"unclassified", "ready", "draft", "needs_attention"}
        assert get_identity(session).province_domain == "sonha.gov.vn"


def _state(row, rules):
    c = Classification(
        Checklist(row.info_online, row.submitted_online, row.processed_online, row.fees_online, row.result_online),
        Form(row.form) if row.form else None, row.reason_code, row.legal_provision, row.note,
        row.proactive_level, Status(row.status))
    if c.form is None:
        return "unclassified"
    if needs_attention(c, rules):
        return "needs_attention"
    return c.status.value


@pytest.mark.sqlite_only("the province's demo starts its units as copies of the store file")
def test_demo_keeps_the_identity_init_set_and_fills_every_unit_at_the_province(context):
    initialise(context, "province", "000.00.01.H46", "Văn phòng UBND tỉnh", "H46", "Thành phố Huế", "hue.gov.vn")
    summary = load_demo(context)
    assert (summary.role, summary.unit) == ("province", "000.00.01.H46")
    with context.transaction() as session:
        codes = set(session.scalars(select(models.Unit.code)))
        assert all(code.endswith("H46") for code in codes)
        classified_units = session.scalar(select(func.count(func.distinct(models.Classification.unit_id))))
        # every unit but the UBND tỉnh, its office and the late units sent a package
        assert classified_units == summary.units_submitted == summary.units - 2 - summary.units_late
        urls = session.scalars(select(models.Website.url)).all()
        assert any(url.endswith(".hue.gov.vn") for url in urls)


def test_demo_refuses_a_store_that_has_a_catalogue(context):
    load_demo(context)
    with pytest.raises(InvalidRequest, match="kho trống"):
        load_demo(context)


def test_status_lists_units_and_their_state(context):
    load_demo(context)
    report = status(context).to_json()
    assert report["role"] == "department" and report["unit"] == "000.00.13.H59"
    assert report["procedures"] >= 1500
    assert {u["state"] for u in report["units"]} == {"never"}
    assert {"code", "name", "last_sequence", "last_import_at", "state"} <= set(report["units"][0])


def test_status_needs_an_identity(context):
    with pytest.raises(InvalidRequest, match="dvc-desktop init"):
        status(context)


def test_unit_state_rule():
    deadline = date(2026, 12, 1)
    assert unit_state(None, deadline, date(2026, 11, 30)) == "never"
    assert unit_state(None, deadline, date(2026, 12, 2)) == "late"
    assert unit_state(None, None, date(2030, 1, 1)) == "never"
    assert unit_state("2026-11-01T00:00:00", deadline, date(2026, 12, 2)) == "on_time"
    # Done (green) only when nothing waits: not with answers sent back or procedures unclassified.
    sent = ("2026-11-01T00:00:00", deadline, date(2026, 12, 2))
    assert unit_state(*sent, returned=2) == "returned"
    assert unit_state(*sent, unclassified=5) == "incomplete"
    assert unit_state(*sent, awaiting_review=1, returned=2, unclassified=5) == "changed"
    assert unit_state(*sent, returned=2, unclassified=5) == "returned"


@pytest.mark.sqlite_only("the SQLite backup file; a server's pg_dump: tests/server/test_operations.py")
def test_online_backup_while_open(context, tmp_path):
    load_demo(context)
    written = backup(context, tmp_path / "copies" / "backup.sqlite")
    copy = sqlite3.connect(written)
    assert copy.execute("SELECT count(*) FROM procedures").fetchone()[0] >= 1500
    assert copy.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    assert not (tmp_path / "copies" / "backup.sqlite.partial").exists()
    with pytest.raises(InvalidRequest, match="kho dữ liệu"):
        backup(context, context.db.file)

"""The window's first look reads what the usual opening reads, or steps aside."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timezone
from pathlib import Path

import pytest

from dvc_desktop.services.context import open_context
from dvc_desktop.demo.build import load_demo
from dvc_desktop.services.first_look import first_look
from dvc_desktop.services.settings import Role
from dvc_desktop.services.workspace import load_rows, save_classification, snapshot
from dvc_desktop.store.files import DB_FILE_NAME
from dvc_desktop.store.lock import StoreLock, StoreLockedError

TODAY = date(2026, 11, 29)


def demo_store(data_dir: Path, role: Role = Role.DEPARTMENT) -> None:
    with open_context(data_dir) as context:
        context.today = lambda: TODAY
        load_demo(context, role=role)


def usual_rows(data_dir: Path) -> dict:
    """The rows the usual opening reads (SQLAlchemy), by id."""
    with open_context(data_dir) as context:
        context.today = lambda: TODAY
        return {row.id: row for row in snapshot(context).rows}


def change(data_dir: Path, sql: str, *params: object) -> None:
    connection = sqlite3.connect(data_dir / DB_FILE_NAME)
    with connection:
        connection.execute(sql, params)
    connection.close()


def test_the_first_look_shows_what_the_usual_opening_shows(data_dir):
    demo_store(data_dir)
    with open_context(data_dir) as context:  # some rows edited, so times and answers vary
        context.today = lambda: TODAY
        from dvc_desktop.services.workspace import detail

        first = load_rows(context)[0]
        c = detail(context, first.id).classification
        save_classification(context, first.id, c)
    change(data_dir, "UPDATE settings SET value = ? WHERE key = 'deadline'", '"2026-12-15"')

    look = first_look(data_dir, TODAY)
    assert look is not None
    try:
        with open_context(data_dir, lock=look.lock) as context:  # the worker takes the lock over
            context.today = lambda: TODAY
            usual = snapshot(context)
    finally:
        look.lock.release()
    seen = look.snapshot
    assert seen.rows == usual.rows and len(seen.rows) == 300
    assert seen.levels == usual.levels and seen.deadline == usual.deadline == date(2026, 12, 15)
    assert (seen.unit_code, seen.unit_name, seen.unit_kind, seen.province_name, seen.province_domain) == \
        (usual.unit_code, usual.unit_name, usual.unit_kind, usual.province_name, usual.province_domain)
    assert seen.rules.code == usual.rules.code
    assert {row.attention for row in seen.rows} == {True, False}  # judged, not just copied
    assert all(isinstance(row.updated_at, datetime) for row in seen.rows)


def test_the_first_look_holds_the_store_until_the_worker_takes_it_over(data_dir):
    demo_store(data_dir)
    look = first_look(data_dir, TODAY)
    assert look is not None
    with pytest.raises(StoreLockedError):
        StoreLock(data_dir).acquire()
    context = open_context(data_dir, lock=look.lock)
    context.close()
    other = StoreLock(data_dir)
    other.acquire()  # closing the store let go of the lock the first look took
    other.release()


@pytest.mark.parametrize("spoil", [
    pytest.param(lambda d: change(d, "UPDATE alembic_version SET version_num = '0003'"), id="older schema"),
    pytest.param(lambda d: change(d, "UPDATE settings SET value = json_set(value, '$.role', 'province') "
                                     "WHERE key = 'identity'"), id="a province"),
    pytest.param(lambda d: change(d, "DELETE FROM settings WHERE key = 'identity'"), id="no identity"),
    pytest.param(lambda d: change(d, "DELETE FROM levels WHERE code = 'huyen'"), id="a bundled level missing"),
    pytest.param(lambda d: change(d, "DROP TABLE sectors"), id="a broken store"),
])
def test_the_first_look_steps_aside_when_the_usual_opening_has_work_to_do(data_dir, spoil):
    demo_store(data_dir)
    spoil(data_dir)
    assert first_look(data_dir, TODAY) is None
    lock = StoreLock(data_dir)
    lock.acquire()  # and it let go of the lock
    lock.release()


def test_no_first_look_without_a_store_or_while_another_session_holds_it(data_dir):
    assert first_look(data_dir, TODAY) is None
    assert not (data_dir / DB_FILE_NAME).exists()  # looking made no file
    demo_store(data_dir)
    with StoreLock(data_dir):
        assert first_look(data_dir, TODAY) is None


def test_a_store_changed_by_sqlite3_between_sessions_reads_the_same(data_dir):
    """A time written with its zone (by hand, or by a later version) reads as the usual opening reads it."""
    demo_store(data_dir)
    change(data_dir, "UPDATE classifications SET updated_at = ? WHERE id = 1",
           datetime(2026, 11, 2, 3, 4, 5, tzinfo=timezone.utc).isoformat())
    look = first_look(data_dir, TODAY)
    assert look is not None
    look.lock.release()
    usual = usual_rows(data_dir)
    seen = {row.id: row for row in look.snapshot.rows}[1].updated_at
    assert seen == usual[1].updated_at == datetime(2026, 11, 2, 3, 4, 5, tzinfo=timezone.utc)
    assert seen.tzinfo == usual[1].updated_at.tzinfo


def test_a_data_directory_named_in_vietnamese_with_signs_is_read(tmp_path):
    data_dir = tmp_path / "Dữ liệu Sở #1 (bản 100%)"
    demo_store(data_dir)
    look = first_look(data_dir, TODAY)
    assert look is not None and len(look.snapshot.rows) == 300
    look.lock.release()


def test_a_large_store_is_first_seen_by_code_and_name_with_its_first_screenful_whole(data_dir, monkeypatch):
    """Above WHOLE_UP_TO rows the first look reads every row's code and name and the first screenful
    (by code, the table's first order) whole; the rest is pending until the window reads it whole."""
    from dvc_desktop.services import first_look as looking

    demo_store(data_dir)
    monkeypatch.setattr(looking, "WHOLE_UP_TO", 50)
    monkeypatch.setattr(looking, "SCREENFUL", 20)
    look = first_look(data_dir, TODAY)
    assert look is not None
    look.lock.release()
    usual = usual_rows(data_dir)
    seen = look.snapshot
    assert not seen.complete and len(seen.rows) == len(usual) == 300
    whole = [row for row in seen.rows if not row.pending]
    assert [row.code for row in whole] == sorted(row.code for row in usual.values())[:20]
    assert all(row == usual[row.id] for row in whole)
    for row in seen.rows:
        expected = usual[row.id]
        assert (row.code, row.name, row.search_key, row.procedure_id) == \
            (expected.code, expected.name, expected.search_key, expected.procedure_id)
    again = looking.read_whole(data_dir, TODAY)
    assert again is not None and again.complete and {row.id: row for row in again.rows} == usual

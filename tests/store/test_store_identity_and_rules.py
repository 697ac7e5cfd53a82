"""The store says what it is (application_id, user_version: migration 0007) and keeps its own rules:
reason codes no rule set defines are refused by a check constraint, text the domain's rule refuses never
reaches a table whatever door it came through."""

from __future__ import annotations

import re
import sqlite3

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from dvc_desktop.domain.text import UnsafeText
from dvc_desktop.store import models
from dvc_desktop.store.database import DB_FILE_NAME, Database
from dvc_desktop.store.engine import make_engine, sqlite_url
from dvc_desktop.store.migrate import upgrade
from dvc_desktop.package.acceptance import _known_reasons
from tests.store.test_store import assert_refused_untouched

PROCEDURE = ("INSERT INTO procedures (id, code, national_code, name, name_folded, steps, method, processing_time, "
             "applicants, executing_agency, forms, result, requirements, fees, legal_basis, announcing_decision, "
             "ministry_code, origin, created_at, updated_at) VALUES (1, '1.000001', '1.000001', 'T', 't', '', '', '', "
             "'', '', '', '', '', '', '', '', '', 'reference', '2026-01-01', '2026-01-01')")


def test_a_new_store_carries_the_application_id_and_user_version(data_dir):
    Database(data_dir).open().close()
    with sqlite3.connect(data_dir / DB_FILE_NAME) as connection:
        assert connection.execute("PRAGMA application_id").fetchone() == (models.APPLICATION_ID,)
        assert connection.execute("PRAGMA user_version").fetchone() == (9,)  # the head revision's number (0009)


@pytest.mark.parametrize("make", ["alembic_version only", "other application id"])
def test_a_file_that_only_looks_like_a_store_is_refused_and_left_byte_identical(tmp_path, make):
    data_dir = tmp_path / "data"
    data_dir.mkdir()
    connection = sqlite3.connect(data_dir / DB_FILE_NAME)
    if make == "alembic_version only":  # was taken over and filled
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("INSERT INTO alembic_version VALUES ('0001')")
    else:  # another program's file that marks itself, with tables named like ours
        connection.execute("PRAGMA application_id = 1234")
        connection.execute("CREATE TABLE settings (key TEXT)")
    connection.commit()
    connection.close()
    assert_refused_untouched(data_dir)


def store_at(tmp_path, revision: str) -> tuple:
    """A store migrated only to `revision`, as an older version left it: (data folder, engine)."""
    data_dir = tmp_path / "old"
    data_dir.mkdir()
    db_file = data_dir / DB_FILE_NAME
    engine = make_engine(sqlite_url(db_file))
    upgrade(engine, db_file, data_dir / "backups", target=revision)
    return data_dir, engine


def classification_with_reason(connection, reason: str, note: str = "") -> None:
    """One unit, one procedure and its classification, written as raw SQL (no door checks it)."""
    connection.execute(text("INSERT INTO levels (code, name, aliases, sort_order) VALUES ('tinh', 'T', '[]', 1)"))
    connection.execute(text("INSERT INTO units (id, code, name, name_folded, kind, level_code, state) VALUES "
                            "(1, 'U', 'U', 'u', 'department', 'tinh', 'active')"))
    connection.execute(text(PROCEDURE))
    connection.execute(text("INSERT INTO classifications (unit_id, procedure_id, reason_code, legal_provision, note, "
                            "status, rule_set_code, updated_at, updated_by) VALUES (1, 1, :reason, '', :note, 'draft', "
                            "'ND224-2026', '2026-01-01', 'x')"), {"reason": reason, "note": note})


def test_a_store_from_before_the_mark_is_still_ours_and_gets_it(tmp_path):
    data_dir, engine = store_at(tmp_path, "0006")
    engine.dispose()
    with Database(data_dir) as db:
        assert db.migration.from_revision == "0006"
    with sqlite3.connect(data_dir / DB_FILE_NAME) as connection:
        assert connection.execute("PRAGMA application_id").fetchone() == (models.APPLICATION_ID,)


def test_the_constraint_names_every_bundled_reason_and_nothing_else():
    """A rule set that adds a reason must add it to models.REASON_CODES and to a migration."""
    assert set(models.REASON_CODES) == set(_known_reasons())


def test_the_store_refuses_an_unknown_reason_code(data_dir):
    with Database(data_dir) as db:
        with pytest.raises(IntegrityError, match="CHECK constraint"):
            with db.engine.begin() as connection:
                classification_with_reason(connection, "ly_do_khong_co")
        with db.engine.begin() as connection:
            classification_with_reason(connection, "in_person")  # a reason a rule set defines


def test_an_unknown_reason_an_older_version_let_in_moves_into_the_note_on_upgrade(tmp_path):
    data_dir, engine = store_at(tmp_path, "0006")
    with engine.begin() as connection:
        classification_with_reason(connection, "ly_do_khong_co", note="cũ")
    engine.dispose()
    with Database(data_dir) as db:
        with db.engine.connect() as connection:
            assert connection.execute(text("SELECT reason_code, note FROM classifications")).one() == (
                "", "cũ [Lý do không hợp lệ đã bỏ khi nâng cấp: ly_do_khong_co]")


@pytest.mark.parametrize("value, shown", [("Sở\x01", "U+0001"), ("Sở\u202e", "U+202E"), ("Sở\tTư pháp", "U+0009")])
def test_the_store_refuses_text_the_rule_refuses_at_flush(data_dir, value, shown):
    with Database(data_dir) as db:
        if "\t" not in value:  # settings are JSON, where a tab may belong to a longer text
            with pytest.raises(UnsafeText, match=re.escape(shown)):
                with db.transaction() as session:
                    session.add(models.Setting(key="identity", value={"unit_name": value}))
        with pytest.raises(UnsafeText, match=f"units.*{re.escape(shown)}"):
            with db.transaction() as session:
                session.add(models.Level(code="tinh", name="Cấp tỉnh", aliases=[], sort_order=1))
                session.add(models.Unit(code="U", name=value, name_folded="x", kind="department", level_code="tinh"))
        with db.transaction() as session:
            assert session.get(models.Setting, "identity") is None


def test_the_store_keeps_text_in_nfc(data_dir):
    import unicodedata

    decomposed = unicodedata.normalize("NFD", "Sở Tư pháp")
    with Database(data_dir) as db:
        with db.transaction() as session:
            session.add(models.Level(code="tinh", name=decomposed, aliases=[], sort_order=1))
        with db.transaction() as session:
            assert session.get(models.Level, "tinh").name == "Sở Tư pháp"

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import select, text

from dvc_desktop.store import models
from dvc_desktop.store.database import DB_FILE_NAME, Database
from dvc_desktop.store.engine import make_engine, sqlite_url
from dvc_desktop.store.lock import StoreLockedError
from dvc_desktop.store.migrate import ForeignDatabaseError, current_revision, head_revision, upgrade

# The store's engine-level rules on SQLite and on a PostgreSQL server; the tests of what only a file has
# (its pragmas, its lock, its header and backups) are marked sqlite_only.
pytestmark = pytest.mark.engines
FILE_ONLY = pytest.mark.sqlite_only("the store file's own pragmas, lock, header or backup")


def store(data_dir: Path) -> Database:
    """The data folder's store where it lives: its SQLite file, or the server its local.json names."""
    from dvc_desktop import local_settings

    return Database(data_dir, local_settings.saved_database_url(data_dir))


@FILE_ONLY
def test_every_connection_has_wal_foreign_keys_and_full_sync(data_dir):
    with Database(data_dir) as db:
        for _ in range(2):  # a fresh pooled connection each time
            with db.engine.connect() as connection:
                assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
                assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
                assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2
            db.engine.dispose()


def test_foreign_keys_are_enforced(data_dir):
    with store(data_dir) as db:
        with pytest.raises(Exception, match="FOREIGN KEY|foreign key"):
            with db.transaction() as session:
                session.add(models.Unit(code="X", name="X", name_folded="x", kind="department",
                                        level_code="no-such-level"))


def test_a_failed_transaction_leaves_nothing_behind(data_dir):
    with store(data_dir) as db:
        with pytest.raises(RuntimeError):
            with db.transaction() as session:
                session.add(models.Setting(key="half", value=1))
                session.flush()
                raise RuntimeError("crash in the middle")
        with db.transaction() as session:
            assert session.get(models.Setting, "half") is None


def test_schema_of_the_migrations_equals_the_models(data_dir):
    with store(data_dir) as db:
        assert current_revision(db.engine) == head_revision()
        with db.engine.connect() as connection:
            assert compare_metadata(MigrationContext.configure(connection), models.Base.metadata) == []


def test_an_old_store_is_backed_up_then_migrated(tmp_path):
    data_dir = tmp_path / "old"
    data_dir.mkdir()
    db_file = data_dir / DB_FILE_NAME
    engine = make_engine(sqlite_url(db_file))
    upgrade(engine, db_file, data_dir / "backups", target="0001")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO settings (key, value) VALUES ('marker', '\"old\"')"))
    engine.dispose()

    with Database(data_dir) as db:
        assert db.migration.from_revision == "0001"
        assert db.migration.to_revision == head_revision()
        backup = db.migration.backup
    assert backup is not None and backup.parent == data_dir / "backups"
    copy = sqlite3.connect(backup)
    assert copy.execute("SELECT value FROM settings WHERE key = 'marker'").fetchone() == ('"old"',)
    assert copy.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)


@FILE_ONLY
def test_an_up_to_date_store_takes_no_backup(data_dir):
    Database(data_dir).open().close()
    with Database(data_dir) as db:
        assert db.migration.backup is None
    assert not (data_dir / "backups").exists()


def test_someone_elses_database_is_refused(tmp_path):
    data_dir = tmp_path / "foreign"
    data_dir.mkdir()
    connection = sqlite3.connect(data_dir / DB_FILE_NAME)
    connection.execute("CREATE TABLE customers (id INTEGER)")
    connection.close()
    assert_refused_untouched(data_dir)


def assert_refused_untouched(data_dir: Path) -> None:
    """Opening the file at data_dir is refused as not a store, and it is recognised before anything
    touched it: byte for byte the same, not switched to WAL, no -wal or -shm beside it."""
    before = (data_dir / DB_FILE_NAME).read_bytes()
    with pytest.raises(ForeignDatabaseError, match="không phải cơ sở dữ liệu của DVC Desktop"):
        Database(data_dir).open()
    assert (data_dir / DB_FILE_NAME).read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir() if p.name.startswith(DB_FILE_NAME)) == [DB_FILE_NAME]


def test_a_file_that_is_not_sqlite_is_refused_and_left_as_it_was(tmp_path, capsys):
    from dvc_desktop.cli import main

    data_dir = tmp_path / "data"
    data_dir.mkdir()
    (data_dir / DB_FILE_NAME).write_bytes(b"PK\x03\x04 a zip someone saved here")
    assert main(["--data-dir", str(data_dir), "status"]) == 1
    err = capsys.readouterr().err
    assert "không phải cơ sở dữ liệu của DVC Desktop" in err and "không mong đợi" not in err
    assert (data_dir / DB_FILE_NAME).read_bytes() == b"PK\x03\x04 a zip someone saved here"


HOLD_LOCK = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from dvc_desktop.store.database import Database
    db = Database(Path(sys.argv[1])).open()
    print("locked", flush=True)
    time.sleep(60)
    """
)


def _holder(data_dir: Path) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(data_dir)], stdout=subprocess.PIPE,
                               text=True)
    assert process.stdout.readline().strip() == "locked"
    return process


@FILE_ONLY
def test_a_second_process_is_refused_with_a_clear_message(data_dir):
    holder = _holder(data_dir)
    try:
        with pytest.raises(StoreLockedError) as error:
            Database(data_dir).open()
        assert str(holder.pid) in str(error.value)
        assert "đang được một phiên DVC Desktop khác sử dụng" in str(error.value)
    finally:
        holder.terminate()
        holder.wait()


@FILE_ONLY
def test_a_stale_lock_after_a_crash_is_recovered(data_dir):
    holder = _holder(data_dir)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait()
    assert (data_dir / "dvc-desktop.lock").exists()  # the crash left its lock behind
    with Database(data_dir) as db:
        with db.transaction() as session:
            session.add(models.Setting(key="after_crash", value=True))
        with db.transaction() as session:
            assert session.scalar(select(models.Setting.value).where(models.Setting.key == "after_crash"))


@FILE_ONLY
def test_the_lock_is_released_on_close(data_dir):
    Database(data_dir).open().close()
    Database(data_dir).open().close()


def test_a_store_with_units_and_their_work_upgrades_to_units_and_rounds(tmp_path):
    """0005 rebuilds the units table (state, successor): the rows that point at units survive it."""
    data_dir = tmp_path / "old"
    data_dir.mkdir()
    db_file = data_dir / DB_FILE_NAME
    engine = make_engine(sqlite_url(db_file))
    upgrade(engine, db_file, data_dir / "backups", target="0004")
    with engine.begin() as connection:
        connection.execute(text("INSERT INTO levels (code, name, aliases, sort_order) VALUES ('tinh', 'Cấp tỉnh', '[]', 1)"))
        connection.execute(text("INSERT INTO units (id, code, name, name_folded, kind, level_code, parent_id) VALUES "
                                "(1, '000.00.00.H40', 'UBND tỉnh', 'ubnd tinh', 'province', 'tinh', NULL), "
                                "(2, '000.00.13.H40', 'Sở Tư pháp', 'so tu phap', 'department', 'tinh', 1)"))
        connection.execute(text("INSERT INTO procedures (id, code, national_code, name, name_folded, steps, method, "
                                "processing_time, applicants, executing_agency, forms, result, requirements, fees, "
                                "legal_basis, announcing_decision, ministry_code, origin, created_at, updated_at) VALUES "
                                "(1, '1.000001', '1.000001', 'Thủ tục', 'thu tuc', '', '', '', '', 'Sở Tư pháp', '', '', "
                                "'', '', '', '', '', 'reference', '2026-01-01', '2026-01-01')"))
        connection.execute(text("INSERT INTO classifications (unit_id, procedure_id, reason_code, legal_provision, note, "
                                "status, rule_set_code, updated_at, updated_by) VALUES "
                                "(2, 1, '', '', '', 'draft', 'ND224-2026', '2026-01-01', 'x')"))
    engine.dispose()

    with Database(data_dir) as db:
        assert db.migration.from_revision == "0004"
        with db.engine.connect() as connection:
            assert connection.execute(text("SELECT code, state, replaced_by_id FROM units ORDER BY id")).all() == [
                ("000.00.00.H40", "active", None), ("000.00.13.H40", "active", None)]
            assert connection.execute(text("SELECT unit_id FROM classifications")).scalars().all() == [2]
            assert connection.execute(text("PRAGMA foreign_key_check")).all() == []
            assert connection.execute(text("PRAGMA integrity_check")).scalar() == "ok"

"""A damaged store is found when it opens and said plainly, with the newest backup and the command that
restores it; backups carry the keys; `restore` checks the backup, keeps the damaged files aside, puts
the store and the keys back, and is audited."""

from __future__ import annotations

import json
import os
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from dvc_desktop.cli import main
from dvc_desktop.package import keys as keyfiles
from dvc_desktop.store.backup import FILES_TABLE
from dvc_desktop.store.files import DB_FILE_NAME

PASS = "mật khẩu dài đủ"


@pytest.fixture()
def unit(data_dir, monkeypatch):
    monkeypatch.setenv("DVC_KEY_PASSPHRASE", PASS)
    assert main(["init", "--role", "department", "--unit-code", "000.00.13.H42", "--unit-name", "Sở Tư pháp",
                 "--province-code", "H42"]) == 0
    return data_dir


def overwrite_a_page(store: Path, page: int = 3) -> None:
    """What a failing disk or a stray program does: 400 bytes of a page replaced."""
    data = bytearray(store.read_bytes())
    data[4096 * page: 4096 * page + 400] = b"\x5a" * 400
    store.write_bytes(bytes(data))


def test_a_damaged_store_is_said_plainly_with_the_newest_backup(unit, tmp_path, capsys):
    backup = tmp_path / "usb" / "sao-luu.sqlite"
    assert main(["backup", str(backup)]) == 0
    overwrite_a_page(unit / DB_FILE_NAME)
    capsys.readouterr()
    assert main(["status"]) == 1
    err = capsys.readouterr().err
    assert "bị hỏng" in err and str(backup) in err and "dvc-desktop restore" in err
    assert "không mong đợi" not in err


def test_backup_carries_the_keys_and_restore_puts_both_back(unit, tmp_path, capsys):
    before = keyfiles.public_info(unit / "keys")
    backup = tmp_path / "sao-luu.sqlite"
    assert main(["backup", str(backup)]) == 0
    with sqlite3.connect(backup) as connection:
        carried = dict(connection.execute(f"SELECT name, content FROM {FILES_TABLE}").fetchall())
    assert sorted(carried) == ["keys/signing-key.json", "keys/signing-key.pem"]
    assert carried["keys/signing-key.pem"].startswith(b"-----BEGIN DVC DESKTOP ENCRYPTED SIGNING KEY-----")  # still encrypted

    overwrite_a_page(unit / DB_FILE_NAME)
    (unit / "keys" / keyfiles.PRIVATE_FILE).write_bytes(b"")  # and the key lost too
    capsys.readouterr()
    assert main(["restore", str(backup)]) == 0
    out = capsys.readouterr().out
    assert "Đã khôi phục" in out and "truoc-khoi-phuc" in out
    kept = [p.name for p in unit.iterdir() if "truoc-khoi-phuc" in p.name]
    assert any(n.startswith(DB_FILE_NAME) for n in kept) and any(n.startswith("keys.") for n in kept)
    assert keyfiles.public_info(unit / "keys") == before
    keyfiles.unlock(unit / "keys", PASS)  # the unit can sign again
    assert main(["status"]) == 0
    with sqlite3.connect(unit / DB_FILE_NAME) as connection:
        actions = [row[0] for row in connection.execute("SELECT action FROM audit_log ORDER BY id")]
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert actions[-1] == "store.restore" and FILES_TABLE not in _tables(unit / DB_FILE_NAME)


def _tables(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _newer_version(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffffffffffff'")


def _damaged_copy(path: Path) -> None:
    overwrite_a_page(path, 2)


def _escaping_file(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute(f"INSERT INTO {FILES_TABLE} VALUES ('keys/../../evil.txt', x'00')")


def _not_sqlite(path: Path) -> None:
    path.write_bytes(b"PK\x03\x04 not a database")


@pytest.mark.parametrize("spoil, reason", [
    (_not_sqlite, "không phải tệp SQLite"), (_damaged_copy, "bị hỏng"),
    (_newer_version, "phiên bản DVC Desktop mới hơn"), (_escaping_file, "tệp không hợp lệ")])
def test_a_backup_that_cannot_be_restored_changes_nothing(unit, tmp_path, capsys, spoil, reason):
    backup = tmp_path / "sao-luu.sqlite"
    assert main(["backup", str(backup)]) == 0
    spoil(backup)
    store_before = (unit / DB_FILE_NAME).read_bytes()
    listing = sorted(p.name for p in unit.rglob("*"))
    capsys.readouterr()
    assert main(["restore", str(backup)]) == 2
    err = capsys.readouterr().err
    assert reason in err, err
    assert (unit / DB_FILE_NAME).read_bytes() == store_before and sorted(p.name for p in unit.rglob("*")) == listing
    assert not (tmp_path.parent / "evil.txt").exists()


def test_automatic_backups_once_a_day_keeping_the_newest_ten(unit):
    from dvc_desktop.services.backup import AUTOMATIC_KEPT, automatic_backup
    from dvc_desktop.services.context import open_context

    start = datetime(2026, 12, 1, 8, 0)
    with open_context(unit) as context:
        first = automatic_backup(context, start)
        assert first is not None and first.parent == unit / "backups"
        os.utime(first, (start.timestamp(), start.timestamp()))
        assert automatic_backup(context, start + timedelta(hours=5)) is None  # the same day: none
        for day in range(1, AUTOMATIC_KEPT + 3):
            made = automatic_backup(context, start + timedelta(days=day))
            assert made is not None
            moment = (start + timedelta(days=day)).timestamp()
            os.utime(made, (moment, moment))
    kept = sorted(p.name for p in (unit / "backups").glob("tu-dong-*.sqlite"))
    assert len(kept) == AUTOMATIC_KEPT and kept[-1] == f"tu-dong-{start + timedelta(days=AUTOMATIC_KEPT + 2):%Y%m%d-%H%M%S}.sqlite"


def test_the_status_json_of_a_restored_store_is_the_backups(unit, tmp_path, capsys):
    backup = tmp_path / "sao-luu.sqlite"
    capsys.readouterr()
    assert main(["status", "--json"]) == 0
    before = json.loads(capsys.readouterr().out)
    assert main(["backup", str(backup)]) == 0
    (unit / DB_FILE_NAME).unlink()  # the store lost altogether
    for suffix in ("-wal", "-shm"):
        (unit / (DB_FILE_NAME + suffix)).unlink(missing_ok=True)
    assert main(["restore", str(backup)]) == 0
    capsys.readouterr()
    assert main(["status", "--json"]) == 0
    after = json.loads(capsys.readouterr().out)
    assert (after["role"], after["unit"], after["unit_name"]) == (before["role"], before["unit"], before["unit_name"])


def test_a_restore_killed_between_its_renames_is_finished_by_the_next_open(unit, tmp_path, capsys):
    from dvc_desktop.atomic_files import atomic_write, move
    from dvc_desktop.store import restore as restoring

    backup = tmp_path / "sao-luu.sqlite"
    assert main(["backup", str(backup)]) == 0
    image, _revision, _files = restoring.read_backup(backup)
    atomic_write(unit / restoring.STAGED_STORE, image)
    connection = sqlite3.connect(unit / DB_FILE_NAME)  # the old store's WAL holds changes
    connection.execute("PRAGMA wal_autocheckpoint = 0")
    connection.execute("CREATE TABLE old_work (x)")
    connection.executemany("INSERT INTO old_work VALUES (?)", [("x" * 300,)] * 200)
    connection.commit()
    wal = (unit / (DB_FILE_NAME + "-wal")).read_bytes()
    connection.close()
    move(unit / DB_FILE_NAME, unit / "aside.sqlite")  # the kill came after this rename, before the -wal's
    (unit / (DB_FILE_NAME + "-wal")).write_bytes(wal)
    assert len(wal) > 4096
    capsys.readouterr()
    assert main(["status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["unit"] == "000.00.13.H42"  # the backup's, not a new empty store
    assert not (unit / restoring.STAGED_STORE).exists()
    with sqlite3.connect(unit / DB_FILE_NAME) as restored:  # the old store's WAL was not replayed into it
        assert restored.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert "old_work" not in _tables(unit / DB_FILE_NAME)


def test_a_restore_killed_while_staging_changes_nothing(unit, tmp_path):
    from dvc_desktop.atomic_files import atomic_write
    from dvc_desktop.store import restore as restoring

    (unit / restoring.STAGED_KEYS).mkdir()
    atomic_write(unit / restoring.STAGED_KEYS / "signing-key.pem", b"half")
    before = (unit / "keys" / keyfiles.PRIVATE_FILE).read_bytes()
    assert main(["status"]) == 0
    assert not (unit / restoring.STAGED_KEYS).exists()
    assert (unit / "keys" / keyfiles.PRIVATE_FILE).read_bytes() == before


def overwrite_table(store: Path, table: str) -> None:
    with sqlite3.connect(store) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    data = bytearray(store.read_bytes())
    data[(root - 1) * page_size: root * page_size] = b"\x5a" * page_size
    store.write_bytes(bytes(data))


@pytest.fixture()
def large(monkeypatch):
    """Stores count as large (no check at every open), as a province's store of 20,000 procedures."""
    import dvc_desktop.store.database as database

    monkeypatch.setattr(database, "CHECK_ALWAYS_UP_TO", 0)
    checks: list[Path] = []
    real = database.quick_check
    monkeypatch.setattr(database, "quick_check", lambda engine, data_dir: (checks.append(data_dir),
                                                                           real(engine, data_dir))[1])
    return checks


def test_a_large_store_closed_cleanly_is_not_checked_at_every_open(unit, large):
    assert main(["status"]) == 0
    assert large == []
    assert not (unit / "dvc-desktop.session").exists()  # a clean end leaves no session mark


def test_after_an_unclean_end_a_large_store_is_checked_when_it_opens(unit, large, capsys):
    (unit / "dvc-desktop.session").touch()  # what a crash leaves
    overwrite_a_page(unit / DB_FILE_NAME)
    capsys.readouterr()
    assert main(["status"]) == 1
    assert large == [unit] and "bị hỏng" in capsys.readouterr().err


def test_damage_met_while_working_is_said_as_damage(unit, large, capsys):
    overwrite_table(unit / DB_FILE_NAME, "settings")
    capsys.readouterr()
    assert main(["status"]) == 1
    err = capsys.readouterr().err
    assert "bị hỏng" in err and "không mong đợi" not in err


@pytest.mark.parametrize("argv", [["backup", "{tmp}/sao-luu.sqlite"], ["package", "export", "{tmp}/goi.dvcpkg"]])
def test_a_large_store_is_checked_before_anything_leaves_it(unit, large, tmp_path, capsys, argv):
    overwrite_table(unit / DB_FILE_NAME, "audit_log")  # a table the command need not read
    capsys.readouterr()
    assert main([a.format(tmp=tmp_path) for a in argv]) == 1
    assert "bị hỏng" in capsys.readouterr().err and large == [unit]
    assert not list(tmp_path.glob("sao-luu*")) and not list(tmp_path.glob("goi*"))


def test_a_store_from_a_newer_version_is_named_and_left_alone(unit, capsys):
    with sqlite3.connect(unit / DB_FILE_NAME) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    connection.close()
    before = (unit / DB_FILE_NAME).read_bytes()
    capsys.readouterr()
    assert main(["status"]) == 1
    err = capsys.readouterr().err
    assert "phiên bản DVC Desktop mới hơn" in err and "0099" in err and "Can't locate" not in err
    assert (unit / DB_FILE_NAME).read_bytes() == before
    assert not list(unit.glob("backups/before-migration-*"))  # no backup taken on every try


def test_a_large_store_found_damaged_is_checked_again_at_every_open(unit, large, capsys):
    (unit / "dvc-desktop.session").touch()
    overwrite_a_page(unit / DB_FILE_NAME)
    for _ in range(2):  # ignoring the message and trying again does not get past it
        assert main(["status"]) == 1
        assert "bị hỏng" in capsys.readouterr().err
    assert large == [unit, unit]

"""No raw library text reaches a user: the error cases of the reliability and hostile-input work, run
on the command line, say what happened in Vietnamese, without SQLAlchemy's or Python's own words."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dvc_desktop.cli import main
from dvc_desktop.store.files import DB_FILE_NAME, LOCK_FILE_NAME
from tests.store.test_damage_and_restore import overwrite_a_page

RAW = ("[SQL:", "sqlalche.me", "Traceback", "Errno", "Exception ignored", "OperationalError", "DatabaseError",
       "không mong đợi", "malformed", "disk image", "database main")
PASS = "mật khẩu dài đủ"


def init(data: Path) -> None:
    assert main(["--data-dir", str(data), "init", "--role", "department", "--unit-code", "000.00.13.H42",
                 "--unit-name", "Sở Tư pháp", "--province-code", "H42"]) == 0


def damaged(data: Path, tmp: Path) -> list[str]:
    init(data)
    overwrite_a_page(data / DB_FILE_NAME)
    return ["status"]


def newer(data: Path, tmp: Path) -> list[str]:
    init(data)
    with sqlite3.connect(data / DB_FILE_NAME) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099'")
    return ["status"]


def foreign(data: Path, tmp: Path) -> list[str]:
    data.mkdir(parents=True)
    with sqlite3.connect(data / DB_FILE_NAME) as connection:
        connection.execute("CREATE TABLE customers (id INTEGER)")
    return ["status"]


def not_sqlite(data: Path, tmp: Path) -> list[str]:
    data.mkdir(parents=True)
    (data / DB_FILE_NAME).write_bytes(b"not a database at all")
    return ["status"]


def other_host(data: Path, tmp: Path) -> list[str]:
    init(data)
    (data / LOCK_FILE_NAME).write_text("4242\ndvc-desktop\nMAY-KHAC\n", encoding="utf-8")
    return ["--wait", "0", "status"]


def over_the_store(data: Path, tmp: Path) -> list[str]:
    init(data)
    return ["package", "export", str(data / DB_FILE_NAME)]


def existing_output(data: Path, tmp: Path) -> list[str]:
    init(data)
    (tmp / "khoa.pub").write_text("old", encoding="utf-8")
    return ["keys", "export-public", str(tmp / "khoa.pub")]


def bad_backup(data: Path, tmp: Path) -> list[str]:
    init(data)
    (tmp / "b.sqlite").write_bytes(b"SQLite format 3\x00" + b"\x5a" * 5000)
    return ["restore", str(tmp / "b.sqlite")]


def full_disk(data: Path, tmp: Path) -> list[str]:
    init(data)
    return ["keys", "generate"]


def alembic_only(data: Path, tmp: Path) -> list[str]:
    data.mkdir(parents=True)
    with sqlite3.connect(data / DB_FILE_NAME) as connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    return ["status"]


def control_character(data: Path, tmp: Path) -> list[str]:
    assert main(["--data-dir", str(data), "init", "--role", "province", "--unit-code", "000.00.01.H42",
                 "--unit-name", "Văn phòng UBND tỉnh", "--province-code", "H42"]) == 0
    return ["round", "open", "--name", "Đợt\x01 2026", "--basis", "Công văn 1", "--deadline", "2027-01-31"]


CASES = [damaged, newer, foreign, not_sqlite, other_host, over_the_store, existing_output, bad_backup, full_disk,
         alembic_only, control_character]


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.__name__)
def test_every_refusal_is_said_in_the_users_words(tmp_path, monkeypatch, capsys, request, case):
    monkeypatch.setenv("DVC_KEY_PASSPHRASE", PASS)
    data = tmp_path / "data"
    argv = case(data, tmp_path)
    if case is full_disk:
        request.getfixturevalue("failing_commit")
    capsys.readouterr()
    code = main(["--data-dir", str(data), *argv])
    err = capsys.readouterr().err
    assert code != 0 and err.startswith("dvc-desktop: "), err
    leaks = [word for word in RAW if word in err]
    assert leaks == [], err
    if case is control_character:
        assert "U+0001" in err and "\x01" not in err

"""A full disk is one clear sentence wherever it shows: SQLite, Python's OSError (ENOSPC, EDQUOT), wrapped
by SQLAlchemy, a command's file, the lock file, the window's error box."""

from __future__ import annotations

import errno
import os
import sqlite3

import pytest
from sqlalchemy.exc import OperationalError

from dvc_desktop.cli import main
from dvc_desktop.store.disk import disk_full_message, is_disk_full
from dvc_desktop.store.lock import StoreLock, StoreLockedError


def sqlite_full() -> sqlite3.OperationalError:
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorname = "SQLITE_FULL"  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize("error", [
    OSError(errno.ENOSPC, "No space left on device"),
    OSError(errno.EDQUOT, "Disk quota exceeded"),
    OperationalError("INSERT …", {}, sqlite_full()),
])
def test_every_form_of_a_full_disk_is_recognised(error):
    assert is_disk_full(error)
    wrapped = RuntimeError("while saving")
    wrapped.__cause__ = error
    assert is_disk_full(wrapped)


def test_other_errors_are_not_a_full_disk():
    assert not is_disk_full(PermissionError(errno.EACCES, "denied"))
    assert not is_disk_full(sqlite3.OperationalError("database is locked"))


def test_the_message_says_how_much_space_is_left(tmp_path):
    message = disk_full_message(tmp_path)
    assert message.startswith("Ổ đĩa đã đầy") and " MB ở " in message and "nguyên vẹn" in message


def test_a_command_that_fills_the_disk_says_so(data_dir, tmp_path, monkeypatch, capsys):
    assert main(["init", "--role", "province", "--unit-code", "000.00.01.H40", "--unit-name", "Văn phòng UBND tỉnh",
                 "--province-code", "H40", "--province-name", "Tỉnh Thử Nghiệm"]) == 0

    def full(source, target):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device", str(target))

    monkeypatch.setattr(os, "replace", full)
    capsys.readouterr()
    assert main(["backup", str(tmp_path / "sao-luu.sqlite")]) == 1  # (an empty Danh mục is not published at all)
    printed = capsys.readouterr().err
    assert "Ổ đĩa đã đầy" in printed and "không mong đợi" not in printed
    assert not list(tmp_path.glob("sao-luu.sqlite*"))  # nothing half-written under any name


def test_a_lock_file_that_cannot_be_created_on_a_full_disk_is_a_full_disk(tmp_path, monkeypatch):
    from dvc_desktop.store import disk

    (tmp_path / "a-file").write_text("")  # a folder inside a file: the lock cannot be created
    monkeypatch.setattr(disk, "probe_write", lambda folder: OSError(errno.ENOSPC, "No space left on device"))
    with pytest.raises(StoreLockedError, match="Ổ đĩa đã đầy"):
        StoreLock(tmp_path / "a-file" / "data").acquire()


def test_the_window_shows_a_full_disk_plainly(qapp):
    from dvc_desktop.gui.errors import ErrorReporter

    reporter = ErrorReporter(None)
    reporter.report(OSError(errno.ENOSPC, "No space left on device", "/tmp/x"))
    assert reporter.last_message.startswith("Ổ đĩa đã đầy") and "không mong đợi" not in reporter.last_message
    for box in list(reporter._open_boxes):
        box.close()

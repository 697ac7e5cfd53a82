"""One helper renames finished files into place; a write that fails or is killed leaves no half file."""

from __future__ import annotations

import errno
import os
import re
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from dvc_desktop.atomic_files import atomic_path, atomic_write, partial_of

PACKAGE = Path(__file__).resolve().parents[2] / "dvc_desktop"


def test_no_writer_renames_files_by_itself():
    """Every rename into place goes through atomic_files (fsync of the file and the folder, cleanup)."""
    offenders = [f"{path.relative_to(PACKAGE)}:{number}"
                 for path in PACKAGE.rglob("*.py") if path.name != "atomic_files.py"
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
                 if re.search(r"\bos\.(replace|rename)\(|\.rename\(|shutil\.move\(", line)]
    assert offenders == []


def test_a_write_is_whole_and_leaves_no_partial(tmp_path):
    target = tmp_path / "out.bin"
    atomic_write(target, b"one")
    atomic_write(target, b"two")
    assert target.read_bytes() == b"two" and sorted(p.name for p in tmp_path.iterdir()) == ["out.bin"]


def test_a_failed_write_keeps_the_old_file_and_removes_the_partial(tmp_path, monkeypatch):
    target = tmp_path / "out.bin"
    atomic_write(target, b"old")

    def full(descriptor):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)
    with pytest.raises(OSError):
        atomic_write(target, b"new")
    assert target.read_bytes() == b"old" and sorted(p.name for p in tmp_path.iterdir()) == ["out.bin"]


def test_a_partial_left_by_a_killed_writer_is_cleared_by_the_next_write(tmp_path):
    target = tmp_path / "out.sqlite"
    for leftover in (partial_of(target), tmp_path / "out.sqlite.partial-journal"):
        leftover.write_bytes(b"half")
    with atomic_path(target) as partial:
        partial.write_bytes(b"whole")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.sqlite"]


KILLED_IN_THE_COPY = """
import os, signal, sqlite3, sys
from pathlib import Path
import dvc_desktop.store.backup as backup

class Source:
    def __init__(self, real):
        self.real = real
    def backup(self, target, **options):
        def kill(status, remaining, total):
            os.kill(os.getpid(), signal.SIGKILL)
        self.real.backup(getattr(target, "real", target), pages=1, progress=kill)
    def __getattr__(self, name):
        return getattr(self.real, name)

class Driver:
    def connect(self, *args, **options):
        return Source(sqlite3.connect(*args, **options))

backup.sqlite3 = Driver()
backup.backup_sqlite(Path(sys.argv[1]), Path(sys.argv[2]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_a_backup_killed_while_copying_leaves_nothing_in_the_backup_folder(tmp_path):
    store = tmp_path / "store.sqlite"
    with sqlite3.connect(store) as connection:
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("CREATE TABLE t (x TEXT)")
        connection.executemany("INSERT INTO t VALUES (?)", [("x" * 500,) for _ in range(2000)])
    folder = tmp_path / "backups"
    folder.mkdir()
    done = subprocess.run([sys.executable, "-c", KILLED_IN_THE_COPY, str(store), str(folder / "b.sqlite")],
                          cwd=PACKAGE.parent, capture_output=True, text=True)
    assert done.returncode == -signal.SIGKILL, done.stderr
    assert list(folder.iterdir()) == []

"""Online backups through SQLite's backup API: consistent even while the store is open."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

from dvc_desktop.atomic_files import atomic_path
from dvc_desktop.i18n import translate


class BackupError(RuntimeError):
    pass


FILES_TABLE = "dvc_backup_files"
"""Files a backup carries besides the store (the `keys/` folder: private keys stay encrypted), one row
each; `restore` writes them back and drops the table."""


def backup_sqlite(source: Path, target: Path, files: dict[str, bytes] | None = None) -> Path:
    """Copy the database at `source` to `target` atomically and check the copy's integrity; `files`
    (relative name → bytes) travel inside the copy, in FILES_TABLE.

    The copy is made in memory and written in one go: a backup killed while copying leaves no
    half file (nor an SQLite journal) in the backup folder."""
    target = target.resolve()
    if target == source.resolve():
        raise BackupError(translate("store", "Tệp sao lưu không được trùng với tệp dữ liệu đang dùng."))
    target.parent.mkdir(parents=True, exist_ok=True)
    # A URI built from the path (percent-encoded), so `?`, `%` or `#` in a folder name stay part of it.
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(":memory:")
        try:
            src.backup(copy)
            if files:
                copy.execute(f"CREATE TABLE {FILES_TABLE} (name TEXT PRIMARY KEY, content BLOB NOT NULL)")
                copy.executemany(f"INSERT INTO {FILES_TABLE} VALUES (?, ?)", sorted(files.items()))
                copy.commit()
            verdict = copy.execute("PRAGMA integrity_check").fetchone()[0]
            image = copy.serialize()
        finally:
            copy.close()  # the copy's pages go before the file is written: one image in memory, not two
    finally:
        src.close()
    if verdict != "ok":
        raise BackupError(translate("store", "Bản sao lưu không toàn vẹn: {verdict}", verdict=verdict))
    with atomic_path(target, _reads_back) as partial, open(partial, "wb") as handle:
        view = memoryview(image)
        # The header's file-format bytes (offsets 18 and 19) say WAL, copied from the store: the copy is
        # marked a rollback-journal file, self-contained, as `PRAGMA journal_mode = DELETE` would.
        handle.write(view[:18])
        handle.write(b"\x01\x01")
        handle.write(view[20:])
    return target


def _reads_back(path: Path) -> bool:
    """The written backup opens and every page reads (`quick_check`), before it replaces an earlier one."""
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as written:
            return bool(written.execute("PRAGMA quick_check").fetchone() == ("ok",))
    except sqlite3.DatabaseError:
        return False

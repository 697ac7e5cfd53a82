"""Online backups through SQLite's backup API: consistent even while the store is open."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from dvc_desktop.i18n import translate


class BackupError(RuntimeError):
    pass


def backup_sqlite(source: Path, target: Path) -> Path:
    """Copy the database at `source` to `target` atomically and check the copy's integrity."""
    target = target.resolve()
    if target == source.resolve():
        raise BackupError(translate("store", "Tệp sao lưu không được trùng với tệp dữ liệu đang dùng."))
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    # A URI built from the path (percent-encoded), so `?`, `%` or `#` in a folder name stay part of it.
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            # A backup of a WAL database is itself in WAL mode: fold it into one self-contained file.
            dst.execute("PRAGMA journal_mode = DELETE")
            verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            dst.close()
    finally:
        src.close()
    if verdict != "ok":
        partial.unlink(missing_ok=True)
        raise BackupError(translate("store", "Bản sao lưu không toàn vẹn: {verdict}", verdict=verdict))
    os.replace(partial, target)
    return target

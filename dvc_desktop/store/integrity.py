"""A damaged store is found and said plainly with the way back: the newest backup and the `restore`
command.

`PRAGMA quick_check` reads every page: on the 70 MB store of 20,000 procedures and 204,000 answers
(bench/generate.py) it took 0.19 s with the file in the page cache and 1.4 s from a cold disk (0.57 s
warm for `integrity_check`), too slow for every start of a province's store. So it runs when the store
opens only when the store is small (up to 8 MB: a unit's store, a few milliseconds) or the last session
did not end cleanly (its session mark is still there: a crash, a power cut, a kill), and before what
sends the store's content out (backups, packages, publication). Any other damage SQLite meets while
working is reported the same way (Database.transaction), never as an unexpected error.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError

from dvc_desktop.i18n import translate
from dvc_desktop.store.disk import error_chain
from dvc_desktop.store.files import CHECK_ALWAYS_UP_TO, SESSION_MARK  # named where reading them needs no SQLAlchemy

__all__ = ["CHECK_ALWAYS_UP_TO", "SESSION_MARK"]  # and the functions below

BACKUPS_FOLDER = "backups"
LAST_BACKUP_FILE = "lan-sao-luu-gan-nhat.txt"  # where the last backup went, readable with the store damaged
_DAMAGE_SIGNS = ("malformed", "not a database", "disk image", "database corrupt", "file is encrypted")


class StoreDamaged(RuntimeError):
    """The store file is damaged; the message names the newest backup and how to restore it."""


def backups_folder(data_dir: Path) -> Path:
    return data_dir / BACKUPS_FOLDER


def newest_backup(data_dir: Path) -> Path | None:
    """The newest backup the application keeps in the data folder (automatic, before a migration, or a
    user's `backup` made there)."""
    folder = backups_folder(data_dir)
    candidates = [p for p in folder.glob("*.sqlite") if p.is_file()] if folder.is_dir() else []
    try:
        last = Path((folder / LAST_BACKUP_FILE).read_text(encoding="utf-8").strip())
        if last.is_file():
            candidates.append(last)
    except (OSError, ValueError):
        pass
    return max(candidates, key=lambda p: p.stat().st_mtime, default=None)


def remember_backup(data_dir: Path, backup: Path) -> None:
    """Note where a backup went (a USB stick, a network share), for the damaged-store message."""
    from dvc_desktop.atomic_files import atomic_write

    folder = backups_folder(data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    atomic_write(folder / LAST_BACKUP_FILE, str(backup.resolve()).encode("utf-8"))


def is_damage(error: BaseException) -> bool:
    """Whether `error` (SQLite's, possibly wrapped by SQLAlchemy) says the file is damaged."""
    return any(isinstance(cause, (sqlite3.DatabaseError, SQLAlchemyDatabaseError))
               and any(sign in str(cause).lower() for sign in _DAMAGE_SIGNS) for cause in error_chain(error))


def damage_detail(error: BaseException) -> str:
    """SQLite's own words for the damage (for the log), without SQLAlchemy's wrapping."""
    return next((str(cause) for cause in error_chain(error) if isinstance(cause, sqlite3.DatabaseError)), str(error))


def damaged(data_dir: Path, detail: str) -> StoreDamaged:
    backup = newest_backup(data_dir)
    if backup is None:
        advice = translate("store", "Không thấy bản sao lưu nào trong {folder}; nếu có bản sao lưu ở nơi khác, "
                                    "khôi phục bằng lệnh: dvc-desktop restore TỆP-SAO-LƯU.sqlite",
                           folder=backups_folder(data_dir))
    else:
        made = datetime.fromtimestamp(backup.stat().st_mtime).strftime("%H:%M %d/%m/%Y")
        advice = translate("store", "Bản sao lưu mới nhất: {path} (lúc {made}). Khôi phục bằng lệnh: "
                                    "dvc-desktop restore \"{path}\".",
                           path=backup, made=made)
    import logging

    logging.getLogger(__name__).error("store %s damaged: %s", data_dir, detail)  # SQLite's words: for the log
    return StoreDamaged(translate(
        "store", "Kho dữ liệu {path} bị hỏng (SQLite không đọc được một phần tệp). Đừng tiếp tục làm việc trên "
                 "kho này. {advice}", path=data_dir, advice=advice))


def quick_check(engine: Engine, data_dir: Path) -> None:
    """Raise StoreDamaged unless SQLite's quick_check finds every page sound."""
    try:
        with engine.connect() as connection:
            verdicts = [row[0] for row in connection.exec_driver_sql("PRAGMA quick_check").fetchmany(3)]
    except SQLAlchemyDatabaseError as error:  # too damaged for the check itself to read
        if is_damage(error):
            raise damaged(data_dir, damage_detail(error)) from error
        raise
    if verdicts != ["ok"]:
        raise damaged(data_dir, "; ".join(verdicts))

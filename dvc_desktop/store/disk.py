"""A full disk, recognised wherever it shows (SQLite, Python's OSError, wrapped by SQLAlchemy), and told
in one sentence with the space left, instead of "unexpected error" or "no permission"."""

from __future__ import annotations

import errno
import os
import shutil
import sqlite3
from typing import Iterator
from pathlib import Path

from dvc_desktop.i18n import translate

# EFBIG: a file-size limit (RLIMIT_FSIZE, a FAT32 stick) stops a write the same way.
DISK_FULL_ERRNOS = {errno.ENOSPC, errno.EFBIG, *([errno.EDQUOT] if hasattr(errno, "EDQUOT") else [])}
# SQLite reports a full disk as SQLITE_FULL, a write cut short (a file-size limit) as SQLITE_IOERR_WRITE, and
# the WAL index (-shm) it cannot extend when opening the store as SQLITE_IOERR_SHMSIZE (found by the soak).
SQLITE_FULL_NAMES = ("SQLITE_FULL", "SQLITE_IOERR_WRITE", "SQLITE_IOERR_SHMSIZE")


def error_chain(error: BaseException) -> Iterator[BaseException]:
    """`error`, then what SQLAlchemy wraps (`orig`), what caused it and what it happened during."""
    seen: set[int] = set()
    while error is not None and id(error) not in seen:
        seen.add(id(error))
        yield error
        error = getattr(error, "orig", None) or error.__cause__ or error.__context__  # type: ignore[assignment]


def is_disk_full(error: BaseException) -> bool:
    for cause in error_chain(error):
        if isinstance(cause, OSError) and cause.errno in DISK_FULL_ERRNOS:
            return True
        if isinstance(cause, sqlite3.OperationalError) and (
                getattr(cause, "sqlite_errorname", "") in SQLITE_FULL_NAMES or "disk is full" in str(cause)):
            return True
    return False


def where(error: BaseException) -> Path | None:
    """The folder the failed write was for, when the error names a file."""
    for cause in error_chain(error):
        name = getattr(cause, "filename", None)
        if isinstance(name, (str, os.PathLike)):
            return Path(name).parent
    return None


def disk_full_message(folder: Path | None = None) -> str:
    free = ""
    if folder is not None:
        try:
            free = translate("store", " (còn trống {mb} MB ở {folder})",
                             mb=f"{shutil.disk_usage(folder).free / 1_048_576:.1f}", folder=folder)
        except OSError:
            free = ""
    return translate("store", "Ổ đĩa đã đầy: cần thêm dung lượng trống{free}. Dữ liệu trước đó vẫn nguyên vẹn; "
                              "hãy giải phóng dung lượng rồi làm lại.", free=free)


def probe_write(folder: Path) -> OSError | None:
    """Why nothing can be written in `folder` (a full disk, no permission), found by writing a small file."""
    probe = folder / ".dvc-desktop-write-test"
    try:
        with open(probe, "wb") as handle:
            handle.write(b"\0" * 4096)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as error:
        return error
    finally:
        try:
            probe.unlink()
        except OSError:
            pass
    return None

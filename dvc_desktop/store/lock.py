"""One process per data directory, with a stale lock after a crash recovered.

QLockFile (QtCore, no widgets) writes the owner's PID and host and treats the lock as stale
when that process is gone, which `fcntl`-style locks cannot tell on network drives.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QLockFile

from dvc_desktop.i18n import translate


class StoreLockedError(RuntimeError):
    """Another live process holds the data directory."""


class StoreLock:
    FILE_NAME = "dvc-desktop.lock"

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / self.FILE_NAME
        self._lock = QLockFile(str(self.path))
        # Staleness by PID only: a long-running window must never lose its lock by age.
        self._lock.setStaleLockTime(0)

    def acquire(self, wait: float = 0.0, waiting: "Callable[[], None] | None" = None) -> None:
        """Take the lock; held by another live session, wait up to `wait` seconds (calling `waiting` once
        first, to say so), so a scheduled command does not fail because the window was saving."""
        if self._lock.tryLock(0):
            return
        if wait > 0 and self._lock.error() == QLockFile.LockError.LockFailedError:
            if waiting is not None:
                waiting()
            if self._lock.tryLock(int(wait * 1000)):
                return
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            info = self._lock.getLockInfo()  # (pid, host, app), or False if unreadable
            pid, host = (info[0], info[1]) if isinstance(info, tuple) else ("?", "?")
            raise StoreLockedError(
                translate(
                    "store",
                    "Dữ liệu tại {path} đang được một phiên DVC Desktop khác sử dụng "
                    "(tiến trình {pid} trên máy {host}). Hãy đóng phiên đó rồi thử lại.",
                    path=self.path.parent,
                    pid=pid,
                    host=host or "?",
                )
            )
        from dvc_desktop.store.disk import disk_full_message, is_disk_full, probe_write

        cause = probe_write(self.path.parent)
        if cause is not None and is_disk_full(cause):
            raise StoreLockedError(disk_full_message(self.path.parent)) from cause
        if isinstance(cause, PermissionError):
            raise StoreLockedError(translate("store", "Không tạo được tệp khóa {path}: không có quyền ghi vào thư mục.",
                                             path=self.path)) from cause
        raise StoreLockedError(translate("store", "Không tạo được tệp khóa {path}: {reason}", path=self.path,
                                         reason=cause.strerror if cause is not None else self._lock.error().name))

    @property
    def held(self) -> bool:
        """Whether this process holds the lock through this object."""
        return self._lock.isLocked()

    def release(self) -> None:
        self._lock.unlock()

    def __enter__(self) -> "StoreLock":
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()

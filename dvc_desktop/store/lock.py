"""One process per data directory, with a stale lock after a crash recovered.

QLockFile (QtCore, no widgets) writes the owner's PID and host and treats the lock as stale
when that process is gone, which `fcntl`-style locks cannot tell on network drives.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QLockFile, QSysInfo

from dvc_desktop.i18n import translate
from dvc_desktop.store.files import LOCK_FILE_NAME


UNREADABLE_STALE_AFTER = 5.0  # seconds: a lock file being written is never this old and still empty


class StoreLockedError(RuntimeError):
    """Another live process holds the data directory (or it cannot be locked at all).

    `holder`: who holds it, when known; `other_host`: the holder is another computer, whose process
    this one cannot check, so the lock can only be taken over on the user's word (`take_over`)."""

    def __init__(self, message: str, holder: "LockHolder | None" = None) -> None:
        super().__init__(message)
        self.holder = holder

    @property
    def other_host(self) -> bool:
        return self.holder is not None and self.holder.other_host


@dataclass(frozen=True)
class LockHolder:
    pid: int
    host: str
    since: datetime | None

    @property
    def other_host(self) -> bool:
        return bool(self.host) and self.host != QSysInfo.machineHostName()

    def describe(self) -> dict[str, object]:
        return {"pid": self.pid, "host": self.host, "since": self.since.isoformat() if self.since else None}


class StoreLock:
    FILE_NAME = LOCK_FILE_NAME

    def __init__(self, data_dir: Path) -> None:
        self.path = data_dir / self.FILE_NAME
        self._lock = QLockFile(str(self.path))
        # Staleness by PID only: a long-running window must never lose its lock by age.
        self._lock.setStaleLockTime(0)
        self.taken_over_from: LockHolder | None = None  # set by take_over, for the audit log

    def acquire(self, wait: float = 0.0, waiting: "Callable[[], None] | None" = None) -> None:
        """Take the lock; held by another live session, wait up to `wait` seconds (calling `waiting` once
        first, to say so), so a scheduled command does not fail because the window was saving."""
        from dvc_desktop.store.network import NetworkFolderError, refuse_network_folder

        try:
            refuse_network_folder(self.path.parent)
        except NetworkFolderError as error:
            raise StoreLockedError(str(error)) from error
        if self._lock.tryLock(0):
            return
        if self._unreadable_and_old():
            # A crash right after creating the lock file leaves it empty: no process can be checked, and
            # nobody would ever clear it. A live session writes its lock whole at once.
            logging.getLogger(__name__).warning("unreadable lock file %s taken over as stale", self.path)
            self._lock.removeStaleLockFile()
            if self._lock.tryLock(0):
                return
        if wait > 0 and self._lock.error() == QLockFile.LockError.LockFailedError:
            if waiting is not None:
                waiting()
            if self._lock.tryLock(int(wait * 1000)):
                return
        if self._lock.error() == QLockFile.LockError.LockFailedError:
            holder = self.holder()
            if holder is not None and holder.other_host:
                raise StoreLockedError(translate(
                    "store", "Dữ liệu tại {path} đang bị khóa bởi máy {host} (tiến trình {pid}) từ {since}. Máy này "
                             "không kiểm tra được phiên trên máy khác. Nếu chắc chắn máy {host} không còn mở dữ liệu "
                             "này (ví dụ thư mục được chép từ máy đó sang), hãy giành lại khóa: trong cửa sổ bấm "
                             "«Giành lại khóa…», hoặc chạy lệnh với --take-over-lock.",
                    path=self.path.parent, host=holder.host, pid=holder.pid, since=_when(holder.since)), holder)
            raise StoreLockedError(
                translate(
                    "store",
                    "Dữ liệu tại {path} đang được một phiên DVC Desktop khác sử dụng "
                    "(tiến trình {pid} trên máy {host}). Hãy đóng phiên đó rồi thử lại.",
                    path=self.path.parent,
                    pid=holder.pid if holder else "?",
                    host=(holder.host if holder else "") or "?",
                ), holder)
        from dvc_desktop.store.disk import disk_full_message, is_disk_full, probe_write

        cause = probe_write(self.path.parent)
        if cause is not None and is_disk_full(cause):
            raise StoreLockedError(disk_full_message(self.path.parent)) from cause
        if isinstance(cause, PermissionError):
            raise StoreLockedError(translate("store", "Không tạo được tệp khóa {path}: không có quyền ghi vào thư mục.",
                                             path=self.path)) from cause
        raise StoreLockedError(translate("store", "Không tạo được tệp khóa {path}: {reason}", path=self.path,
                                         reason=cause.strerror if cause is not None else self._lock.error().name))

    def _unreadable_and_old(self) -> bool:
        if self._lock.error() != QLockFile.LockError.LockFailedError or self.holder() is not None:
            return False
        try:
            return time.time() - self.path.stat().st_mtime > UNREADABLE_STALE_AFTER
        except OSError:
            return False

    def holder(self) -> LockHolder | None:
        """Who holds the lock, as its file says (None when there is none or it cannot be read)."""
        info = self._lock.getLockInfo()  # (pid, host, app); False, or pid 0, when unreadable
        if not isinstance(info, tuple) or int(info[0]) <= 0:
            return None
        try:
            since = datetime.fromtimestamp(self.path.stat().st_mtime)
        except OSError:
            since = None
        return LockHolder(int(info[0]), str(info[1] or ""), since)

    def take_over(self) -> LockHolder | None:
        """Take the lock another computer left, on the user's explicit word: the lock file is removed
        and taken. Returns who held it (also kept in `taken_over_from` for the audit log)."""
        holder = self.holder()
        self._lock.removeStaleLockFile()
        if not self._lock.tryLock(0):
            self.path.unlink(missing_ok=True)  # an unreadable or foreign lock file QLockFile would not remove
            if not self._lock.tryLock(0):
                self.acquire()  # says why
        self.taken_over_from = holder
        return holder

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


def _when(moment: datetime | None) -> str:
    return moment.strftime("%H:%M %d/%m/%Y") if moment else "?"

"""One rotating log file in the user log directory, for the command line and the window alike.

The window and a command (a scheduled export) may write it at once: each record is appended under a
lock file the processes share (QLockFile, from QtCore), with the log opened only for that write, so
the process that rotates it can rename it (Windows refuses to rename a file another process holds
open) and no process keeps writing into a file already rotated away.
"""

from __future__ import annotations

import logging
from pathlib import Path

from dvc_desktop.paths import log_dir

LOG_FILE_NAME = "dvc-desktop.log"
CRASH_FILE_NAME = "dvc-desktop-crash.log"  # native crashes (a Qt segfault): Python tracebacks of every thread
_crash_file = None  # kept open: faulthandler writes to its descriptor when the process dies


MAX_BYTES = 2_000_000
BACKUPS = 5
LOCK_WAIT_MS = 2_000  # a process stuck holding the lock never stops another from logging


class SharedRotatingFileHandler(logging.Handler):
    """A rotating log file several processes append to at once without losing or mixing records."""

    def __init__(self, path: Path, max_bytes: int = MAX_BYTES, backups: int = BACKUPS) -> None:
        from PySide6.QtCore import QLockFile

        super().__init__()
        self.baseFilename = str(path)
        self.path, self.max_bytes, self.backups = path, max_bytes, backups
        with open(path, "ab"):  # fails here, at set-up, if the folder cannot be written
            pass
        self._between_processes = QLockFile(str(path) + ".lock")
        self._between_processes.setStaleLockTime(10_000)  # a process killed while writing

    def emit(self, record: logging.LogRecord) -> None:
        try:
            line = (self.format(record) + "\n").encode("utf-8", errors="replace")
            locked = self._between_processes.tryLock(LOCK_WAIT_MS)
            try:
                self._rotate_if_full(len(line))
                with open(self.path, "ab") as handle:
                    handle.write(line)
            finally:
                if locked:
                    self._between_processes.unlock()
        except Exception:  # noqa: BLE001 - logging's own way: report on stderr, never raise into the app
            self.handleError(record)

    def _rotate_if_full(self, adding: int) -> None:
        from dvc_desktop.atomic_files import move

        try:
            size = self.path.stat().st_size
        except FileNotFoundError:
            return
        if size + adding <= self.max_bytes:
            return
        try:
            self.path.with_name(f"{self.path.name}.{self.backups}").unlink(missing_ok=True)
            for number in range(self.backups - 1, 0, -1):
                older = self.path.with_name(f"{self.path.name}.{number}")
                if older.exists():
                    move(older, self.path.with_name(f"{self.path.name}.{number + 1}"))
            move(self.path, self.path.with_name(f"{self.path.name}.1"))
        except PermissionError:  # a reader (a viewer) holds it open on Windows: rotate at a later record
            pass


def configure_logging(directory: Path | None = None) -> Path | None:
    """Send log records to a rotating file; returns its path, or None if it cannot be written."""
    folder = directory or log_dir()
    root = logging.getLogger()
    for existing in root.handlers:
        if isinstance(existing, SharedRotatingFileHandler):
            return Path(existing.baseFilename)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = SharedRotatingFileHandler(folder / LOG_FILE_NAME)
    except OSError:
        root.addHandler(logging.NullHandler())  # never let logging stop the app
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(process)d %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    _record_native_crashes(folder)
    return folder / LOG_FILE_NAME


def _record_native_crashes(folder: Path) -> None:
    """A crash below Python (SIGSEGV in Qt, an abort) leaves its tracebacks in the crash log. Appended, so
    the window and a command may both hold it; only a crash writes, and it is cut back past 1 MB."""
    import faulthandler

    global _crash_file
    if _crash_file is not None or faulthandler.is_enabled():  # already sent somewhere (PYTHONFAULTHANDLER, pytest)
        return
    path = folder / CRASH_FILE_NAME
    try:
        if path.exists() and path.stat().st_size > 1_000_000:
            from dvc_desktop.atomic_files import move

            move(path, path.with_name(CRASH_FILE_NAME + ".1"))
        _crash_file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - kept open for the process's life
    except OSError:
        return
    faulthandler.enable(_crash_file, all_threads=True)

"""One rotating log file in the user log directory, for the command line and the window alike."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from dvc_desktop.paths import log_dir

LOG_FILE_NAME = "dvc-desktop.log"
CRASH_FILE_NAME = "dvc-desktop-crash.log"  # native crashes (a Qt segfault): Python tracebacks of every thread
_crash_file = None  # kept open: faulthandler writes to its descriptor when the process dies


def configure_logging(directory: Path | None = None) -> Path | None:
    """Send log records to a rotating file; returns its path, or None if it cannot be written."""
    folder = directory or log_dir()
    root = logging.getLogger()
    for existing in root.handlers:
        if isinstance(existing, logging.handlers.RotatingFileHandler):
            return Path(existing.baseFilename)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            folder / LOG_FILE_NAME, maxBytes=2_000_000, backupCount=5, encoding="utf-8")
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
            path.replace(path.with_name(CRASH_FILE_NAME + ".1"))
        _crash_file = open(path, "a", encoding="utf-8")  # noqa: SIM115 - kept open for the process's life
    except OSError:
        return
    faulthandler.enable(_crash_file, all_threads=True)

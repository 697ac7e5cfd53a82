"""One rotating log file in the user log directory, for the command line and the window alike."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from dvc_desktop.paths import log_dir

LOG_FILE_NAME = "dvc-desktop.log"


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
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return folder / LOG_FILE_NAME

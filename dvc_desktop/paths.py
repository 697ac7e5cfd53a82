"""Where the user's data and logs live."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "dvc-desktop"
ENV_DATA_DIR = "DVC_DATA_DIR"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir`, else $DVC_DATA_DIR, else the platform's user data directory."""
    chosen = explicit or os.environ.get(ENV_DATA_DIR)
    path = Path(chosen).expanduser() if chosen else Path(platformdirs.user_data_dir(APP_NAME, False))
    return path.resolve()


def log_dir() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, False))

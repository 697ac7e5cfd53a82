"""Where the user's data and logs live."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "dvc-desktop"
ENV_DATA_DIR = "DVC_DATA_DIR"


def data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`--data-dir`, else $DVC_DATA_DIR, else the platform's user data directory."""
    chosen = explicit or os.environ.get(ENV_DATA_DIR)
    if chosen:
        return Path(chosen).expanduser().resolve()
    import platformdirs  # here, not at the top: the window's first paint does not wait for it

    return Path(platformdirs.user_data_dir(APP_NAME, False)).resolve()


def log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, False))

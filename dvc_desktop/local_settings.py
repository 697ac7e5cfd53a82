"""What one computer remembers beside its data directory, for the store there: which server holds the
province's store (a PostgreSQL URL, never its password) and the staff member's name the audit log
records. A small JSON file (`local.json`), read before anything heavy is imported.

The store's location: `--database-url`, else $DVC_DATABASE_URL, else this file, else the SQLite file in
the data directory.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from dvc_desktop.atomic_files import atomic_write

FILE_NAME = "local.json"
ENV_DATABASE_URL = "DVC_DATABASE_URL"
ENV_STAFF_NAME = "DVC_STAFF_NAME"
_MAX_BYTES = 64 * 1024  # a hand-edited file of another shape is ignored, not read into memory whole


def _read(data_dir: Path) -> dict[str, object]:
    try:
        path = data_dir / FILE_NAME
        if path.stat().st_size > _MAX_BYTES:
            return {}
        found = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return found if isinstance(found, dict) else {}


def _write(data_dir: Path, **changes: str | None) -> None:
    values = _read(data_dir)
    for key, value in changes.items():
        if value:
            values[key] = value
        else:
            values.pop(key, None)
    data_dir.mkdir(parents=True, exist_ok=True)
    atomic_write(data_dir / FILE_NAME, json.dumps(values, ensure_ascii=False, indent=2).encode("utf-8"))


def saved_database_url(data_dir: Path) -> str | None:
    value = _read(data_dir).get("database_url")
    return value if isinstance(value, str) and value.strip() else None


def database_url(data_dir: Path, explicit: str | None = None) -> str | None:
    """The server the store lives on, or None for the SQLite file in `data_dir`."""
    return explicit or os.environ.get(ENV_DATABASE_URL) or saved_database_url(data_dir)


def save_database_url(data_dir: Path, url: str | None) -> None:
    """Remember (or, with None, forget) the server for `data_dir`; the caller has checked the URL has no
    password (store/server.py)."""
    _write(data_dir, database_url=url)


def staff_name(data_dir: Path) -> str | None:
    """The name the audit log records for this computer's user: $DVC_STAFF_NAME, else the saved one."""
    value = os.environ.get(ENV_STAFF_NAME) or _read(data_dir).get("staff_name")
    return value.strip() if isinstance(value, str) and value.strip() else None


def save_staff_name(data_dir: Path, name: str | None) -> None:
    _write(data_dir, staff_name=(name or "").strip() or None)

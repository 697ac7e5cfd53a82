"""Where bundled data lives: inside the wheel, beside a source checkout, or in a PyInstaller bundle."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _root(name: str) -> Path:
    candidates = [
        _PACKAGE_DIR / name,  # installed wheel (force-included by hatchling)
        _PACKAGE_DIR.parent / name,  # source checkout or editable install
    ]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / name)
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"bundled folder {name!r} not found in {candidates}")


def resource_path(*parts: str) -> Path:
    """Path of a file under the top-level `resources/` folder."""
    return _root("resources").joinpath(*parts)


def docs_path(*parts: str) -> Path:
    """Path of a user document under the top-level `docs/` folder (shipped for the Trợ giúp menu)."""
    return _root("docs").joinpath(*parts)


def ui_path(*parts: str) -> Path:
    """Path of a Qt Designer form under the top-level `ui/` folder."""
    return _root("ui").joinpath(*parts)

"""Fixtures shared by the Excel tests: a private log directory, the bundled levels, a store."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from dvc_desktop.services.levels import bundled_levels
from storehelp import init_store


@pytest.fixture(autouse=True)
def _private_log_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """main() logs to the user's log directory: send it to a temporary one, and drop the
    handler it adds to the root logger so no file stays open between tests."""
    folder = tmp_path_factory.mktemp("logs")
    monkeypatch.setattr("dvc_desktop.logs.log_dir", lambda: folder)
    root = logging.getLogger()
    before = list(root.handlers)
    level = root.level
    yield folder
    for handler in root.handlers[:]:
        if handler not in before:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)


@pytest.fixture(scope="session")
def levels():
    return bundled_levels()


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """An initialised data directory (province role, unit 000.00.01.H59, province H59)."""
    return init_store(tmp_path / "data")

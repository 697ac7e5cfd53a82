"""Shared fixtures: every test gets its own data directory; Qt runs offscreen."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture()
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh data directory, also set as $DVC_DATA_DIR so nothing touches the user's store."""
    path = tmp_path / "data"
    monkeypatch.setenv("DVC_DATA_DIR", str(path))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))  # logs of the command line
    return path


@pytest.fixture()
def context(data_dir: Path):
    from dvc_desktop.services.context import open_context

    with open_context(data_dir) as ctx:
        yield ctx


@pytest.fixture()
def department(context):
    """A store initialised as the demo province's Sở Tư pháp."""
    from dvc_desktop.services.setup import initialise

    initialise(context, "department", "000.00.13.H59", "Sở Tư pháp", "H59", "Tỉnh Sơn Hà", "sonha.gov.vn")
    return context

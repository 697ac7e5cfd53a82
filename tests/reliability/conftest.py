"""The soak's stores, built once per run through the public paths (CLI and services, no demo for the unit)."""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.package.conftest import UNIT_PASS, build_offices, classify_some
from tests.conftest import PROVINCE_PASS

ROUNDS = int(os.environ.get("DVC_SOAK_ROUNDS", "2"))
"""Kills per operation: 2 in the test suite (CI), 40 or more for the soak of docs/reliability.md."""


@dataclass
class Stores:
    province: Path
    unit: Path
    root: Path  # package.dvcpkg (the unit's, not yet imported), backup.sqlite (the province's)
    template: Path  # the stores as built, to start an operation again from them


@pytest.fixture(scope="session")
def soak_template(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("soak-template")

    def then(province: Path, unit: Path) -> None:
        from dvc_desktop.cli import main

        classify_some(unit, 60)
        os.environ["DVC_KEY_PASSPHRASE"] = UNIT_PASS
        try:
            assert main(["--data-dir", str(unit), "package", "export", str(root / "package.dvcpkg")]) == 0
            assert main(["--data-dir", str(province), "backup", str(root / "backup.sqlite")]) == 0
        finally:
            os.environ.pop("DVC_KEY_PASSPHRASE", None)

    return build_offices(root, then)


@pytest.fixture()
def stores(soak_template, tmp_path, monkeypatch) -> Stores:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))  # the commands' log, not the user's
    for name in ("province", "unit"):
        shutil.copytree(soak_template / name, tmp_path / name)
    for name in ("package.dvcpkg", "backup.sqlite"):
        shutil.copy(soak_template / name, tmp_path / name)
    return Stores(tmp_path / "province", tmp_path / "unit", tmp_path, soak_template)


__all__ = ["PROVINCE_PASS", "ROUNDS", "UNIT_PASS", "Stores"]

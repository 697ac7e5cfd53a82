"""Static checks are part of the tests: scripts/test runs ruff before pytest, and a finding fails it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _ruff() -> str:
    found = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    if not Path(found).exists():
        pytest.fail("ruff is not installed: scripts/test installs it with the test extra")
    return found


def test_scripts_test_runs_ruff_and_mypy_before_pytest():
    script = (ROOT / "scripts" / "test").read_text(encoding="utf-8")
    assert script.index("ruff\" check") < script.index("-m pytest")
    assert script.index("/mypy\"") < script.index("-m pytest")


def test_mypy_passes_on_its_layers_and_an_injected_error_fails(tmp_path):
    mypy = str(Path(sys.executable).with_name("mypy"))
    clean = subprocess.run([mypy], cwd=ROOT, capture_output=True, text=True)
    assert clean.returncode == 0, clean.stdout
    bad = tmp_path / "bad.py"
    bad.write_text("def half(n: int) -> int:\n    return n / 2\n", encoding="utf-8")
    found = subprocess.run([mypy, "--config-file", str(ROOT / "pyproject.toml"), str(bad)], cwd=tmp_path,
                           capture_output=True, text=True)
    assert found.returncode == 1 and "Incompatible return value" in found.stdout


def test_the_tree_passes_and_an_injected_finding_fails(tmp_path):
    clean = subprocess.run([_ruff(), "check", "dvc_desktop", "tests", "tools", "bench", "scripts"], cwd=ROOT,
                           capture_output=True, text=True)
    assert clean.returncode == 0, clean.stdout
    bad = tmp_path / "bad.py"
    bad.write_text("import os\n\n\ndef f():\n    return undefined_name\n", encoding="utf-8")
    found = subprocess.run([_ruff(), "check", "--config", str(ROOT / "pyproject.toml"), str(bad)],
                           capture_output=True, text=True)
    assert found.returncode == 1 and "F401" in found.stdout and "F821" in found.stdout


def test_the_core_layers_are_strict_and_the_others_are_not(tmp_path):
    """An untyped function fails in domain/, services/, store/ and package/ (mypy's strict mode there),
    and passes in a module outside them."""
    mypy = str(Path(sys.executable).with_name("mypy"))
    loose = "def double(value):\n    return value * 2\n"
    for package in ("dvc_desktop", "dvc_desktop/services", "dvc_desktop/domain"):
        (tmp_path / package).mkdir(parents=True, exist_ok=True)
        (tmp_path / package / "__init__.py").write_text("", encoding="utf-8")
    for place in ("dvc_desktop/services/loose.py", "dvc_desktop/domain/loose.py", "dvc_desktop/cli_loose.py"):
        (tmp_path / place).write_text(loose, encoding="utf-8")
    found = subprocess.run([mypy, "--config-file", str(ROOT / "pyproject.toml"), "dvc_desktop"], cwd=tmp_path,
                           capture_output=True, text=True)
    untyped = [line.split(":")[0] for line in found.stdout.splitlines() if "no-untyped-def" in line]
    assert sorted(untyped) == ["dvc_desktop/domain/loose.py", "dvc_desktop/services/loose.py"], found.stdout


def test_the_window_is_checked_too(tmp_path):
    """gui/ is no longer excluded: a type error there fails the run (it passed while gui/ was skipped)."""
    mypy = str(Path(sys.executable).with_name("mypy"))
    for package in ("dvc_desktop", "dvc_desktop/gui"):
        (tmp_path / package).mkdir(parents=True, exist_ok=True)
        (tmp_path / package / "__init__.py").write_text("", encoding="utf-8")
    (tmp_path / "dvc_desktop/gui/wrong.py").write_text("def half(n: int) -> int:\n    return n / 2\n",
                                                       encoding="utf-8")
    found = subprocess.run([mypy, "--config-file", str(ROOT / "pyproject.toml"), "dvc_desktop"], cwd=tmp_path,
                           capture_output=True, text=True)
    assert found.returncode == 1 and "dvc_desktop/gui/wrong.py" in found.stdout, found.stdout

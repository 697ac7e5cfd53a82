"""A command imports what its verb needs, measured as `python -X importtime` lists it: `--help` no
SQLAlchemy, Qt or openpyxl; `status` no openpyxl and no Qt widgets (the demo's workbooks once came
with every verb, 90 ms of each)."""

from __future__ import annotations

import os
import subprocess
import sys


def imported(*argv: str, env: dict[str, str]) -> set[str]:
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "dvc_desktop", *argv], env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)
    assert done.returncode == 0, done.stdout + done.stderr
    return {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines() if line.startswith("import time:")}


def test_help_and_status_import_only_what_they_need(data_dir):
    env = dict(os.environ, DVC_DATA_DIR=str(data_dir), PYTHONIOENCODING="utf-8")
    subprocess.run([sys.executable, "-m", "dvc_desktop", "init", "--role", "department", "--unit-code", "000.00.13.H59",
                    "--unit-name", "Sở Tư pháp", "--province-code", "H59", "--province-name", "Tỉnh Sơn Hà"],
                   env=env, check=True, capture_output=True)
    help_modules = imported("--help", env=env)
    assert not {m for m in help_modules if m.split(".")[0] in ("sqlalchemy", "PySide6", "openpyxl")}
    status_modules = imported("status", env=env)
    assert "openpyxl" not in status_modules and "PySide6.QtWidgets" not in status_modules
    assert "dvc_desktop.services.status" in status_modules  # it did run the verb

"""A command imports what its verb needs, measured as `python -X importtime` lists it: `--help` no
SQLAlchemy, Qt or openpyxl; `status` on a store this version opens unchanged reads it with sqlite3
alone: no SQLAlchemy, Alembic, openpyxl or Qt widgets (QtCore only, for the store's lock file). The
demo's workbooks once came with every verb (90 ms of each), SQLAlchemy and the models with `status`
(0.3 s of its 0.55 s, issue 21)."""

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
    assert not {m for m in status_modules if m.split(".")[0] in ("sqlalchemy", "alembic", "openpyxl")}
    assert "PySide6.QtWidgets" not in status_modules and "dvc_desktop.store.models" not in status_modules
    assert "dvc_desktop.services.status" in status_modules  # it did run the verb


def test_status_opens_the_usual_way_when_the_store_is_not_current(data_dir):
    """A store whose schema is not this version's is never read by the plain path: `status` opens it
    the usual way (SQLAlchemy loaded), which migrates an older one and explains a newer one."""
    import sqlite3

    env = dict(os.environ, DVC_DATA_DIR=str(data_dir), PYTHONIOENCODING="utf-8")
    subprocess.run([sys.executable, "-m", "dvc_desktop", "init", "--role", "department", "--unit-code", "000.00.13.H59",
                    "--unit-name", "Sở Tư pháp", "--province-code", "H59", "--province-name", "Tỉnh Sơn Hà"],
                   env=env, check=True, capture_output=True)
    plain = subprocess.run([sys.executable, "-m", "dvc_desktop", "status", "--json"], env=env, capture_output=True,
                           text=True, encoding="utf-8", check=True).stdout
    with sqlite3.connect(data_dir / "dvc-desktop.sqlite") as connection:  # as if written by a future version
        connection.execute("UPDATE alembic_version SET version_num = 'not-this-one'")
    usual = subprocess.run([sys.executable, "-X", "importtime", "-m", "dvc_desktop", "status", "--json"], env=env,
                           capture_output=True, text=True, encoding="utf-8")
    assert "sqlalchemy" in usual.stderr  # it went the usual way, which says what is wrong
    assert usual.returncode != 0 and "not-this-one" in usual.stderr and "mới hơn" in usual.stderr
    assert '"role": "department"' in plain

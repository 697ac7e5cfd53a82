"""Looking into a data directory from the outside: counts, a hash of the SQL dump, the audit log."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest

from dvc_desktop.cli import main
from dvc_desktop.store.database import DB_FILE_NAME

INIT_ARGS = ["init", "--role", "province", "--unit-code", "000.00.01.H59",
             "--unit-name", "Văn phòng UBND tỉnh", "--province-code", "H59"]


def init_store(data_dir: Path) -> Path:
    code = main(["--data-dir", str(data_dir), *INIT_ARGS])
    assert code == 0, "dvc-desktop init failed"
    return data_dir


@dataclass(frozen=True)
class CliResult:
    code: int
    out: str
    err: str


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> CliResult:
    """Run main(argv) and return its exit code and what it printed (earlier output dropped)."""
    capsys.readouterr()
    code = main(list(argv))
    out, err = capsys.readouterr()
    return CliResult(code, out, err)


def import_cli(capsys: pytest.CaptureFixture[str], data_dir: Path, file: Path, *flags: str) -> CliResult:
    return run_cli(capsys, "--data-dir", str(data_dir), "catalog", "import-excel", str(file), *flags)


@dataclass(frozen=True)
class Fingerprint:
    procedures: int
    audit_entries: int
    dump_sha256: str


def _connect(data_dir: Path) -> sqlite3.Connection:
    path = data_dir / DB_FILE_NAME
    assert path.exists(), path
    return sqlite3.connect(path)


def fingerprint(data_dir: Path) -> Fingerprint:
    """Everything in the store, reduced to two counts and a hash of the full SQL dump."""
    connection = _connect(data_dir)
    try:
        procedures = connection.execute("SELECT count(*) FROM procedures").fetchone()[0]
        audit_entries = connection.execute("SELECT count(*) FROM audit_log").fetchone()[0]
        dump = "\n".join(connection.iterdump())
    finally:
        connection.close()
    return Fingerprint(procedures, audit_entries, hashlib.sha256(dump.encode("utf-8")).hexdigest())


def audit_rows(data_dir: Path, action: str = "catalog.import_excel") -> list[tuple[str, dict]]:
    connection = _connect(data_dir)
    try:
        rows = connection.execute(
            "SELECT entity_key, details FROM audit_log WHERE action = ? ORDER BY id", (action,)
        ).fetchall()
    finally:
        connection.close()
    return [(key, json.loads(details)) for key, details in rows]


def query(data_dir: Path, sql: str, *params: object) -> list[tuple]:
    connection = _connect(data_dir)
    try:
        return connection.execute(sql, params).fetchall()
    finally:
        connection.close()

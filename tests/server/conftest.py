"""The province's store on the run's throw-away PostgreSQL server (tests/postgres_server.py)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from dvc_desktop.cli import main
from tests import postgres_server


@pytest.fixture()
def empty_database(postgres) -> str:  # type: ignore[no-untyped-def]
    """A new, empty database on the server (no schema yet), dropped after the test."""
    url = postgres.fresh()
    yield url
    postgres.drop(url)


@pytest.fixture()
def run(monkeypatch, capsys):  # type: ignore[no-untyped-def]
    """run(*argv) → (exit code, stdout, stderr) of `dvc-desktop`, in this process."""
    def run(*argv: str) -> tuple[int, str, str]:
        monkeypatch.delenv("DVC_DATABASE_URL", raising=False)  # --database-url sets it for the run
        code = main([*argv])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def table_checks(url: str) -> dict[str, tuple[int, str]]:
    """Each table's row count and checksum, as migrate-store compares them."""
    from dvc_desktop.store.engine import make_engine

    return _checks(make_engine(url))


def file_checks(db_file: Path) -> dict[str, tuple[int, str]]:
    from dvc_desktop.store.transfer import read_only_engine

    return _checks(read_only_engine(db_file))


def _checks(engine) -> dict[str, tuple[int, str]]:  # type: ignore[no-untyped-def]
    from dvc_desktop.store.transfer import table_checks as checks

    try:
        return {check.table: (check.rows, check.sha256) for check in checks(engine)}
    finally:
        engine.dispose()


@pytest.fixture()
def own_server():
    """A server of this test's own, which it may kill without harming the others."""
    if postgres_server.binaries() is None:
        pytest.skip("PostgreSQL is not installed (scripts/test installs it)")
    server = postgres_server.start(Path(tempfile.mkdtemp(prefix="dvc-postgres-kill-")))
    yield server
    server.stop("immediate")
    shutil.rmtree(server.folder, ignore_errors=True)

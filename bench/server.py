"""The province's store on a PostgreSQL server against the SQLite file, at 20,000 classifications.

One province store (bench/province.py's 20,000 classifications from 130 units, made by bench/generate.py)
is kept as a closed SQLite file and moved once onto a throw-away PostgreSQL server on this machine
(tests/postgres_server.py: initdb and pg_ctl in a temporary folder, a local TCP port) with
`migrate-store`'s own code. Each figure is measured on both, runs alternating, medians; the ratio is
PostgreSQL's time over SQLite's (the baseline):
- import: a unit's real signed submission (one package, ~1,100 procedures) into a fresh copy of the
  store (SQLite: the folder copied; the server: CREATE DATABASE … TEMPLATE), opened as a command does;
- consolidated view: every classification as the province window's table reads it (`load_consolidated`);
- publication: `publish OUT.xlsx` (the official appendix; writing the workbook is most of it).

    .venv/bin/python bench/server.py [--repeat N]

The server runs on the same machine with fsync off (a test server): over a real network each round trip
costs more, and the import, which writes in a few large statements, feels it least.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import report  # noqa: E402

PASS = "mật khẩu benchmark"
UNIT = ("000.98.10.H59", "Đơn vị đo")


def set_up(root: Path) -> tuple[Path, Path]:
    """(the closed province store with a trusted unit, that unit's submission package)."""
    from sqlalchemy import select

    from bench.packages import unit
    from bench.province import make_store
    from dvc_desktop.domain.units import UnitKind
    from dvc_desktop.package.keys import public_info
    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.keys import add_trusted_key, generate_signing_key
    from dvc_desktop.services.packages import export_reference, export_submission
    from dvc_desktop.services.setup import upsert_unit
    from dvc_desktop.store import models

    store, held = make_store(root, 20_000)
    with open_context(store) as context:
        generate_signing_key(context, PASS)
        export_reference(context, root / "ref.dvcpkg", PASS)
    folder = unit(root, UNIT[0], UNIT[1], public_info(store / "keys").fingerprint, 2_000)
    with open_context(store) as context:
        with context.transaction() as session:
            top = session.scalars(select(models.Unit).where(models.Unit.parent_id.is_(None))).one()
            upsert_unit(session, UNIT[0], UNIT[1], UnitKind.DEPARTMENT, top)
        add_trusted_key(context, root / f"{UNIT[0]}.pub", UNIT[0])
    with open_context(folder) as context:
        export_submission(context, root / "unit.dvcpkg", PASS)
    print(f"  province: {held} classifications; package {(root / 'unit.dvcpkg').stat().st_size // 1024} KB",
          flush=True)
    return store, root / "unit.dvcpkg"


class Server:
    """The throw-away server and its template database (the store moved there once)."""

    def __init__(self, store: Path) -> None:
        from dvc_desktop.store.transfer import move_store
        from tests import postgres_server

        self.server = postgres_server.start(Path(tempfile.mkdtemp(prefix="dvc-bench-postgres-")))
        self._admin("CREATE DATABASE pristine")
        started = time.perf_counter()
        moved = move_store(store / "dvc-desktop.sqlite", self.server.url_of("pristine"), "bench")
        print(f"  migrate-store: {moved.rows} rows in {time.perf_counter() - started:.1f} s", flush=True)
        self._count = 0

    def _admin(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(f"postgresql://dvc@127.0.0.1:{self.server.port}/postgres", autocommit=True) as conn:
            conn.execute(sql)

    def fresh(self) -> str:
        self._count += 1
        self._admin(f"CREATE DATABASE copy{self._count} TEMPLATE pristine")
        return self.server.url_of(f"copy{self._count}")

    def drop(self, url: str) -> None:
        self._admin(f"DROP DATABASE {url.rsplit('/', 1)[1]} WITH (FORCE)")

    def stop(self) -> None:
        self.server.stop("immediate")
        shutil.rmtree(self.server.folder, ignore_errors=True)


def timed(work: Callable[[], object]) -> float:
    started = time.perf_counter()
    work()
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> None:
    from bench import fresh_settings
    from tests import postgres_server

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    if postgres_server.binaries() is None:
        print("PostgreSQL is not installed (Debian: apt-get install postgresql); skipped.")
        return
    fresh_settings()
    from dvc_desktop import local_settings
    from dvc_desktop.services.consolidation import load_consolidated
    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.packages import import_packages
    from dvc_desktop.services.publication import publish

    with tempfile.TemporaryDirectory(prefix="dvc-bench-server-") as scratch:
        root = Path(scratch)
        started = time.perf_counter()
        store, package = set_up(root)
        server = Server(store)
        print(f"set-up {time.perf_counter() - started:.0f} s", flush=True)
        on_server = root / "on-server"
        local_settings.save_database_url(on_server, server.fresh())
        shutil.copytree(store / "keys", on_server / "keys")
        times: dict[str, dict[str, list[float]]] = {name: {"sqlite": [], "postgresql": []}
                                                    for name in ("import", "view", "publish")}
        try:
            for _ in range(args.repeat):
                for engine in ("sqlite", "postgresql"):
                    # Import into a fresh copy, opened as a command opens it.
                    copy = root / f"copy-{engine}"
                    shutil.rmtree(copy, ignore_errors=True)
                    if engine == "sqlite":
                        shutil.copytree(store, copy)
                    else:
                        copy.mkdir()
                        local_settings.save_database_url(copy, server.fresh())
                        shutil.copytree(store / "keys", copy / "keys")

                    def imported() -> None:
                        with open_context(copy) as context:
                            [result] = import_packages(context, [package])
                            assert result.status == "imported", result.reason

                    times["import"][engine].append(timed(imported))
                    if engine == "postgresql":
                        server.drop(local_settings.saved_database_url(copy) or "")
                    # The consolidated view and the publication, on the unchanged store.
                    folder = store if engine == "sqlite" else on_server
                    with open_context(folder) as context:
                        times["view"][engine].append(timed(lambda: load_consolidated(context)))
                        out = root / f"danh-muc-{engine}.xlsx"
                        out.unlink(missing_ok=True)
                        times["publish"][engine].append(timed(lambda: publish(context, out)))
        finally:
            server.stop()
        print()
        labels = {"import": "import of a unit's package (PostgreSQL)", "view": "consolidated view, 20,000 rows",
                  "publish": "publish OUT.xlsx (official appendix)"}
        for name, label in labels.items():
            report(label, statistics.median(times[name]["postgresql"]), "SQLite",
                   statistics.median(times[name]["sqlite"]))


if __name__ == "__main__":
    main()

"""Package export and import for a unit with 2,000 procedures.

Import (read, verify, diff, apply in one transaction) is compared with raw `sqlite3.executemany` of
the same 2,000 classification rows into the same schema: a table made with the DDL and indexes of
`classifications`, on a connection set up like the store's (foreign keys on, WAL, synchronous FULL),
committed. That is the floor for writing those rows at all. Each import runs on a fresh copy of the
province store with a freshly opened context (as the command line does); imports and baselines
alternate, so both see the same machine.
Then 49 packages from 49 more units in one run: per-package time should stay flat as the store grows.

    .venv/bin/python bench/packages.py [--keep DIR]

`--keep DIR` keeps the set-up (the province and 50 units, about two minutes) in DIR and reuses it next time.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import report  # noqa: E402
from dvc_desktop.domain.classification import Checklist, Classification, Form  # noqa: E402
from dvc_desktop.services import packages  # noqa: E402
from dvc_desktop.services import workspace as ws  # noqa: E402
from dvc_desktop.services.context import open_context  # noqa: E402
from dvc_desktop.demo.build import load_demo  # noqa: E402
from dvc_desktop.services.keys import add_trusted_key, export_public_key, generate_signing_key  # noqa: E402
from dvc_desktop.services.packages import export_reference, export_submission, import_packages  # noqa: E402
from dvc_desktop.services.setup import initialise  # noqa: E402

PASS = "mật khẩu benchmark"
SIZE = 2_000
REPEAT = 7
UNITS = [(f"000.{10 + i // 90:02d}.{10 + i % 90:02d}.H59", f"Đơn vị thử {i}") for i in range(50)]


def province(root: Path, procedures: int) -> Path:
    folder = root / "province"
    with open_context(folder) as context:
        initialise(context, "province", "000.00.01.H59", "Văn phòng UBND tỉnh", "H59", "Tỉnh Sơn Hà", "sonha.gov.vn")
        generate_signing_key(context, PASS)
        load_demo(context, procedures=procedures)
        export_reference(context, root / "ref.dvcpkg", PASS)
    return folder


def unit(root: Path, code: str, name: str, fingerprint: str, size: int) -> Path:
    folder = root / code
    with open_context(folder) as context:
        initialise(context, "department", code, name, "H59")
        generate_signing_key(context, PASS)
        assert import_packages(context, [root / "ref.dvcpkg"], expected_fingerprint=fingerprint)[0].status == "imported"
        ids = ws.add_procedures(context, [h.procedure_id for h in ws.search_reference(context, "", limit=size)])
        full = Classification(Checklist(True, True, True, True, True), Form.FULL)
        ws.set_classifications(context, {i: full for i in ids})
        export_public_key(context, root / f"{code}.pub")
    return folder


def set_up(root: Path) -> None:
    """The province (2,500 procedures) trusting 50 units, the first with 2,000 procedures and its package
    exported; `pristine` is the closed province store before any of these imports."""
    start = time.perf_counter()
    province_dir = province(root, 2_500)
    from dvc_desktop.package.keys import public_info

    fingerprint = public_info(province_dir / "keys").fingerprint
    folders = [unit(root, code, name, fingerprint, SIZE if i == 0 else 200) for i, (code, name) in enumerate(UNITS)]
    with open_context(province_dir) as context:
        from sqlalchemy import select

        from dvc_desktop.domain.units import UnitKind
        from dvc_desktop.services.setup import upsert_unit
        from dvc_desktop.store import models

        with context.transaction() as session:
            root_unit = session.scalars(select(models.Unit).where(models.Unit.parent_id.is_(None))).one()
            for code, name in UNITS:
                upsert_unit(session, code, name, UnitKind.DEPARTMENT, root_unit)
        for code, _ in UNITS:
            add_trusted_key(context, root / f"{code}.pub", code)
    shutil.copytree(province_dir, root / "pristine")
    print(f"set-up (province, 50 units) {time.perf_counter() - start:.1f} s", flush=True)
    start = time.perf_counter()
    with open_context(folders[0]) as context:
        export_submission(context, root / "big.dvcpkg", PASS)
    print(f"package of {SIZE} procedures: {(root / 'big.dvcpkg').stat().st_size / 1024:.0f} KB, "
          f"export {(time.perf_counter() - start) * 1000:.0f} ms", flush=True)
    (root / "ready").touch()


def fresh_province(root: Path) -> Path:
    """A copy of the closed pristine store (no connection is open on either)."""
    target = root / "province"
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(root / "pristine", target)
    return target


class Phases:
    """Times spent in the import's parts, by wrapping the service's functions."""

    # part → (module of the service, function): wrapped where its callers look it up.
    PARTS = {"verify": ("importing", "_verify"), "write": ("submission", "_write_classifications")}

    def __init__(self) -> None:
        import importlib

        self.spent: dict[str, float] = {}
        for part, (module_name, name) in self.PARTS.items():
            module = importlib.import_module(f"dvc_desktop.services.packages.{module_name}")
            if hasattr(module, name):  # an older service may not have it
                setattr(module, name, self._timed(part, getattr(module, name)))
        packages.APPLY["submission"] = self._timed("apply", packages.APPLY["submission"])

    def _timed(self, part: str, function):  # type: ignore[no-untyped-def]
        def timed(*args, **kwargs):  # type: ignore[no-untyped-def]
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.spent[part] = self.spent.get(part, 0.0) + time.perf_counter() - start
        return timed


def timed_import(root: Path, phases: Phases) -> tuple[float, dict[str, float]]:
    with open_context(fresh_province(root)) as context:
        phases.spent = {}
        start = time.perf_counter()
        (result,) = import_packages(context, [root / "big.dvcpkg"])
        elapsed = time.perf_counter() - start
    assert result.status == "imported" and result.added == SIZE, result
    return elapsed, dict(phases.spent)


def raw_insert(database: Path) -> float:
    """The unit's rows as the import wrote them, inserted again with sqlite3 into a table with the DDL and
    indexes of `classifications`, on a connection set up like the store's."""
    connection = sqlite3.connect(database, isolation_level=None)
    try:
        for pragma in ("foreign_keys = ON", "journal_mode = WAL", "synchronous = FULL"):
            connection.execute(f"PRAGMA {pragma}")
        unit_id = connection.execute("SELECT id FROM units WHERE code = ?", (UNITS[0][0],)).fetchone()[0]
        rows = [(None, *row[1:]) for row in connection.execute(
            "SELECT * FROM classifications WHERE unit_id = ? ORDER BY id", (unit_id,))]
        assert len(rows) == SIZE
        copy = [re.sub(r"\bclassifications\b", "bench_copy", sql) for (sql,) in connection.execute(
            "SELECT sql FROM sqlite_master WHERE tbl_name = 'classifications' AND sql IS NOT NULL ORDER BY type DESC")]
        copy = [sql.replace("ix_classifications_", "ix_bench_copy_") for sql in copy]
        for sql in copy:
            connection.execute(sql)
        statement = f"INSERT INTO bench_copy VALUES ({','.join('?' * len(rows[0]))})"
        start = time.perf_counter()
        connection.execute("BEGIN")
        connection.executemany(statement, rows)
        connection.execute("COMMIT")
        elapsed = time.perf_counter() - start
        connection.execute("DROP TABLE bench_copy")
        return elapsed
    finally:
        connection.close()


def legacy_baseline(database: Path) -> float:
    """The earlier baseline: one row 2,000 times into `CREATE TABLE AS SELECT` (no key, no index)."""
    connection = sqlite3.connect(database)
    try:
        row = connection.execute("SELECT * FROM classifications LIMIT 1").fetchone()
        connection.execute("CREATE TABLE bench_copy AS SELECT * FROM classifications WHERE 0")
        rows = [(None, *row[1:])] * SIZE
        times = []
        for _ in range(3):
            start = time.perf_counter()
            with connection:
                connection.executemany(f"INSERT INTO bench_copy VALUES ({','.join('?' * len(row))})", rows)
            times.append(time.perf_counter() - start)
        connection.execute("DROP TABLE bench_copy")
        connection.commit()
        return statistics.median(times)
    finally:
        connection.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="keep the set-up in this folder and reuse it")
    arguments = parser.parse_args()
    scratch = None
    if arguments.keep is None:
        scratch = tempfile.TemporaryDirectory(prefix="dvc-bench-")
        root = Path(scratch.name)
    else:
        root = arguments.keep
        root.mkdir(parents=True, exist_ok=True)
    try:
        if not (root / "ready").exists():
            for leftover in root.iterdir():
                shutil.rmtree(leftover) if leftover.is_dir() else leftover.unlink()
            set_up(root)
        run(root)
    finally:
        if scratch is not None:
            scratch.cleanup()


def run(root: Path) -> None:
    phases = Phases()
    first, _ = timed_import(root, phases)  # the process's first import also compiles the submission schema
    imports, baselines, parts = [], [], []
    for _ in range(REPEAT):
        elapsed, spent = timed_import(root, phases)
        imports.append(elapsed)
        parts.append(spent)
        baselines.append(raw_insert(root / "province" / "dvc-desktop.sqlite"))
    imported, baseline = statistics.median(imports), statistics.median(baselines)
    report(f"import {SIZE}-procedure package (verify+diff+apply)", imported, "raw sqlite3 executemany", baseline,
           target=3.0)

    def part(name: str) -> float:
        return statistics.median(p.get(name, 0.0) for p in parts) * 1000

    print(f"   medians of {REPEAT} imports, each into a fresh copy of the store: verify {part('verify'):.1f} ms "
          f"(signature, JSON, schema, codes), diff {part('apply') - part('write'):.1f} ms, "
          f"write {part('write'):.1f} ms, guards+record+commit "
          f"{imported * 1000 - part('verify') - part('apply'):.1f} ms; first import of the process "
          f"{first * 1000:.1f} ms (compiles the schema and statements)")
    print(f"   earlier baseline (one row 2,000 times into a copy without keys or indexes): "
          f"{legacy_baseline(root / 'province' / 'dvc-desktop.sqlite') * 1000:.1f} ms")

    times = []
    with open_context(fresh_province(root)) as context:
        assert import_packages(context, [root / "big.dvcpkg"])[0].status == "imported"
        for code, _ in UNITS[1:]:
            path = root / f"{code}.dvcpkg"
            path.unlink(missing_ok=True)  # a kept set-up's earlier run: the export never overwrites a file
            with open_context(root / code) as unit_context:
                export_submission(unit_context, path, PASS)
            start = time.perf_counter()
            assert import_packages(context, [path])[0].status == "imported"
            times.append(time.perf_counter() - start)
    print(f"49 packages of 200 procedures: total {sum(times):.2f} s; per package first 10 median "
          f"{statistics.median(times[:10]) * 1000:.1f} ms, last 10 median {statistics.median(times[-10:]) * 1000:.1f} ms")


if __name__ == "__main__":
    from bench import fresh_settings

    fresh_settings()
    main()

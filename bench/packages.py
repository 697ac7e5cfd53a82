"""Package export and import for a unit with 2,000 procedures.

Import (read, verify, diff, apply in one transaction) is compared with raw `sqlite3.executemany` of
the same 2,000 classification rows into the same schema: the floor for writing them at all.
Then 50 packages from 50 units in one run: per-package time should stay flat as the store grows.
"""

from __future__ import annotations

import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import median_seconds, report  # noqa: E402
from dvc_desktop.domain.classification import Checklist, Classification, Form  # noqa: E402
from dvc_desktop.services import workspace as ws  # noqa: E402
from dvc_desktop.services.context import open_context  # noqa: E402
from dvc_desktop.services.demo import load_demo  # noqa: E402
from dvc_desktop.services.keys import add_trusted_key, export_public_key, generate_signing_key  # noqa: E402
from dvc_desktop.services.packages import export_reference, export_submission, import_packages  # noqa: E402
from dvc_desktop.services.setup import initialise  # noqa: E402

PASS = "mật khẩu benchmark"
SIZE = 2_000


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


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="dvc-bench-") as scratch:
        root = Path(scratch)
        start = time.perf_counter()
        province_dir = province(root, 2_500)
        from dvc_desktop.package.keys import public_info

        fingerprint = public_info(province_dir / "keys").fingerprint
        units = [(f"000.{10 + i // 90:02d}.{10 + i % 90:02d}.H59", f"Đơn vị thử {i}") for i in range(50)]
        folders = [unit(root, code, name, fingerprint, SIZE if i == 0 else 200) for i, (code, name) in enumerate(units)]
        print(f"set-up (province, 50 units) {time.perf_counter() - start:.1f} s", flush=True)
        with open_context(province_dir) as context:
            from dvc_desktop.services.setup import LEVEL_OF_KIND, upsert_unit
            from dvc_desktop.domain.units import UnitKind
            with context.transaction() as session:
                from sqlalchemy import select
                from dvc_desktop.store import models
                root_unit = session.scalars(select(models.Unit).where(models.Unit.parent_id.is_(None))).one()
                for code, name in units:
                    upsert_unit(session, code, name, UnitKind.DEPARTMENT, root_unit)
            del LEVEL_OF_KIND
            for code, _ in units:
                add_trusted_key(context, root / f"{code}.pub", code)

        big = root / "big.dvcpkg"
        with open_context(folders[0]) as context:
            exported = median_seconds(lambda: export_submission(context, big, PASS), repeat=1)
        print(f"package of {SIZE} procedures: {big.stat().st_size / 1024:.0f} KB, export {exported * 1000:.0f} ms")

        db = province_dir / "dvc-desktop.sqlite"
        with open_context(province_dir) as context:
            start = time.perf_counter()
            result = import_packages(context, [big])[0]
            imported = time.perf_counter() - start
            assert result.status == "imported" and result.added == SIZE, result
        connection = sqlite3.connect(db)
        row = connection.execute("SELECT * FROM classifications LIMIT 1").fetchone()
        columns = len(row)
        connection.execute("CREATE TABLE bench_copy AS SELECT * FROM classifications WHERE 0")
        rows = [(None, *row[1:])] * SIZE

        def raw() -> None:
            with connection:
                connection.executemany(f"INSERT INTO bench_copy VALUES ({','.join('?' * columns)})", rows)
        baseline = median_seconds(raw)
        connection.execute("DROP TABLE bench_copy")
        connection.commit()
        connection.close()
        report(f"import {SIZE}-procedure package (verify+diff+apply)", imported, "raw sqlite3 executemany", baseline,
               target=3.0)

        times = []
        with open_context(province_dir) as context:
            for folder, (code, _) in zip(folders[1:], units[1:]):
                path = root / f"{code}.dvcpkg"
                with open_context(folder) as unit_context:
                    export_submission(unit_context, path, PASS)
                start = time.perf_counter()
                assert import_packages(context, [path])[0].status == "imported"
                times.append(time.perf_counter() - start)
        print(f"49 packages of 200 procedures: total {sum(times):.2f} s; per package first 10 median "
              f"{statistics.median(times[:10]) * 1000:.0f} ms, last 10 median {statistics.median(times[-10:]) * 1000:.0f} ms")


if __name__ == "__main__":
    main()

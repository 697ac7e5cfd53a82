"""Catalogue import from Excel and the demo dataset.

- import-excel of 2,000 rows (read + diff + apply) vs. openpyxl read-only iteration of the same file
  (the floor any importer built on openpyxl pays);
- `demo` vs. raw sqlite3 executemany of the same number of procedure rows into the same schema.
"""

from __future__ import annotations

import sqlite3
import sys
import tempfile
from pathlib import Path

import openpyxl

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import median_seconds, report  # noqa: E402
from dvc_desktop.services.catalog import import_catalog_excel  # noqa: E402
from dvc_desktop.services.context import open_context  # noqa: E402
from dvc_desktop.demo.build import load_demo  # noqa: E402
from dvc_desktop.services.setup import initialise  # noqa: E402

SECTORS = ["Hộ tịch", "Chứng thực", "Đất đai", "Xây dựng", "Y tế", "Giáo dục", "Công Thương", "Tư pháp"]


def write_catalogue(path: Path, rows: int) -> None:
    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet("Danh mục")
    sheet.append(["ỦY BAN NHÂN DÂN TỈNH SƠN HÀ"])
    sheet.append(["DANH MỤC THỦ TỤC HÀNH CHÍNH"])
    sheet.append([])
    sheet.append(["STT", "Mã TTHC", "Tên thủ tục hành chính", "Lĩnh vực", "Cấp thực hiện",
                  "Cơ quan thực hiện", "Mức độ", "Thời hạn giải quyết", "Phí, lệ phí"])
    for index in range(rows):
        sheet.append([index + 1, f"{1 + index % 3}.{index + 100:06d}",
                      f"Cấp giấy phép hoạt động số {index} thuộc lĩnh vực {SECTORS[index % 8]}",
                      SECTORS[index % 8], "Cấp tỉnh" if index % 4 else "Cấp tỉnh, Cấp xã",
                      "Sở Tư pháp", f"Mức độ {3 + index % 2}", "15 ngày làm việc", "Không"])
    workbook.save(path)


def bench_import(scratch: Path, rows: int = 2_000) -> None:
    source = scratch / "catalogue.xlsx"
    write_catalogue(source, rows)

    def read_only_floor() -> None:
        workbook = openpyxl.load_workbook(source, read_only=True, data_only=True)
        for _ in workbook.worksheets[0].iter_rows(values_only=True):
            pass
        workbook.close()

    counter = iter(range(100))

    def fresh_store() -> None:
        fresh_store.dir = scratch / f"store-{next(counter)}"  # type: ignore[attr-defined]
        with open_context(fresh_store.dir) as context:  # type: ignore[attr-defined]
            initialise(context, "province", "000.00.01.H59", "Văn phòng UBND tỉnh", "H59")

    def run_import() -> None:
        with open_context(fresh_store.dir) as context:  # type: ignore[attr-defined]
            result = import_catalog_excel(context, source)
            assert result.added == rows, result.to_json()

    baseline = median_seconds(read_only_floor)
    figure = median_seconds(run_import, setup=fresh_store)
    report(f"catalog import-excel, {rows} rows", figure, "openpyxl read-only scan", baseline)


def bench_demo(scratch: Path) -> None:
    counter = iter(range(100))
    holder: dict[str, Path] = {}

    def fresh() -> None:
        holder["dir"] = scratch / f"demo-{next(counter)}"
        with open_context(holder["dir"]):
            pass

    def run_demo() -> None:
        with open_context(holder["dir"]) as context:
            holder["procedures"] = load_demo(context).procedures  # type: ignore[assignment]

    figure = median_seconds(run_demo, setup=fresh)
    procedures = int(holder["procedures"])  # type: ignore[arg-type]

    def raw_inserts() -> None:
        db = sqlite3.connect(holder["dir"] / "dvc-desktop.sqlite")
        db.execute("CREATE TEMP TABLE p AS SELECT * FROM procedures WHERE 0")
        row = db.execute("SELECT * FROM procedures LIMIT 1").fetchone()
        with db:
            db.executemany(f"INSERT INTO p VALUES ({','.join('?' * len(row))})",
                           [(i, *row[1:]) for i in range(procedures)])
        db.close()

    baseline = median_seconds(raw_inserts)
    report(f"demo ({procedures} procedures + classifications)", figure,
           "raw sqlite3 rows", baseline)


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="dvc-bench-") as scratch:
        bench_import(Path(scratch))
        bench_demo(Path(scratch))


if __name__ == "__main__":
    from bench import fresh_settings

    fresh_settings()
    main()

"""Workbooks that could eat the machine (issue: "Workbooks that eat the machine").

- hostile: a few-KB workbook declaring `A1:XFD199000` with one row at 199,000. Target: refused or
  read in ≤ 2 s. Baseline: the same size of honest file (a 2,000-row catalogue) read the same way.
- large: a catalogue of ROWS honest rows (by default the documented limit, 50,000 rows: 199,000 took
  about 140 s even streamed, so the limit was lowered to what this machine meets) imported by
  `dvc-desktop catalog import-excel` into an empty province store. Targets: ≤ 60 s and ≤ 300 MB peak.
  Baseline: openpyxl's read-only scan of the same file in a process of its own (the floor any importer
  built on openpyxl pays).

Each run is a fresh process measured by bench.common.run_measured (wall time, peak RSS).
`BENCH_WORKBOOK_ROWS=20000 python bench/workbooks.py` for a shorter run.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.catalog import write_catalogue  # noqa: E402
from bench.common import report, run_measured  # noqa: E402
from dvc_desktop.excel.safety import WorkbookLimits  # noqa: E402

ROWS = int(os.environ.get("BENCH_WORKBOOK_ROWS", str(WorkbookLimits().max_rows)))

SCAN = """
import sys, openpyxl
workbook = openpyxl.load_workbook(sys.argv[1], read_only=True, data_only=True)
for _ in workbook.worksheets[0].iter_rows(values_only=True):
    pass
"""


def write_hostile(path: Path) -> Path:
    """The 5 KB file of the attack: a tiny honest sheet whose <dimension> claims 16,384 columns and
    199,000 rows, and one real row down at 199,000."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["STT", "Mã TTHC", "Tên TTHC", "Cấp thực hiện"])
    sheet.append([1, "1.000010", "Đăng ký khai sinh", "Cấp xã"])
    sheet.cell(row=199_000, column=2, value="1.000020")
    sheet.cell(row=199_000, column=3, value="Đăng ký kết hôn")
    sheet.cell(row=199_000, column=4, value="Cấp xã")
    honest = path.with_name("honest-small.xlsx")
    workbook.save(honest)
    with zipfile.ZipFile(honest) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                start = data.index(b"<dimension ref=\"") + len(b"<dimension ref=\"")
                end = data.index(b"\"", start)
                data = data[:start] + b"A1:XFD199000" + data[end:]
            target.writestr(item, data)
    honest.unlink()
    return path


def store(scratch: Path, name: str) -> Path:
    folder = scratch / name
    run_measured([sys.executable, "-m", "dvc_desktop", "--data-dir", str(folder), "init", "--role", "province",
                  "--unit-code", "000.00.01.H59", "--unit-name", "Văn phòng UBND tỉnh", "--province-code", "H59"])
    return folder


def import_excel(folder: Path, workbook: Path) -> tuple[float, float, list[str]]:
    started = time.perf_counter()
    lines, measured = run_measured([sys.executable, "-m", "dvc_desktop", "--data-dir", str(folder), "catalog",
                                    "import-excel", str(workbook), "--json"], timeout=1800)
    return time.perf_counter() - started, measured["maxrss_kb"] / 1024, lines


def scan(workbook: Path) -> tuple[float, float]:
    started = time.perf_counter()
    _, measured = run_measured([sys.executable, "-c", SCAN, str(workbook)], timeout=1800)
    return time.perf_counter() - started, measured["maxrss_kb"] / 1024


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="dvc-bench-workbooks-") as name:
        scratch = Path(name)
        hostile = write_hostile(scratch / "hostile.xlsx")
        small = scratch / "small.xlsx"
        write_catalogue(small, 2_000)
        seconds, peak, _ = import_excel(store(scratch, "hostile"), hostile)
        base, base_peak, _ = import_excel(store(scratch, "small"), small)
        print(f"hostile workbook ({hostile.stat().st_size:,} bytes, declares A1:XFD199000): {seconds:.2f} s, "
              f"{peak:.0f} MB peak (target ≤ 2 s)")
        report("hostile workbook import", seconds, "2,000-row honest catalogue import", base)

        large = scratch / "large.xlsx"
        write_catalogue(large, ROWS)
        seconds, peak, lines = import_excel(store(scratch, "large"), large)
        floor, floor_peak = scan(large)
        print(f"{ROWS:,}-row catalogue ({large.stat().st_size / 1048576:.1f} MB): {seconds:.1f} s, {peak:.0f} MB peak "
              f"(targets ≤ 60 s, ≤ 300 MB); openpyxl scan alone {floor:.1f} s, {floor_peak:.0f} MB")
        report(f"catalog import-excel, {ROWS:,} rows", seconds, "openpyxl read-only scan", floor)


if __name__ == "__main__":
    from bench import fresh_settings

    fresh_settings()
    main()

"""Fuzzing the Excel readers with workbooks hypothesis builds: odd declared dimensions, merged cells,
formulas (read as their cached values, never evaluated), dates, numbers, booleans, huge strings, text
the rule refuses, rows far down the sheet. Each reader returns its rows and refusals or refuses the file
with WorkbookRejected; nothing else escapes. `DVC_FUZZ_EXAMPLES` sets the count (40 by default)."""

from __future__ import annotations

import os
import re
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from dvc_desktop.domain.units import Level
from dvc_desktop.excel.catalog_reader import read_catalog
from dvc_desktop.excel.classification_reader import read_classifications
from dvc_desktop.excel.safety import WorkbookLimits, WorkbookRejected
from dvc_desktop.excel.units_reader import read_units

COUNTS = {"workbooks": 0, "rows_read": 0, "rows_refused": 0, "files_refused": 0}
HEADERS = [["STT", "Mã TTHC", "Tên TTHC", "Lĩnh vực", "Cấp thực hiện", "Hình thức", "Ghi chú"],
           ["Mã định danh", "Tên cơ quan, đơn vị", "Cấp"]]
cell_values = st.one_of(
    st.none(), st.integers(min_value=-10**12, max_value=10**12), st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(), st.dates(min_value=date(1900, 3, 1)), st.datetimes(min_value=datetime(1900, 3, 1)),
    st.text(max_size=20), st.sampled_from(["1.000010", "1.00001", "000.00.13.H59", "Toàn trình", "Một phần",
                                           "Cấp tỉnh", "Cấp xã", "=1+1", "=A1&B1", "_x0001_", "<b>x</b>",
                                           "A. CẤP TỈNH", "I. Lĩnh vực Tư pháp", "x" * 32_000]),
)
plausible = st.tuples(
    st.integers(min_value=1, max_value=999),
    st.builds(lambda n: f"1.{n:06d}", st.integers(min_value=1, max_value=999_999)) | st.sampled_from(["000.00.13.H59"]),
    st.text(min_size=1, max_size=30) | st.sampled_from(["Đăng ký khai sinh", "Sở Tư pháp"]),
    st.sampled_from(["Hộ tịch", "", "Tư pháp"]), st.sampled_from(["Cấp tỉnh", "Cấp xã", "", "Cấp huyện"]),
    st.sampled_from(["Toàn trình", "Một phần", "Mức độ 3", "", "x"]), cell_values,
).map(list)
rows = st.lists(st.one_of(st.lists(cell_values, max_size=9), plausible), max_size=12)
LEVELS = [Level("tinh", "Cấp tỉnh", ("Tỉnh",)), Level("xa", "Cấp xã", ("Xã",))]


def build(path: Path, header: list[str], body: list[list[object]], far_row: int | None, merges: list[tuple[int, int]],
          dimension: str | None) -> Path:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in body:
        sheet.append(row)
    if far_row:
        sheet.cell(row=far_row, column=2, value="1.000099")
    for first, width in merges:
        sheet.merge_cells(start_row=first, start_column=1, end_row=first, end_column=1 + width)
    workbook.save(path)
    if dimension:
        with zipfile.ZipFile(path) as source:
            members = {item.filename: source.read(item.filename) for item in source.infolist()}
        sheet_xml = members["xl/worksheets/sheet1.xml"]
        members["xl/worksheets/sheet1.xml"] = re.sub(rb'<dimension ref="[^"]*"', b'<dimension ref="' +
                                                     dimension.encode() + b'"', sheet_xml, count=1)
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
            for name, data in members.items():
                target.writestr(name, data)
    return path


@settings(max_examples=int(os.environ.get("DVC_FUZZ_EXAMPLES", "40")), deadline=None,
          suppress_health_check=list(HealthCheck))
@given(header=st.sampled_from(HEADERS), body=rows,
       far_row=st.one_of(st.none(), st.integers(min_value=20, max_value=60_000)),
       merges=st.lists(st.tuples(st.integers(min_value=2, max_value=10), st.integers(min_value=1, max_value=4)),
                       max_size=2, unique_by=lambda m: m[0]),
       dimension=st.one_of(st.none(), st.sampled_from(["A1:XFD1048576", "A1:B2", "ZZ9", "", "A0:A0", "nonsense"])))
def test_the_readers_return_rows_or_refuse_the_file(tmp_path_factory, header, body, far_row, merges, dimension):
    body = [[_safe(v) for v in row] for row in body]
    try:
        path = build(tmp_path_factory.mktemp("wb") / "fuzz.xlsx", header, body, far_row, merges, dimension)
    except (ValueError, TypeError):  # openpyxl refused to write it: nothing to read
        return
    COUNTS["workbooks"] += 1
    limits = WorkbookLimits(max_rows=50_000)
    for read in (lambda: read_catalog(path, LEVELS, limits=limits), lambda: read_classifications(path, limits=limits),
                 lambda: read_units(path, "H59", limits=limits)):
        try:
            sheet = read()
        except WorkbookRejected as error:
            COUNTS["files_refused"] += 1
            assert str(error) and "fuzz.xlsx" in str(error)
            continue
        COUNTS["rows_read"] += len(sheet.rows)
        COUNTS["rows_refused"] += len(sheet.rejected)
        assert all(r.reason for r in sheet.rejected)


def _safe(value: object) -> object:
    """openpyxl will not write control characters itself; Excel's escape stands for them."""
    if isinstance(value, str):
        return re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", lambda m: f"_x{ord(m.group()):04X}_", value)
    return value


def test_zz_report_counts(capsys):
    with capsys.disabled():
        print(f"\nexcel reader fuzzing: {COUNTS}")

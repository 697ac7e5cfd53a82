"""A department imports a catalogue from Excel: the rows join the unit's own list, the province's
reference records are never overwritten, and every refused row is counted with its reason."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from openpyxl import Workbook

from dvc_desktop.store.database import DB_FILE_NAME

HEADER = ["STT", "Mã TTHC", "Tên TTHC", "Lĩnh vực", "Cấp thực hiện"]
OWN_CODE = "1.999901"


def _query(data_dir: Path, sql: str, *args: object) -> list[tuple]:
    connection = sqlite3.connect(data_dir / DB_FILE_NAME)
    try:
        return connection.execute(sql, args).fetchall()
    finally:
        connection.close()


def _reference(data_dir: Path, limit: int = 2) -> list[tuple[str, str, str]]:
    """Code, name and levels of reference procedures (as the province's package sent them)."""
    return _query(data_dir, """
        SELECT p.code, p.name, (SELECT group_concat(level_code, ',') FROM (SELECT level_code FROM procedure_levels
                                WHERE procedure_id = p.id ORDER BY level_code))
        FROM procedures p WHERE p.origin = 'reference' ORDER BY p.code LIMIT ?""", limit)


def _listed(data_dir: Path) -> dict[str, str]:
    return dict(_query(data_dir, """SELECT p.code, p.origin FROM classifications c
                                    JOIN procedures p ON p.id = c.procedure_id"""))


def _workbook(path: Path, rows: list[list[object]]) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.append(HEADER)
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def _import(offices, path: Path, *flags: str) -> dict:
    code, out, err = offices.run(offices.unit, "catalog", "import-excel", str(path), "--json", *flags)
    assert code == 0, err
    return json.loads(out)


def test_rows_join_the_units_list_and_the_reference_is_kept(offices) -> None:
    (first, first_name, first_levels), (second, second_name, _levels) = _reference(offices.unit)
    path = _workbook(offices.tmp / "danh-muc-cua-so.xlsx", [
        [1, first, "Tên do cán bộ sửa", "Tư pháp", "Cấp xã"],      # differs from the reference
        [2, second, second_name, "", "Cấp tỉnh"],
        [3, OWN_CODE, "Thủ tục riêng của Sở", "Tư pháp", "Cấp tỉnh"],
        [4, "xyz", "Dòng có mã sai", "Tư pháp", "Cấp tỉnh"],
    ])
    before = _query(offices.unit, "SELECT count(*) FROM procedures")

    preview = _import(offices, path, "--dry-run")
    assert (preview["added"], preview["updated"], preview["unchanged"]) == (3, 0, 0)
    assert preview["into_unit_list"] is True
    assert first in preview["reference_kept"]
    assert [r["row"] for r in preview["rejected"]] == [5]
    assert "xyz" in preview["rejected"][0]["reason"]
    assert _listed(offices.unit) == {}
    assert _query(offices.unit, "SELECT count(*) FROM procedures") == before

    applied = _import(offices, path)
    assert applied["added"] == 3 and len(applied["rejected"]) == 1
    assert _listed(offices.unit) == {first: "reference", second: "reference", OWN_CODE: "local"}
    # The province's record is as its package sent it: name and levels.
    assert _reference(offices.unit)[0] == (first, first_name, first_levels)

    again = _import(offices, path)
    assert (again["added"], again["updated"], again["unchanged"]) == (0, 0, 3)

    renamed = _workbook(offices.tmp / "lan-2.xlsx", [[1, OWN_CODE, "Thủ tục riêng (tên mới)", "Tư pháp", "Cấp tỉnh"]])
    assert _import(offices, renamed)["updated"] == 1
    assert _query(offices.unit, "SELECT name, origin FROM procedures WHERE code = ?", OWN_CODE) == [
        ("Thủ tục riêng (tên mới)", "local")]


def test_the_human_output_says_what_was_kept(offices) -> None:
    (first, _name, _levels), = _reference(offices.unit, 1)
    path = _workbook(offices.tmp / "d.xlsx", [[1, first, "Tên khác", "", "Cấp xã"], [2, "xyz", "Sai mã", "", "Cấp tỉnh"]])
    code, out, _err = offices.run(offices.unit, "catalog", "import-excel", str(path), "--dry-run")
    assert code == 0
    assert "danh sách thủ tục của đơn vị" in out
    assert "dòng 3" in out and "xyz" in out
    assert "Giữ nguyên dữ liệu tham chiếu của tỉnh" in out and first in out

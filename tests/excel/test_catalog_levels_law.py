"""Issue 13: local case codes, the eligibility column, district rows flagged after 1/7/2025."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dvc_desktop.services.catalog import import_catalog_excel, level_update_needed, set_eligibility
from dvc_desktop.services.context import open_context
from dvc_desktop.services.errors import InputRejected
from storehelp import audit_rows, query
from workbooks import simple_workbook

HEADER = ["Mã TTHC", "Tên TTHC", "Lĩnh vực", "Cấp thực hiện", "Đủ điều kiện toàn trình (CSDLQG)"]
ROWS = [
    ["2.000815.000.00.00.H55.02", "Chứng thực bản sao (trường hợp 2)", "Chứng thực", "Cấp xã", "Có"],
    ["1.000010", "Cấp giấy phép A", "Xây dựng", "Cấp tỉnh", "Không"],
    ["1.000020", "Đăng ký hộ kinh doanh", "Kinh doanh", "Cấp huyện", ""],
]


def run_import(data_dir: Path, path: Path, today: date):
    with open_context(data_dir) as context:
        context.today = lambda: today
        return import_catalog_excel(context, path)


def stored(data_dir: Path) -> dict[str, tuple]:
    rows = query(data_dir, "SELECT code, eligible_full_online, level_needs_update FROM procedures")
    return {code: (eligible, flag) for code, eligible, flag in rows}


def test_local_case_code_and_eligibility_column_are_imported(store, tmp_path):
    report = run_import(store, simple_workbook(tmp_path / "c.xlsx", HEADER, ROWS), date(2026, 7, 5))
    assert report.rejected == [] and report.added == 3
    got = stored(store)
    assert got["2.000815.000.00.00.H55.02"][0] == 1
    assert got["1.000010"][0] == 0
    assert got["1.000020"][0] is None


def test_unreadable_eligibility_rejects_the_row_naming_the_value(store, tmp_path):
    rows = [["1.000010", "Cấp giấy phép A", "Xây dựng", "Cấp tỉnh", "có lẽ"]]
    report = run_import(store, simple_workbook(tmp_path / "c.xlsx", HEADER, rows), date(2026, 7, 5))
    assert report.added == 0 and "có lẽ" in report.rejected[0].reason


def test_district_rows_after_abolition_are_imported_and_flagged(store, tmp_path):
    report = run_import(store, simple_workbook(tmp_path / "c.xlsx", HEADER, ROWS), date(2025, 7, 1))
    assert report.added == 3 and report.level_update_codes == ["1.000020"]
    assert report.to_json()["level_update_codes"] == ["1.000020"]
    assert stored(store)["1.000020"][1] == 1 and stored(store)["1.000010"][1] == 0
    with open_context(store) as context, context.transaction() as session:
        assert level_update_needed(session) == ["1.000020"]


def test_district_rows_before_abolition_are_not_flagged(store, tmp_path):
    report = run_import(store, simple_workbook(tmp_path / "c.xlsx", HEADER, ROWS), date(2025, 6, 30))
    assert report.level_update_codes == [] and stored(store)["1.000020"][1] == 0


def test_set_eligibility_is_audited_and_refuses_unknown_words(store, tmp_path):
    run_import(store, simple_workbook(tmp_path / "c.xlsx", HEADER, ROWS), date(2026, 7, 5))
    with open_context(store) as context:
        assert set_eligibility(context, "1.000020", "yes") is True
        with pytest.raises(InputRejected):
            set_eligibility(context, "1.000020", "maybe")
        with pytest.raises(InputRejected, match="9.999999"):
            set_eligibility(context, "9.999999", "no")
    assert stored(store)["1.000020"][0] == 1
    entries = audit_rows(store, "procedure.eligibility")
    assert entries and entries[-1][1]["after"] is True

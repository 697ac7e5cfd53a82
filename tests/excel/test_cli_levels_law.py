"""Issue 13 on the command line: a retired province code warns, a district row is reported for update."""

from __future__ import annotations

from dvc_desktop.cli import main
from workbooks import simple_workbook

HEADER = ["Mã TTHC", "Tên TTHC", "Lĩnh vực", "Cấp thực hiện"]


def init(capsys, province_code: str) -> tuple[int, str, str]:
    code = main(["init", "--role", "province", "--unit-code", f"000.00.00.{province_code}", "--unit-name",
                 "Văn phòng UBND tỉnh", "--province-code", province_code, "--province-name", "Tỉnh Thử"])
    out, err = capsys.readouterr()
    return code, out, err


def test_a_retired_province_code_is_accepted_with_a_warning_naming_its_successor(data_dir, capsys):
    code, out, err = init(capsys, "H02")  # Bắc Giang, merged into H05 on 1/7/2025
    assert code == 0 and "Đã khởi tạo" in out
    assert "Cảnh báo" in err and "H05" in err


def test_a_code_in_use_gives_no_warning(data_dir, capsys):
    code, _, err = init(capsys, "H01")
    assert code == 0 and "Cảnh báo" not in err


def test_a_code_outside_the_historic_series_is_refused(data_dir, capsys):
    code, out, err = init(capsys, "H64")
    assert code != 0 and "H01 đến H63" in err and "Đã khởi tạo" not in out


def test_import_excel_names_the_district_rows_to_update(data_dir, tmp_path, capsys):
    assert init(capsys, "H01")[0] == 0
    book = simple_workbook(tmp_path / "c.xlsx", HEADER, [["1.000010", "Cấp giấy phép A", "Xây dựng", "Cấp tỉnh"],
                                                          ["1.000020", "Đăng ký hộ kinh doanh", "Kinh doanh",
                                                           "Cấp huyện"]])
    assert main(["catalog", "import-excel", str(book)]) == 0
    out = capsys.readouterr().out
    assert "Cần cập nhật cấp thực hiện" in out and "1.000020" in out.split("Cần cập nhật")[1]
    assert "1.000010" not in out.split("Cần cập nhật")[1]

"""A real province's first round, from empty stores and through the command line only (never `demo`):
init → units import-excel → catalog import-excel → round open → reference export → three units set up
from the reference, classify, export → the province trusts their keys and imports → status → a commune
retired into another → publish."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from dvc_desktop.cli import main

PROVINCE = "H40"
PASS = "mật khẩu đủ dài của tỉnh"
OFFICE = ("000.00.01.H40", "Văn phòng UBND tỉnh")
JUSTICE = ("000.00.13.H40", "Sở Tư pháp")
HEALTH = ("000.00.14.H40", "Sở Y tế")
FINANCE = ("000.00.15.H40", "Sở Tài chính")
COMMUNE_A = ("000.00.41.H40", "UBND xã An Bình")
COMMUNE_B = ("000.00.42.H40", "UBND xã Bình Minh")
WARD = ("000.00.43.H40", "UBND phường Đông Hòa")


def units_workbook(path: Path) -> Path:
    """The office's list as offices keep it: merged titles, header below them, sections, NFD text."""
    import unicodedata

    wb = Workbook()
    ws = wb.active
    ws.append(["ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM"])
    ws.merge_cells("A1:D1")
    ws.append(["DANH SÁCH CƠ QUAN, ĐƠN VỊ"])
    ws.merge_cells("A2:D2")
    ws.append([])
    ws.append(["STT", "Tên cơ quan, đơn vị", "Mã định danh điện tử", "Ghi chú"])
    ws.append(["I. CÁC CƠ QUAN CHUYÊN MÔN THUỘC UBND TỈNH"])
    ws.append([1, unicodedata.normalize("NFD", JUSTICE[1]), JUSTICE[0].lower(), None])
    ws.append([2, HEALTH[1] + "\u00a0", " " + HEALTH[0], None])
    ws.append([3, FINANCE[1], FINANCE[0], None])
    ws.append([3, FINANCE[1], FINANCE[0], "dòng lặp lại"])
    ws.append([4, "Sở Công Thương", "000.00.16.H59", "mã tỉnh khác"])
    ws.append([])
    ws.append(["II. UBND CÁC XÃ, PHƯỜNG, ĐẶC KHU"])
    for number, (code, name) in enumerate((COMMUNE_A, COMMUNE_B, WARD), start=1):
        ws.append([number, name, code, None])
    ws.append([4, "UBND xã Không Mã", None, None])
    ws.append([5, "UBND xã " + "Rất Dài " * 40, "000.00.44.H40", None])  # longer than a name may be
    wb.save(path)
    return path


CODES = {"justice": "1.000001", "justice2": "1.000002", "health": "1.000003", "commune": "2.000004",
         "nobody": "1.000005"}


def catalog_workbook(path: Path) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["DANH MỤC THỦ TỤC HÀNH CHÍNH"])
    ws.append(["STT", "Mã TTHC", "Tên TTHC", "Lĩnh vực", "Cấp thực hiện", "Cơ quan thực hiện"])
    ws.append([1, CODES["justice"], "Cấp phiếu lý lịch tư pháp", "Lý lịch tư pháp", "Cấp tỉnh", "SỞ TƯ PHÁP"])
    ws.append([2, CODES["justice2"], "Đăng ký hành nghề luật sư", "Luật sư", "Cấp tỉnh", "Sở Tư pháp"])
    ws.append([3, CODES["health"], "Cấp chứng chỉ hành nghề khám chữa bệnh", "Khám chữa bệnh", "Cấp tỉnh",
               "So Y te"])
    ws.append([4, CODES["commune"], "Đăng ký khai sinh", "Hộ tịch", "Cấp xã", "UBND cấp xã"])
    ws.append([5, CODES["nobody"], "Cấp giấy phép khai thác khoáng sản", "Khoáng sản", "Cấp tỉnh",
               "Sở Nông nghiệp và Môi trường"])
    wb.save(path)
    return path


@pytest.fixture()
def cli(capsys, monkeypatch):
    monkeypatch.setenv("DVC_KEY_PASSPHRASE", PASS)

    def run(directory: Path, *argv: str, expect: int = 0):
        code = main(["--data-dir", str(directory), *argv])
        out, err = capsys.readouterr()
        assert code == expect, (argv, code, out, err)
        return json.loads(out) if "--json" in argv and code == 0 else (out + err)

    return run


def _init(cli, directory: Path, role: str, unit: tuple[str, str]) -> None:
    cli(directory, "init", "--role", role, "--unit-code", unit[0], "--unit-name", unit[1], "--province-code",
        PROVINCE, "--province-name", "Tỉnh Thử Nghiệm", "--province-domain", "thunghiem.gov.vn")


def test_first_round_from_empty_stores(tmp_path, cli, monkeypatch):
    office = tmp_path / "office"
    _init(cli, office, "province", OFFICE)
    # Before the units are listed no unit's key can be trusted (the reported dead end).
    imported = cli(office, "units", "import-excel", str(units_workbook(tmp_path / "don-vi.xlsx")), "--json")
    assert (imported["added"], imported["updated"], imported["dry_run"]) == (6, 0, False)
    assert [(r["row"], "H59" in r["reason"]) for r in imported["rejected"]] == [(10, True), (16, False), (17, False)]
    assert "tối đa 255" in imported["rejected"][2]["reason"]
    again = cli(office, "units", "import-excel", str(tmp_path / "don-vi.xlsx"), "--json")
    assert (again["added"], again["updated"], again["unchanged"]) == (0, 0, 6)
    units = {u["code"]: u for u in cli(office, "units", "list", "--json")["units"]}
    assert units[JUSTICE[0]] == {"code": JUSTICE[0], "name": JUSTICE[1], "level": "tinh", "kind": "department",
                                 "state": "active", "replaced_by": None}
    assert units[WARD[0]]["level"] == "xa" and units[WARD[0]]["kind"] == "commune"

    catalog = cli(office, "catalog", "import-excel", str(catalog_workbook(tmp_path / "danh-muc.xlsx")), "--json")
    assert catalog["added"] == 5 and catalog["unmatched_agencies"] == ["Sở Nông nghiệp và Môi trường"]

    deadline = date.today() + timedelta(days=14)
    opened = cli(office, "round", "open", "--name", "Rà soát DVCTT năm 2026", "--basis",
                 "Công văn 1234/UBND-KSTT ngày 01/12/2026", "--deadline", deadline.isoformat(), "--json")
    assert opened["state"] == "open" and opened["deadline"] == deadline.isoformat()
    refused = cli(office, "round", "open", "--name", "Đợt hai", "--basis", "Công văn 2/UBND", "--deadline",
                  deadline.isoformat(), expect=2)
    assert "đang mở" in refused
    reference = tmp_path / "tham-chieu.dvcpkg"
    cli(office, "reference", "export", str(reference))
    fingerprint = cli(office, "keys", "fingerprint").splitlines()[-1]

    packages, answers = [], {
        JUSTICE: [(CODES["justice"], "toan_trinh", []),
                  (CODES["justice2"], "mot_phan", ["--reason", "law_requires_presence", "--provision",
                                                   "Khoản 2 Điều 17 Luật Luật sư"])],
        HEALTH: [(CODES["health"], "toan_trinh", [])],
        COMMUNE_A: [(CODES["commune"], "toan_trinh", [])],
    }
    for unit, classified in answers.items():
        store = tmp_path / unit[0]
        _init(cli, store, "department", unit)
        result = cli(store, "reference", "import", str(reference), "--fingerprint", fingerprint, "--json")
        assert result["results"][0]["status"] == "imported"
        status = cli(store, "status", "--json")
        assert status["deadline"] == deadline.isoformat()
        assert status["round"]["basis"] == "Công văn 1234/UBND-KSTT ngày 01/12/2026"
        assert status["procedures"] == 5 and status["classified"] == 0
        for code, form, extra in classified:
            cli(store, "classify", code, "--form", form, *extra, "--ready")
        package = tmp_path / f"{unit[0]}.dvcpkg"
        cli(store, "package", "export", str(package))
        cli(store, "keys", "export-public", str(tmp_path / f"{unit[0]}.pub"))
        packages.append(package)

    # A một phần without its legal provision is refused and changes nothing.
    justice = tmp_path / JUSTICE[0]
    before = cli(justice, "status", "--json")["classified"]
    refused = cli(justice, "classify", CODES["justice"], "--form", "mot_phan", "--reason", "law_requires_presence", expect=2)
    assert "phải ghi quy định" in refused
    assert cli(justice, "status", "--json")["classified"] == before

    for unit in answers:
        cli(office, "trust", "add", str(tmp_path / f"{unit[0]}.pub"), "--unit-code", unit[0], "--yes")
    results = cli(office, "package", "import", *map(str, packages), "--json")["results"]
    assert [r["status"] for r in results] == ["imported"] * 3

    states = {u["code"]: u["state"] for u in cli(office, "status", "--json")["units"]}
    assert {code: states[code] for code in (JUSTICE[0], HEALTH[0], COMMUNE_A[0])} == dict.fromkeys(
        (JUSTICE[0], HEALTH[0], COMMUNE_A[0]), "changed")  # sent, awaiting the office's review
    assert {states[code] for code in (FINANCE[0], COMMUNE_B[0], WARD[0])} == {"never"}

    cli(office, "units", "retire", COMMUNE_B[0], "--replaced-by", COMMUNE_A[0])
    after = {u["code"]: u for u in cli(office, "status", "--json")["units"]}
    assert after[COMMUNE_B[0]]["state"] == "retired" and after[COMMUNE_B[0]]["replaced_by"] == COMMUNE_A[0]
    retired = {u["code"]: u for u in cli(office, "units", "list", "--json")["units"]}[COMMUNE_B[0]]
    assert (retired["state"], retired["replaced_by"]) == ("retired", COMMUNE_A[0])

    out = tmp_path / "danh-muc.json"
    cli(office, "publish", str(out), "--decision", "1234/QĐ-UBND ngày 15/12/2026")
    published = json.loads(out.read_text(encoding="utf-8"))
    assert published["decision"] == "1234/QĐ-UBND ngày 15/12/2026"
    rows = {(p["unit_code"], p["code"]): p for s in published["sections"] for g in s["groups"] for p in g["procedures"]}
    assert {key: row["form"] for key, row in rows.items()} == {
        (JUSTICE[0], CODES["justice"]): "toan_trinh", (JUSTICE[0], CODES["justice2"]): "mot_phan",
        (HEALTH[0], CODES["health"]): "toan_trinh", (COMMUNE_A[0], CODES["commune"]): "toan_trinh"}
    note = rows[(JUSTICE[0], CODES["justice2"])]["note"]
    assert "Khoản 2 Điều 17 Luật Luật sư" in note and "hiện diện tại cơ quan nhà nước" in note

    workbook = tmp_path / "danh-muc-cong-bo.xlsx"  # not over the catalogue imported from danh-muc.xlsx
    cli(office, "publish", str(workbook), "--decision-number", "1234/QĐ-UBND", "--decision-date", "15/12/2026")
    sheet = load_workbook(workbook, read_only=True).worksheets[0]
    title = [row[0] for row in sheet.iter_rows(max_row=4, values_only=True)]
    assert title[0] == "Phụ lục" and title[1].startswith("DANH MỤC THỦ TỤC HÀNH CHÍNH")
    assert title[3].startswith("(Kèm theo Quyết định số 1234/QĐ-UBND ngày 15 tháng 12 năm 2026 của Chủ tịch Ủy ban "
                               "nhân dân")


def test_units_import_refuses_files_it_cannot_read(tmp_path, cli):
    office = tmp_path / "office"
    _init(cli, office, "province", OFFICE)
    not_a_workbook = tmp_path / "don-vi.xlsx"
    not_a_workbook.write_bytes(b"PK\x03\x04 not really")
    message = cli(office, "units", "import-excel", str(not_a_workbook), expect=3)
    assert message.count("\n") == 1  # one line
    no_header = tmp_path / "khong-tieu-de.xlsx"
    wb = Workbook()
    wb.active.append(["Chỉ có một dòng chữ"])
    wb.save(no_header)
    assert "dvc-desktop:" in cli(office, "units", "import-excel", str(no_header), expect=3)
    assert [u["code"] for u in cli(office, "units", "list", "--json")["units"]] == [OFFICE[0]]  # set by init


def test_dry_run_changes_nothing(tmp_path, cli):
    office = tmp_path / "office"
    _init(cli, office, "province", OFFICE)
    preview = cli(office, "units", "import-excel", str(units_workbook(tmp_path / "u.xlsx")), "--dry-run", "--json")
    assert preview["added"] == 6 and preview["dry_run"] is True
    assert [u["code"] for u in cli(office, "units", "list", "--json")["units"]] == [OFFICE[0]]

"""Files that must be refused before (or while) openpyxl reads them, by the reader and the CLI.

Every refusal must be a WorkbookRejected from the reader and, on the command line, exit code 3
with one Vietnamese line on stderr, nothing on stdout, and the store left exactly as it was.
"""

from __future__ import annotations

import re
import time
import warnings
import zipfile
from pathlib import Path
from typing import Callable

import openpyxl
import openpyxl.xml
import pytest

from dvc_desktop.cli import EXIT_REJECTED
from dvc_desktop.excel import safety
from dvc_desktop.excel.catalog_reader import read_catalog
from dvc_desktop.excel.safety import WorkbookLimits, WorkbookRejected, check_container
from dvc_desktop.services.catalog import import_catalog_excel
from dvc_desktop.services.context import open_context
from dvc_desktop.services.errors import InputRejected
from storehelp import fingerprint, import_cli, init_store
from workbooks import (
    SHARED_STRINGS,
    SHEET1,
    TITLE_1,
    add_zeros_member,
    generated_rows,
    official_layout,
    read_members,
    rewrite,
    simple_workbook,
    with_billion_laughs,
    write_members,
    write_official_sample,
)

MB = 1024 * 1024
CLI_LIMIT = WorkbookLimits().max_file_bytes
# Words that only Vietnamese messages carry; every refusal names the file as "Tệp …" or "tệp …".
VIETNAMESE = re.compile(r"[ệạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]", re.IGNORECASE)


# --- Builders: each writes one hostile file into a directory and returns its path ----------------

def valid(tmp: Path, name: str = "valid.xlsx") -> Path:
    path, _ = write_official_sample(tmp / name)
    return path


def text_renamed(tmp: Path) -> Path:
    path = tmp / "danh-muc-csv.xlsx"
    path.write_text("Mã TTHC,Tên TTHC,Cấp thực hiện\n1.000010,Đăng ký khai sinh,Cấp xã\n", "utf-8")
    return path


def empty(tmp: Path) -> Path:
    path = tmp / "rong.xlsx"
    path.write_bytes(b"")
    return path


def ole2(tmp: Path) -> Path:
    """What Excel writes for a password-protected .xlsx (and what a legacy .xls is)."""
    path = tmp / "co-mat-khau.xlsx"
    path.write_bytes(safety.OLE2_MAGIC + bytes(512 - 8) + b"EncryptedPackage" + bytes(3000))
    return path


def oversized_sparse(tmp: Path) -> Path:
    path = tmp / "qua-lon.xlsx"
    with path.open("wb") as handle:
        handle.write(b"PK\x03\x04")
        handle.truncate(CLI_LIMIT + 1)
    return path


def zip_bomb(tmp: Path) -> Path:
    return add_zeros_member(valid(tmp, "base.xlsx"), tmp / "bom-nen.xlsx", 50 * MB)


def many_entries(tmp: Path, count: int = WorkbookLimits().max_entries + 1) -> Path:
    members = list(read_members(valid(tmp, "base.xlsx")).items())
    extra = [(f"xl/media/p{i}.txt", b"") for i in range(count - len(members) + 1)]
    return write_members(tmp / "nhieu-thanh-phan.xlsx", members + extra, zipfile.ZIP_STORED)


def with_member_name(bad_name: str) -> Callable[[Path], Path]:
    def build(tmp: Path) -> Path:
        members = list(read_members(valid(tmp, "base.xlsx")).items())
        return write_members(tmp / "ten-xau.xlsx", members + [(bad_name, b"<x/>")])
    return build


def duplicate_member(tmp: Path) -> Path:
    members = list(read_members(valid(tmp, "base.xlsx")).items())
    sheet = dict(members)[SHEET1]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate name
        return write_members(tmp / "trung-ten.xlsx", members + [(SHEET1, sheet)])


def xml_bomb_in_sheet(tmp: Path) -> Path:
    return rewrite(valid(tmp, "base.xlsx"), tmp / "xml-bomb-sheet.xlsx",
                   {SHEET1: lambda xml: with_billion_laughs(xml, b"<v>0</v>")})


def xml_bomb_in_shared_strings(tmp: Path) -> Path:
    return rewrite(valid(tmp, "base.xlsx"), tmp / "xml-bomb-sst.xlsx",
                   {SHARED_STRINGS: lambda xml: with_billion_laughs(xml, TITLE_1.encode())})


def no_header(tmp: Path) -> Path:
    workbook = openpyxl.Workbook()
    workbook.active.append(["Báo cáo tháng 7"])
    workbook.active.append(["STT", "Nội dung", "Ghi chú"])
    workbook.active.append([1, "1.000010", "Đăng ký khai sinh"])
    workbook.create_sheet("Trang 2").append(["Mã TTHC", "Lĩnh vực"])  # a code but no name column
    path = tmp / "khong-tieu-de.xlsx"
    workbook.save(path)
    return path


def malformed_sheet_xml(tmp: Path) -> Path:
    def break_it(xml: bytes) -> bytes:
        start = xml.index(b"<sheetData>")
        return xml[: start + 400] + b"<row r=\"99\"><c r=\"A99\"><v>1</v></row></sheetData></worksheet>"
    return rewrite(valid(tmp, "base.xlsx"), tmp / "xml-hong.xlsx", {SHEET1: break_it})


def not_a_workbook_zip(tmp: Path) -> Path:
    return write_members(tmp / "tai-lieu.xlsx", [("word/document.xml", b"<w:document/>"),
                                                  ("[Content_Types].xml", b"<Types/>")])


def missing(tmp: Path) -> Path:
    return tmp / "khong-co.xlsx"


HOSTILE: dict[str, tuple[Callable[[Path], Path], str]] = {
    # id: (builder, a fragment the message must contain)
    "text-renamed": (text_renamed, "không phải sổ tính Excel"),
    "empty": (empty, "không phải sổ tính Excel"),
    "ole2-password": (ole2, "mật khẩu"),
    "oversized-sparse": (oversized_sparse, "quá lớn"),
    "zip-bomb": (zip_bomb, "bom nén"),
    "too-many-entries": (many_entries, "bom nén"),
    "dotdot-name": (with_member_name("../../evil.xml"), "không hợp lệ hoặc trùng lặp"),
    "dotdot-inside-name": (with_member_name("xl/../../evil.xml"), "không hợp lệ hoặc trùng lặp"),
    "absolute-name": (with_member_name("/etc/evil.xml"), "không hợp lệ hoặc trùng lặp"),
    "backslash-name": (with_member_name("xl\\worksheets\\evil.xml"), "không hợp lệ hoặc trùng lặp"),
    "duplicate-name": (duplicate_member, "không hợp lệ hoặc trùng lặp"),
    "xml-bomb-sheet": (xml_bomb_in_sheet, ""),
    "xml-bomb-shared-strings": (xml_bomb_in_shared_strings, ""),
    "no-header": (no_header, "Không tìm thấy dòng tiêu đề"),
    "malformed-sheet-xml": (malformed_sheet_xml, "bị hỏng"),
    "zip-without-workbook": (not_a_workbook_zip, "thiếu xl/workbook.xml"),
    "missing-file": (missing, "Không mở được tệp"),
}


def assert_user_message(message: str, file: Path, fragment: str) -> None:
    assert "\n" not in message.strip()
    assert VIETNAMESE.search(message), message
    assert file.name in message
    assert fragment in message


# --- The builders make what they claim -------------------------------------------------------------

def test_builders_make_what_they_claim(tmp_path, levels):
    assert ole2(tmp_path).read_bytes()[:8] == bytes.fromhex("D0CF11E0A1B11AE1")
    big = oversized_sparse(tmp_path)
    assert big.stat().st_size == CLI_LIMIT + 1
    names = {n: zipfile.ZipFile(with_member_name(n)(tmp_path)).namelist()[-1]
             for n in ("../../evil.xml", "/etc/evil.xml", "xl\\worksheets\\evil.xml")}
    assert list(names) == list(names.values())  # zipfile kept the names as written
    assert [n for n in zipfile.ZipFile(duplicate_member(tmp_path)).namelist() if n == SHEET1] == [SHEET1] * 2
    bomb = zipfile.ZipFile(zip_bomb(tmp_path)).getinfo("xl/media/image1.bin")
    assert bomb.file_size == 50 * MB and bomb.file_size / bomb.compress_size > 200
    assert b"<!ENTITY lol9" in read_members(xml_bomb_in_sheet(tmp_path))[SHEET1]
    assert b"<!ENTITY lol9" in read_members(xml_bomb_in_shared_strings(tmp_path))[SHARED_STRINGS]
    assert len(zipfile.ZipFile(many_entries(tmp_path)).infolist()) > WorkbookLimits().max_entries
    # and the base they are made from is itself accepted
    assert len(read_catalog(valid(tmp_path), levels).rows) == 7


# --- Reader: WorkbookRejected -----------------------------------------------------------------------------

@pytest.mark.parametrize("case", list(HOSTILE))
def test_reader_refuses(tmp_path, levels, case):
    build, fragment = HOSTILE[case]
    path = build(tmp_path)
    with pytest.raises(WorkbookRejected) as caught:
        read_catalog(path, levels)
    assert_user_message(str(caught.value), path, fragment)


def test_reader_refuses_a_file_over_a_lowered_size_limit(tmp_path, levels):
    path = valid(tmp_path)
    size = path.stat().st_size
    with pytest.raises(WorkbookRejected, match="quá lớn"):
        read_catalog(path, levels, limits=WorkbookLimits(max_file_bytes=size - 1))
    assert read_catalog(path, levels, limits=WorkbookLimits(max_file_bytes=size)).rows


def test_reader_refuses_too_many_entries_under_a_lowered_limit(tmp_path, levels):
    path = valid(tmp_path)
    count = len(zipfile.ZipFile(path).infolist())
    with pytest.raises(WorkbookRejected, match="bom nén"):
        read_catalog(path, levels, limits=WorkbookLimits(max_entries=count - 1))
    assert read_catalog(path, levels, limits=WorkbookLimits(max_entries=count)).rows


def test_reader_refuses_a_total_uncompressed_size_over_the_limit(tmp_path, levels):
    path = valid(tmp_path)
    total = sum(i.file_size for i in zipfile.ZipFile(path).infolist())
    with pytest.raises(WorkbookRejected, match="bom nén"):
        read_catalog(path, levels, limits=WorkbookLimits(max_uncompressed_bytes=total - 1))


def test_highly_compressed_member_under_one_megabyte_is_accepted(tmp_path, levels):
    """The ratio only counts for members over 1,000,000 bytes: a 900 kB run of zeros is fine."""
    path = add_zeros_member(valid(tmp_path, "base.xlsx"), tmp_path / "zeros.xlsx", 900_000)
    info = zipfile.ZipFile(path).getinfo("xl/media/image1.bin")
    assert info.file_size / info.compress_size > 200
    assert len(read_catalog(path, levels).rows) == 7


def test_one_megabyte_member_at_a_bomb_ratio_is_refused(tmp_path, levels):
    path = add_zeros_member(valid(tmp_path, "base.xlsx"), tmp_path / "zeros.xlsx", 1_000_001)
    with pytest.raises(WorkbookRejected, match="bom nén"):
        read_catalog(path, levels)


def test_large_real_sheet_is_not_taken_for_a_bomb(tmp_path, levels):
    path = official_layout(tmp_path / "big.xlsx", generated_rows(2000) * 3)
    sheet = max(zipfile.ZipFile(path).infolist(), key=lambda i: i.file_size)
    assert sheet.file_size > 1_000_000
    read = read_catalog(path, levels)
    assert len(read.rows) == 2000 and len(read.rejected) == 4000


def test_zip_bomb_is_refused_without_inflating(tmp_path, levels, monkeypatch):
    path = zip_bomb(tmp_path)

    def forbidden(*args, **kwargs):
        raise AssertionError("a member was opened: the bomb would be inflated")

    monkeypatch.setattr(zipfile.ZipFile, "open", forbidden)
    monkeypatch.setattr(zipfile.ZipFile, "read", forbidden)
    monkeypatch.setattr(safety.openpyxl, "load_workbook", forbidden)
    started = time.perf_counter()
    with pytest.raises(WorkbookRejected, match="đã từ chối mà không giải nén"):
        read_catalog(path, levels)
    assert time.perf_counter() - started < 1.0


def test_defusedxml_is_active_in_openpyxl():
    assert openpyxl.xml.DEFUSEDXML is True
    safety.require_defusedxml()  # does not raise


def test_reader_refuses_to_run_without_defusedxml(tmp_path, levels, monkeypatch):
    path = valid(tmp_path)
    monkeypatch.setattr(openpyxl.xml, "DEFUSEDXML", False)
    with pytest.raises(RuntimeError, match="defusedxml"):
        read_catalog(path, levels)


def test_reader_refuses_to_run_when_openpyxl_would_parse_with_lxml(tmp_path, levels, monkeypatch):
    # With lxml installed openpyxl parses workbook.xml and styles with it, not defusedxml.
    path = valid(tmp_path)
    monkeypatch.setattr(openpyxl.xml, "LXML", True)
    with pytest.raises(RuntimeError, match="lxml"):
        read_catalog(path, levels)


def test_check_container_accepts_a_plain_workbook(tmp_path):
    check_container(valid(tmp_path), WorkbookLimits())


@pytest.mark.parametrize("case", ["xml-bomb-sheet", "xml-bomb-shared-strings"])
def test_xml_bomb_is_named_as_such(tmp_path, levels, case):
    path = HOSTILE[case][0](tmp_path)
    with pytest.raises(WorkbookRejected, match="XML bomb"):
        read_catalog(path, levels)


# --- Damage found only while rows are read ----------------------------------------------------------------

def corrupt_crc_late_in_sheet(tmp: Path) -> Path:
    """Stored (uncompressed) package with one byte changed near the end of a long sheet: the
    CRC is only checked once the whole member has been read, i.e. while iterating rows."""
    source = official_layout(tmp / "base.xlsx", generated_rows(1500), shared_strings=False)
    path = rewrite(source, tmp / "crc-hong.xlsx", compression=zipfile.ZIP_STORED)
    data = bytearray(path.read_bytes())
    spot = data.rindex("Thủ tục hành chính số 1500".encode())
    data[spot] = ord("X")
    path.write_bytes(bytes(data))
    return path


def non_numeric_number(tmp: Path) -> Path:
    return rewrite(valid(tmp, "base.xlsx"), tmp / "so-hong.xlsx",
                   {SHEET1: lambda xml: xml.replace(b"<v>1.00001</v>", b"<v>abc</v>", 1)})


def shared_string_out_of_range(tmp: Path) -> Path:
    return rewrite(valid(tmp, "base.xlsx"), tmp / "sst-hong.xlsx",
                   {SHEET1: lambda xml: re.sub(rb'(<c r="C7"[^>]*t="s"[^>]*><v>)\d+', rb"\g<1>99999", xml)})


LATE_DAMAGE = {
    "bad-crc-late-in-sheet": corrupt_crc_late_in_sheet,  # zipfile.BadZipFile escapes
    "non-numeric-number-cell": non_numeric_number,  # ValueError escapes
    "shared-string-index-out-of-range": shared_string_out_of_range,  # IndexError escapes
}

def test_late_damage_builders_make_what_they_claim(tmp_path):
    assert b"<v>abc</v>" in read_members(non_numeric_number(tmp_path))[SHEET1]
    assert b"<v>99999</v>" in read_members(shared_string_out_of_range(tmp_path))[SHEET1]
    with pytest.raises(zipfile.BadZipFile, match="CRC"):
        read_members(corrupt_crc_late_in_sheet(tmp_path))


@pytest.mark.parametrize("case", list(LATE_DAMAGE))
def test_reader_refuses_damage_found_while_reading_rows(tmp_path, levels, case):
    with pytest.raises(WorkbookRejected):
        read_catalog(LATE_DAMAGE[case](tmp_path), levels)


@pytest.mark.parametrize("case", list(LATE_DAMAGE))
def test_cli_refuses_damage_found_while_reading_rows(tmp_path, capsys, case):
    data_dir = init_store(tmp_path / "data")
    path = LATE_DAMAGE[case](tmp_path)
    before = fingerprint(data_dir)
    result = import_cli(capsys, data_dir, path)
    assert fingerprint(data_dir) == before
    assert result.code == EXIT_REJECTED, result.err


# --- Service and command line: exit 3, one line, store unchanged --------------------------------------

@pytest.fixture(scope="module")
def shared_store(tmp_path_factory):
    """One initialised store for all refusals: each test checks it is unchanged by its file."""
    return init_store(tmp_path_factory.mktemp("hostile") / "data")


@pytest.mark.parametrize("case", list(HOSTILE))
def test_cli_refuses_with_exit_3_one_line_and_store_unchanged(tmp_path, capsys, shared_store, case):
    build, fragment = HOSTILE[case]
    path = build(tmp_path)
    before = fingerprint(shared_store)
    started = time.perf_counter()
    result = import_cli(capsys, shared_store, path)
    elapsed = time.perf_counter() - started

    assert result.code == EXIT_REJECTED, result.err
    assert result.out == ""
    assert result.err.endswith("\n") and result.err.count("\n") == 1
    assert result.err.startswith("dvc-desktop: ")
    assert_user_message(result.err, path, fragment)
    assert "Lỗi không mong đợi" not in result.err
    assert fingerprint(shared_store) == before
    assert elapsed < 5.0


@pytest.mark.parametrize("flags", [("--dry-run",), ("--json",), ("--dry-run", "--json")])
def test_cli_refusal_is_the_same_with_flags(tmp_path, capsys, shared_store, flags):
    path = ole2(tmp_path)
    before = fingerprint(shared_store)
    result = import_cli(capsys, shared_store, path, *flags)
    assert (result.code, result.out) == (EXIT_REJECTED, "")
    assert result.err.startswith("dvc-desktop: Tệp co-mat-khau.xlsx được đặt mật khẩu")
    assert fingerprint(shared_store) == before


@pytest.mark.parametrize("case", ["zip-bomb", "xml-bomb-sheet", "empty"])
def test_service_raises_input_rejected(tmp_path, shared_store, case):
    path = HOSTILE[case][0](tmp_path)
    before = fingerprint(shared_store)
    with open_context(shared_store) as context:
        with pytest.raises(InputRejected) as caught:
            import_catalog_excel(context, path)
    assert caught.value.exit_code == EXIT_REJECTED
    assert isinstance(caught.value.__cause__, WorkbookRejected)
    assert fingerprint(shared_store) == before


def test_cli_zip_bomb_finishes_fast(tmp_path, capsys, shared_store):
    path = zip_bomb(tmp_path)
    started = time.perf_counter()
    result = import_cli(capsys, shared_store, path, "--json")
    assert result.code == EXIT_REJECTED
    assert "bom nén" in result.err
    # inflating 50 MB and parsing it would take far longer than opening the store does
    assert time.perf_counter() - started < 3.0


def test_simple_workbook_still_imports_after_refusals(tmp_path, capsys, shared_store):
    """The refusals left the store usable (lock released, nothing half-written)."""
    path = simple_workbook(tmp_path / "ok.xlsx", ("Mã TTHC", "Tên TTHC", "Cấp thực hiện"),
                           [["9.999999", "Thủ tục cuối", "Cấp tỉnh"]])
    result = import_cli(capsys, shared_store, path, "--dry-run", "--json")
    assert result.code == 0, result.err
    assert '"added": 1' in result.out

"""Build realistic catalogue workbooks (and hostile variants) with openpyxl and zipfile.

No binary fixtures are committed: every test builds what it reads into its tmp_path.

The official layout imitates the lists provinces publish: two merged title rows, a blank row,
a header whose column names vary, section rows ("A. CẤP TỈNH", "I. Lĩnh vực Tư pháp") merged
across the table, blank rows, stray spaces, NFD text, codes typed as numbers or with full-width
digits, and numbers stored as text.
"""

from __future__ import annotations

import re
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Sequence, Union

import openpyxl
from openpyxl.utils import get_column_letter

TITLE_1 = "ỦY BAN NHÂN DÂN TỈNH SƠN HÀ"
TITLE_2 = "DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA TỈNH SƠN HÀ"
OFFICIAL_HEADER = (
    "STT",
    "Mã thủ tục",
    "Tên thủ tục hành chính",
    "Lĩnh vực",
    "Cấp thực hiện",
    "Cơ quan thực hiện",
    "Mức độ",
)
# Title rows 1-2, blank row 3, header row 4: the first data row is 5.
OFFICIAL_HEADER_ROW = 4

SST_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
SST_REL_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"
SHEET1 = "xl/worksheets/sheet1.xml"
SHARED_STRINGS = "xl/sharedStrings.xml"


def nfd(text: str) -> str:
    """Decomposed Vietnamese, as some Mac and web exports write it."""
    return unicodedata.normalize("NFD", text)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@dataclass(frozen=True)
class Section:
    """A heading row without a code, merged across the table ("A. CẤP TỈNH")."""

    text: str


BLANK = None  # a wholly empty row

Row = Union[Section, None, Sequence[object]]


def _store(value: object) -> object:
    # openpyxl writes "" as an empty inline string; Excel would leave the cell empty.
    return None if value == "" else value


def official_layout(
    path: Path,
    rows: Iterable[Row],
    header: Sequence[str] = OFFICIAL_HEADER,
    *,
    sheet_title: str = "Danh mục TTHC",
    shared_strings: bool = True,
    titles: bool = True,
) -> Path:
    """Write `rows` under merged title rows and `header` (at row 4, or row 1 without titles).

    Each row is a Section, None (blank), or a sequence of cell values in header order.
    With `shared_strings` the text is moved to xl/sharedStrings.xml, as Excel stores it.
    """
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = sheet_title
    width = len(header)
    last = get_column_letter(width)
    if titles:
        sheet.append([TITLE_1])
        sheet.merge_cells(f"A1:{last}1")
        sheet.append([TITLE_2])
        sheet.merge_cells(f"A2:{last}2")
        sheet.append([])
        sheet.row_dimensions[3].height = 6
    sheet.append(list(header))
    for row in rows:
        if row is None:
            sheet.append([])
        elif isinstance(row, Section):
            sheet.append([row.text])
            number = sheet.max_row
            sheet.merge_cells(f"A{number}:{last}{number}")
        else:
            sheet.append([_store(v) for v in row])
    workbook.save(path)
    if shared_strings:
        use_shared_strings(path)
    return path


def simple_workbook(path: Path, header: Sequence[object], rows: Iterable[Row], **kwargs: object) -> Path:
    """A header on row 1 and the rows under it (no title rows)."""
    return official_layout(path, rows, header, titles=False, **kwargs)  # type: ignore[arg-type]


# --- The standard sample: what it holds and what reading it must give ------------------------

@dataclass(frozen=True)
class Expected:
    row: int
    code: str
    name: str
    sector: str
    levels: tuple[str, ...]
    agency: str
    form: str | None
    legacy: int | None


def official_sample() -> tuple[list[Row], list[Expected]]:
    """A realistic province list (rows, and the procedures reading it must yield, in order)."""
    rows: list[Row] = [
        Section(nfd("A. CẤP TỈNH")),                                                   # 5
        Section(nfd("  I.  Lĩnh vực   Tư pháp ")),                                     # 6
        [1, 1.00001, nfd("Cấp bản sao trích lục hộ tịch"), None, None,                   # 7
         nfd("Sở Tư pháp"), nfd("Mức độ 4")],
        BLANK,                                                                          # 8
        ["2", " 1.000020 ", nfd("Đăng ký  lại khai sinh  có yếu tố nước ngoài "), None, None,  # 9
         nfd("Sở Tư pháp"), nfd("Toàn trình")],
        [3, "１．００１２３４", nfd("Cấp phiếu lý lịch tư pháp"), None, nfd("Cấp xã"),        # 10
         nfd("UBND cấp xã"), nfd("Một phần")],
        Section(nfd("II. Đất đai")),                                                    # 11
        ["4", "2.000815.01", nfd("Đăng ký biến động đất đai (trường hợp chuyển nhượng)"),  # 12
         None, None, nfd("Văn phòng đăng ký đất đai"), "3"],
        BLANK,                                                                          # 13
        BLANK,                                                                          # 14
        Section(nfd("B. CẤP XÃ")),                                                     # 15
        [5, "1.000656", nfd("Đăng ký khai sinh"), None, None, nfd("UBND cấp xã"),          # 16
         nfd("Chưa trực tuyến")],
        Section(nfd("I. Lĩnh vực Hộ tịch")),                                            # 17
        [6, "2.000884.000.00.00.h59", nfd("Chứng thực bản sao từ bản chính"),            # 18
         nfd("Chứng thực"), None, nfd("UBND cấp xã"), 4],
        [7, "1.001193", nfd("Đăng ký kết hôn"), None, nfd("Cấp tỉnh; Cấp xã"),             # 19
         nfd("UBND cấp xã"), None],
    ]
    expected = [
        Expected(7, "1.000010", "Cấp bản sao trích lục hộ tịch", "Tư pháp", ("tinh",),
                 "Sở Tư pháp", None, 4),
        Expected(9, "1.000020", "Đăng ký lại khai sinh có yếu tố nước ngoài", "Tư pháp", ("tinh",),
                 "Sở Tư pháp", "toan_trinh", None),
        Expected(10, "1.001234", "Cấp phiếu lý lịch tư pháp", "Tư pháp", ("xa",),
                 "UBND cấp xã", "mot_phan", None),
        Expected(12, "2.000815.01", "Đăng ký biến động đất đai (trường hợp chuyển nhượng)",
                 "Đất đai", ("tinh",), "Văn phòng đăng ký đất đai", None, 3),
        Expected(16, "1.000656", "Đăng ký khai sinh", "", ("xa",), "UBND cấp xã",
                 "chua_truc_tuyen", None),
        Expected(18, "2.000884.000.00.00.H59", "Chứng thực bản sao từ bản chính", "Chứng thực",
                 ("xa",), "UBND cấp xã", None, 4),
        Expected(19, "1.001193", "Đăng ký kết hôn", "Hộ tịch", ("tinh", "xa"), "UBND cấp xã",
                 None, None),
    ]
    return rows, expected


def write_official_sample(path: Path, **kwargs: object) -> tuple[Path, list[Expected]]:
    rows, expected = official_sample()
    return official_layout(path, rows, **kwargs), expected  # type: ignore[arg-type]


# --- Many rows --------------------------------------------------------------------------------

_SECTORS = ("Tư pháp", "Hộ tịch", "Đất đai", "Giáo dục và Đào tạo", "Y tế", "Giao thông vận tải")
_LEVELS = ("Cấp tỉnh", "Cấp xã", "Cấp tỉnh, Cấp xã")
_FORMS = ("Toàn trình", "Một phần", "Mức độ 2", "Chưa trực tuyến")


def generated_code(index: int) -> str:
    """Distinct national codes for distinct indexes (1.100000, 2.100001, 1.100002, ...)."""
    return f"{1 + index % 2}.{100000 + index:06d}"


def generated_rows(count: int, start: int = 0, name_suffix: str = "") -> list[list[object]]:
    """`count` procedure rows in official-header order, with unique codes."""
    rows = []
    for index in range(start, start + count):
        rows.append([
            index + 1,
            generated_code(index),
            f"Thủ tục hành chính số {index + 1}{name_suffix}",
            _SECTORS[index % len(_SECTORS)],
            _LEVELS[index % len(_LEVELS)],
            "Sở Tư pháp" if index % 2 else "UBND cấp xã",
            _FORMS[index % len(_FORMS)],
        ])
    return rows


# --- Rewriting the package ----------------------------------------------------------------------

_INLINE = re.compile(rb'<c ([^>]*?)t="inlineStr"([^>]*)><is><t(?: [^>]*)?>(.*?)</t></is></c>', re.S)


def use_shared_strings(path: Path) -> Path:
    """Move every inline string of every sheet into xl/sharedStrings.xml (what Excel writes)."""
    strings: list[bytes] = []
    index: dict[bytes, int] = {}

    def shared(match: re.Match[bytes]) -> bytes:
        text = match[3]
        if text not in index:
            index[text] = len(strings)
            strings.append(text)
        return b'<c %st="s"%s><v>%d</v></c>' % (match[1], match[2], index[text])

    def sheets(name: str, data: bytes) -> bytes:
        return _INLINE.sub(shared, data) if name.startswith("xl/worksheets/") else data

    members = read_members(path)
    members = {name: sheets(name, data) for name, data in members.items()}
    sst = b"".join(b'<si><t xml:space="preserve">%s</t></si>' % s for s in strings)
    members[SHARED_STRINGS] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        b'count="%d" uniqueCount="%d">%s</sst>' % (len(strings), len(strings), sst)
    )
    members["[Content_Types].xml"] = members["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="%s"/></Types>' % SST_CONTENT_TYPE.encode(),
    )
    members["xl/_rels/workbook.xml.rels"] = members["xl/_rels/workbook.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdSst" Type="%s" Target="sharedStrings.xml"/></Relationships>'
        % SST_REL_TYPE.encode(),
    )
    write_members(path, members.items())
    return path


def read_members(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info.filename) for info in archive.infolist()}


def write_members(
    path: Path,
    members: Iterable[tuple[str, bytes]],
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """Write members exactly as named (no normalisation of '..', '/' or '\\'; duplicates kept)."""
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in members:
            info = zipfile.ZipInfo(name, date_time=(2025, 7, 1, 0, 0, 0))
            info.compress_type = compression
            archive.writestr(info, data)
    return path


def rewrite(
    source: Path,
    target: Path,
    replace: dict[str, Callable[[bytes], bytes]] | None = None,
    extra: Sequence[tuple[str, bytes]] = (),
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """Copy a workbook member by member, transforming some and appending others."""
    replace = replace or {}
    members = [(name, replace[name](data) if name in replace else data)
               for name, data in read_members(source).items()]
    return write_members(target, [*members, *extra], compression)


# --- Hostile payloads ----------------------------------------------------------------------------

BILLION_LAUGHS_DTD = (
    b'<!DOCTYPE lolz [\n'
    b' <!ENTITY lol "lol">\n'
    b' <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n'
    b' <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">\n'
    b' <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n'
    b' <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">\n'
    b' <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">\n'
    b' <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">\n'
    b' <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">\n'
    b' <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">\n'
    b' <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">\n'
    b']>\n'
)


def with_billion_laughs(xml: bytes, target: bytes) -> bytes:
    """Insert the entity declarations before the root element and expand &lol9; in place of
    the first occurrence of `target` (a piece of text content)."""
    assert target in xml, target
    body = xml.replace(target, b"&lol9;", 1)
    if body.startswith(b"<?xml"):
        declaration, rest = body.split(b"?>", 1)
        return declaration + b"?>\n" + BILLION_LAUGHS_DTD + rest.lstrip()
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + BILLION_LAUGHS_DTD + body


def add_zeros_member(path: Path, target: Path, size: int = 50 * 1024 * 1024,
                     name: str = "xl/media/image1.bin") -> Path:
    """Copy a workbook and add a member of `size` zero bytes (deflates about 1000:1)."""
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            out.writestr(info.filename, source.read(info.filename))
        chunk = bytes(1 << 20)
        with out.open(name, "w", force_zip64=size > 0x7FFFFFFF) as handle:
            while size > 0:
                handle.write(chunk[:size])
                size -= len(chunk)
    return target

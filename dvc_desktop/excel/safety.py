"""Checks run before openpyxl ever sees a file: size, container, zip bomb, XML bomb."""

from __future__ import annotations

import zipfile
import zlib
from xml.etree.ElementTree import ParseError
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import openpyxl
import openpyxl.xml
from defusedxml import DefusedXmlException

from dvc_desktop.i18n import translate

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and legacy .xls


@dataclass(frozen=True)
class WorkbookLimits:
    max_file_bytes: int = 50 * 1024 * 1024
    max_entries: int = 5_000
    max_uncompressed_bytes: int = 500 * 1024 * 1024
    max_ratio: float = 200.0  # per member; real sheets compress 5–30×
    # A national catalogue holds about 6,000 procedures; 50,000 rows import in about 35 s and 120 MB
    # (bench/workbooks.py); 200,000 took over two minutes.
    max_rows: int = 50_000


class WorkbookRejected(ValueError):
    """The file cannot be read safely; str() is the message for the user."""


def require_defusedxml() -> None:
    """openpyxl parses with defusedxml only when it is importable, and not at all for workbook.xml,
    styles, rels and content types when lxml is installed (then lxml parses them and accepts DTD
    bombs, though DEFUSEDXML still reads True): refuse to read in either case."""
    if not openpyxl.xml.DEFUSEDXML:
        raise RuntimeError("defusedxml is not active in openpyxl: refusing to read Excel files")
    if openpyxl.xml.LXML:
        raise RuntimeError("openpyxl parses with lxml (installed, OPENPYXL_LXML not False): refusing to read "
                           "Excel files, whose workbook and styles XML would not be defused")


def check_container(path: Path, limits: WorkbookLimits) -> None:
    name = path.name
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(8)
    except OSError as error:
        raise WorkbookRejected(translate("excel", "Không mở được tệp {name}: {error}", name=name,
                                         error=error.strerror or error)) from error
    if size > limits.max_file_bytes:
        raise WorkbookRejected(translate(
            "excel", "Tệp {name} quá lớn ({size} MB, tối đa {limit} MB).", name=name,
            size=round(size / 1048576, 1), limit=limits.max_file_bytes // 1048576))
    if head == OLE2_MAGIC:
        raise WorkbookRejected(translate(
            "excel", "Tệp {name} được đặt mật khẩu hoặc là định dạng .xls cũ. Hãy mở bằng Excel, "
            "bỏ mật khẩu và lưu lại dưới dạng .xlsx.", name=name))
    if not zipfile.is_zipfile(path):
        raise WorkbookRejected(translate(
            "excel", "Tệp {name} không phải sổ tính Excel (.xlsx).", name=name))
    try:
        with zipfile.ZipFile(path) as archive:
            _check_members(name, archive.infolist(), limits)
    except zipfile.BadZipFile as error:
        raise WorkbookRejected(translate("excel", "Tệp {name} bị hỏng (không đọc được nội dung nén).",
                                         name=name)) from error


def _check_members(name: str, members: list[zipfile.ZipInfo], limits: WorkbookLimits) -> None:
    bomb = translate("excel", "Tệp {name} có dấu hiệu bom nén (dung lượng giải nén bất thường); "
                              "đã từ chối mà không giải nén.", name=name)
    if len(members) > limits.max_entries:
        raise WorkbookRejected(bomb)
    names = [m.filename for m in members]
    if len(set(names)) != len(names) or any(
        n.startswith("/") or "\\" in n or ".." in n.split("/") for n in names
    ):
        raise WorkbookRejected(translate(
            "excel", "Tệp {name} chứa tên thành phần không hợp lệ hoặc trùng lặp.", name=name))
    if sum(m.file_size for m in members) > limits.max_uncompressed_bytes:
        raise WorkbookRejected(bomb)
    for member in members:
        if member.file_size > 1_000_000 and member.file_size > limits.max_ratio * max(member.compress_size, 1):
            raise WorkbookRejected(bomb)
    if "xl/workbook.xml" not in names:
        raise WorkbookRejected(translate(
            "excel", "Tệp {name} không phải sổ tính Excel (.xlsx): thiếu xl/workbook.xml.", name=name))


@contextmanager
def open_workbook(path: Path, limits: WorkbookLimits = WorkbookLimits()) -> Iterator[openpyxl.Workbook]:
    """Open read-only with cached values (never formulas); every failure is a WorkbookRejected."""
    require_defusedxml()
    check_container(path, limits)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except WorkbookRejected:
        raise
    except Exception as error:  # openpyxl raises many kinds for a malformed package
        raise _refusal(path, error) from error
    try:
        yield workbook
    except WorkbookRejected:
        raise
    except _DAMAGE as error:  # sheets are parsed lazily, so damage also shows while rows are read
        raise _refusal(path, error) from error
    finally:
        workbook.close()


# What reading a damaged package raises: bad CRCs and streams, cells whose XML says nonsense.
_DAMAGE = (DefusedXmlException, ParseError, zipfile.BadZipFile, zlib.error, ValueError, IndexError, KeyError,
           TypeError, EOFError)


def _refusal(path: Path, error: BaseException) -> WorkbookRejected:
    """An XML bomb gets its own message even when openpyxl wrapped defusedxml's exception."""
    seen: BaseException | None = error
    while seen is not None:
        if isinstance(seen, DefusedXmlException):
            return _xml_bomb(path)
        seen = seen.__cause__ or seen.__context__
    if isinstance(error, ParseError):
        return WorkbookRejected(translate(
            "excel", "Tệp {name} bị hỏng: nội dung XML không hợp lệ.", name=path.name))
    return WorkbookRejected(translate(
        "excel", "Tệp {name} bị hỏng hoặc không đúng định dạng .xlsx ({error}).",
        name=path.name, error=type(error).__name__))


def _xml_bomb(path: Path) -> WorkbookRejected:
    return WorkbookRejected(translate(
        "excel", "Tệp {name} chứa khai báo XML nguy hiểm (thực thể/DTD, kiểu “XML bomb”); "
                 "đã từ chối.", name=path.name))

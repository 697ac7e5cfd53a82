"""What the verb groups of the command line share: exit codes, the translation context, JSON output,
the reporting date option, the passphrase, an Excel import's report."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from typing import Any
from pathlib import Path

from dvc_desktop.i18n import translate

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_REJECTED = 0, 1, 2, 3


def _t(text: str, **params: object) -> str:
    return translate("cli", text, **params)


def add_as_of(parser: argparse.ArgumentParser) -> None:
    """`--as-of DATE`: the reporting date whose law the output follows (default: the open round's, else today)."""
    parser.add_argument("--as-of", metavar="DATE", type=_as_of_day, dest="as_of",
                        help=_t("ngày báo cáo, ví dụ 05/07/2026: chọn quy định áp dụng (mặc định: ngày báo cáo của "
                                "đợt đang mở, nếu không có thì hôm nay)"))


def _as_of_day(text: str):
    from dvc_desktop.services.errors import InvalidRequest
    from dvc_desktop.services.reporting import parse_day

    try:
        return parse_day(text)
    except InvalidRequest as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _print_json(payload: object) -> None:
    import json

    print(json.dumps(payload, ensure_ascii=False, indent=2))


def import_counts(report) -> str:
    """The summary line of an Excel import (catalogue, units)."""
    return _t("Trang «{sheet}», tiêu đề ở dòng {row}: thêm {added}, cập nhật {updated}, "
              "không đổi {unchanged}, từ chối {rejected}.", sheet=report.sheet, row=report.header_row,
              added=report.added, updated=report.updated, unchanged=report.unchanged,
              rejected=len(report.rejected))


def print_import(report, summary: str, details: Sequence[str] = (), after: Sequence[str] = ()) -> None:
    """An Excel import for a person: the summary (marked when nothing was changed), what changes,
    every refused row with its reason, then any remark."""
    prefix = _t("[Chạy thử, không thay đổi dữ liệu] ") if report.dry_run else ""
    print(prefix + summary)
    for line in (*details, *(_t("  dòng {row}: {reason}", row=r.row, reason=r.reason) for r in report.rejected),
                 *after):
        print(line)


def _passphrase(args: argparse.Namespace, twice: bool = False) -> str:
    """--passphrase-file (said on this command line, so it wins), else DVC_KEY_PASSPHRASE (set for the
    session), else asked at the terminal (twice for a new key)."""
    import getpass
    import os

    from dvc_desktop.services.errors import InvalidRequest

    if args.passphrase_file:
        try:
            return args.passphrase_file.read_text(encoding="utf-8").rstrip("\r\n")
        except OSError as error:
            raise InvalidRequest(_t("Không đọc được tệp mật khẩu: {error}", error=error.strerror)) from error
    if os.environ.get("DVC_KEY_PASSPHRASE"):
        return os.environ["DVC_KEY_PASSPHRASE"]
    if not sys.stdin.isatty():
        raise InvalidRequest(_t("Cần mật khẩu khóa: đặt DVC_KEY_PASSPHRASE hoặc dùng --passphrase-file."))
    first = getpass.getpass(_t("Mật khẩu khóa: "))
    if twice and getpass.getpass(_t("Nhập lại mật khẩu khóa: ")) != first:
        raise InvalidRequest(_t("Hai lần nhập mật khẩu không khớp nhau."))
    return first


def print_listing(args: argparse.Namespace, key: str, rows: Sequence[object],
                  line: Callable[[Any], str]) -> int:
    """A `… list [--json]` verb's output: `{key: [row as a dict…]}` with --json, else one line per row."""
    from dataclasses import asdict

    if getattr(args, "json", False):
        _print_json({key: [asdict(row) for row in rows]})  # type: ignore[call-overload]
        return EXIT_OK
    for row in rows:
        print(line(row))
    return EXIT_OK


MAX_PIN_FILE = 1024


def add_pin_file(parser: argparse.ArgumentParser) -> None:
    """`--pin-file FILE` after the verb (the global option before it works too)."""
    parser.add_argument("--pin-file", metavar="FILE", type=Path, dest="verb_pin_file",
                        help=_t("đọc mã PIN của token (chứng thư số) từ tệp (hoặc đặt biến DVC_TOKEN_PIN)"))


def _token_pin(args: argparse.Namespace) -> str:
    """The token's PIN: --pin-file (on this command line), else DVC_TOKEN_PIN, else asked at the terminal.
    Never stored, never logged, never echoed."""
    import getpass
    import os

    from dvc_desktop.services.errors import InvalidRequest

    path = getattr(args, "verb_pin_file", None) or getattr(args, "pin_file", None)
    if path:
        try:
            if path.stat().st_size > MAX_PIN_FILE:
                raise InvalidRequest(_t("Tệp mã PIN {name} quá lớn.", name=path.name))
            return path.read_text(encoding="utf-8").strip("\r\n")
        except (OSError, UnicodeDecodeError) as error:
            raise InvalidRequest(_t("Không đọc được tệp mã PIN: {error}",
                                    error=getattr(error, "strerror", None) or error)) from error
    if os.environ.get("DVC_TOKEN_PIN"):
        return os.environ["DVC_TOKEN_PIN"]
    if not sys.stdin.isatty():
        raise InvalidRequest(_t("Cần mã PIN của token: đặt DVC_TOKEN_PIN hoặc dùng --pin-file."))
    return getpass.getpass(_t("Mã PIN của token: "))


def signing_secrets(context, args: argparse.Namespace) -> tuple[str | None, str | None]:
    """What signing a package asks for here: the key's passphrase when the store has a key, the token's PIN
    when it has a certificate; each asked only when needed."""
    from dvc_desktop.services.packages import signing_needs

    needs = signing_needs(context)
    return (_passphrase(args) if needs.passphrase else None, _token_pin(args) if needs.pin else None)


def add_excel_import(verbs: argparse._SubParsersAction, help_text: str, handler: Callable[..., int]) -> None:
    """`… import-excel FILE [--dry-run] [--json]`: a workbook read into the store (the catalogue, the units)."""
    import_excel = verbs.add_parser("import-excel", help=help_text)
    import_excel.add_argument("file", type=Path)
    import_excel.add_argument("--dry-run", action="store_true", help=_t("chỉ báo cáo, không thay đổi dữ liệu"))
    import_excel.add_argument("--json", action="store_true")
    import_excel.set_defaults(handler=handler)

"""The command line `dvc-desktop <verb>` (contract: docs/cli.md). No Qt widgets here."""

from __future__ import annotations

import argparse
import json
import logging
import sqlite3
import sys
import tempfile
from pathlib import Path
from typing import Callable, Sequence

from dvc_desktop import __version__
from dvc_desktop.i18n import translate
from dvc_desktop.logs import configure_logging
from dvc_desktop.paths import data_dir

EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_REJECTED = 0, 1, 2, 3
log = logging.getLogger("dvc_desktop.cli")


def _t(text: str, **params: object) -> str:
    return translate("cli", text, **params)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dvc-desktop",
        description=_t("Danh mục dịch vụ công trực tuyến toàn trình / một phần của tỉnh. "
                       "Không có lệnh: mở cửa sổ ứng dụng."),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help=_t("thư mục dữ liệu (mặc định: $DVC_DATA_DIR hoặc thư mục dữ liệu người dùng)"))
    parser.add_argument("--demo", action="store_true",
                        help=_t("dùng một kho dữ liệu mẫu tạm thời (xóa khi thoát)"))
    verbs = parser.add_subparsers(dest="verb", metavar="VERB")

    init = verbs.add_parser("init", help=_t("khởi tạo: vai trò, đơn vị, tỉnh"))
    init.add_argument("--role", required=True, choices=("department", "province"))
    init.add_argument("--unit-code", required=True, help=_t("mã định danh đơn vị, ví dụ 000.00.13.H59"))
    init.add_argument("--unit-name", required=True)
    init.add_argument("--province-code", required=True, help="H01…H61")
    init.add_argument("--province-name", default="")
    init.add_argument("--province-domain", default="", help=_t("tên miền cổng tỉnh, ví dụ sonha.gov.vn"))
    init.add_argument("--unit-kind", choices=("province", "department", "district", "commune"))
    init.set_defaults(handler=_cmd_init)

    demo = verbs.add_parser("demo", help=_t("nạp bộ dữ liệu mẫu của một tỉnh"))
    demo.add_argument("--json", action="store_true")
    demo.set_defaults(handler=_cmd_demo)

    catalog = verbs.add_parser("catalog", help=_t("danh mục TTHC tham chiếu"))
    catalog_verbs = catalog.add_subparsers(dest="catalog_verb", metavar="VERB", required=True)
    import_excel = catalog_verbs.add_parser("import-excel", help=_t("nhập danh mục từ tệp .xlsx"))
    import_excel.add_argument("file", type=Path)
    import_excel.add_argument("--dry-run", action="store_true", help=_t("chỉ báo cáo, không thay đổi dữ liệu"))
    import_excel.add_argument("--json", action="store_true")
    import_excel.set_defaults(handler=_cmd_import_excel)

    status = verbs.add_parser("status", help=_t("tình hình danh mục và nộp gói của các đơn vị"))
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=_cmd_status)

    backup = verbs.add_parser("backup", help=_t("sao lưu trực tuyến kho dữ liệu"))
    backup.add_argument("out", type=Path)
    backup.set_defaults(handler=_cmd_backup)
    return parser


def _print_json(payload: object) -> None:
    print(json.dumps(payload, ensure_ascii=False, indent=2))


def _cmd_init(context, args) -> int:  # type: ignore[no-untyped-def]
    from dvc_desktop.services.setup import initialise

    identity = initialise(context, args.role, args.unit_code, args.unit_name, args.province_code,
                          args.province_name, args.province_domain, args.unit_kind)
    print(_t("Đã khởi tạo: {name} ({code}), vai trò {role}, tỉnh {province}.", name=identity.unit_name,
             code=identity.unit_code, role=identity.role.value, province=identity.province_code))
    return EXIT_OK


def _cmd_demo(context, args) -> int:  # type: ignore[no-untyped-def]
    from dvc_desktop.services.demo import load_demo

    summary = load_demo(context)
    if args.json:
        _print_json(summary.to_json())
    else:
        print(_t("Đã nạp dữ liệu mẫu: {units} đơn vị, {sectors} lĩnh vực, {procedures} TTHC, "
                 "{classifications} phân loại, {websites} trang thông tin điện tử.", **summary.to_json()))
    return EXIT_OK


def _cmd_import_excel(context, args) -> int:  # type: ignore[no-untyped-def]
    from dvc_desktop.services.catalog import import_catalog_excel

    report = import_catalog_excel(context, args.file, dry_run=args.dry_run)
    if args.json:
        _print_json(report.to_json())
        return EXIT_OK
    prefix = _t("[Chạy thử, không thay đổi dữ liệu] ") if report.dry_run else ""
    print(prefix + _t("Trang «{sheet}», tiêu đề ở dòng {row}: thêm {added}, cập nhật {updated}, "
                      "không đổi {unchanged}, từ chối {rejected}.", sheet=report.sheet, row=report.header_row,
                      added=report.added, updated=report.updated, unchanged=report.unchanged,
                      rejected=len(report.rejected)))
    for rejection in report.rejected:
        print(_t("  dòng {row}: {reason}", row=rejection.row, reason=rejection.reason))
    return EXIT_OK


def _cmd_status(context, args) -> int:  # type: ignore[no-untyped-def]
    from dvc_desktop.services.status import status

    report = status(context)
    if args.json:
        _print_json(report.to_json())
        return EXIT_OK
    print(_t("{name} ({code}), vai trò {role}, tỉnh {province}", name=report.unit_name, code=report.unit,
             role=report.role, province=report.province))
    print(_t("TTHC trong danh mục: {procedures}; số phân loại đã có hình thức: {classified}; hạn nộp: {deadline}",
             procedures=report.procedures, classified=report.classified, deadline=report.deadline or "—"))
    labels = {"on_time": _t("đúng hạn"), "late": _t("trễ hạn"), "never": _t("chưa nộp")}
    for unit in report.units:
        print(f"  {unit.code:<16} {labels[unit.state]:<10} {unit.name}")
    return EXIT_OK


def _cmd_backup(context, args) -> int:  # type: ignore[no-untyped-def]
    from dvc_desktop.services.backup import backup

    written = backup(context, args.out)
    print(_t("Đã sao lưu vào {path}.", path=written))
    return EXIT_OK


def _start_window(args: argparse.Namespace) -> int:
    """No verb: the window (on a throw-away demo store with --demo)."""
    from dvc_desktop.gui.app import run_gui

    return run_gui(data_dir(args.data_dir), demo=args.demo)


def _run(args: argparse.Namespace, handler: Callable) -> int:  # type: ignore[type-arg]
    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.demo import load_demo

    if args.demo:
        with tempfile.TemporaryDirectory(prefix="dvc-demo-") as scratch:
            with open_context(Path(scratch)) as context:
                load_demo(context)
                return handler(context, args)
    with open_context(data_dir(args.data_dir)) as context:
        return handler(context, args)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        return _start_window(args)
    log_file = configure_logging()
    try:
        return _run(args, handler)
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return EXIT_OK
    except Exception as error:  # one place turns every failure into a message and an exit code
        code, message = _describe(error)
        if code == EXIT_ERROR and not _is_expected(error):
            log.exception("unexpected error")
            if log_file:
                message += " " + _t("(chi tiết trong {path})", path=log_file)
        print(f"dvc-desktop: {message}", file=sys.stderr)
        return code


def _is_expected(error: Exception) -> bool:
    from dvc_desktop.services.errors import ServiceError
    from dvc_desktop.store.lock import StoreLockedError
    from dvc_desktop.store.migrate import ForeignDatabaseError

    return isinstance(error, (ServiceError, StoreLockedError, ForeignDatabaseError))


def _describe(error: Exception) -> tuple[int, str]:
    from sqlalchemy.exc import OperationalError

    from dvc_desktop.services.errors import ServiceError

    if isinstance(error, ServiceError):
        return error.exit_code, str(error)
    if _is_expected(error):
        return EXIT_ERROR, str(error)
    original = getattr(error, "orig", error) if isinstance(error, OperationalError) else error
    if isinstance(original, sqlite3.OperationalError) and _is_disk_full(original):
        return EXIT_ERROR, _t("Không ghi được dữ liệu: đĩa đã đầy hoặc tệp vượt giới hạn kích thước. "
                              "Dữ liệu trước đó vẫn nguyên vẹn.")
    return EXIT_ERROR, _t("Lỗi không mong đợi: {error}", error=error)


def _is_disk_full(error: sqlite3.OperationalError) -> bool:
    # SQLite reports a full disk as SQLITE_FULL but a file-size limit as SQLITE_IOERR_WRITE.
    name = getattr(error, "sqlite_errorname", "")
    return name in ("SQLITE_FULL", "SQLITE_IOERR_WRITE") or "disk is full" in str(error)


if __name__ == "__main__":
    raise SystemExit(main())

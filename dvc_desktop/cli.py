"""The command line `dvc-desktop <verb>` (contract: docs/cli.md). No Qt widgets here."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from dvc_desktop import __version__
from dvc_desktop.i18n import translate
from dvc_desktop.paths import data_dir

if TYPE_CHECKING:
    pass

# json, logging, sqlite3 and tempfile are imported where they are used: starting the window goes
# through this module, and its first paint waits for every import here (bench/startup.py).
EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_REJECTED = 0, 1, 2, 3


def _t(text: str, **params: object) -> str:
    return translate("cli", text, **params)


def _add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help=_t("thư mục dữ liệu (mặc định: $DVC_DATA_DIR hoặc thư mục dữ liệu người dùng)"))
    parser.add_argument("--demo", action="store_const", const="department",
                        help=_t("dùng một kho dữ liệu mẫu tạm thời (xóa khi thoát)"))
    parser.add_argument("--demo-province", dest="demo", action="store_const", const="province",
                        help=_t("như --demo, nhưng là kho của Văn phòng UBND tỉnh đã nhận gói của các đơn vị"))
    parser.add_argument("--passphrase-file", metavar="FILE", type=Path,
                        help=_t("đọc mật khẩu khóa từ tệp (hoặc đặt biến DVC_KEY_PASSPHRASE)"))
    parser.add_argument("--wait", type=float, default=5.0, metavar="SECONDS",
                        help=_t("chờ tối đa số giây này khi dữ liệu đang được phiên khác dùng (mặc định 5)"))
    parser.add_argument("--overwrite", action="store_true",
                        help=_t("cho phép thay tệp đầu ra đã có cùng loại (chỉ thay khi tệp mới đã ghi trọn vẹn)"))
    parser.add_argument("--take-over-lock", "--take-over", action="store_true", dest="take_over_lock",
                        help=_t("giành lại khóa dữ liệu do một máy khác để lại (chỉ khi chắc chắn máy đó không còn "
                                "mở dữ liệu này); được ghi vào nhật ký"))
    parser.add_argument("--self-test", action="store_true",
                        help=_t("tự kiểm tra bản cài đặt trong một thư mục tạm (không đụng đến dữ liệu) rồi thoát"))


def _window_arguments(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The arguments when they name no verb (start the window), parsed without building every verb's
    parser, which the window's first paint would wait for; None when there is more to parse."""
    parser = argparse.ArgumentParser(prog="dvc-desktop", add_help=False)
    _add_global_options(parser)
    args, rest = parser.parse_known_args(argv)
    return None if rest else args


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dvc-desktop",
        description=_t("Danh mục dịch vụ công trực tuyến toàn trình / một phần của tỉnh. "
                       "Không có lệnh: mở cửa sổ ứng dụng."),
    )
    _add_global_options(parser)
    verbs = parser.add_subparsers(dest="verb", metavar="VERB")

    init = verbs.add_parser("init", help=_t("khởi tạo: vai trò, đơn vị, tỉnh"))
    init.add_argument("--role", required=True, choices=("department", "province"))
    init.add_argument("--unit-code", required=True, help=_t("mã định danh đơn vị, ví dụ 000.00.13.H59"))
    init.add_argument("--unit-name", required=True)
    init.add_argument("--province-code", required=True,
                      help=_t("mã tỉnh H01…H63; mã đã ngừng sử dụng được nhận kèm cảnh báo"))
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
    status.set_defaults(handler=_cmd_status, reads_only=True)

    backup = verbs.add_parser("backup", help=_t("sao lưu trực tuyến kho dữ liệu (kèm thư mục khóa)"))
    backup.add_argument("out", type=Path)
    backup.set_defaults(handler=_cmd_backup, reads_only=True)
    restore = verbs.add_parser("restore", help=_t("khôi phục kho dữ liệu và khóa từ một bản sao lưu"))
    restore.add_argument("backup", type=Path)
    restore.set_defaults(handler=_cmd_restore, without_store=True)

    checks = verbs.add_parser("checks", help=_t("kiểm tra tính nhất quán của danh mục tổng hợp (tỉnh)"))
    checks.add_argument("--kind", action="append", metavar="KIND",
                        help=_t("chỉ một loại: disagreement, unclassified_at_level, partial_without_basis, "
                                "reclassify_nd42, portal_unpublished, contradicts_checklist, unknown_code, "
                                "level_update, website"))
    checks.add_argument("--json", action="store_true")
    add_as_of(checks)
    checks.set_defaults(handler=_cmd_checks, reads_only=True)

    review = verbs.add_parser("review", help=_t("xem xét phân loại của các đơn vị (tỉnh)"))
    review.add_argument("decision", choices=("accept", "return", "clear"),
                        help=_t("accept: chấp nhận; return: trả lại kèm ý kiến; clear: bỏ quyết định"))
    review.add_argument("--unit", required=True, metavar="CODE", help=_t("mã định danh đơn vị"))
    review.add_argument("--code", required=True, action="append", metavar="TTHC",
                        help=_t("mã TTHC (có thể lặp lại)"))
    review.add_argument("--comment", default="", help=_t("ý kiến gửi đơn vị (bắt buộc khi trả lại)"))
    review.add_argument("--json", action="store_true")
    review.set_defaults(handler=_cmd_review)

    keys = verbs.add_parser("keys", help=_t("khóa ký của đơn vị"))
    key_verbs = keys.add_subparsers(dest="keys_verb", metavar="VERB", required=True)
    key_verbs.add_parser("generate", help=_t("tạo khóa (hoặc khóa thay thế)")).set_defaults(handler=_cmd_keys_generate)
    export_public = key_verbs.add_parser("export-public", help=_t("ghi khóa công khai dạng minisign"))
    export_public.add_argument("file", type=Path)
    export_public.set_defaults(handler=_cmd_keys_export)
    key_verbs.add_parser("fingerprint", help=_t("in dấu vân tay của khóa")).set_defaults(handler=_cmd_keys_fingerprint)

    trust = verbs.add_parser("trust", help=_t("khóa của các đơn vị được tin cậy (tỉnh)"))
    trust_verbs = trust.add_subparsers(dest="trust_verb", metavar="VERB", required=True)
    trust_add = trust_verbs.add_parser("add", help=_t("tin cậy khóa công khai của một đơn vị"))
    trust_add.add_argument("file", type=Path)
    trust_add.add_argument("--unit-code", required=True)
    trust_add.add_argument("--yes", action="store_true", help=_t("không hỏi xác nhận dấu vân tay"))
    trust_add.set_defaults(handler=_cmd_trust_add)
    trust_list = trust_verbs.add_parser("list")
    trust_list.add_argument("--json", action="store_true")
    trust_list.set_defaults(handler=_cmd_trust_list)
    trust_revoke = trust_verbs.add_parser("revoke")
    trust_revoke.add_argument("key_id")
    trust_revoke.set_defaults(handler=_cmd_trust_revoke)

    reference = verbs.add_parser("reference", help=_t("gói tham chiếu của tỉnh"))
    reference_verbs = reference.add_subparsers(dest="reference_verb", metavar="VERB", required=True)
    reference_export = reference_verbs.add_parser("export")
    reference_export.add_argument("out", type=Path)
    reference_export.set_defaults(handler=_cmd_reference_export)
    reference_import = reference_verbs.add_parser("import")
    reference_import.add_argument("file", type=Path)
    reference_import.add_argument("--fingerprint", help=_t("dấu vân tay khóa của tỉnh (lần nhập đầu tiên)"))
    reference_import.add_argument("--json", action="store_true")
    reference_import.set_defaults(handler=_cmd_reference_import)

    package = verbs.add_parser("package", help=_t("gói dữ liệu ký số"))
    package_verbs = package.add_subparsers(dest="package_verb", metavar="VERB", required=True)
    package_export = package_verbs.add_parser("export", help=_t("xuất gói của đơn vị gửi tỉnh"))
    package_export.add_argument("out", type=Path)
    package_export.set_defaults(handler=_cmd_package_export)
    package_verify = package_verbs.add_parser("verify", help=_t("kiểm tra gói, không thay đổi dữ liệu"))
    package_verify.add_argument("file", type=Path)
    package_verify.add_argument("--fingerprint")
    package_verify.add_argument("--json", action="store_true")
    package_verify.set_defaults(handler=_cmd_package_verify, reads_only=True)
    package_import = package_verbs.add_parser("import", help=_t("nhập các gói (tỉnh: gói của đơn vị; đơn vị: biên nhận)"))
    package_import.add_argument("files", type=Path, nargs="+")
    package_import.add_argument("--dry-run", action="store_true")
    package_import.add_argument("--json", action="store_true")
    package_import.add_argument("--fingerprint")
    package_import.set_defaults(handler=_cmd_package_import)

    receipt = verbs.add_parser("receipt", help=_t("biên nhận của tỉnh gửi đơn vị"))
    receipt_verbs = receipt.add_subparsers(dest="receipt_verb", metavar="VERB", required=True)
    receipt_export = receipt_verbs.add_parser("export")
    receipt_export.add_argument("unit_code")
    receipt_export.add_argument("out", type=Path)
    receipt_export.set_defaults(handler=_cmd_receipt_export)
    receipt_import = receipt_verbs.add_parser("import")
    receipt_import.add_argument("file", type=Path)
    receipt_import.add_argument("--json", action="store_true")
    receipt_import.set_defaults(handler=_cmd_receipt_import)

    from dvc_desktop import cli_department, cli_indicators, cli_province, cli_publication, cli_reports

    for module in (cli_province, cli_department, cli_publication, cli_indicators, cli_reports):
        module.add_verbs(verbs)
    return parser


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


def _cmd_init(context, args) -> int:
    import os

    from dvc_desktop.services.keys import key_info, keys_dir, stored_public_key
    from dvc_desktop.services.setup import identity_warnings, set_up

    # The signing key is made with the identity (one unit of work) when a passphrase is at hand and the
    # unit has no key yet; otherwise `keys generate` later.
    wants_key = bool(os.environ.get("DVC_KEY_PASSPHRASE") or args.passphrase_file or sys.stdin.isatty())
    passphrase = _passphrase(args, twice=True) if wants_key and stored_public_key(keys_dir(context)) is None else None
    done = set_up(context, args.role, args.unit_code, args.unit_name, args.province_code, args.province_name,
                  args.province_domain, args.unit_kind, passphrase=passphrase)
    identity = done.identity
    print(_t("Đã khởi tạo: {name} ({code}), vai trò {role}, tỉnh {province}.", name=identity.unit_name,
             code=identity.unit_code, role=identity.role.value, province=identity.province_code))
    for warning in identity_warnings(identity.province_code, context.today()):
        print(_t("Cảnh báo: {warning}", warning=warning), file=sys.stderr)
    if done.key_created:
        info = key_info(context)
        print(_t("Đã tạo khóa ký {key}. Dấu vân tay: {fp}", key=info.key_id, fp=info.fingerprint))
    return EXIT_OK


def _cmd_demo(context, args) -> int:
    from dvc_desktop.demo.build import load_demo

    summary = load_demo(context)
    if args.json:
        _print_json(summary.to_json())
    else:
        print(_t("Đã nạp dữ liệu mẫu: {units} đơn vị, {sectors} lĩnh vực, {procedures} TTHC, "
                 "{classifications} phân loại, {websites} trang thông tin điện tử.", **summary.to_json()))
        if summary.packages_imported:
            print(_t("Tỉnh đã nhận {packages} gói của {units} đơn vị; {late} đơn vị trễ hạn (hạn nộp {deadline}).",
                     packages=summary.packages_imported, units=summary.units_submitted, late=summary.units_late,
                     deadline=summary.deadline))
        for warning in summary.warnings:
            print(_t("Cảnh báo: {warning}", warning=warning), file=sys.stderr)
    return EXIT_OK


def _cmd_import_excel(context, args) -> int:
    from dvc_desktop.services.catalog import import_catalog_excel

    report = import_catalog_excel(context, args.file, dry_run=args.dry_run)
    if args.json:
        _print_json(report.to_json())
        return EXIT_OK
    unmatched = [_t("Cơ quan thực hiện chưa khớp đơn vị nào trong danh sách của tỉnh ({n}): {names}",
                    n=len(report.unmatched_agencies), names="; ".join(report.unmatched_agencies))
                 ] if report.unmatched_agencies else []
    if report.level_update_codes:
        # Law 72/2025: no district level from 1/7/2025; the rows are kept and flagged, never dropped.
        unmatched.append(_t("Cần cập nhật cấp thực hiện (cấp huyện không còn từ 01/7/2025) ({n}): {codes}",
                            n=len(report.level_update_codes), codes=", ".join(report.level_update_codes)))
    if report.into_unit_list:
        unmatched.insert(0, _t("Ở đơn vị: các dòng vào danh sách thủ tục của đơn vị; mã chưa có trong danh mục tham "
                               "chiếu thành thủ tục riêng của đơn vị."))
    if report.reference_kept:
        unmatched.append(_t("Giữ nguyên dữ liệu tham chiếu của tỉnh (tệp ghi khác, không ghi đè) ({n}): {codes}",
                            n=len(report.reference_kept), codes=", ".join(report.reference_kept)))
    print_import(report, import_counts(report), after=unmatched)
    return EXIT_OK


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


def _cmd_status(context, args) -> int:
    from dvc_desktop.services.status import status

    report = status(context)
    if args.json:
        _print_json(report.to_json())
        return EXIT_OK
    print(_t("{name} ({code}), vai trò {role}, tỉnh {province}", name=report.unit_name, code=report.unit,
             role=report.role, province=report.province))
    print(_t("TTHC trong danh mục: {procedures}; số phân loại đã có hình thức: {classified}; hạn nộp: {deadline}",
             procedures=report.procedures, classified=report.classified, deadline=report.deadline or "—"))
    if report.round:
        print(_t("Đợt rà soát: {name} (căn cứ: {basis})", name=report.round["name"], basis=report.round["basis"] or "—"))
    labels = {"on_time": _t("đúng hạn"), "changed": _t("chờ xem xét"), "returned": _t("bị trả lại"),
              "incomplete": _t("còn chưa phân loại"), "late": _t("trễ hạn"), "never": _t("chưa nộp"),
              "retired": _t("đã giải thể")}
    for unit in report.units:
        label = labels[unit.state] + (_t(" (gửi trễ)") if unit.sent_late else "")
        print(f"  {unit.code:<16} {label:<12} {unit.name}")
    return EXIT_OK


def _cmd_checks(context, args) -> int:
    from dataclasses import asdict

    from dvc_desktop.services.checks import KINDS, run_checks

    unknown = sorted(set(args.kind or ()) - set(KINDS))
    if unknown:
        print(_t("Không có loại kiểm tra «{kind}».", kind=", ".join(unknown)), file=sys.stderr)
        return EXIT_USAGE
    findings = [f for f in run_checks(context, as_of=args.as_of) if not args.kind or f.kind in args.kind]
    if args.json:
        _print_json([asdict(f) for f in findings])
        return EXIT_OK
    for finding in findings:
        print(f"{finding.kind:<24} {finding.unit_code:<16} {finding.procedure_code:<22} {finding.message}")
    print(_t("{n} vấn đề.", n=len(findings)))
    return EXIT_OK


def _cmd_review(context, args) -> int:
    from dvc_desktop.services.review import find_classification, review

    decision = {"accept": "accepted", "return": "returned", "clear": ""}[args.decision]
    ids = [find_classification(context, args.unit, code) for code in args.code]
    rows = review(context, ids, decision, args.comment)
    if args.json:
        _print_json([{"unit": r.unit_code, "code": r.code, "review_status": r.review_status,
                      "review_comment": r.review_comment} for r in rows])
    else:
        print(_t("Đã ghi quyết định cho {n} phân loại của {unit}; biên nhận tiếp theo sẽ gửi cho đơn vị.",
                 n=len(rows), unit=args.unit))
    return EXIT_OK


def _cmd_backup(context, args) -> int:
    from dvc_desktop.services.backup import backup

    written = backup(context, args.out)
    print(_t("Đã sao lưu vào {path}.", path=written))
    return EXIT_OK


def _cmd_restore(folder, lock, args) -> int:
    from dvc_desktop.services.backup import restore

    done = restore(folder, args.backup, lock)
    print(_t("Đã khôi phục kho dữ liệu từ {path}.", path=args.backup))
    for kept in done.set_aside:
        print(_t("Bản cũ được giữ lại: {path}", path=kept))
    if done.key_files:
        print(_t("Đã đặt lại {n} tệp khóa từ bản sao lưu.", n=len(done.key_files)))
    return EXIT_OK


# ---------------------------------------------------------------- keys and packages


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


def _cmd_keys_generate(context, args) -> int:
    from dvc_desktop.services.keys import generate_signing_key

    info = generate_signing_key(context, _passphrase(args, twice=True))
    if info.pending_rotation:
        print(_t("Đã tạo khóa thay thế {new}; gói kế tiếp (ký bằng khóa hiện tại {old}) sẽ thông báo khóa mới.",
                 new=info.pending_rotation, old=info.key_id))
    else:
        print(_t("Đã tạo khóa {key}. Dấu vân tay: {fp}", key=info.key_id, fp=info.fingerprint))
    return EXIT_OK


def _cmd_keys_export(context, args) -> int:
    from dvc_desktop.services.keys import export_public_key, key_info

    export_public_key(context, args.file)
    print(_t("Đã ghi khóa công khai vào {path}. Dấu vân tay: {fp}", path=args.file, fp=key_info(context).fingerprint))
    return EXIT_OK


def _cmd_keys_fingerprint(context, args) -> int:
    from dvc_desktop.services.keys import key_info

    info = key_info(context)
    print(_t("Khóa {key}, tạo lúc {at}", key=info.key_id, at=info.created_at))
    print(info.fingerprint)
    return EXIT_OK


def _cmd_trust_add(context, args) -> int:
    from dvc_desktop.services.keys import add_trusted_key, fingerprint, read_public_key

    shown = fingerprint(read_public_key(args.file))
    print(_t("Dấu vân tay của khóa: {fp}", fp=shown))
    if not args.yes and sys.stdin.isatty():
        answer = input(_t("Khớp với dấu vân tay đơn vị {unit} cung cấp? [c/K] ", unit=args.unit_code))
        from dvc_desktop.domain.text import fold

        if fold(answer) not in ("c", "co", "y", "yes"):
            print(_t("Không thêm khóa."))
            return EXIT_USAGE
    view = add_trusted_key(context, args.file, args.unit_code)
    print(_t("Đã tin cậy khóa {key} cho đơn vị {unit}.", key=view.key_id, unit=view.unit_code))
    return EXIT_OK


def _cmd_trust_list(context, args) -> int:
    from dataclasses import asdict

    from dvc_desktop.services.keys import list_trusted

    keys = list_trusted(context)
    if args.json:
        _print_json({"keys": [asdict(k) for k in keys]})
        return EXIT_OK
    for key in keys:
        print(f"{key.unit_code:<16} {key.key_id}  {key.state:<8} {key.fingerprint}")
    return EXIT_OK


def _cmd_trust_revoke(context, args) -> int:
    from dvc_desktop.services.keys import revoke

    view = revoke(context, args.key_id)
    print(_t("Đã thu hồi khóa {key} của đơn vị {unit}.", key=view.key_id, unit=view.unit_code))
    return EXIT_OK


def _print_export(result) -> None:
    from dvc_desktop.services.packages import kind_label

    print(_t("Đã ghi gói {kind} số {sequence} ({records} bản ghi, {size} KB) vào {path}, ký bằng khóa {key}.",
             kind=kind_label(result.kind), sequence=result.sequence, records=result.records, size=round(result.size / 1024, 1),
             path=result.path, key=result.key_id))
    if result.announced_key:
        print(_t("Gói này thông báo khóa mới {key}; từ nay gói được ký bằng khóa mới.", key=result.announced_key))


def _cmd_package_export(context, args) -> int:
    from dvc_desktop.services.packages import export_submission

    _print_export(export_submission(context, args.out, _passphrase(args)))
    return EXIT_OK


def _cmd_reference_export(context, args) -> int:
    from dvc_desktop.services.packages import export_reference

    _print_export(export_reference(context, args.out, _passphrase(args)))
    return EXIT_OK


def _cmd_receipt_export(context, args) -> int:
    from dvc_desktop.services.packages import export_receipt

    _print_export(export_receipt(context, args.unit_code, args.out, _passphrase(args)))
    return EXIT_OK


def _cmd_package_verify(context, args) -> int:
    from dvc_desktop.services.packages import verify_package

    result = verify_package(context, args.file, args.fingerprint)
    if args.json:
        _print_json(result)
    elif result["valid"]:
        print(_t("Gói hợp lệ: {kind} số {sequence} của {sender} gửi {recipient}, {n} bản ghi, khóa {key}.",
                 kind=result["kind"], sequence=result["sequence"], sender=result["sender"],
                 recipient=result["recipient"], n=result["procedures"], key=result["key_id"]))
    if not result["valid"]:
        print(f"dvc-desktop: {result['reason']}", file=sys.stderr)
        return EXIT_REJECTED
    return EXIT_OK


def _import(context, args, files, only_kind=None) -> int:
    from dvc_desktop.services.packages import import_packages

    results = import_packages(context, files, dry_run=getattr(args, "dry_run", False),
                              expected_fingerprint=getattr(args, "fingerprint", None), only_kind=only_kind)
    if getattr(args, "json", False):
        _print_json({"results": [r.to_json() for r in results]})
    else:
        for r in results:
            if r.status == "rejected":
                print(_t("{file}: TỪ CHỐI: {reason}", file=r.file, reason=r.reason))
            elif r.status == "already_imported":
                print(_t("{file}: đã nhập trước đây, không thay đổi.", file=r.file))
            else:
                prefix = _t("[Chạy thử] ") if r.status == "would_import" else ""
                print(prefix + _t("{file}: {kind} số {sequence} của {sender}: thêm {added}, bỏ {removed}, "
                                  "đổi {changed}, trang web đổi {sites}.", file=r.file, kind=r.kind,
                                  sequence=r.sequence, sender=r.sender, added=r.added, removed=r.removed,
                                  changed=r.changed, sites=r.websites_changed))
                for change in r.changes[:50]:
                    print(f"    {change.change:<8} {change.code:<24} {change.before or '—'} → {change.after or '—'}"
                          f"  {change.detail}")
                if r.figures_changes:
                    print(_t("  số liệu hồ sơ đổi ở {n} quý: {periods}", n=r.figures_changed,
                             periods=", ".join(f"{c.period} ({c.change})" for c in r.figures_changes)))
    rejected = [r for r in results if r.status == "rejected"]
    for r in rejected:
        print(f"dvc-desktop: {r.file}: {r.reason}", file=sys.stderr)
    return EXIT_REJECTED if rejected else EXIT_OK


def _cmd_package_import(context, args) -> int:
    return _import(context, args, args.files)


def _cmd_reference_import(context, args) -> int:
    return _import(context, args, [args.file], only_kind="reference")


def _cmd_receipt_import(context, args) -> int:
    return _import(context, args, [args.file], only_kind="receipt")


def _start_window(args: argparse.Namespace) -> int:
    """No verb: the window (on a throw-away demo store with --demo)."""
    from dvc_desktop.gui.app import run_gui

    return run_gui(data_dir(args.data_dir), demo=args.demo)


def _run(args: argparse.Namespace, handler: Callable) -> int:
    from dvc_desktop.services.context import open_context
    from dvc_desktop.demo.build import load_demo

    if args.demo:
        import tempfile

        from dvc_desktop.services.settings import Role

        with tempfile.TemporaryDirectory(prefix="dvc-demo-") as scratch:
            with open_context(Path(scratch)) as context:
                load_demo(context, role=Role(args.demo))
                context.overwrite = args.overwrite
                return handler(context, args)
    from dvc_desktop.store.lock import StoreLock, StoreLockedError

    folder = data_dir(args.data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    lock = StoreLock(folder)
    try:
        reads_only = getattr(args, "reads_only", False)  # held: runs beside the holder, no need to wait
        lock.acquire(0.0 if reads_only else max(0.0, args.wait), lambda: print(_t(
            "Dữ liệu đang được một phiên khác dùng; chờ tối đa {seconds} giây…", seconds=f"{args.wait:g}"),
            file=sys.stderr, flush=True))
    except StoreLockedError as error:
        if reads_only and error.holder is not None and not error.other_host:
            # The window (or another command) has the store: a command that only reads runs beside it,
            # on SQLite's own locking, as a reader of the committed data.
            context = open_context(folder, shared=True)
            context.overwrite = args.overwrite
            with context:
                return handler(context, args)
        if not (error.other_host and args.take_over_lock):
            raise
        holder = lock.take_over()
        print(_t("Đã giành lại khóa dữ liệu từ máy {host}.", host=holder.host if holder else "?"), file=sys.stderr)
    if getattr(args, "without_store", False):  # `restore`: the store may be too damaged to open
        try:
            return handler(folder, lock, args)
        finally:
            lock.release()
    try:
        context = open_context(folder, lock=lock)
    except BaseException:
        lock.release()
        raise
    context.overwrite = args.overwrite
    with context:
        return handler(context, args)


def utf8_output() -> None:
    """JSON, CSV and messages leave as UTF-8 whatever the console's code page: redirected on Windows,
    `status --json > out.json` would otherwise be encoded in cp1252 or cp1258 and fail on Vietnamese
    letters ("'charmap' codec can't encode"). The bundle also runs in Python's UTF-8 mode (installer.spec)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "").replace("_", "")
        if stream is not None and encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    utf8_output()
    args = _window_arguments(argv) or build_parser().parse_args(argv)
    if args.self_test:
        from dvc_desktop.selftest import run_self_test

        return run_self_test()
    handler = getattr(args, "handler", None)
    if handler is None:
        return _start_window(args)
    from dvc_desktop.logs import configure_logging

    log_file = configure_logging()
    try:
        return _run(args, handler)
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return EXIT_OK
    except Exception as error:  # one place turns every failure into a message and an exit code
        code, message = _describe(error)
        if code == EXIT_ERROR and not _is_expected(error):
            import logging

            logging.getLogger("dvc_desktop.cli").exception("unexpected error")
            if log_file:
                message += " " + _t("(chi tiết trong {path})", path=log_file)
        print(f"dvc-desktop: {message}", file=sys.stderr)
        return code


def _is_expected(error: Exception) -> bool:
    from dvc_desktop.services.errors import ServiceError
    from dvc_desktop.store.integrity import StoreDamaged
    from dvc_desktop.store.lock import StoreLockedError
    from dvc_desktop.store.migrate import ForeignDatabaseError

    from dvc_desktop.domain.errors import DomainError

    return isinstance(error, (ServiceError, StoreLockedError, ForeignDatabaseError, StoreDamaged, DomainError))


def _describe(error: Exception) -> tuple[int, str]:
    from dvc_desktop.services.errors import ServiceError
    from dvc_desktop.store.disk import disk_full_message, is_disk_full, where

    if isinstance(error, ServiceError):
        return error.exit_code, str(error)
    from dvc_desktop.domain.errors import DomainError

    if isinstance(error, DomainError):  # a value a rule refuses (text the store's last guard caught)
        from dvc_desktop.services.errors import InvalidRequest

        return InvalidRequest.exit_code, str(error)
    if _is_expected(error):
        return EXIT_ERROR, str(error)
    if is_disk_full(error):
        return EXIT_ERROR, disk_full_message(where(error))
    return EXIT_ERROR, _t("Lỗi không mong đợi: {error}", error=error)


if __name__ == "__main__":
    raise SystemExit(main())

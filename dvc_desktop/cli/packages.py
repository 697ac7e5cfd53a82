"""`reference …`, `package …`, `receipt …`: signed packages (contract: docs/cli.md, docs/package-format.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dvc_desktop.cli.common import EXIT_OK, EXIT_REJECTED, _print_json, _t, add_pin_file, signing_secrets


def add_verbs(verbs: argparse._SubParsersAction) -> None:
    reference = verbs.add_parser("reference", help=_t("gói tham chiếu của tỉnh"))
    reference_verbs = reference.add_subparsers(dest="reference_verb", metavar="VERB", required=True)
    reference_export = reference_verbs.add_parser("export")
    reference_export.add_argument("out", type=Path)
    add_pin_file(reference_export)
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
    add_pin_file(package_export)
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
    add_pin_file(receipt_export)
    receipt_export.set_defaults(handler=_cmd_receipt_export)
    receipt_import = receipt_verbs.add_parser("import")
    receipt_import.add_argument("file", type=Path)
    receipt_import.add_argument("--json", action="store_true")
    receipt_import.set_defaults(handler=_cmd_receipt_import)


def _print_export(result) -> None:
    from dvc_desktop.services.packages import kind_label

    size = round(result.size / 1024, 1)
    if result.key_id and result.certificate:
        print(_t("Đã ghi gói {kind} số {sequence} ({records} bản ghi, {size} KB) vào {path}, ký bằng khóa {key} và "
                 "chứng thư số của «{holder}».", kind=kind_label(result.kind), sequence=result.sequence,
                 records=result.records, size=size, path=result.path, key=result.key_id, holder=result.certificate))
    elif result.certificate:
        print(_t("Đã ghi gói {kind} số {sequence} ({records} bản ghi, {size} KB) vào {path}, ký bằng chứng thư số "
                 "của «{holder}».", kind=kind_label(result.kind), sequence=result.sequence, records=result.records,
                 size=size, path=result.path, holder=result.certificate))
    else:
        print(_t("Đã ghi gói {kind} số {sequence} ({records} bản ghi, {size} KB) vào {path}, ký bằng khóa {key}.",
                 kind=kind_label(result.kind), sequence=result.sequence, records=result.records, size=size,
                 path=result.path, key=result.key_id))
    if result.announced_key:
        print(_t("Gói này thông báo khóa mới {key}; từ nay gói được ký bằng khóa mới.", key=result.announced_key))


def _cmd_package_export(context, args) -> int:
    from dvc_desktop.services.packages import export_submission

    _print_export(export_submission(context, args.out, *signing_secrets(context, args)))
    return EXIT_OK


def _cmd_reference_export(context, args) -> int:
    from dvc_desktop.services.packages import export_reference

    _print_export(export_reference(context, args.out, *signing_secrets(context, args)))
    return EXIT_OK


def _cmd_receipt_export(context, args) -> int:
    from dvc_desktop.services.packages import export_receipt

    _print_export(export_receipt(context, args.unit_code, args.out, *signing_secrets(context, args)))
    return EXIT_OK


def _cmd_package_verify(context, args) -> int:
    from dvc_desktop.services.packages import verify_package

    result = verify_package(context, args.file, args.fingerprint)
    if args.json:
        _print_json(result)
    elif result["valid"]:
        print(_t("Gói hợp lệ: {kind} số {sequence} của {sender} gửi {recipient}, {n} bản ghi, khóa {key}.",
                 kind=result["kind"], sequence=result["sequence"], sender=result["sender"],
                 recipient=result["recipient"], n=result["procedures"], key=result["key_id"] or "—"))
        if result.get("certificate"):
            signed = result["certificate"]
            print(_t("Ký bằng chứng thư số của «{holder}» (tổ chức «{organisation}», số sê-ri {serial}) lúc {at}.",
                     holder=signed["common_name"], organisation=signed["organisation"], serial=signed["serial"],
                     at=signed["signing_time"]))
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

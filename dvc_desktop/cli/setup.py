"""`init`, `demo`, `backup`, `restore`: the store itself (contract: docs/cli.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dvc_desktop.cli.common import EXIT_OK, _passphrase, _print_json, _t


def add_verbs(verbs: argparse._SubParsersAction) -> None:
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

    backup = verbs.add_parser("backup", help=_t("sao lưu trực tuyến kho dữ liệu (kèm thư mục khóa)"))
    backup.add_argument("out", type=Path)
    backup.set_defaults(handler=_cmd_backup, reads_only=True)
    restore = verbs.add_parser("restore", help=_t("khôi phục kho dữ liệu và khóa từ một bản sao lưu"))
    restore.add_argument("backup", type=Path)
    restore.set_defaults(handler=_cmd_restore, without_store=True)


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

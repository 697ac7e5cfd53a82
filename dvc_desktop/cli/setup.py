"""`init`, `demo`, `backup`, `restore`: the store itself (contract: docs/cli.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dvc_desktop.cli.common import EXIT_ERROR, EXIT_OK, EXIT_USAGE, _passphrase, _print_json, _t


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

    move = verbs.add_parser("migrate-store", help=_t("chuyển kho SQLite của máy này lên máy chủ PostgreSQL (kiểm tra "
                                                     "số dòng và tổng kiểm từng bảng; tệp SQLite giữ nguyên)"))
    move.add_argument("--to", required=True, metavar="URL",
                      help=_t("máy chủ đích, trống: postgresql+psycopg://người_dùng@máy_chủ/tên_csdl"))
    move.add_argument("--use", action="store_true", help=_t("sau khi chuyển, máy này dùng kho trên máy chủ"))
    move.add_argument("--json", action="store_true")
    move.set_defaults(handler=_cmd_migrate_store, without_store=True, local_store=True)

    server = verbs.add_parser("server", help=_t("kho của tỉnh trên máy chủ PostgreSQL: xem, thử, chọn, bỏ"))
    server_verbs = server.add_subparsers(dest="server_verb", required=True, metavar="VERB")
    show = server_verbs.add_parser("show", help=_t("kho đang dùng và tên cán bộ ghi vào nhật ký"))
    show.set_defaults(handler=_cmd_server_show, settings_only=True)
    test = server_verbs.add_parser("test", help=_t("thử kết nối tới máy chủ"))
    test.add_argument("url", nargs="?")
    test.set_defaults(handler=_cmd_server_test, settings_only=True)
    use = server_verbs.add_parser("use", help=_t("máy này dùng kho trên máy chủ (mật khẩu để trong pgpass)"))
    use.add_argument("url")
    use.set_defaults(handler=_cmd_server_use, settings_only=True)
    forget = server_verbs.add_parser("forget", help=_t("máy này trở lại dùng kho SQLite của mình"))
    forget.set_defaults(handler=_cmd_server_forget, settings_only=True)
    staff = server_verbs.add_parser("staff-name", help=_t("tên cán bộ ghi vào nhật ký (mặc định: tài khoản máy)"))
    staff.add_argument("name", nargs="?", default="")
    staff.set_defaults(handler=_cmd_staff_name, settings_only=True)


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


def _cmd_restore(folder, lock, args, url: str | None = None) -> int:
    from dvc_desktop.services.backup import restore, restore_on_server

    if url is not None:
        restore_on_server(url, args.backup)  # refused with the way: pg_restore on the server (docs/server.md)

    done = restore(folder, args.backup, lock)
    print(_t("Đã khôi phục kho dữ liệu từ {path}.", path=args.backup))
    for kept in done.set_aside:
        print(_t("Bản cũ được giữ lại: {path}", path=kept))
    if done.key_files:
        print(_t("Đã đặt lại {n} tệp khóa từ bản sao lưu.", n=len(done.key_files)))
    return EXIT_OK


def _cmd_migrate_store(folder, lock, args, url: str | None = None) -> int:
    from dvc_desktop.services.context import current_actor
    from dvc_desktop.services.server import migrate_store, use_server

    last = [-1]

    def progress(done: int, total: int) -> None:
        percent = done * 100 // total if total else 100
        if percent // 10 != last[0]:
            last[0] = percent // 10
            print(_t("Đã chép {done}/{total} dòng…", done=done, total=total), file=sys.stderr, flush=True)

    moved = migrate_store(folder, lock, args.to, current_actor(folder), progress)
    if args.use:
        use_server(folder, args.to)
    if args.json:
        _print_json({"revision": moved.revision, "rows": moved.rows,
                     "tables": [{"table": c.table, "rows": c.rows, "sha256": c.sha256} for c in moved.tables]})
        return EXIT_OK
    for check in moved.tables:
        print(f"{check.table:<28} {check.rows:>8}  {check.sha256[:16]}")
    print(_t("Đã chuyển {rows} dòng của {tables} bảng lên máy chủ; số dòng và tổng kiểm từng bảng khớp. Tệp SQLite "
             "giữ nguyên.", rows=moved.rows, tables=len(moved.tables)))
    if args.use:
        print(_t("Từ nay máy này dùng kho trên máy chủ."))
    return EXIT_OK


def _cmd_server_show(folder, lock, args, url: str | None = None) -> int:
    from dvc_desktop import local_settings
    from dvc_desktop.services.context import current_actor
    from dvc_desktop.services.server import checked_url

    chosen = local_settings.database_url(folder, url)
    print(_t("Kho dữ liệu: {where}", where=checked_url(chosen) if chosen else folder))
    print(_t("Tên cán bộ ghi vào nhật ký: {name}", name=current_actor(folder)))
    return EXIT_OK


def _cmd_server_test(folder, lock, args, url: str | None = None) -> int:
    from dvc_desktop import local_settings
    from dvc_desktop.services.server import test_connection

    chosen = args.url or local_settings.database_url(folder, url)
    if not chosen:
        print(_t("Máy này đang dùng kho SQLite; hãy cho địa chỉ máy chủ để thử."), file=sys.stderr)
        return EXIT_USAGE
    report = test_connection(chosen)
    print(report.message, file=sys.stdout if report.ok else sys.stderr)
    return EXIT_OK if report.ok else EXIT_ERROR


def _cmd_server_use(folder, lock, args, url: str | None = None) -> int:
    from dvc_desktop.services.server import use_server

    chosen = use_server(folder, args.url)
    print(_t("Từ nay máy này dùng kho trên máy chủ {url}.", url=chosen))
    return EXIT_OK


def _cmd_server_forget(folder, lock, args, url: str | None = None) -> int:
    from dvc_desktop.services.server import use_server

    use_server(folder, None)
    print(_t("Máy này trở lại dùng kho SQLite trong {path}.", path=folder))
    return EXIT_OK


def _cmd_staff_name(folder, lock, args, url: str | None = None) -> int:
    from dvc_desktop import local_settings
    from dvc_desktop.services.context import current_actor

    local_settings.save_staff_name(folder, args.name)
    print(_t("Tên cán bộ ghi vào nhật ký: {name}", name=current_actor(folder)))
    return EXIT_OK

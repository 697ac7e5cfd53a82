"""The provincial office's verbs for its units and rounds (`units …`, `round …`); contract: docs/cli.md."""

from __future__ import annotations

import argparse

from dvc_desktop.cli.common import EXIT_OK, add_excel_import, _print_json, _t, import_counts, print_import


def add_verbs(verbs: argparse._SubParsersAction) -> None:
    units = verbs.add_parser("units", help=_t("danh sách đơn vị của tỉnh (tỉnh)"))
    unit_verbs = units.add_subparsers(dest="units_verb", metavar="VERB", required=True)
    add_excel_import(unit_verbs, _t("nhập danh sách đơn vị từ tệp .xlsx"), _cmd_units_import)
    listing = unit_verbs.add_parser("list", help=_t("các đơn vị, cấp và tình trạng"))
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_cmd_units_list)
    add = unit_verbs.add_parser("add", help=_t("thêm một đơn vị"))
    add.add_argument("--code", required=True, help=_t("mã định danh, ví dụ 000.00.13.H40"))
    add.add_argument("--name", required=True)
    add.add_argument("--level", required=True, choices=("tinh", "xa", "huyen"),
                     help=_t("tinh hoặc xa; huyen bị từ chối (cấp huyện chấm dứt từ 1/7/2025)"))
    add.add_argument("--kind", choices=("department", "commune"))
    add.add_argument("--json", action="store_true")
    add.set_defaults(handler=_cmd_units_add)
    rename = unit_verbs.add_parser("rename", help=_t("đổi tên một đơn vị"))
    rename.add_argument("code")
    rename.add_argument("--name", required=True)
    rename.add_argument("--json", action="store_true")
    rename.set_defaults(handler=_cmd_units_rename)
    retire = unit_verbs.add_parser("retire", help=_t("ghi nhận đơn vị giải thể hoặc sáp nhập (không còn phải nộp)"))
    retire.add_argument("code")
    retire.add_argument("--replaced-by", metavar="CODE", help=_t("đơn vị tiếp nhận"))
    retire.add_argument("--json", action="store_true")
    retire.set_defaults(handler=_cmd_units_retire)

    rounds = verbs.add_parser("round", help=_t("đợt rà soát và hạn nộp (tỉnh)"))
    round_verbs = rounds.add_subparsers(dest="round_verb", metavar="VERB", required=True)
    opening = round_verbs.add_parser("open", help=_t("mở một đợt rà soát"))
    opening.add_argument("--name", required=True, help=_t("tên đợt, ví dụ «Rà soát DVCTT năm 2026»"))
    opening.add_argument("--basis", required=True, help=_t("văn bản yêu cầu: số, ngày (ví dụ 1234/UBND-KSTT ngày 01/12/2026)"))
    opening.add_argument("--deadline", required=True, help=_t("hạn nộp, YYYY-MM-DD"))
    opening.add_argument("--reporting-date", help=_t("ngày chốt số liệu, YYYY-MM-DD: chọn quy định áp dụng "
                                                     "(bỏ trống: ngày lập báo cáo)"))
    opening.add_argument("--json", action="store_true")
    opening.set_defaults(handler=_cmd_round_open)
    extend = round_verbs.add_parser("extend", help=_t("đổi hạn nộp của đợt đang mở"))
    extend.add_argument("--deadline", help=_t("hạn nộp mới, YYYY-MM-DD"))
    extend.add_argument("--reporting-date", help=_t("ngày chốt số liệu mới, YYYY-MM-DD, hoặc «none» để bỏ"))
    extend.add_argument("--json", action="store_true")
    extend.set_defaults(handler=_cmd_round_extend)
    close = round_verbs.add_parser("close", help=_t("kết thúc đợt đang mở"))
    close.add_argument("--json", action="store_true")
    close.set_defaults(handler=_cmd_round_close)
    listing = round_verbs.add_parser("list", help=_t("các đợt rà soát"))
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler=_cmd_round_list)


def _level(code: str) -> str:
    return {"tinh": _t("cấp tỉnh"), "xa": _t("cấp xã")}.get(code, code)


def _cmd_units_import(context, args) -> int:
    from dvc_desktop.services.units import import_units_excel

    report = import_units_excel(context, args.file, dry_run=args.dry_run)
    if args.json:
        _print_json(report.to_json())
        return EXIT_OK
    changes = [f"  {_t('thêm') if c.change == 'added' else _t('sửa'):<6} {c.code:<16} {c.name}" for c in report.changes]
    unmatched = [_t("Cơ quan thực hiện trong danh mục chưa khớp đơn vị nào: {names}",
                    names="; ".join(report.unmatched_agencies))] if report.unmatched_agencies else []
    print_import(report, import_counts(report), changes, unmatched)
    return EXIT_OK


def _print_unit(view, args, done: str) -> int:
    if args.json:
        _print_json(view.to_json())
    else:
        print(done)
    return EXIT_OK


def _cmd_units_list(context, args) -> int:
    from dvc_desktop.services.units import list_units

    units = list_units(context)
    if args.json:
        _print_json({"units": [u.to_json() for u in units]})
        return EXIT_OK
    for unit in units:
        state = _t("đang hoạt động") if unit.state == "active" else (
            _t("đã giải thể, sáp nhập vào {code}", code=unit.replaced_by) if unit.replaced_by else _t("đã giải thể"))
        print(f"  {unit.code:<16} {_level(unit.level):<9} {unit.name}  ({state})")
    print(_t("{n} đơn vị.", n=len(units)))
    return EXIT_OK


def _cmd_units_add(context, args) -> int:
    from dvc_desktop.services.units import add_unit

    view = add_unit(context, args.code, args.name, args.level, args.kind)
    return _print_unit(view, args, _t("Đã thêm đơn vị {name} ({code}), {level}.", name=view.name, code=view.code,
                                      level=_level(view.level)))


def _cmd_units_rename(context, args) -> int:
    from dvc_desktop.services.units import rename_unit

    view = rename_unit(context, args.code, args.name)
    return _print_unit(view, args, _t("Đơn vị {code} nay tên là {name}.", code=view.code, name=view.name))


def _cmd_units_retire(context, args) -> int:
    from dvc_desktop.services.units import retire_unit

    view = retire_unit(context, args.code, args.replaced_by)
    done = (_t("Đã ghi nhận {code} sáp nhập vào {successor}; đơn vị này không còn phải nộp gói.", code=view.code,
               successor=view.replaced_by) if view.replaced_by else
            _t("Đã ghi nhận {code} giải thể; đơn vị này không còn phải nộp gói.", code=view.code))
    return _print_unit(view, args, done)


def _print_round(view, args, done: str) -> int:
    if args.json:
        _print_json(view.to_json())
    else:
        print(done)
    return EXIT_OK


def _day(value) -> str:
    return value.strftime("%d/%m/%Y")


def _reporting(view) -> str:
    return _day(view.reporting_date) if view.reporting_date else _t("ngày lập báo cáo")


def _cmd_round_open(context, args) -> int:
    from dvc_desktop.services.rounds import open_round, parse_day

    reporting = parse_day(args.reporting_date, _t("Ngày chốt số liệu")) if args.reporting_date else None
    view = open_round(context, args.name, args.basis, parse_day(args.deadline, _t("Hạn nộp")),
                      reporting_date=reporting)
    return _print_round(view, args, _t("Đã mở đợt «{name}» ngày {opened}, hạn nộp {deadline}, ngày chốt số liệu "
                                       "{reporting}. Xuất gói tham chiếu (`reference export`) để gửi đợt này cho "
                                       "các đơn vị.", name=view.name, opened=_day(view.opened_on),
                                       deadline=_day(view.deadline), reporting=_reporting(view)))


def _cmd_round_extend(context, args) -> int:
    from dvc_desktop.services.rounds import extend_round, parse_day

    from dvc_desktop.services.errors import InvalidRequest
    from dvc_desktop.services.rounds import KEEP

    if not args.deadline and args.reporting_date is None:
        raise InvalidRequest(_t("Cần --deadline hoặc --reporting-date."))
    reporting: object = KEEP
    if args.reporting_date is not None:
        reporting = (None if args.reporting_date.strip().lower() in ("", "none")
                     else parse_day(args.reporting_date, _t("Ngày chốt số liệu")))
    deadline = parse_day(args.deadline, _t("Hạn nộp")) if args.deadline else None
    view = extend_round(context, deadline, reporting)
    return _print_round(view, args, _t("Đợt «{name}»: hạn nộp {deadline}, ngày chốt số liệu {reporting}.",
                                       name=view.name, deadline=_day(view.deadline), reporting=_reporting(view)))


def _cmd_round_close(context, args) -> int:
    from dvc_desktop.services.rounds import close_round

    view = close_round(context)
    return _print_round(view, args, _t("Đã kết thúc đợt «{name}».", name=view.name))


def _cmd_round_list(context, args) -> int:
    from dvc_desktop.services.rounds import list_rounds

    rounds = list_rounds(context)
    if args.json:
        _print_json({"rounds": [r.to_json() for r in rounds]})
        return EXIT_OK
    if not rounds:
        print(_t("Chưa có đợt rà soát nào."))
    for r in rounds:
        state = _t("đang mở") if r.state == "open" else _t("đã kết thúc")
        print(_t("  #{id} {name} — mở {opened}, hạn {deadline}, chốt số liệu {reporting}, {state}; căn cứ: {basis}",
                 id=r.id, name=r.name, opened=_day(r.opened_on), deadline=_day(r.deadline),
                 reporting=_reporting(r), state=state, basis=r.basis or "—"))
    return EXIT_OK

"""The office's verb that publishes the Danh mục (`publish …`); contract: docs/cli.md."""

from __future__ import annotations

import argparse
from pathlib import Path

from dvc_desktop.cli.common import EXIT_OK, _t, _token_pin, add_as_of, add_pin_file


def add_verbs(verbs: argparse._SubParsersAction) -> None:
    publish = verbs.add_parser("publish", help=_t("xuất Danh mục (.xlsx, .pdf, .csv hoặc .json)"))
    publish.add_argument("out", type=Path)
    publish.add_argument("--kind", choices=("official", "draft"), default="official",
                         help=_t("official (mặc định): phụ lục kèm quyết định; draft: bản làm việc"))
    publish.add_argument("--level", help=_t("chỉ một cấp thực hiện (mã cấp, ví dụ tinh, xa)"))
    publish.add_argument("--unit", help=_t("chỉ một đơn vị (mã đơn vị; bản làm việc)"))
    publish.add_argument("--all", action="store_true", dest="include_all",
                         help=_t("gồm cả thủ tục chưa đơn vị nào phân loại (bản làm việc)"))
    publish.add_argument("--decision-number", default="", metavar=_t("SỐ"),
                         help=_t("số quyết định, ví dụ 1234/QĐ-UBND"))
    publish.add_argument("--decision-date", type=_day, metavar="DATE", help=_t("ngày quyết định, ví dụ 15/12/2026"))
    publish.add_argument("--decision", default="", metavar="TEXT",
                         help=_t("quyết định viết liền, ví dụ \"1234/QĐ-UBND ngày 15/12/2026\""))
    publish.add_argument("--columns", default="", metavar="COLS",
                         help=_t("cột thêm của phụ lục: announcing_decision, proactive_level (cách nhau bằng dấu phẩy)"))
    publish.add_argument("--commune-disagreement", choices=("named", "refuse"), default="named",
                         help=_t("xã trả lời khác nhau: named (ghi tên xã ở Ghi chú, mặc định) hoặc refuse (từ chối)"))
    publish.add_argument("--leave-out", action="append", default=[], choices=("returned", "unreviewed", "unclassified"),
                         help=_t("bỏ ra: câu trả lời tỉnh đã trả lại (returned), chưa xem xét (unreviewed), "
                                 "thủ tục chưa phân loại (unclassified); dùng nhiều lần được"))
    add_as_of(publish)
    publish.add_argument("--sign", action="store_true",
                         help=_t("ký số tệp .pdf bằng chứng thư số của cơ quan (văn bản kèm theo quyết định)"))
    add_pin_file(publish)
    publish.set_defaults(handler=_cmd_publish, reads_only=True)


def _day(text: str):
    from dvc_desktop.services.reporting import parse_day

    try:
        return parse_day(text)
    except Exception as error:  # argparse shows it and exits 2
        raise argparse.ArgumentTypeError(str(error)) from error


def _cmd_publish(context, args) -> int:
    from dvc_desktop.services.publication import publish

    number, day = args.decision_number, args.decision_date
    if args.decision and not number:
        from dvc_desktop.services.publication import split_decision

        number, parsed = split_decision(args.decision)
        day = day or parsed
    columns = tuple(c.strip() for c in args.columns.split(",") if c.strip())
    pin = _token_pin(args) if args.sign else None
    result = publish(context, args.out, args.level, args.unit, args.include_all, decision=args.decision,
                     kind=args.kind, as_of=args.as_of, decision_number=number, decision_date=day, columns=columns,
                     commune_disagreement=args.commune_disagreement, leave_out=args.leave_out, sign=args.sign, pin=pin)
    from dvc_desktop.domain.appendix import Appendix

    if isinstance(result, Appendix):
        lines = [p.line_count for p in result.parts]
        print(_t("Đã ghi Danh mục (phụ lục kèm quyết định, ngày báo cáo {day}) vào {path}: {full} thủ tục toàn trình, "
                 "một phần; {none} thủ tục chưa trực tuyến (Phụ lục II).", day=result.as_of.strftime("%d/%m/%Y"),
                 path=args.out, full=lines[0], none=lines[1] if len(lines) > 1 else 0))
        if args.sign:
            print(_t("Tệp đã được ký số bằng chứng thư số của cơ quan (góc trên bên phải trang đầu)."))
        if result.disagreements:
            print(_t("Các xã trả lời khác nhau ở {n} thủ tục: tên các xã ghi ở cột Ghi chú.",
                     n=len(result.disagreements)))
        return EXIT_OK
    c = result.counts
    print(_t("Đã ghi Danh mục vào {path}: {n} thủ tục (toàn trình {full}, một phần {partial}, chưa trực tuyến {none}, "
             "chưa phân loại {open}).", path=args.out, n=c.procedures, full=c.toan_trinh, partial=c.mot_phan,
             none=c.chua_truc_tuyen, open=c.chua_phan_loai))
    return EXIT_OK

"""The department's verbs for classifying without the window (`classify …`); contract: docs/cli.md."""

from __future__ import annotations

import argparse
from pathlib import Path

from dvc_desktop.cli.common import EXIT_OK, _print_json, _t, print_import


def add_verbs(verbs: argparse._SubParsersAction) -> None:
    classify = verbs.add_parser("classify", help=_t("phân loại một TTHC, hoặc nhập bảng phân loại từ Excel (đơn vị)"))
    classify.add_argument("code", help=_t("mã TTHC, hoặc import-excel TỆP.xlsx"))
    classify.add_argument("file", nargs="?", type=Path, help=argparse.SUPPRESS)
    classify.add_argument("--form", choices=("toan_trinh", "mot_phan", "chua_truc_tuyen"))
    classify.add_argument("--reason", metavar="REASON_CODE",
                          help=_t("lý do một phần hoặc chưa trực tuyến (mã hoặc tên trong bộ quy tắc)"))
    classify.add_argument("--provision", metavar="TEXT", help=_t("quy định làm căn cứ (lý do pháp lý)"))
    classify.add_argument("--technical-description", metavar="TEXT", help=_t("mô tả vấn đề kỹ thuật (lý do kỹ thuật)"))
    classify.add_argument("--expected-fix-on", metavar="DATE", type=_day,
                          help=_t("ngày dự kiến khắc phục (lý do kỹ thuật), ví dụ 31/03/2027"))
    classify.add_argument("--portal-published-on", metavar="DATE", type=_day,
                          help=_t("ngày công bố lý do trên Cổng Dịch vụ công quốc gia"))
    classify.add_argument("--portal-link", metavar="URL", help=_t("đường dẫn công bố trên Cổng Dịch vụ công quốc gia"))
    classify.add_argument("--note", metavar="TEXT", help=_t("ghi chú"))
    classify.add_argument("--ready", action="store_true", help=_t("đánh dấu sẵn sàng gửi tỉnh"))
    classify.add_argument("--dry-run", action="store_true", help=_t("(import-excel) chỉ báo cáo, không thay đổi dữ liệu"))
    classify.add_argument("--json", action="store_true")
    classify.set_defaults(handler=_cmd_classify)

    reclassify = verbs.add_parser("reclassify", help=_t(
        "phân loại lại các lý do theo Nghị định 42/2022 theo Điều 14 Nghị định 224/2026 (đơn vị)"))
    reclassify.add_argument("--apply", action="store_true", help=_t("áp dụng đề xuất (mặc định: chỉ liệt kê)"))
    reclassify.add_argument("--code", action="append", metavar="TTHC", help=_t("chỉ các mã này (lặp lại được)"))
    reclassify.add_argument("--as", dest="choices", action="append", metavar="TTHC=REASON_CODE",
                            help=_t("chọn lý do khác đề xuất cho một mã, ví dụ 1.000001=law_requires_presence"))
    reclassify.add_argument("--json", action="store_true")
    reclassify.set_defaults(handler=_cmd_reclassify)


def _day(text: str):
    from dvc_desktop.services.reporting import parse_day

    try:
        return parse_day(text)
    except Exception as error:  # argparse shows the message and exits 2
        raise argparse.ArgumentTypeError(str(error)) from error


def _cmd_classify(context, args) -> int:
    from dvc_desktop.services.errors import InvalidRequest

    if args.code == "import-excel":
        if args.file is None:
            raise InvalidRequest(_t("Cần tên tệp: dvc-desktop classify import-excel TỆP.xlsx"))
        return _import_excel(context, args)
    if args.file is not None:
        raise InvalidRequest(_t("Thừa đối số «{value}».", value=args.file))
    if args.form is None:
        raise InvalidRequest(_t("Cần --form toan_trinh, mot_phan hoặc chua_truc_tuyen."))
    from dvc_desktop.domain.classification import Form
    from dvc_desktop.services.classify import Answer, classify

    done = classify(context, args.code, Answer(Form(args.form), args.reason, args.provision, args.note, args.ready,
                                               args.technical_description, args.expected_fix_on,
                                               args.portal_published_on, args.portal_link))
    if args.json:
        _print_json(done.to_json())
        return EXIT_OK
    if done.added_to_list:
        print(_t("Đã thêm {code} vào danh mục của đơn vị.", code=done.code))
    c = done.classification
    state = _t("sẵn sàng") if c.status.value == "ready" else _t("bản nháp")
    print(_t("{code} {name}: {form} ({state}).", code=done.code, name=done.name, form=c.form.value if c.form else "—",
             state=state) if done.changed else _t("{code}: không có gì thay đổi.", code=done.code))
    return EXIT_OK


def _import_excel(context, args) -> int:
    from dvc_desktop.services.classify import import_classifications_excel

    report = import_classifications_excel(context, args.file, dry_run=args.dry_run)
    if args.json:
        _print_json(report.to_json())
        return EXIT_OK
    print_import(report, _t("Trang «{sheet}», tiêu đề ở dòng {row}: thêm vào danh mục {added}, phân loại thay đổi "
                            "{updated}, không đổi {unchanged}, từ chối {rejected}.", sheet=report.sheet,
                            row=report.header_row, added=report.added, updated=report.updated,
                            unchanged=report.unchanged, rejected=len(report.rejected)))
    return EXIT_OK


def _cmd_reclassify(context, args) -> int:
    from dvc_desktop.services.errors import InvalidRequest
    from dvc_desktop.services.reclassify import apply_reclassification, proposals

    chosen: dict[str, str] = {}
    for item in args.choices or ():
        code, sep, reason = item.partition("=")
        if not sep or not code or not reason:
            raise InvalidRequest(_t("«{item}» không đúng dạng TTHC=MÃ_LÝ_DO.", item=item))
        chosen[code.strip()] = reason.strip()
    if not args.apply:
        found = proposals(context)
        if args.json:
            _print_json({"proposals": [p.to_json() for p in found]})
            return EXIT_OK
        for p in found:
            print(_t("{code} {name}: «{old}» → «{new}»", code=p.code, name=p.name, old=p.old_label, new=p.new_label))
        print(_t("{n} phân loại cần phân loại lại theo Điều 14 Nghị định 224/2026. Áp dụng: "
                 "dvc-desktop reclassify --apply", n=len(found)))
        return EXIT_OK
    done = apply_reclassification(context, args.code, chosen)
    if args.json:
        _print_json({"reclassified": [p.to_json() for p in done.applied], "need_details": done.need_details})
        return EXIT_OK
    print(_t("Đã phân loại lại {n} thủ tục theo Điều 14 Nghị định 224/2026.", n=len(done.applied)))
    if done.need_details:
        print(_t("Cần bổ sung mô tả vấn đề kỹ thuật và ngày dự kiến khắc phục ({n}): {codes}",
                 n=len(done.need_details), codes=", ".join(done.need_details)))
    return EXIT_OK

"""The department's verbs for classifying without the window (`classify …`); contract: docs/cli.md."""

from __future__ import annotations

import argparse
from pathlib import Path

from dvc_desktop.cli import EXIT_OK, _print_json, _t, print_import


def add_verbs(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    classify = verbs.add_parser("classify", help=_t("phân loại một TTHC, hoặc nhập bảng phân loại từ Excel (đơn vị)"))
    classify.add_argument("code", help=_t("mã TTHC, hoặc import-excel TỆP.xlsx"))
    classify.add_argument("file", nargs="?", type=Path, help=argparse.SUPPRESS)
    classify.add_argument("--form", choices=("toan_trinh", "mot_phan", "chua_truc_tuyen"))
    classify.add_argument("--reason", metavar="REASON_CODE", help=_t("lý do một phần (mã trong bộ quy tắc)"))
    classify.add_argument("--provision", metavar="TEXT", help=_t("quy định pháp luật chuyên ngành"))
    classify.add_argument("--note", metavar="TEXT", help=_t("ghi chú"))
    classify.add_argument("--ready", action="store_true", help=_t("đánh dấu sẵn sàng gửi tỉnh"))
    classify.add_argument("--dry-run", action="store_true", help=_t("(import-excel) chỉ báo cáo, không thay đổi dữ liệu"))
    classify.add_argument("--json", action="store_true")
    classify.set_defaults(handler=_cmd_classify)


def _cmd_classify(context, args) -> int:  # type: ignore[no-untyped-def]
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

    done = classify(context, args.code, Answer(Form(args.form), args.reason, args.provision, args.note, args.ready))
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


def _import_excel(context, args) -> int:  # type: ignore[no-untyped-def]
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

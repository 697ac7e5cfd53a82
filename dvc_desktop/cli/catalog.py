"""`catalog import-excel`: the reference catalogue from a workbook; `procedure eligible CODE yes|no|unknown`:
"đủ điều kiện toàn trình (CSDLQG)", the attribute Decision 766's scored indicator counts by (see
docs/indicators.md). Contract: docs/cli.md."""

from __future__ import annotations

import argparse

from dvc_desktop.cli.common import EXIT_OK, add_excel_import, _print_json, _t, import_counts, print_import


def add_verbs(verbs: argparse._SubParsersAction) -> None:
    catalog = verbs.add_parser("catalog", help=_t("danh mục TTHC tham chiếu"))
    catalog_verbs = catalog.add_subparsers(dest="catalog_verb", metavar="VERB", required=True)
    add_excel_import(catalog_verbs, _t("nhập danh mục từ tệp .xlsx"), _cmd_import_excel)

    procedure = verbs.add_parser("procedure", help=_t("thuộc tính của từng thủ tục"))
    procedure_verbs = procedure.add_subparsers(dest="procedure_verb", metavar="VERB", required=True)
    eligible = procedure_verbs.add_parser(
        "eligible", help=_t("ghi nhận thủ tục đủ điều kiện toàn trình theo CSDLQG (yes/no/unknown)"))
    eligible.add_argument("code", help=_t("mã TTHC"))
    eligible.add_argument("value", choices=("yes", "no", "unknown"))
    eligible.add_argument("--json", action="store_true")
    eligible.set_defaults(handler=_cmd_eligible)


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


def _cmd_eligible(context, args) -> int:
    from dvc_desktop.domain.codes import parse_procedure_code
    from dvc_desktop.services.catalog import set_eligibility

    value = set_eligibility(context, args.code, args.value)
    code = parse_procedure_code(args.code).value
    if args.json:
        _print_json({"code": code, "eligible_full_online": value})
        return EXIT_OK
    words = {True: _t("đủ điều kiện toàn trình"), False: _t("không đủ điều kiện toàn trình"),
             None: _t("chưa rõ điều kiện toàn trình")}
    print(_t("Đã ghi nhận thủ tục {code}: {value} (CSDLQG).", code=code, value=words[value]))
    return EXIT_OK

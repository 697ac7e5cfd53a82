"""`status`, `checks`, `review`: how the units stand and the province's review (contract: docs/cli.md)."""

from __future__ import annotations

import argparse
import sys

from dvc_desktop.cli.common import EXIT_OK, EXIT_USAGE, _print_json, _t, add_as_of


def add_verbs(verbs: argparse._SubParsersAction) -> None:
    status = verbs.add_parser("status", help=_t("tình hình danh mục và nộp gói của các đơn vị"))
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=_cmd_status, reads_only=True, plain_handler=_plain_status)

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


def _cmd_status(context, args) -> int:
    from dvc_desktop.services.status import status

    return _print_status(status(context), args)


def _plain_status(connection, args) -> int:
    """`status` on a store this version opens unchanged: read with sqlite3 alone (cli.run_plain)."""
    from datetime import date

    from dvc_desktop.services.status import status_of

    return _print_status(status_of(connection, date.today()), args)


def _print_status(report, args) -> int:
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

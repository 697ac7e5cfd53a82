"""The supervisors' report verb (`report …`); contract: docs/cli.md."""

from __future__ import annotations

import argparse
from pathlib import Path

from dvc_desktop.cli import EXIT_OK, _t, add_as_of


def add_verbs(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    report = verbs.add_parser("report", help=_t("in báo cáo tổng hợp ra tệp PDF (cả tỉnh hoặc một đơn vị)"))
    report.add_argument("out", type=Path, help=_t("tệp PDF cần ghi"))
    report.add_argument("--unit", metavar="CODE", help=_t("báo cáo của một đơn vị (mã định danh đơn vị)"))
    add_as_of(report)
    report.set_defaults(handler=_cmd_report)


def _cmd_report(context, args) -> int:  # type: ignore[no-untyped-def]
    from dvc_desktop.services.reports import write_report

    result = write_report(context, args.out, args.unit, as_of=args.as_of)
    print(_t("Đã ghi báo cáo vào {path}: {pages} trang, trong {seconds} giây.", path=result.path, pages=result.pages,
             seconds=f"{result.seconds:.1f}"))
    return EXIT_OK

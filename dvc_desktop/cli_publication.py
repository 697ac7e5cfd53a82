"""The office's verb that publishes the Danh mục (`publish …`); contract: docs/cli.md."""

from __future__ import annotations

import argparse
from pathlib import Path

from dvc_desktop.cli import EXIT_OK, _t


def add_verbs(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    publish = verbs.add_parser("publish", help=_t("xuất Danh mục (.xlsx, .csv hoặc .json)"))
    publish.add_argument("out", type=Path)
    publish.add_argument("--level", help=_t("chỉ một cấp thực hiện (mã cấp, ví dụ tinh, xa)"))
    publish.add_argument("--unit", help=_t("chỉ một đơn vị (mã đơn vị)"))
    publish.add_argument("--all", action="store_true", dest="include_all",
                         help=_t("gồm cả thủ tục chưa đơn vị nào phân loại"))
    publish.add_argument("--decision", default="", metavar="TEXT",
                         help=_t("quyết định ban hành kèm Danh mục, ví dụ \"1234/QĐ-UBND ngày 15/12/2026\""))
    publish.set_defaults(handler=_cmd_publish)


def _cmd_publish(context, args) -> int:  # type: ignore[no-untyped-def]
    from dvc_desktop.services.publication import publish

    catalogue = publish(context, args.out, args.level, args.unit, args.include_all, decision=args.decision)
    c = catalogue.counts
    print(_t("Đã ghi Danh mục vào {path}: {n} thủ tục (toàn trình {full}, một phần {partial}, chưa trực tuyến {none}, "
             "chưa phân loại {open}).", path=args.out, n=c.procedures, full=c.toan_trinh, partial=c.mot_phan,
             none=c.chua_truc_tuyen, open=c.chua_phan_loai))
    return EXIT_OK

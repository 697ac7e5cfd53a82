"""Indicator and dossier-figure verbs (`indicators`, `figures …`); contract: docs/cli.md."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from dvc_desktop.cli.common import EXIT_OK, _print_json, _t, add_as_of
from dvc_desktop.domain.formats import percent
from dvc_desktop.i18n import translate


def add_verbs(verbs: argparse._SubParsersAction) -> None:
    indicators = verbs.add_parser("indicators", help=_t("chỉ tiêu dịch vụ công trực tuyến theo đơn vị, cấp, lĩnh vực"))
    indicators.add_argument("--by", choices=("unit", "level", "sector"), default="unit",
                            help=_t("tổng hợp theo đơn vị (mặc định), cấp hoặc lĩnh vực"))
    indicators.add_argument("--period", help=_t("kỳ báo cáo số liệu hồ sơ: một quý (2026-Q3) hoặc một năm (2026)"))
    indicators.add_argument("--json", action="store_true")
    indicators.add_argument("--out", type=Path, metavar="FILE", help=_t("ghi ra tệp .csv hoặc .xlsx"))
    add_as_of(indicators)
    indicators.set_defaults(handler=_cmd_indicators, reads_only=True)

    figures = verbs.add_parser("figures", help=_t("số liệu hồ sơ của đơn vị theo quý"))
    figure_verbs = figures.add_subparsers(dest="figures_verb", metavar="VERB", required=True)
    figures_set = figure_verbs.add_parser("set", help=_t("nhập hoặc sửa số liệu hồ sơ của một quý"))
    figures_set.add_argument("--period", required=True, help=_t("quý, ví dụ 2026-Q3"))
    figures_set.add_argument("--total", required=True, type=int, help=_t("tổng số hồ sơ tiếp nhận"))
    figures_set.add_argument("--online", required=True, type=int, help=_t("số hồ sơ tiếp nhận trực tuyến"))
    figures_set.add_argument("--with-fees", required=True, type=int, help=_t("số hồ sơ có phí, lệ phí"))
    figures_set.add_argument("--paid-online", required=True, type=int, help=_t("số hồ sơ thanh toán trực tuyến"))
    figures_set.add_argument("--full-online", type=int, dest="received_full_online",
                             help=_t("số hồ sơ tiếp nhận trực tuyến toàn trình (không bắt buộc)"))
    figures_set.add_argument("--processed-online", type=int, dest="processed_online",
                             help=_t("số hồ sơ xử lý trực tuyến (không bắt buộc)"))
    figures_set.add_argument("--eligible", type=int, dest="received_eligible",
                             help=_t("số hồ sơ của TTHC đủ điều kiện toàn trình trên CSDLQG (không bắt buộc)"))
    figures_set.add_argument("--eligible-full-online", type=int, dest="received_eligible_full_online",
                             help=_t("trong đó: số hồ sơ tiếp nhận trực tuyến toàn trình (không bắt buộc)"))
    figures_set.add_argument("--json", action="store_true")
    figures_set.set_defaults(handler=_cmd_figures_set)
    figures_list = figure_verbs.add_parser("list", help=_t("các quý đã nhập số liệu"))
    figures_list.add_argument("--json", action="store_true")
    figures_list.set_defaults(handler=_cmd_figures_list)
    figures_delete = figure_verbs.add_parser("delete", help=_t("xóa số liệu hồ sơ của một quý"))
    figures_delete.add_argument("--period", required=True)
    figures_delete.set_defaults(handler=_cmd_figures_delete)


def _share(value: float | None) -> str:
    return percent(value)


def _print_table(header: Sequence[str], lines: Sequence[Sequence[object]]) -> None:
    """Numbers right-aligned in columns; the last column (a name) left as it is."""
    texts = [[str(v) for v in line] for line in [header, *lines]]
    widths = [max(len(t[i]) for t in texts) for i in range(len(header) - 1)]
    for t in texts:
        print("  ".join(v.rjust(w) for v, w in zip(t, widths)) + "  " + t[-1])


def _paid_online_label() -> str:
    return translate("indicators", "Nộp phí trực tuyến")


def _count(value: int | None) -> object:
    return "—" if value is None else value


def _cmd_indicators(context, args) -> int:
    from dvc_desktop.services.indicators import (
        export_indicators, indicator_report, paid_online_share_label, share_full_of_online_label,
    )

    as_of = getattr(args, "as_of", None)
    if args.out:
        report = export_indicators(context, args.out, args.by, args.period, as_of=as_of)
    else:
        report = indicator_report(context, args.by, args.period, as_of)
    if args.json:
        _print_json(report.to_json())
        return EXIT_OK
    if args.out:
        print(_t("Đã ghi chỉ tiêu vào {path}.", path=args.out))
        return EXIT_OK
    c, total = report.catalogue, translate("indicators", "Tổng cộng")
    by = {"unit": _t("đơn vị"), "level": _t("cấp"), "sector": _t("lĩnh vực")}[c.by]
    print(_t("Chỉ tiêu danh mục theo {by} (ngày báo cáo {day}, bộ quy tắc {rules}): TT = toàn trình, MP = một phần, "
             "CTT = chưa trực tuyến, CPL = chưa phân loại, ĐĐK = đủ điều kiện toàn trình theo CSDLQG "
             "(Quyết định 766/QĐ-TTg), ?ĐK = chưa rõ điều kiện, ƯT = đủ điều kiện ước tính theo lý do, "
             "CĐ1–4 = mức độ chủ động (Điều 16 Nghị định 224/2026).", by=by, rules=c.rule_set,
             day=c.made_on.strftime("%d/%m/%Y")))
    print(_t("TT/trực tuyến: {label}.", label=share_full_of_online_label()))
    _print_table(
        [_t("TTHC"), _t("ĐĐK"), _t("?ĐK"), _t("TT"), _t("MP"), _t("CTT"), _t("CPL"), _t("TT/TTHC"), _t("TT/ĐĐK"),
         _t("ƯT"), _t("TT/ƯT"), _t("TT/trực tuyến"), _t("CĐ1"), _t("CĐ2"), _t("CĐ3"), _t("CĐ4"), _t("Tên")],
        [[f.procedures, f.eligible, f.eligibility_unknown, f.toan_trinh, f.mot_phan, f.chua_truc_tuyen,
          f.chua_phan_loai, _share(f.share_full), _share(f.share_full_of_eligible), f.eligible_by_reason,
          _share(f.share_full_of_eligible_by_reason), _share(f.share_full_of_online), *f.proactive, name]
         for name, f in [*((row.name, row.figures) for row in c.rows), (total, c.total)]])
    d = report.dossiers
    if d is not None:
        print()
        print(_t("Số liệu hồ sơ kỳ {period}: {reporting}/{expected} đơn vị đã nhập. TTT = tiếp nhận trực tuyến toàn "
                 "trình, XLTT = xử lý trực tuyến, ĐĐK = hồ sơ của TTHC đủ điều kiện (CSDLQG); — = chưa nhập.",
                 period=d.period, reporting=d.units_reporting, expected=d.units_expected))
        print(_t("Tỷ lệ nộp phí: {label}.", label=paid_online_share_label()))
        _print_table(
            [_t("Số quý"), _t("Tiếp nhận"), _t("Trực tuyến"), _t("Tỷ lệ"), _t("TTT"), _t("Tỷ lệ"), _t("XLTT"),
             _t("Tỷ lệ"), _t("ĐĐK"), _t("TTT/ĐĐK"), _t("Có phí"), _paid_online_label(), _t("Tỷ lệ"), _t("Tên")],
            [[len(periods), *((f.received_total, f.received_online, _share(f.online_share),
                               _count(f.received_full_online), _share(f.full_online_share),
                               _count(f.processed_online), _share(f.processed_online_share),
                               _count(f.received_eligible), _share(f.eligible_full_online_share), f.with_fees,
                               f.paid_online, _share(f.paid_online_share)) if periods else ("—",) * 12), name]
             for name, periods, f in [*((row.name, row.periods, row.figures) for row in d.rows),
                                      (total, d.periods, d.total)]])
    return EXIT_OK


def _cmd_figures_set(context, args) -> int:
    from dvc_desktop.domain.indicators import DossierFigures
    from dvc_desktop.services.dossier_figures import set_figures

    row = set_figures(context, args.period, DossierFigures(
        args.total, args.online, args.with_fees, args.paid_online, args.received_full_online, args.processed_online,
        args.received_eligible, args.received_eligible_full_online))
    if args.json:
        _print_json(row.to_json())
        return EXIT_OK
    f = row.figures
    print(_t("Đã lưu số liệu hồ sơ kỳ {period}: tiếp nhận {total} (trực tuyến {online}, {share}); có phí, lệ phí, "
             "nghĩa vụ tài chính khác {fees} (thanh toán trực tuyến {paid}, {paid_share}).", period=row.period,
             total=f.received_total, online=f.received_online, share=_share(f.online_share), fees=f.with_fees,
             paid=f.paid_online, paid_share=_share(f.paid_online_share)))
    if any(v is not None for v in (f.received_full_online, f.processed_online, f.received_eligible)):
        print(_t("Trực tuyến toàn trình {full} ({full_share}); xử lý trực tuyến {processed} ({processed_share}); "
                 "hồ sơ của TTHC đủ điều kiện {eligible}, trong đó trực tuyến toàn trình {eligible_full} "
                 "({eligible_share}).", full=_count(f.received_full_online), full_share=_share(f.full_online_share),
                 processed=_count(f.processed_online), processed_share=_share(f.processed_online_share),
                 eligible=_count(f.received_eligible), eligible_full=_count(f.received_eligible_full_online),
                 eligible_share=_share(f.eligible_full_online_share)))
    return EXIT_OK


def _cmd_figures_list(context, args) -> int:
    from dvc_desktop.services.dossier_figures import list_figures

    rows = list_figures(context)
    if args.json:
        _print_json({"figures": [row.to_json() for row in rows]})
        return EXIT_OK
    if not rows:
        print(_t("Chưa nhập số liệu hồ sơ quý nào."))
        return EXIT_OK
    _print_table(
        [_t("Tiếp nhận"), _t("Trực tuyến"), _t("Tỷ lệ"), _t("TTT"), _t("XLTT"), _t("ĐĐK"), _t("TTT/ĐĐK"), _t("Có phí"),
         _paid_online_label(), _t("Tỷ lệ"), _t("Kỳ")],
        [[r.figures.received_total, r.figures.received_online, _share(r.online_share),
          _count(r.figures.received_full_online), _count(r.figures.processed_online),
          _count(r.figures.received_eligible), _count(r.figures.received_eligible_full_online), r.figures.with_fees,
          r.figures.paid_online, _share(r.paid_online_share), r.period] for r in rows])
    return EXIT_OK


def _cmd_figures_delete(context, args) -> int:
    from dvc_desktop.services.dossier_figures import delete_figures

    removed = delete_figures(context, args.period)
    print(_t("Đã xóa số liệu hồ sơ kỳ {period}.", period=removed.period))
    return EXIT_OK

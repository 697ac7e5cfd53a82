"""The supervisors' report verb (`report …`); contract: docs/cli.md."""

from __future__ import annotations

import argparse
from pathlib import Path

from dvc_desktop.cli.common import EXIT_OK, _t, _token_pin, add_as_of, add_pin_file


def add_verbs(verbs: argparse._SubParsersAction) -> None:
    report = verbs.add_parser("report", help=_t("in báo cáo tổng hợp ra tệp PDF (cả tỉnh hoặc một đơn vị)"))
    report.add_argument("out", type=Path, help=_t("tệp PDF cần ghi"))
    report.add_argument("--unit", metavar="CODE", help=_t("báo cáo của một đơn vị (mã định danh đơn vị)"))
    add_as_of(report)
    report.add_argument("--sign", action="store_true",
                        help=_t("ký số báo cáo bằng chứng thư số đã cấu hình (PAdES), chữ ký hiện ở khối chữ ký"))
    add_pin_file(report)
    report.set_defaults(handler=_cmd_report, reads_only=True)

    settings = verbs.add_parser("report-settings", help=_t(
        "xem hoặc đặt thông tin văn bản của báo cáo: số ký hiệu, tên cơ quan, kính gửi, nơi lưu, người ký"))
    settings.add_argument("--abbreviation", help=_t("chữ viết tắt tên cơ quan sau «Số: …/BC-» (ví dụ VPUBND)"))
    settings.add_argument("--full-name", help=_t("tên đầy đủ chính thức của cơ quan ban hành (không viết tắt)"))
    settings.add_argument("--recipient", help=_t("dòng «Kính gửi» dưới tên báo cáo (để trống: không in)"))
    settings.add_argument("--drafting-unit", help=_t("đơn vị soạn thảo, in ở «Lưu: VT, …»"))
    settings.add_argument("--signer-title", help=_t("chức vụ người ký; xuống dòng bằng «|» (KT. GIÁM ĐỐC|PHÓ GIÁM ĐỐC)"))
    settings.add_argument("--signer-name", help=_t("họ và tên người ký"))
    settings.add_argument("--json", action="store_true", help=_t("in dạng JSON"))
    settings.set_defaults(handler=_cmd_report_settings)


def _cmd_report(context, args) -> int:
    from dvc_desktop.services.reports import write_report

    pin = _token_pin(args) if args.sign else None
    result = write_report(context, args.out, args.unit, as_of=args.as_of, sign=args.sign, pin=pin)
    print(_t("Đã ghi báo cáo vào {path}: {pages} trang, trong {seconds} giây.", path=result.path, pages=result.pages,
             seconds=f"{result.seconds:.1f}"))
    if result.signed:
        print(_t("Báo cáo đã được ký số (PAdES {level}).", level=result.signed))
    if result.signing_notice:
        print(_t("Lưu ý: {notice}", notice=result.signing_notice))
    if result.font_notice:
        print(_t("Lưu ý: {notice}", notice=result.font_notice))
    return EXIT_OK


def _cmd_report_settings(context, args) -> int:
    from dvc_desktop.cli.common import _print_json
    from dvc_desktop.services.report_settings import get_report_settings, update_report_settings

    fields = ("abbreviation", "full_name", "recipient", "drafting_unit", "signer_title", "signer_name")
    changes = {name: getattr(args, name) for name in fields if getattr(args, name) is not None}
    if changes:
        current = update_report_settings(context, **changes)
    else:
        with context.transaction() as session:
            current = get_report_settings(session)
    if args.json:
        _print_json(current.as_json())
        return EXIT_OK
    labels = (_t("Số ký hiệu"), _t("Tên cơ quan ban hành"), _t("Kính gửi"), _t("Đơn vị soạn thảo (Lưu)"),
              _t("Chức vụ người ký"), _t("Người ký"))
    values = (f"…/BC-{current.abbreviation}", current.full_name or _t("(tên đơn vị, viết đầy đủ «UBND»)"),
              current.recipient or _t("(không in)"), current.drafting_unit or _t("(chỉ «Lưu: VT.»)"),
              " / ".join(current.signer_title) or _t("(theo loại đơn vị)"), current.signer_name or _t("(để trống)"))
    for label, value in zip(labels, values):
        print(f"{label}: {value}")
    return EXIT_OK

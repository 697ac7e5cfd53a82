"""`procedure …`: per-procedure attributes the national database records (contract: docs/cli.md).

`procedure eligible CODE yes|no|unknown`: "đủ điều kiện toàn trình (CSDLQG)", the attribute Decision 766's
scored indicator counts by (see docs/indicators.md).
"""

from __future__ import annotations

import argparse

from dvc_desktop.cli import EXIT_OK, _print_json, _t


def add_verbs(verbs: argparse._SubParsersAction) -> None:
    procedure = verbs.add_parser("procedure", help=_t("thuộc tính của từng thủ tục"))
    procedure_verbs = procedure.add_subparsers(dest="procedure_verb", metavar="VERB", required=True)
    eligible = procedure_verbs.add_parser(
        "eligible", help=_t("ghi nhận thủ tục đủ điều kiện toàn trình theo CSDLQG (yes/no/unknown)"))
    eligible.add_argument("code", help=_t("mã TTHC"))
    eligible.add_argument("value", choices=("yes", "no", "unknown"))
    eligible.add_argument("--json", action="store_true")
    eligible.set_defaults(handler=_cmd_eligible)


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

"""`keys …` and `trust …`: the unit's signing key and the keys the province trusts (contract: docs/cli.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dvc_desktop.cli.common import EXIT_OK, EXIT_USAGE, _passphrase, _t, print_listing


def add_verbs(verbs: argparse._SubParsersAction) -> None:
    keys = verbs.add_parser("keys", help=_t("khóa ký của đơn vị"))
    key_verbs = keys.add_subparsers(dest="keys_verb", metavar="VERB", required=True)
    key_verbs.add_parser("generate", help=_t("tạo khóa (hoặc khóa thay thế)")).set_defaults(handler=_cmd_keys_generate)
    export_public = key_verbs.add_parser("export-public", help=_t("ghi khóa công khai dạng minisign"))
    export_public.add_argument("file", type=Path)
    export_public.set_defaults(handler=_cmd_keys_export)
    key_verbs.add_parser("fingerprint", help=_t("in dấu vân tay của khóa")).set_defaults(handler=_cmd_keys_fingerprint)

    trust = verbs.add_parser("trust", help=_t("khóa của các đơn vị được tin cậy (tỉnh)"))
    trust_verbs = trust.add_subparsers(dest="trust_verb", metavar="VERB", required=True)
    trust_add = trust_verbs.add_parser("add", help=_t("tin cậy khóa công khai của một đơn vị"))
    trust_add.add_argument("file", type=Path)
    trust_add.add_argument("--unit-code", required=True)
    trust_add.add_argument("--yes", action="store_true", help=_t("không hỏi xác nhận dấu vân tay"))
    trust_add.set_defaults(handler=_cmd_trust_add)
    trust_list = trust_verbs.add_parser("list")
    trust_list.add_argument("--json", action="store_true")
    trust_list.set_defaults(handler=_cmd_trust_list)
    trust_revoke = trust_verbs.add_parser("revoke")
    trust_revoke.add_argument("key_id")
    trust_revoke.set_defaults(handler=_cmd_trust_revoke)

    from dvc_desktop.cli.certificates import add_key_verbs, add_trust_verbs

    add_key_verbs(key_verbs)
    add_trust_verbs(trust_verbs)


def _cmd_keys_generate(context, args) -> int:
    from dvc_desktop.services.keys import generate_signing_key

    info = generate_signing_key(context, _passphrase(args, twice=True))
    if info.pending_rotation:
        print(_t("Đã tạo khóa thay thế {new}; gói kế tiếp (ký bằng khóa hiện tại {old}) sẽ thông báo khóa mới.",
                 new=info.pending_rotation, old=info.key_id))
    else:
        print(_t("Đã tạo khóa {key}. Dấu vân tay: {fp}", key=info.key_id, fp=info.fingerprint))
    return EXIT_OK


def _cmd_keys_export(context, args) -> int:
    from dvc_desktop.services.keys import export_public_key, key_info

    export_public_key(context, args.file)
    print(_t("Đã ghi khóa công khai vào {path}. Dấu vân tay: {fp}", path=args.file, fp=key_info(context).fingerprint))
    return EXIT_OK


def _cmd_keys_fingerprint(context, args) -> int:
    from dvc_desktop.services.keys import key_info

    info = key_info(context)
    print(_t("Khóa {key}, tạo lúc {at}", key=info.key_id, at=info.created_at))
    print(info.fingerprint)
    return EXIT_OK


def _cmd_trust_add(context, args) -> int:
    from dvc_desktop.services.keys import add_trusted_key, fingerprint, read_public_key

    shown = fingerprint(read_public_key(args.file))
    print(_t("Dấu vân tay của khóa: {fp}", fp=shown))
    if not args.yes and sys.stdin.isatty():
        answer = input(_t("Khớp với dấu vân tay đơn vị {unit} cung cấp? [c/K] ", unit=args.unit_code))
        from dvc_desktop.domain.text import fold

        if fold(answer) not in ("c", "co", "y", "yes"):
            print(_t("Không thêm khóa."))
            return EXIT_USAGE
    view = add_trusted_key(context, args.file, args.unit_code)
    print(_t("Đã tin cậy khóa {key} cho đơn vị {unit}.", key=view.key_id, unit=view.unit_code))
    return EXIT_OK


def _cmd_trust_list(context, args) -> int:
    from dvc_desktop.services.keys import list_trusted

    return print_listing(args, "keys", list_trusted(context),
                         lambda key: f"{key.unit_code:<16} {key.key_id}  {key.state:<8} {key.fingerprint}")


def _cmd_trust_revoke(context, args) -> int:
    from dvc_desktop.services.keys import revoke

    view = revoke(context, args.key_id)
    print(_t("Đã thu hồi khóa {key} của đơn vị {unit}.", key=view.key_id, unit=view.unit_code))
    return EXIT_OK

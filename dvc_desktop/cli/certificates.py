"""`keys certificate` and `trust ca|crl|org|policy`: official certificates (contract: docs/cli.md)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dvc_desktop.cli.common import EXIT_OK, EXIT_USAGE, _print_json, _t, _token_pin, add_pin_file, print_listing


def add_verbs(verbs: argparse._SubParsersAction) -> None:
    verify = verbs.add_parser("verify-pdf", help=_t("kiểm tra chữ ký số của tệp PDF (PAdES)"))
    verify.add_argument("file", type=Path)
    verify.add_argument("--json", action="store_true")
    verify.set_defaults(handler=_cmd_verify_pdf, reads_only=True)
    sign = verbs.add_parser("sign-pdf", help=_t("ký số của cơ quan lên văn bản PDF đã có chữ ký của người có thẩm "
                                                "quyền (đè lên 1/3 bên trái chữ ký đó)"))
    sign.add_argument("source", type=Path)
    sign.add_argument("out", type=Path)
    sign.add_argument("--as", dest="role", choices=("agency",), required=True,
                      help=_t("agency: chữ ký số của cơ quan (văn thư ký bằng chứng thư số của cơ quan)"))
    add_pin_file(sign)
    sign.set_defaults(handler=_cmd_sign_pdf, reads_only=True)


def add_key_verbs(key_verbs: argparse._SubParsersAction) -> None:
    timestamp = key_verbs.add_parser("timestamp", help=_t("máy chủ dấu thời gian (RFC 3161) cho tài liệu ký số"))
    timestamp.add_argument("url", nargs="?", help=_t("địa chỉ máy chủ; bỏ trống để xem"))
    timestamp.add_argument("--none", action="store_true", help=_t("không dùng máy chủ dấu thời gian"))
    timestamp.set_defaults(handler=_cmd_keys_timestamp)

    certificate = key_verbs.add_parser("certificate", help=_t("chứng thư số dùng để ký (token PKCS#11 hoặc tệp PKCS#12)"))
    where = certificate.add_mutually_exclusive_group(required=True)
    where.add_argument("--pkcs11-lib", metavar="PATH", help=_t("thư viện PKCS#11 của token (trình điều khiển)"))
    where.add_argument("--pkcs12", metavar="FILE", type=Path, help=_t("tệp PKCS#12 (.p12, .pfx)"))
    where.add_argument("--show", action="store_true", help=_t("xem chứng thư số đang dùng để ký"))
    where.add_argument("--forget", action="store_true", help=_t("thôi ký bằng chứng thư số"))
    certificate.add_argument("--token", metavar="LABEL", help=_t("nhãn của token"))
    certificate.add_argument("--key-label", metavar="LABEL", help=_t("nhãn của khóa ký trên token"))
    certificate.add_argument("--json", action="store_true")
    add_pin_file(certificate)
    certificate.set_defaults(handler=_cmd_keys_certificate)


def add_trust_verbs(trust_verbs: argparse._SubParsersAction) -> None:
    def files(name: str, text: str, add_text: str, add, listing) -> argparse._SubParsersAction:
        """`trust NAME add FILE [--json]` and `trust NAME list [--json]`."""
        group = trust_verbs.add_parser(name, help=text).add_subparsers(dest=f"{name}_verb", metavar="VERB",
                                                                       required=True)
        add_verb = group.add_parser("add", help=add_text)
        add_verb.add_argument("file", type=Path)
        add_verb.add_argument("--json", action="store_true")
        add_verb.set_defaults(handler=add)
        list_verb = group.add_parser("list")
        list_verb.add_argument("--json", action="store_true")
        list_verb.set_defaults(handler=listing, reads_only=True)
        return group

    ca_verbs = files("ca", _t("chứng thư của tổ chức cung cấp dịch vụ chứng thực (CA) được tin cậy"),
                     _t("tin cậy các chứng thư CA trong tệp (PEM hoặc DER)"), _cmd_ca_add, _cmd_ca_list)
    ca_remove = ca_verbs.add_parser("remove", help=_t("thôi tin cậy một chứng thư CA (theo dấu SHA-256)"))
    ca_remove.add_argument("sha256")
    ca_remove.set_defaults(handler=_cmd_ca_remove)
    files("crl", _t("danh sách chứng thư bị thu hồi (CRL) nạp từ tệp"), _t("nạp CRL từ tệp (PEM hoặc DER)"),
          _cmd_crl_add, _cmd_crl_list)

    org = trust_verbs.add_parser("org", help=_t("tổ chức ghi trong chứng thư số của từng đơn vị"))
    org_verbs = org.add_subparsers(dest="org_verb", metavar="VERB", required=True)
    org_add = org_verbs.add_parser("add", help=_t("xác nhận tổ chức trong chứng thư là của đơn vị"))
    org_add.add_argument("--unit-code", required=True)
    org_add.add_argument("--organisation", required=True)
    org_add.add_argument("--yes", action="store_true", help=_t("không hỏi xác nhận"))
    org_add.set_defaults(handler=_cmd_org_add)
    org_list = org_verbs.add_parser("list")
    org_list.add_argument("--json", action="store_true")
    org_list.set_defaults(handler=_cmd_org_list, reads_only=True)

    policy = trust_verbs.add_parser("policy", help=_t("chính sách nhận gói"))
    required = policy.add_mutually_exclusive_group()
    required.add_argument("--require-certificate", action="store_true", dest="require",
                          help=_t("chỉ nhận gói ký bằng chứng thư số"))
    required.add_argument("--allow-keys", action="store_true", dest="allow",
                          help=_t("nhận cả gói chỉ ký bằng khóa minisign (mặc định)"))
    policy.add_argument("--json", action="store_true")
    policy.set_defaults(handler=_cmd_policy)


def _cmd_keys_timestamp(context, args) -> int:
    from dvc_desktop.services.document_signing import set_timestamp_url, timestamp_url

    if args.none or args.url:
        set_timestamp_url(context, "" if args.none else args.url)
    url = timestamp_url(context)
    if url:
        print(_t("Tài liệu ký số kèm dấu thời gian của {url} (PAdES B-T) khi máy chủ trả lời.", url=url))
    else:
        print(_t("Không dùng máy chủ dấu thời gian: tài liệu ký số theo PAdES B-B."))
    return EXIT_OK


def _cmd_sign_pdf(context, args) -> int:
    from dvc_desktop.services.document_signing import sign_as_agency

    signed = sign_as_agency(context, args.source, args.out, _token_pin(args))
    print(_t("Đã ký số của cơ quan (PAdES {level}) vào {path}.", level=signed.level, path=args.out))
    if signed.notice:
        print(_t("Lưu ý: {notice}", notice=signed.notice))
    return EXIT_OK


def _cmd_verify_pdf(context, args) -> int:
    from dvc_desktop.cli.common import EXIT_REJECTED
    from dvc_desktop.services.document_signing import verify_pdf_file

    result = verify_pdf_file(context, args.file)
    if args.json:
        _print_json(result)
    elif not result["signed"]:
        print(_t("{file}: không có chữ ký số.", file=result["file"]))
    else:
        for check in result["signatures"]:
            verdict = _t("HỢP LỆ") if check["valid"] else _t("KHÔNG HỢP LỆ")
            print(_t("{file}: chữ ký «{field}»: {verdict}", file=result["file"], field=check["field"], verdict=verdict))
            print(_t("  Người ký:  {signer}", signer=check["signer"] or "—"))
            print(_t("  Tổ chức:   {organisation}", organisation=check["organisation"] or "—"))
            print(_t("  Thời gian ký: {at}", at=check["signing_time"] or "—"))
            if check["timestamp"]:
                print(_t("  Dấu thời gian: {at}", at=check["timestamp"]))
            print(_t("  Tệp thay đổi sau khi ký: {answer}",
                     answer=_t("không") if check["covers_whole_file"] else _t("CÓ")))
            if check["reason"]:
                print(_t("  Lý do: {reason}", reason=check["reason"]))
    return EXIT_OK if result["valid"] else EXIT_REJECTED


def _print_certificate(info: dict) -> None:
    print(_t("  Chủ thể:   {subject}", subject=info["subject"]))
    print(_t("  Tổ chức:   {organisation}", organisation=info["organisation"]))
    print(_t("  Số sê-ri:  {serial}", serial=info["serial"]))
    print(_t("  Cấp bởi:   {issuer}", issuer=info["issuer"]))
    print(_t("  Hiệu lực:  {since} – {until}", since=info["not_before"][:10], until=info["not_after"][:10]))
    print(_t("  SHA-256:   {fp}", fp=info["sha256"]))


def _cmd_keys_certificate(context, args) -> int:
    from dvc_desktop.services.certificates import (
        Pkcs12Source, TokenSource, configure_signing_certificate, forget_signing_certificate, signing_certificate,
    )
    from dvc_desktop.services.errors import InvalidRequest

    if args.forget:
        forget_signing_certificate(context)
        print(_t("Đã thôi ký bằng chứng thư số; gói sẽ chỉ được ký bằng khóa minisign (nếu có)."))
        return EXIT_OK
    if args.show:
        current = signing_certificate(context)
        if args.json:
            _print_json({"certificate": current.as_dict() if current else None})
            return EXIT_OK
        if current is None:
            print(_t("Chưa cấu hình chứng thư số để ký: dùng `dvc-desktop keys certificate --pkcs11-lib …` "
                     "hoặc `--pkcs12 …`."))
            return EXIT_OK
        print(_t("Ký bằng chứng thư số trên {where}:", where=current.source.describe()))
        _print_certificate(current.certificate.as_dict())
        return EXIT_OK
    if args.pkcs11_lib:
        if not args.token or not args.key_label:
            raise InvalidRequest(_t("Với --pkcs11-lib cần cả --token (nhãn token) và --key-label (nhãn khóa)."))
        source: TokenSource | Pkcs12Source = TokenSource(args.pkcs11_lib, args.token, args.key_label)
    else:
        source = Pkcs12Source(str(args.pkcs12.resolve()))
    configured = configure_signing_certificate(context, source, _token_pin(args))
    if args.json:
        _print_json({"certificate": configured.as_dict()})
        return EXIT_OK
    print(_t("Từ nay gói và tài liệu được ký bằng chứng thư số trên {where}:", where=configured.source.describe()))
    _print_certificate(configured.certificate.as_dict())
    return EXIT_OK


def _cmd_ca_add(context, args) -> int:
    from dataclasses import asdict

    from dvc_desktop.services.certificates import add_trusted_cas

    views = add_trusted_cas(context, args.file)
    if args.json:
        _print_json({"certificates": [asdict(v) for v in views]})
        return EXIT_OK
    for view in views:
        if view.added:
            print(_t("Đã tin cậy CA «{subject}» (SHA-256 {fp}).", subject=view.subject, fp=view.sha256))
        else:
            print(_t("CA «{subject}» đã được tin cậy từ trước.", subject=view.subject))
    return EXIT_OK


def _cmd_ca_list(context, args) -> int:
    from dvc_desktop.services.certificates import list_trusted_cas

    return print_listing(args, "certificates", list_trusted_cas(context),
                         lambda view: f"{view.sha256}  {view.not_after[:10]}  {view.subject}")


def _cmd_ca_remove(context, args) -> int:
    from dvc_desktop.services.certificates import remove_trusted_ca

    view = remove_trusted_ca(context, args.sha256)
    print(_t("Đã thôi tin cậy CA «{subject}».", subject=view.subject))
    return EXIT_OK


def _cmd_crl_add(context, args) -> int:
    from dataclasses import asdict

    from dvc_desktop.services.certificates import add_crl

    view = add_crl(context, args.file)
    if args.json:
        _print_json({"crl": asdict(view)})
    elif view.added:
        print(_t("Đã nạp CRL của «{issuer}» ({n} chứng thư bị thu hồi, cập nhật {at}).", issuer=view.issuer,
                 n=view.revoked, at=view.this_update[:10]))
    else:
        print(_t("CRL này đã được nạp từ trước."))
    return EXIT_OK


def _cmd_crl_list(context, args) -> int:
    from dvc_desktop.services.certificates import list_crls

    return print_listing(args, "crls", list_crls(context),
                         lambda view: f"{view.this_update[:10]}  {view.revoked:>6}  {view.issuer}")


def _cmd_org_add(context, args) -> int:
    from dvc_desktop.domain.text import fold
    from dvc_desktop.services.certificates import confirm_organisation

    if not args.yes and sys.stdin.isatty():
        answer = input(_t("Xác nhận chứng thư số của tổ chức «{organisation}» ký cho đơn vị {unit}? [c/K] ",
                          organisation=args.organisation, unit=args.unit_code))
        if fold(answer) not in ("c", "co", "y", "yes"):
            print(_t("Không xác nhận."))
            return EXIT_USAGE
    view = confirm_organisation(context, args.unit_code, args.organisation)
    print(_t("Đã xác nhận: chứng thư số của «{organisation}» ký cho đơn vị {unit}.", organisation=view.organisation,
             unit=view.unit_code))
    return EXIT_OK


def _cmd_org_list(context, args) -> int:
    from dvc_desktop.services.certificates import list_organisations

    return print_listing(args, "organisations", list_organisations(context),
                         lambda view: f"{view.unit_code:<16} {view.organisation}")


def _cmd_policy(context, args) -> int:
    from dvc_desktop.services.certificates import requires_certificate, set_require_certificate

    if args.require or args.allow:
        set_require_certificate(context, bool(args.require))
    required = requires_certificate(context)
    if args.json:
        _print_json({"require_certificate": required})
    elif required:
        print(_t("Chỉ nhận gói ký bằng chứng thư số; gói chỉ ký bằng khóa minisign bị từ chối."))
    else:
        print(_t("Nhận gói ký bằng chứng thư số hoặc bằng khóa minisign đã tin cậy."))
    return EXIT_OK

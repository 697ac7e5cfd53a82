"""Detached CMS (PKCS#7) signatures of a package's `package.zip`, made with the unit's certificate and
checked against the CA certificates and CRLs the receiving office trusts.

The signature is what `openssl cms -sign -binary -outform DER` makes: SignedData, no encapsulated
content, one SignerInfo with signed attributes (content type, message digest, signing time). pyHanko
builds and validates it (asn1crypto and its certvalidator); `openssl cms -verify` checks it as well.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from asn1crypto import cms as asn1_cms, x509 as asn1_x509
from cryptography import x509
from cryptography.exceptions import InvalidSignature

from dvc_desktop.certificates.x509 import (
    CertificateInfo, allows_digital_signature, der, describe, readable_name,
)
from dvc_desktop.i18n import translate

MAX_SIGNATURE_BYTES = 256 * 1024  # a signature with its chain is a few kilobytes
DIGEST = "sha256"
# A clock that runs a little fast on the signer's machine is normal; a signature "made" days ahead is not.
CLOCK_SKEW = dt.timedelta(hours=12)


def _t(text: str, **params: object) -> str:
    return translate("certificates", text, **params)


class SignatureRefused(ValueError):
    """The certificate signature is not acceptable; str() is the Vietnamese reason, `code` a stable key."""

    def __init__(self, code: str, message: str, certificate: CertificateInfo | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.certificate = certificate


@dataclass(frozen=True)
class CertificateTrust:
    """What an office trusts: the CA certificates it added (any of them may end a chain) and the CRLs it
    loaded from files (offline machines fetch nothing)."""

    anchors: list[x509.Certificate] = field(default_factory=list)
    crls: list[bytes] = field(default_factory=list)  # DER


@dataclass(frozen=True)
class SignedBy:
    certificate: x509.Certificate
    info: CertificateInfo
    signing_time: dt.datetime


def _run(coroutine: Any) -> Any:
    """pyHanko's API is asynchronous; this runs on a worker thread or the command line, never in Qt's loop."""
    return asyncio.run(coroutine)


def sign_detached(signer: Any, data: bytes, signing_time: dt.datetime | None = None) -> bytes:
    """DER CMS over `data`, detached, with the signing time among the signed attributes."""
    from pyhanko.sign.signers.pdf_cms import PdfCMSSignedAttributes

    moment = signing_time or dt.datetime.now(dt.timezone.utc)
    content = _run(signer.async_sign_general_data(
        data, DIGEST, detached=True, signed_attr_settings=PdfCMSSignedAttributes(signing_time=moment)))
    return bytes(content.dump())


def _signed_data(signature: bytes) -> asn1_cms.SignedData:
    if len(signature) > MAX_SIGNATURE_BYTES:
        raise SignatureRefused("bad_cms", _t("Chữ ký số của gói quá lớn."))
    try:
        content = asn1_cms.ContentInfo.load(signature, strict=True)
        if content["content_type"].native != "signed_data":
            raise ValueError("not SignedData")
        signed = content["content"]
        signer_infos = signed["signer_infos"]
        if len(signer_infos) != 1:
            raise ValueError("one signer expected")
        if signed["encap_content_info"]["content"].native is not None:
            raise ValueError("not detached")
        signed.native  # parse every part now: a malformed field fails here, not deep in the validator
    except (ValueError, TypeError, KeyError, OverflowError) as error:
        raise SignatureRefused("bad_cms", _t(
            "Chữ ký số của gói (package.zip.p7s) không phải chữ ký CMS tách rời hợp lệ.")) from error
    return signed


def _signing_time(signed: asn1_cms.SignedData) -> dt.datetime:
    from pyhanko.sign.validation.generic_cms import extract_self_reported_ts

    try:
        moment = extract_self_reported_ts(signed["signer_infos"][0])
    except Exception as error:  # a malformed attribute: the same answer as none
        raise SignatureRefused("no_signing_time", _t("Chữ ký số không ghi thời điểm ký hợp lệ.")) from error
    if moment is None:
        raise SignatureRefused("no_signing_time", _t("Chữ ký số không ghi thời điểm ký (thuộc tính signingTime)."))
    return moment


def verify_detached(data: bytes, signature: bytes, trust: CertificateTrust,
                    now: dt.datetime | None = None) -> SignedBy:
    """Who signed `data`, when the signature is sound, the certificate valid at the signing time, allowed to
    sign, chained to a trusted CA and on no loaded CRL; otherwise SignatureRefused with the reason."""
    from pyhanko.sign.general import SigningError
    from pyhanko.sign.validation.generic_cms import async_validate_detached_cms
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko_certvalidator import ValidationContext

    signed = _signed_data(signature)
    moment = _signing_time(signed)
    now = now or dt.datetime.now(dt.timezone.utc)
    if moment > now + CLOCK_SKEW:
        raise SignatureRefused("future_signing_time", _t(
            "Chữ ký số ghi thời điểm ký {at}, muộn hơn hiện tại: đồng hồ máy ký sai hoặc chữ ký không thật.",
            at=moment.isoformat(timespec="seconds")))
    if not trust.anchors:
        raise SignatureRefused("no_trusted_ca", _t(
            "Gói được ký bằng chứng thư số nhưng máy này chưa cấu hình chứng thư của tổ chức cung cấp dịch vụ chứng "
            "thực (CA) nào: thêm bằng `dvc-desktop trust ca add` hoặc trong cửa sổ Tin cậy."))
    context = ValidationContext(
        trust_roots=[asn1_x509.Certificate.load(der(c)) for c in trust.anchors],
        crls=list(trust.crls), moment=moment, allow_fetching=False, revocation_mode="soft-fail",
        retroactive_revinfo=True)
    try:
        status = _run(async_validate_detached_cms(
            data, signed, signer_validation_context=context,
            # Key usage is checked below with its own message; pyHanko's default would ask non-repudiation.
            key_usage_settings=KeyUsageConstraints(key_usage=set(), match_all_key_usages=False)))
    except (SigningError, ValueError, TypeError, KeyError) as error:
        raise SignatureRefused("bad_cms", _t("Chữ ký số của gói không kiểm tra được: {error}", error=error)) from error
    if status.signing_cert is None:
        raise SignatureRefused("bad_cms", _t("Chữ ký số không kèm chứng thư số của người ký."))
    certificate = x509.load_der_x509_certificate(status.signing_cert.dump())
    info = describe(certificate)
    if not (status.intact and status.valid):
        raise SignatureRefused("bad_signature", _t(
            "Chữ ký số không khớp với nội dung gói: gói đã bị sửa đổi sau khi ký, hoặc chữ ký làm cho tệp khác."), info)
    if moment > certificate.not_valid_after_utc:
        raise SignatureRefused("certificate_expired", _t(
            "Chứng thư số của «{subject}» đã hết hạn ngày {until} trước thời điểm ký {at}.",
            subject=info.common_name or info.subject, until=info.not_after[:10], at=moment.date().isoformat()), info)
    if moment < certificate.not_valid_before_utc:
        raise SignatureRefused("certificate_not_yet_valid", _t(
            "Chứng thư số của «{subject}» chỉ có hiệu lực từ ngày {since}, sau thời điểm ký {at}.",
            subject=info.common_name or info.subject, since=info.not_before[:10], at=moment.date().isoformat()), info)
    if not allows_digital_signature(certificate):
        raise SignatureRefused("key_usage", _t(
            "Chứng thư số của «{subject}» không được phép dùng để ký số (thiếu digitalSignature trong keyUsage).",
            subject=info.common_name or info.subject), info)
    if not status.trusted:
        raise _untrusted(status, certificate, info)
    if revoked_by_crl(certificate, issuer_of(certificate, signed, trust), trust):
        raise SignatureRefused("revoked", _t(
            "Chứng thư số của «{subject}» (số sê-ri {serial}) đã bị thu hồi theo CRL đã nạp.",
            subject=info.common_name or info.subject, serial=info.serial), info)
    return SignedBy(certificate, info, moment)


def issuer_of(certificate: x509.Certificate, signed: asn1_cms.SignedData,
            trust: CertificateTrust) -> x509.Certificate | None:
    """The CA certificate that signed `certificate`, among the trusted ones and those the signature carries
    (the chain was validated above: this only finds the link)."""
    carried = [x509.load_der_x509_certificate(choice.chosen.dump()) for choice in signed["certificates"]
               if choice.name == "certificate"]
    for candidate in [*trust.anchors, *carried]:
        if candidate.subject != certificate.issuer:
            continue
        try:
            certificate.verify_directly_issued_by(candidate)
        except (ValueError, TypeError, InvalidSignature):
            continue
        return candidate
    return None


def revoked_by_crl(certificate: x509.Certificate, issuer: x509.Certificate | None, trust: CertificateTrust) -> bool:
    """On a loaded CRL of its issuer, whatever the revocation date: the signing time is the signer's own
    claim, so a key revoked for compromise could date a signature back before it."""
    if issuer is None:
        return False
    for data in trust.crls:
        try:
            crl = x509.load_der_x509_crl(data)
            if crl.issuer != certificate.issuer or not crl.is_signature_valid(issuer.public_key()):  # type: ignore[arg-type]
                continue
        except (ValueError, TypeError):
            continue
        if crl.get_revoked_certificate_by_serial_number(certificate.serial_number) is not None:
            return True
    return False


def _untrusted(status: Any, certificate: x509.Certificate, info: CertificateInfo) -> SignatureRefused:
    indication = str(getattr(status, "trust_problem_indic", "") or "")
    if "REVOKED" in indication:  # a certificate whose own CRL distribution point lists it
        return SignatureRefused("revoked", _t(
            "Chứng thư số của «{subject}» (số sê-ri {serial}) đã bị thu hồi theo CRL đã nạp.",
            subject=info.common_name or info.subject, serial=info.serial), info)
    return SignatureRefused("untrusted_chain", _t(
        "Chứng thư số của «{subject}» do «{issuer}» cấp không dẫn tới chứng thư CA nào máy này tin cậy.",
        subject=info.common_name or info.subject, issuer=readable_name(certificate.issuer)), info)

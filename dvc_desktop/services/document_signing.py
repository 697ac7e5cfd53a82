"""Signing the office's PDFs (the report, the Danh mục) with its certificate: PAdES, a visible signature
placed and worded as Decree 30/2020, Appendix I asks (certificates/pades.py), a timestamp when a server
is configured; and `verify-pdf`."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from sqlalchemy.orm import Session

from dvc_desktop.certificates import pades
from dvc_desktop.certificates.credentials import CredentialError, open_signer, signer_certificate
from dvc_desktop.certificates.x509 import CertificateInfo
from dvc_desktop.i18n import translate
from dvc_desktop.services.certificates import SigningCertificate, certificate_policy, signing_certificate_in
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.errors import InputRejected, InvalidRequest
from dvc_desktop.services.settings import get_setting, put_setting, require_identity
from dvc_desktop.store import audit

if TYPE_CHECKING:  # the reports' layout brings Qt; verify-pdf needs none of it
    from dvc_desktop.reports.layout import Spot

TIMESTAMP_SETTING = "certificate.timestamp_url"


def _t(text: str, **params: object) -> str:
    return translate("certificates", text, **params)


@dataclass(frozen=True)
class DocumentSigning:
    """What signing a document needs, read before the long work starts (so a missing certificate is said
    at once, not after the pages are painted)."""

    certificate: SigningCertificate
    timestamp_url: str


def document_signing(session: Session) -> DocumentSigning:
    certificate = signing_certificate_in(session)
    if certificate is None:
        raise InvalidRequest(_t("Chưa cấu hình chứng thư số để ký: chạy `dvc-desktop keys certificate` (hoặc Cài đặt › "
                                "Chứng thư số trong cửa sổ)."))
    return DocumentSigning(certificate, str(get_setting(session, TIMESTAMP_SETTING, "") or ""))


def document_signer(context: ServiceContext) -> str:
    """Who the configured certificate names (for the PIN dialog); InvalidRequest when none is configured."""
    with context.transaction() as session:
        return document_signing(session).certificate.certificate.common_name


def set_timestamp_url(context: ServiceContext, url: str) -> None:
    url = url.strip()
    if url and not url.lower().startswith(("http://", "https://")):
        raise InvalidRequest(_t("Địa chỉ máy chủ dấu thời gian phải bắt đầu bằng http:// hoặc https://."))
    with context.transaction() as session:
        require_identity(session)
        put_setting(session, TIMESTAMP_SETTING, url)
        audit.record(session, context.actor, "certificate.timestamp", "setting", TIMESTAMP_SETTING, url=url)


def timestamp_url(context: ServiceContext) -> str:
    with context.transaction() as session:
        return str(get_setting(session, TIMESTAMP_SETTING, "") or "")


def sign_pdf_document(signing: DocumentSigning, pdf: bytes, spot: Spot, pin: str, attachment_of: str | None = None,
                      reason: str = "") -> pades.SignedPdf:
    """The PDF signed with the configured certificate. `attachment_of`: the number of the decision the
    document is attached to (the agency's signature at the top right, black); None: the document itself
    (the signature at its signature block, blue)."""
    placement = pades.Placement(spot.page, spot.left, spot.top, spot.width, spot.height)

    def sign(signer: Any, holder: CertificateInfo, moment: str) -> pades.SignedPdf:
        if attachment_of is None:
            lines = [_t("Ký bởi: {name}", name=holder.common_name or holder.subject),
                     _t("Cơ quan: {organisation}", organisation=holder.organisation),
                     _t("Thời gian ký: {at}", at=moment)]
            # The left third is where the agency's seal goes (sign-pdf --as agency).
            return pades.sign_pdf(pdf, signer, placement, lines, pades.BLUE, signing.timestamp_url, reason=reason,
                                  left_margin=spot.width / 3)
        lines = [holder.organisation or holder.common_name,
                 *([_t("Kèm theo văn bản số: {number}", number=attachment_of)] if attachment_of else []),
                 _t("Thời gian ký: {at}", at=moment)]
        return pades.sign_pdf(pdf, signer, placement, lines, pades.BLACK, signing.timestamp_url, reason=reason)

    return _with_signer(signing, pin, sign)


def _with_signer(signing: DocumentSigning, pin: str,
                 sign: Callable[[Any, CertificateInfo, str], pades.SignedPdf]) -> pades.SignedPdf:
    """`sign(signer, its certificate, the signing time as shown)` with the configured certificate open; the
    token's and the PDF's failures become one sentence each (exit 2), nothing written."""
    moment = pades.vietnam_time(dt.datetime.now(dt.timezone.utc))
    try:
        with open_signer(signing.certificate.source, pin) as signer:
            return sign(signer, signer_certificate(signer), moment)
    except (CredentialError, pades.PdfSignatureError) as error:
        raise InvalidRequest(str(error)) from error


def signing_request(context: ServiceContext, sign: bool, pin: str | None) -> DocumentSigning | None:
    """What signing needs, checked before any page is painted; None when not signing."""
    if not sign:
        return None
    with context.transaction() as session:
        signing = document_signing(session)
    if pin is None:
        raise InvalidRequest(_t("Cần mã PIN của token để ký: dùng --pin-file, đặt DVC_TOKEN_PIN hoặc nhập khi được hỏi."))
    return signing


def write_signed_pdf(document: Any, target: Path, progress: Any, signing: DocumentSigning, pin: str, spot_name: str,
                     attachment_of: str | None = None, reason: str = "") -> tuple[int, pades.SignedPdf]:
    """Paint `document` (reports/document.py) to a scratch file, sign it at the spot the layout marked, and
    write the signed file whole at `target`; returns the pages and the signature."""
    import tempfile

    from dvc_desktop.atomic_files import atomic_write
    from dvc_desktop.reports.render import write_pdf

    spots: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="dvc-sign-") as scratch:
        unsigned = Path(scratch) / "unsigned.pdf"
        pages = write_pdf(document, unsigned, progress, spots)
        signed = sign_pdf_document(signing, unsigned.read_bytes(), spots[spot_name], pin, attachment_of, reason)
    atomic_write(target, signed.data)
    return pages, signed


def sign_as_agency(context: ServiceContext, source: Path, target: Path, pin: str) -> pades.SignedPdf:
    """`sign-pdf IN OUT --as agency`: the agency's signature (the văn thư's, with the agency's certificate)
    over the left third of the signer's visible signature, as Decree 30/2020, Appendix I places the seal;
    the signer's signature stays valid (an incremental update). The file must carry the signer's first."""
    from dvc_desktop.atomic_files import atomic_write
    from dvc_desktop.services.errors import prepare_output, writing_output

    prepare_output(context, target)
    try:
        if source.stat().st_size > pades.MAX_PDF_BYTES:
            raise InputRejected(_t("Tệp {name} quá lớn.", name=source.name))
        pdf = source.read_bytes()
    except OSError as error:
        raise InputRejected(_t("Không đọc được tệp {name}: {error}", name=source.name,
                               error=error.strerror or error)) from error
    try:
        signed_by = pades.signature_box(pdf)
    except pades.PdfSignatureError as error:
        raise InputRejected(str(error)) from error
    if signed_by is None:
        raise InvalidRequest(_t("Tệp {name} chưa có chữ ký số hiển thị của người có thẩm quyền: ký văn bản trước "
                                "(`report --sign`, hoặc Ký số… trong bản xem trước), rồi ký số của cơ quan.",
                                name=source.name))
    with context.transaction() as session:
        signing = document_signing(session)
    place = pades.agency_placement(signed_by)
    signed = _with_signer(signing, pin, lambda signer, holder, moment: pades.sign_pdf(
        pdf, signer, place, [holder.organisation or holder.common_name, _t("Thời gian ký: {at}", at=moment)],
        pades.RED, signing.timestamp_url, field_name=pades.AGENCY_FIELD_NAME))
    with writing_output(target):
        atomic_write(target, signed.data)
    return signed


def verify_pdf_file(context: ServiceContext, path: Path) -> dict[str, Any]:
    """`verify-pdf FILE.pdf --json`: each signature, valid or not and why; changes nothing."""
    try:
        data = path.read_bytes() if path.stat().st_size <= pades.MAX_PDF_BYTES else b""
    except OSError as error:
        raise InputRejected(_t("Không đọc được tệp {name}: {error}", name=path.name,
                               error=error.strerror or error)) from error
    if not data:
        raise InputRejected(_t("Tệp {name} quá lớn.", name=path.name))
    with context.transaction() as session:
        trust = certificate_policy(session).trust
    try:
        checks = pades.verify_pdf(data, trust)
    except pades.PdfSignatureError as error:
        raise InputRejected(str(error)) from error
    signatures = [c.as_dict() for c in checks]
    return {"file": path.name, "signed": bool(checks), "valid": bool(checks) and all(c.valid for c in checks),
            "signatures": signatures}

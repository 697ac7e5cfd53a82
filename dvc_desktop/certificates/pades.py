"""PAdES signatures of the office's PDFs (baseline B-B, or B-T with a timestamp server) with a visible
signature placed and worded as Decree 30/2020, Appendix I asks, and their verification.

Placement (Appendix I, the part on electronic documents):
- a document the office issues (the report): the signature at the signature block, between the
  signer's title and name (box 7b), with who signed, the agency and the signing time, in blue;
- a document attached to a decision (the Danh mục, an appendix): the agency's signature at the top
  right of its first page, no image, the decision's number and the signing time, Times New Roman 10,
  black.
The signing time is written in ISO 8601 with Vietnam's offset (+07:00), as the appendix asks.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import io
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from asn1crypto import x509 as asn1_x509
from cryptography import x509

from dvc_desktop.certificates.cms import CertificateTrust
from dvc_desktop.certificates.x509 import CertificateInfo, describe, der
from dvc_desktop.i18n import translate

VIETNAM = dt.timezone(dt.timedelta(hours=7), "+07:00")
FIELD_NAME = "ChuKySo"  # the signer's (or an attached document's) signature
AGENCY_FIELD_NAME = "ChuKySoCoQuan"  # the agency's, over the signer's
MAX_PDF_BYTES = 200 * 1024 * 1024
BLUE = (0.0, 0.0, 0.8)
BLACK = (0.0, 0.0, 0.0)
RED = (0.8, 0.0, 0.0)


def _t(text: str, **params: object) -> str:
    return translate("certificates", text, **params)


class PdfSignatureError(ValueError):
    """The PDF cannot be signed or read; str() is the Vietnamese reason."""


@dataclass(frozen=True)
class Placement:
    """Where the visible signature goes: a page (0 = first, -1 = last) and a box in points measured from
    the page's top-left corner, as the renderer lays pages out."""

    page: int
    left: float
    top: float
    width: float
    height: float


@dataclass(frozen=True)
class SignedPdf:
    data: bytes
    level: str  # "B-B" or "B-T"
    signing_time: dt.datetime
    notice: str = ""  # e.g. the timestamp server did not answer: signed B-B


def vietnam_time(moment: dt.datetime) -> str:
    """2026-12-04T09:15:02+07:00"""
    return moment.astimezone(VIETNAM).isoformat(timespec="seconds")


_stamp_fonts: dict[Path, bytes] = {}


def stamp_font() -> bytes:
    """Times New Roman where Windows has it, else the bundled metric-compatible Liberation Serif; scaled to
    1,000 units per em, as pyHanko writes a font's glyph widths unscaled into the PDF (a 2,048-unit font
    such as these then shows its letters spread apart). Kept in memory: the font's licence lets it be
    changed for use, not handed on under its name, and no file is left behind."""
    import logging

    from fontTools.ttLib import TTFont
    from fontTools.ttLib.scaleUpem import scale_upem

    from dvc_desktop.resources import resource_path

    logging.getLogger("fontTools").setLevel(logging.ERROR)  # "FFTM NOT subset": a table no PDF needs
    import os

    windows = Path(os.environ.get("SystemRoot", r"C:\Windows")) / "Fonts" / "times.ttf"
    source = windows if windows.is_file() else Path(resource_path("fonts", "LiberationSerif-Regular.ttf"))
    if source not in _stamp_fonts:
        font = TTFont(str(source))
        if font["head"].unitsPerEm != 1000:
            scale_upem(font, 1000)
        buffer = io.BytesIO()
        font.save(buffer)
        _stamp_fonts[source] = buffer.getvalue()
    return _stamp_fonts[source]


def _font_engines(data: bytes, size: int) -> Any:
    """pyHanko's font engine over the font's bytes (its own factory wants a file on disk)."""
    from pyhanko.pdf_utils.font.api import FontEngineFactory
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulator

    class InMemory(FontEngineFactory):
        def create_font_engine(self, writer: Any, obj_stream: Any = None) -> Any:
            if obj_stream is None and writer.stream_xrefs:
                obj_stream = writer.prepare_object_stream()
            return GlyphAccumulator(writer=writer, font_handle=io.BytesIO(data), font_size=size,
                                    obj_stream=obj_stream)

    return InMemory()


def _box(reader: Any, placement: Placement) -> tuple[int, tuple[int, int, int, int]]:
    pages = reader.root["/Pages"]["/Count"]
    page = placement.page if placement.page >= 0 else pages + placement.page
    if not 0 <= page < pages:
        raise PdfSignatureError(_t("Tệp PDF không có trang {n} để đặt chữ ký.", n=page + 1))
    page_object = reader.find_page_for_modification(page)[0].get_object()
    mediabox = [float(v) for v in page_object["/MediaBox"]]
    height = mediabox[3] - mediabox[1]
    x1 = mediabox[0] + placement.left
    y2 = mediabox[1] + height - placement.top
    return page, (round(x1), round(y2 - placement.height), round(x1 + placement.width), round(y2))


def sign_pdf(pdf: bytes, signer: Any, placement: Placement, lines: list[str], color: tuple[float, float, float],
             timestamp_url: str = "", reason: str = "", location: str = "", left_margin: float = 0.0,
             field_name: str = FIELD_NAME) -> SignedPdf:
    """`pdf` with one more signature (an incremental update: the signed bytes stay as they were).
    `left_margin` (points) keeps the text off the box's left part (where the agency's seal goes)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.layout import AxisAlignment, InnerScaling, Margins, SimpleBoxLayoutRule
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import TextStampStyle

    moment = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    try:
        writer = IncrementalPdfFileWriter(io.BytesIO(pdf), strict=False)
        page, box = _box(writer.prev, placement)
    except (PdfError, KeyError, TypeError, ValueError) as error:
        if isinstance(error, PdfSignatureError):
            raise
        raise PdfSignatureError(_t("Không đọc được tệp PDF để ký: {error}", error=error)) from error
    text = "\n".join(line.replace("%", "%%") for line in lines)
    style = TextStampStyle(
        stamp_text=text, border_width=0, background=None,
        # The same size for the font engine and the box, or every line after the first drifts (pyHanko #733).
        text_box_style=TextBoxStyle(font=_font_engines(stamp_font(), 10), font_size=10,
                                    leading=12,
                                    text_color=color),
        inner_content_layout=SimpleBoxLayoutRule(x_align=AxisAlignment.ALIGN_MID, y_align=AxisAlignment.ALIGN_MID,
                                                 margins=Margins(left=round(left_margin)),
                                                 inner_content_scaling=InnerScaling.SHRINK_TO_FIT))
    timestamper = None
    notice = ""
    if timestamp_url:
        timestamper, notice = _reachable_timestamper(timestamp_url)
    metadata = signers.PdfSignatureMetadata(
        field_name=field_name, md_algorithm="sha256", subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason or None, location=location or None)
    pdf_signer = signers.PdfSigner(metadata, signer, timestamper=timestamper, stamp_style=style,
                                   new_field_spec=fields.SigFieldSpec(field_name, on_page=page, box=box))
    out = io.BytesIO()
    asyncio.run(pdf_signer.async_sign_pdf(writer, output=out))
    return SignedPdf(out.getvalue(), "B-T" if timestamper else "B-B", moment, notice)


def signature_box(pdf: bytes) -> Placement | None:
    """Where the last visible signature of the PDF is (page, box from the top-left corner), if any."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        found = None
        for index in range(int(reader.root["/Pages"]["/Count"])):
            page = reader.find_page_for_modification(index)[0].get_object()
            annotations = page.get("/Annots")
            annotations = annotations.get_object() if hasattr(annotations, "get_object") else annotations or []
            height = float(page["/MediaBox"][3]) - float(page["/MediaBox"][1])
            for annotation in annotations:
                widget = annotation.get_object()
                field = widget.get("/Parent", widget)
                field = field.get_object() if hasattr(field, "get_object") else field
                if field.get("/FT") == "/Sig" and "/Rect" in widget:
                    x1, y1, x2, y2 = (float(v) for v in widget["/Rect"])
                    if x2 - x1 > 1 and y2 - y1 > 1:
                        found = Placement(index, x1, height - y2, x2 - x1, y2 - y1)
        return found
    except (PdfError, KeyError, TypeError, ValueError) as error:
        raise PdfSignatureError(_t("Không đọc được tệp PDF: {error}", error=error)) from error


def agency_placement(signed_by: Placement) -> Placement:
    """Decree 30/2020, Appendix I: the agency's signature over the left third of the signer's (there the
    seal; here its name and time, in red, where the signer's text leaves room)."""
    third = signed_by.width / 3
    return Placement(signed_by.page, signed_by.left - third, signed_by.top, 2 * third, signed_by.height)


def _reachable_timestamper(url: str) -> tuple[Any, str]:
    """A timestamp server that answers now, or none (and why): B-T when it can, B-B otherwise."""
    from pyhanko.sign.timestamps import HTTPTimeStamper
    from pyhanko.sign.timestamps import TimestampRequestError

    timestamper = HTTPTimeStamper(url, timeout=10)
    try:
        asyncio.run(timestamper.async_dummy_response("sha256"))
    except (TimestampRequestError, OSError, asyncio.TimeoutError, ValueError) as error:
        return None, _t("Máy chủ dấu thời gian {url} không trả lời ({error}): tài liệu được ký không kèm dấu thời "
                        "gian (PAdES B-B).", url=url, error=type(error).__name__)
    return timestamper, ""


# ---------------------------------------------------------------- verification


@dataclass(frozen=True)
class PdfSignatureCheck:
    """One signature of a PDF, as `verify-pdf` reports it."""

    field: str
    valid: bool  # intact, sound, and chained to a trusted CA (when any is configured)
    intact: bool
    trusted: bool
    signer: str
    organisation: str
    serial: str
    signing_time: str | None
    timestamp: str | None  # the timestamp token's time (B-T), if any
    covers_whole_file: bool  # False: something was added after this signature (a later signature, or a change)
    modification: str  # pyHanko's verdict on what was added after signing
    changed_after: bool  # True: changed after signing by more than the signatures that followed it
    reason: str  # why not valid, in Vietnamese; "" when valid
    certificate: CertificateInfo | None

    def as_dict(self) -> dict[str, Any]:
        data = {key: getattr(self, key) for key in ("field", "valid", "intact", "trusted", "signer", "organisation",
                                                    "serial", "signing_time", "timestamp", "covers_whole_file",
                                                    "changed_after", "modification", "reason")}
        data["certificate"] = self.certificate.as_dict() if self.certificate else None
        return data


def verify_pdf(pdf: bytes, trust: CertificateTrust) -> list[PdfSignatureCheck]:
    """Every signature in the PDF, checked: integrity, whether the file changed after it, the chain to the
    trusted CAs (at the signing time; a CRL loaded by the office refuses a revoked certificate)."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    if len(pdf) > MAX_PDF_BYTES:
        raise PdfSignatureError(_t("Tệp PDF quá lớn."))
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        embedded = list(reader.embedded_regular_signatures)
    except (PdfError, KeyError, TypeError, ValueError) as error:
        raise PdfSignatureError(_t("Không đọc được tệp PDF: {error}", error=error)) from error
    checks = [_check(signature, trust) for signature in embedded]
    # A signature followed only by later signatures (the agency's over the signer's) stands: what was added
    # is a signature, and the last one covers the whole file.
    last_covers = bool(checks) and checks[-1].covers_whole_file
    settled = []
    for index, check in enumerate(checks):
        countersigned = (not check.covers_whole_file and index < len(checks) - 1 and last_covers
                         and check.modification in ("NONE", "LTA_UPDATES", "FORM_FILLING"))
        changed = not check.covers_whole_file and not countersigned
        reason = check.reason
        if countersigned and reason == _t("Tệp đã được thêm nội dung sau khi ký."):
            reason = ""
        settled.append(PdfSignatureCheck(
            check.field, check.intact and check.trusted and not changed, check.intact, check.trusted, check.signer,
            check.organisation, check.serial, check.signing_time, check.timestamp, check.covers_whole_file,
            check.modification, changed, reason, check.certificate))
    return settled


def _check(embedded: Any, trust: CertificateTrust) -> PdfSignatureCheck:
    from pyhanko.sign.validation import async_validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko_certvalidator import ValidationContext

    from dvc_desktop.certificates.cms import issuer_of, revoked_by_crl  # the same CRL rule as packages

    moment = embedded.self_reported_timestamp
    context = ValidationContext(
        trust_roots=[asn1_x509.Certificate.load(der(c)) for c in trust.anchors], crls=list(trust.crls),
        moment=moment, allow_fetching=False, revocation_mode="soft-fail", retroactive_revinfo=True)
    reason = ""
    try:
        status = asyncio.run(async_validate_pdf_signature(
            embedded, signer_validation_context=context,
            key_usage_settings=KeyUsageConstraints(key_usage=set(), match_all_key_usages=False)))
    except Exception as error:  # a damaged signature dictionary: reported, not raised
        return PdfSignatureCheck(embedded.field_name or "", False, False, False, "", "", "", None, None, False, "",
                                 True, _t("Chữ ký không kiểm tra được: {error}", error=error), None)
    certificate = x509.load_der_x509_certificate(status.signing_cert.dump()) if status.signing_cert else None
    info = describe(certificate) if certificate else None
    covers = status.coverage is not None and status.coverage.name == "ENTIRE_FILE"
    trusted = bool(status.trusted) and bool(trust.anchors)
    if certificate is not None and trusted and revoked_by_crl(certificate, issuer_of(certificate, embedded.signed_data, trust),
                                                      trust):
        trusted = False
        reason = _t("Chứng thư số của người ký đã bị thu hồi theo CRL đã nạp.")
    intact = bool(status.intact and status.valid)
    if not intact:
        reason = _t("Chữ ký không khớp với nội dung: tệp đã bị sửa sau khi ký.")
    elif not trust.anchors:
        reason = _t("Máy này chưa tin cậy chứng thư CA nào (`dvc-desktop trust ca add`): chưa xác nhận được người ký.")
    elif not trusted and not reason:
        reason = _t("Chứng thư số của người ký không dẫn tới chứng thư CA nào máy này tin cậy, hoặc không còn hiệu lực "
                    "lúc ký.")
    elif not covers:
        reason = _t("Tệp đã được thêm nội dung sau khi ký.")
    timestamp = status.timestamp_validity.timestamp if status.timestamp_validity else None
    return PdfSignatureCheck(
        field=embedded.field_name or "", valid=intact and trusted and covers, intact=intact, trusted=trusted,
        signer=info.common_name if info else "", organisation=info.organisation if info else "",
        serial=info.serial if info else "",
        signing_time=vietnam_time(moment) if moment else None,
        timestamp=vietnam_time(timestamp) if timestamp else None, covers_whole_file=covers,
        modification=str(status.modification_level.name if status.modification_level else ""),
        changed_after=not covers, reason=reason, certificate=info)

"""PAdES signatures through PKCS#11 (SoftHSM2), checked by DVC Desktop and by poppler's `pdfsig`."""

from __future__ import annotations

import shutil
import statistics
import subprocess
from pathlib import Path

import pytest

from dvc_desktop.certificates.cms import CertificateTrust
from dvc_desktop.certificates.credentials import TokenSource, open_signer
from dvc_desktop.certificates.pades import Placement, sign_pdf, verify_pdf, BLUE
from tests.certificates.pki import Hierarchy, SoftToken

needs_pdfsig = pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler-utils is not installed")


@pytest.fixture(scope="module")
def plain_pdf(tmp_path_factory) -> bytes:
    """A one-page A4 PDF made the way the reports are (QPdfWriter)."""
    from PySide6.QtGui import QPainter, QPdfWriter

    from dvc_desktop.reports.render import prepare

    path = tmp_path_factory.mktemp("pdf") / "bao-cao.pdf"
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    prepare(writer)
    painter = QPainter(writer)
    painter.drawText(400, 400, "Báo cáo thử")
    painter.end()
    del writer
    return path.read_bytes()


def _signed(token: SoftToken, pdf: bytes, key: str = "agency") -> bytes:
    with open_signer(TokenSource(token.library, token.token_label, key), token.pin) as signer:
        return sign_pdf(pdf, signer, Placement(-1, 300, 600, 220, 60),
                        ["Ký bởi: Sở Tư pháp tỉnh Thử Nghiệm", "Thời gian ký: 2026-12-04T09:15:02+07:00"],
                        BLUE).data


def test_a_signed_pdf_verifies_here_and_with_pdfsig(soft_token, pki: Hierarchy, plain_pdf, tmp_path: Path):
    signed = _signed(soft_token, plain_pdf)
    assert signed.startswith(plain_pdf)  # an incremental update: the original bytes are untouched
    [check] = verify_pdf(signed, CertificateTrust([pki.root.certificate], [pki.crl]))
    assert check.valid and check.intact and check.trusted and check.covers_whole_file, check
    assert check.organisation == "Sở Tư pháp, UBND tỉnh Thử Nghiệm"
    assert check.signing_time and check.signing_time.endswith("+07:00")
    path = tmp_path / "ky.pdf"
    path.write_bytes(signed)
    if shutil.which("pdfsig"):
        done = subprocess.run(["pdfsig", "-nocert", str(path)], capture_output=True, text=True)
        assert "Signature is Valid." in done.stdout, done.stdout
        assert "Total document signed" in done.stdout and "ETSI.CAdES.detached" in done.stdout


def test_a_change_after_signing_is_reported(soft_token, pki: Hierarchy, plain_pdf, tmp_path: Path):
    signed = bytearray(_signed(soft_token, plain_pdf))
    signed[len(plain_pdf) // 2] ^= 0x01  # a byte inside the signed range
    [check] = verify_pdf(bytes(signed), CertificateTrust([pki.root.certificate]))
    assert not check.valid and not check.intact and "sửa" in check.reason
    appended = _signed(soft_token, plain_pdf) + b"\n% added after signing\n"
    [later] = verify_pdf(appended, CertificateTrust([pki.root.certificate]))
    assert not later.covers_whole_file and not later.valid


def test_an_untrusted_or_revoked_signer_is_not_valid(soft_token, pki: Hierarchy, plain_pdf):
    [foreign] = verify_pdf(_signed(soft_token, plain_pdf, "foreign"), CertificateTrust([pki.root.certificate]))
    assert foreign.intact and not foreign.trusted and not foreign.valid
    [revoked] = verify_pdf(_signed(soft_token, plain_pdf, "revoked"),
                           CertificateTrust([pki.root.certificate], [pki.crl]))
    assert revoked.intact and not revoked.valid and "thu hồi" in revoked.reason


def test_the_visible_signature_font_has_widths_in_thousandths_of_an_em(soft_token, plain_pdf):
    """pyHanko writes a font's glyph widths unscaled: from a 2,048-unit font the letters came out spread
    apart (a space 512 wide). The stamp's font is scaled to 1,000 units first."""
    import re

    signed = _signed(soft_token, plain_pdf)
    added = signed[len(plain_pdf):]
    font = added[added.index(b"/CIDFontType2"):]
    table = font[font.index(b"/W [") + 4:]
    widths = [int(w) for group in re.findall(rb"\d+ \[ ([\d ]+) \]", table[:table.index(b">>")]) for w in group.split()]
    assert widths and statistics.median(widths) < 700  # about 500: a letter of Times is half an em wide
    from pyhanko.pdf_utils.reader import PdfFileReader
    import io

    reader = PdfFileReader(io.BytesIO(signed))
    assert len(reader.embedded_signatures) == 1

"""The supervisors' summary signed with the office's certificate on a (SoftHSM2) token, from an office
set up through the command line: `report OUT.pdf --sign`, then `verify-pdf` and poppler's `pdfsig`;
B-T with a timestamp server on this machine, B-B (and says why) when it does not answer."""

from __future__ import annotations

import shutil
import subprocess
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from tests.certificates.pki import Hierarchy, SoftToken

needs_pdfsig = pytest.mark.skipif(shutil.which("pdfsig") is None, reason="poppler-utils is not installed")
OFFICE_ORGANISATION = "Văn phòng UBND tỉnh, UBND tỉnh Thử Nghiệm"


def _office_signs(cli, office: Path, token: SoftToken, pin_file: Path) -> None:
    cli(office, "keys", "certificate", "--pkcs11-lib", token.library, "--token", token.token_label,
        "--key-label", "office", "--pin-file", str(pin_file))


def _pdfsig(path: Path) -> str:
    return subprocess.run(["pdfsig", "-nocert", str(path)], capture_output=True, text=True).stdout


def _signature_field(path: Path) -> tuple[int, list[float], int]:
    """The signature widget's page, its rectangle (points) and the number of pages."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    with path.open("rb") as handle:
        reader = PdfFileReader(handle)
        pages = int(reader.root["/Pages"]["/Count"])
        for index in range(pages):
            page = reader.find_page_for_modification(index)[0].get_object()
            annotations = page.get("/Annots")
            annotations = annotations.get_object() if hasattr(annotations, "get_object") else annotations or []
            for annotation in annotations:
                widget = annotation.get_object()
                if widget.get("/FT") == "/Sig" or "/Parent" in widget:
                    return index, [float(v) for v in widget["/Rect"]], pages
    raise AssertionError("no signature widget")


@needs_pdfsig
def test_the_signed_summary_verifies_here_and_with_pdfsig(tmp_path, cli, round_open, soft_token, pki: Hierarchy,
                                                            pin_file):
    office = round_open[0]
    _office_signs(cli, office, soft_token, pin_file)
    report = tmp_path / "bao-cao.pdf"
    printed = cli(office, "report", str(report), "--sign", "--pin-file", str(pin_file))
    assert "PAdES B-B" in printed

    # pdfsig, as anyone receiving the file would check it.
    checked = _pdfsig(report)
    assert "Signature is Valid." in checked and "Total document signed" in checked, checked
    assert "Văn phòng UBND tỉnh tỉnh Thử Nghiệm" in checked  # the signer's common name

    # Without a trusted CA this office cannot say who signed; with the root it can.
    untrusted = cli(office, "verify-pdf", str(report), "--json", expect=3)
    assert untrusted["signed"] and not untrusted["valid"]
    assert untrusted["signatures"][0]["intact"] and "chưa tin cậy" in untrusted["signatures"][0]["reason"]
    cli(office, "trust", "ca", "add", str(pki.files["root"]))
    verified = cli(office, "verify-pdf", str(report), "--json")
    [signature] = verified["signatures"]
    assert verified["valid"] and signature["covers_whole_file"] and signature["trusted"]
    assert signature["organisation"] == OFFICE_ORGANISATION
    assert signature["signing_time"].endswith("+07:00") and signature["timestamp"] is None
    human = cli(office, "verify-pdf", str(report))
    assert "HỢP LỆ" in human and OFFICE_ORGANISATION in human

    # The visible signature sits in the signature block (box 7b): on the last page, in its right half.
    page, rect, pages = _signature_field(report)
    assert page == pages - 1
    assert rect[0] > 595.28 / 2 - 20 and rect[2] < 595.28 and rect[3] - rect[1] == pytest.approx(24 * 72 / 25.4, abs=1)

    # A byte changed after signing: this program and pdfsig both say so.
    data = bytearray(report.read_bytes())
    data[len(data) // 3] ^= 0x01
    changed = tmp_path / "sua.pdf"
    changed.write_bytes(bytes(data))
    result = cli(office, "verify-pdf", str(changed), "--json", expect=3)
    assert not result["valid"] and not result["signatures"][0]["intact"]
    assert "Signature is Valid." not in _pdfsig(changed)


def test_signing_needs_a_certificate_and_writes_nothing_without_it(tmp_path, cli, round_open, pin_file):
    office = round_open[0]
    report = tmp_path / "bao-cao.pdf"
    message = cli(office, "report", str(report), "--sign", "--pin-file", str(pin_file), expect=2)
    assert "keys certificate" in message and not report.exists()


def test_a_wrong_pin_leaves_no_report(tmp_path, cli, round_open, soft_token, pin_file):
    office = round_open[0]
    _office_signs(cli, office, soft_token, pin_file)
    wrong = tmp_path / "sai.txt"
    wrong.write_text("000000", encoding="utf-8")
    report = tmp_path / "bao-cao.pdf"
    assert "Mã PIN sai" in cli(office, "report", str(report), "--sign", "--pin-file", str(wrong), expect=2)
    assert not report.exists() and not list(tmp_path.glob("*.pdf"))


class _TimestampAuthority(BaseHTTPRequestHandler):
    """An RFC 3161 server on this machine: pyHanko's own timestamp engine behind plain HTTP."""

    engine = None

    def do_POST(self) -> None:  # noqa: N802 (http.server's name)
        from asn1crypto import tsp

        request = tsp.TimeStampReq.load(self.rfile.read(int(self.headers["Content-Length"])))
        body = self.engine.request_tsa_response(request).dump()
        self.send_response(200)
        self.send_header("Content-Type", "application/timestamp-reply")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture()
def timestamp_server(pki: Hierarchy):
    from asn1crypto import keys, x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.sign.timestamps import DummyTimeStamper

    key = keys.PrivateKeyInfo.load(pki.tsa.key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    cert = x509.Certificate.load(pki.tsa.certificate.public_bytes(serialization.Encoding.DER))
    handler = type("Authority", (_TimestampAuthority,), {"engine": DummyTimeStamper(cert, key)})
    server = HTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}/tsa"
    finally:
        server.shutdown()
        server.server_close()


@needs_pdfsig
def test_with_a_timestamp_server_the_summary_is_b_t(tmp_path, cli, round_open, soft_token, pki, pin_file,
                                                    timestamp_server):
    office = round_open[0]
    _office_signs(cli, office, soft_token, pin_file)
    cli(office, "keys", "timestamp", timestamp_server)
    report = tmp_path / "bao-cao.pdf"
    assert "PAdES B-T" in cli(office, "report", str(report), "--sign", "--pin-file", str(pin_file))
    cli(office, "trust", "ca", "add", str(pki.files["chain"]))
    [signature] = cli(office, "verify-pdf", str(report), "--json")["signatures"]
    assert signature["valid"] and signature["timestamp"] and signature["timestamp"].endswith("+07:00")
    assert "Signature is Valid." in _pdfsig(report)


def test_an_unreachable_timestamp_server_signs_b_b_and_says_so(tmp_path, cli, round_open, soft_token, pin_file):
    import socket

    office = round_open[0]
    _office_signs(cli, office, soft_token, pin_file)
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    cli(office, "keys", "timestamp", f"http://127.0.0.1:{port}/tsa")
    report = tmp_path / "bao-cao.pdf"
    printed = cli(office, "report", str(report), "--sign", "--pin-file", str(pin_file))
    assert "PAdES B-B" in printed and "không trả lời" in printed


@needs_pdfsig
def test_the_published_danh_muc_as_a_signed_pdf(tmp_path, cli, round_open, soft_token, pki, pin_file):
    """A unit's certificate-signed answers imported, then the Danh mục published as the decision's appendix in
    PDF, signed by the office at the top right of its first page (a document attached to the decision)."""
    from tests.certificates.test_certificate_round import ORGANISATION, _department, _export
    from tests.test_first_round import CODES, JUSTICE

    office = round_open[0]
    cli(office, "trust", "ca", "add", str(pki.files["root"]))
    cli(office, "trust", "org", "add", "--unit-code", JUSTICE[0], "--organisation", ORGANISATION, "--yes")
    store = _department(cli, tmp_path, round_open, soft_token, pin_file)
    package = _export(cli, store, tmp_path / "goi.dvcpkg", pin_file)
    assert cli(office, "package", "import", str(package), "--json")["results"][0]["status"] == "imported"

    plain = tmp_path / "danh-muc.pdf"
    cli(office, "publish", str(plain), "--decision", "1234/QĐ-UBND ngày 15/12/2026")
    info = subprocess.run(["pdfinfo", str(plain)], capture_output=True, text=True).stdout
    assert "842 x 595 pts (A4)" in info  # landscape
    text = subprocess.run(["pdftotext", "-layout", str(plain), "-"], capture_output=True, text=True).stdout
    assert "Phụ lục" in text and "DANH MỤC THỦ TỤC HÀNH CHÍNH" in text and CODES["justice"] in text
    assert "Kèm theo Quyết định số 1234/QĐ-UBND ngày 15 tháng 12 năm 2026" in text
    assert "Signature" not in subprocess.run(["pdfsig", str(plain)], capture_output=True, text=True).stdout

    _office_signs(cli, office, soft_token, pin_file)
    signed = tmp_path / "danh-muc-ky.pdf"
    assert "ký số" in cli(office, "publish", str(signed), "--decision", "1234/QĐ-UBND ngày 15/12/2026", "--sign",
                          "--pin-file", str(pin_file))
    assert "Signature is Valid." in _pdfsig(signed)
    [signature] = cli(office, "verify-pdf", str(signed), "--json")["signatures"]
    assert signature["valid"] and signature["organisation"] == OFFICE_ORGANISATION
    page, rect, _ = _signature_field(signed)
    assert page == 0 and rect[2] > 841.89 - 60 and rect[3] > 595.28 - 60  # top right of the first page
    assert "pdf" in cli(office, "publish", str(tmp_path / "x.xlsx"), "--sign", "--pin-file", str(pin_file),
                            expect=2)


def _signature_fields(path: Path) -> dict[str, list[float]]:
    from pyhanko.pdf_utils.reader import PdfFileReader

    with path.open("rb") as handle:
        reader = PdfFileReader(handle)
        return {s.field_name: [float(v) for v in s.sig_field["/Rect"]] for s in reader.embedded_signatures}


@needs_pdfsig
def test_the_agency_signs_over_the_signers_signature(tmp_path, cli, round_open, soft_token, pki, pin_file):
    """Decree 30/2020, Appendix I: the person with authority signs at the signature block, then the clerk signs
    with the agency's certificate over the left third of it; both signatures stay valid."""
    office = round_open[0]
    cli(office, "trust", "ca", "add", str(pki.files["root"]))
    cli(office, "keys", "certificate", "--pkcs11-lib", soft_token.library, "--token", soft_token.token_label,
        "--key-label", "agency", "--pin-file", str(pin_file))  # the person with authority's certificate
    signed = tmp_path / "bao-cao.pdf"
    cli(office, "report", str(signed), "--sign", "--pin-file", str(pin_file))
    _office_signs(cli, office, soft_token, pin_file)  # the clerk's machine: the agency's certificate
    sealed = tmp_path / "bao-cao-dong-dau.pdf"
    assert "PAdES B-B" in cli(office, "sign-pdf", str(signed), str(sealed), "--as", "agency", "--pin-file",
                              str(pin_file))
    assert _pdfsig(sealed).count("Signature is Valid.") == 2
    result = cli(office, "verify-pdf", str(sealed), "--json")
    first, second = result["signatures"]
    assert result["valid"] and first["valid"] and second["valid"]
    assert not first["covers_whole_file"] and not first["changed_after"] and second["covers_whole_file"]
    assert second["organisation"] == OFFICE_ORGANISATION and first["organisation"] != second["organisation"]
    fields = _signature_fields(sealed)
    person, agency = fields["ChuKySo"], fields["ChuKySoCoQuan"]
    third = (person[2] - person[0]) / 3
    assert agency[0] == pytest.approx(person[0] - third, abs=1) and agency[2] == pytest.approx(person[0] + third, abs=1)

    unsigned = tmp_path / "khong-ky.pdf"
    cli(office, "report", str(unsigned))
    assert "chưa có chữ ký" in cli(office, "sign-pdf", str(unsigned), str(tmp_path / "x.pdf"), "--as", "agency",
                                   "--pin-file", str(pin_file), expect=2)
    assert not (tmp_path / "x.pdf").exists()

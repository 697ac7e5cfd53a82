"""The key card written headless and read back with poppler: what the office compares, and the signature."""

from __future__ import annotations

from datetime import date

import pytest

from dvc_desktop.reports.compose import date_line
from dvc_desktop.reports.key_card import KeyCard, fingerprint_lines, public_key_file_name, write_key_card_pdf
from tests.reports.conftest import flat, pdffonts, pdfinfo, pdftotext, require_poppler

FINGERPRINT = "7EEL YVFF UM2G 6KVN ULU5 GLTS R32B 2OTK 4ZRW Y5EK"


def card(**changes: object) -> KeyCard:
    values = dict(unit_code="000.00.13.H40", unit_name="Sở Tư pháp", unit_kind="department",
                  province_name="Tỉnh Thử Nghiệm", key_id="6F34A3A554BC08F9", fingerprint=FINGERPRINT,
                  key_created=date(2026, 1, 5), made_on=date(2026, 2, 9))
    values.update(changes)
    return KeyCard(**values)  # type: ignore[arg-type]


@pytest.fixture()
def written(qapp, tmp_path):
    require_poppler()

    def write(**changes: object):  # type: ignore[no-untyped-def]
        out = tmp_path / "phieu-khoa.pdf"
        pages = write_key_card_pdf(card(**changes), out)
        return out, pages

    return write


def test_the_card_carries_what_the_office_compares_and_a_signature_line(written):
    pdf, pages = written()
    assert pages == 1 and pdfinfo(pdf)["Pages"] == "1"
    assert "(A4)" in pdfinfo(pdf)["Page size"]
    text = flat(pdftotext(pdf))
    for expected in ("ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM", "SỞ TƯ PHÁP", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     date_line("Thử Nghiệm", date(2026, 2, 9)), "PHIẾU KHÓA CÔNG KHAI",
                     "Kính gửi: Văn phòng Ủy ban nhân dân tỉnh Thử Nghiệm.",
                     "Đơn vị Sở Tư pháp", "Mã đơn vị 000.00.13.H40", "Mã khóa (key ID) 6F34A3A554BC08F9",
                     f"Dấu vân tay {FINGERPRINT}", "Ngày tạo khóa 05/01/2026", public_key_file_name("000.00.13.H40"),
                     "GIÁM ĐỐC", "(Ký, ghi rõ họ tên và đóng dấu)", "Nơi nhận:",
                     "PHẦN XÁC NHẬN CỦA VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH", "Cán bộ tiếp nhận (ký, ghi rõ họ tên):"):
        assert expected in text, expected
    assert text.index("GIÁM ĐỐC") < text.index("PHẦN XÁC NHẬN")  # the office's part comes last
    assert all(font["emb"] == "yes" for font in pdffonts(pdf))


def test_a_commune_writes_without_a_parent_agency_and_signs_for_its_committee(written):
    pdf, _pages = written(unit_code="000.40.55.H40", unit_name="UBND xã Bình An", unit_kind="commune")
    text = flat(pdftotext(pdf))
    assert "ỦY BAN NHÂN DÂN XÃ BÌNH AN" in text and "ỦY BAN NHÂN DÂN TỈNH THỬ NGHIỆM" not in text
    assert "TM. ỦY BAN NHÂN DÂN" in text and "CHỦ TỊCH" in text and "GIÁM ĐỐC" not in text


def test_the_fingerprint_is_printed_as_two_lines_of_five_groups():
    assert fingerprint_lines(FINGERPRINT) == "7EEL YVFF UM2G 6KVN ULU5\nGLTS R32B 2OTK 4ZRW Y5EK"

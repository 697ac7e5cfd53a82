"""The key card (phiếu khóa công khai) a unit sends the provincial office with its public key file.

The office trusts a unit's key only once the fingerprint on the file it received matches the one the
unit reads out on the telephone; the card carries what is compared (unit, code, key id, fingerprint,
dates), the unit head's signature and a part the office fills in when it has compared. Same page,
letterhead and fonts as the reports (Decree 30/2020, Appendix I); like `compose`, the text is
Vietnamese whatever the interface language. QtGui only: the PDF is written headless, and the
window's print preview paints the same page onto its printer.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPagedPaintDevice, QPainter

from dvc_desktop.reports.compose import authority, day, letterhead, lower_first
from dvc_desktop.reports.data import Issuer
from dvc_desktop.reports.document import Column, Document, Paragraph, Row, Table
from dvc_desktop.reports.layout import Flow, Geometry, Text
from dvc_desktop.reports.render import lay_out, paint_pages, write_pdf_file

TITLE = "PHIẾU KHÓA CÔNG KHAI"
SIGNING_NOTE = "(Ký, ghi rõ họ tên và đóng dấu)"  # under the head's title, above the signature line
OFFICE_PART = "PHẦN XÁC NHẬN CỦA VĂN PHÒNG ỦY BAN NHÂN DÂN TỈNH"


@dataclass(frozen=True)
class KeyCard:
    """What the card prints: the unit and its signing key."""

    unit_code: str
    unit_name: str
    unit_kind: str  # department | district | commune | province (the letterhead and the signer's title)
    province_name: str  # "Tỉnh Sơn Hà"
    key_id: str  # as minisign prints it
    fingerprint: str  # groups of four
    key_created: date | None
    made_on: date


def public_key_file_name(unit_code: str) -> str:
    """The name of the public key file sent with the card (the card names it too)."""
    return f"khoa-cong-khai-{unit_code}.pub"


def card_file_name(card: KeyCard) -> str:
    return f"phieu-khoa-{card.unit_code}-{card.made_on.isoformat()}.pdf"


def fingerprint_lines(fingerprint: str) -> str:
    """Ten groups of four as two lines of five, as read out on the telephone."""
    groups = fingerprint.split()
    return "\n".join(" ".join(groups[i:i + 5]) for i in range(0, len(groups), 5))


def _issuer(card: KeyCard) -> Issuer:
    return Issuer(card.unit_code, card.unit_name, card.unit_kind, card.province_name)


def compose_key_card(card: KeyCard) -> Document:
    """Letterhead, title and body; the signatures and the office's part are placed by `paint_key_card`."""
    office = f"Văn phòng Ủy ban nhân dân {lower_first(card.province_name)}"
    document = Document(TITLE, "Đăng ký khóa ký gói dữ liệu DVC Desktop của đơn vị",
                        replace(letterhead(_issuer(card), card.made_on), number=""))
    rows = (("Đơn vị", card.unit_name), ("Mã đơn vị", card.unit_code), ("Mã khóa (key ID)", card.key_id),
            ("Dấu vân tay", fingerprint_lines(card.fingerprint)), ("Ngày tạo khóa", day(card.key_created)),
            ("Tệp khóa công khai gửi kèm", public_key_file_name(card.unit_code)))
    document.blocks += [
        Paragraph(f"Kính gửi: {office}.", align="center", indent=False),
        Paragraph(f"{card.unit_name} đề nghị {office} tin cậy khóa công khai dưới đây để tiếp nhận các gói dữ liệu "
                  "phân loại thủ tục hành chính do đơn vị ký và gửi bằng phần mềm DVC Desktop."),
        Table("Thông tin khóa ký gói dữ liệu", (Column("Nội dung", 38), Column("Thông tin", 62)),
              tuple(Row((label, value), bold=label == "Dấu vân tay") for label, value in rows),
              size=13),
        Paragraph("Trước khi tin cậy khóa, cán bộ Văn phòng gọi điện thoại cho đơn vị và cùng đọc dấu vân tay theo "
                  "từng nhóm bốn ký tự: dấu vân tay của tệp khóa công khai nhận được phải trùng khớp hoàn toàn với "
                  "dấu vân tay in trên phiếu này. Nếu khác, không tin cậy khóa và báo lại cho đơn vị."),
    ]
    return document


def paint_key_card(card: KeyCard, device: QPagedPaintDevice) -> int:
    """Paint the card onto any paged device (QPdfWriter, the preview's QPrinter); returns the pages."""
    return paint_pages(device, lambda geometry: _pages(card, geometry))


def write_key_card_pdf(card: KeyCard, path: Path) -> int:
    """The card as a PDF (fonts embedded), written whole or not at all; returns the pages."""
    return write_pdf_file(path, f"Phiếu khóa công khai — {card.unit_name}", lambda writer: paint_key_card(card, writer))


def _pages(card: KeyCard, g: Geometry):
    pages = lay_out(compose_key_card(card), g)
    last = pages[-1][-1] if pages[-1] else None
    flow = Flow(g, pages, last.top + last.height if last else 0.0)
    _signatures(flow, card)
    _office_part(flow)
    return flow.pages


def _signatures(flow: Flow, card: KeyCard) -> None:
    """"Nơi nhận:" on the left; the head's title, the note, room to sign and the signature line on the right."""
    g = flow.geometry
    left_w, right_w = g.width * 0.5, g.width * 0.45
    label = Text(g, "Nơi nhận:", g.font(12, bold=True, italic=True), left_w)
    items = [Text(g, f"- {item}", g.font(11), left_w) for item in (
        f"Văn phòng UBND {lower_first(card.province_name)} (kèm tệp {public_key_file_name(card.unit_code)});",
        "Lưu: VT.")]
    titles = [Text(g, line, g.font(14, bold=True), right_w, "center") for line in authority(_issuer(card))]
    note = Text(g, SIGNING_NOTE, g.font(13, italic=True), right_w, "center")
    room = g.mm(20)
    right_h = sum(t.height for t in titles) + note.height + room + g.pt(2)
    height = max(label.height + sum(t.height for t in items), right_h)

    def draw(painter: QPainter, x: float, y: float) -> None:
        top = y
        for text in (label, *items):
            text.draw(painter, x, top)
            top += text.height
        right, top = x + g.width - right_w, y
        for text in (*titles, note):
            text.draw(painter, right, top)
            top += text.height
        painter.setPen(g.pen(0.5))
        centre, half = right + right_w / 2, right_w * 0.32
        painter.drawLine(QPointF(centre - half, top + room), QPointF(centre + half, top + room))

    flow.space(g.pt(8))
    flow.ensure(height)
    flow.place(height, draw)


def _office_part(flow: Flow) -> None:
    """Below a dashed cut line: what the office writes in once it has compared the fingerprint."""
    g = flow.geometry
    font = g.font(13)
    heading = Text(g, OFFICE_PART, g.font(13, bold=True), g.width, "center")
    lines = [Text(g, text, font, g.width, "left", spacing=1.25) for text in (
        _dotted(g, font, "Đã đối chiếu dấu vân tay qua điện thoại ngày ……/……/………… với: "),
        "Kết quả đối chiếu: khớp / không khớp (gạch bỏ ý không đúng).",
        _dotted(g, font, "Cán bộ tiếp nhận (ký, ghi rõ họ tên): "))]
    gap = g.mm(5)
    height = gap + heading.height + g.mm(1.5) + sum(t.height for t in lines)

    def draw(painter: QPainter, x: float, y: float) -> None:
        painter.setPen(g.pen(0.5, style=Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, y + gap / 2), QPointF(x + g.width, y + gap / 2))
        top = y + gap
        heading.draw(painter, x, top)
        top += heading.height + g.mm(1.5)
        for text in lines:
            text.draw(painter, x, top)
            top += text.height

    flow.space(g.mm(5))
    flow.ensure(height)
    flow.place(height, draw)


def _dotted(g: Geometry, font: QFont, text: str) -> str:
    """`text` followed by dots to the end of the line, to write on."""
    metrics = QFontMetricsF(font, g.device)
    room = g.width - metrics.horizontalAdvance(text) - g.pt(2)
    return text + "…" * max(0, int(room // metrics.horizontalAdvance("…")))

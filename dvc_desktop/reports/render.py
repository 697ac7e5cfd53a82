"""Lay a Document out on A4 pages and paint it onto any QPagedPaintDevice (QPdfWriter, QPrinter).

Layout per Decree 30/2020/NĐ-CP, Appendix I: A4 portrait, margins 20/20/30/15 mm (top, bottom,
left, right); the two-column header; the place and date line; the title; body text 14 pt justified;
page numbers centred in the top margin from page 2; tables whose header row repeats on every page
and whose rows are never cut; the signature block with "Nơi nhận". QtGui only, so it runs headless.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QMarginsF, QPointF
from PySide6.QtGui import QFontMetricsF, QPagedPaintDevice, QPageLayout, QPageSize, QPainter, QPdfWriter

from dvc_desktop.atomic_files import atomic_path, pdf_is_whole
from dvc_desktop.progress import Progress, no_progress
from dvc_desktop.reports.charts import place_bar_chart, place_stacked_chart
from dvc_desktop.reports.compose import date_line
from dvc_desktop.reports.document import (
    AppendixHeading, BarChart, Block, Document, Heading, Letterhead, Paragraph, Signature, StackedBarChart, Table,
)
from dvc_desktop.reports.fonts import ensure_gui_application, register_fonts
from dvc_desktop.reports.layout import (
    MARGIN_BOTTOM_MM, MARGIN_LEFT_MM, MARGIN_RIGHT_MM, MARGIN_TOP_MM, Flow, Geometry, Op, Placed, Spot, Text,
)

SIGNATURE_SPOT = "signature"  # where the signer's digital signature goes (Flow.spots)
ATTACHMENT_SPOT = "attachment"  # where the agency signs a document attached to a decision

NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
BODY = 14.0
LINE_SPACING = 1.08
PDF_RESOLUTION = 1200


def a4_layout(landscape: bool = False) -> QPageLayout:
    """A4 portrait (or landscape); the margins are recorded for print dialogs, the painter gets the whole sheet."""
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    layout = QPageLayout(QPageSize(QPageSize.PageSizeId.A4), orientation,
                         QMarginsF(MARGIN_LEFT_MM, MARGIN_TOP_MM, MARGIN_RIGHT_MM, MARGIN_BOTTOM_MM),
                         QPageLayout.Unit.Millimeter)
    layout.setMode(QPageLayout.Mode.FullPageMode)
    return layout


def prepare(device: QPagedPaintDevice, landscape: bool = False) -> None:
    """Make the device an A4 sheet with the painter's origin at the paper's corner."""
    device.setPageLayout(a4_layout(landscape))


def render(document: Document, device: QPagedPaintDevice, progress: Progress = no_progress,
           spots: dict[str, Spot] | None = None) -> int:
    """Paint every page of `document` onto `device`; returns the number of pages.

    `progress(done, total)` is called before each page; raising `Cancelled` from it stops painting
    (the caller discards the partial output). `spots`, when given, receives the named places the
    layout marked (the signature block's, for a digital signature).
    """
    return paint_pages(device, lambda geometry: lay_out(document, geometry, spots), progress, document.landscape)


def paint_pages(device: QPagedPaintDevice, pages_of: Callable[[Geometry], list[list[Placed]]],
                progress: Progress = no_progress, landscape: bool = False) -> int:
    """Paint the pages `pages_of` lays out for the device's A4 geometry, numbered from the second."""
    ensure_gui_application()
    family = register_fonts()
    prepare(device, landscape)
    painter = QPainter()
    if not painter.begin(device):
        raise RuntimeError("cannot paint on the document's output device")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        geometry = Geometry(device, family)
        pages = pages_of(geometry)
        for index, items in enumerate(pages):
            progress(index, len(pages))
            if index:
                device.newPage()
                _page_number(painter, geometry, index + 1)
            for item in items:
                item.op(painter, geometry.left, geometry.top + item.top)
        progress(len(pages), len(pages))
    finally:
        painter.end()
    return len(pages)


def write_pdf(document: Document, path: Path, progress: Progress = no_progress,
              spots: dict[str, Spot] | None = None) -> int:
    """The document as a PDF file (fonts embedded), written whole or not at all; returns the pages."""
    return write_pdf_file(path, document.pdf_title, lambda writer: render(document, writer, progress, spots))


def write_pdf_file(path: Path, title: str, paint: Callable[[QPdfWriter], int]) -> int:
    """`paint` onto a PDF at `path`, written to a temporary name and renamed once complete (a failure
    leaves no file); returns the pages."""
    ensure_gui_application()
    painted: list[int] = []
    # QPdfWriter reports no write error (a full disk gave a broken file and "9 pages"): the file is read
    # back, whole and with its page count, before it replaces an earlier one.
    with atomic_path(path, lambda written: pdf_is_whole(written, painted[0])) as partial:
        writer = QPdfWriter(str(partial))
        writer.setResolution(PDF_RESOLUTION)
        writer.setTitle(title)
        writer.setCreator("DVC Desktop")
        painted.append(paint(writer))
        del writer  # the file is complete once the painter ended; release it before renaming
    return painted[0]


def lay_out(document: Document, geometry: Geometry, spots: dict[str, Spot] | None = None) -> list[list[Placed]]:
    """The pages, each the items placed on it."""
    flow = Flow(geometry)
    if document.letterhead is not None:
        _letterhead(flow, document.letterhead, document.title, document.subject)
    for block in document.blocks:
        _place(flow, block)
    if spots is not None:
        spots.update(flow.spots)
    return flow.pages


def _place(flow: Flow, block: Block) -> None:
    if isinstance(block, Paragraph):
        _paragraph(flow, block)
    elif isinstance(block, Heading):
        _heading(flow, block)
    elif isinstance(block, Table):
        _table(flow, block)
    elif isinstance(block, BarChart):
        place_bar_chart(flow, block)
    elif isinstance(block, StackedBarChart):
        place_stacked_chart(flow, block)
    elif isinstance(block, Signature):
        _signature(flow, block)
    elif isinstance(block, AppendixHeading):
        _appendix_heading(flow, block)
    else:  # pragma: no cover - a new block type without a renderer
        raise TypeError(f"no renderer for {type(block).__name__}")


# ---------------------------------------------------------------- header, title, page numbers


def _fitting(g: Geometry, text: str, sizes: tuple[float, ...], width: float, bold: bool = False) -> Text:
    """The text at the largest of `sizes` that keeps each of its lines unbroken, else wrapped at the largest."""
    for size in sizes:
        laid = Text(g, text, g.font(size, bold=bold), width, "center")
        if len(laid.lines) == text.count("\n") + 1:
            return laid
    return Text(g, text, g.font(sizes[0], bold=bold), width, "center")


def _rule(painter: QPainter, g: Geometry, centre: float, y: float, length: float) -> None:
    painter.setPen(g.pen(0.6))
    painter.drawLine(QPointF(centre - length / 2, y), QPointF(centre + length / 2, y))


def _letterhead(flow: Flow, head: Letterhead, title: str, subject: str) -> None:
    """Boxes 1–4 of Appendix I, then the document kind and its subject (trích yếu)."""
    g = flow.geometry
    rule_gap, gutter = g.pt(2), g.mm(4)
    motto = Text(g, "Độc lập - Tự do - Hạnh phúc", g.font(14, bold=True), g.width, "center")
    when_font = g.font(14, italic=True)
    when_w = Text(g, date_line(head.place, head.made_on), when_font, g.width).widest
    for size in (13, 12):  # the national title at 13 unless the issuer's column then gets too narrow
        nation_w = Text(g, NATION, g.font(size, bold=True), g.width).widest
        right_w = max(nation_w, motto.widest, when_w) + g.mm(2)
        left_w = g.width - right_w - gutter
        needed = max([_widest(g, line, 12, False) for line in head.parent.split("\n")]
                     + [_widest(g, line, 12, True) for line in head.issuer.split("\n")])
        if needed <= left_w:
            break
    right_x = g.width - right_w
    parent = _fitting(g, head.parent, (13, 12), left_w) if head.parent else None
    issuer = _fitting(g, head.issuer, (13, 12), left_w, bold=True)
    number = Text(g, head.number, g.font(13), left_w, "center")
    nation = Text(g, NATION, g.font(size, bold=True), right_w, "center")
    motto = Text(g, "Độc lập - Tự do - Hạnh phúc", g.font(14, bold=True), right_w, "center")
    when = Text(g, date_line(head.place, head.made_on), when_font, right_w, "center")
    title_text = Text(g, title, g.font(14, bold=True), g.width, "center")
    subject_text = Text(g, subject, g.font(14, bold=True), g.width * 0.86, "center", spacing=LINE_SPACING)
    left_h = (parent.height if parent else 0.0) + issuer.height + rule_gap * 2
    right_h = nation.height + motto.height + rule_gap * 2
    top_h = max(left_h, right_h) + g.mm(4)
    line_h = max(number.height, when.height)
    height = top_h + line_h + g.mm(9) + title_text.height + subject_text.height + rule_gap * 2 + g.mm(6)

    def draw(painter: QPainter, x: float, y: float) -> None:
        left_centre, right_centre = x + left_w / 2, x + right_x + right_w / 2
        top = y
        if parent:
            parent.draw(painter, x, top)
            top += parent.height
        issuer.draw(painter, x, top)
        top += issuer.height + rule_gap
        last = issuer.lines[-1].naturalTextWidth()
        _rule(painter, g, left_centre, top, max(last * 0.4, g.mm(15)))
        nation.draw(painter, x + right_x, y)
        motto.draw(painter, x + right_x, y + nation.height)
        _rule(painter, g, right_centre, y + nation.height + motto.height + rule_gap, motto.widest)
        line_top = y + top_h
        number.draw(painter, x, line_top + (line_h - number.height))
        when.draw(painter, x + right_x, line_top + (line_h - when.height))
        title_top = line_top + line_h + g.mm(9)
        title_text.draw(painter, x, title_top)
        subject_text.draw(painter, x + g.width * 0.07, title_top + title_text.height)
        rule_y = title_top + title_text.height + subject_text.height + rule_gap
        _rule(painter, g, x + g.width / 2, rule_y, max(subject_text.widest / 3, g.mm(25)))

    flow.place(height, draw)


def _appendix_heading(flow: Flow, block: AppendixHeading) -> None:
    """"Phụ lục I" and the title bold, the scope bold, the decision line italic, centred; a new page each."""
    g = flow.geometry
    if not flow.at_top:
        flow.new_page()
    if ATTACHMENT_SPOT not in flow.spots:
        # Appendix I: the agency's signature on an attached document, top right of its first page (in the margin).
        width = g.mm(80)
        flow.mark(ATTACHMENT_SPOT, g.width - width, -g.top + g.mm(4), width, g.mm(15))
    inner = g.width * 0.9  # long titles wrap inside, centred
    texts = [Text(g, block.label, g.font(14, bold=True), inner, "center"),
             Text(g, block.title, g.font(14, bold=True), inner, "center", spacing=LINE_SPACING),
             Text(g, block.scope, g.font(14, bold=True), inner, "center", spacing=LINE_SPACING),
             Text(g, block.attached_to, g.font(14, italic=True), inner, "center", spacing=LINE_SPACING)]
    height = sum(t.height for t in texts) + g.mm(6)

    def draw(painter: QPainter, x: float, y: float) -> None:
        top = y
        for text in texts:
            text.draw(painter, x + (g.width - inner) / 2, top)
            top += text.height

    flow.place(height, draw)


def _widest(g: Geometry, text: str, size: float, bold: bool) -> float:
    return QFontMetricsF(g.font(size, bold=bold), g.device).horizontalAdvance(text) if text else 0.0


def _page_number(painter: QPainter, g: Geometry, number: int) -> None:
    """Centred in the top margin, Arabic numerals, not on the first page."""
    text = Text(g, str(number), g.font(13), g.width, "center")
    text.draw(painter, g.left, (g.top - text.height) / 2)


# ---------------------------------------------------------------- body


def _paragraph(flow: Flow, block: Paragraph) -> None:
    g = flow.geometry
    text = Text(g, block.text, g.font(block.size, bold=block.bold, italic=block.italic), g.width, block.align,
                indent=g.mm(12.7) if block.indent else 0.0, spacing=LINE_SPACING)
    _lines(flow, text, keep=2)
    flow.space(g.pt(6))


def _lines(flow: Flow, text: Text, keep: int = 1) -> None:
    """Place a text line by line, breaking between lines; the first `keep` lines stay together."""
    count = len(text.lines)
    first_chunk = sum(text.line_height(i) for i in range(min(keep, count)))
    flow.ensure(first_chunk)
    start = 0
    while start < count:
        end, height = start, 0.0
        while end < count and (height + text.line_height(end) <= flow.remaining or (end == start and flow.at_top)):
            height += text.line_height(end)
            end += 1
        if end == start:
            flow.new_page()
            continue
        flow.place(height, _lines_of(text, start, end))
        start = end
        if start < count:
            flow.new_page()


def _heading(flow: Flow, block: Heading) -> None:
    g = flow.geometry
    text = Text(g, block.text, g.font(BODY, bold=True), g.width, "left", spacing=LINE_SPACING)
    flow.space(g.pt(6))
    flow.ensure(text.height + g.mm(30))  # never alone at the foot of a page
    flow.place(text.height + g.pt(4), lambda p, x, y: text.draw(p, x, y))


def _table(flow: Flow, table: Table) -> None:
    g = flow.geometry
    pen_w = g.pt(0.5)
    inner_w = g.width - pen_w
    pad_x, pad_y = g.mm(1.2), g.mm(0.9)
    widths = _column_widths(g, table, inner_w, 2 * pad_x)
    head_font, body_font, bold_font = g.font(table.size, bold=True), g.font(table.size), g.font(table.size, bold=True)
    header = [Text(g, c.title, head_font, w - 2 * pad_x, "center") for c, w in zip(table.columns, widths)]
    header_h = max(t.height for t in header) + 2 * pad_y
    rows = []
    spanned = [widths[0], sum(widths[1:])]
    for row in table.rows:
        if row.span:  # a band: its label, then its title across the other columns
            cells = [Text(g, row.cells[0], bold_font, spanned[0] - 2 * pad_x, "center"),
                     Text(g, row.cells[1], bold_font, spanned[1] - 2 * pad_x, "left")]
        else:
            cells = [Text(g, cell, bold_font if row.bold else body_font, w - 2 * pad_x, c.align)
                     for cell, c, w in zip(row.cells, table.columns, widths)]
        rows.append((cells, max(t.height for t in cells) + 2 * pad_y))
    caption = Text(g, table.caption, g.font(13, bold=True), g.width, "center", spacing=LINE_SPACING)
    caption_h = caption.height + g.mm(1.5) if table.caption else 0.0

    def draw_row(cells: list[Text], height: float):
        def draw(painter: QPainter, left: float, top: float) -> None:
            x = left + pen_w / 2
            painter.setPen(g.pen(0.5))
            painter.drawLine(QPointF(x, top), QPointF(x + inner_w, top))
            painter.drawLine(QPointF(x, top + height), QPointF(x + inner_w, top + height))
            for text, width in zip(cells, widths if len(cells) == len(widths) else spanned):
                painter.setPen(g.pen(0.5))
                painter.drawLine(QPointF(x, top), QPointF(x, top + height))
                text.draw(painter, x + pad_x, top + (height - text.height) / 2)
                x += width
            painter.setPen(g.pen(0.5))
            painter.drawLine(QPointF(x, top), QPointF(x, top + height))

        return draw

    draw_header = draw_row(header, header_h)
    first = rows[0][1] if rows else 0.0
    flow.space(g.pt(4))
    flow.ensure(caption_h + header_h + first)
    if table.caption:
        flow.place(caption_h, lambda p, x, y: caption.draw(p, x, y))
    flow.place(header_h, draw_header)
    for cells, height in rows:
        if height > flow.remaining:
            flow.new_page()
            flow.place(header_h, draw_header)
        flow.place(height, draw_row(cells, height))
    if table.note:
        note = Text(g, table.note, g.font(12, italic=True), g.width, "left")
        flow.ensure(note.height + g.mm(1))
        flow.place(note.height + g.mm(1), lambda p, x, y: note.draw(p, x, y + g.mm(1)))
    flow.space(g.pt(6))


def _column_widths(g: Geometry, table: Table, inner_w: float, padding: float) -> list[float]:
    """Widths by the columns' weights, but never narrower than the longest word in the column (so
    "STT" or a date is not broken; a word longer than a third of the page, such as a URL, may be)."""
    head = QFontMetricsF(g.font(table.size, bold=True), g.device)
    body = QFontMetricsF(g.font(table.size, bold=True), g.device)  # bold: the totals row is the widest
    cap = g.width / 3
    minimum = []
    for index, column in enumerate(table.columns):
        words = max((head.horizontalAdvance(w) for w in column.title.split()), default=0.0)
        for row in table.rows:
            if row.span:  # a band's title runs across the columns: it sets no column's width
                continue
            words = max(words, max((body.horizontalAdvance(w) for w in row.cells[index].split()), default=0.0))
        minimum.append(min(words, cap) + padding + g.pt(1))
    weights = [c.width for c in table.columns]
    fixed: dict[int, float] = {}
    while True:  # give each too-narrow column its minimum and share the rest by weight
        free = inner_w - sum(fixed.values())
        share = sum(w for i, w in enumerate(weights) if i not in fixed)
        widths = [fixed.get(i, free * w / share if share else 0.0) for i, w in enumerate(weights)]
        short = [i for i, width in enumerate(widths) if i not in fixed and width < minimum[i]]
        if not short:
            return widths
        fixed.update({i: minimum[i] for i in short})


def _signature(flow: Flow, block: Signature) -> None:
    """"Nơi nhận:" 12 bold italic with its list in 11 on the left; the authority, capitals bold, on the right."""
    g = flow.geometry
    left_w, right_w = g.width * 0.5, g.width * 0.45
    label = Text(g, "Nơi nhận:", g.font(12, bold=True, italic=True), left_w)
    items = [Text(g, f"- {item}", g.font(11), left_w) for item in block.recipients]
    titles = [Text(g, line, g.font(14, bold=True), right_w, "center") for line in block.authority]
    signer = Text(g, block.signer or " ", g.font(14, bold=True), right_w, "center")
    titles_h = sum(t.height for t in titles)
    right_h = titles_h + g.mm(24) + signer.height
    left_h = label.height + sum(t.height for t in items)
    height = max(left_h, right_h)

    def draw(painter: QPainter, x: float, y: float) -> None:
        top = y
        label.draw(painter, x, top)
        top += label.height
        for item in items:
            item.draw(painter, x, top)
            top += item.height
        top = y
        right = x + g.width - right_w
        for title in titles:
            title.draw(painter, right, top)
            top += title.height
        signer.draw(painter, right, top + g.mm(24))

    flow.space(g.pt(6))
    flow.ensure(height)
    # Box 7b of Appendix I: the signer's digital signature, between the title and the name.
    flow.mark(SIGNATURE_SPOT, g.width - right_w, flow.y + titles_h, right_w, g.mm(24))
    flow.place(height, draw)


def _lines_of(text: Text, first: int, last: int) -> Op:
    """What draws lines first..last-1 of a laid-out text where the flow places it."""
    def draw(painter: QPainter, x: float, y: float) -> None:
        text.draw_lines(painter, x, y, first, last)

    return draw

"""Page geometry, laid-out text and the page flow shared by the renderer and the charts.

Everything is measured in the paint device's own pixels (1200 per inch for a PDF, the printer's
resolution for a printout or its preview), from the millimetres and points of Decree 30/2020, so
the same code produces the same pages on every device.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPagedPaintDevice, QPainter, QPen, QTextLayout, QTextLine, QTextOption

# Decree 30/2020, Appendix I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm.
MARGIN_TOP_MM, MARGIN_BOTTOM_MM, MARGIN_LEFT_MM, MARGIN_RIGHT_MM = 20.0, 20.0, 30.0, 15.0
BLACK = QColor(0, 0, 0)

ALIGN = {
    "left": Qt.AlignmentFlag.AlignLeft,
    "right": Qt.AlignmentFlag.AlignRight,
    "center": Qt.AlignmentFlag.AlignHCenter,
    "justify": Qt.AlignmentFlag.AlignJustify,
}


class Geometry:
    """The A4 page of a device and its text area, in device pixels."""

    def __init__(self, device: QPagedPaintDevice, family: str) -> None:
        self.device = device
        self.family = family
        self.dpi = float(device.logicalDpiY())
        self.page_width = float(device.width())
        self.page_height = float(device.height())
        self.left = self.mm(MARGIN_LEFT_MM)
        # a capital's stacked marks (Ễ, Ỗ) rise above the font's ascent: keep them inside the margin
        self.top = self.mm(MARGIN_TOP_MM) + self.pt(3)
        self.width = self.page_width - self.left - self.mm(MARGIN_RIGHT_MM)
        self.height = self.page_height - self.top - self.mm(MARGIN_BOTTOM_MM)

    def mm(self, value: float) -> float:
        return value * self.dpi / 25.4

    def pt(self, value: float) -> float:
        return value * self.dpi / 72.0

    def font(self, size: float, bold: bool = False, italic: bool = False) -> QFont:
        font = QFont(self.family)
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        font.setKerning(True)
        return font

    def pen(self, width_pt: float = 0.5, color: QColor = BLACK, style: Qt.PenStyle = Qt.PenStyle.SolidLine) -> QPen:
        pen = QPen(color, self.pt(width_pt))
        pen.setStyle(style)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        return pen


class Text:
    """One text laid out in lines at a width (QTextLayout: shaping, wrapping, justification)."""

    def __init__(self, geometry: Geometry, text: str, font: QFont, width: float, align: str = "left",
                 indent: float = 0.0, spacing: float = 1.0) -> None:
        self.layout = QTextLayout(text.replace("\n", "\u2028"), font, geometry.device)
        option = QTextOption(ALIGN[align])
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.layout.setTextOption(option)
        self.layout.setCacheEnabled(True)
        self.lines: list[QTextLine] = []
        self.tops: list[float] = []
        y = 0.0
        self.layout.beginLayout()
        while True:
            line = self.layout.createLine()
            if not line.isValid():
                break
            first = not self.lines
            line.setLineWidth(max(1.0, width - (indent if first else 0.0)))
            line.setPosition(QPointF(indent if first else 0.0, y))
            self.lines.append(line)
            self.tops.append(y)
            y += line.height() * spacing
        self.layout.endLayout()
        self.height = y
        self.widest = max((line.naturalTextWidth() for line in self.lines), default=0.0)

    def line_height(self, index: int) -> float:
        end = self.tops[index + 1] if index + 1 < len(self.tops) else self.height
        return end - self.tops[index]

    def draw(self, painter: QPainter, x: float, y: float) -> None:
        painter.setPen(BLACK)
        self.layout.draw(painter, QPointF(x, y))

    def draw_lines(self, painter: QPainter, x: float, y: float, first: int, last: int) -> None:
        """Lines first..last-1, the first of them at y."""
        painter.setPen(BLACK)
        offset = self.tops[first]
        for line in self.lines[first:last]:
            line.draw(painter, QPointF(x, y - offset))


Op = Callable[[QPainter, float, float], None]  # (painter, left of the text area, top of the item)


@dataclass(frozen=True)
class Placed:
    """One item on a page: its top within the text area, its height, and how to paint it."""

    top: float
    height: float
    op: Op


@dataclass(frozen=True)
class Spot:
    """A named place on a laid-out page (where a digital signature goes): the page (0 = first) and a box
    in points from the paper's top-left corner, whatever the device's resolution."""

    page: int
    left: float
    top: float
    width: float
    height: float


@dataclass
class Flow:
    """Items placed down the text area of successive pages."""

    geometry: Geometry
    pages: list[list[Placed]] = field(default_factory=lambda: [[]])
    y: float = 0.0
    spots: dict[str, Spot] = field(default_factory=dict)

    def mark(self, name: str, left: float, top: float, width: float, height: float) -> None:
        """Remember a box on the current page, given in device pixels within the text area."""
        g, points = self.geometry, 72.0 / self.geometry.dpi
        self.spots[name] = Spot(len(self.pages) - 1, (g.left + left) * points, (g.top + top) * points,
                                width * points, height * points)

    @property
    def remaining(self) -> float:
        return self.geometry.height - self.y

    @property
    def at_top(self) -> bool:
        return self.y == 0.0

    def new_page(self) -> None:
        self.pages.append([])
        self.y = 0.0

    def ensure(self, height: float) -> None:
        """Start a new page unless `height` fits on this one (or the page is still empty)."""
        if height > self.remaining and not self.at_top:
            self.new_page()

    def place(self, height: float, op: Op) -> None:
        self.pages[-1].append(Placed(self.y, height, op))
        self.y += height

    def space(self, height: float) -> None:
        """Vertical space; it does not carry over to the next page."""
        if not self.at_top:
            self.y = min(self.y + height, self.geometry.height)

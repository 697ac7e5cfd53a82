"""Charts drawn with QPainter as vector paths (crisp at any print resolution), readable in grey too.

The bar chart of shares is split across pages like a table, with its scale repeated; the stacked
chart of forms by level is short and kept on one page.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter

from dvc_desktop.reports.compose import number, percent
from dvc_desktop.reports.document import BarChart, StackedBarChart
from dvc_desktop.reports.layout import BLACK, Flow, Geometry, Text

BAR = QColor(47, 85, 151)
WHITE = QColor(255, 255, 255)
GRID = QColor(170, 170, 170)
# Toàn trình, một phần, chưa trực tuyến, chưa phân loại: dark to light, the last one hatched.
SERIES = (QColor(31, 78, 121), QColor(127, 167, 209), QColor(200, 200, 200), QColor(255, 255, 255))
LIGHT_TEXT_ON = (True, False, False, False)
TICKS = (0.0, 0.2, 0.4, 0.6, 0.8, 1.0)


def _caption(flow: Flow, text: str) -> Text:
    g = flow.geometry
    return Text(g, text, g.font(13, bold=True), g.width, "center")


def place_bar_chart(flow: Flow, chart: BarChart) -> None:
    g = flow.geometry
    label_w, value_w, gap = g.mm(58), g.mm(17), g.mm(2)
    plot_x = label_w + gap
    plot_w = g.width - plot_x - value_w - g.pt(1)
    small = g.font(11)
    caption = _caption(flow, chart.caption)
    ticks = [Text(g, percent(t).replace(",00", ""), small, g.mm(14), "center") for t in TICKS]
    scale_h = max(t.height for t in ticks) + g.mm(1.5)
    labels = [Text(g, bar.label, small, label_w, "right") for bar in chart.bars]
    values = [Text(g, percent(bar.value), small, value_w, "left") for bar in chart.bars]
    rows = [max(g.mm(6.5), label.height + g.mm(1.5)) for label in labels]
    reference = chart.reference
    legend = Text(g, f"Đường nét đứt: {reference.label} ({percent(reference.value)})", g.font(11, italic=True),
                  g.width, "center") if reference and reference.value is not None else None

    def x_of(share: float) -> float:
        return plot_x + plot_w * max(0.0, min(1.0, share))

    def draw_scale(painter: QPainter, left: float, top: float) -> None:
        for share, tick in zip(TICKS, ticks):
            tick.draw(painter, left + x_of(share) - g.mm(7), top)

    def draw_row(index: int):
        bar, label, value, height = chart.bars[index], labels[index], values[index], rows[index]

        def draw(painter: QPainter, left: float, top: float) -> None:
            painter.setPen(g.pen(0.3, GRID, Qt.PenStyle.DashLine))
            for share in TICKS[1:]:
                painter.drawLine(QPointF(left + x_of(share), top), QPointF(left + x_of(share), top + height))
            painter.setPen(g.pen(0.6))
            painter.drawLine(QPointF(left + x_of(0), top), QPointF(left + x_of(0), top + height))
            label.draw(painter, left, top + (height - label.height) / 2)
            thickness = min(height * 0.62, g.mm(4.2))
            if bar.value is not None and bar.value > 0:
                painter.setPen(g.pen(0.3))
                painter.setBrush(QBrush(BAR))
                painter.drawRect(QRectF(left + x_of(0), top + (height - thickness) / 2, x_of(bar.value) - x_of(0),
                                        thickness))
                painter.setBrush(Qt.BrushStyle.NoBrush)
            if reference is not None and reference.value is not None:
                painter.setPen(g.pen(0.9, BLACK, Qt.PenStyle.DashLine))
                x = left + x_of(reference.value)
                painter.drawLine(QPointF(x, top), QPointF(x, top + height))
            end = left + x_of(bar.value or 0.0) + g.mm(1)
            value_top = top + (height - value.height) / 2
            painter.fillRect(QRectF(end - g.pt(1), value_top, value.widest + g.pt(2), value.height), WHITE)
            value.draw(painter, end, value_top)

        return draw

    first_row = rows[0] if rows else 0.0
    flow.space(g.pt(6))
    flow.ensure(caption.height + g.mm(1.5) + scale_h + first_row)
    flow.place(caption.height + g.mm(1.5), lambda p, x, y: caption.draw(p, x, y))
    flow.place(scale_h, draw_scale)
    for index, height in enumerate(rows):
        if height > flow.remaining:
            flow.new_page()
            flow.place(scale_h, draw_scale)
        flow.place(height, draw_row(index))
    if legend is not None:
        flow.ensure(legend.height + g.mm(1))
        flow.place(legend.height + g.mm(1), lambda p, x, y: legend.draw(p, x, y + g.mm(1)))


def place_stacked_chart(flow: Flow, chart: StackedBarChart) -> None:
    g = flow.geometry
    small = g.font(11)
    caption = _caption(flow, chart.caption)
    label_w, total_w, gap = g.mm(30), g.mm(22), g.mm(2)
    plot_x = label_w + gap
    plot_w = g.width - plot_x - total_w - g.pt(1)
    swatch = g.mm(4)
    legend_texts = [Text(g, name, small, g.mm(40)) for name in chart.series]
    legend_w = sum(swatch + g.mm(1.5) + t.widest + g.mm(5) for t in legend_texts) - g.mm(5)
    legend_h = max(max(t.height for t in legend_texts), swatch) + g.mm(2)
    bar_h, row_h = g.mm(7), g.mm(10)
    labels = [Text(g, bar.label, small, label_w, "right") for bar in chart.bars]
    totals = [Text(g, f"{number(sum(bar.values))} TTHC", small, total_w, "left") for bar in chart.bars]
    height = caption.height + g.mm(1.5) + legend_h + row_h * len(chart.bars) + g.mm(1)

    def draw(painter: QPainter, left: float, top: float) -> None:
        caption.draw(painter, left, top)
        y = top + caption.height + g.mm(1.5)
        x = left + (g.width - legend_w) / 2
        for index, text in enumerate(legend_texts):
            _segment(painter, g, QRectF(x, y + (legend_h - g.mm(2) - swatch) / 2, swatch, swatch), index)
            text.draw(painter, x + swatch + g.mm(1.5), y)
            x += swatch + g.mm(1.5) + text.widest + g.mm(5)
        y += legend_h
        for bar, label, total in zip(chart.bars, labels, totals):
            label.draw(painter, left, y + (row_h - label.height) / 2)
            whole = sum(bar.values)
            x = left + plot_x
            top_of_bar = y + (row_h - bar_h) / 2
            for index, value in enumerate(bar.values):
                if not whole or not value:
                    continue
                width = plot_w * value / whole
                _segment(painter, g, QRectF(x, top_of_bar, width, bar_h), index)
                share = Text(g, percent(value / whole).replace(",00", ""), g.font(9, bold=index == 0), width, "center")
                if len(share.lines) == 1 and share.widest + g.mm(1) < width:
                    painter.save()
                    text_color = QColor(255, 255, 255) if LIGHT_TEXT_ON[index] else BLACK
                    painter.setPen(text_color)
                    share.layout.draw(painter, QPointF(x, top_of_bar + (bar_h - share.height) / 2))
                    painter.restore()
                x += width
            total.draw(painter, left + plot_x + plot_w + g.mm(1.5), y + (row_h - total.height) / 2)
            y += row_h
        painter.setPen(g.pen(0.6))
        painter.drawLine(QPointF(left + plot_x, top + caption.height + g.mm(1.5) + legend_h),
                         QPointF(left + plot_x, y))

    flow.space(g.pt(6))
    flow.ensure(height)
    flow.place(height, draw)


def _segment(painter: QPainter, g: Geometry, rect: QRectF, index: int) -> None:
    painter.setPen(g.pen(0.3))
    painter.setBrush(QBrush(SERIES[index % len(SERIES)]))
    painter.drawRect(rect)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if index == 3:  # the white series is hatched so it still reads in grey print
        painter.save()
        painter.setClipRect(rect)
        painter.setPen(g.pen(0.3, QColor(110, 110, 110)))
        step = g.mm(1.2)
        x = rect.left() - rect.height()
        while x < rect.right():
            painter.drawLine(QPointF(x, rect.bottom()), QPointF(x + rect.height(), rect.top()))
            x += step
        painter.restore()

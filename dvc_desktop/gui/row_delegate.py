"""Paints the cells of a row table from laid-out text kept between paints.

Qt's standard delegate asks the model for about ten roles per cell and lays out the cell's whole text
again on every paint (itemize, shape, elide); a keystroke in the search box repaints a screenful of
cells, which took 13 ms of a 16 ms frame over 20,000 procedures. This delegate asks the model once
per cell and keeps each elided text, laid out once, in a bounded cache, so a cell seen before (the
rows at the top while typing, a repaint after scrolling back) costs one draw call.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from dvc_desktop.gui.qt import QtCore, QtGui, QtWidgets, Qt

if TYPE_CHECKING:
    from dvc_desktop.gui.row_model import RowTableModel

_Style = QtWidgets.QStyle
_ColorRole = QtGui.QPalette.ColorRole
_ColorGroup = QtGui.QPalette.ColorGroup
# Plain ints: a Python enum operation costs about 2 µs, and a screenful is some 250 cells.
_SELECTED = _Style.StateFlag.State_Selected.value
_ENABLED = _Style.StateFlag.State_Enabled.value
_ACTIVE = _Style.StateFlag.State_Active.value
_HAS_FOCUS = _Style.StateFlag.State_HasFocus.value
_PANEL_STATES = _SELECTED | _Style.StateFlag.State_MouseOver.value  # the only states with a cell background
_RESTYLING = frozenset({QtCore.QEvent.Type.FontChange, QtCore.QEvent.Type.StyleChange,
                        QtCore.QEvent.Type.PaletteChange})
CACHE_LIMIT = 6_000  # elided texts kept; a screenful is about 250, a column resize makes new ones


class RowTextDelegate(QtWidgets.QStyledItemDelegate):
    """Draws selection and focus with the view's style, the text from the cache, in the row's colour.

    Cells never wrap and have no icons, check boxes or fonts of their own: the row models give only
    a text and, for a row needing attention, a colour.
    """

    def __init__(self, model: "RowTableModel", view: QtWidgets.QAbstractItemView) -> None:
        super().__init__(view)
        self._model = model
        self._texts: dict[tuple[str, int], QtGui.QStaticText] = {}
        self._colors: dict[int, QtGui.QColor] = {}  # by the state bits that pick one
        self._metrics: tuple[QtWidgets.QStyle, int, int] | None = None  # the view's style, text margin, line height
        view.installEventFilter(self)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if event.type() in _RESTYLING:  # what is cached was laid out in the old font, style or palette
            self._texts.clear()
            self._colors.clear()
            self._metrics = None
        return False

    def paint(self, painter: QtGui.QPainter, option: QtWidgets.QStyleOptionViewItem,
              index: QtCore.QModelIndex | QtCore.QPersistentModelIndex) -> None:
        text, brush = self._model.cell(index.row(), index.column())
        state = option.state.value
        if self._metrics is None:
            widget = option.widget
            margin = widget.style().pixelMetric(_Style.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
            self._metrics = (widget.style(), margin, option.fontMetrics.height())
        style, margin, line_height = self._metrics
        if state & _PANEL_STATES:
            style.drawPrimitive(_Style.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        if text:
            rect = option.rect
            x, y, width, height = rect.x(), rect.y(), rect.width(), rect.height()
            laid_out = self._laid_out(text, width - 2 * margin, option)
            # The pen is the only state changed; the view sets its own before drawing the grid.
            painter.setPen(brush.color() if brush is not None and not state & _SELECTED else self._color(option, state))
            painter.drawStaticText(x + margin, y + (height - line_height) // 2, laid_out)
        if state & _HAS_FOCUS:
            self._draw_focus(painter, option, state, style)

    def _laid_out(self, text: str, width: int, option: QtWidgets.QStyleOptionViewItem) -> QtGui.QStaticText:
        key = (text, width)
        laid_out = self._texts.get(key)
        if laid_out is None:
            if len(self._texts) >= CACHE_LIMIT:
                self._texts.clear()
            shown = option.fontMetrics.elidedText(text.replace("\n", " "), Qt.TextElideMode.ElideRight, width)
            laid_out = QtGui.QStaticText(shown)
            laid_out.setTextFormat(Qt.TextFormat.PlainText)
            laid_out.prepare(QtGui.QTransform(), option.font)
            self._texts[key] = laid_out
        return laid_out

    def _color(self, option: QtWidgets.QStyleOptionViewItem, state: int) -> QtGui.QColor:
        """The text colour for the cell's state, as the standard delegate picks it."""
        key = state & (_ACTIVE | _ENABLED | _SELECTED)
        color = self._colors.get(key)
        if color is None:
            group = (_ColorGroup.Normal if state & _ACTIVE else _ColorGroup.Inactive) if state & _ENABLED \
                else _ColorGroup.Disabled
            role = _ColorRole.HighlightedText if state & _SELECTED else _ColorRole.Text
            color = self._colors[key] = option.palette.color(group, role)
        return color

    @staticmethod
    def _draw_focus(painter: QtGui.QPainter, option: QtWidgets.QStyleOptionViewItem, state: int,
                    style: QtWidgets.QStyle) -> None:
        focus = QtWidgets.QStyleOptionFocusRect()
        focus.palette = option.palette
        focus.direction = option.direction
        focus.rect = option.rect
        focus.state = option.state | _Style.StateFlag.State_KeyboardFocusChange | _Style.StateFlag.State_Item
        group = _ColorGroup.Normal if state & _ENABLED else _ColorGroup.Disabled
        focus.backgroundColor = option.palette.color(
            group, _ColorRole.Highlight if state & _SELECTED else _ColorRole.Window)
        style.drawPrimitive(_Style.PrimitiveElement.PE_FrameFocusRect, focus, painter, option.widget)

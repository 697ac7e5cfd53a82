"""Large, plain style elements drawn once and then copied: the frame of a tab widget or a group box,
the groove of a scroll bar.

Qt's Fusion style (Linux's, and the tests') draws these antialiased at their full size on every
paint: 1.8 ms for the procedures tab's frame, 1.6 ms for a scroll bar's groove, about 1 ms for a
group box here, whatever part of them is being repainted. A keystroke in the search box repaints
the table, its scroll bar and, when the current procedure changes, the editor with its scroll bar
and group boxes: a third of the frame's 16 ms went to these (bench/keystrokes.py). This style draws
each of them once per size, state and palette into a pixmap and copies the pixmap afterwards (a copy
clipped to what is repainted). Only the widgets given to `use_frame_cache` use it, so every other
drawing goes straight to the application's style; the pixels are the style's own
(tests/gui/test_frame_cache.py compares them).
"""

from __future__ import annotations

from typing import Callable, TypeVar

from dvc_desktop.gui.qt import QtCore, QtGui, QtWidgets

_Style = QtWidgets.QStyle
_CACHED_PRIMITIVES = frozenset({_Style.PrimitiveElement.PE_FrameTabWidget, _Style.PrimitiveElement.PE_FrameGroupBox})
_GROOVE = _Style.SubControl.SC_ScrollBarGroove
Option = TypeVar("Option", bound=QtWidgets.QStyleOption)
CACHE_LIMIT = 64  # pixmaps kept; a window uses about ten (sizes change when it is resized)


class FrameCacheStyle(QtWidgets.QProxyStyle):
    """The application's style, with the elements above drawn from pixmaps."""

    def __init__(self, base: QtWidgets.QStyle) -> None:
        super().__init__(base)
        self._pixmaps: dict[tuple[object, ...], QtGui.QPixmap] = {}

    def drawPrimitive(self, element: QtWidgets.QStyle.PrimitiveElement, option: QtWidgets.QStyleOption,  # noqa: N802
                      painter: QtGui.QPainter, widget: QtWidgets.QWidget | None = None) -> None:
        if element not in _CACHED_PRIMITIVES:
            super().drawPrimitive(element, option, painter, widget)
            return
        shape = option.shape.value if isinstance(option, QtWidgets.QStyleOptionTabWidgetFrame) else -1
        self._draw_cached(("primitive", element.value, shape), option, painter,
                          lambda copy, into: super(FrameCacheStyle, self).drawPrimitive(element, copy, into, widget))

    def drawComplexControl(self, control: QtWidgets.QStyle.ComplexControl,  # noqa: N802
                           option: QtWidgets.QStyleOptionComplex, painter: QtGui.QPainter,
                           widget: QtWidgets.QWidget | None = None) -> None:
        if control != _Style.ComplexControl.CC_ScrollBar or not isinstance(option, QtWidgets.QStyleOptionSlider) \
                or not option.subControls & _GROOVE:
            super().drawComplexControl(control, option, painter, widget)
            return
        groove = QtWidgets.QStyleOptionSlider(option)
        groove.subControls = _GROOVE
        groove.activeSubControls = _Style.SubControl.SC_None
        draw_groove = super(FrameCacheStyle, self).drawComplexControl
        self._draw_cached(("groove", option.orientation.value), groove, painter,
                          lambda copy, into: draw_groove(control, copy, into, widget))
        rest = QtWidgets.QStyleOptionSlider(option)
        rest.subControls = option.subControls & ~_GROOVE
        super().drawComplexControl(control, rest, painter, widget)

    def _draw_cached(self, what: tuple[object, ...], option: Option, painter: QtGui.QPainter,
                     draw: Callable[[Option, QtGui.QPainter], None]) -> None:
        rect = option.rect
        if rect.isEmpty():
            return
        ratio = painter.device().devicePixelRatioF() if painter.device() is not None else 1.0
        key = (*what, rect.width(), rect.height(), option.state.value, option.direction.value,
               option.palette.cacheKey(), ratio)
        pixmap = self._pixmaps.get(key)
        if pixmap is None:
            pixmap = QtGui.QPixmap(QtCore.QSize(round(rect.width() * ratio), round(rect.height() * ratio)))
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(QtCore.Qt.GlobalColor.transparent)
            copy = type(option)(option)
            copy.rect = QtCore.QRect(0, 0, rect.width(), rect.height())
            into = QtGui.QPainter(pixmap)
            try:
                draw(copy, into)
            finally:
                into.end()
            if len(self._pixmaps) >= CACHE_LIMIT:
                self._pixmaps.clear()
            self._pixmaps[key] = pixmap
        painter.drawPixmap(rect.topLeft(), pixmap)


_shared: FrameCacheStyle | None = None


def use_frame_cache(root: QtWidgets.QWidget) -> None:
    """Give the tab widgets, group boxes and scroll bars under `root` (and itself) the cached frames,
    when the application's style is Fusion (measured slow above; other styles are left alone)."""
    global _shared
    application_style = QtWidgets.QApplication.style()
    if application_style.name().lower() != "fusion":
        return
    if _shared is None:
        base = QtWidgets.QStyleFactory.create(application_style.name())
        if base is None:
            return
        _shared = FrameCacheStyle(base)
        _shared.setParent(QtWidgets.QApplication.instance())  # lives as long as the widgets using it
    widgets = [root, *root.findChildren(QtWidgets.QWidget)]
    for widget in widgets:
        if isinstance(widget, (QtWidgets.QTabWidget, QtWidgets.QGroupBox, QtWidgets.QScrollBar)) \
                and not widget.styleSheet():
            widget.setStyle(_shared)

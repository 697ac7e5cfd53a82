"""The cached frames (gui/frame_cache.py) paint exactly what the application's style paints."""

from __future__ import annotations

import pytest

from dvc_desktop.gui.frame_cache import FrameCacheStyle, use_frame_cache
from dvc_desktop.gui.qt import QtCore, QtGui, QtWidgets


def _panel() -> QtWidgets.QWidget:
    """A tab widget holding a group box with a field, and a scrolled list: every cached element."""
    root = QtWidgets.QWidget()
    root.resize(420, 360)
    tabs = QtWidgets.QTabWidget(root)
    tabs.setGeometry(0, 0, 420, 360)
    page = QtWidgets.QWidget()
    tabs.addTab(page, "Thủ tục")
    tabs.addTab(QtWidgets.QWidget(), "Trang web")
    layout = QtWidgets.QVBoxLayout(page)
    box = QtWidgets.QGroupBox("Phân loại", page)
    QtWidgets.QVBoxLayout(box).addWidget(QtWidgets.QLineEdit("Toàn trình", box))
    layout.addWidget(box)
    listing = QtWidgets.QListWidget(page)
    listing.addItems([f"Thủ tục số {n}" for n in range(200)])
    listing.setCurrentRow(40)
    layout.addWidget(listing)
    return root


def _image(widget: QtWidgets.QWidget) -> QtGui.QImage:
    return widget.grab().toImage().convertToFormat(QtGui.QImage.Format.Format_ARGB32)


def _differing_pixels(a: QtGui.QImage, b: QtGui.QImage) -> int:
    """Pixels that differ by more than one level of 255 in a channel: a semi-transparent edge drawn
    into the pixmap and then copied may round one level apart from the same edge drawn in place."""
    assert a.size() == b.size()
    return sum(1 for y in range(a.height()) for x in range(a.width())
               if max(abs(((a.pixel(x, y) >> shift) & 0xFF) - ((b.pixel(x, y) >> shift) & 0xFF))
                      for shift in (0, 8, 16, 24)) > 1)


@pytest.fixture
def fusion(qapp):  # type: ignore[no-untyped-def]
    before = QtWidgets.QApplication.style().name()
    QtWidgets.QApplication.setStyle("Fusion")
    yield
    QtWidgets.QApplication.setStyle(before)


@pytest.mark.parametrize("enabled", [True, False])
def test_a_panel_with_cached_frames_looks_the_same_pixel_for_pixel(qtbot, fusion, enabled: bool) -> None:
    plain, cached = _panel(), _panel()
    for panel in (plain, cached):
        qtbot.addWidget(panel)
        panel.setEnabled(enabled)
        panel.show()
    use_frame_cache(cached)
    scroll_bars = [bar for bar in cached.findChildren(QtWidgets.QScrollBar) if bar.isVisible()]
    assert scroll_bars and all(isinstance(bar.style(), FrameCacheStyle) for bar in scroll_bars)
    assert isinstance(cached.findChild(QtWidgets.QTabWidget).style(), FrameCacheStyle)
    qtbot.waitExposed(cached)
    first = _image(cached)
    assert _differing_pixels(_image(plain), first) == 0
    assert _differing_pixels(first, _image(cached)) == 0  # drawn from the pixmaps the first paint kept


def test_a_resized_panel_and_a_moved_scroll_bar_are_drawn_afresh(qtbot, fusion) -> None:
    plain, cached = _panel(), _panel()
    for panel in (plain, cached):
        qtbot.addWidget(panel)
        panel.show()
    use_frame_cache(cached)
    qtbot.waitExposed(cached)
    qtbot.wait(20)  # activation settled: the state the pixmaps are kept for stays the same below
    _image(cached)
    for panel in (plain, cached):
        panel.resize(380, 300)
        panel.findChild(QtWidgets.QTabWidget).resize(380, 300)
        panel.findChild(QtWidgets.QListWidget).verticalScrollBar().setValue(120)
    qtbot.wait(10)
    assert _differing_pixels(_image(plain), _image(cached)) == 0


def test_other_styles_are_left_alone(qtbot, qapp) -> None:
    before = QtWidgets.QApplication.style().name()
    QtWidgets.QApplication.setStyle("Windows")
    try:
        panel = _panel()
        qtbot.addWidget(panel)
        use_frame_cache(panel)
        assert not any(isinstance(widget.style(), FrameCacheStyle)
                       for widget in panel.findChildren(QtWidgets.QWidget))
    finally:
        QtWidgets.QApplication.setStyle(before)


def test_the_department_window_uses_the_cached_frames(qtbot, open_app) -> None:
    window = open_app()
    if QtWidgets.QApplication.style().name().lower() != "fusion":
        pytest.skip("the cache is for Fusion")
    assert isinstance(window.table.verticalScrollBar().style(), FrameCacheStyle)
    assert isinstance(window.tabs.style(), FrameCacheStyle)
    assert QtCore.QSize(0, 0) != window.table.verticalScrollBar().size()

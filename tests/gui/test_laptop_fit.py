"""A 1366×768 laptop: the window opens maximised and comes back where it was left; the department's
table shows Hình thức and Trạng thái beside the editor; columns are chosen from the header's context
menu and the choice is kept; Tab leaves the table for the editor."""

from __future__ import annotations

from dvc_desktop.cli import main
from dvc_desktop.gui.qt import QtCore, Qt, QtWidgets
from tests.windows import open_window, shut_down_every_application  # noqa: F401 (fixture)


def department(data_dir):
    """A department's store with its demo data, made as `dvc-desktop demo` makes it."""
    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    return data_dir


def reopen(qtbot, application, data_dir, reporter):
    application.window.close()
    application.shutdown()
    return open_window(qtbot, data_dir, reporter)


def visible_headers(window) -> list[str]:
    model = window.table.model()
    header = window.table.horizontalHeader()
    return [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())
            if not window.table.isColumnHidden(i)
            and header.sectionViewportPosition(i) + header.sectionSize(i) // 2 < window.table.viewport().width()]


def test_form_and_status_are_in_view_beside_the_editor_on_a_laptop(qtbot, open_app):
    window = open_app()
    window.resize(1366, 768)
    laid_out(qtbot, window)
    shown = visible_headers(window)
    assert {"Mã TTHC", "Tên thủ tục", "Hình thức", "Trạng thái"} <= set(shown), shown


def test_columns_are_chosen_from_the_header_and_kept(qtbot, data_dir, reporter):
    application, window = open_window(qtbot, department(data_dir), reporter)
    header = window.table.horizontalHeader()
    header.customContextMenuRequested.emit(QtCore.QPoint(10, 5))  # a right-click on the header
    qtbot.waitUntil(lambda: window.table.findChild(QtWidgets.QMenu, "columnsMenu") is not None, timeout=5000)
    menu = window.table.findChild(QtWidgets.QMenu, "columnsMenu")
    reason = menu.findChild(QtCore.QObject, "column_reason")
    assert not reason.isChecked()
    reason.trigger()
    menu.close()
    model = window.table.model()
    assert not window.table.isColumnHidden(model.COLUMNS.index("reason"))
    application, again = reopen(qtbot, application, data_dir, reporter)
    assert not again.table.isColumnHidden(again.model.COLUMNS.index("reason"))  # kept for the next session
    assert again.table.isColumnHidden(again.model.COLUMNS.index("updated_at"))


def test_the_window_opens_maximised_then_where_it_was_left(qtbot, data_dir, reporter):
    application, window = open_window(qtbot, department(data_dir), reporter)
    assert window.isMaximized()
    window.showNormal()
    qtbot.waitUntil(lambda: not window.isMaximized(), timeout=5000)  # the state changes through an event
    window.setGeometry(40, 30, 700, 560)  # (the offscreen screen is 800×600)
    qtbot.waitUntil(lambda: window.size().width() == 700, timeout=5000)
    left = window.size()
    assert left.width() == 700
    application, again = reopen(qtbot, application, data_dir, reporter)
    assert not again.isMaximized() and again.size() == left


def test_tab_leaves_the_table_for_the_editor(qtbot, open_app):
    window = open_app()
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Tab)
    focused = QtWidgets.QApplication.focusWidget()
    assert focused is not window.table and window.editor.form.isAncestorOf(focused), focused


def test_the_consolidated_table_shows_the_review_beside_the_detail(qtbot, tmp_path, reporter):
    from tests.conftest import demo_province

    application, window = open_window(qtbot, demo_province(tmp_path / "tinh"), reporter)
    window.resize(1366, 768)
    window.tabs.setCurrentWidget(window.review)
    laid_out(qtbot, window)
    table = window.review.table
    model = table.model()
    header = table.horizontalHeader()
    shown = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())
             if not table.isColumnHidden(i)
             and header.sectionViewportPosition(i) + header.sectionSize(i) // 2 < table.viewport().width()]
    assert {"Đơn vị", "Mã TTHC", "Hình thức", "Xem xét"} <= set(shown), shown


def test_nothing_in_the_editor_is_cut_mid_word_on_a_laptop(qtbot, open_app):
    from dvc_desktop.gui.combos import elided_text
    from tests.gui.test_department_window import select_code

    window = open_app()
    window.showNormal()
    window.resize(1366, 768)
    long_reason = max((r for r in window.model.all_rows() if r.form == "mot_phan"), key=lambda r: len(r.reason))
    select_code(qtbot, window, long_reason.code)
    laid_out(qtbot, window)
    combos = [w for w in window.findChildren(QtWidgets.QComboBox) if w.isVisible() and w.currentText()]
    assert window.editor.reason_combo in combos and window.status_filter in combos
    assert elided_text(window.editor.reason_combo) != window.editor.reason_combo.currentText()  # the long one
    for combo in combos:
        shown, whole = elided_text(combo), combo.currentText()
        if shown != whole:  # cut after a whole word, marked, and whole on hover
            assert shown.endswith("…") and whole.startswith(shown[:-1]) and whole[len(shown) - 1] in " ,;:", shown
            assert whole in combo.toolTip()
        # The list it opens reads every choice whole.
        widest = max(combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count()))
        assert combo.view().minimumWidth() >= widest or combo.view().width() >= widest
    for edit in window.findChildren(QtWidgets.QLineEdit):
        if edit.isVisible() and edit.placeholderText() and not edit.text():
            assert edit.fontMetrics().horizontalAdvance(edit.placeholderText()) + 12 <= edit.width(), \
                edit.placeholderText()


def test_the_editor_folds_away_with_f9_and_the_split_is_kept(qtbot, data_dir, reporter):
    application, window = open_window(qtbot, department(data_dir), reporter)
    window.showNormal()
    window.resize(1366, 768)
    laid_out(qtbot, window)
    assert not window.editor_folded() and window.editor.form.isVisible()
    table_width = window.table.width()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F9)
    qtbot.waitUntil(window.editor_folded, timeout=5000)
    assert window.act_hide_editor.isChecked() and window.table.width() > table_width + 300
    application, again = reopen(qtbot, application, data_dir, reporter)
    assert again.editor_folded()  # kept for the next session
    again.activateWindow()
    qtbot.keyClick(again, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: not again.editor_folded(), timeout=5000)
    assert again.splitter.sizes()[1] >= 360 and not again.act_hide_editor.isChecked()


def test_the_editors_buttons_are_in_view_without_scrolling_on_a_laptop(qtbot, open_app):
    window = open_app()
    window.showNormal()
    window.resize(1366, 768)
    laid_out(qtbot, window)
    editor = window.editor
    scroll = editor.form.findChild(QtWidgets.QScrollArea, "scroll")
    for button in (editor.ready_button, editor.history_button):
        assert button.isVisible() and not scroll.isAncestorOf(button)  # pinned above the scrolled form
        corner = button.mapTo(window, QtCore.QPoint(button.width(), button.height()))
        assert window.rect().contains(corner) and not button.visibleRegion().isEmpty()


def laid_out(qtbot, window) -> None:  # type: ignore[no-untyped-def]
    """The resize has reached the widgets (not a fixed wait: the event loop runs until it has)."""
    qtbot.waitUntil(lambda: window.centralWidget().width() > 0 and window.width() <= 1366, timeout=5000)
    QtWidgets.QApplication.processEvents()

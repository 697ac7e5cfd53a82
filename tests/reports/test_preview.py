"""The print preview from the province's window: figures gathered on the worker, pages painted by
the same renderer as the PDF, zoom and paging built in, saving as PDF; nothing blocks."""

from __future__ import annotations


import pytest

from dvc_desktop.gui.qt import QtWidgets
from tests.reports.conftest import flat, pdfinfo, pdftotext
from tests.reports.test_service_and_cli import copy_store
from tests.windows import open_window, shut_down_every_application, start_application  # noqa: F401 (fixture)

@pytest.fixture()
def reporter():
    from dvc_desktop.gui.errors import ErrorReporter

    return ErrorReporter(None)


def test_preview_pages_print_and_save_as_pdf(qtbot, built, tmp_path, reporter):
    from PySide6.QtPrintSupport import QPrintPreviewDialog

    from dvc_desktop.gui.report_preview import show_report_preview

    _, window = open_window(qtbot, copy_store(built, tmp_path / "store"), reporter)
    shown = []
    preview = show_report_preview(window, window.runner, on_shown=shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    dialog = preview.dialog
    assert isinstance(dialog, QPrintPreviewDialog) and dialog.isVisible() and dialog.objectName() == "reportPreview"
    widget = preview.preview
    qtbot.waitUntil(lambda: widget.pageCount() == built.province_pages, timeout=10_000)
    assert preview.pages == built.province_pages  # painted by the PDF's renderer, page for page
    layout = preview.printer.pageLayout()
    assert layout.pageSize().id().name == "A4" and layout.orientation().name == "Portrait"
    widget.setCurrentPage(2)
    assert widget.currentPage() == 2
    before = widget.zoomFactor()
    widget.zoomIn()
    assert widget.zoomFactor() > before
    save = next(a for a in dialog.findChildren(QtWidgets.QToolBar)[0].actions() if a.objectName() == "savePdf")
    assert save.isEnabled() and save.text()
    out = preview.save_pdf(tmp_path / "xem-truoc")
    assert out == tmp_path / "xem-truoc.pdf" and pdfinfo(out)["Pages"] == str(built.province_pages)
    assert "ỦY BAN NHÂN DÂN TỈNH SƠN HÀ" in flat(pdftotext(out, first=1, last=1))
    assert window.statusBar().currentMessage().endswith(f"{out}.")
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert reporter.last_message is None


def test_a_unit_preview_and_a_refusal_shown_to_the_user(qtbot, built, tmp_path, reporter):
    from dvc_desktop.gui.report_preview import show_report_preview

    _, window = open_window(qtbot, copy_store(built, tmp_path / "store"), reporter)
    shown = []
    preview = show_report_preview(window, window.runner, built.long_code, on_shown=shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    qtbot.waitUntil(lambda: preview.preview.pageCount() > 1, timeout=10_000)
    assert preview.data.unit_code == built.long_code
    preview.dialog.reject()

    errors: list[BaseException] = []
    show_report_preview(window, window.runner, "0.00.00.H00", on_error=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert "0.00.00.H00" in str(errors[0])


def test_a_department_previews_its_own_summary(qtbot, tmp_path, reporter):
    from dvc_desktop.gui.report_preview import show_report_preview

    application, ready = start_application(tmp_path / "department", reporter, demo=True)
    qtbot.waitUntil(lambda: bool(ready), timeout=20_000)
    window = ready[0]
    shown = []
    preview = show_report_preview(window, window.runner, on_shown=shown.append)
    qtbot.waitUntil(lambda: bool(shown), timeout=20_000)
    qtbot.waitUntil(lambda: preview.preview.pageCount() >= 1, timeout=10_000)
    assert preview.data.unit_name == "Sở Tư pháp" and preview.data.history_is_exports
    assert preview.printer.docName().endswith("của Sở Tư pháp")
    preview.dialog.reject()

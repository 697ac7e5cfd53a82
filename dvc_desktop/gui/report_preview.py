"""Print preview of the supervisors' summaries: the same pages as the PDF, with zoom and paging,
printing to any installed printer, and saving as PDF.

The figures are gathered on the worker thread; the pages are painted on the GUI thread by the
same renderer that writes the PDF (`dvc_desktop/reports/render.py`), onto the preview's QPrinter.

    show_report_preview(window, window.runner)                 # the province summary
    show_report_preview(window, window.runner, "000.00.13.H59")  # one unit's summary
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog, QPrintPreviewWidget

from dvc_desktop.gui.file_dialogs import ask_save_path
from dvc_desktop.gui.plain_text import plain, plain_tooltip
from dvc_desktop.gui.qt import QAction, QObject, QtWidgets
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.gui.worker import Runner
    from dvc_desktop.reports.data import ReportData


def _t(text: str, **params: object) -> str:
    return translate("report_preview", text, **params)


def print_preview(parent: QtWidgets.QWidget | None, printer: QPrinter, name: str, title: str,
                  paint: Callable[[QPrinter], None], save: tuple[str, str, Callable[[], object]],
                  size: tuple[int, int], closed: Callable[[], None]) -> QPrintPreviewDialog:
    """Qt's print preview (print, page set-up, zoom) with a "save as PDF" action on its toolbar; opened
    window-modal. `save` is the action's text, tooltip and slot."""
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(paint)
    text, tip, slot = save
    action = QAction(text, dialog)
    action.setObjectName("savePdf")
    action.setToolTip(plain_tooltip(tip))
    action.triggered.connect(lambda _checked=False: slot())
    toolbar = dialog.findChild(QtWidgets.QToolBar)
    if toolbar is not None:
        toolbar.addSeparator()
        toolbar.addAction(action)
    else:  # pragma: no cover - Qt's dialog has always had a toolbar
        dialog.addAction(action)
    dialog.resize(*size)
    dialog.finished.connect(lambda _result: closed())
    dialog.open()
    return dialog


class ReportPreview(QObject):
    """One preview: gathers the figures off the GUI thread, then opens the (non-blocking) preview."""

    def __init__(self, parent: QtWidgets.QWidget, runner: "Runner", unit_code: str | None = None,
                 on_error: Callable[[BaseException], None] | None = None,
                 on_shown: Callable[["ReportPreview"], None] | None = None) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.runner = runner
        self.unit_code = unit_code
        self.on_error = on_error or getattr(parent, "report", None)
        self.on_shown = on_shown
        self.data: "ReportData | None" = None
        self.printer: QPrinter | None = None
        self.dialog: QPrintPreviewDialog | None = None
        self.font_notice: QtWidgets.QLabel | None = None
        self.pages = 0
        self.signed_path: Path | None = None  # the last signed PDF written from this preview
        self._pin_dialog: QtWidgets.QInputDialog | None = None

    def start(self) -> None:
        unit = self.unit_code

        def job(context, progress):
            from dvc_desktop.services.reports import report_data

            progress(0, 0)
            data = report_data(context, unit)
            progress(1, 1)  # a Cancel pressed meanwhile stops here
            return data

        self.runner.run(job, self._show, self._failed, label=_t("Đang lập báo cáo…"), parent=self.parent_widget)

    def _failed(self, error: BaseException) -> None:
        from dvc_desktop.gui.worker import is_cancelled

        if is_cancelled(error):
            return
        if self.on_error is None:
            raise error
        self.on_error(error)

    def _show(self, data: "ReportData") -> None:
        from dvc_desktop.reports.compose import compose
        from dvc_desktop.reports.render import prepare

        self.data = data
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(compose(data).pdf_title)
        prepare(self.printer)
        self.dialog = print_preview(self.parent_widget, self.printer, "reportPreview", _t("Xem trước báo cáo"),
                                    self._paint, (_t("Lưu thành PDF…"), _t("Lưu báo cáo thành tệp PDF"), self.save_pdf),
                                    (900, 1000), self._closed)
        self._add_document_action(self.dialog)
        self._add_sign_action(self.dialog)
        self.font_notice = self._font_notice(self.dialog)
        if self.on_shown:
            self.on_shown(self)

    @staticmethod
    def _toolbar_action(dialog: QPrintPreviewDialog, text: str, name: str, tip: str, slot: Callable[[], object]) -> None:
        action = QAction(text, dialog)
        action.setObjectName(name)
        action.setToolTip(plain_tooltip(tip))
        action.triggered.connect(lambda _checked=False: slot())
        toolbar = dialog.findChild(QtWidgets.QToolBar)
        (toolbar or dialog).addAction(action)

    def _add_document_action(self, dialog: QPrintPreviewDialog) -> None:
        """"Người ký, số ký hiệu…": the document details, asked here before printing (also in the menus)."""
        self._toolbar_action(dialog, _t("Người ký, số ký hiệu…"), "reportDocument",
                             _t("Số ký hiệu, tên cơ quan, Kính gửi, nơi lưu và người ký của báo cáo"), self.edit_document)

    def _add_sign_action(self, dialog: QPrintPreviewDialog) -> None:
        """"Ký số…": the report as a PDF signed with the office's certificate (PAdES), the signature at the
        signature block."""
        self._toolbar_action(dialog, _t("Ký số…"), "signPdf", _t("Lưu báo cáo thành tệp PDF ký số bằng chứng thư số "
                                                                  "của cơ quan (token hoặc tệp PKCS#12)"), self.sign_pdf)

    def sign_pdf(self, path: Path | None = None, pin: str | None = None) -> None:
        """Ask where, then the token's PIN, then paint and sign on the worker (progress, cancel)."""
        from dvc_desktop.services.reports import document_name

        if self.data is None:
            return
        if path is None:
            path = ask_save_path(self.dialog or self.parent_widget, _t("Lưu báo cáo ký số"),
                                 document_name(self.data), _t("Tệp PDF (*.pdf)"))
            if path is None:
                return
        target = path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
        if pin is None:
            from dvc_desktop.gui.certificates import ask_pin_for_documents

            def keep(dialog: QtWidgets.QInputDialog) -> None:
                self._pin_dialog = dialog

            ask_pin_for_documents(self.dialog or self.parent_widget, self.runner, self._failed, keep,
                                  lambda text: self.sign_pdf(target, text))
            return
        unit = self.unit_code
        secret = pin

        def job(context, progress):
            from dvc_desktop.services.reports import write_report

            return write_report(context, target, unit, progress=progress, sign=True, pin=secret)

        def signed(result) -> None:
            self.signed_path = result.path
            status = getattr(self.parent_widget, "statusBar", None)
            text = _t("Đã ký số (PAdES {level}) và ghi báo cáo ({pages} trang) vào {path}.", level=result.signed,
                      pages=result.pages, path=result.path)
            if result.signing_notice:
                text += " " + result.signing_notice
            if callable(status):
                status().showMessage(text, 12000)

        self.runner.run(job, signed, self._failed, label=_t("Đang ký số báo cáo…"),
                        parent=self.dialog or self.parent_widget)

    def edit_document(self) -> None:
        from dvc_desktop.gui.report_settings_dialog import edit_report_settings

        if self.dialog is not None:
            edit_report_settings(self.dialog, self.runner, lambda _saved: self.refresh(), self.on_error)

    def refresh(self) -> None:
        """Gather the figures again (the details just saved) and repaint the pages shown."""
        unit = self.unit_code

        def job(context):
            from dvc_desktop.services.reports import report_data

            return report_data(context, unit)

        def shown(data: "ReportData") -> None:
            self.data = data
            if self.preview is not None:
                self.preview.updatePreview()

        self.runner.run(job, shown, self._failed)

    def _font_notice(self, dialog: QPrintPreviewDialog) -> QtWidgets.QLabel | None:
        """Say so when the pages are not in Times New Roman (the font Decree 30 mandates)."""
        from dvc_desktop.reports.fonts import mandated_font_missing

        notice = mandated_font_missing()
        if not notice:
            return None
        label = plain(QtWidgets.QLabel(notice, dialog))
        label.setObjectName("reportFontNotice")
        label.setWordWrap(True)
        label.setContentsMargins(8, 6, 8, 6)
        label.setStyleSheet("color: #8a4b00;")
        layout = dialog.layout()
        if layout is not None:
            layout.addWidget(label)
        return label

    def _paint(self, printer: QPrinter) -> None:
        from dvc_desktop.services.reports import paint_report

        if self.data is not None:
            self.pages = paint_report(self.data, printer)

    @property
    def preview(self) -> QPrintPreviewWidget | None:
        return self.dialog.findChild(QPrintPreviewWidget) if self.dialog else None

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """Write the pages shown to a PDF file (asks where when no path is given)."""
        from dvc_desktop.reports.compose import compose
        from dvc_desktop.reports.render import write_pdf
        from dvc_desktop.services.reports import document_name

        if self.data is None:
            return None
        if path is None:
            path = ask_save_path(self.dialog or self.parent_widget, _t("Lưu báo cáo thành PDF"),
                                 document_name(self.data), _t("Tệp PDF (*.pdf)"))
            if path is None:
                return None
        target = path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
        try:
            pages = write_pdf(compose(self.data), target)
        except Exception as error:  # noqa: BLE001 - shown to the user, not swallowed
            if self.on_error is None:
                raise
            self.on_error(error)
            return None
        status = getattr(self.parent_widget, "statusBar", None)
        if callable(status):
            status().showMessage(_t("Đã ghi báo cáo ({pages} trang) vào {path}.", pages=pages, path=target), 8000)
        return target

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        self.deleteLater()


def show_report_preview(parent: QtWidgets.QWidget, runner: "Runner", unit_code: str | None = None,
                        on_error: Callable[[BaseException], None] | None = None,
                        on_shown: Callable[[ReportPreview], None] | None = None) -> ReportPreview:
    """The province summary (or `unit_code`'s summary; a department's own by default) in a print preview.

    Returns at once; the preview opens when the figures are ready. Errors go to `on_error`, by default
    the window's `report(error)`.
    """
    preview = ReportPreview(parent, runner, unit_code, on_error, on_shown)
    preview.start()
    return preview

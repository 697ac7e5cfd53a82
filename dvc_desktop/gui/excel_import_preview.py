"""Importing a workbook the way the office checks it first: a dry run off the GUI thread, a preview
of what would be added and updated, every refused row with its Excel row number and reason, and the
executing agencies no unit matches; Apply runs the real import, Cancel changes nothing.

One preview dialog (`ExcelImportPreview`, ui/excel_import_preview.ui) serves the units list and the
procedure catalogue; `ExcelImport` is the flow around it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

from dvc_desktop.gui.file_dialogs import ask_open_path
from dvc_desktop.gui.forms import child, load_as
from dvc_desktop.gui.plain_text import plain, plain_tooltip
from dvc_desktop.gui.qt import QObject, Qt, QtWidgets
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.gui.worker import Runner

# importer(context, path, dry_run, progress) → a report with added/updated/unchanged/rejected
Importer = Callable[[Any, Path, bool, Any], Any]


def import_catalogue(context: Any, path: Path, dry_run: bool, progress: Any) -> Any:
    """The catalogue importer both windows preview and apply (services.catalog decides, by the store's
    role, whether rows go to the reference catalogue or to the unit's own list)."""
    from dvc_desktop.services.catalog import import_catalog_excel

    return import_catalog_excel(context, path, dry_run=dry_run, progress=progress)


def _t(text: str, **params: object) -> str:
    return translate("excel_import", text, **params)


@dataclass(frozen=True)
class ExcelPreview:
    """What the preview shows, made from an import report run as a dry run."""

    title: str
    summary: str
    change_headers: tuple[str, ...]
    changes: Sequence[tuple[object, ...]]  # shown as text
    rejected: list[tuple[int, str]]
    unmatched: list[str]
    applicable: bool  # something would be added or updated
    matches_agencies: bool = True  # the province's catalogue: its agencies are matched to units


def _summary(report: Any, *remarks: str) -> str:
    where = _t("Tệp {file}, trang «{sheet}», dòng tiêu đề {row}.", file=report.file, sheet=report.sheet,
               row=report.header_row) if report.sheet else report.file
    counts = _t("Sẽ thêm {added}, cập nhật {updated}; {unchanged} dòng không đổi; {rejected} dòng bị từ chối.",
                added=report.added, updated=report.updated, unchanged=report.unchanged,
                rejected=len(report.rejected))
    # What to do comes last, after what the file holds and any remark on it.
    then = (_t("Chưa có gì thay đổi: bấm Áp dụng để nhập, Hủy để bỏ qua.") if report.added or report.updated
            else _t("Không có dòng nào để nhập; dữ liệu không thay đổi."))
    return "\n".join((where, counts, *remarks, then))


def _change_label(change: str) -> str:
    return {"added": _t("Thêm"), "updated": _t("Cập nhật")}.get(change, change)


def units_preview(report: Any) -> ExcelPreview:
    """From services.units.UnitsImportReport."""
    changes = [(str(c.row), c.code, c.name, _change_label(c.change), c.before) for c in report.changes]
    return ExcelPreview(_t("Xem trước danh sách đơn vị"), _summary(report),
                        (_t("Dòng Excel"), _t("Mã định danh"), _t("Tên đơn vị"), _t("Thay đổi"), _t("Trước đây")),
                        changes, [(r.row, r.reason) for r in report.rejected], list(report.unmatched_agencies),
                        bool(report.added or report.updated))


def catalogue_preview(report: Any) -> ExcelPreview:
    """From services.catalog.CatalogImportReport (at the province: the reference catalogue; at a
    department: the unit's own list, the province's records kept)."""
    flagged = set(report.level_update_codes)
    kept = set(report.reference_kept)
    labels = {"added": _t("Thêm vào danh sách của đơn vị"), "updated": _t("Cập nhật thủ tục riêng")} \
        if report.into_unit_list else {}

    def change(code: str, kind: str) -> tuple[str, str]:
        # A district-level row after 1/7/2025 is imported, but flagged for the office to correct.
        label = labels.get(kind) or _change_label(kind)
        if code in kept:
            label = _t("{change} — giữ dữ liệu tham chiếu của tỉnh", change=label)
        return (code, _t("{change} — cần cập nhật cấp thực hiện", change=label) if code in flagged else label)

    changes = [change(code, "added") for code in report.added_codes]
    changes += [change(code, "updated") for code in report.updated_codes]
    remarks = []
    if report.into_unit_list:
        remarks.append(_t("Các thủ tục vào danh sách của đơn vị; mã chưa có trong danh mục tham chiếu thành thủ tục "
                          "riêng của đơn vị. Dữ liệu tham chiếu do tỉnh gửi không bị thay đổi."))
    if kept:
        remarks.append(_t("{n} thủ tục trong tệp ghi khác danh mục tham chiếu của tỉnh: giữ nguyên dữ liệu của "
                          "tỉnh.", n=len(kept)))
    if flagged:
        remarks.append(_t("{n} thủ tục ghi cấp huyện (không còn từ 01/7/2025): sẽ được đánh dấu «cần cập nhật cấp "
                          "thực hiện».", n=len(flagged)))
    summary = _summary(report, *remarks)
    return ExcelPreview(_t("Xem trước danh mục TTHC"), summary, (_t("Mã TTHC"), _t("Thay đổi")), changes,
                        [(r.row, r.reason) for r in report.rejected], list(report.unmatched_agencies),
                        bool(report.added or report.updated), matches_agencies=not report.into_unit_list)


WRAPPED_ROWS = 500  # up to this many rows the last column wraps (rows grow to fit); beyond, tooltips only


def _fill(table: QtWidgets.QTableWidget, rows: Sequence[tuple[object, ...]]) -> None:
    table.verticalHeader().setDefaultSectionSize(24)
    table.setRowCount(len(rows))
    for number, values in enumerate(rows):
        for column, value in enumerate(values):
            text = "" if value is None else str(value)
            item = QtWidgets.QTableWidgetItem(text)
            if column == len(values) - 1:
                item.setToolTip(plain_tooltip(text))  # a long reason, whole
            table.setItem(number, column, item)
    table.resizeColumnsToContents()
    header = table.horizontalHeader()
    if table.columnCount():
        # The last column (a reason) takes the room left and wraps: nothing cut at the dialog's edge.
        header.setSectionResizeMode(table.columnCount() - 1, QtWidgets.QHeaderView.ResizeMode.Stretch)
    table.setWordWrap(True)
    if len(rows) <= WRAPPED_ROWS:
        table.verticalHeader().setSectionResizeMode(QtWidgets.QHeaderView.ResizeMode.ResizeToContents)
    table.verticalHeader().setVisible(False)


class ExcelImportPreview(QObject):
    """The preview dialog (objectName "excelImportPreview"); `dialog.accepted` means Apply."""

    def __init__(self, preview: ExcelPreview, parent: QtWidgets.QWidget) -> None:
        dialog = load_as("excel_import_preview.ui", QtWidgets.QDialog, parent)
        super().__init__(dialog)  # lives as long as its dialog
        self.preview, self.dialog = preview, dialog
        self.dialog.setWindowTitle(preview.title)
        self.changes = child(self.dialog, QtWidgets.QTableWidget, "changes")
        self.rejected = child(self.dialog, QtWidgets.QTableWidget, "rejected")
        self.unmatched = child(self.dialog, QtWidgets.QListWidget, "unmatched")
        child(self.dialog, QtWidgets.QLabel, "summaryLabel").setText(preview.summary)
        child(self.dialog, QtWidgets.QLabel, "changesLabel").setText(
            _t("Các dòng sẽ &thêm hoặc cập nhật ({n}):", n=len(preview.changes)))
        self.changes.setColumnCount(len(preview.change_headers))
        self.changes.setHorizontalHeaderLabels(list(preview.change_headers))
        _fill(self.changes, preview.changes)
        rejected_label = child(self.dialog, QtWidgets.QLabel, "rejectedLabel")
        if preview.rejected:
            rejected_label.setText(_t("Các dòng bị từ &chối ({n}) — sửa trong tệp Excel rồi nhập lại:",
                                      n=len(preview.rejected)))
        else:
            rejected_label.setText(_t("Không có dòng nào bị từ chối."))
        _fill(self.rejected, [(str(row), reason) for row, reason in preview.rejected])
        for row in range(self.rejected.rowCount()):
            self.rejected.item(row, 1).setForeground(Qt.GlobalColor.darkRed)
        unmatched_label = child(self.dialog, QtWidgets.QLabel, "unmatchedLabel")
        unmatched_label.setVisible(preview.matches_agencies)
        if preview.unmatched:
            unmatched_label.setText(_t("Cơ quan thực hiện chưa &khớp đơn vị nào ({n}) — thêm đơn vị đó vào danh sách "
                                       "hoặc sửa tên cơ quan trong danh mục:", n=len(preview.unmatched)))
        else:
            unmatched_label.setText(_t("Cơ quan thực hiện nào trong danh mục cũng đã khớp một đơn vị."))
        self.unmatched.addItems(preview.unmatched)
        self.rejected.setVisible(bool(preview.rejected))
        self.unmatched.setVisible(bool(preview.unmatched))
        buttons = child(self.dialog, QtWidgets.QDialogButtonBox, "buttons")
        self.apply_button = buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        self.apply_button.setText(_t("Á&p dụng"))
        self.apply_button.setEnabled(preview.applicable)
        self.cancel_button = buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        if not preview.applicable:
            self.cancel_button.setDefault(True)
        buttons.accepted.connect(self.dialog.accept)
        buttons.rejected.connect(self.dialog.reject)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


class ExcelImport(QObject):
    """Choose a workbook, preview it (dry run with progress and cancel), then apply or cancel.

    `importer` runs on the worker thread; `after` runs once something was applied."""

    def __init__(self, window: QtWidgets.QMainWindow, runner: "Runner", report: Callable[[BaseException], None],
                 importer: Importer, to_preview: Callable[[Any], ExcelPreview], after: Callable[[], None]) -> None:
        super().__init__(window)
        self.window, self.runner, self.report = window, runner, report
        self.importer, self.to_preview, self.after = importer, to_preview, after
        self.shown: ExcelImportPreview | None = None

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def start(self, path: Path | None = None, title: str = "") -> None:
        if path is None:
            path = ask_open_path(self.window, title, _t("Sổ tính Excel (*.xlsx *.xlsm)"))
            if path is None:
                return
        source, importer = path, self.importer

        def job(context, progress):
            return importer(context, source, True, progress)

        self.runner.run(job, lambda report: self._show(source, report), self._failed,
                        label=_t("Đang đọc {name}…", name=source.name), parent=self.window)

    def _show(self, path: Path, report: Any) -> None:
        self.shown = ExcelImportPreview(self.to_preview(report), self.window)
        self.shown.dialog.accepted.connect(lambda: self._apply(path))
        self.shown.dialog.rejected.connect(lambda: self._status(_t("Đã hủy; không có gì thay đổi.")))
        self.shown.dialog.open()

    def _apply(self, path: Path) -> None:
        importer = self.importer

        def job(context, progress):
            return importer(context, path, False, progress)

        def done(report: Any) -> None:
            self.after()
            self._confirm(path, report)

        self.runner.run(job, done, self._failed, label=_t("Đang nhập {name}…", name=path.name), parent=self.window)

    def _confirm(self, path: Path, report: Any) -> None:
        """A confirmation that stays (the reload that follows rewrites the status bar), with every
        refused row under "Show details"."""
        text = _t("Đã nhập {name}: thêm {added}, cập nhật {updated}, không đổi {unchanged}, từ chối {rejected} dòng.",
                  name=path.name, added=report.added, updated=report.updated, unchanged=report.unchanged,
                  rejected=len(report.rejected))
        box = plain(QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Information, _t("Đã nhập"), text,
                                          QtWidgets.QMessageBox.StandardButton.Close, self.window))
        box.setObjectName("excelImportDone")
        if report.rejected:
            box.setDetailedText("\n".join(_t("Dòng {row}: {reason}", row=r.row, reason=r.reason)
                                          for r in report.rejected))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _failed(self, error: BaseException) -> None:
        from dvc_desktop.gui.worker import is_cancelled

        if is_cancelled(error):
            self._status(_t("Đã hủy; không có gì thay đổi."))
        else:
            self.report(error)

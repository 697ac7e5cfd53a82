"""Small dialogs: add from the reference catalogue, a local procedure, history, settings."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Callable

from dvc_desktop.domain.rulesets import answer_reason_label
from dvc_desktop.gui.plain_text import plain
from dvc_desktop.domain.errors import Issue
from dvc_desktop.gui.forms import add_choice, child, chosen, load_as, select_choice
from dvc_desktop.gui.labels import form_label, moment
from dvc_desktop.gui.qt import QObject, Qt, QTimer, QtWidgets, Signal
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.gui.worker import Runner
    from dvc_desktop.services.workspace import HistoryEntry, ReferenceHit

SEARCH_DELAY_MS = 150


def confirm(parent: QtWidgets.QWidget, name: str, title: str, text: str, on_yes: Callable[[], object]) -> QtWidgets.QMessageBox:
    """A Yes/No question that does not block the event loop; "No" is the default."""
    box = plain(QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Question, title, text,
                                QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
                                parent))
    box.setObjectName(name)
    box.setDefaultButton(QtWidgets.QMessageBox.StandardButton.No)
    box.finished.connect(lambda _r: box.clickedButton() is box.button(QtWidgets.QMessageBox.StandardButton.Yes)
                         and on_yes())
    box.open()
    return box


def _show_error(label: QtWidgets.QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class CataloguePicker(QObject):
    """Search the reference catalogue as you type; add the selected procedures (multi-select)."""

    create_local_requested = Signal()

    def __init__(self, runner: "Runner", parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.runner = runner
        self.dialog = load_as("picker.ui", QtWidgets.QDialog, parent)
        self.search = child(self.dialog, QtWidgets.QLineEdit, "searchEdit")
        self.results = child(self.dialog, QtWidgets.QTableWidget, "results")
        self.count_label = child(self.dialog, QtWidgets.QLabel, "countLabel")
        buttons = child(self.dialog, QtWidgets.QDialogButtonBox, "buttons")
        buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok).setText(translate("picker", "Thêm vào danh mục"))
        buttons.accepted.connect(self.dialog.accept)
        buttons.rejected.connect(self.dialog.reject)
        child(self.dialog, QtWidgets.QPushButton, "createLocalButton").clicked.connect(self._create_local)
        self.results.horizontalHeader().setStretchLastSection(True)
        self.results.setColumnWidth(1, 420)
        self.results.doubleClicked.connect(self.dialog.accept)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self._query)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self._generation = 0
        self._query()

    def _query(self) -> None:
        from_text = self.search.text()
        self._generation += 1
        generation = self._generation

        def job(context):
            from dvc_desktop.services.workspace import search_reference

            return search_reference(context, from_text)

        self.runner.run(job, lambda hits: self._show(generation, hits))

    def _show(self, generation: int, hits: list["ReferenceHit"]) -> None:
        if generation != self._generation:
            return  # an older answer arriving after a newer keystroke
        self.results.setRowCount(len(hits))
        for row, hit in enumerate(hits):
            for column, text in enumerate((hit.code, hit.name, hit.sector, hit.levels)):
                item = QtWidgets.QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, hit.procedure_id)
                self.results.setItem(row, column, item)
        self.count_label.setText(translate("picker", "{n} kết quả (tối đa 200)", n=len(hits)))
        if hits:
            self.results.selectRow(0)

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.results.selectedIndexes()})
        return [self.results.item(row, 0).data(Qt.ItemDataRole.UserRole) for row in rows]

    def _create_local(self) -> None:
        self.dialog.reject()
        self.create_local_requested.emit()


class LocalProcedureDialog(QObject):
    def __init__(self, levels: list[tuple[str, str]], parent: QtWidgets.QWidget,
                 submit: Callable[[dict], None]) -> None:
        super().__init__(parent)
        self.dialog = load_as("local_procedure.ui", QtWidgets.QDialog, parent)
        self.code = child(self.dialog, QtWidgets.QLineEdit, "codeEdit")
        self.name = child(self.dialog, QtWidgets.QLineEdit, "nameEdit")
        self.sector = child(self.dialog, QtWidgets.QLineEdit, "sectorEdit")
        self.levels = child(self.dialog, QtWidgets.QListWidget, "levelList")
        self.errors = {field: child(self.dialog, QtWidgets.QLabel, name)
                       for field, name in (("code", "codeError"), ("name", "nameError"),
                                           ("level_codes", "levelError"))}
        for code, name in levels:
            item = QtWidgets.QListWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.levels.addItem(item)
        buttons = child(self.dialog, QtWidgets.QDialogButtonBox, "buttons")
        buttons.accepted.connect(self._submit)
        buttons.rejected.connect(self.dialog.reject)
        self._submit_to = submit

    def values(self) -> dict:
        checked = [self.levels.item(i) for i in range(self.levels.count())
                   if self.levels.item(i).checkState() == Qt.CheckState.Checked]
        return {"code": self.code.text(), "name": self.name.text(), "sector": self.sector.text(),
                "level_codes": tuple(item.data(Qt.ItemDataRole.UserRole) for item in checked)}

    def _submit(self) -> None:
        self._submit_to(self.values())  # the window answers with accept() or show_refused()

    def show_refused(self, issues: list[Issue]) -> None:
        for label in self.errors.values():
            _show_error(label, "")
        for issue in issues:
            _show_error(self.errors.get(issue.field, self.errors["code"]), issue.message)


def _action_label(action: str) -> str:
    return {
        "init": translate("history", "Khởi tạo"),
        "classification.save": translate("history", "Phân loại"),
        "catalogue.add": translate("history", "Thêm vào danh mục"),
        "catalogue.create_local": translate("history", "Tạo thủ tục riêng"),
        "catalogue.remove": translate("history", "Xóa khỏi danh mục"),
        "catalogue.put_back": translate("history", "Khôi phục"),
        "procedure.edit": translate("history", "Sửa nội dung"),
    }.get(action, action)


def show_history(title: str, entries: list["HistoryEntry"], parent: QtWidgets.QWidget) -> QtWidgets.QDialog:
    dialog = load_as("history.ui", QtWidgets.QDialog, parent)
    child(dialog, QtWidgets.QLabel, "titleLabel").setText(title)
    table = child(dialog, QtWidgets.QTableWidget, "entries")
    if not entries:  # said, not an empty grid
        table.setRowCount(1)
        table.setSpan(0, 0, 1, table.columnCount())
        table.setItem(0, 0, QtWidgets.QTableWidgetItem(translate("history", "Chưa có thay đổi nào được ghi lại.")))
    else:
        table.setRowCount(len(entries))
    for row, entry in enumerate(entries):
        action = _action_label(entry.action)
        details = _describe(entry.details)
        for column, text in enumerate((moment(entry.at), entry.actor, action, details)):
            table.setItem(row, column, QtWidgets.QTableWidgetItem(text))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    child(dialog, QtWidgets.QDialogButtonBox, "buttons").rejected.connect(dialog.reject)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def _describe(details: dict) -> str:
    after = details.get("after")
    if isinstance(after, dict) and "form" in after:
        text = form_label(after.get("form"))
        if after.get("reason_code"):  # in words, as the answer's rule set words it: never the stored key
            text += " · " + answer_reason_label(after["reason_code"], after.get("rule_set_code") or "")
        if after.get("status") == "ready":
            text += translate("history", " · sẵn sàng")
        return text
    return json.dumps(details, ensure_ascii=False) if details else ""


LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))


def ask_language(current: str, parent: QtWidgets.QWidget, chosen_language: Callable[[str], None]) -> QtWidgets.QDialog:
    """The settings dialog; `chosen_language(code)` runs when the user confirms."""
    dialog = load_as("settings.ui", QtWidgets.QDialog, parent)
    combo = child(dialog, QtWidgets.QComboBox, "languageCombo")
    for code, name in LANGUAGES:
        add_choice(combo, name, code)
    select_choice(combo, current)
    buttons = child(dialog, QtWidgets.QDialogButtonBox, "buttons")
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    dialog.accepted.connect(lambda: chosen_language(chosen(combo)))
    dialog.open()
    return dialog

"""What both windows offer the same way: a backup of the store, the interface language, the office's
report fields, and the office's own key card. A mixin for a QMainWindow with `runner`, `report` and a
status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from dvc_desktop.gui.file_dialogs import ask_save_path
from dvc_desktop.gui.qt import QtWidgets
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.gui.worker import Runner


def _t(text: str, **params: object) -> str:
    return translate("window", text, **params)


if TYPE_CHECKING:  # a mixin of QMainWindow: its methods use the window's own
    _Window = QtWidgets.QMainWindow
else:
    _Window = object


class OfficeActions(_Window):
    # Provided by the window: its runner, its report(error) and QMainWindow's statusBar(); nothing is
    # defined here under those names, which would shadow QMainWindow's in the method order.
    runner: "Runner"
    report: Any

    def backup(self) -> None:
        """A copy of the store (and its keys) where the user chooses, made on the worker thread."""
        chosen = ask_save_path(self, _t("Sao lưu dữ liệu"), "dvc-desktop-sao-luu.sqlite",
                               _t("Tệp SQLite (*.sqlite)"))
        if chosen is None:
            return

        def job(context):
            from dvc_desktop.services.backup import backup

            return backup(context, chosen)

        self.runner.run(job, lambda path: self.statusBar().showMessage(
            _t("Đã sao lưu vào {path}.", path=path), 6000), self.report)

    def open_settings(self) -> None:
        from dvc_desktop.gui.dialogs import ask_language
        from dvc_desktop.gui.translation import current_language, save_language

        def chosen(language: str) -> None:
            save_language(language)
            self.statusBar().showMessage(
                _t("Ngôn ngữ mới được áp dụng khi mở lại ứng dụng."), 6000)

        self._settings_dialog = ask_language(current_language(), self, chosen)

    def edit_report_settings(self) -> None:
        from dvc_desktop.gui.report_settings_dialog import edit_report_settings

        edit_report_settings(self, self.runner)

    def print_key_card(self) -> None:
        """The office's key card to print and send with its public key file: print preview, "Lưu PDF"."""
        from dvc_desktop.gui.key_card import show_key_card

        self._key_card = show_key_card(self, self.runner)

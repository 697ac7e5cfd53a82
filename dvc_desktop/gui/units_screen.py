"""The province's list of units in its window: import it from Excel through a preview, add, rename
and retire a unit. The menu "Đơn vị" and the buttons of the Đơn vị tab carry the same actions."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from dvc_desktop.gui.actions import make_action
from dvc_desktop.gui.dialog_jobs import submit
from dvc_desktop.gui.excel_import_preview import ExcelImport, units_preview
from dvc_desktop.gui.qt import QObject, QtWidgets
from dvc_desktop.gui.unit_dialogs import RetireUnitDialog, UnitDialog
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.gui.worker import Runner
    from dvc_desktop.services.units import UnitView


def _t(text: str, **params: object) -> str:
    return translate("units_screen", text, **params)


def import_units(context: Any, path: Path, dry_run: bool, progress: Any) -> Any:
    from dvc_desktop.services.units import import_units_excel

    return import_units_excel(context, path, dry_run=dry_run, progress=progress)


def list_units(context: Any) -> list["UnitView"]:
    from dvc_desktop.services.units import list_units as listed

    return listed(context)


class UnitsActions(QObject):
    """`selected()` is the unit chosen in the window; `reload(then)` reads the window's view again."""

    def __init__(self, window: QtWidgets.QMainWindow, runner: "Runner", report: Callable[[BaseException], None],
                 selected: Callable[[], str | None], reload: Callable[[Callable[[], None] | None], None],
                 select: Callable[[str], object]) -> None:
        super().__init__(window)
        self.window, self.runner, self.report = window, runner, report
        self.selected, self.reload, self.select = selected, reload, select
        self.importer = ExcelImport(window, runner, report, import_units, units_preview, lambda: reload(None))
        self.dialog: UnitDialog | RetireUnitDialog | None = None
        self.act_import = make_action(window, _t("&Nhập danh sách đơn vị từ Excel…"), self.import_list,
                                      "Ctrl+Shift+I", "importUnits")
        self.act_add = make_action(window, _t("&Thêm đơn vị…"), self.add, "Ctrl+N", "addUnit")
        self.act_rename = make_action(window, _t("Đổ&i tên đơn vị đang chọn…"), self.rename, "F2", "renameUnit")
        self.act_retire = make_action(window, _t("&Giải thể / sáp nhập đơn vị đang chọn…"), self.retire,
                                      "Ctrl+Delete", "retireUnit")

    def actions(self) -> list:
        return [self.act_import, self.act_add, self.act_rename, self.act_retire]

    def _status(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 8000)

    def _select(self, code: str) -> None:
        self.select(code)

    def _changed(self, view: "UnitView", message: str) -> None:
        self._status(message)
        self.reload(lambda: self._select(view.code))

    # -- import

    def import_list(self, path: Path | None = None) -> None:
        self.importer.start(path, _t("Nhập danh sách đơn vị"))

    # -- one unit

    def add(self) -> None:
        def save(code: str, name: str, level: str, kind: str | None) -> None:
            def job(context):
                from dvc_desktop.services.units import add_unit

                return add_unit(context, code, name, level, kind)

            submit(self.runner, job, lambda view: self._changed(view, _t("Đã thêm đơn vị {name} ({code}).",
                                                                         name=view.name, code=view.code)),
                   dialog.dialog, dialog.error, self.report)

        dialog = self.dialog = UnitDialog(self.window, save)
        dialog.dialog.open()

    def _with_selected(self, then: Callable[["UnitView", list["UnitView"]], None]) -> None:
        code = self.selected()
        if code is None:
            self._status(_t("Chọn một đơn vị trong bảng Đơn vị trước."))
            return

        def found(units: list["UnitView"]) -> None:
            unit = next((u for u in units if u.code == code), None)
            if unit is not None:
                then(unit, units)

        self.runner.run(list_units, found, self.report)

    def rename(self) -> None:
        self._with_selected(lambda unit, _units: self._rename(unit))

    def _rename(self, unit: "UnitView") -> None:
        def save(code: str, name: str, _level: str, _kind: str | None) -> None:
            def job(context):
                from dvc_desktop.services.units import rename_unit

                return rename_unit(context, code, name)

            submit(self.runner, job, lambda view: self._changed(view, _t("Đã đổi tên đơn vị {code} thành {name}.",
                                                                         code=view.code, name=view.name)),
                   dialog.dialog, dialog.error, self.report)

        dialog = self.dialog = UnitDialog(self.window, save, unit)
        dialog.dialog.open()

    def retire(self) -> None:
        self._with_selected(self._retire)

    def _retire(self, unit: "UnitView", units: list["UnitView"]) -> None:
        def save(code: str, successor: str | None) -> None:
            def job(context):
                from dvc_desktop.services.units import retire_unit

                return retire_unit(context, code, successor)

            submit(self.runner, job, lambda view: self._changed(view, _t("Đã ghi nhận đơn vị {code} giải thể / sáp "
                                                                         "nhập.", code=view.code)),
                   dialog.dialog, dialog.error, self.report)

        dialog = self.dialog = RetireUnitDialog(self.window, unit, units, save)
        dialog.dialog.open()

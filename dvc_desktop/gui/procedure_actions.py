"""The Thủ tục menu's actions on the selected rows: mark ready, classify in bulk, reclassify under
Decree 224, add from the reference catalogue, create a local procedure, remove, history, export.

Each runs one operation (`gui/department_operations.py`) and shows its answer: the rows again, the
change in the undo history, a word in the status bar.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from dvc_desktop.gui import department_operations as ops
from dvc_desktop.gui.file_dialogs import ask_save_path
from dvc_desktop.gui.plain_text import plain
from dvc_desktop.gui.qt import QObject, QtWidgets
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from datetime import date

    from dvc_desktop.domain.rulesets import RuleSet
    from dvc_desktop.gui.editor import ProcedureEditor
    from dvc_desktop.gui.operations import Operation
    from dvc_desktop.gui.procedure_model import ProcedureTableModel
    from dvc_desktop.gui.undo_controller import UndoController
    from dvc_desktop.gui.worker import Runner
    from dvc_desktop.services.workspace import BulkResult, HistoryEntry
    from dvc_desktop.services.workspace_view import ProcedureRow, WorkspaceSnapshot


def _t(text: str, **params: object) -> str:
    return translate("window", text, **params)


class DepartmentWindow(Protocol):
    """What the actions need of the window."""

    runner: "Runner"
    model: "ProcedureTableModel"
    editor: "ProcedureEditor"
    undo: "UndoController"
    rules: "RuleSet | None"
    snapshot: "WorkspaceSnapshot | None"

    def today(self) -> "date": ...
    def selected_ids(self) -> list[int]: ...
    def current_id(self) -> int | None: ...
    def perform(self, operation: "Operation[Any]") -> int: ...
    def show_rows(self, rows: list["ProcedureRow"], select: bool = False) -> None: ...
    def forget_rows(self, ids: list[int]) -> None: ...
    def say(self, text: str, ms: int = 0) -> None: ...
    def report(self, error: BaseException) -> None: ...
    def report_unless_cancelled(self, error: BaseException) -> None: ...


class ProcedureActions(QObject):
    def __init__(self, window: DepartmentWindow, parent: QtWidgets.QWidget) -> None:
        super().__init__(parent)
        self.window, self.parent_widget = window, parent
        self._open: dict[str, Any] = {}  # dialogs kept alive while open

    # ------------------------------------------------------------ many rows at once

    def mark_ready(self) -> None:
        ids = self.window.selected_ids()
        if not ids:
            return
        self.window.editor.flush()
        self.window.perform(ops.mark_ready(ids).success(lambda answer: self._bulk_done(answer, "ready")))

    def classify_selected(self) -> None:
        from dvc_desktop.domain.classification import Form
        from dvc_desktop.gui.bulk_classify import BulkClassifyDialog

        ids = self.window.selected_ids()
        if not ids or self.window.rules is None:
            return
        dialog = BulkClassifyDialog(self.window.rules, len(ids), self.parent_widget)

        def accepted() -> None:
            form_code, reason, provision = dialog.values()
            self.window.perform(ops.classify_many(ids, Form(form_code), reason, provision)
                                .success(lambda answer: self._bulk_done(answer, "classify")))

        dialog.dialog.accepted.connect(accepted)
        dialog.dialog.open()
        self._open["bulk"] = dialog

    def _bulk_done(self, answer: tuple["BulkResult", list["ProcedureRow"]], kind: str) -> None:
        result, rows = answer
        n = len(result.changed)
        if kind == "ready":
            message, undo_text = _t("Đã đánh dấu sẵn sàng {n} thủ tục.", n=n), _t("đánh dấu sẵn sàng {n} thủ tục", n=n)
        else:
            message, undo_text = _t("Đã phân loại {n} thủ tục.", n=n), _t("phân loại {n} thủ tục", n=n)
        self.window.undo.record(result.change, undo_text)
        if rows:
            self.window.show_rows(rows)
        if result.refused:
            self._show_refusals(result.refused)
        else:
            self.window.say(message, 4000)

    def _show_refusals(self, refused: dict[int, str]) -> None:
        lines = []
        for row_id, reason in list(refused.items())[:10]:
            row = self.window.model.row(row_id)
            lines.append(f"• {row.code if row else row_id}: {reason}")
        if len(refused) > 10:
            lines.append(_t("… và {n} thủ tục khác.", n=len(refused) - 10))
        box = plain(QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Information, _t("Một số thủ tục chưa đổi"),
                                          _t("{n} thủ tục được giữ nguyên vì chưa đủ điều kiện:", n=len(refused))
                                          + "\n" + "\n".join(lines), QtWidgets.QMessageBox.StandardButton.Ok,
                                          self.parent_widget))
        box.setObjectName("refusalsBox")
        box.open()
        self.window.say(_t("{n} thủ tục chưa đủ điều kiện.", n=len(refused)), 8000)

    def reclassify(self) -> None:
        """Decree 42 reasons → Decree 224 Art. 14 grounds, confirmed by the clerk (services/reclassify.py)."""
        self.window.perform(ops.reclassify_proposals().success(self._show_reclassify))

    def _show_reclassify(self, found: tuple[list[Any], "RuleSet"]) -> None:
        from dvc_desktop.gui.reclassify_dialog import ReclassifyDialog

        proposals, rules = found
        if not proposals:
            self.window.say(_t("Không có phân loại nào cần phân loại lại theo Nghị định 224/2026."), 6000)
            return
        dialog = ReclassifyDialog(proposals, rules, self.parent_widget)

        def applied(answer: tuple[Any, list["ProcedureRow"]]) -> None:
            done, rows = answer
            self.window.show_rows(rows)
            message = _t("Đã phân loại lại {n} thủ tục theo Điều 14 Nghị định 224/2026.", n=len(done.applied))
            if done.need_details:
                message += " " + _t("{n} thủ tục có lý do kỹ thuật cần bổ sung mô tả và ngày dự kiến khắc phục.",
                                    n=len(done.need_details))
            self.window.say(message, 10000)

        dialog.confirmed.connect(lambda codes, picked: self.window.perform(
            ops.reclassify(codes, picked).success(applied)))
        dialog.open()
        self._open["reclassify"] = dialog

    # ------------------------------------------------------------ the unit's list

    def add_from_catalogue(self) -> None:
        from dvc_desktop.gui.dialogs import CataloguePicker

        picker = CataloguePicker(self.window.runner, self.parent_widget)
        picker.create_local_requested.connect(self.create_local)

        def accepted() -> None:
            chosen = picker.selected_ids()
            if chosen:
                self.window.perform(ops.add_from_reference(chosen).success(added))

        def added(done: ops.Membership) -> None:
            n = len(done.rows)
            self.window.undo.record(done.change if n else None, _t("thêm {n} thủ tục", n=n))
            self.window.show_rows(done.rows, select=True)
            self.window.say(_t("Đã thêm {n} thủ tục vào danh mục của đơn vị.", n=n), 4000)

        picker.dialog.accepted.connect(accepted)
        picker.dialog.open()
        self._open["picker"] = picker

    def create_local(self) -> None:
        from dvc_desktop.gui.dialogs import LocalProcedureDialog
        from dvc_desktop.services.levels import bundled_levels

        # Only levels in force: cấp huyện was abolished on 1/7/2025 (Law 72/2025), so a new procedure
        # cannot be created at it (existing rows keep theirs, flagged for update).
        today = self.window.today()
        retired = {lv.code for lv in bundled_levels() if lv.active_to is not None and lv.active_to < today}
        snapshot = self.window.snapshot
        levels = [(code, name) for code, name in (snapshot.levels if snapshot else []) if code not in retired]

        def submit(values: dict[str, Any]) -> None:
            def created(done: ops.Membership) -> None:
                dialog.dialog.accept()
                self.window.undo.record(done.change, _t("tạo thủ tục {code}", code=done.rows[0].code))
                self.window.show_rows(done.rows, select=True)

            def refused(error: BaseException) -> None:
                issues = getattr(error, "issues", None)
                dialog.show_refused(issues) if issues else self.window.report(error)

            self.window.perform(ops.create_local(values).success(created).failure(refused))

        dialog = LocalProcedureDialog(levels, self.parent_widget, submit)
        dialog.dialog.open()
        self._open["local"] = dialog

    def remove_selected(self) -> None:
        from dvc_desktop.gui.dialogs import confirm

        ids = self.window.selected_ids()
        if not ids:
            return
        model = self.window.model
        names = ", ".join(row.code for i in ids[:5] if (row := model.row(i)) is not None)

        def removed(done: ops.Membership) -> None:
            self.window.undo.record(done.change, _t("xóa {n} thủ tục", n=len(ids)))
            self.window.forget_rows(ids)

        confirm(self.parent_widget, "confirmRemove", _t("Xóa khỏi danh mục"),
                _t("Xóa {n} thủ tục ({names}) khỏi danh mục của đơn vị? Có thể hoàn tác bằng Ctrl+Z.",
                   n=len(ids), names=names + ("…" if len(ids) > 5 else "")),
                lambda: self.window.perform(ops.remove(ids).success(removed)))

    # ------------------------------------------------------------ reading

    def show_history(self) -> None:
        from dvc_desktop.gui.dialogs import show_history

        row_id = self.window.current_id()
        row = self.window.model.row(row_id) if row_id is not None else None
        if row is None:
            return
        def shown(entries: list["HistoryEntry"]) -> None:
            self._open["history"] = show_history(f"{row.code} — {row.name}", entries, self.parent_widget)

        self.window.perform(ops.history(row.id).success(shown))

    def export_selection(self, path: Path | None = None) -> None:
        # What the action says: the rows selected, in the table's order (Ctrl+A selects every row shown).
        selected = set(self.window.selected_ids())
        ids = [i for i in self.window.model.visible_ids() if i in selected]
        if path is None:
            path = ask_save_path(self.parent_widget, _t("Xuất ra Excel"), "danh-muc-thu-tuc.xlsx",
                                 _t("Sổ tính Excel (*.xlsx)"))
            if path is None:
                return
        target = path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")
        self.window.perform(
            ops.export_rows(ids, target, _t("Đang xuất {n} thủ tục ra Excel…", n=len(ids)))
            .success(lambda written: self.window.say(_t("Đã xuất {n} thủ tục ra {path}.", n=len(ids), path=written),
                                                     6000))
            .failure(self.window.report_unless_cancelled))

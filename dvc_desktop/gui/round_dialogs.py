"""Review rounds in the province window (menu "Đợt rà soát"), as `round open/extend/close/list` on the
command line: open one (name, basis, deadline), move its deadline, close it, list them; and the
round's line in the window's summary."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, Callable

from dvc_desktop.gui.actions import make_action
from dvc_desktop.gui.dialog_jobs import show_message, submit
from dvc_desktop.gui.dialogs import confirm
from dvc_desktop.gui.forms import child, load_as
from dvc_desktop.gui.labels import day, round_state_label
from dvc_desktop.gui.qt import QObject, Qt, QtCore, QtWidgets
from dvc_desktop.gui.tables import readonly_table
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.gui.worker import Runner
    from dvc_desktop.services.round_view import RoundView

DEFAULT_DAYS = 30


def _t(text: str, **params: object) -> str:
    return translate("rounds_window", text, **params)


def days_left_text(deadline: date, today: date) -> str:
    left = (deadline - today).days
    if left > 0:
        return _t("còn {n} ngày", n=left)
    if left == 0:
        return _t("hết hạn hôm nay")
    return _t("đã quá hạn {n} ngày", n=-left)


def round_summary(current: "RoundView | None", today: date) -> str:
    """The round's line at the top of the window."""
    if current is None:
        return _t("Chưa mở đợt rà soát nào (menu Đợt rà soát → Mở đợt rà soát mới).")
    basis = _t(" · căn cứ: {basis}", basis=current.basis) if current.basis else ""
    if current.state == "closed":
        return _t("Đợt rà soát «{name}»{basis} · hạn nộp {deadline} · đã kết thúc ngày {closed}.",
                  name=current.name, basis=basis, deadline=day(current.deadline), closed=day(current.closed_on))
    text = _t("Đợt rà soát «{name}»{basis} · hạn nộp {deadline} ({left}).", name=current.name, basis=basis,
              deadline=day(current.deadline), left=days_left_text(current.deadline, today))
    if current.reporting_date is not None:
        text += _t(" Ngày chốt số liệu: {day}.", day=day(current.reporting_date))
    return text


def _qdate(value: date) -> QtCore.QDate:
    return QtCore.QDate(value.year, value.month, value.day)


class RoundDialog(QObject):
    """Open a round (`current` None: name, basis, deadline today + 30 days) or move the open round's
    deadline. objectName "roundDialog"; `submit(name, basis, deadline, reporting_date)` (reporting_date None:
    the day each output is made)."""

    def __init__(self, parent: QtWidgets.QWidget, today: date,
                 submit: Callable[[str, str, date, date | None], None],
                 current: "RoundView | None" = None) -> None:
        dialog = load_as("round.ui", QtWidgets.QDialog, parent)
        super().__init__(dialog)
        self.dialog, self.today, self._submit = dialog, today, submit
        self.name = child(dialog, QtWidgets.QLineEdit, "nameEdit")
        self.basis = child(dialog, QtWidgets.QLineEdit, "basisEdit")
        self.deadline = child(dialog, QtWidgets.QDateEdit, "deadlineEdit")
        self.days = child(dialog, QtWidgets.QLabel, "daysLabel")
        self.reporting_check = child(dialog, QtWidgets.QCheckBox, "reportingCheck")
        self.reporting = child(dialog, QtWidgets.QDateEdit, "reportingEdit")
        self.reporting_check.toggled.connect(self.reporting.setEnabled)
        self.reporting.setDate(_qdate(today))
        self.error = child(dialog, QtWidgets.QLabel, "errorLabel")
        intro = child(dialog, QtWidgets.QLabel, "introLabel")
        buttons = child(dialog, QtWidgets.QDialogButtonBox, "buttons")
        self.ok = buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok)
        self.deadline.dateChanged.connect(lambda _d: self._show_days())
        if current is None:
            dialog.setWindowTitle(_t("Mở đợt rà soát mới"))
            intro.setText(_t("Các đơn vị nhận tên đợt, văn bản căn cứ và hạn nộp qua gói tham chiếu. Mỗi lúc chỉ "
                             "có một đợt đang mở."))
            self.name.setPlaceholderText(_t("Ví dụ: Rà soát DVCTT năm 2026"))
            self.basis.setPlaceholderText(_t("Ví dụ: Công văn 1234/UBND-KSTT ngày 01/12/2026"))
            self.deadline.setDate(_qdate(today + timedelta(days=DEFAULT_DAYS)))
            self.ok.setText(_t("&Mở đợt"))
            self.name.setFocus()
        else:
            dialog.setWindowTitle(_t("Gia hạn đợt rà soát"))
            intro.setText(_t("Đổi hạn nộp của đợt đang mở (hạn hiện nay: {deadline}).", deadline=day(current.deadline)))
            for edit, text in ((self.name, current.name), (self.basis, current.basis)):
                edit.setText(text)
                edit.setReadOnly(True)
            self.deadline.setDate(_qdate(current.deadline))
            self.deadline.setMinimumDate(_qdate(current.opened_on))
            if current.reporting_date is not None:
                self.reporting_check.setChecked(True)
                self.reporting.setDate(_qdate(current.reporting_date))
            self.ok.setText(_t("&Gia hạn"))
            self.deadline.setFocus()
        self._show_days()
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(dialog.reject)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen_deadline(self) -> date:
        value = self.deadline.date()
        return date(value.year(), value.month(), value.day())

    def chosen_reporting_date(self) -> date | None:
        if not self.reporting_check.isChecked():
            return None
        value = self.reporting.date()
        return date(value.year(), value.month(), value.day())

    def _show_days(self) -> None:
        self.days.setText(days_left_text(self.chosen_deadline(), self.today))

    def _accept(self) -> None:
        self._submit(self.name.text(), self.basis.text(), self.chosen_deadline(), self.chosen_reporting_date())

    def show_refused(self, message: str) -> None:
        show_message(self.error, message)


def rounds_dialog(parent: QtWidgets.QWidget, rounds: list["RoundView"]) -> QtWidgets.QDialog:
    """Every round, oldest first (objectName "roundsDialog")."""
    dialog = QtWidgets.QDialog(parent)
    dialog.setObjectName("roundsDialog")
    dialog.setWindowTitle(_t("Các đợt rà soát"))
    dialog.resize(860, 320)
    table = readonly_table(dialog, "roundsTable", [_t("Tên đợt"), _t("Căn cứ"), _t("Mở ngày"), _t("Hạn nộp"),
                                                   _t("Tình trạng"), _t("Kết thúc ngày"), _t("Ngày chốt số liệu")],
                           _t("Các đợt rà soát"), rows=len(rounds))
    for row, item in enumerate(rounds):
        values = (item.name, item.basis, day(item.opened_on), day(item.deadline), round_state_label(item.state),
                  day(item.closed_on), day(item.reporting_date) if item.reporting_date else _t("ngày lập báo cáo"))
        for column, text in enumerate(values):
            table.setItem(row, column, QtWidgets.QTableWidgetItem(text))
    table.resizeColumnsToContents()
    buttons = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QtWidgets.QVBoxLayout(dialog)
    layout.addWidget(table)
    layout.addWidget(buttons)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    return dialog


class RoundActions(QObject):
    """The menu's actions; `current()` is the round the window shows, `reload()` reads the view again."""

    def __init__(self, window: QtWidgets.QMainWindow, runner: "Runner", report: Callable[[BaseException], None],
                 current: Callable[[], "RoundView | None"], today: Callable[[], date],
                 reload: Callable[[], None]) -> None:
        super().__init__(window)
        self.window, self.runner, self.report = window, runner, report
        self.current, self.today, self.reload = current, today, reload
        self.dialog: RoundDialog | QtWidgets.QWidget | None = None
        self.act_open = make_action(window, _t("&Mở đợt rà soát mới…"), self.open_round, None, "openRound")
        self.act_extend = make_action(window, _t("&Gia hạn đợt đang mở…"), self.extend, None, "extendRound")
        self.act_close = make_action(window, _t("&Kết thúc đợt đang mở…"), self.close, None, "closeRound")
        self.act_list = make_action(window, _t("&Các đợt rà soát…"), self.list_rounds, None, "listRounds")
        self.update(None)  # until the window has read its round

    def actions(self) -> list:
        return [self.act_open, self.act_extend, self.act_close, self.act_list]

    def update(self, current: "RoundView | None") -> None:
        """Extend and close apply to an open round only."""
        is_open = current is not None and current.state == "open"
        self.act_extend.setEnabled(is_open)
        self.act_close.setEnabled(is_open)

    def _done(self, message: str) -> None:
        self.window.statusBar().showMessage(message, 8000)
        self.reload()

    def open_round(self) -> None:
        def save(name: str, basis: str, deadline: date, reporting: date | None) -> None:
            def job(context):
                from dvc_desktop.services.rounds import open_round

                return open_round(context, name, basis, deadline, reporting_date=reporting)

            submit(self.runner, job, lambda view: self._done(_t("Đã mở đợt «{name}», hạn nộp {deadline}.",
                                                                name=view.name, deadline=day(view.deadline))),
                   dialog.dialog, dialog.error, self.report)

        dialog = self.dialog = RoundDialog(self.window, self.today(), save)
        dialog.dialog.open()

    def extend(self) -> None:
        current = self.current()
        if current is None or current.state != "open":
            self.window.statusBar().showMessage(_t("Không có đợt rà soát nào đang mở."), 8000)
            return

        def save(_name: str, _basis: str, deadline: date, reporting: date | None) -> None:
            def job(context):
                from dvc_desktop.services.rounds import extend_round

                return extend_round(context, deadline, reporting)

            submit(self.runner, job, lambda view: self._done(_t("Đã gia hạn đợt «{name}» đến {deadline}.",
                                                                name=view.name, deadline=day(view.deadline))),
                   dialog.dialog, dialog.error, self.report)

        dialog = self.dialog = RoundDialog(self.window, self.today(), save, current)
        dialog.dialog.open()

    def close(self) -> None:
        current = self.current()
        name = current.name if current else ""

        def job(context):
            from dvc_desktop.services.rounds import close_round

            return close_round(context)

        def closed(view: "RoundView") -> None:
            self._done(_t("Đã kết thúc đợt «{name}».", name=view.name))

        box = self.dialog = confirm(self.window, "confirmCloseRound", _t("Kết thúc đợt rà soát"),
                                    _t("Kết thúc đợt «{name}»? Sau khi kết thúc, các gói nhận sau đó không còn được "
                                       "tính vào đợt này; có thể mở đợt mới.", name=name),
                                    lambda: self.runner.run(job, closed, self.report))
        box.setTextFormat(Qt.TextFormat.PlainText)  # the round's name is data

    def list_rounds(self) -> None:
        def job(context):
            from dvc_desktop.services.rounds import list_rounds

            return list_rounds(context)

        def show(rounds: list["RoundView"]) -> None:
            self.dialog = rounds_dialog(self.window, rounds)
            self.dialog.open()

        self.runner.run(job, show, self.report)

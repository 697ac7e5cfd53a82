"""Several staff on one server: the province window looks every few seconds whether someone else
changed the store (a light query of the audit log, on the worker) and offers to reload; it never
reloads under the user's hands."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from dvc_desktop.domain.moments import vietnam_time
from dvc_desktop.gui.qt import QtCore, QtWidgets
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.gui.worker import Runner
    from dvc_desktop.services.server import OthersChanges

POLL_MS = 15_000  # light: one indexed max() and, when it moved, one grouped count


def _t(text: str, **params: object) -> str:
    return translate("others_changes", text, **params)


class OthersChangesWatcher(QtCore.QObject):
    """Shows `bar` ("Có thay đổi mới …", Tải lại) once other staff changed the store since `reset()`."""

    def __init__(self, runner: "Runner", bar: QtWidgets.QFrame, text: QtWidgets.QLabel,
                 reload_button: QtWidgets.QPushButton, reload: Callable[[], None],
                 parent: QtCore.QObject | None = None, interval_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.runner, self.bar, self.text = runner, bar, text
        self._mark: int | None = None
        self._asking = False
        self._timer = QtCore.QTimer(self, interval=interval_ms)
        self._timer.timeout.connect(self.look)
        reload_button.clicked.connect(reload)

    def reset(self) -> None:
        """The window has just read everything: later changes are the news (the bar goes)."""
        self.bar.hide()
        self._mark = None
        self.look()

    def stop(self) -> None:
        self._timer.stop()

    def look(self) -> None:
        if self._asking:
            return  # the worker is busy with a long import: one question at a time
        self._asking = True
        mark = self._mark

        def job(context: Any) -> "OthersChanges | None":
            from dvc_desktop.services.server import others_changes

            return others_changes(context, mark)

        self.runner.run(job, self._answered, self._failed, offer_retry=False)

    def _failed(self, _error: BaseException) -> None:
        # A lost connection is said where the user acts (with Thử lại); a background look stays silent.
        self._asking = False

    def _answered(self, found: "OthersChanges | None") -> None:
        self._asking = False
        if found is None:  # a store file: nobody else writes to it
            self._timer.stop()
            return
        if not self._timer.isActive():
            self._timer.start()
        if self._mark is None:
            self._mark = found.mark  # everything after this is news, counted from here until reloaded
            return
        if not found.actors:
            return
        who = ", ".join(found.actors[:3]) + (_t(" và {n} người khác", n=len(found.actors) - 3)
                                            if len(found.actors) > 3 else "")
        self.text.setText(_t("Có {n} thay đổi mới từ {who} (lần cuối lúc {at}). Bấm Tải lại để xem; những gì đang "
                             "hiện có thể đã cũ.", n=found.count, who=who,
                             at=vietnam_time(found.last_at) if found.last_at else "?"))
        self.bar.show()

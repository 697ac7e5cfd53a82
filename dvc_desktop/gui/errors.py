"""One exception hook: log every error, show it, never vanish silently. The same error is not shown twice
at the same time (a loop raising it would bury the window in boxes), but again once its box is closed:
the second wrong passphrase is said as the first was."""

from __future__ import annotations

import hashlib
import logging
import sys
import traceback
from types import TracebackType

from dvc_desktop.gui.plain_text import plain
from dvc_desktop.gui.qt import QtWidgets
from dvc_desktop.i18n import translate
from dvc_desktop.services.errors import ServiceError

log = logging.getLogger("dvc_desktop.gui")


class ErrorReporter:
    def __init__(self, log_file: str | None) -> None:
        self.log_file = log_file
        self._open: dict[str, QtWidgets.QMessageBox] = {}  # the box on screen for each error
        self._open_boxes: list[QtWidgets.QMessageBox] = []  # a parentless box lives only while referenced
        self.last_message: str | None = None  # what the user was told, for tests and the status bar

    def install(self) -> None:
        sys.excepthook = self.excepthook

    def excepthook(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        self.report(error, "".join(traceback.format_exception(kind, error, tb)))

    def report(self, error: BaseException, formatted: str | None = None, parent: QtWidgets.QWidget | None = None) -> None:
        """Expected errors (service refusals) are shown plainly; others logged with their traceback."""
        formatted = formatted or getattr(error, "formatted_traceback", None) or "".join(
            traceback.format_exception(type(error), error, error.__traceback__))
        from dvc_desktop.store.disk import disk_full_message, is_disk_full, where
        from dvc_desktop.store.integrity import StoreDamaged
        from dvc_desktop.store.lock import StoreLockedError

        from dvc_desktop.domain.errors import DomainError

        refusal = isinstance(error, (ServiceError, StoreDamaged, StoreLockedError, DomainError))  # their text says it all
        expected = refusal or is_disk_full(error)
        if refusal:
            message = str(error)
            log.info("refused: %s", message)
        elif expected:  # a full disk: said plainly, with the space left; nothing was half-written
            message = disk_full_message(where(error))
            log.warning("disk full: %s", error)
        else:
            log.error("unexpected error\n%s", formatted)
            message = translate("errors", "Đã xảy ra lỗi không mong đợi: {error}", error=error)
            if self.log_file:
                message += "\n\n" + translate("errors", "Chi tiết đã được ghi vào {path}.", path=self.log_file)
        self.last_message = message
        digest = hashlib.sha1((message if refusal else formatted).encode()).hexdigest()
        if digest in self._open:  # the same error's box is still open: bring it forward, not a second one
            self._open[digest].raise_()
            return
        box = plain(QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Warning, translate("errors", "DVC Desktop"),
                                    message, QtWidgets.QMessageBox.StandardButton.Ok, parent))
        box.setObjectName("errorBox")
        if not expected:
            box.setDetailedText(formatted)
        self._open_boxes.append(box)
        self._open[digest] = box
        box.finished.connect(lambda _result, b=box, d=digest: self._closed(b, d))
        box.open()  # not exec(): the event loop, and any test driving it, keeps running

    def _closed(self, box: QtWidgets.QMessageBox, digest: str) -> None:
        self._open_boxes.remove(box)
        self._open.pop(digest, None)

"""A dialog's OK runs a service on the worker; a refusal is shown inside the dialog, which stays open."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

from dvc_desktop.gui.qt import QtWidgets
from dvc_desktop.services.errors import ServiceError

if TYPE_CHECKING:
    from dvc_desktop.gui.worker import Runner


def show_message(label: QtWidgets.QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def submit(runner: "Runner", job: Callable[..., Any], done: Callable[[Any], None], dialog: QtWidgets.QDialog,
           error_label: QtWidgets.QLabel, report: Callable[[BaseException], None]) -> None:
    """Run `job`; on success close `dialog` and call `done`; a service's refusal (its Vietnamese
    sentence) goes to `error_label`; anything else to `report`. OK is disabled meanwhile."""
    buttons = dialog.findChild(QtWidgets.QDialogButtonBox)
    ok = buttons.button(QtWidgets.QDialogButtonBox.StandardButton.Ok) if buttons else None
    if ok is not None:
        ok.setEnabled(False)
    show_message(error_label, "")

    def succeeded(result: Any) -> None:
        dialog.accept()
        done(result)

    def failed(error: BaseException) -> None:
        if ok is not None:
            ok.setEnabled(True)
        if isinstance(error, ServiceError):
            show_message(error_label, str(error))
        else:
            report(error)

    runner.run(job, succeeded, failed)

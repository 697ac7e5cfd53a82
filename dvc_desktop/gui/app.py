"""Starting the window: paint first, then open the store on the worker, run the first-run wizard
if the store has no identity, and show the role's workspace."""

from __future__ import annotations

import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from dvc_desktop.gui.errors import ErrorReporter
from dvc_desktop.gui.main_window import MainWindow
from dvc_desktop.gui.qt import QtCore, QtGui, QtWidgets
from dvc_desktop.gui.setup_wizard import SetupAnswers, SetupWizard
from dvc_desktop.gui.translation import current_language, install
from dvc_desktop.gui.worker import Runner
from dvc_desktop.i18n import translate
from dvc_desktop.logs import configure_logging


@dataclass(frozen=True)
class Probe:
    role: str | None  # None: the store has no identity yet


def probe(context: Any, load_demo: bool | str = False) -> Probe:
    """`load_demo`: False, True (the demo's department) or a role ("department", "province")."""
    from dvc_desktop.services.settings import Role, get_identity

    if load_demo:
        from dvc_desktop.services.demo import load_demo as fill

        fill(context, role=Role(load_demo if isinstance(load_demo, str) else "department"))
    with context.transaction() as session:
        identity = get_identity(session)
    return Probe(identity.role.value if identity else None)


def setup_store(context: Any, answers: SetupAnswers) -> str:
    from dvc_desktop.services.keys import generate_signing_key
    from dvc_desktop.services.setup import initialise

    identity = initialise(context, answers.role, answers.unit_code, answers.unit_name, answers.province_code,
                          answers.province_name, answers.province_domain)
    generate_signing_key(context, answers.passphrase)
    if answers.reference is not None:
        from dvc_desktop.services.errors import InputRejected
        from dvc_desktop.services.packages import import_packages

        result = import_packages(context, [answers.reference], expected_fingerprint=answers.fingerprint)[0]
        if result.status == "rejected":
            raise InputRejected(result.reason)
    return identity.role.value


class Application:
    """Owns the worker, the error reporter and whichever window is showing."""

    def __init__(self, data_dir: Path, reporter: ErrorReporter, demo: bool | str = False,
                 on_ready: Callable[[QtWidgets.QMainWindow], None] | None = None) -> None:
        from dvc_desktop.services.context import open_context

        self.data_dir = data_dir
        self.reporter = reporter
        self.demo = demo
        self.on_ready = on_ready
        self.runner = Runner(lambda: open_context(data_dir))
        self.window: QtWidgets.QMainWindow = MainWindow(self.runner, reporter)
        self.wizard: SetupWizard | None = None
        self.exit_code = 0

    def start(self) -> None:
        self.window.show()  # painted before the store opens
        self.runner.run(lambda context: probe(context, self.demo), self._probed, self._fatal)

    def _probed(self, found: Probe) -> None:
        if found.role is None:
            self._ask_setup()
        else:
            self._show_workspace(found.role)

    def _ask_setup(self) -> None:
        self.wizard = SetupWizard(self.window)
        self.wizard.wizard.accepted.connect(self._setup_accepted)
        self.wizard.wizard.rejected.connect(self._setup_cancelled)
        self.wizard.wizard.open()

    def _setup_accepted(self) -> None:
        answers = self.wizard.answers()

        def failed(error: BaseException) -> None:
            self.reporter.report(error, parent=self.window)
            self._ask_setup()

        self.runner.run(lambda context: setup_store(context, answers), self._show_workspace, failed)

    def _setup_cancelled(self) -> None:
        self.window.close()

    def _show_workspace(self, role: str) -> None:
        if role == "province":
            from dvc_desktop.gui.province_window import ProvinceWindow

            old = self.window
            self.window = ProvinceWindow(self.runner, self.reporter)
            self.window.show()
            old.close()
            old.deleteLater()
        self.window.start(lambda: self.on_ready and self.on_ready(self.window))

    def _fatal(self, error: BaseException) -> None:
        """The store could not be opened (another session holds it, a foreign file): say so and stop."""
        self.exit_code = 1
        box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Critical, translate("app", "Không mở được dữ liệu"),
                                    str(error), QtWidgets.QMessageBox.StandardButton.Ok, self.window)
        box.setObjectName("fatalBox")
        box.finished.connect(lambda _r: QtWidgets.QApplication.exit(1))
        box.open()

    def shutdown(self) -> None:
        if self.wizard is not None:
            self.wizard.wizard.close()
        self.runner.stop()


def run_gui(data_dir: Path, demo: bool | str = False) -> int:
    """`dvc-desktop` with no verb (and `--demo`): the window, until the user closes it."""
    app = QtWidgets.QApplication.instance() or QtWidgets.QApplication(sys.argv[:1])
    app.setApplicationName("DVC Desktop")
    app.setOrganizationName("dvc-desktop")
    app.setWindowIcon(QtGui.QIcon(str(_icon())))
    install(app, current_language())
    reporter = ErrorReporter(str(configure_logging() or ""))
    reporter.install()
    scratch = Path(tempfile.mkdtemp(prefix="dvc-demo-")) if demo else None
    application = Application(scratch or data_dir, reporter, demo=demo)
    application.start()
    try:
        code = app.exec()
    finally:
        application.shutdown()
        if scratch is not None:
            shutil.rmtree(scratch, ignore_errors=True)
    return code or application.exit_code


def _icon() -> Path:
    from dvc_desktop.resources import resource_path

    return resource_path("icons", "dvc-desktop.svg")


__all__ = ["Application", "run_gui", "QtCore"]

"""Starting the window: paint first, then open the store on the worker, run the first-run wizard
if the store has no identity, and show the role's workspace.

The first paint waits for nothing it does not draw: what paints first is the startup window (the
frame and "Đang mở dữ liệu…", `gui/startup_window.py`). Then a department's store that the running
version opens unchanged is read with `sqlite3` alone (`services/first_look.py`) and its rows shown;
only once they are on screen does the worker import SQLAlchemy and open the store for everything
else, the jobs the window queued meanwhile waiting for it. Any other store (none yet, an older
schema, a province) is opened the usual way: SQLAlchemy and Alembic (`services.context`) imported
on the GUI thread, the role's window and its forms built once the store says which role it is.
`cryptography` (the wizard's key check) loads only when the wizard opens (bench/startup.py).
"""

from __future__ import annotations

import os
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from dvc_desktop.gui.plain_text import plain
from dvc_desktop.gui.errors import ErrorReporter
from dvc_desktop.gui.qt import QtCore, QtGui, QtWidgets
from dvc_desktop.gui.startup_window import StartupWindow
from dvc_desktop.gui.translation import current_language, install
from dvc_desktop.gui.worker import Runner
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.gui.key_card import KeyCardPreview
    from dvc_desktop.gui.main_window import MainWindow
    from dvc_desktop.gui.province_window import ProvinceWindow
    from dvc_desktop.gui.setup_wizard import SetupAnswers, SetupWizard
    from dvc_desktop.services.first_look import FirstLook
    from dvc_desktop.services.workspace_view import WorkspaceSnapshot
    from dvc_desktop.store.lock import StoreLock, StoreLockedError


@dataclass(frozen=True)
class Probe:
    role: str | None  # None: the store has no identity yet


def probe(context: Any, load_demo: bool | str = False, progress: Any = None) -> Probe:
    """`load_demo`: False, True (the demo's department) or a role ("department", "province")."""
    from dvc_desktop.progress import no_progress
    from dvc_desktop.services.settings import Role, get_identity

    if load_demo:
        from dvc_desktop.demo.build import give_demo_key, load_demo as fill

        fill(context, role=Role(load_demo if isinstance(load_demo, str) else "department"),
             progress=progress or no_progress)
        give_demo_key(context)
    with context.transaction() as session:
        identity = get_identity(session)
    return Probe(identity.role.value if identity else None)


def _daily_backup(context: Any) -> Path | None:
    from dvc_desktop.services.backup import automatic_backup

    return automatic_backup(context)


def setup_store(context: Any, answers: SetupAnswers) -> str:
    """The wizard's answers as one unit of work (services.setup.set_up): a refusal leaves nothing behind."""
    from dvc_desktop.services.setup import set_up

    done = set_up(context, answers.role, answers.unit_code, answers.unit_name, answers.province_code,
                  answers.province_name, answers.province_domain, passphrase=answers.passphrase,
                  reference=answers.reference, fingerprint=answers.fingerprint)
    return done.identity.role.value


class Application:
    """Owns the worker, the error reporter and whichever window is showing."""

    AUTOMATIC_BACKUP_AFTER_MS = 90_000

    def __init__(self, data_dir: Path, reporter: ErrorReporter, demo: bool | str = False,
                 on_ready: Callable[[QtWidgets.QMainWindow], None] | None = None) -> None:
        self.data_dir = data_dir
        self.reporter = reporter
        self.demo = demo
        self.on_ready = on_ready  # the window shows all its data
        # The window takes keys and shows its first screenful (before on_ready, for a large store).
        self.on_usable: Callable[[QtWidgets.QMainWindow], None] | None = None
        self._usable_said = False
        self._lock: StoreLock | None = None  # taken by the first look, handed to the worker
        self.runner = Runner(lambda: _open_context(data_dir, self._lock))
        self.window: QtWidgets.QMainWindow = StartupWindow()
        self.wizard: SetupWizard | None = None
        self.key_card: KeyCardPreview | None = None  # offered once a department is set up
        self.exit_code = 0
        self._stopped = False

    def start(self) -> None:
        from dvc_desktop.gui.preferences import show_as_before

        show_as_before(self.window)  # the workspace takes this place and size over
        _AfterFirstPaint(self.window, self._first_painted)

    def _first_painted(self) -> None:
        """The empty frame is on screen. A store the first look could read opens at once; otherwise the
        line saying what is happening is painted before the store's imports hold the GUI thread."""
        if self._stopped:
            return
        look = None if self.demo else _first_look(self.data_dir)
        if look is not None:
            self._lock = look.lock
            self.runner.pause()
            self.runner.run(lambda _context: None, on_error=self._fatal)  # first: opening the store
            self._show_workspace("department", look.snapshot)
            _AfterFirstPaint(self.window, self.runner.resume)
            return
        if isinstance(self.window, StartupWindow):
            self.window.show_message()
        _AfterFirstPaint(self.window, self._open_store)

    def _open_store(self) -> None:
        if self._stopped:
            return
        # SQLAlchemy and the models load here, on the GUI thread, before the worker's first job
        # (an earlier attempt that left this import to the worker thread hung the window's tests).
        import dvc_desktop.services.context  # noqa: F401  (its sources are forgotten once the worker opens it)

        if self.demo:
            # The province's demo takes 25–30 s (sixteen units' stores and packages): progress and cancel.
            demo = self.demo

            def build(context, progress):
                return probe(context, demo, progress)

            self.runner.run(build, self._probed, self._demo_failed, label=translate("app", "Đang tạo dữ liệu mẫu…"),
                            parent=self.window)
            return
        self.runner.run(lambda context: probe(context, self.demo), self._probed, self._fatal)

    def _demo_failed(self, error: BaseException) -> None:
        """Cancelled while the demo was built: nothing to show, the application closes."""
        from dvc_desktop.gui.worker import is_cancelled

        if is_cancelled(error):
            self.exit_code = 0
            self.window.close()  # the last window: the application ends (its throw-away store goes with it)
            return
        self._fatal(error)

    def _probed(self, found: Probe) -> None:
        if found.role is None:
            self._ask_setup()
        else:
            self._show_workspace(found.role)

    def _ask_setup(self) -> None:
        from dvc_desktop.gui.setup_wizard import SetupWizard

        self.wizard = SetupWizard(self.window)
        self.wizard.wizard.accepted.connect(self._setup_accepted)
        self.wizard.wizard.rejected.connect(self._setup_cancelled)
        self.wizard.wizard.open()

    def _setup_accepted(self) -> None:
        assert self.wizard is not None  # the wizard's own signal calls this
        answers = self.wizard.answers()

        def failed(error: BaseException) -> None:
            self.reporter.report(error, parent=self.window)
            self._ask_setup()

        self.runner.run(lambda context: setup_store(context, answers), self._set_up, failed)

    def _set_up(self, role: str) -> None:
        """The store is set up: the workspace, and for a department its key card to print and send
        with the public key file (the province trusts the unit's key once they have compared it)."""
        self._show_workspace(role)
        if role == "department":
            self.offer_key_card()

    def offer_key_card(self) -> None:
        from dvc_desktop.gui.key_card import show_key_card

        self.key_card = show_key_card(self.window, self.runner)

    def _setup_cancelled(self) -> None:
        self.window.close()

    def _show_workspace(self, role: str, snapshot: WorkspaceSnapshot | None = None) -> None:
        # The wizard is done with, and goes with the startup window it belongs to, so shutdown()
        # must not close it.
        self.wizard = None
        workspace: MainWindow | ProvinceWindow
        if role == "province":
            from dvc_desktop.gui.province_window import ProvinceWindow

            province = workspace = ProvinceWindow(self.runner, self.reporter)
            # Its consolidated table shown is the province's "usable" (the checks follow).
            begin: Callable[[], None] = lambda: province.start(self._ready, on_shown=self._usable)  # noqa: E731
        else:
            from dvc_desktop.gui.main_window import MainWindow

            department = workspace = MainWindow(self.runner, self.reporter)
            # Only a department's window is shown from a first look (`snapshot`).
            begin = lambda: department.start(self._ready, snapshot,  # noqa: E731
                                             on_usable=self._usable if snapshot is not None else None)
        workspace.data_dir = self.data_dir  # for Trợ giúp → Giới thiệu and the first look's whole rows
        startup, self.window = self.window, workspace
        if isinstance(startup, StartupWindow):
            startup.hand_over_to(self.window)
        else:  # pragma: no cover - the workspace is shown once per application
            self.window.show()
        begin()

    def _usable(self) -> None:
        if not self._usable_said:
            self._usable_said = True
            if self.on_usable:
                self.on_usable(self.window)

    def _ready(self) -> None:
        self._usable()
        _forget_sources()  # what the worker imported while loading
        # Once a day, behind the user's work: a copy of the store and its keys in backups/. Not at once: on
        # a province's store it holds the worker a few seconds, which the first clicks should not wait for.
        QtCore.QTimer.singleShot(self.AUTOMATIC_BACKUP_AFTER_MS, self._daily_backup)
        if self.on_ready:
            self.on_ready(self.window)

    def _daily_backup(self) -> None:
        if not self._stopped:
            self.runner.run(_daily_backup, self._backed_up,
                            lambda error: self.reporter.report(error, parent=self.window))

    def _backed_up(self, written: Path | None) -> None:
        if written is not None and not self._stopped:
            self.window.statusBar().showMessage(
                translate("app", "Đã tự động sao lưu dữ liệu vào {path}.", path=written), 10_000)

    def _fatal(self, error: BaseException) -> None:
        """The store could not be opened (another session holds it, a foreign file, damage): say so and
        stop; a damaged store with a backup at hand is offered its restore."""
        from dvc_desktop.gui.worker import is_cancelled
        from dvc_desktop.store.integrity import StoreDamaged, newest_backup
        from dvc_desktop.store.lock import StoreLockedError

        self.exit_code = 1
        if is_cancelled(error):  # «Hủy» where the server could not be reached (the retry box said why)
            self.window.close()
            return
        box = plain(QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Critical, translate("app", "Không mở được dữ liệu"),
                                    str(error), QtWidgets.QMessageBox.StandardButton.Close, self.window))
        box.setObjectName("fatalBox")
        box.button(QtWidgets.QMessageBox.StandardButton.Close).setText(translate("app", "Đóng"))
        backup = newest_backup(self.data_dir) if isinstance(error, StoreDamaged) else None
        restore = take_over = None
        if backup is not None:
            restore = box.addButton(translate("app", "Khôi phục bản sao lưu mới nhất"),
                                    QtWidgets.QMessageBox.ButtonRole.AcceptRole)
            restore.setObjectName("restoreButton")
            box.setDefaultButton(restore)
        if isinstance(error, StoreLockedError) and error.other_host:
            take_over = box.addButton(translate("app", "Giành lại khóa…"), QtWidgets.QMessageBox.ButtonRole.AcceptRole)
            take_over.setObjectName("takeOverButton")

        def finished(_result: int) -> None:
            if restore is not None and box.clickedButton() is restore:
                self._restore(backup)  # type: ignore[arg-type]
            elif take_over is not None and box.clickedButton() is take_over:
                self._confirm_take_over(error)  # type: ignore[arg-type]
            else:
                QtWidgets.QApplication.exit(1)

        box.finished.connect(finished)
        box.open()

    def _confirm_take_over(self, error: StoreLockedError) -> None:
        """Another computer's lock: taken over only once the user confirms that computer has let go
        (the default answer is No); the take-over is audited when the store opens."""
        from dvc_desktop.store.lock import StoreLock

        holder = error.holder
        question = plain(QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Warning, translate("app", "Giành lại khóa dữ liệu"),
            translate("app", "Máy {host} đang giữ khóa dữ liệu này. Nếu máy đó vẫn đang mở dữ liệu, làm việc cùng lúc "
                             "trên hai máy có thể làm hỏng dữ liệu.\n\nChỉ giành lại khóa khi chắc chắn máy {host} "
                             "không còn mở DVC Desktop với dữ liệu này. Giành lại khóa?",
                      host=holder.host if holder else "?"),
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No, self.window))
        question.setObjectName("takeOverQuestion")
        question.button(QtWidgets.QMessageBox.StandardButton.Yes).setText(translate("app", "Giành lại khóa"))
        question.button(QtWidgets.QMessageBox.StandardButton.No).setText(translate("app", "Không"))
        question.setDefaultButton(QtWidgets.QMessageBox.StandardButton.No)

        def answered(result: int) -> None:
            if result != QtWidgets.QMessageBox.StandardButton.Yes:
                QtWidgets.QApplication.exit(1)
                return
            lock = StoreLock(self.data_dir)
            try:
                lock.take_over()
            except Exception as failure:  # noqa: BLE001 - said to the user
                self._fatal(failure)
                return
            self.exit_code = 0
            self._lock = lock  # the worker opens the store with it, and audits the take-over
            self._open_store()

        question.finished.connect(answered)
        question.open()

    def _restore(self, backup: Path) -> None:
        """`dvc-desktop restore` from the window: the worker holds no store (it failed to open), so the
        restore runs here; then the application closes, to start afresh on the restored store."""
        from dvc_desktop.services.backup import restore
        from dvc_desktop.store.lock import StoreLock

        QtWidgets.QApplication.setOverrideCursor(QtCore.Qt.CursorShape.WaitCursor)
        self.runner.stop()  # jobs the window queued would each try the damaged store again, taking its lock
        try:
            lock = StoreLock(self.data_dir)
            lock.acquire(wait=5.0)
            try:
                restore(self.data_dir, backup, lock)
            finally:
                lock.release()
        except Exception as error:  # noqa: BLE001 - said to the user, then the window closes
            QtWidgets.QApplication.restoreOverrideCursor()
            self._fatal(error)
            return
        QtWidgets.QApplication.restoreOverrideCursor()
        self.exit_code = 0
        done = plain(QtWidgets.QMessageBox(
            QtWidgets.QMessageBox.Icon.Information, translate("app", "Đã khôi phục dữ liệu"),
            translate("app", "Đã khôi phục dữ liệu và khóa ký từ {path}; bản bị hỏng được giữ lại trong thư mục dữ "
                             "liệu. DVC Desktop sẽ đóng: hãy mở lại để làm việc tiếp.", path=backup),
            QtWidgets.QMessageBox.StandardButton.Ok, self.window))
        done.setObjectName("restoredBox")
        done.finished.connect(lambda _r: QtWidgets.QApplication.exit(0))
        done.open()

    def shutdown(self) -> None:
        self._stopped = True
        if self.wizard is not None:
            self.wizard.wizard.close()
        if self.key_card is not None:
            self.key_card.close()
        self.runner.stop()
        if self._lock is not None:  # taken by the first look; the worker's store released it if it opened
            self._lock.release()


def _after_first_paint(app: QtWidgets.QApplication, reporter: ErrorReporter) -> None:
    """What the window's appearing need not wait for: the icon (its SVG plugin) and the log file
    (platformdirs)."""
    from dvc_desktop.logs import configure_logging

    app.setWindowIcon(QtGui.QIcon(str(_icon())))
    reporter.log_file = str(configure_logging() or "")


def _forget_sources() -> None:
    """PySide6's import hook reads the source of every module imported after it into `linecache`
    (to look for "PySide6" in it, PYSIDE-2029): about 20 MB once SQLAlchemy is in. Tracebacks read
    the files again when they need them."""
    import linecache

    linecache.clearcache()


def _open_context(data_dir: Path, lock: StoreLock | None) -> Any:
    """On the worker: SQLAlchemy and the models load here after a first look, so the sources
    PySide's import hook kept are dropped here too."""
    from dvc_desktop.services.context import open_context

    context = open_context(data_dir, lock=lock)
    context.overwrite = True  # the window's save dialogs have asked before replacing a file
    _forget_sources()
    return context


def _first_look(data_dir: Path) -> FirstLook | None:
    from datetime import date

    from dvc_desktop.services.first_look import first_look

    return first_look(data_dir, date.today())


class _AfterFirstPaint(QtCore.QObject):
    """Calls `then` once `window` has painted, or after a second should no paint come (a window
    started minimised)."""

    def __init__(self, window: QtWidgets.QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._then: Callable[[], None] | None = then
        self._timer = QtCore.QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._fire)
        self._timer.start(1000)
        window.installEventFilter(self)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if event.type() == QtCore.QEvent.Type.Paint and self._then is not None:
            self._timer.start(0)  # once this paint pass has been flushed to the screen
        return False

    def _fire(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            self._window.removeEventFilter(self)
            then()


def run_gui(data_dir: Path, demo: bool | str = False) -> int:
    """`dvc-desktop` with no verb (and `--demo`): the window, until the user closes it."""
    existing = QtWidgets.QApplication.instance()
    app = existing if isinstance(existing, QtWidgets.QApplication) else QtWidgets.QApplication(sys.argv[:1])
    app.setApplicationName("DVC Desktop")
    app.setOrganizationName("dvc-desktop")
    install(app, current_language())
    reporter = ErrorReporter(None)
    reporter.install()
    scratch = None
    if demo:
        import tempfile

        scratch = Path(tempfile.mkdtemp(prefix="dvc-demo-"))
    application = Application(scratch or data_dir, reporter, demo=demo)
    if os.environ.get("DVC_BENCH_STARTUP"):
        _StartupProbe(app, application)
    application.start()
    _AfterFirstPaint(application.window, lambda: _after_first_paint(app, reporter))
    try:
        code = app.exec()
    finally:
        application.shutdown()
        if scratch is not None:
            import shutil

            shutil.rmtree(scratch, ignore_errors=True)
    return code or application.exit_code


class _StartupProbe(QtCore.QObject):
    """`DVC_BENCH_STARTUP=1` (bench/startup.py): print "painted <t>" once the first paint is done,
    "usable <t>" once the window's table is painted with its first rows (the search box takes keys),
    "ready <t>" once all the rows are, `t` being time.time(), then quit. When the window is usable
    before it is ready (a large list read by screenful), it types a letter into the department's search
    box right away and prints "filtered <t>" once the table is painted with the rows it keeps, as a
    clerk's first key would (issue 21's "usable")."""

    KEY = "d"

    def __init__(self, app: QtWidgets.QApplication, application: Application) -> None:
        super().__init__(app)
        self.waiting = ["painted"]  # stages reached, each marked after the next paint
        self.application = application
        self.typing: QtCore.QObject | None = None  # the table's viewport, while the key's paint is awaited
        self.done: set[str] = set()
        application.on_usable = lambda _window: self.waiting.append("usable")
        application.on_ready = lambda _window: self.waiting.append("ready")
        app.installEventFilter(self)

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if event.type() == QtCore.QEvent.Type.Paint:
            if self.typing is not None and watched is self.typing:
                self.typing = None
                self.waiting.append("filtered")
            if self.waiting:
                stages, self.waiting = self.waiting, []
                QtCore.QTimer.singleShot(0, lambda: self._mark(stages))  # after this paint pass is flushed
        return False

    def _mark(self, stages: list[str]) -> None:
        now = time.time()
        for stage in stages:
            print(stage, now, flush=True)
        self.done.update(stages)
        if "usable" in stages and "ready" not in self.done:
            self._type()
        if "ready" in self.done and self.typing is None:
            QtWidgets.QApplication.quit()

    def _type(self) -> None:
        window = self.application.window
        search, table = getattr(window, "search", None), getattr(window, "table", None)
        if not isinstance(search, QtWidgets.QLineEdit) or not isinstance(table, QtWidgets.QAbstractItemView):
            return  # the province's window: bench/province.py types in it
        self.typing = table.viewport()
        search.setFocus()
        for kind in (QtCore.QEvent.Type.KeyPress, QtCore.QEvent.Type.KeyRelease):
            QtWidgets.QApplication.sendEvent(search, QtGui.QKeyEvent(kind, QtCore.Qt.Key.Key_D,
                                                                     QtCore.Qt.KeyboardModifier.NoModifier, self.KEY))


def _icon() -> Path:
    from dvc_desktop.resources import resource_path

    return resource_path("icons", "dvc-desktop.svg")


__all__ = ["Application", "run_gui", "QtCore"]

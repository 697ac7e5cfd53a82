"""The key card in the window: print preview, printing, and "Lưu PDF", which writes the public key
file (.pub) beside the PDF, the two things a unit sends the provincial office.

The card's data is read on the worker; the page is painted on the GUI thread by the renderer that
writes the PDF (`dvc_desktop/reports/key_card.py`), onto the preview's QPrinter.

    show_key_card(window, window.runner)   # after set-up, and from the department window's menu
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

from dvc_desktop.gui.file_dialogs import ask_save_path
from dvc_desktop.gui.plain_text import plain
from dvc_desktop.atomic_files import atomic_write
from dvc_desktop.gui.qt import QObject, Qt, QtWidgets
from dvc_desktop.i18n import translate

if TYPE_CHECKING:
    from dvc_desktop.gui.worker import Runner
    from dvc_desktop.reports.key_card import KeyCard


def _t(text: str, **params: object) -> str:
    return translate("key_card", text, **params)


def load_key_card(context) -> tuple["KeyCard", str, Path]:
    """(the card, the public key file's text, the data folder), on the worker."""
    from dvc_desktop.reports.key_card import KeyCard
    from dvc_desktop.services.keys import key_info, public_key_text
    from dvc_desktop.services.settings import Role, require_identity
    from dvc_desktop.services.setup import guess_unit_kind

    with context.transaction() as session:
        identity = require_identity(session)
    info = key_info(context)
    kind = "province" if identity.role == Role.PROVINCE else guess_unit_kind(identity.unit_name).value
    created = datetime.fromisoformat(info.created_at).astimezone().date() if info.created_at else None
    card = KeyCard(identity.unit_code, identity.unit_name, kind, identity.province_name, info.key_id,
                   info.fingerprint, created, context.today())
    return card, public_key_text(context), context.db.data_dir


class KeyCardPreview(QObject):
    """One key card: reads it off the GUI thread, then opens the (non-blocking) print preview."""

    def __init__(self, parent: QtWidgets.QWidget, runner: "Runner",
                 on_error: Callable[[BaseException], None] | None = None,
                 on_shown: Callable[["KeyCardPreview"], None] | None = None) -> None:
        super().__init__(parent)
        self.parent_widget = parent
        self.runner = runner
        self.on_error = on_error or getattr(parent, "report", None)
        self.on_shown = on_shown
        self.card: KeyCard | None = None
        self.public_key = ""
        self.printer: QPrinter | None = None
        self.dialog: QPrintPreviewDialog | None = None
        self.message: QtWidgets.QLabel | None = None
        self.saved: tuple[Path, Path] | None = None  # (the PDF, the public key file) last written
        self.data_dir: Path | None = None  # known once the card is read

    def start(self) -> None:
        self.runner.run(load_key_card, self._show, self._failed)

    def _failed(self, error: BaseException) -> None:
        if self.on_error is None:
            raise error
        self.on_error(error)

    def _show(self, loaded: tuple["KeyCard", str, Path]) -> None:
        from dvc_desktop.gui.report_preview import print_preview
        from dvc_desktop.reports.render import prepare

        self.card, self.public_key, self.data_dir = loaded
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        self.printer.setDocName(_t("Phiếu khóa công khai {code}", code=self.card.unit_code))
        prepare(self.printer)
        self.dialog = print_preview(
            self.parent_widget, self.printer, "keyCardPreview", _t("Phiếu khóa công khai"), self._paint,
            (_t("Lưu PDF…"), _t("Lưu phiếu thành tệp PDF, kèm tệp khóa công khai (.pub) trong cùng thư mục"),
             self.save_pdf), (820, 960), self._closed)
        self.message = self._message_line(self.dialog)
        if self.on_shown:
            self.on_shown(self)

    def _message_line(self, dialog: QPrintPreviewDialog) -> QtWidgets.QLabel:
        label = plain(QtWidgets.QLabel(_t(
            "Bấm «Lưu PDF…»: phiếu và tệp khóa công khai (.pub) được ghi vào cùng một thư mục. In phiếu, trình "
            "thủ trưởng đơn vị ký, đóng dấu, rồi gửi phiếu cùng tệp .pub cho Văn phòng UBND tỉnh; Văn phòng sẽ "
            "gọi điện thoại để đối chiếu dấu vân tay trước khi tin cậy khóa."), dialog))
        label.setObjectName("keyCardMessage")
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setContentsMargins(8, 6, 8, 6)
        layout = dialog.layout()
        if layout is not None:
            layout.addWidget(label)
        return label

    def _paint(self, printer: QPrinter) -> None:
        from dvc_desktop.reports.key_card import paint_key_card

        if self.card is not None:
            paint_key_card(self.card, printer)

    def save_pdf(self, path: Path | None = None) -> Path | None:
        """Write the card to a PDF and the public key file beside it (asks where when no path is given)."""
        from dvc_desktop.reports.key_card import card_file_name, public_key_file_name, write_key_card_pdf

        if self.card is None:
            return None
        if path is None:
            path = ask_save_path(self.dialog or self.parent_widget, _t("Lưu phiếu khóa thành PDF"),
                                 card_file_name(self.card), _t("Tệp PDF (*.pdf)"))
            if path is None:
                return None
        target = path if path.suffix.lower() == ".pdf" else path.with_name(path.name + ".pdf")
        public = target.with_name(public_key_file_name(self.card.unit_code))
        try:
            self._refuse_protected(target, public)
            write_key_card_pdf(self.card, target)
            atomic_write(public, self.public_key.encode("utf-8"))
        except Exception as error:  # noqa: BLE001 - shown to the user, not swallowed
            if self.on_error is None:
                raise
            self.on_error(error)
            return None
        self.saved = (target, public)
        text = _t("Đã lưu phiếu khóa vào {pdf} và khóa công khai vào {pub}.", pdf=target, pub=public)
        if self.message is not None:
            self.message.setText(text)
        status = getattr(self.parent_widget, "statusBar", None)
        if callable(status):
            status().showMessage(text, 10000)
        return target

    def _refuse_protected(self, *targets: Path) -> None:
        """The store, its lock, keys/ and backups/ are never written over (a PDF saved as
        keys/signing-key.pem would destroy the private key); nor a file of another kind."""
        from dvc_desktop.services.errors import InvalidRequest, refuse_protected_output
        from dvc_desktop.store.protected import same_kind

        for target in targets:
            if self.data_dir is not None:
                refuse_protected_output(self.data_dir, target)
            if target.exists() and (target.is_dir() or not same_kind(target)):
                raise InvalidRequest(_t("Tệp {path} đã có và không phải tệp {suffix}: không ghi đè. Hãy chọn tên "
                                        "khác.", path=target, suffix=target.suffix or "?"))

    def close(self) -> None:
        if self.dialog is not None:
            self.dialog.close()

    def _closed(self) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
            self.dialog = None
        self.deleteLater()


def show_key_card(parent: QtWidgets.QWidget, runner: "Runner",
                  on_error: Callable[[BaseException], None] | None = None,
                  on_shown: Callable[[KeyCardPreview], None] | None = None) -> KeyCardPreview:
    """This installation's key card in a print preview; returns at once, the preview opens when the
    card is read. Errors go to `on_error`, by default the window's `report(error)`."""
    preview = KeyCardPreview(parent, runner, on_error, on_shown)
    preview.start()
    return preview

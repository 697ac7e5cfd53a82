"""Language choice (Vietnamese by default, English shipped) and the Qt-backed translator."""

from __future__ import annotations

from dvc_desktop.gui.qt import QCoreApplication, QtCore
from dvc_desktop.i18n import install_translator, translate
from dvc_desktop.resources import resource_path

SETTINGS_KEY = "ui/language"
DEFAULT_LANGUAGE = "vi"


def _settings() -> QtCore.QSettings:
    from dvc_desktop.gui.preferences import settings

    return settings()


def current_language() -> str:
    value = _settings().value(SETTINGS_KEY, DEFAULT_LANGUAGE)
    return value if value in ("vi", "en") else DEFAULT_LANGUAGE


def save_language(language: str) -> None:
    settings = _settings()
    settings.setValue(SETTINGS_KEY, language)
    settings.sync()


class QtStandardTexts(QtCore.QTranslator):
    """Vietnamese for Qt's own buttons and menus (OK, Cancel, Yes, Copy, Paste…): PySide6 ships no
    qtbase_vi.qm, and a half-English dialog confuses clerks."""

    def __init__(self, parent: QtCore.QObject | None = None) -> None:
        super().__init__(parent)
        self.texts = {
            "OK": translate("qt", "Đồng ý"), "&OK": translate("qt", "Đồng ý"),
            "Cancel": translate("qt", "Hủy"), "&Cancel": translate("qt", "Hủy"),
            "Close": translate("qt", "Đóng"), "&Close": translate("qt", "Đóng"),
            "&Yes": translate("qt", "&Có"), "Yes": translate("qt", "Có"),
            "&No": translate("qt", "&Không"), "No": translate("qt", "Không"),
            "Apply": translate("qt", "Áp dụng"), "Save": translate("qt", "Lưu"), "&Save": translate("qt", "&Lưu"),
            "Show Details...": translate("qt", "Xem chi tiết…"), "Hide Details...": translate("qt", "Ẩn chi tiết…"),
            "&Undo": translate("qt", "&Hoàn tác"), "&Redo": translate("qt", "&Làm lại"),
            "Cu&t": translate("qt", "Cắ&t"), "&Copy": translate("qt", "&Sao chép"), "&Paste": translate("qt", "&Dán"),
            "Delete": translate("qt", "Xóa"), "Select All": translate("qt", "Chọn tất cả"),
            "&Next >": translate("qt", "Tiếp >"), "< &Back": translate("qt", "< Quay lại"),
            "&Finish": translate("qt", "Hoàn tất"),
        }

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str | None:  # noqa: ARG002
        # None (a null QString) lets Qt fall back to its own text; "" would blank it.
        return self.texts.get(source) if context.startswith("Q") else None

    def isEmpty(self) -> bool:  # noqa: N802
        return False


def install(app: QtCore.QCoreApplication, language: str) -> QtCore.QTranslator | None:
    """Load `resources/translations/dvc_<language>.qm` (Vietnamese is the source text itself)."""
    install_translator(lambda context, text: QCoreApplication.translate(context, text))
    QtCore.QLocale.setDefault(QtCore.QLocale(QtCore.QLocale.Language.Vietnamese if language == "vi"
                                             else QtCore.QLocale.Language.English))
    if language == "vi":
        # Qt's own dialogs (file dialogs, print preview, print and page setup) by their context, then the
        # buttons and menus every widget shares.
        dialogs = QtCore.QTranslator(app)
        if dialogs.load(str(resource_path("translations", "qt_vi.qm"))):
            app.installTranslator(dialogs)
        standard = QtStandardTexts(app)
        app.installTranslator(standard)
        return standard
    translator = QtCore.QTranslator(app)
    if translator.load(str(resource_path("translations", f"dvc_{language}.qm"))):
        app.installTranslator(translator)
        return translator
    return None

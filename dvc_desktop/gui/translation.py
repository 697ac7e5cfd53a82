"""Language choice (Vietnamese by default, English shipped) and the Qt-backed translator."""

from __future__ import annotations

from dvc_desktop.gui.qt import QCoreApplication, QtCore
from dvc_desktop.i18n import install_translator
from dvc_desktop.resources import resource_path

SETTINGS_KEY = "ui/language"
DEFAULT_LANGUAGE = "vi"


def _settings() -> QtCore.QSettings:
    return QtCore.QSettings("dvc-desktop", "dvc-desktop")


def current_language() -> str:
    value = _settings().value(SETTINGS_KEY, DEFAULT_LANGUAGE)
    return value if value in ("vi", "en") else DEFAULT_LANGUAGE


def save_language(language: str) -> None:
    settings = _settings()
    settings.setValue(SETTINGS_KEY, language)
    settings.sync()


def install(app: QtCore.QCoreApplication, language: str) -> QtCore.QTranslator | None:
    """Load `resources/translations/dvc_<language>.qm` (Vietnamese is the source text itself)."""
    install_translator(lambda context, text: QCoreApplication.translate(context, text))
    QtCore.QLocale.setDefault(QtCore.QLocale(QtCore.QLocale.Language.Vietnamese if language == "vi"
                                             else QtCore.QLocale.Language.English))
    if language == "vi":
        return None
    translator = QtCore.QTranslator(app)
    if translator.load(str(resource_path("translations", f"dvc_{language}.qm"))):
        app.installTranslator(translator)
        return translator
    return None

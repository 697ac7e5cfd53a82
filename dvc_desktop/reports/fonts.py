"""The report typeface: Times New Roman when installed and complete for Vietnamese, otherwise the
bundled Liberation Serif 2.x (metric-compatible, SIL OFL, resources/fonts/).

Debian's Liberation Serif 1.x has the same family name but no Vietnamese letters, and Qt then
silently draws those letters from another font. So a family is used only after checking that the
font Qt actually resolves, in each of the four styles, has every Vietnamese letter.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QRawFont

from dvc_desktop.resources import resource_path

log = logging.getLogger(__name__)

PREFERRED = "Times New Roman"
BUNDLED = "Liberation Serif"
BUNDLED_FILES = ("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf", "LiberationSerif-Italic.ttf",
                 "LiberationSerif-BoldItalic.ttf")
# ư ơ đ (and capitals), the precomposed letters with tone marks U+1EA0–U+1EF9, and the Latin-1 ones.
VIETNAMESE = ("ĂăÂâĐđÊêÔôƠơƯư" + "".join(chr(c) for c in range(0x1EA0, 0x1EFA))
              + "ÀÁÃÈÉÌÍÒÓÕÙÚÝàáãèéìíòóõùúý")

_family: str | None = None
_app: QGuiApplication | None = None  # one we created: kept referenced, or Python would delete it


def ensure_gui_application() -> QGuiApplication:
    """The running Qt application, or a new QGuiApplication for the command line.

    On Linux and the BSDs that one is offscreen: it opens no window and needs no display (and a stale
    DISPLAY cannot abort it), and it reads fonts through fontconfig like the windowed platforms do.
    """
    app = QGuiApplication.instance()
    if app is not None:
        if not isinstance(app, QGuiApplication):
            raise RuntimeError("a QCoreApplication is running; reports need a QGuiApplication")
        return app
    argv = ["dvc-desktop"]
    if sys.platform not in ("win32", "darwin") and not os.environ.get("QT_QPA_PLATFORM"):
        argv += ["-platform", "offscreen"]
    global _app
    _app = QGuiApplication(argv)
    return _app


def missing_letters(font: QFont) -> str:
    """The Vietnamese letters absent from the font Qt resolves for `font` (empty when complete)."""
    raw = QRawFont.fromFont(font)
    if not raw.isValid():
        return VIETNAMESE
    # supportsCharacter takes the code point: a non-ASCII str is not converted to the right QChar.
    return "".join(ch for ch in VIETNAMESE if not raw.supportsCharacter(ord(ch)))


def covers_vietnamese(family: str) -> bool:
    """The family is installed (not substituted) and all four styles have every Vietnamese letter."""
    for bold in (False, True):
        for italic in (False, True):
            font = QFont(family)
            font.setBold(bold)
            font.setItalic(italic)
            raw = QRawFont.fromFont(font)
            if raw.familyName().casefold() != family.casefold() or missing_letters(font):
                return False
    return True


def register_fonts() -> str:
    """Register the bundled fonts once and return the family the reports use.

    Call after the QApplication exists (the window does it at start; rendering does it too).
    """
    global _family
    if _family is not None:
        return _family
    ensure_gui_application()
    for name in BUNDLED_FILES:
        path = resource_path("fonts", name)
        if QFontDatabase.addApplicationFont(str(path)) < 0:
            log.warning("could not register the bundled font %s", path)
    if PREFERRED in QFontDatabase.families() and covers_vietnamese(PREFERRED):
        _family = PREFERRED
    else:
        _family = BUNDLED
        if not covers_vietnamese(BUNDLED):  # another font of that name shadows ours
            log.warning("%s as resolved by Qt lacks Vietnamese letters: %r", BUNDLED,
                        missing_letters(QFont(BUNDLED)))
    log.info("report font: %s", _family)
    return _family


def report_family() -> str:
    return register_fonts()


def mandated_font_missing() -> str:
    """A notice when reports cannot be set in Times New Roman, the typeface Decree 30 mandates for
    official documents (every Windows machine has it); "" when they are."""
    from dvc_desktop.i18n import translate

    if report_family() == PREFERRED:
        return ""
    return translate("fonts", "Máy này không có phông Times New Roman đủ chữ tiếng Việt: báo cáo được in bằng "
                              "phông {font} (cùng kích thước chữ), không phải phông Nghị định 30/2020/NĐ-CP quy "
                              "định cho văn bản hành chính. Hãy in hoặc xuất PDF trên máy có Times New Roman "
                              "(mọi máy Windows) trước khi trình ký.", font=report_family())

"""Translation hook shared by the core and the window.

User-facing text is written in Vietnamese (the default language) and passed through
`translate(context, text)`, the same call shape as `QCoreApplication.translate`, so
`pyside6-lupdate` extracts core messages too. The core stays free of Qt: the window installs
a Qt-backed translator at start; without one the Vietnamese source text is used.
"""

from __future__ import annotations

from typing import Callable

Translator = Callable[[str, str], str]


def _identity(context: str, text: str) -> str:
    return text


_translator: Translator = _identity


def install_translator(translator: Translator | None) -> None:
    """Route every later `translate` call through `translator` (None restores Vietnamese)."""
    global _translator
    _translator = translator or _identity


def translate(context: str, text: str, /, **params: object) -> str:
    """Translate `text` in `context`, then fill `{name}` placeholders from `params`."""
    translated = _translator(context, text)
    return translated.format(**params) if params else translated


def marked(context: str, text: str, /) -> str:
    """`text` itself, marked for translation in `context` (Qt's QT_TRANSLATE_NOOP): words kept in tables
    at import time, translated where they are shown (`translate(context, word)`), or printed as they
    are in an official Vietnamese document. tools/translations.py collects them."""
    return text

"""Data is shown as text, never as HTML.

Qt guesses: a QLabel, QMessageBox, tooltip, wizard subtitle or progress label whose text "might be rich
text" (Qt::mightBeRichText: it starts like a tag) is rendered as HTML, so a procedure named
`<img src="file:///…">` imported from Excel drew a local picture in the editor's title. Every such widget
in gui/ is made through `plain()`, and every tooltip fed with data through `plain_tooltip()`;
tests/gui/test_plain_text.py fails on one that is not.
"""

from __future__ import annotations

import html
from typing import TypeVar

from PySide6 import QtWidgets
from PySide6.QtCore import Qt

Widget = TypeVar("Widget", bound=QtWidgets.QWidget)
PLAIN = Qt.TextFormat.PlainText


def plain(widget: Widget) -> Widget:
    """The widget with every text it shows in plain-text format; returns it, to wrap a constructor."""
    if isinstance(widget, (QtWidgets.QLabel, QtWidgets.QMessageBox)):
        widget.setTextFormat(PLAIN)
    elif isinstance(widget, QtWidgets.QWizard):
        widget.setTitleFormat(PLAIN)
        widget.setSubTitleFormat(PLAIN)
    else:  # QProgressDialog, QInputDialog: their label is a child QLabel
        for label in widget.findChildren(QtWidgets.QLabel):
            label.setTextFormat(PLAIN)
    return widget


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` literally: escaped inside an explicit paragraph (Qt renders a
    tooltip as rich text whenever it looks like it), line breaks kept."""
    if not text:
        return ""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"

"""Combo boxes whose text may be longer than the room a laptop leaves them (a decree's reason, a
filter's name): the closed box ends its text with "…" at the edge instead of cutting a word in two,
the whole text is its tooltip, and the list it opens is wide enough to read every choice whole."""

from __future__ import annotations

from dvc_desktop.gui.plain_text import plain_tooltip
from dvc_desktop.gui.qt import QObject, Qt, QtCore, QtWidgets


def _field_width(combo: QtWidgets.QComboBox, option: QtWidgets.QStyleOptionComboBox) -> int:
    field = combo.style().subControlRect(QtWidgets.QStyle.ComplexControl.CC_ComboBox, option,
                                         QtWidgets.QStyle.SubControl.SC_ComboBoxEditField, combo)
    return max(field.width() - 4, 0)


def elided_text(combo: QtWidgets.QComboBox) -> str:
    """The text the closed combo shows (what the user reads): whole, or cut after a whole word and
    ended with "…"."""
    option = QtWidgets.QStyleOptionComboBox()
    combo.initStyleOption(option)
    text, room = option.currentText, _field_width(combo, option)
    metrics = combo.fontMetrics()
    if metrics.horizontalAdvance(text) <= room:
        return text
    words = text.split(" ")
    while len(words) > 1:
        words.pop()
        shorter = " ".join(words).rstrip(",;:") + "…"
        if metrics.horizontalAdvance(shorter) <= room:
            return shorter
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)  # one long word: cut it


class _Eliding(QObject):
    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        if isinstance(watched, QtWidgets.QComboBox) and not watched.isEditable():
            if event.type() == QtCore.QEvent.Type.Paint:
                painter = QtWidgets.QStylePainter(watched)
                option = QtWidgets.QStyleOptionComboBox()
                watched.initStyleOption(option)
                painter.drawComplexControl(QtWidgets.QStyle.ComplexControl.CC_ComboBox, option)
                option.currentText = elided_text(watched)
                painter.drawControl(QtWidgets.QStyle.ControlElement.CE_ComboBoxLabel, option)
                return True
            if event.type() == QtCore.QEvent.Type.Resize:
                _show_whole_text(watched)
        return super().eventFilter(watched, event)


def _show_whole_text(combo: QtWidgets.QComboBox) -> None:
    cut = elided_text(combo) != combo.currentText()
    combo.setToolTip(plain_tooltip(combo.currentText() if cut else ""))


def _fit_popup(combo: QtWidgets.QComboBox) -> None:
    widest = max((combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
    screen = combo.screen().availableGeometry().width() if combo.screen() else 1366
    combo.view().setMinimumWidth(min(widest + 40, screen - 40))


def eliding(combo: QtWidgets.QComboBox) -> QtWidgets.QComboBox:
    """Make `combo` elide its text, carry it whole as a tooltip, and open a list wide enough."""
    combo.installEventFilter(_Eliding(combo))
    # A long choice must not widen the box (and push the editor off a laptop's screen).
    combo.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
    combo.currentIndexChanged.connect(lambda _i: _show_whole_text(combo))
    model = combo.model()
    # Fitted once the choices are in, not per choice added: a list of 200 sectors measured every
    # choice again at each addition (0.12 s of the window's start on a 20,000-row store).
    fitting = QtCore.QTimer(combo, singleShot=True, interval=0)
    fitting.timeout.connect(lambda: _fit_popup(combo))
    for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
        signal.connect(lambda *_args: fitting.start())
    return combo

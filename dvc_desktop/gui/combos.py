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
    """Paints the closed combo with its text cut after a whole word when it does not fit. A text that
    fits (most choices) is left to Qt's own paint, and the cut is measured once per text and width:
    showing another procedure sets eight choices, each of which was measured and painted from Python."""

    _RESTYLING = frozenset({QtCore.QEvent.Type.FontChange, QtCore.QEvent.Type.StyleChange})

    def __init__(self, combo: QtWidgets.QComboBox) -> None:
        super().__init__(combo)
        self._measured: tuple[str, int] | None = None  # (text, width) the cut text was measured for
        self._shown = ""
        self._tip = ""  # the tooltip set: the whole text when the box shows it cut

    def shown(self, combo: QtWidgets.QComboBox) -> str:
        """The text the closed combo shows, measured once per text and width."""
        key = (combo.currentText(), combo.width())
        if key != self._measured:
            self._measured, self._shown = key, elided_text(combo)
        return self._shown

    def eventFilter(self, watched: QtCore.QObject, event: QtCore.QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind == QtCore.QEvent.Type.Paint:
            combo = watched
            if not isinstance(combo, QtWidgets.QComboBox) or combo.isEditable():
                return False
            shown, whole = self.shown(combo), combo.currentText()
            # The tooltip follows what is painted: set here, not at every change of choice (a procedure
            # shown sets eight choices at once).
            tip = whole if shown != whole else ""
            if tip != self._tip:
                self._tip = tip
                combo.setToolTip(plain_tooltip(tip))
            if shown == whole:
                return False  # it fits: Qt paints it
            painter = QtWidgets.QStylePainter(combo)
            option = QtWidgets.QStyleOptionComboBox()
            combo.initStyleOption(option)
            painter.drawComplexControl(QtWidgets.QStyle.ComplexControl.CC_ComboBox, option)
            option.currentText = shown
            painter.drawControl(QtWidgets.QStyle.ControlElement.CE_ComboBoxLabel, option)
            return True
        if kind in self._RESTYLING:
            self._measured = None
        return False


def _fit_popup(combo: QtWidgets.QComboBox) -> None:
    widest = max((combo.fontMetrics().horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
    screen = combo.screen().availableGeometry().width() if combo.screen() else 1366
    combo.view().setMinimumWidth(min(widest + 40, screen - 40))


def eliding(combo: QtWidgets.QComboBox) -> QtWidgets.QComboBox:
    """Make `combo` elide its text, carry it whole as a tooltip, and open a list wide enough."""
    cutting = _Eliding(combo)
    combo.installEventFilter(cutting)
    # A long choice must not widen the box (and push the editor off a laptop's screen).
    combo.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
    model = combo.model()
    # Fitted once the choices are in, not per choice added: a list of 200 sectors measured every
    # choice again at each addition (0.12 s of the window's start on a 20,000-row store).
    fitting = QtCore.QTimer(combo, singleShot=True, interval=0)
    fitting.timeout.connect(lambda: _fit_popup(combo))
    for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset):
        signal.connect(lambda *_args: fitting.start())
    return combo

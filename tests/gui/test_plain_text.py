"""Data is shown as text: a label, message box, wizard or tooltip fed with a procedure name, a unit name,
a file name or an error is never rendered as HTML (a name `<img src="file:///…">` drew a local picture in
the editor's title). The source checks fail on a widget made without gui.plain_text; the window test
shows hostile names where users meet them and checks they appear literally."""

from __future__ import annotations

import ast
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from dvc_desktop.gui.plain_text import plain, plain_tooltip
from dvc_desktop.gui.qt import Qt, QtWidgets

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "dvc_desktop" / "gui"
TEXT_WIDGETS = {"QLabel", "QMessageBox", "QProgressDialog", "QInputDialog"}
STATIC_BOXES = {"question", "warning", "information", "critical", "about"}
HOSTILE = '<img src="file:///etc/hosts"><b>Thủ tục</b>'


def _name(node: ast.AST) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def _findings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrapped = {id(arg) for node in ast.walk(tree) if isinstance(node, ast.Call) and _name(node.func) == "plain"
               for arg in node.args}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        where = f"{path.name}:{node.lineno}"
        if name in TEXT_WIDGETS and id(node) not in wrapped:
            found.append(f"{where}: {name}(…) not made through plain()")
        if name in STATIC_BOXES and isinstance(node.func, ast.Attribute) and _name(node.func.value) == "QMessageBox":
            found.append(f"{where}: QMessageBox.{name}() cannot be made plain; build the box with plain()")
        if name == "setToolTip" and node.args and not _authored(node.args[0]):
            found.append(f"{where}: setToolTip() with data, not through plain_tooltip()")
    return found


def _authored(arg: ast.AST) -> bool:
    """A literal, or a translation of one with nothing filled in: text the program wrote."""
    if isinstance(arg, ast.Constant):
        return True
    if isinstance(arg, ast.Call) and _name(arg.func) == "plain_tooltip":
        return True
    return (isinstance(arg, ast.Call) and _name(arg.func) in {"_t", "translate", "tr"} and not arg.keywords
            and all(isinstance(a, ast.Constant) for a in arg.args))


def test_every_text_widget_and_tooltip_in_gui_is_plain():
    findings = [f for path in sorted(GUI.glob("*.py")) if path.name != "plain_text.py" for f in _findings(path)]
    assert findings == []


def test_the_source_check_finds_what_it_is_for(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("label = QtWidgets.QLabel(name)\nQtWidgets.QMessageBox.warning(None, 't', name)\n"
                   "item.setToolTip(name)\nok = plain(QtWidgets.QLabel(name))\nitem.setToolTip(_t('x'))\n",
                   encoding="utf-8")
    assert [f.split(": ", 1)[0] for f in _findings(bad)] == ["bad.py:1", "bad.py:2", "bad.py:3"]


def test_every_label_in_the_forms_is_plain_text():
    missing = []
    for form in sorted((ROOT / "ui").glob("*.ui")):
        for widget in ElementTree.parse(form).iter("widget"):
            if widget.get("class") != "QLabel":
                continue
            formats = [p.findtext("enum") for p in widget.findall("property") if p.get("name") == "textFormat"]
            if formats != ["Qt::TextFormat::PlainText"]:
                missing.append(f"{form.name}: {widget.get('name')}")
    assert missing == []


def test_plain_widgets_show_markup_literally(qapp):
    label = plain(QtWidgets.QLabel(HOSTILE))
    assert label.textFormat() == Qt.TextFormat.PlainText and label.text() == HOSTILE
    box = plain(QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Warning, "t", HOSTILE))
    assert box.textFormat() == Qt.TextFormat.PlainText
    progress = plain(QtWidgets.QProgressDialog(HOSTILE, "Hủy", 0, 0))
    assert all(child.textFormat() == Qt.TextFormat.PlainText for child in progress.findChildren(QtWidgets.QLabel))
    document = __import__("PySide6.QtGui", fromlist=["QTextDocument"]).QTextDocument()
    document.setHtml(plain_tooltip(HOSTILE))
    assert document.toPlainText() == HOSTILE  # what the tooltip shows: the name, not a picture


@pytest.fixture()
def qapp():
    return QtWidgets.QApplication.instance()


def test_a_hostile_procedure_name_appears_literally_in_the_window(qtbot, open_app, data_dir, tmp_path):
    """The editor's title, sector and reference labels and the table's tooltip, with a name and a sector
    imported as markup."""
    import sqlite3

    from dvc_desktop.cli import main
    from tests.gui.test_department_window import select_code

    assert main(["--data-dir", str(data_dir), "demo"]) == 0
    with sqlite3.connect(data_dir / "dvc-desktop.sqlite") as connection:
        code = connection.execute("SELECT code FROM procedures ORDER BY code LIMIT 1").fetchone()[0]
        connection.execute("UPDATE procedures SET name = ? WHERE code = ?", (HOSTILE, code))
        connection.execute("UPDATE sectors SET name = ? WHERE id = (SELECT sector_id FROM procedures WHERE code = ?)",
                           (HOSTILE, code))
    window = open_app(demo=False)
    select_code(qtbot, window, code)
    editor = window.editor
    assert editor.title_label.text() == f"{code} — {HOSTILE}"
    shown = [label for label in editor.form.findChildren(QtWidgets.QLabel) if HOSTILE in label.text()]
    assert len(shown) >= 2  # the title and the sector at least
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in shown)
    model = window.table.model()
    tips = [model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
            for row in range(model.rowCount()) for column in range(model.columnCount())]
    document = __import__("PySide6.QtGui", fromlist=["QTextDocument"]).QTextDocument()
    literal = []
    for tip in tips:
        if tip and "img" in tip:
            document.setHtml(tip)
            literal.append(document.toPlainText())
    assert HOSTILE in literal


def test_a_hostile_error_and_question_show_as_text(qapp, tmp_path):
    """The error box (a refused file name or package text) and the confirmation dialog."""
    from dvc_desktop.gui.dialogs import confirm
    from dvc_desktop.gui.errors import ErrorReporter
    from dvc_desktop.services.errors import InvalidRequest

    reporter = ErrorReporter(None)
    reporter.report(InvalidRequest(f"Tệp {HOSTILE}.xlsx đã có"))
    box = reporter._open_boxes[-1]
    assert box.text() == f"Tệp {HOSTILE}.xlsx đã có" and box.textFormat() == Qt.TextFormat.PlainText
    box.close()
    question = confirm(None, "hoi", "Xóa", f"Xóa trang «{HOSTILE}»?", lambda: None)
    assert question.textFormat() == Qt.TextFormat.PlainText and HOSTILE in question.text()
    question.close()

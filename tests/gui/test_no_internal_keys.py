"""No internal keys or file paths on screen: a reason in the history is in words (not
`on_site_verification`), the indicators by level say "Cấp tỉnh" (not `tinh`), the rule set is named by
its decree, and no label sends the clerk to a file of the source tree."""

from __future__ import annotations

import ast
from pathlib import Path

from dvc_desktop.domain.rulesets import bundled_rule_sets
from dvc_desktop.gui.forms import select_choice
from dvc_desktop.gui.qt import Qt, QtWidgets
from tests.conftest import demo_province
from tests.gui.conftest import dialog_named, idle, type_text
from tests.gui.test_department_window import select_code
from tests.windows import open_window, shut_down_every_application  # noqa: F401 (fixture)

GUI = Path(__file__).resolve().parents[2] / "dvc_desktop" / "gui"
REASON_KEYS = {reason.code for rules in bundled_rule_sets() for reason in rules.reasons}


def test_no_label_points_at_a_file_of_the_source_tree():
    found = []
    for path in GUI.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") in ("_t", "translate"):
                texts = [a.value for a in node.args if isinstance(a, ast.Constant) and isinstance(a.value, str)]
                found += [f"{path.name}:{node.lineno}" for t in texts if "docs/" in t or ".md" in t]
    assert found == []


def test_the_history_says_the_reason_in_words(qtbot, open_app):
    window = open_app()
    select_code(qtbot, window, next(r.code for r in window.model.all_rows() if r.form is None))
    editor = window.editor
    select_choice(editor.form_combo, "mot_phan")
    code = next(editor.reason_combo.itemData(i) for i in range(editor.reason_combo.count())
                if editor.reason_combo.itemData(i) and editor._rules.reason(editor.reason_combo.itemData(i)).kind
                != "technical")
    select_choice(editor.reason_combo, code)
    editor.provision_edit.setFocus()
    type_text(qtbot, editor.provision_edit, "Khoản 1 Điều 9 Luật Hộ tịch 2014")
    qtbot.keyClick(editor.provision_edit, Qt.Key.Key_Return)
    idle(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog_named("HistoryDialog") is not None, timeout=5000)
    table = dialog_named("HistoryDialog").findChild(QtWidgets.QTableWidget, "entries")
    shown = " ".join(table.item(r, 3).text() for r in range(table.rowCount()))
    assert "Một phần" in shown and editor._rules.reason(code).label.split(" ")[0] in shown
    assert not any(key in shown for key in REASON_KEYS), shown


def test_indicators_by_level_name_the_level(qtbot, tmp_path, reporter):
    application, window = open_window(qtbot, demo_province(tmp_path / "tinh"), reporter)
    panel = window.indicators
    select_choice(panel.grouping, "level")
    panel.refresh() if hasattr(panel, "refresh") else None
    qtbot.waitUntil(lambda: panel.table.rowCount() > 1 and panel.table.item(0, 0) is not None
                    and panel.table.item(0, 0).text().startswith("Cấp"), timeout=10_000)
    first = {panel.table.item(r, 0).text() for r in range(panel.table.rowCount() - 1)}
    assert first <= {"Cấp tỉnh", "Cấp xã", "Cấp bộ, ngành trung ương", "Cấp huyện"} and not first & {"tinh", "xa"}
    assert "Nghị định" in panel.note.text() and "ND224" not in panel.note.text()

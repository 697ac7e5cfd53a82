"""User-facing text goes through Qt's translation system, and the English translation is complete."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402

TRANSLATED_CALLS = {"translate", "_t"}
ENDONYMS = {"Tiếng Việt"}  # a language is offered under its own name, whatever the interface language


def untranslated_literals(path: Path) -> list[str]:
    """Vietnamese string literals that are not the text of a translate call or a docstring."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    allowed: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and (getattr(node.func, "id", None) in TRANSLATED_CALLS):
            allowed.update(id(arg) for arg in node.args)
        if isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.Module)) and ast.get_docstring(node):
            allowed.add(id(node.body[0].value))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in allowed:
            if node.value not in ENDONYMS and any(not ch.isascii() and ch.isalpha() for ch in node.value):
                shown = path.relative_to(ROOT) if path.is_relative_to(ROOT) else path.name
                found.append(f"{shown}:{node.lineno}: {node.value!r}")
    return found


USER_FACING = sorted((ROOT / "dvc_desktop" / "gui").glob("*.py")) + sorted((ROOT / "dvc_desktop" / "cli").glob("*.py"))


@pytest.mark.parametrize("path", USER_FACING, ids=lambda p: p.name)
def test_no_user_facing_text_escapes_translation(path):
    assert untranslated_literals(path) == []


def test_the_checker_catches_a_bare_literal(tmp_path):
    sample = tmp_path / "_sample_for_test.py"  # never a file in the source tree
    sample.write_text('label.setText("Xin chào")\nlabel.setText(translate("x", "Được"))\n', encoding="utf-8")
    assert untranslated_literals(sample) == ["_sample_for_test.py:1: 'Xin chào'"]


def test_every_source_text_has_an_english_translation():
    assert translations.missing() == []


def test_the_shipped_qm_is_compiled_from_the_shipped_ts(tmp_path):
    fresh = tmp_path / "dvc_en.qm"
    translations.compile_qm(translations.TS_FILE, fresh)
    assert fresh.read_bytes() == translations.QM_FILE.read_bytes()
    qt_dialogs = tmp_path / "qt_vi.qm"  # Qt's own dialogs in Vietnamese
    translations.compile_qm(translations.QT_VI_TS, qt_dialogs)
    assert qt_dialogs.read_bytes() == translations.QT_VI_TS.with_suffix(".qm").read_bytes()


def test_english_is_used_when_chosen(qapp):
    from dvc_desktop.gui.forms import child, load_form
    from dvc_desktop.gui.labels import form_label
    from dvc_desktop.gui.qt import QtWidgets
    from dvc_desktop.gui.translation import install
    from dvc_desktop.i18n import install_translator, translate

    translator = install(qapp, "en")
    try:
        assert translator is not None
        assert form_label("toan_trinh") == "Full online"
        assert translate("rules", "Quy định tổ chức, cá nhân sử dụng dịch vụ phải hiện diện tại cơ quan nhà nước") == \
            "A regulation requires the applicant to be present at the agency"
        editor = load_form("editor.ui")
        assert child(editor, QtWidgets.QGroupBox, "recordBox").title() != "Nội dung thủ tục"
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)
        install_translator(None)
    assert form_label("toan_trinh") == "Toàn trình"


def test_qt_standard_buttons_speak_vietnamese(qapp):
    from dvc_desktop.gui.qt import QtWidgets
    from dvc_desktop.gui.translation import install
    from dvc_desktop.i18n import install_translator

    translator = install(qapp, "vi")
    try:
        box = QtWidgets.QDialogButtonBox(QtWidgets.QDialogButtonBox.StandardButton.Ok
                                         | QtWidgets.QDialogButtonBox.StandardButton.Cancel)
        assert sorted(b.text() for b in box.buttons()) == ["Hủy", "Đồng ý"]
        # texts it does not know stay Qt's own instead of going blank
        from dvc_desktop.gui.qt import QCoreApplication

        assert QCoreApplication.translate("QFileDialog", "%1 already exists.") == "%1 already exists."
    finally:
        qapp.removeTranslator(translator)
        install_translator(None)

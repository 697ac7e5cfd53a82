"""Keep the English translation in step with the source text.

    python tools/translations.py update   # refresh resources/translations/dvc_en.ts, compile dvc_en.qm
    python tools/translations.py check    # exit 1 if a source text has no English translation

Source texts are Vietnamese. They come from `translate("context", "text")` calls (and the
module-level `_t` wrappers around them) in dvc_desktop/, from the Qt Designer forms in ui/
(context = the form's class), and from the rule sets in resources/rulesets/ (context "rules",
whose files already carry `label_en`). pyside6-lupdate cannot read calls with keyword arguments
or implicit string concatenation, hence this small extractor; `pyside6-lrelease` compiles.
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_FILE = ROOT / "resources" / "translations" / "dvc_en.ts"
QM_FILE = TS_FILE.with_suffix(".qm")

Messages = dict[tuple[str, str], str]  # (context, source) → location


def _literal(node: ast.AST) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _wrapper_contexts(tree: ast.Module) -> dict[str, tuple[str, int]]:
    """Module functions like `def _reject(code, text, **p): … translate("package", text, **p)`:
    name → (context, position of the text argument)."""
    wrappers = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef):
            parameters = [a.arg for a in node.args.args]
            for call in ast.walk(node):
                if (isinstance(call, ast.Call) and getattr(call.func, "id", None) == "translate"
                        and len(call.args) >= 2 and _literal(call.args[0]) and isinstance(call.args[1], ast.Name)
                        and call.args[1].id in parameters):
                    wrappers[node.name] = (_literal(call.args[0]), parameters.index(call.args[1].id))
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("dvc_desktop"):
            # `from dvc_desktop.cli.common import _t`: a module using another's wrapper (a package's
            # wrapper lives in its __init__.py).
            source = ROOT / (node.module.replace(".", "/") + ".py")
            if not source.is_file():
                source = ROOT / node.module.replace(".", "/") / "__init__.py"
            imported = {alias.name: alias.asname or alias.name for alias in node.names}
            if source.is_file() and any(name.startswith("_") for name in imported):
                theirs = _wrapper_contexts(ast.parse(source.read_text(encoding="utf-8")))
                wrappers.update({imported[name]: theirs[name] for name in imported if name in theirs})
    return wrappers


def python_messages(path: Path) -> Messages:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrappers = _wrapper_contexts(tree)
    found: Messages = {}
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        where = f"{path.relative_to(ROOT)}:{node.lineno}"
        if name in ("translate", "marked") and len(node.args) >= 2 and _literal(node.args[0]) \
                and _literal(node.args[1]):
            found[(_literal(node.args[0]), _literal(node.args[1]))] = where
        elif name in wrappers:
            context, position = wrappers[name]
            if len(node.args) > position and _literal(node.args[position]):
                found[(context, _literal(node.args[position]))] = where
    return found


def ui_messages(path: Path) -> Messages:
    tree = ET.parse(path)
    context = tree.getroot().findtext("class") or path.stem
    found: Messages = {}
    for element in tree.iter("string"):
        if element.get("notr") != "true" and element.text:
            found[(context, element.text)] = str(path.relative_to(ROOT))
    return found


def rule_set_translations() -> dict[tuple[str, str], str]:
    known = {}
    for path in sorted((ROOT / "resources" / "rulesets").glob("*.json")):
        raw = json.loads(path.read_text(encoding="utf-8"))
        items = raw["checklist"] + raw["reasons"] + raw.get("proactive_levels", []) + list(raw["forms"].values())
        for item in items:
            known[("rules", item["label"])] = item.get("label_en", "")
        known[("rules", raw["title"])] = raw.get("title_en", "")
        known[("rules", raw["citation"])] = raw.get("citation_en", "")
    return known


def collect() -> tuple[Messages, dict[tuple[str, str], str]]:
    messages: Messages = {}
    for path in sorted((ROOT / "dvc_desktop").rglob("*.py")):
        messages.update(python_messages(path))
    for path in sorted((ROOT / "ui").glob("*.ui")):
        messages.update(ui_messages(path))
    preset = rule_set_translations()
    for key in preset:
        messages.setdefault(key, "resources/rulesets")
    return messages, preset


def read_ts(path: Path) -> dict[tuple[str, str], str]:
    if not path.exists():
        return {}
    existing = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            text = translation.text if translation is not None and translation.text else ""
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            existing[(name, source)] = text
    return existing


def write_ts(path: Path, messages: Messages, translations: dict[tuple[str, str], str]) -> None:
    root = ET.Element("TS", version="2.1", language="en_US", sourcelanguage="vi_VN")
    by_context: dict[str, list[str]] = {}
    for context, source in sorted(messages):
        by_context.setdefault(context, []).append(source)
    for context, sources in by_context.items():
        element = ET.SubElement(root, "context")
        ET.SubElement(element, "name").text = context
        for source in sources:
            message = ET.SubElement(element, "message")
            ET.SubElement(message, "location", filename=messages[(context, source)].split(":")[0])
            ET.SubElement(message, "source").text = source
            text = translations.get((context, source), "")
            translation = ET.SubElement(message, "translation")
            if text:
                translation.text = text
            else:
                translation.set("type", "unfinished")
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + ET.tostring(root, encoding="unicode")
                    + "\n", encoding="utf-8")


QT_VI_TS = TS_FILE.with_name("qt_vi.ts")


def lrelease() -> str:
    found = shutil.which("pyside6-lrelease") or str(Path(sys.executable).with_name("pyside6-lrelease"))
    return found


def compile_qm(ts: Path = TS_FILE, qm: Path = QM_FILE) -> None:
    subprocess.run([lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)


def missing() -> list[tuple[str, str]]:
    messages, preset = collect()
    existing = {**preset, **{k: v for k, v in read_ts(TS_FILE).items() if v}}
    return sorted(key for key in messages if not existing.get(key))


def update() -> None:
    messages, preset = collect()
    existing = read_ts(TS_FILE)
    merged = {key: existing.get(key) or preset.get(key, "") for key in messages}
    write_ts(TS_FILE, messages, merged)
    compile_qm()
    # Qt's own dialogs in Vietnamese: edited by hand (or in Qt Linguist), compiled here.
    compile_qm(QT_VI_TS, QT_VI_TS.with_suffix(".qm"))
    untranslated = [k for k in messages if not merged.get(k)]
    print(f"{len(messages)} messages, {len(untranslated)} without English")


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    if command == "update":
        update()
    else:
        gaps = missing()
        for context, source in gaps:
            print(f"{context}: {source}")
        sys.exit(1 if gaps else 0)

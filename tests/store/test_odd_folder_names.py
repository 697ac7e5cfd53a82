"""A data folder may be named anything a user types: the store, its backup and its first look open the
file in that folder, never another (the URLs are built, not formatted)."""

from __future__ import annotations

import sys
import unicodedata

import pytest

from dvc_desktop.cli import main
from dvc_desktop.store.files import DB_FILE_NAME

NAMES = ["q?mode=ro", "pct%20x", "hash#1", "semi;colon", "quote's", 'dq"x', "[brackets]", "with space",
         unicodedata.normalize("NFD", "Sở Tư pháp"), "emoji 📁"]
if sys.platform != "win32":  # Windows forbids ? " and a newline in names
    NAMES.append("new\nline")
else:  # pragma: no cover - the names Windows allows
    NAMES = [n for n in NAMES if not set(n) & set('?"\n')]


@pytest.mark.parametrize("name", NAMES)
def test_every_command_writes_into_its_own_folder(name, tmp_path, monkeypatch, capsys):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    folder = tmp_path / "stores" / name
    assert main(["--data-dir", str(folder), "init", "--role", "province", "--unit-code", "000.00.01.H40",
                 "--unit-name", "Văn phòng UBND tỉnh", "--province-code", "H40", "--province-name",
                 "Tỉnh Thử Nghiệm"]) == 0
    assert main(["--data-dir", str(folder), "status", "--json"]) == 0
    assert '"role": "province"' in capsys.readouterr().out.replace('"role":"province"', '"role": "province"')
    copy = folder / "sao lưu?.sqlite"
    assert main(["--data-dir", str(folder), "backup", str(copy)]) == 0
    assert (folder / DB_FILE_NAME).is_file() and copy.is_file()
    # Nothing was written beside the folder (a URL read as "q" with a query, or "pct x", would be).
    assert [p.name for p in (tmp_path / "stores").iterdir()] == [name]

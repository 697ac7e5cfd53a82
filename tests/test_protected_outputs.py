"""A mistyped output path never destroys anything: every command that writes a file refuses, before
writing, the store and its companions, the lock, and whatever is in the data folder's keys/ and backups/."""

from __future__ import annotations

import hashlib
import os
import sys
from pathlib import Path

import pytest

from dvc_desktop.cli import main
from dvc_desktop.store.files import DB_FILE_NAME, LOCK_FILE_NAME
from dvc_desktop.store.protected import protected_kind

PASS = "mật khẩu dài đủ"

TARGETS = [DB_FILE_NAME, DB_FILE_NAME + "-wal", DB_FILE_NAME + "-shm", LOCK_FILE_NAME, "keys/signing-key.pem",
           "keys/signing-key.json", "backups/tu-dong-20261204-080000.sqlite"]
COMMANDS = [["package", "export", "{target}"], ["keys", "export-public", "{target}"], ["backup", "{target}"],
            ["publish", "{target}", "--kind", "draft"], ["report", "{target}"], ["indicators", "--out", "{target}"]]


def fingerprint(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file() and p.name != LOCK_FILE_NAME
            and not p.name.endswith(("-wal", "-shm")) and p.name != "dvc-desktop.session"}


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    folder = tmp_path_factory.mktemp("unit") / "data"
    os.environ["DVC_KEY_PASSPHRASE"] = PASS
    try:
        assert main(["--data-dir", str(folder), "init", "--role", "department", "--unit-code", "000.00.13.H42",
                     "--unit-name", "Sở Tư pháp", "--province-code", "H42"]) == 0
        assert main(["--data-dir", str(folder), "backup", str(folder.parent / "b.sqlite")]) == 0
    finally:
        os.environ.pop("DVC_KEY_PASSPHRASE")
    (folder / "backups").mkdir(exist_ok=True)
    (folder / "backups" / "tu-dong-20261204-080000.sqlite").write_bytes((folder.parent / "b.sqlite").read_bytes())
    return folder


@pytest.mark.parametrize("target", TARGETS)
@pytest.mark.parametrize("argv", COMMANDS, ids=lambda a: "-".join(a[:2]).replace("{target}", ""))
def test_a_command_never_writes_over_the_data_folders_own_files(template, tmp_path, monkeypatch, capsys, argv,
                                                                target):
    import shutil

    data = tmp_path / "data"
    shutil.copytree(template, data)
    monkeypatch.setenv("DVC_DATA_DIR", str(data))
    monkeypatch.setenv("DVC_KEY_PASSPHRASE", PASS)
    before = fingerprint(data)
    path = data / target
    capsys.readouterr()
    code = main([a.format(target=path) for a in argv])
    err = capsys.readouterr().err
    assert code == 2 and "Không ghi vào" in err, err
    assert fingerprint(data) == before


def test_the_same_file_by_another_spelling_is_still_the_store(tmp_path):
    data = tmp_path / "data"
    (data / "keys").mkdir(parents=True)
    (tmp_path / "link").symlink_to(data)
    assert protected_kind(data, tmp_path / "link" / DB_FILE_NAME)
    assert protected_kind(data, data / "keys" / ".." / "keys" / "x.pub")
    assert protected_kind(data, data / "sub" / ".." / LOCK_FILE_NAME)
    assert protected_kind(data, tmp_path / "elsewhere.sqlite") is None
    assert protected_kind(data, data / "xuat" / "goi.dvcpkg") is None  # a folder of one's own is fine
    if sys.platform == "win32":
        assert protected_kind(data, Path(str(data).upper()) / DB_FILE_NAME.upper())


@pytest.fixture()
def unit(template, tmp_path, monkeypatch):
    import shutil

    data = tmp_path / "data"
    shutil.copytree(template, data)
    monkeypatch.setenv("DVC_DATA_DIR", str(data))
    monkeypatch.setenv("DVC_KEY_PASSPHRASE", PASS)
    return data


def test_an_existing_file_is_replaced_only_when_asked(unit, tmp_path, capsys):
    out = tmp_path / "khoa.pub"
    assert main(["keys", "export-public", str(out)]) == 0
    out.write_text("untrusted comment: an earlier copy\n", encoding="utf-8")
    capsys.readouterr()
    assert main(["keys", "export-public", str(out)]) == 2
    assert "--overwrite" in capsys.readouterr().err and "earlier copy" in out.read_text(encoding="utf-8")
    assert main(["--overwrite", "keys", "export-public", str(out)]) == 0
    assert "minisign public key" in out.read_text(encoding="utf-8")


@pytest.mark.parametrize("name, content", [("sao-luu.sqlite", b"PK\x03\x04 a zip, not a store"),
                                           ("bao-cao.pdf", b"SQLite format 3\x00 not a PDF"),
                                           ("goi.dvcpkg", b"%PDF-1.4 not a package")])
def test_a_file_of_another_kind_is_never_replaced(unit, tmp_path, capsys, name, content):
    out = tmp_path / name
    out.write_bytes(content)
    argv = {"sao-luu.sqlite": ["backup", str(out)], "bao-cao.pdf": ["report", str(out)],
            "goi.dvcpkg": ["package", "export", str(out)]}[name]
    capsys.readouterr()
    assert main(["--overwrite", *argv]) == 2
    assert "không phải tệp" in capsys.readouterr().err and out.read_bytes() == content


def test_a_folder_is_not_a_file_to_write(unit, tmp_path, capsys):
    folder = tmp_path / "sao-luu.sqlite"
    folder.mkdir()
    assert main(["--overwrite", "backup", str(folder)]) == 2
    assert "thư mục" in capsys.readouterr().err

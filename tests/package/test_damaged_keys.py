"""Key files are written whole (a full disk never leaves an empty key file), and a damaged key file is
reported as damaged with what to do; generating replaces it (kept aside) instead of failing forever."""

from __future__ import annotations

import errno
import os

import pytest

from dvc_desktop.cli import main
from dvc_desktop.package import keys as keyfiles
from dvc_desktop.services.context import open_context
from dvc_desktop.services.setup import initialise

PASS = "mật khẩu dài đủ"


@pytest.fixture()
def unit(data_dir, monkeypatch):
    monkeypatch.setenv("DVC_KEY_PASSPHRASE", PASS)
    with open_context(data_dir) as context:
        initialise(context, "department", "000.00.13.H40", "Sở Tư pháp", "H40", "Tỉnh Thử Nghiệm")
    return data_dir


def test_a_full_disk_while_generating_leaves_no_key_file(monkeypatch, tmp_path):
    def full(descriptor):  # type: ignore[no-untyped-def]
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full)  # the data reaches the disk at fsync, or fails there
    with pytest.raises(OSError):
        keyfiles.generate(tmp_path / "keys", PASS)
    assert list((tmp_path / "keys").iterdir()) == []  # no empty key file, no partial


@pytest.mark.parametrize("name, content", [("signing-key.json", b""), ("signing-key.json", b'{"key_id": "12'),
                                           ("signing-key.pem", b""), ("signing-key.pem", b"-----BEGIN ENCRYPTED")])
def test_a_damaged_key_file_is_named_and_generate_replaces_it(unit, data_dir, capsys, name, content):
    assert main(["keys", "generate"]) == 0
    keys = data_dir / "keys"
    (keys / name).write_bytes(content)
    capsys.readouterr()
    assert main(["keys", "fingerprint"]) in (0, 2)
    assert main(["package", "export", str(data_dir.parent / "goi.dvcpkg")]) == 2
    error = capsys.readouterr().err
    assert "bị hỏng" in error and name in error and "không mong đợi" not in error and "không đúng" not in error
    assert main(["keys", "generate"]) == 0  # a replacement, not a rotation of an unreadable key
    assert main(["keys", "fingerprint"]) == 0
    assert list(keys.glob(f"{name}.damaged-*"))  # kept aside
    assert not list(keys.glob("next-*"))


def test_a_key_whose_audit_entry_cannot_commit_is_not_placed(unit, data_dir, failing_commit, capsys):
    """The key files follow the commit of their audit entry: a full disk there leaves no key."""
    assert main(["keys", "generate"]) == 1
    assert "Ổ đĩa đã đầy" in capsys.readouterr().err
    assert not (data_dir / "keys").exists() or [p.name for p in (data_dir / "keys").iterdir()] == []

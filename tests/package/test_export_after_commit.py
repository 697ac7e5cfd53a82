"""A package's file and a key rotation follow the commit of the export's transaction: a commit that
fails (a full disk) leaves no signed file and no promoted key; a write that fails after the commit
leaves a gap in the sequence, which the province accepts."""

from __future__ import annotations

import errno


from dvc_desktop import atomic_files
from dvc_desktop.package import keys as keyfiles
from tests.package.conftest import UNIT_PASS, classify_some
from tests.package.test_flows import imported

NEW_PASS = "mật khẩu mới của sở"


def test_a_commit_that_fails_leaves_no_package_and_no_new_key(offices, request):
    classify_some(offices.unit, 3)
    assert offices.run(offices.unit, "keys", "generate", passphrase=NEW_PASS)[0] == 0
    keys = offices.unit / "keys"
    before = {p.name: p.read_bytes() for p in keys.iterdir()}
    out = offices.tmp / "full.dvcpkg"
    request.getfixturevalue("failing_commit")
    code, _, err = offices.run(offices.unit, "package", "export", str(out), passphrase=UNIT_PASS)
    assert code != 0 and "Ổ đĩa đã đầy" in err
    assert not out.exists() and not list(offices.tmp.glob("*.partial"))
    assert {p.name: p.read_bytes() for p in keys.iterdir()} == before  # the replacement key still waits


def test_a_write_that_fails_after_the_commit_leaves_a_gap_the_province_accepts(offices, monkeypatch):
    classify_some(offices.unit, 3)
    assert offices.run(offices.unit, "keys", "generate", passphrase=NEW_PASS)[0] == 0
    first = offices.tmp / "first.dvcpkg"
    real_write = atomic_files.atomic_write

    def full_disk_for_packages(path, data, mode=None):  # type: ignore[no-untyped-def]
        if path.suffix == ".dvcpkg":
            raise OSError(errno.ENOSPC, "No space left on device", str(path))
        return real_write(path, data, mode)

    import dvc_desktop.services.packages.export as packages  # where packages are written

    monkeypatch.setattr(packages, "atomic_write", full_disk_for_packages)
    code, _, err = offices.run(offices.unit, "package", "export", str(first), passphrase=UNIT_PASS)
    assert code != 0 and "Ổ đĩa đã đầy" in err and not first.exists()
    assert (offices.unit / "keys" / (keyfiles.NEXT_PREFIX + keyfiles.PRIVATE_FILE)).exists()  # not promoted

    monkeypatch.setattr(packages, "atomic_write", real_write)
    second = offices.tmp / "second.dvcpkg"
    code, out, _ = offices.run(offices.unit, "package", "export", str(second), passphrase=UNIT_PASS)
    assert code == 0 and "thông báo khóa mới" in out
    code, results, _ = imported(offices, second)
    assert code == 0 and results[0]["status"] == "imported" and results[0]["sequence"] == 2  # 1 is the gap
    # The rotation went through with the package that announced it: the new key signs from now on.
    third = offices.tmp / "third.dvcpkg"
    assert offices.run(offices.unit, "package", "export", str(third), passphrase=NEW_PASS)[0] == 0
    assert imported(offices, third)[1][0]["status"] == "imported"

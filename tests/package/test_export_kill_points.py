"""`package export` killed (SIGKILL, a real process) at each point of its work, during a key rotation:
before its transaction commits, after the commit and before the file is written, after the file is in
place and before the new key is promoted. Never two packages with one sequence number; the retry is
signed by a key the province knows, and the province accepts whatever the unit then sends."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from dvc_desktop.package import keys as keyfiles
from dvc_desktop.package.container import MANIFEST, PAYLOAD
from tests.package.conftest import UNIT_PASS, classify_some
from tests.package.test_flows import imported

REPO = Path(__file__).resolve().parents[2]
NEW_PASS = "mật khẩu mới của sở"

KILLED_EXPORT = r"""
import os, signal, sys
from dvc_desktop.package import keys
from dvc_desktop.services.packages import export as packages  # where packages are written
from dvc_desktop.store import audit

def die(*args, **kwargs):
    os.kill(os.getpid(), signal.SIGKILL)

point = sys.argv[1]
if point == "before-commit":  # everything recorded in the transaction, nothing committed
    real_record = audit.record
    def record(session, actor, action, *args, **kwargs):
        real_record(session, actor, action, *args, **kwargs)
        if action.startswith("package.export"):
            die()
    audit.record = record
elif point == "before-file":  # committed; the file not yet written
    packages.atomic_write = die
elif point == "before-rotation":  # the file in place; the new key not yet promoted
    keys.promote_next = die
from dvc_desktop.cli import main
sys.exit(main(sys.argv[2:]))
"""


def killed_export(offices, point: str, out: Path) -> None:
    env = dict(os.environ, DVC_KEY_PASSPHRASE=UNIT_PASS, PYTHONPATH=str(REPO), PYTHONUTF8="1")
    result = subprocess.run([sys.executable, "-c", KILLED_EXPORT, point, "--data-dir", str(offices.unit),
                             "package", "export", str(out)], env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == -signal.SIGKILL, (result.returncode, result.stderr)


def sequence_of(path: Path) -> int:
    import zipfile

    with zipfile.ZipFile(path) as outer, zipfile.ZipFile(outer.open(PAYLOAD)) as inner:
        return json.loads(inner.read(MANIFEST))["sequence"]


@pytest.mark.parametrize("point", ["before-commit", "before-file", "before-rotation"])
def test_a_killed_export_leaves_a_retry_the_province_accepts(offices, point):
    classify_some(offices.unit, 3)
    assert offices.run(offices.unit, "keys", "generate", passphrase=NEW_PASS)[0] == 0  # a rotation waits
    killed = offices.tmp / "killed.dvcpkg"
    killed_export(offices, point, killed)
    assert not list(offices.tmp.glob("*.partial")) and not list(offices.tmp.glob(".*.partial*"))
    keys = offices.unit / "keys"
    waiting = (keys / (keyfiles.NEXT_PREFIX + keyfiles.PRIVATE_FILE)).exists()
    assert waiting, "the new key was promoted although the export never finished"
    assert killed.exists() == (point == "before-rotation")

    retry = offices.tmp / "retry.dvcpkg"
    code, out, err = offices.run(offices.unit, "package", "export", str(retry), passphrase=UNIT_PASS)
    if point == "before-rotation":
        # The announcing package was written whole: the province may trust the new key already and
        # refuse the old one, so the unit completes the rotation and asks for the new key's passphrase.
        assert code != 0 and "khóa mới" in err and not retry.exists(), err
        assert not (keys / (keyfiles.NEXT_PREFIX + keyfiles.PRIVATE_FILE)).exists()
        code, out, err = offices.run(offices.unit, "package", "export", str(retry), passphrase=NEW_PASS)
    assert code == 0, err
    sent = [p for p in (killed, retry) if p.exists()]
    assert len({sequence_of(p) for p in sent}) == len(sent), "two packages with one sequence number"
    # The province receives what the unit has: the killed file too when it was written.
    for package in sent:
        code, results, err = imported(offices, package)
        assert code == 0 and results[0]["status"] == "imported", (package.name, results, err)
    # The rotation is complete: the new key signs, and the province knows it.
    after = offices.tmp / "after.dvcpkg"
    assert offices.run(offices.unit, "package", "export", str(after), passphrase=NEW_PASS)[0] == 0
    assert imported(offices, after)[1][0]["status"] == "imported"

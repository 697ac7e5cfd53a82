"""`demo` killed half-way (SIGKILL while the province receives the units' packages) leaves the store as
it was, not a half province that `status` and `publish` accept; the next `demo` builds it whole."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from dvc_desktop.cli import main

REPO = Path(__file__).resolve().parents[2]

KILLED_DEMO = r"""
import os, signal, sys
from dvc_desktop.demo import province as demo_province
from dvc_desktop.services import packages

calls = []
real = packages.import_packages
def import_then_die(*args, **kwargs):
    result = real(*args, **kwargs)
    calls.append(1)
    if len(calls) == 3:  # three units' packages in: the catalogue and part of the round are committed
        os.kill(os.getpid(), signal.SIGKILL)
    return result
packages.import_packages = import_then_die
demo_province.import_packages = import_then_die
from dvc_desktop.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_killed_province_demo_leaves_the_store_as_it_was(tmp_path, capsys):
    data = tmp_path / "tinh"
    assert main(["--data-dir", str(data), "init", "--role", "province", "--unit-code", "000.00.01.H59",
                 "--unit-name", "Văn phòng UBND tỉnh", "--province-code", "H59"]) == 0
    env = dict(os.environ, PYTHONPATH=str(REPO), PYTHONUTF8="1")
    result = subprocess.run([sys.executable, "-c", KILLED_DEMO, "--data-dir", str(data), "demo"], env=env,
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == -signal.SIGKILL, result.stderr[-2000:]
    with sqlite3.connect(data / "dvc-desktop.sqlite") as connection:
        assert connection.execute("SELECT count(*) FROM procedures").fetchone() == (0,)
        assert connection.execute("SELECT count(*) FROM package_imports").fetchone() == (0,)
    capsys.readouterr()
    assert main(["--data-dir", str(data), "status", "--json"]) == 0
    status = json.loads(capsys.readouterr().out)
    assert (status["procedures"], status["units"], status["round"]) == (0, [], None)
    # The next demo builds the whole province and sweeps what the killed one left.
    assert main(["--data-dir", str(data), "demo"]) == 0
    assert not (data / ".demo-building").exists()
    with sqlite3.connect(data / "dvc-desktop.sqlite") as connection:
        assert connection.execute("SELECT count(*) FROM procedures").fetchone()[0] > 0
        assert connection.execute("SELECT count(*) FROM package_imports").fetchone()[0] >= 15
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)

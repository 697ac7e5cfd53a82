"""A native crash (a segfault below Python, as a Qt bug gives) leaves its tracebacks in the crash log."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

CRASH = """
import sys
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from dvc_desktop.logs import configure_logging
configure_logging(Path(sys.argv[2]))
import faulthandler
def inside_the_window():
    faulthandler._sigsegv()
inside_the_window()
"""


def test_a_segfault_is_written_to_the_crash_log_with_its_traceback(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "PYTHONFAULTHANDLER"}
    done = subprocess.run([sys.executable, "-c", CRASH, str(ROOT), str(tmp_path)], capture_output=True, timeout=60,
                          env=env)
    assert done.returncode != 0
    log = (tmp_path / "dvc-desktop-crash.log").read_text(encoding="utf-8")
    assert "Segmentation fault" in log and "inside_the_window" in log

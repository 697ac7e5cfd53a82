"""The log is safe with the window and a command writing it at once: no record lost or mixed, even
across rotations."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from dvc_desktop.logs import LOG_FILE_NAME, SharedRotatingFileHandler

ROOT = Path(__file__).resolve().parents[1]
WRITER = """
import logging, sys
from pathlib import Path
from dvc_desktop.logs import SharedRotatingFileHandler
handler = SharedRotatingFileHandler(Path(sys.argv[1]), max_bytes=20_000, backups=40)
handler.setFormatter(logging.Formatter("%(message)s"))
log = logging.getLogger("writer")
log.addHandler(handler)
log.setLevel(logging.INFO)
print("ready", flush=True)
sys.stdin.readline()
for number in range(1500):
    log.info("%s %05d Nhật ký của một tiến trình, có tiếng Việt và đủ dài để đầy tệp nhanh", sys.argv[2], number)
"""


def test_two_processes_writing_and_rotating_lose_no_record(tmp_path):
    path = tmp_path / LOG_FILE_NAME
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(path), name], cwd=ROOT, text=True,
                                stdin=subprocess.PIPE, stdout=subprocess.PIPE) for name in ("window", "command")]
    for writer in writers:
        assert writer.stdout.readline().strip() == "ready"
    for writer in writers:  # both start together
        writer.stdin.write("go\n")
        writer.stdin.flush()
    for writer in writers:
        assert writer.wait(timeout=120) == 0
    lines = [line for file in tmp_path.glob(LOG_FILE_NAME + "*") if not file.name.endswith(".lock")
             for line in file.read_text(encoding="utf-8").splitlines()]
    pattern = re.compile(r"^(window|command) (\d{5}) Nhật ký của một tiến trình, có tiếng Việt và đủ dài để đầy tệp nhanh$")
    assert all(pattern.match(line) for line in lines)  # none mixed with another
    for name in ("window", "command"):
        numbers = sorted(int(m.group(2)) for line in lines if (m := pattern.match(line)) and m.group(1) == name)
        assert numbers == list(range(1500)), name  # none lost, none twice
    assert len(list(tmp_path.glob(LOG_FILE_NAME + ".*[0-9]"))) > 3  # it did rotate


def test_the_oldest_file_goes_when_the_backups_are_full(tmp_path):
    import logging

    handler = SharedRotatingFileHandler(tmp_path / LOG_FILE_NAME, max_bytes=200, backups=2)
    handler.setFormatter(logging.Formatter("%(message)s"))
    for number in range(40):
        handler.emit(logging.makeLogRecord({"msg": f"dòng {number:03d} " + "x" * 40}))
    names = sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock"))
    assert names == [LOG_FILE_NAME, LOG_FILE_NAME + ".1", LOG_FILE_NAME + ".2"]
    assert "dòng 039" in (tmp_path / LOG_FILE_NAME).read_text(encoding="utf-8")

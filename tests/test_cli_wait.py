"""Two commands at once on one store: the second waits for the lock up to `--wait` seconds, saying so,
instead of failing at once (a scheduled export while the window saves)."""

from __future__ import annotations

import threading
import time

from dvc_desktop.cli import main
from dvc_desktop.store.lock import StoreLock

INIT = ["init", "--role", "province", "--unit-code", "000.00.01.H40", "--unit-name", "Văn phòng UBND tỉnh",
        "--province-code", "H40", "--province-name", "Tỉnh Thử Nghiệm"]
# A command that writes: one that only reads (status, backup…) runs beside the other session instead.
OPEN_ROUND = ["round", "open", "--name", "Đợt 1", "--basis", "Công văn 1", "--deadline", "2027-01-31"]


def test_a_command_waits_for_the_other_session_then_runs(data_dir, capsys):
    assert main(INIT) == 0
    other = StoreLock(data_dir)
    other.acquire()
    releaser = threading.Timer(0.4, other.release)
    releaser.start()
    started = time.monotonic()
    try:
        assert main(["--wait", "10", *OPEN_ROUND]) == 0
    finally:
        releaser.join()
    assert time.monotonic() - started < 9
    assert "chờ tối đa 10 giây" in capsys.readouterr().err


def test_past_the_wait_it_is_refused_naming_the_other_session(data_dir, capsys):
    assert main(INIT) == 0
    other = StoreLock(data_dir)
    other.acquire()
    try:
        assert main(["--wait", "0.3", *OPEN_ROUND]) == 1
    finally:
        other.release()
    err = capsys.readouterr().err
    assert "chờ tối đa 0.3 giây" in err and "đang được một phiên DVC Desktop khác sử dụng" in err
    assert main(["--wait", "0", "status"]) == 0  # free again


def test_a_command_that_only_reads_does_not_wait(data_dir, capsys):
    assert main(INIT) == 0
    other = StoreLock(data_dir)
    other.acquire()
    try:
        started = time.monotonic()
        assert main(["--wait", "10", "status", "--json"]) == 0
        assert time.monotonic() - started < 5
    finally:
        other.release()
    assert "chờ tối đa" not in capsys.readouterr().err

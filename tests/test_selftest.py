"""`dvc-desktop --self-test`, run in-process: every step passes, a failure is named, nothing is left behind."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest

from dvc_desktop import selftest
from dvc_desktop.cli import main


@pytest.fixture()
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> Path:
    """tempfile's folder, watched for leftovers; the user's store, log and settings point at folders
    that must not come into being. (`qapp`: a QApplication, so widget tests later in the run still work.)"""
    folder = tmp_path / "tmp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    monkeypatch.setenv("DVC_DATA_DIR", str(tmp_path / "user-data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "user-state"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "user-config"))
    return folder


def _untouched(scratch: Path) -> None:
    assert list(scratch.iterdir()) == []
    for name in ("user-data", "user-state", "user-config"):
        assert not (scratch.parent / name).exists()


def test_every_step_passes_and_nothing_is_left_behind(scratch, capsys):
    assert main(["--self-test"]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    names = [name for name, _step in selftest.steps()]
    assert len(names) >= 10
    assert [line.split(" (")[0] for line in lines[:-1]] == [f"OK {name}" for name in names] + ["OK xóa thư mục tạm"]
    assert all(line.rstrip().endswith(" s)") for line in lines[:-1])
    assert lines[-1].startswith(f"Tự kiểm tra đạt: {len(names) + 1} bước")
    assert err == ""
    _untouched(scratch)


def test_a_failing_step_is_named_and_the_rest_skipped(scratch, capsys, monkeypatch):
    def refuse(run):
        raise selftest.StepFailed("gói bị hỏng")

    monkeypatch.setattr(selftest, "_verify", refuse)
    assert main(["--self-test"]) == 1
    out, err = capsys.readouterr()
    assert "FAILED kiểm tra gói: gói bị hỏng" in out.splitlines()
    assert "SKIPPED nhập gói tại tỉnh" in out and "SKIPPED báo cáo PDF" in out
    assert "OK xuất gói của đơn vị" in out and "OK xóa thư mục tạm" in out
    assert "KHÔNG ĐẠT: 1 bước lỗi" in out.splitlines()[-1]
    assert err == ""  # an expected refusal needs no traceback
    _untouched(scratch)


def test_an_unexpected_error_shows_its_traceback(scratch, capsys, monkeypatch):
    def crash(run):
        raise ZeroDivisionError("division by zero")

    monkeypatch.setattr(selftest, "_catalogue", crash)
    assert selftest.run_self_test() == 1
    out, err = capsys.readouterr()
    assert "FAILED nhập danh mục từ Excel: ZeroDivisionError: division by zero" in out
    assert "Traceback" in err and "crash" in err
    _untouched(scratch)  # the stores opened before the failure were closed and removed


def test_the_flag_is_in_the_help(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "--self-test" in capsys.readouterr().out

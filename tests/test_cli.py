"""The command line as a script would use it: exit codes, --json shapes, messages."""

import json
import os
import resource
import signal
import subprocess
import sys

import pytest

from dvc_desktop.cli import main

INIT = ["init", "--role", "department", "--unit-code", "000.00.13.H59", "--unit-name", "Sở Tư pháp",
        "--province-code", "H59", "--province-name", "Tỉnh Sơn Hà", "--province-domain", "sonha.gov.vn"]


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_init_demo_status_json(data_dir, capsys):
    assert run(capsys, *INIT)[0] == 0
    code, out, _ = run(capsys, "demo", "--json")
    assert code == 0 and json.loads(out)["procedures"] >= 1500
    code, out, _ = run(capsys, "status", "--json")
    report = json.loads(out)
    assert code == 0
    assert {"role", "unit", "procedures", "units"} <= set(report)
    assert report["role"] == "department" and report["unit"] == "000.00.13.H59"
    assert all(u["state"] in ("on_time", "incomplete", "late", "never") for u in report["units"])


def test_human_status_is_vietnamese(data_dir, capsys):
    run(capsys, *INIT)
    code, out, _ = run(capsys, "status")
    assert code == 0 and "Sở Tư pháp (000.00.13.H59)" in out and "chưa nộp" in out


def test_usage_errors_exit_2(data_dir, capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["init", "--role", "mayor"])
    assert exit_info.value.code == 2
    capsys.readouterr()
    code, _, err = run(capsys, "init", "--role", "department", "--unit-code", "000.00.13.H59",
                       "--unit-name", "Sở Tư pháp", "--province-code", "H99")
    assert code == 2 and err.startswith("dvc-desktop: ") and "H99" in err and err.count("\n") == 1


def test_status_before_init_exits_2_with_a_hint(data_dir, capsys):
    code, _, err = run(capsys, "status")
    assert code == 2 and "dvc-desktop init" in err


def test_data_dir_option_wins_over_environment(data_dir, tmp_path, capsys):
    other = tmp_path / "other"
    assert run(capsys, "--data-dir", str(other), *INIT)[0] == 0
    assert (other / "dvc-desktop.sqlite").exists()
    assert not (data_dir / "dvc-desktop.sqlite").exists()


def test_backup_command(data_dir, tmp_path, capsys):
    run(capsys, *INIT)
    code, out, _ = run(capsys, "backup", str(tmp_path / "b.sqlite"))
    assert code == 0 and (tmp_path / "b.sqlite").stat().st_size > 0 and "Đã sao lưu" in out


def test_demo_flag_uses_a_throwaway_store(data_dir, capsys):
    code, out, _ = run(capsys, "--demo", "status", "--json")
    assert code == 0 and json.loads(out)["procedures"] >= 1500
    assert not data_dir.exists()


def _limit_file_size():
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # get EFBIG instead of being killed
    resource.setrlimit(resource.RLIMIT_FSIZE, (600_000, 600_000))


def test_a_full_disk_is_a_clear_message_and_the_store_stays_usable(data_dir, capsys):
    run(capsys, *INIT)
    env = {**os.environ, "DVC_DATA_DIR": str(data_dir)}
    result = subprocess.run([sys.executable, "-m", "dvc_desktop", "demo"], env=env, capture_output=True,
                            text=True, preexec_fn=_limit_file_size, timeout=120)
    assert result.returncode == 1
    assert "Ổ đĩa đã đầy" in result.stderr and "không mong đợi" not in result.stderr
    code, out, _ = run(capsys, "status", "--json")
    assert code == 0 and json.loads(out)["procedures"] == 0  # all or nothing


def test_demo_province_flag_gives_a_throwaway_provincial_office(capsys):
    assert main(["--demo-province", "status", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    states = {u["state"] for u in report["units"]}
    assert report["role"] == "province" and report["unit"] == "000.00.01.H59"
    assert "late" in states and states & {"on_time", "changed"}
    assert main(["--demo", "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["role"] == "department"


def test_an_explicit_passphrase_file_wins_over_the_environment(data_dir, tmp_path, monkeypatch, capsys):
    """The option said on this command line wins over a variable set for the whole session."""
    from dvc_desktop.package.keys import SigningKeyError, unlock

    assert main(["init", "--role", "department", "--unit-code", "000.00.13.H59", "--unit-name", "Sở Tư pháp",
                 "--province-code", "H59"]) == 0
    secret = tmp_path / "mat-khau.txt"
    secret.write_text("mật khẩu trong tệp\n", encoding="utf-8")
    monkeypatch.setenv("DVC_KEY_PASSPHRASE", "mật khẩu của phiên")
    assert main(["--passphrase-file", str(secret), "keys", "generate"]) == 0
    unlock(data_dir / "keys", "mật khẩu trong tệp")
    with pytest.raises(SigningKeyError):
        unlock(data_dir / "keys", "mật khẩu của phiên")

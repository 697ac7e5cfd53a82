"""Commands that only read run while another session (the window) holds the store, as the README
promises for `backup`; a command that writes is still refused with the holder named."""

from __future__ import annotations

import sqlite3

import pytest

from dvc_desktop.cli import main
from tests.conftest import demo_province
from tests.store.test_store import _holder

BUSY = "đang được một phiên"


@pytest.fixture()
def held_province(tmp_path):
    data = demo_province(tmp_path / "province")
    holder = _holder(data)  # a process with the store open, as the window has it
    yield data
    holder.kill()
    holder.wait()


def run(capsys, data, *argv):
    capsys.readouterr()
    options = [argv[0], argv[1]] if argv[0] == "--wait" else []
    code = main(["--data-dir", str(data), *options, *argv[len(options):]])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("argv", [
    ("status", "--json"),
    ("checks", "--json"),
    ("indicators", "--json"),
    ("backup", "{tmp}/sao-luu.dvcbak"),
    ("publish", "{tmp}/danh-muc.xlsx", "--kind", "draft"),
    ("report", "{tmp}/bao-cao.pdf"),
])
def test_a_command_that_only_reads_runs_beside_the_window(held_province, tmp_path, capsys, argv):
    argv = tuple(a.format(tmp=tmp_path) for a in argv)
    code, out, err = run(capsys, held_province, *argv)
    assert code == 0, err
    assert BUSY not in err
    if argv[0] in ("backup", "publish", "report"):
        assert (tmp_path / argv[1].rsplit("/", 1)[1]).stat().st_size > 0


def test_publish_beside_the_window_records_its_publication(held_province, tmp_path, capsys):
    code, _, err = run(capsys, held_province, "publish", str(tmp_path / "dm.xlsx"), "--kind", "draft")
    assert code == 0, err
    with sqlite3.connect(held_province / "dvc-desktop.sqlite") as connection:
        assert connection.execute("SELECT count(*) FROM publications").fetchone()[0] == 1


def test_package_verify_runs_beside_the_window(held_province, tmp_path, capsys):
    package = tmp_path / "goi.dvcpkg"
    package.write_bytes(b"PK\x05\x06" + bytes(18))
    code, _, err = run(capsys, held_province, "package", "verify", str(package))
    assert code == 3 and BUSY not in err  # it looked at the package: refused for what it is


def test_a_command_that_writes_is_still_refused(held_province, capsys):
    code, _, err = run(capsys, held_province, "--wait", "0", "round", "open", "--name", "Đợt 2", "--basis",
                       "Công văn 1", "--deadline", "2027-01-31")
    assert code != 0 and BUSY in err

"""A store on a network folder is refused with what to do instead; a lock another computer left shows
that computer and the time, and is taken over only on the user's explicit word, audited."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from dvc_desktop.cli import main
from dvc_desktop.store import network
from dvc_desktop.store.files import DB_FILE_NAME
from dvc_desktop.store.lock import StoreLock, StoreLockedError


def left_by_another_computer(data_dir: Path, host: str = "MAY-KE-TOAN") -> None:
    """The lock file QLockFile writes (pid, application, host), as a crashed session on `host` leaves it."""
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / StoreLock.FILE_NAME).write_text(f"4242\ndvc-desktop\n{host}\n", encoding="utf-8")


def test_a_lock_from_another_computer_names_it_and_the_time(data_dir, capsys):
    assert main(["status"]) in (0, 2)  # creates the store
    left_by_another_computer(data_dir)
    capsys.readouterr()
    assert main(["--wait", "0", "status"]) == 1
    err = capsys.readouterr().err
    assert "MAY-KE-TOAN" in err and "4242" in err and "--take-over-lock" in err and "tiến trình 0" not in err


def test_taking_over_another_computers_lock_is_explicit_and_audited(data_dir, capsys):
    assert main(["status"]) in (0, 2)
    left_by_another_computer(data_dir)
    capsys.readouterr()
    assert main(["--wait", "0", "--take-over-lock", "status"]) in (0, 2)
    assert "Đã giành lại khóa dữ liệu từ máy MAY-KE-TOAN" in capsys.readouterr().err
    with sqlite3.connect(data_dir / DB_FILE_NAME) as connection:
        rows = connection.execute("SELECT details FROM audit_log WHERE action = 'store.lock.take_over'").fetchall()
    assert len(rows) == 1 and "MAY-KE-TOAN" in rows[0][0]
    assert not (data_dir / StoreLock.FILE_NAME).exists()  # released when the command ended
    assert main(["--wait", "0", "status"]) in (0, 2)


def test_a_live_session_on_this_computer_is_never_taken_over(data_dir, capsys):
    holder = StoreLock(data_dir)
    data_dir.mkdir(parents=True, exist_ok=True)
    holder.acquire()
    try:
        with pytest.raises(StoreLockedError) as refused:
            StoreLock(data_dir).acquire()
        assert not refused.value.other_host
        assert main(["--wait", "0", "--take-over-lock", "demo"]) == 1  # a command that writes
        assert "đang được một phiên DVC Desktop khác sử dụng" in capsys.readouterr().err
    finally:
        holder.release()


MOUNTS = [("/", "ext4"), ("/mnt/chung", "cifs"), ("/mnt/chung/local", "ext4"), ("/home/u/nfs home", "nfs4"),
          ("/media/usb", "vfat")]


@pytest.mark.parametrize("folder, kind", [
    ("/mnt/chung/dvc", "cifs"), ("/mnt/chung", "cifs"), ("/mnt/chung/local/dvc", None), ("/mnt/chungx", None),
    ("/home/u/nfs home/dvc", "nfs4"), ("/media/usb/dvc", None), ("/home/u/dvc", None)])
def test_the_mount_holding_a_folder_decides(folder, kind):
    assert network.linux_kind(Path(folder), MOUNTS) == kind


@pytest.mark.parametrize("path, remote", [(r"\\may-chu\chia-se\dvc", True), ("//may-chu/chia-se/dvc", True),
                                          (r"C:\Users\vt\dvc", False), (r"D:\dvc", False)])
def test_a_unc_path_is_a_network_folder(path, remote):
    assert bool(network.unc_kind(path)) == remote


@pytest.mark.skipif(not network.sys.platform.startswith("linux"), reason="the Linux mount table")
def test_a_store_on_a_network_folder_is_refused_with_what_to_do(data_dir, monkeypatch, capsys):
    data_dir.mkdir(parents=True)
    monkeypatch.setattr(network, "_mount_table", lambda: [("/", "ext4"), (str(data_dir.parent), "cifs")])
    assert main(["status"]) == 1
    err = capsys.readouterr().err
    assert "thư mục mạng" in err and "cifs" in err and "máy chủ dùng chung" in err
    assert list(data_dir.iterdir()) == []  # not even a lock file


@pytest.mark.parametrize("content", [b"", b"\xff\xfe garbage"])
def test_an_empty_or_unreadable_old_lock_file_is_stale(data_dir, capsys, caplog, content):
    import os
    import time

    assert main(["status"]) in (0, 2)
    lock = data_dir / StoreLock.FILE_NAME
    lock.write_bytes(content)  # a crash right after creating it
    old = time.time() - 60
    os.utime(lock, (old, old))
    capsys.readouterr()
    assert main(["--wait", "0", "status"]) in (0, 2)
    assert "đang được một phiên" not in capsys.readouterr().err
    assert any("taken over as stale" in r.message for r in caplog.records)


def test_a_lock_file_being_written_is_not_taken(data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / StoreLock.FILE_NAME).write_bytes(b"")  # just created by another session, not yet written
    with pytest.raises(StoreLockedError):
        StoreLock(data_dir).acquire()


def test_take_over_is_also_spelled_take_over(data_dir, capsys):
    assert main(["status"]) in (0, 2)
    left_by_another_computer(data_dir)
    capsys.readouterr()
    assert main(["--wait", "0", "--take-over", "status"]) in (0, 2)
    assert "MAY-KE-TOAN" in capsys.readouterr().err

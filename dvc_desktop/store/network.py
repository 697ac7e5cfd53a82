"""A store on a network or shared folder is refused: SQLite's WAL needs shared memory that only one
machine can see, and a lock left by another computer can never be checked (its process ids are that
computer's). One computer per store; several computers share the provincial office's server instead.

Windows: a UNC path (`\\\\server\\share`) or a drive letter whose type is DRIVE_REMOTE. Linux: the
file system type of the mount holding the folder (/proc/self/mounts). Other systems are not checked.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PureWindowsPath

from dvc_desktop.i18n import translate

# Linux file systems that live on another machine (FUSE ones are reported as `fuse.NAME`).
NETWORK_FILE_SYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs", "lustre", "gpfs",
    "fuse.sshfs", "sshfs", "fuse.rclone", "fuse.s3fs", "davfs", "fuse.davfs2", "fuse.gvfsd-fuse", "fuse.glusterfs",
})
DRIVE_REMOTE = 4  # GetDriveTypeW


class NetworkFolderError(RuntimeError):
    """The data folder is on a network or shared drive."""


def network_kind(folder: Path) -> str | None:
    """What makes `folder` a network folder ("cifs", "ổ mạng", "đường dẫn UNC"), or None for a local one."""
    if sys.platform == "win32":
        return _windows_kind(str(folder))
    if sys.platform.startswith("linux"):
        return linux_kind(folder, _mount_table())
    return None


def unc_kind(path: str) -> str | None:
    return translate("store", "đường dẫn mạng") if PureWindowsPath(path).drive.startswith(("\\\\", "//")) else None


def _windows_kind(path: str) -> str | None:
    found = unc_kind(path)
    if found:
        return found
    import ctypes

    drive = PureWindowsPath(os.path.abspath(path)).drive
    if drive and ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == DRIVE_REMOTE:  # type: ignore[attr-defined]
        return translate("store", "ổ mạng {drive}", drive=drive)
    return None


def _mount_table() -> list[tuple[str, str]]:
    """(mount point, file system type) of every mount, from /proc/self/mounts."""
    try:
        with open("/proc/self/mounts", encoding="utf-8", errors="replace") as handle:
            lines = handle.read().splitlines()
    except OSError:
        return []
    table = []
    for line in lines:
        fields = line.split()
        if len(fields) >= 3:  # the kernel writes a space in a mount point as \040
            table.append((fields[1].replace("\\040", " ").replace("\\011", "\t"), fields[2]))
    return table


def linux_kind(folder: Path, table: list[tuple[str, str]]) -> str | None:
    """The network file system type of the mount holding `folder` (the longest mount point above it)."""
    path = os.path.realpath(folder)
    best, kind = "", ""
    for point, file_system in table:
        inside = path == point or path.startswith(point.rstrip("/") + "/") or point == "/"
        if inside and len(point) >= len(best):
            best, kind = point, file_system
    return kind if kind in NETWORK_FILE_SYSTEMS else None


def refuse_network_folder(folder: Path) -> None:
    """NetworkFolderError, with what to do instead, when `folder` is on a network or shared drive."""
    existing = folder
    while not existing.exists() and existing.parent != existing:
        existing = existing.parent
    kind = network_kind(existing)
    if kind:
        raise NetworkFolderError(translate(
            "store", "Thư mục dữ liệu {path} nằm trên thư mục mạng hoặc thư mục dùng chung ({kind}). Kho dữ liệu "
                     "của DVC Desktop phải ở trên ổ đĩa của chính máy này: qua mạng, hai máy cùng mở một kho có thể "
                     "làm hỏng dữ liệu, và khóa của máy khác không tự gỡ được. Mỗi máy một kho dữ liệu (chọn thư mục "
                     "trên ổ C: hoặc ổ đĩa gắn vào máy); muốn nhiều máy dùng chung, hãy dùng máy chủ dùng chung của "
                     "Văn phòng UBND tỉnh.", path=folder, kind=kind))

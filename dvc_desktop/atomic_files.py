"""Files written whole or not at all: the one place that renames a finished file into place.

A writer fills a `.partial` file in the target's folder (same disk, so the rename is atomic), the
partial is flushed to disk, renamed over the target and the folder is flushed so the rename itself
survives a power cut. On any error the partial (and an SQLite journal beside it) is removed, so a
full disk or a cancelled job never leaves a half file under the final name or a stray partial.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator

PARTIAL_SUFFIX = ".partial"
# SQLite may create these beside a database it writes; they belong to the partial too.
_COMPANIONS = ("-journal", "-wal", "-shm")


def partial_of(path: Path) -> Path:
    return path.with_name(path.name + PARTIAL_SUFFIX)


def remove_partial(path: Path) -> None:
    """Remove what an interrupted write of `path` left behind (after a kill the cleanup never ran)."""
    partial = partial_of(path)
    for leftover in (partial, *(partial.with_name(partial.name + c) for c in _COMPANIONS)):
        leftover.unlink(missing_ok=True)


def remove_stale_partials(folder: Path) -> None:
    """Remove every partial in a folder only this application writes (the store's `backups/`), left
    by a process killed while writing; call it while holding the store's lock."""
    if folder.is_dir():
        for leftover in folder.glob("*" + PARTIAL_SUFFIX + "*"):
            leftover.unlink(missing_ok=True)


class IncompleteOutput(OSError):
    """The written file, read back, is not whole (a writer that does not report its write errors, such
    as Qt's PDF writer on a full disk); the earlier file was kept."""


@contextmanager
def atomic_path(path: Path, whole: Callable[[Path], bool] | None = None) -> Iterator[Path]:
    """Yield the partial file's path to write; once the block ends it becomes `path`.

    `whole(partial)`: read the result back before it replaces anything; a file that fails it is
    removed and the earlier file kept (IncompleteOutput, or the full disk it was)."""
    path = Path(path)
    remove_partial(path)
    partial = partial_of(path)
    try:
        yield partial
        _fsync_file(partial)
        if whole is not None and not whole(partial):
            raise _incomplete(path)
        os.replace(partial, path)
    except BaseException:
        remove_partial(path)
        raise
    fsync_folder(path.parent)


def _incomplete(path: Path) -> OSError:
    import errno
    import shutil

    try:
        if shutil.disk_usage(path.parent).free < 1_048_576:
            return OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(path))
    except OSError:
        pass
    return IncompleteOutput(errno.EIO, f"{path.name}: the file read back is not whole", str(path))


def atomic_write(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write `data` to `path` whole or not at all, read back before it replaces anything; `mode`:
    permissions for a new file (e.g. 0o600)."""
    with atomic_path(path, lambda written: written.read_bytes() == data) as partial:
        flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
        descriptor = os.open(partial, flags, 0o644 if mode is None else mode)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)


def zip_is_whole(path: Path) -> bool:
    """A workbook (or any zip) whose every member reads back with its CRC."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as archive:
            return archive.testzip() is None
    except (zipfile.BadZipFile, OSError, EOFError):
        return False


def pdf_is_whole(path: Path, pages: int | None = None) -> bool:
    """A PDF that begins and ends as one (`%PDF-` … `%%EOF`) and, when `pages` is given, counts them."""
    import re

    try:
        data = path.read_bytes()
    except OSError:
        return False
    if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
        return False
    if pages is None:
        return True
    counts = [int(n) for n in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", data)]
    counts += [int(n) for n in re.findall(rb"/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", data)]
    return pages in counts


class Staged:
    """A finished file kept under the target's partial name until `place()` puts it under its own."""

    def __init__(self, target: Path) -> None:
        self.target = Path(target)
        self.path = partial_of(self.target)

    def place(self) -> None:
        move(self.path, self.target)


@contextmanager
def staged_output(target: Path) -> Iterator[Staged]:
    """Write a file now, put it in place later (after the transaction recording it has committed).

    A target another program holds (Excel on Windows) is found before anything is written or
    recorded: PermissionError at once. Whatever was not placed when the block ends is removed."""
    target = Path(target)
    if target.exists():
        with open(target, "r+b"):  # Windows refuses this while Excel has the file open
            pass
    staged = Staged(target)
    remove_partial(staged.path)
    remove_partial(target)
    try:
        yield staged
    finally:
        remove_partial(staged.path)
        remove_partial(target)


def move(source: Path, target: Path) -> None:
    """Rename `source` over `target` (same folder or disk) durably."""
    os.replace(source, target)
    fsync_folder(Path(target).parent)


def _fsync_file(path: Path) -> None:
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """POSIX: make a rename in `folder` durable. Windows has no folder handles to flush (NTFS journals it)."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    descriptor = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)

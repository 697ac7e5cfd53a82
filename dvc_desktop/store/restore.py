"""Putting a backup back: `dvc-desktop restore BACKUP.sqlite`.

The backup is checked before anything moves (a whole SQLite file, `integrity_check` ok, a schema
revision this version knows); the damaged store and the current `keys/` are kept aside under
dated names, never deleted; the backup's store and the key files it carries take their place.
The caller holds the data folder's lock and writes the audit entry once the store opens.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path, PurePosixPath

from dvc_desktop.atomic_files import atomic_write, move
from dvc_desktop.i18n import translate
from dvc_desktop.store.backup import FILES_TABLE
from dvc_desktop.store.files import DB_FILE_NAME
from dvc_desktop.store.revision import VERSION_TABLE, known_revisions

MAX_BACKUP_BYTES = 4 * 1024 ** 3
KEYS_FOLDER = "keys"


class RestoreRefused(RuntimeError):
    """The backup cannot be restored; nothing was changed."""


@dataclass(frozen=True)
class Restored:
    backup: Path
    revision: str
    set_aside: tuple[Path, ...]  # the store and keys kept aside
    key_files: tuple[str, ...]  # the key files written back from the backup


def _refuse(text: str, **params: object) -> RestoreRefused:
    return RestoreRefused(translate("restore", text, **params))


def read_backup(path: Path) -> tuple[bytes, str, dict[str, bytes]]:
    """The store's bytes (without the carried files), its revision and the carried files; refused
    with a reason when the file is not a sound backup of a store this version knows."""
    if not path.is_file():
        raise _refuse("Không thấy tệp sao lưu {path}.", path=path)
    if path.stat().st_size > MAX_BACKUP_BYTES:
        raise _refuse("Tệp {name} quá lớn để là bản sao lưu của DVC Desktop.", name=path.name)
    with open(path, "rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise _refuse("Tệp {name} không phải bản sao lưu (không phải tệp SQLite).", name=path.name)
    source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        copy = sqlite3.connect(":memory:")
        try:
            copy.execute("PRAGMA temp_store = MEMORY")  # VACUUM below: no temporary file on the disk
            source.backup(copy)
            verdict = copy.execute("PRAGMA integrity_check").fetchone()[0]
            if verdict != "ok":
                raise _refuse("Bản sao lưu {name} cũng bị hỏng ({verdict}); hãy dùng bản sao lưu khác.",
                              name=path.name, verdict=verdict)
            tables = {row[0] for row in copy.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = (copy.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchone() or [None])[0] \
                if VERSION_TABLE in tables else None
            if revision is None or "settings" not in tables:
                raise _refuse("Tệp {name} không phải bản sao lưu của DVC Desktop.", name=path.name)
            if revision not in known_revisions():
                raise _refuse("Bản sao lưu {name} do phiên bản DVC Desktop mới hơn tạo ra; hãy cập nhật "
                              "phần mềm rồi khôi phục.", name=path.name)
            files: dict[str, bytes] = {}
            if FILES_TABLE in tables:
                files = {name: bytes(content) for name, content in copy.execute(
                    f"SELECT name, content FROM {FILES_TABLE}")}
                copy.execute(f"DROP TABLE {FILES_TABLE}")
                copy.commit()
                copy.execute("VACUUM")
            image = bytearray(copy.serialize())
        finally:
            copy.close()
    except sqlite3.DatabaseError as error:
        from dvc_desktop.store.disk import is_disk_full

        if is_disk_full(error):
            raise
        raise _refuse("Bản sao lưu {name} cũng bị hỏng ({verdict}); hãy dùng bản sao lưu khác.",
                      name=path.name, verdict=error) from error
    finally:
        source.close()
    image[18] = image[19] = 1  # a rollback-journal file; the store switches it to WAL when it opens
    for name in files:
        parts = PurePosixPath(name).parts
        if not parts or parts[0] != KEYS_FOLDER or ".." in parts or PurePosixPath(name).is_absolute() or \
                len(parts) != 2:
            raise _refuse("Bản sao lưu {name} chứa tệp không hợp lệ: {file}", name=path.name, file=name)
    return bytes(image), revision, files


STAGED_STORE = DB_FILE_NAME + ".restoring"
STAGED_KEYS = KEYS_FOLDER + ".restoring"


def restore_files(data_dir: Path, backup: Path) -> Restored:
    """Check `backup`, keep the current store and keys aside, put the backup's in their place.

    Everything that needs space is written first, under staging names (a full disk stops the restore
    there, nothing changed); then only renames: the current files aside, the staged ones in place.
    A restore killed between the two is finished by the next open (`finish_interrupted_restore`)."""
    image, revision, files = read_backup(backup)
    store, keys = data_dir / DB_FILE_NAME, data_dir / KEYS_FOLDER
    staged_store, staged_keys = data_dir / STAGED_STORE, data_dir / STAGED_KEYS
    _remove_staging(data_dir)
    try:
        if files:
            staged_keys.mkdir()
            for name, content in sorted(files.items()):
                atomic_write(staged_keys / PurePosixPath(name).name, content,
                             0o600 if name.endswith(".pem") else None)
        atomic_write(staged_store, image)  # last: its presence means everything is staged
    except BaseException:
        _remove_staging(data_dir)
        raise
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    aside: list[Path] = []
    for suffix in ("", "-wal", "-shm"):
        current = store.with_name(store.name + suffix)
        if current.exists():
            kept = data_dir / f"{DB_FILE_NAME}{suffix}.truoc-khoi-phuc-{stamp}"
            move(current, kept)
            aside.append(kept)
    if files and keys.exists() and any(keys.iterdir()):
        kept = data_dir / f"{KEYS_FOLDER}.truoc-khoi-phuc-{stamp}"
        move(keys, kept)
        aside.append(kept)
    _place_staged(data_dir)
    return Restored(backup, revision, tuple(aside), tuple(sorted(files)))


def _place_staged(data_dir: Path) -> None:
    staged_keys = data_dir / STAGED_KEYS
    if staged_keys.exists():
        import shutil

        shutil.rmtree(data_dir / KEYS_FOLDER, ignore_errors=True)  # emptied or kept aside already
        move(staged_keys, data_dir / KEYS_FOLDER)
    move(data_dir / STAGED_STORE, data_dir / DB_FILE_NAME)


def _remove_staging(data_dir: Path) -> None:
    import shutil

    (data_dir / STAGED_STORE).unlink(missing_ok=True)
    shutil.rmtree(data_dir / STAGED_KEYS, ignore_errors=True)


def finish_interrupted_restore(data_dir: Path) -> None:
    """A restore killed after setting the current store aside: put the staged backup in place (the
    store would otherwise open as a new, empty one). One killed before that is undone."""
    if not (data_dir / STAGED_STORE).exists():
        _remove_staging(data_dir)  # staging cut short: the restore had not begun to change anything
        return
    if (data_dir / DB_FILE_NAME).exists():
        _remove_staging(data_dir)
        return
    # The old store went aside first; a -wal or -shm left beside it is the old store's, and must not
    # be replayed into the restored one.
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for suffix in ("-wal", "-shm"):
        leftover = data_dir / (DB_FILE_NAME + suffix)
        if leftover.exists():
            move(leftover, data_dir / f"{DB_FILE_NAME}{suffix}.truoc-khoi-phuc-{stamp}")
    _place_staged(data_dir)

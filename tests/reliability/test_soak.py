"""The soak: kill -9 at random points of every operation that writes, and a full disk at each write point;
after each, the store passes `integrity_check`, the audit log agrees with what it logs, no file is half
written under its final name, and the next command works.

    DVC_SOAK_ROUNDS=40 .venv/bin/python -m pytest tests/reliability -p no:randomly -q   # the figures of docs/reliability.md

The suite (and CI) runs it with DVC_SOAK_ROUNDS=2.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import shutil
import random
import resource
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from dvc_desktop.cli import main
from dvc_desktop.store.files import DB_FILE_NAME
from dvc_desktop.store.restore import STAGED_STORE
from tests.reliability.conftest import ROUNDS, UNIT_PASS, Stores

pytestmark = [pytest.mark.soak,
              pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL and RLIMIT_FSIZE are POSIX")]

REPO = Path(__file__).resolve().parents[2]
SEED = int(os.environ.get("DVC_SOAK_SEED", "20261204"))
FIGURES: dict[str, dict[str, int]] = {}  # operation → kills, completed before the kill, disk-full points


@dataclass
class Operation:
    name: str
    store: Callable[[Stores], Path]
    argv: Callable[[Stores, int], list[str]]  # round → the command's arguments
    passphrase: str | None = None
    output: Callable[[Stores, int], Path | None] = lambda _stores, _round: None
    whole: Callable[[Path], bool] = lambda _path: True  # an output under its final name is whole
    fresh: bool = False  # each round starts again from the built stores (an import imports once)


def _package_whole(path: Path) -> bool:
    from dvc_desktop.package.container import open_container, read_file

    try:
        open_container(read_file(path))
    except Exception:  # noqa: BLE001
        return False
    return True


def _xlsx_whole(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as archive:
            return archive.testzip() is None
    except zipfile.BadZipFile:
        return False


def _sqlite_whole(path: Path) -> bool:
    try:
        with sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True) as connection:
            return connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    except sqlite3.DatabaseError:
        return False


OPERATIONS = [
    Operation("package export", lambda s: s.unit,
              lambda s, n: ["package", "export", str(s.root / f"out-{n}.dvcpkg")], UNIT_PASS,
              lambda s, n: s.root / f"out-{n}.dvcpkg", _package_whole),
    Operation("package import", lambda s: s.province,
              lambda s, n: ["package", "import", str(s.root / "package.dvcpkg")], fresh=True),
    Operation("publication", lambda s: s.province,
              lambda s, n: ["publish", str(s.root / f"danh-muc-{n}.xlsx"), "--kind", "draft"], None,
              lambda s, n: s.root / f"danh-muc-{n}.xlsx", _xlsx_whole),
    Operation("backup", lambda s: s.province,
              lambda s, n: ["backup", str(s.root / f"sao-luu-{n}.sqlite")], None,
              lambda s, n: s.root / f"sao-luu-{n}.sqlite", _sqlite_whole),
    Operation("restore", lambda s: s.province, lambda s, n: ["restore", str(s.root / "backup.sqlite")]),
    Operation("key generation", lambda s: s.unit, lambda s, n: ["keys", "generate"]),
]


def command(data_dir: Path, argv: list[str], passphrase: str | None, limit: int | None = None) -> subprocess.Popen:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": ""}
    env.pop("DVC_KEY_PASSPHRASE", None)
    if passphrase:
        env["DVC_KEY_PASSPHRASE"] = passphrase

    def limited() -> None:  # a full disk: writes past `limit` bytes fail with EFBIG instead of killing
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))  # type: ignore[arg-type]

    return subprocess.Popen([sys.executable, "-m", "dvc_desktop.cli", "--data-dir", str(data_dir), "--wait", "0",
                             *argv], cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            preexec_fn=limited if limit is not None else None)


def check_after(data_dir: Path, output: Path | None, whole: Callable[[Path], bool], what: str) -> None:
    """The store sound, its audit log agreeing with it, no half output, and the next command working."""
    store = data_dir / DB_FILE_NAME
    if not store.exists():  # a restore killed between its renames: the next command finishes it
        assert (data_dir / STAGED_STORE).exists(), f"{what}: the store is gone"
        next_command(data_dir, what)
    # read-write (recovers the WAL as the next open would), never creating a file
    with sqlite3.connect(f"{store.resolve().as_uri()}?mode=rw", uri=True) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)], what
        audit = dict(connection.execute("SELECT action, count(*) FROM audit_log GROUP BY action").fetchall())
        imports = connection.execute("SELECT count(*) FROM package_imports").fetchone()[0]
        publications = connection.execute("SELECT count(*) FROM publications").fetchone()[0]
        saves = connection.execute(
            "SELECT entity_key, details FROM audit_log WHERE action = 'classification.save' ORDER BY id").fetchall()
    assert imports == sum(n for action, n in audit.items() if action.startswith("package.import.")), what
    assert publications == audit.get("catalogue.publish", 0), what
    assert_saves_match(data_dir, saves, what)
    if output is not None and output.exists():
        assert whole(output), f"{what}: {output.name} is half written"
    next_command(data_dir, what)
    leftovers = [p.name for p in data_dir.rglob("*.partial*")]
    assert leftovers == [], f"{what}: {leftovers}"


def next_command(data_dir: Path, what: str) -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()) as err:
        code = main(["--data-dir", str(data_dir), "--wait", "0", "status", "--json"])
    assert code == 0, f"{what}: the next command failed: {err.getvalue()}"
    json.loads(out.getvalue())


def assert_saves_match(data_dir: Path, saves: list[tuple[str, str]], what: str) -> None:
    """Each classification is what its last `classification.save` entry says it became."""
    if not saves:
        return
    last = {key: json.loads(details)["after"] for key, details in saves}
    with sqlite3.connect(f"{(data_dir / DB_FILE_NAME).resolve().as_uri()}?mode=ro", uri=True) as connection:
        current = dict(connection.execute(
            "SELECT u.code || '/' || p.code, c.note FROM classifications c JOIN units u ON u.id = c.unit_id "
            "JOIN procedures p ON p.id = c.procedure_id").fetchall())
    for key, after in last.items():
        assert current.get(key) == after.get("note", ""), f"{what}: {key} is not what the audit log says"


def measure(operation: Operation, stores: Stores, data_dir: Path) -> float:
    started = time.perf_counter()
    done = command(data_dir, operation.argv(stores, 0), _passphrase(operation, 0))
    _out, err = done.communicate(timeout=120)
    assert done.returncode == 0, f"{operation.name} does not run uninterrupted: {err}"
    return time.perf_counter() - started


def _passphrase(operation: Operation, number: int) -> str | None:
    if operation.name == "key generation":
        return UNIT_PASS if number == 0 else f"khóa thay thế số {number:02d}"
    return operation.passphrase


@pytest.mark.parametrize("operation", OPERATIONS, ids=lambda o: o.name.replace(" ", "-"))
def test_kill_at_random_points(stores, operation):
    rng = random.Random(f"{SEED}-{operation.name}")
    data_dir = operation.store(stores)
    duration = measure(operation, stores, data_dir)
    figures = FIGURES.setdefault(operation.name, {"kills": 0, "finished_first": 0})
    for number in range(1, ROUNDS + 1):
        if operation.fresh:
            start_again(stores, data_dir)
        child = command(data_dir, operation.argv(stores, number), _passphrase(operation, number))
        time.sleep(rng.uniform(0.0, duration * 1.1))
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
            figures["kills"] += 1
        else:
            figures["finished_first"] += 1
        child.communicate(timeout=60)
        check_after(data_dir, operation.output(stores, number), operation.whole,
                    f"{operation.name}, round {number}")


def start_again(stores: Stores, data_dir: Path) -> None:
    shutil.rmtree(data_dir)
    shutil.copytree(stores.template / data_dir.name, data_dir)


FULL_DISK_LIMITS = (0, 2_048, 16_384, 65_536, 262_144, 1_048_576, 4_194_304) if ROUNDS > 2 else \
    (0, 16_384, 262_144, 1_048_576)


@pytest.mark.parametrize("operation", OPERATIONS,
                         ids=lambda o: o.name.replace(" ", "-"))
def test_a_full_disk_at_each_write_point(stores, operation):
    """RLIMIT_FSIZE makes every write past the limit fail as a full disk does (EFBIG); from the lock file
    to the last byte of the output, each limit stops the operation at another write."""
    data_dir = operation.store(stores)
    figures = FIGURES.setdefault(operation.name, {"kills": 0, "finished_first": 0})
    for number, limit in enumerate(FULL_DISK_LIMITS, start=1):
        if operation.fresh:
            start_again(stores, data_dir)
        child = command(data_dir, operation.argv(stores, number), _passphrase(operation, number), limit)
        _out, err = child.communicate(timeout=120)
        if child.returncode != 0:
            figures["disk_full_points"] = figures.get("disk_full_points", 0) + 1
            assert "Ổ đĩa đã đầy" in err and "không mong đợi" not in err, f"{operation.name} at {limit}: {err}"
        check_after(data_dir, operation.output(stores, number), operation.whole,
                    f"{operation.name}, disk full at {limit} bytes")


WINDOW_BURST = r"""
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication(["dvc-desktop"])
from dvc_desktop.gui.app import Application
from dvc_desktop.gui.errors import ErrorReporter
from dvc_desktop.domain.classification import Classification, Form
from dvc_desktop.services import workspace as ws

ready = []
application = Application(Path(sys.argv[1]), ErrorReporter(None), on_ready=ready.append)
application.start()
while not ready:
    app.processEvents()
    time.sleep(0.005)
window = ready[0]
ids = []
window.runner.run(lambda context: [row.id for row in ws.load_rows(context)], ids.extend)
while not ids:
    app.processEvents()
    time.sleep(0.005)
# The editor's autosave, as fast as a clerk can type: each save one transaction on the worker.
for number in range(400):
    target = ids[number % len(ids)]
    wanted = Classification(form=Form.PARTIAL, reason_code="", note=f"lần sửa {number}")
    window.runner.run(lambda context, t=target, w=wanted: ws.save_classification(context, t, w))
print("busy", flush=True)
app.exec()
"""


def test_kill_the_window_in_an_edit_burst(stores):
    rng = random.Random(f"{SEED}-window")
    figures = FIGURES.setdefault("window edit burst", {"kills": 0, "finished_first": 0})
    for number in range(1, ROUNDS + 1):
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": ""}
        child = subprocess.Popen([sys.executable, "-c", WINDOW_BURST, str(stores.unit)], cwd=REPO, env=env,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "busy", child.stderr.read()
        time.sleep(rng.uniform(0.0, 1.5))
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)
        figures["kills"] += 1
        check_after(stores.unit, None, lambda _p: True, f"window edit burst, round {number}")
    with sqlite3.connect(stores.unit / DB_FILE_NAME) as connection:
        saved = connection.execute("SELECT count(*) FROM audit_log WHERE action = 'classification.save'").fetchone()
    assert saved[0] > 0  # the kills came while saving


def teardown_module() -> None:
    if FIGURES:
        print("\nsoak figures:", json.dumps(FIGURES, ensure_ascii=False), file=sys.stderr)

"""A process killed (SIGKILL) in the middle of an import leaves all or nothing: one transaction."""

from __future__ import annotations

import hashlib
import io
import json
import os
import random
import select
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from tests.package.conftest import UNIT, UNIT_PASS, classify_some

REPO = Path(__file__).resolve().parents[2]
RECORDS = 400

CHILD = r"""
import sys
from pathlib import Path
from dvc_desktop.services.context import open_context
from dvc_desktop.services.packages import import_packages

with open_context(Path(sys.argv[1])) as context:
    print("ready", flush=True)
    (result,) = import_packages(context, [Path(sys.argv[2])])
    print("done", result.status, result.reason, flush=True)
"""


def dump_hash(connection: sqlite3.Connection) -> str:
    digest = hashlib.sha256()
    for line in connection.iterdump():
        digest.update(line.encode("utf-8") + b"\n")
    return digest.hexdigest()


def inspect(province: Path) -> dict:
    """Integrity, the full-dump hash, and what the import would have written, read with plain sqlite3."""
    connection = sqlite3.connect(province / "dvc-desktop.sqlite")  # read-write: recovers the WAL as SQLite does
    try:
        state = {
            "integrity": connection.execute("PRAGMA integrity_check").fetchall(),
            "dump": dump_hash(connection),
            # The demo province already holds other units' packages: look at this unit's only.
            "imports": connection.execute("SELECT sender_code, sequence, sha256 FROM package_imports "
                                          "WHERE sender_code = ?", (UNIT,)).fetchall(),
            "audit": connection.execute(
                "SELECT count(*) FROM audit_log WHERE action = 'package.import.submission' AND entity_key LIKE ?",
                (UNIT + "/%",)).fetchone()[0],
            "codes": sorted(row[0] for row in connection.execute(
                "SELECT p.code FROM classifications c JOIN procedures p ON p.id = c.procedure_id "
                "JOIN units u ON u.id = c.unit_id WHERE u.code = ?", (UNIT,))),
        }
    finally:
        connection.close()
    return state


def package_codes(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as outer, zipfile.ZipFile(io.BytesIO(outer.read("package.zip"))) as inner:
        return sorted(r["code"] for r in json.loads(inner.read("classifications.json")))


def run_child(province: Path, package: Path, kill_after: float | None, from_ready: bool, env: dict) -> dict:
    """Start an import in a child process; SIGKILL it `kill_after` seconds after start (or after "ready")."""
    started = time.monotonic()
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(province), str(package)], cwd=REPO, env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        ready_at = None
        if from_ready or kill_after is None:
            readable, _, _ = select.select([child.stdout], [], [], 60)
            assert readable, "the child never opened the store"
            line = child.stdout.readline()
            assert line.strip() == b"ready", (line, child.stderr.read())
            ready_at = time.monotonic()
        if kill_after is not None:
            time.sleep(max(0.0, kill_after - (0 if from_ready else time.monotonic() - started)))
            child.send_signal(signal.SIGKILL)
        child.wait(timeout=120)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    out = child.stdout.read().decode(errors="replace")
    err = child.stderr.read().decode(errors="replace")
    child.stdout.close()
    child.stderr.close()
    return {"returncode": child.returncode, "out": out, "err": err, "ready_at": ready_at,
            "ended": time.monotonic()}


def test_sigkill_during_import_leaves_all_or_nothing(offices):
    classify_some(offices.unit, RECORDS)
    package = offices.tmp / "big.dvcpkg"
    code, _, err = offices.run(offices.unit, "package", "export", str(package), passphrase=UNIT_PASS)
    assert code == 0, err
    wanted_codes = package_codes(package)
    assert len(wanted_codes) == RECORDS
    package_sha = hashlib.sha256(package.read_bytes()).hexdigest()

    province = offices.province
    pristine = offices.tmp / "province-pristine"
    shutil.copytree(province, pristine)
    before = inspect(province)
    assert before["integrity"] == [("ok",)]
    assert before["imports"] == [] and before["codes"] != wanted_codes

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_STATE_HOME": str(offices.tmp / "state")}
    env.pop("DVC_KEY_PASSPHRASE", None)

    def restore() -> None:
        shutil.rmtree(province)
        shutil.copytree(pristine, province)

    def classify(state: dict) -> str:
        assert state["integrity"] == [("ok",)], state["integrity"]
        if not state["imports"]:
            assert state["dump"] == before["dump"], "no import recorded, yet the store changed"
            return "nothing"
        assert state["imports"] == [(UNIT, 1, package_sha)]
        assert state["codes"] == wanted_codes  # the unit's classifications: exactly the package's records
        assert state["audit"] == 1
        return "all"

    # 1. Uninterrupted, to know how long the import itself takes once the store is open.
    full = run_child(province, package, None, True, env)
    assert full["returncode"] == 0 and "done imported" in full["out"], full
    duration = full["ended"] - full["ready_at"]
    assert classify(inspect(province)) == "all"

    # 2. Killed: once at random during the import, then bisecting towards the moment it commits (where a
    #    kill is most likely to land mid-write), and a few timed from the process start (0.05-1.0 s).
    rng = random.Random(20261129)
    outcomes = []
    low, high = 0.0, duration

    def kill_once(kill_after: float, from_ready: bool) -> bool:
        restore()
        result = run_child(province, package, kill_after, from_ready, env)
        wal = province / "dvc-desktop.sqlite-wal"
        wal_bytes = wal.stat().st_size if wal.exists() else 0  # frames the child wrote before it died
        finished = "done imported" in result["out"]
        assert finished or result["returncode"] == -signal.SIGKILL, result
        outcome = classify(inspect(province))
        if finished:
            assert outcome == "all"
        outcomes.append((kill_after, "after ready" if from_ready else "after start",
                         "finished" if finished else "killed", wal_bytes, outcome))
        return finished

    kill_once(duration * rng.random(), True)
    for _ in range(4):
        middle = (low + high) / 2
        if kill_once(middle, True):
            high = middle
        else:
            low = middle
    kill_once(rng.uniform(low - 0.004, high + 0.002), True)  # around the commit, where the bisection ended
    for kill_after in (0.05, rng.uniform(0.05, 1.0)):  # from the process start: mostly before the store opens
        kill_once(kill_after, False)
    assert len(outcomes) >= 5
    assert any(row[2] == "killed" for row in outcomes)  # (0.05 s after start is long before the import ends)

    # 3. After the last kill, a normal import completes the work (or finds it done).
    code, out, err = offices.run(province, "package", "import", str(package), "--json")
    (result,) = json.loads(out)["results"]
    assert code == 0 and result["status"] in ("imported", "already_imported"), (result, err)
    assert classify(inspect(province)) == "all"

    print(f"\nimport of {RECORDS} records takes {duration:.2f} s once the store is open")
    for row in outcomes:
        print("  kill at {:.3f} s {:<12} {:<8} WAL {:>7} bytes -> {}".format(*row))
    print(f"  final import: {result['status']}")

"""Start-up of the window with 20,000 procedures in the store, whole process, against a bare window.

    .venv/bin/python bench/startup.py [--store DIR] [--repeat 5]

Each run is a fresh process, measured from just before it is spawned (by a small launcher process
that also reports the child's peak memory), with the package compiled beforehand as an installation
has it (`_compile_as_installed`):
- baseline: a bare PySide6 QMainWindow (1280×800), shown; its first paint; then closed;
- `dvc-desktop --data-dir STORE` on a department store whose unit's table has 20,000 rows
  (bench/generate.py, made once in a temporary directory unless `--store` names one):
  "painted" once its first paint is done (the startup window), "table" once the clerk's window is
  painted with its table's first screenful of rows (the store's first look: every row's code and
  name, the first screenful whole), "usable" once a letter typed into the search box right then has
  filtered the table and it is painted again, "ready" once all the rows are whole in the table and
  painted (read by the worker). The window reports them when started with `DVC_BENCH_STARTUP=1`
  (`gui/app.py: _StartupProbe`, which types the letter), then quits.
Targets (issue 21): table ≤ 2× and usable ≤ 2.5× the bare window's paint ("painted" and "ready" are
reported beside them, without a target); peak memory (the child's ru_maxrss) at most 150 MB above the
bare window's. Runs alternate (bare, window, bare, …) so both see the same machine; medians of
`--repeat` runs.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TABLE_TARGET, USABLE_TARGET, MEMORY_TARGET_MB = 2.0, 2.5, 150
MARKS = ("painted", "usable", "filtered", "ready")  # as the probe prints them; "usable" is the table painted
PROCEDURES = 20_000

BARE = """
import time
from PySide6 import QtCore, QtWidgets

class FirstPaint(QtCore.QObject):
    seen = False

    def eventFilter(self, watched, event):
        if event.type() == QtCore.QEvent.Type.Paint and not self.seen:
            self.seen = True
            QtCore.QTimer.singleShot(0, self.mark)
        return False

    def mark(self):
        print("painted", time.time(), flush=True)
        window.close()

app = QtWidgets.QApplication([])
window = QtWidgets.QMainWindow()
window.setWindowTitle("bare")
window.resize(1280, 800)
probe = FirstPaint()
app.installEventFilter(probe)
window.show()
app.exec()
"""


def _environment() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["DVC_BENCH_STARTUP"] = "1"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH")]))
    return env


def _app_command(store: Path) -> list[str]:
    """What a user runs: the `dvc-desktop` script next to this interpreter, or `-m dvc_desktop`."""
    script = Path(sys.executable).with_name("dvc-desktop")
    head = [sys.executable, str(script)] if script.exists() else [sys.executable, "-m", "dvc_desktop"]
    return [*head, "--data-dir", str(store)]


def run(command: list[str], timeout: float = 180) -> tuple[dict[str, float], float]:
    """(seconds from spawn to each mark the process printed, its peak RSS in MB)."""
    from bench.common import run_measured

    lines, launcher = run_measured(command, _environment(), timeout)
    values = {}
    for line in lines:
        name, _, value = line.partition(" ")
        if name in MARKS:
            values[name] = float(value)
    if "painted" not in values:
        raise RuntimeError(f"{command[:3]} printed no paint mark: {lines}")
    marks = {name: values[name] - launcher["started"] for name in MARKS if name in values}
    return marks, launcher["maxrss_kb"] / 1024


def make_store(directory: Path) -> Path:
    from bench.generate import Scale, generate

    store = directory / "department-20000"
    print(f"making a department store with {PROCEDURES} procedures (bench/generate.py)…", flush=True)
    result = generate(store, Scale(procedures=PROCEDURES, units=60, role="department"), progress=lambda _m: None)
    print(f"  {result.classifications} rows in the unit's table, made in {result.seconds:.1f} s", flush=True)
    return store


def _compile_as_installed() -> None:
    """The package's modules compiled once, as an installation has them: pip writes every module's
    .pyc when it installs the wheel, and the bundle carries them. A source checkout run with
    PYTHONDONTWRITEBYTECODE=1 (as these machines are) compiles every module of the window at each
    launch instead, about 45 ms a user never pays (bench/README.md, 2026-12-04). Written where an
    installation keeps them (`__pycache__/`, ignored by git); a changed source is compiled afresh."""
    import compileall

    compileall.compile_dir(str(ROOT / "dvc_desktop"), quiet=1)


def alternate(store: Path, repeat: int) -> list[tuple[dict[str, float], float, dict[str, float], float]]:
    """`repeat` pairs of launches, the bare window then `dvc-desktop` on `store`, each as (marks, peak
    MB), after one of each to warm the file cache; the package compiled as installed first."""
    _compile_as_installed()
    run([sys.executable, "-c", BARE])
    run(_app_command(store))
    return [(*run([sys.executable, "-c", BARE]), *run(_app_command(store))) for _ in range(repeat)]


def measure(store: Path, repeat: int = 5) -> dict[str, float]:
    runs = alternate(store, repeat)
    bare_paint, bare_rss = [b["painted"] for b, _, _, _ in runs], [rss for _, rss, _, _ in runs]
    app_rss = [rss for _, _, _, rss in runs]
    painted, table, usable, ready = ([marks[name] for _, _, marks, _ in runs]
                                     for name in ("painted", "usable", "filtered", "ready"))
    median = statistics.median
    return {"bare": median(bare_paint), "painted": median(painted), "table": median(table), "usable": median(usable),
            "ready": median(ready),
            "bare_rss": median(bare_rss), "app_rss": median(app_rss),
            "spread_bare": max(bare_paint) - min(bare_paint), "spread_usable": max(usable) - min(usable)}


def report(figures: dict[str, float], repeat: int) -> None:
    from bench.common import report as line

    bare = figures["bare"]
    line("start-up: startup window painted", figures["painted"], "bare QMainWindow painted", bare)
    line(f"start-up: table painted, first of {PROCEDURES} rows", figures["table"], "bare QMainWindow painted", bare,
         TABLE_TARGET)
    line("start-up: usable (a first key filtered it)", figures["usable"], "bare QMainWindow painted", bare,
         USABLE_TARGET)
    line(f"start-up: all {PROCEDURES} rows whole (worker)", figures["ready"], "bare QMainWindow painted", bare)
    difference = figures["app_rss"] - figures["bare_rss"]
    verdict = "OK" if difference <= MEMORY_TARGET_MB else "MISSED"
    print(f"peak memory, window with {PROCEDURES} rows: {figures['app_rss']:.0f} MB   baseline bare window: "
          f"{figures['bare_rss']:.0f} MB   difference {difference:.0f} MB  {verdict} (target ≤ {MEMORY_TARGET_MB} MB)")
    print(f"   medians of {repeat} runs each, alternating; spread of the bare paint {figures['spread_bare'] * 1000:.0f} ms, "
          f"of usable {figures['spread_usable'] * 1000:.0f} ms", flush=True)


def on_department_store(doc: str, measure, report, repeat: int, argv: list[str] | None = None) -> None:  # type: ignore[no-untyped-def]
    """A benchmark's command line: `--store DIR` (a store made by bench/generate.py) or a 20,000-row
    department store made in a temporary directory; `--repeat N`."""
    parser = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    parser.add_argument("--store", type=Path, help="a store made by bench/generate.py (default: make one)")
    parser.add_argument("--repeat", type=int, default=repeat)
    args = parser.parse_args(argv)
    if args.store is not None:
        report(measure(args.store, args.repeat), args.repeat)
        return
    with tempfile.TemporaryDirectory(prefix="dvc-bench-") as scratch:
        report(measure(make_store(Path(scratch)), args.repeat), args.repeat)


def main(argv: list[str] | None = None) -> None:
    on_department_store(__doc__, measure, report, 5, argv)


if __name__ == "__main__":
    from bench import fresh_settings

    fresh_settings()
    main()

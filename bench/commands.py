"""How fast the commands a script or a scheduled task runs start and answer (issue 21).

    .venv/bin/python bench/commands.py [--store DIR] [--repeat 7]

Each run is a fresh process, timed from just before it is spawned to its exit, as `dvc-desktop` is
installed (`_compile_as_installed`, bench/startup.py):
- `dvc-desktop --data-dir STORE status` on a department store with 20,000 rows (bench/generate.py,
  made once in a temporary directory unless `--store` names one), and `dvc-desktop --help`;
- baseline: `python -c "import sqlite3"`, the floor for any Python program that reads the store.
Target (issue 21): `status` at most 12× the baseline. Runs alternate; medians of `--repeat`.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

STATUS_TARGET = 12.0


def _elapsed(command: list[str]) -> float:
    """From just before the process is spawned to its exit (bench/common.py's launcher)."""
    from bench.common import run_measured
    from bench.startup import _environment

    _, launcher = run_measured(command, _environment())
    return launcher["ended"] - launcher["started"]


def measure(store: Path, repeat: int) -> dict[str, float]:
    from bench.startup import _app_command, _compile_as_installed

    _compile_as_installed()
    bare = [sys.executable, "-c", "import sqlite3"]
    status = [*_app_command(store), "status"]
    helps = [*_app_command(store), "--help"]
    for command in (bare, status, helps):  # warm the file cache
        _elapsed(command)
    figures: dict[str, list[float]] = {"bare": [], "status": [], "help": []}
    for _ in range(repeat):
        for name, command in (("bare", bare), ("status", status), ("help", helps)):
            figures[name].append(_elapsed(command))
    return {name: statistics.median(values) for name, values in figures.items()}


def report(figures: dict[str, float], repeat: int) -> None:
    from bench.common import report as line

    line("command: status (20,000-row store)", figures["status"], "python -c 'import sqlite3'", figures["bare"],
         STATUS_TARGET)
    line("command: --help", figures["help"], "python -c 'import sqlite3'", figures["bare"])
    print(f"   medians of {repeat} runs each, alternating; each from spawn to exit", flush=True)


def main(argv: list[str] | None = None) -> None:
    from bench.startup import on_department_store

    on_department_store(__doc__, measure, report, 7, argv)


if __name__ == "__main__":
    from bench import fresh_settings

    fresh_settings()
    main()

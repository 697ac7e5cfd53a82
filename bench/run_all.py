"""Run every benchmark: `.venv/bin/python bench/run_all.py`."""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHMARKS = ["catalog.py", "filter.py", "keystrokes.py", "packages.py", "certificates.py", "server.py", "publication.py", "startup.py",
              "startup_floor.py", "province.py", "commands.py", "report.py"]

if __name__ == "__main__":
    sys.path.insert(0, str(HERE.parent))
    from bench import fresh_settings

    fresh_settings()
    for name in BENCHMARKS:
        print(f"# {name}", flush=True)
        runpy.run_path(str(HERE / name), run_name="__main__")

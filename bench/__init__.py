"""Benchmarks: `.venv/bin/python bench/run_all.py` runs them all."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile


def fresh_settings() -> None:
    """Give this benchmark, and every window it starts, a settings folder of its own (on Linux, where
    they are measured, QSettings reads `XDG_CONFIG_HOME`): a window remembered by whoever runs them
    (the editor folded away with F9, narrower columns) would change what is painted and so what is
    measured. They measure a first start's window, as a new user has it. `DVC_BENCH_KEEP_SETTINGS=1`
    measures with the user's own settings instead. Called first by each benchmark's `__main__`."""
    if os.environ.get("DVC_BENCH_KEEP_SETTINGS") or os.environ.get("DVC_BENCH_SETTINGS"):
        return  # the user's own, or run_all.py's folder already
    folder = tempfile.mkdtemp(prefix="dvc-bench-settings-")
    os.environ["XDG_CONFIG_HOME"] = os.environ["DVC_BENCH_SETTINGS"] = folder
    atexit.register(shutil.rmtree, folder, ignore_errors=True)

"""Helpers for benchmarks: medians of repeated runs and a uniform report line."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from typing import Callable

# Runs the measured process and reports its peak memory. On Linux a child's ru_maxrss starts at its
# parent's RSS (fork, then exec keeps the high-water mark), so the benchmark's process, which may hold
# a generated store or another benchmark's data (bench/run_all.py runs them all in one process), must
# not be the one that forks it: this small launcher does, and reads the child's figure with wait4.
LAUNCHER = """
import os, subprocess, sys, time
started = time.time()
child = subprocess.Popen(sys.argv[1:])
_, status, usage = os.wait4(child.pid, 0)
ended = time.time()
print("started", started, flush=True)
print("ended", ended, flush=True)
print("exit", os.waitstatus_to_exitcode(status), flush=True)
print("maxrss_kb", usage.ru_maxrss // (1024 if sys.platform == "darwin" else 1), flush=True)
"""


def run_measured(command: list[str], env: dict[str, str] | None = None,
                 timeout: float = 600) -> tuple[list[str], dict[str, float]]:
    """(the lines `command` printed, {"started": its spawn time, "ended": when it was reaped, "exit": code,
    "maxrss_kb": peak RSS})."""
    with tempfile.TemporaryFile() as errors:
        process = subprocess.Popen([sys.executable, "-c", LAUNCHER, *command], env=env or dict(os.environ),
                                   stdout=subprocess.PIPE, stderr=errors)
        try:
            output, _ = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            process.kill()
            raise
        lines, launcher = [], {}
        for line in output.decode().splitlines():
            name, _, value = line.partition(" ")
            if name in ("started", "ended", "exit", "maxrss_kb"):
                launcher[name] = float(value)
            else:
                lines.append(line)
        if launcher.get("exit") != 0:
            errors.seek(0)
            raise RuntimeError(f"{command[:3]} failed: {output.decode()}\n{errors.read().decode()[-2000:]}")
    return lines, launcher


def median_seconds(work: Callable[[], object], repeat: int = 3, setup: Callable[[], object] | None = None) -> float:
    times = []
    for _ in range(repeat):
        if setup is not None:
            setup()
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def report(name: str, figure: float, baseline_name: str, baseline: float, target: float | None = None) -> str:
    ratio = figure / baseline if baseline else float("inf")
    verdict = "" if target is None else ("  OK" if ratio <= target else f"  MISSED (target ≤ {target}×)")
    line = (f"{name:<44} {figure * 1000:9.1f} ms   baseline {baseline_name}: {baseline * 1000:9.1f} ms"
            f"   ratio {ratio:5.2f}×{verdict}")
    print(line, flush=True)
    return line

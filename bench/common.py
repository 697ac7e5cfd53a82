"""Helpers for benchmarks: medians of repeated runs and a uniform report line."""

from __future__ import annotations

import statistics
import time
from typing import Callable


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

"""The province summary PDF for 50 units (`services/reports.write_report`, `dvc-desktop report OUT.pdf`).

    .venv/bin/python bench/report.py [--store DIR] [--repeat 3]

The store is a province of 50 units whose work arrived as real signed packages (bench/generate.py
`--role province --units 50 --procedures 2000 --packages`, about 25 s; `--store` reuses one).
Figures: the report's time (reading the figures in one transaction, composing, laying out and
painting every page) and its pages; the reading alone; and the whole command, process start
included. The issue sets no target here. Baseline: QPdfWriter writing the same number of A4 pages
of plain text (45 lines each, the report's font and body size, the same resolution), the floor for
any PDF of that length.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.common import median_seconds, report  # noqa: E402

UNITS = 50


def make_store(directory: Path) -> Path:
    from bench.generate import Scale, generate

    store = directory / f"province-{UNITS}"
    print(f"making a province of {UNITS} units that sent real packages (bench/generate.py)…", flush=True)
    result = generate(store, Scale(procedures=2_000, units=UNITS, role="province", packages=True),
                      progress=lambda _m: None)
    print(f"  {result.units} units, {result.procedures} procedures, {result.classifications} classifications, "
          f"{result.packages} packages, made in {result.seconds:.0f} s", flush=True)
    return store


def plain_pdf(path: Path, pages: int) -> None:
    """`pages` A4 pages of 45 lines of plain text each, in the report's font."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QFont, QPainter, QPdfWriter

    from dvc_desktop.reports.fonts import ensure_gui_application, register_fonts
    from dvc_desktop.reports.render import BODY, PDF_RESOLUTION, prepare

    ensure_gui_application()
    family = register_fonts()
    writer = QPdfWriter(str(path))
    writer.setResolution(PDF_RESOLUTION)
    prepare(writer)
    painter = QPainter(writer)
    font = QFont(family)
    font.setPointSizeF(BODY)
    painter.setFont(font)
    step = PDF_RESOLUTION * BODY * 1.3 / 72
    for page in range(pages):
        if page:
            writer.newPage()
        for line in range(45):
            painter.drawText(QPointF(PDF_RESOLUTION * 1.2, PDF_RESOLUTION + line * step),
                             f"Trang {page + 1}, dòng {line + 1}: Ủy ban nhân dân xã Tân Lập — 128 thủ tục, "
                             f"96 toàn trình, 24 một phần.")
    painter.end()
    del writer


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--store", type=Path, help="a province store made by bench/generate.py")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="dvc-bench-report-") as scratch_name:
        scratch = Path(scratch_name)
        store = args.store or make_store(scratch)
        measure(store, scratch, args.repeat)


def measure(store: Path, scratch: Path, repeat: int) -> None:
    from dvc_desktop.reports.compose import compose
    from dvc_desktop.reports.render import write_pdf
    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.reports import report_data, write_report

    out = scratch / "bao-cao-tinh.pdf"
    reading, painting, whole = [], [], []
    with open_context(store) as context:
        pages = write_report(context, out).pages  # first run: fonts registered, modules loaded
        for _ in range(repeat):  # the steps of write_report, timed one by one
            started = time.perf_counter()
            data = report_data(context)
            read = time.perf_counter()
            write_pdf(compose(data), out)
            done = time.perf_counter()
            reading.append(read - started)
            painting.append(done - read)
            whole.append(done - started)
    size = out.stat().st_size
    baseline = median_seconds(lambda: plain_pdf(scratch / "plain.pdf", pages), repeat)
    median = statistics.median
    report(f"province summary PDF, {UNITS} units, {pages} pages", median(whole), f"{pages} pages of plain text",
           baseline)
    print(f"   {size / 1024:.0f} KB; reading the figures {median(reading) * 1000:.0f} ms, "
          f"composing and painting the pages {median(painting) * 1000:.0f} ms "
          f"({median(painting) / baseline:.1f}× the plain pages)", flush=True)

    command = [sys.executable, "-m", "dvc_desktop", "--data-dir", str(store), "--overwrite", "report", str(out)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    print(f"   the whole command `dvc-desktop report OUT.pdf`, process start included: "
          f"{statistics.median(times) * 1000:.0f} ms", flush=True)


if __name__ == "__main__":
    from bench import fresh_settings

    fresh_settings()
    main()

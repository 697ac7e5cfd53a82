"""Publishing 20,000 rows to xlsx (the working draft, and the official appendix: building its parts and
writing them) vs openpyxl write-only writing the same cells without styles.

Each run is a child process started by a small launcher, so its peak memory (ru_maxrss) is its own
(bench/common.py: run_measured); the two variants alternate
REPEAT times and the figures are medians (on a shared 2-core machine single runs of the same code
gave 1.9× to 3.4×).
`--repeat N` changes the number of runs.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from bench.common import run_measured  # noqa: E402

SIZE = 20_000
REPEAT = 5

CHILD = r"""
import json, sys, time
from datetime import date
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from dvc_desktop.domain.catalogue import Catalogue, Counts, Group, PublishedRow, Section, UnitSummary
from dvc_desktop.demo.build import _vocabulary, catalogue_drafts
size, variant, out = int(sys.argv[2]), sys.argv[3], Path(sys.argv[4])
drafts = catalogue_drafts(_vocabulary(), size)
sections, total = [], Counts()
for s_index, level in enumerate(("Cấp tỉnh", "Cấp xã")):
    section = Section("I" if s_index == 0 else "II", "THỦ TỤC HÀNH CHÍNH " + level.upper(), "tinh" if s_index == 0 else "xa")
    for g in range(20):
        group = Group(g + 1, f"Đơn vị thử {g + 1}")
        for i in range(size // 40):
            d = drafts[(s_index * size // 2 + g * (size // 40) + i) % len(drafts)]
            form = ("toan_trinh", "mot_phan", "chua_truc_tuyen")[i % 3]
            group.rows.append(PublishedRow(f"1.{i:06d}", d.name, d.sector, group.title, "X", level, form,
                                           form, "Luật quy định người yêu cầu phải có mặt trực tiếp; Khoản 1 Điều 9" if form == "mot_phan" else ""))
            group.counts.add(form); section.counts.add(form); total.add(form)
        section.groups.append(group)
    sections.append(section)
catalogue = Catalogue("H59", "Tỉnh Sơn Hà", date.today(), "ND224-2026", sections, [UnitSummary("X", "Đơn vị", total)], [], total)
from openpyxl import Workbook
from dvc_desktop.excel.catalogue_writer import write_catalogue
start, cpu = time.perf_counter(), time.process_time()  # the imports (about 0.25 s in both) are not timed
if variant == "publish":
    write_catalogue(catalogue, out)
elif variant == "appendix":
    from dvc_desktop.domain.appendix import Answer, Appendix, build_parts
    from dvc_desktop.excel.appendix_writer import write_appendix
    answers = [Answer(r.code, r.name, r.sector, r.agency, "tinh" if r.level == "Cấp tỉnh" else "xa", r.form, r.form_label,
                      r.note) for r in catalogue.rows]
    parts, disagreements = build_parts(answers, [("tinh", "Cấp tỉnh"), ("xa", "Cấp xã")])
    write_appendix(Appendix("Sơn Hà", "tỉnh", date.today(), "", None, "", (), parts, disagreements), out)
else:
    book = Workbook(write_only=True)
    sheet = book.create_sheet("Danh mục")
    for number, r in enumerate(catalogue.rows, start=1):
        sheet.append([number, r.code, r.name, r.sector, r.agency, r.level, r.form_label, r.note])
    book.save(out)
elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
print(json.dumps({"seconds": elapsed, "cpu_seconds": cpu, "rows": len(catalogue.rows)}))
"""


def run(variant: str, out: Path) -> dict:
    """The child's figures, and its peak memory as its launcher saw it (bench/common.py: run_measured)."""
    lines, launcher = run_measured([sys.executable, "-c", CHILD, str(ROOT), str(SIZE), variant, str(out)])
    return {**json.loads(lines[-1]), "peak_mb": launcher["maxrss_kb"] / 1024}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=REPEAT)
    repeat = max(1, parser.parse_known_args()[0].repeat)  # run_all.py passes its own argv
    baselines, figures, appendices = [], [], []
    with tempfile.TemporaryDirectory(prefix="dvc-bench-") as scratch:
        for index in range(repeat):  # alternate, so that a slow spell of the machine hits all three
            order = ("baseline", "publish", "appendix") if index % 2 == 0 else ("appendix", "publish", "baseline")
            for variant in order:
                result = run(variant, Path(scratch) / f"{variant}.xlsx")
                {"baseline": baselines, "publish": figures, "appendix": appendices}[variant].append(result)
    baseline = statistics.median(r["seconds"] for r in baselines)
    figure = statistics.median(r["seconds"] for r in figures)
    peak, baseline_peak = max(r["peak_mb"] for r in figures), max(r["peak_mb"] for r in baselines)
    ratio = figure / baseline
    print(f"publish {figures[0]['rows']} rows to xlsx          {figure * 1000:9.1f} ms   baseline openpyxl "
          f"write-only without styles: {baseline * 1000:9.1f} ms   ratio {ratio:5.2f}×"
          f"{'  OK' if ratio <= 1.5 else '  MISSED (target ≤ 1.5×)'}")
    pairs = ", ".join(f"{f['seconds'] / b['seconds']:.2f}" for f, b in zip(figures, baselines))
    cpu = statistics.median(r["cpu_seconds"] for r in figures) / statistics.median(r["cpu_seconds"] for r in baselines)
    print(f"   medians of {repeat} alternating runs; ratio per pair {pairs}; ratio of CPU times {cpu:.2f}×")
    print(f"   peak memory (whole process): {peak:.0f} MB (baseline {baseline_peak:.0f} MB); "
          f"target ≤ 150 MB: {'met' if peak <= 150 else 'MISSED'}")
    official = statistics.median(r["seconds"] for r in appendices)
    official_peak = max(r["peak_mb"] for r in appendices)
    print(f"official appendix, {appendices[0]['rows']} answers  {official * 1000:9.1f} ms   ratio to the baseline "
          f"{official / baseline:5.2f}×{'  OK' if official / baseline <= 1.5 else '  MISSED (target ≤ 1.5×)'}; "
          f"peak memory {official_peak:.0f} MB")


if __name__ == "__main__":
    from bench import fresh_settings

    fresh_settings()
    main()

"""One demo province store per test session, its summaries written once and read back with poppler.

Reports need a Qt application: the fixtures take pytest-qt's `qapp` (a QApplication), so a widget
test later in the same run still works (a bare QGuiApplication made first would break it).
"""

from __future__ import annotations

import shutil
import subprocess
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import pytest

from dvc_desktop.domain.catalogue import Catalogue

PROVINCE_OFFICE = "000.00.01.H59"
JUSTICE = "000.00.13.H59"
POPPLER = ("pdftotext", "pdfinfo", "pdffonts", "pdftoppm")


def require_poppler() -> None:
    missing = [tool for tool in POPPLER if shutil.which(tool) is None]
    if missing:
        pytest.fail(f"poppler-utils is needed for the report tests (missing {', '.join(missing)})")


def make_province(path: Path) -> None:
    """init as the provincial office, then `demo`: the demo province as a supervisor would have it."""
    from tests.conftest import demo_province

    demo_province(path)


def history_unit(path: Path) -> str:
    """The unit with the most accepted packages (two made-up ones for Sở Tư pháp if the demo sent none)."""
    from sqlalchemy import func, select

    from dvc_desktop.services.context import open_context
    from dvc_desktop.store import models

    with open_context(path) as context, context.transaction() as session:
        counted = session.execute(select(models.PackageImport.sender_code, func.count())
                                  .where(models.PackageImport.kind == "submission")
                                  .group_by(models.PackageImport.sender_code)
                                  .order_by(func.count().desc(), models.PackageImport.sender_code)).first()
        if counted is not None:
            return counted[0]
        for sequence in (1, 2):
            session.add(models.PackageImport(
                kind="submission", sender_code=JUSTICE, sequence=sequence, sha256=f"{sequence:064d}", key_id="0" * 16,
                file_name=f"stp-{sequence}.dvcpkg", created_at=f"2026-01-0{sequence}T02:00:00+00:00",
                imported_at=datetime(2026, 1, 2 + sequence, 3, 0, tzinfo=timezone.utc),
                summary={"procedures": 280 + sequence, "added": 3, "removed": 1, "changed": 2}))
        return JUSTICE


@dataclass
class Built:
    store: Path
    province_pdf: Path
    long_pdf: Path  # the unit with the longest một phần list
    history_pdf: Path  # the unit with the most packages
    catalogue: Catalogue  # the publication's figures, read after the reports
    long_unit: Catalogue
    history_unit: Catalogue
    long_code: str
    history_code: str
    province_pages: int
    seconds: float


@pytest.fixture(scope="session")
def built(qapp, tmp_path_factory) -> Built:
    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.publication import build_catalogue
    from dvc_desktop.services.reports import write_report

    require_poppler()
    root = tmp_path_factory.mktemp("reports")
    store = root / "store"
    make_province(store)
    with_history = history_unit(store)
    with open_context(store) as context:
        province = write_report(context, root / "tinh.pdf")
        catalogue = build_catalogue(context)
        longest = max(catalogue.units, key=lambda u: u.counts.mot_phan).code
        write_report(context, root / "dai.pdf", unit=longest)
        write_report(context, root / "lich-su.pdf", unit=with_history)
        figures = (build_catalogue(context, unit=longest), build_catalogue(context, unit=with_history))
    return Built(store, root / "tinh.pdf", root / "dai.pdf", root / "lich-su.pdf", catalogue, *figures, longest,
                 with_history, province.pages, province.seconds)


def pdftotext(pdf: Path, *options: str, first: int | None = None, last: int | None = None) -> str:
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    return subprocess.run(["pdftotext", *options, *pages, str(pdf), "-"], capture_output=True, text=True,
                          check=True).stdout


def flat(text: str) -> str:
    return " ".join(text.split())


def pdfinfo(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True).stdout
    return {key.strip(): value.strip() for key, _, value in (line.partition(":") for line in out.splitlines())}


def pdffonts(pdf: Path) -> list[dict[str, str]]:
    lines = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout.splitlines()
    fonts = []
    for line in lines[2:]:
        parts = line.split()
        # name type... encoding emb sub uni object ID: the last five columns are fixed
        fonts.append({"name": parts[0], "emb": parts[-5], "sub": parts[-4], "uni": parts[-3]})
    return fonts


def render_page(pdf: Path, page: int, dpi: int, out_dir: Path) -> tuple[int, int, bytes]:
    """One page as 8-bit grey pixels (pdftoppm -gray writes a binary PGM)."""
    stem = out_dir / f"page-{page}"
    subprocess.run(["pdftoppm", "-gray", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile",
                    str(pdf), str(stem)], check=True)
    data = stem.with_suffix(".pgm").read_bytes()
    fields, position = [], 0
    while len(fields) < 4:  # P5, width, height, maxval, separated by whitespace (comments not written)
        while data[position:position + 1].isspace():
            position += 1
        end = position
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(data[position:end])
        position = end
    assert fields[0] == b"P5" and fields[3] == b"255"
    width, height = int(fields[1]), int(fields[2])
    return width, height, data[position + 1:position + 1 + width * height]

"""A PDF is announced only once it reads back whole with its page count: Qt's PDF writer reports no write
error, and on a full disk it left a broken file, "9 pages", over a good one."""

from __future__ import annotations

import resource
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from dvc_desktop.atomic_files import pdf_is_whole

REPO = Path(__file__).resolve().parents[2]


def report(out: Path, data_dir: Path, limit: int | None = None) -> subprocess.CompletedProcess:
    def limited() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))  # type: ignore[arg-type]

    return subprocess.run([sys.executable, "-m", "dvc_desktop.cli", "--data-dir", str(data_dir / "data"),
                           "--overwrite", "report", str(out)], cwd=REPO,
                          capture_output=True, text=True, timeout=120, preexec_fn=limited if limit else None,
                          env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen",
                               "XDG_STATE_HOME": str(data_dir / "state"), "TMPDIR": str(data_dir)})


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
def test_a_pdf_cut_short_by_a_full_disk_never_replaces_a_good_one(tmp_path):
    from dvc_desktop.cli import main

    assert main(["--data-dir", str(tmp_path / "data"), "demo"]) == 0  # data enough for a report of many pages
    out = tmp_path / "bao-cao.pdf"
    first = report(out, tmp_path)
    assert first.returncode == 0, first.stderr
    good = out.read_bytes()
    assert pdf_is_whole(out) and len(good) > 48_000
    # Opening the store writes files of at most 32 KB (the WAL index); a limit above that and below the
    # PDF's size cuts the PDF short, and only the PDF.
    again = report(out, tmp_path, limit=len(good) - 8_192)
    assert again.returncode != 0 and "trang" not in again.stdout
    assert "Ổ đĩa đã đầy" in again.stderr or "ghi ra không trọn vẹn" in again.stderr, again.stderr
    assert "không mong đợi" not in again.stderr
    assert out.read_bytes() == good and not list(tmp_path.glob("*.partial"))


def test_the_page_count_is_read_back(tmp_path):
    from dvc_desktop.reports.render import write_pdf_file

    def paint(writer):  # type: ignore[no-untyped-def]
        from PySide6.QtGui import QPainter

        painter = QPainter(writer)
        writer.newPage()
        painter.end()
        return 2

    out = tmp_path / "hai-trang.pdf"
    assert write_pdf_file(out, "thử", paint) == 2
    assert pdf_is_whole(out, 2) and not pdf_is_whole(out, 3)
    truncated = tmp_path / "cut.pdf"
    truncated.write_bytes(out.read_bytes()[: out.stat().st_size // 2])
    assert not pdf_is_whole(truncated)

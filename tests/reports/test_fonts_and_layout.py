"""The bundled font, its registration, and the page flow: margins, repeated headers, uncut rows."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dvc_desktop.resources import resource_path

ROOT = Path(__file__).resolve().parents[2]


def test_the_bundled_fonts_cover_vietnamese_and_carry_their_licence(qapp):
    from PySide6.QtGui import QRawFont

    from dvc_desktop.reports.fonts import BUNDLED_FILES, VIETNAMESE

    assert {"ư", "ơ", "đ", "\u1ea0", "\u1ef9"} <= set(VIETNAMESE)
    for name in BUNDLED_FILES:
        raw = QRawFont(str(resource_path("fonts", name)), 12)
        assert raw.isValid() and raw.familyName() == "Liberation Serif"
        assert [ch for ch in VIETNAMESE if not raw.supportsCharacter(ord(ch))] == [], name
    licence = resource_path("fonts", "LICENSE-OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence and "Reserved Font Name Liberation" in licence
    assert "2.1.5" in resource_path("fonts", "README.md").read_text(encoding="utf-8")


def test_registration_picks_a_family_that_covers_vietnamese(qapp):
    from PySide6.QtGui import QFont

    from dvc_desktop.reports.fonts import PREFERRED, covers_vietnamese, missing_letters, register_fonts

    family = register_fonts()
    assert family in (PREFERRED, "Liberation Serif")
    assert covers_vietnamese(family) and missing_letters(QFont(family)) == ""
    assert register_fonts() == family  # once
    assert not covers_vietnamese("No Such Family Anywhere")  # substituted, so not trusted


def test_the_report_renders_without_a_display(tmp_path):
    """The command line's path: no display, no QT_QPA_PLATFORM, no application made beforehand."""
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from datetime import date\n"
        "from dvc_desktop.reports.compose import compose\n"
        "from dvc_desktop.reports.render import write_pdf\n"
        "from tests.reports.test_compose import summary\n"
        "print(write_pdf(compose(summary()), Path(sys.argv[1])))\n"
    )
    out = tmp_path / "headless.pdf"
    result = subprocess.run([sys.executable, "-c", script, str(out)], cwd=ROOT, env=env, capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 1 and out.read_bytes().startswith(b"%PDF-")


def lay_out_on_pdf(document, path: Path):  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QPdfWriter

    from dvc_desktop.reports.fonts import register_fonts
    from dvc_desktop.reports.layout import Geometry
    from dvc_desktop.reports.render import lay_out, prepare

    writer = QPdfWriter(str(path))
    writer.setResolution(1200)
    prepare(writer)
    geometry = Geometry(writer, register_fonts())
    return geometry, lay_out(document, geometry)


def long_document(rows: int = 140):  # type: ignore[no-untyped-def]
    from datetime import date

    from dvc_desktop.reports.document import Column, Document, Letterhead, Paragraph, Row, Table

    names = ("Cấp giấy chứng nhận đủ điều kiện kinh doanh dịch vụ bảo vệ", "Đăng ký khai sinh",
             "Thẩm định, phê duyệt phương án ứng phó thiên tai cho công trình vùng hạ du đập thủy điện thuộc "
             "thẩm quyền phê duyệt của Ủy ban nhân dân tỉnh")
    table = Table("Bảng 1. Thử một bảng dài", (Column("STT", 5, "center"), Column("Mã TTHC", 14),
                                               Column("Tên thủ tục hành chính", 50), Column("Ghi chú", 20)),
                  tuple(Row((str(i), f"1.{i:06d}", names[i % 3], "Một phần" if i % 2 else "")) for i in range(1, rows + 1)))
    return Document("BÁO CÁO", "Thử bố cục", Letterhead("ỦY BAN NHÂN DÂN TỈNH SƠN HÀ", "VĂN PHÒNG UBND TỈNH",
                                                          "Số:   /BC-", "Sơn Hà", date(2026, 1, 5)),
                    [Paragraph("Đoạn mở đầu. " * 30), table, Paragraph("Đoạn kết./.")])


def test_every_item_fits_its_page_so_no_row_is_cut(qapp, tmp_path):
    geometry, pages = lay_out_on_pdf(long_document(), tmp_path / "x.pdf")
    assert len(pages) >= 4
    for items in pages:
        for item in items:
            assert 0 <= item.top and item.top + item.height <= geometry.height + 0.01
        tops = [item.top for item in items]
        assert tops == sorted(tops)  # nothing overlaps what came before it
        for before, after in zip(items, items[1:]):
            assert before.top + before.height <= after.top + 0.01


def test_cancelling_leaves_no_file(qapp, tmp_path):
    from dvc_desktop.progress import Cancelled
    from dvc_desktop.reports.render import write_pdf

    def cancel_on_page_two(done: int, total: int) -> None:
        if done == 1:
            raise Cancelled()

    out = tmp_path / "huy.pdf"
    with pytest.raises(Cancelled):
        write_pdf(long_document(), out, cancel_on_page_two)
    assert list(tmp_path.iterdir()) == []


def test_pages_look_alike_on_any_resolution(qapp, tmp_path):
    """The preview's printer and the PDF differ in resolution; the page breaks must not."""
    from PySide6.QtGui import QPdfWriter

    from dvc_desktop.reports.fonts import register_fonts
    from dvc_desktop.reports.layout import Geometry
    from dvc_desktop.reports.render import lay_out, prepare

    counts = []
    for dpi in (300, 600, 1200):
        writer = QPdfWriter(str(tmp_path / f"{dpi}.pdf"))
        writer.setResolution(dpi)
        prepare(writer)
        pages = lay_out(long_document(), Geometry(writer, register_fonts()))
        counts.append([len(items) for items in pages])
    assert counts[0] == counts[1] == counts[2]

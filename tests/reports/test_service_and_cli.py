"""`report OUT.pdf [--unit CODE]`: the service, its refusals, the command line, and how long it takes."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from dvc_desktop.services.errors import InvalidRequest
from tests.reports.conftest import flat, pdfinfo, pdftotext

ROOT = Path(__file__).resolve().parents[2]


def copy_store(built, target: Path) -> Path:  # type: ignore[no-untyped-def]
    from dvc_desktop.services.backup import backup
    from dvc_desktop.services.context import open_context

    target.mkdir(parents=True)
    with open_context(built.store) as context:
        backup(context, target / "dvc-desktop.sqlite")
    return target


def test_the_report_verb_in_process(built, tmp_path, capsys):
    from dvc_desktop.cli import build_parser
    from dvc_desktop.services.context import open_context

    out = tmp_path / "don-vi.pdf"
    args = build_parser().parse_args(["report", str(out), "--unit", built.history_code])
    with open_context(built.store) as context:
        assert args.handler(context, args) == 0
    printed = capsys.readouterr().out
    assert str(out) in printed and f"{pdfinfo(out)['Pages']} trang" in printed
    assert built.history_unit.units[0].name in flat(pdftotext(out, first=1, last=1))


def test_refusals_name_the_problem(built, tmp_path):
    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.reports import write_report

    with open_context(built.store) as context:
        with pytest.raises(InvalidRequest, match="pdf"):
            write_report(context, tmp_path / "bao-cao.docx")
        with pytest.raises(InvalidRequest, match="9.99.99.H59"):
            write_report(context, tmp_path / "x.pdf", unit="9.99.99.H59")
        with pytest.raises(InvalidRequest, match="khong-co"):
            write_report(context, tmp_path / "khong-co" / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_a_department_prints_its_own_summary_and_only_its_own(qapp, context, department, tmp_path):
    from dvc_desktop.demo.build import load_demo
    from dvc_desktop.services.reports import write_report

    load_demo(context)  # a department store: Sở Tư pháp's own work
    result = write_report(context, tmp_path / "stp.pdf")
    first = flat(pdftotext(result.path, first=1, last=1))
    assert "SỞ TƯ PHÁP" in first and "Tình hình cung cấp dịch vụ công trực tuyến của Sở Tư pháp" in first
    assert "GIÁM ĐỐC" in flat(pdftotext(result.path))
    with pytest.raises(InvalidRequest):
        write_report(context, tmp_path / "khac.pdf", unit="000.00.12.H59")


def test_the_real_command_line_without_a_display(built, tmp_path):
    from dvc_desktop.cli import build_parser

    verbs = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert "report" in verbs.choices
    store = copy_store(built, tmp_path / "store")
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["XDG_STATE_HOME"] = str(tmp_path / "state")
    out = tmp_path / "tinh.pdf"
    result = subprocess.run([sys.executable, "-m", "dvc_desktop", "--data-dir", str(store), "report", str(out)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert pdfinfo(out)["Pages"] == str(built.province_pages)
    wrong = subprocess.run([sys.executable, "-m", "dvc_desktop", "--data-dir", str(store), "--overwrite", "report",
                            str(out), "--unit", "0.00.00.H00"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert wrong.returncode == 2 and "0.00.00.H00" in wrong.stderr and wrong.stderr.count("\n") == 1


def add_units(store: Path, total: int) -> int:
    """Copy the first commune's classifications to new communes until the province has `total` units."""
    from sqlalchemy import func, insert, select

    from dvc_desktop.domain.text import fold
    from dvc_desktop.services.context import open_context
    from dvc_desktop.store import models

    with open_context(store) as context, context.transaction() as session:
        counted = session.scalar(select(func.count(func.distinct(models.Classification.unit_id)))) or 0
        template = session.scalars(select(models.Unit).where(models.Unit.kind == "commune")
                                   .order_by(models.Unit.code)).first()
        rows = session.execute(select(models.Classification).where(models.Classification.unit_id == template.id)
                               ).scalars().all()
        columns = [c.key for c in models.Classification.__table__.columns if c.key not in ("id", "unit_id")]
        for number in range(total - counted):
            name = f"UBND xã Thử nghiệm Số {number + 1}"
            unit = models.Unit(code=f"000.40.{number:02d}.H59", name=name, name_folded=fold(name), kind="commune",
                               level_code="xa", parent_id=template.parent_id)
            session.add(unit)
            session.flush()
            session.execute(insert(models.Classification),
                            [{**{c: getattr(r, c) for c in columns}, "unit_id": unit.id} for r in rows])
        return session.scalar(select(func.count(func.distinct(models.Classification.unit_id)))) or 0


def test_time_to_produce_the_province_summary(built, tmp_path, record_property):
    """Figures for the report: the demo province, and the same province with 50 units."""
    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.reports import write_report

    store = copy_store(built, tmp_path / "store")
    with open_context(store) as context:
        demo = min((write_report(context, tmp_path / f"demo-{i}.pdf") for i in range(2)), key=lambda r: r.seconds)
    assert add_units(store, 50) == 50
    started = time.perf_counter()
    with open_context(store) as context:
        fifty = min((write_report(context, tmp_path / f"fifty-{i}.pdf") for i in range(2)), key=lambda r: r.seconds)
    whole = flat(pdftotext(fifty.path))
    assert "UBND xã Thử nghiệm Số 30" in whole and "Số đơn vị đã phân loại thủ tục hành chính: 50." in whole
    record_property("demo_seconds", round(demo.seconds, 2))
    record_property("fifty_seconds", round(fifty.seconds, 2))
    print(f"\nprovince summary: demo {demo.pages} pages in {demo.seconds:.2f} s; "
          f"50 units {fifty.pages} pages in {fifty.seconds:.2f} s (two runs with 50 units: {time.perf_counter() - started:.1f} s)")
    assert demo.seconds < 5 and fifty.seconds < 10  # "a few seconds" on a slow shared machine


def test_the_report_stays_vietnamese_under_the_english_interface(built, qapp, tmp_path):
    from dvc_desktop.gui.translation import install
    from dvc_desktop.i18n import install_translator
    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.reports import write_report

    translator = install(qapp, "en")
    try:
        with open_context(built.store) as context:
            unit = write_report(context, tmp_path / "don-vi.pdf", unit=built.long_code)
            province = write_report(context, tmp_path / "tinh.pdf")
    finally:
        if translator is not None:
            qapp.removeTranslator(translator)
        install_translator(None)
    assert flat(pdftotext(province.path)) == flat(pdftotext(built.province_pdf))
    assert flat(pdftotext(unit.path)) == flat(pdftotext(built.long_pdf))

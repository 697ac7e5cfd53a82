"""`dvc-desktop publish`: the Danh mục read back from the files it writes."""

from __future__ import annotations

import csv
import os
import json
import shutil
import subprocess

import openpyxl
import pytest

from dvc_desktop.cli import main
from dvc_desktop.services.context import open_context
from dvc_desktop.services.publication import build_catalogue, roman
from tests.conftest import demo_province

pytestmark = pytest.mark.engines  # on SQLite and on a PostgreSQL server


@pytest.fixture()
def province(data_dir):
    return demo_province(data_dir)


def test_roman_numerals():
    assert [roman(n) for n in (1, 2, 4, 9, 14, 40)] == ["I", "II", "IV", "IX", "XIV", "XL"]


def test_workbook_rows_groups_and_subtotals_read_back(province, tmp_path, capsys):
    out = tmp_path / "danh-muc.xlsx"
    assert main(["publish", str(out), "--kind", "draft"]) == 0
    assert "Đã ghi Danh mục" in capsys.readouterr().out
    with open_context(province) as context:
        catalogue = build_catalogue(context)
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["Danh mục", "Tổng hợp theo đơn vị", "Trang thông tin điện tử"]
    sheet = book["Danh mục"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[4] == ("STT", "Mã TTHC", "Tên TTHC", "Lĩnh vực", "Cơ quan thực hiện", "Cấp thực hiện", "Hình thức",
                       "Ghi chú")
    assert sheet.freeze_panes == "A6" and sheet.print_title_rows == "$5:$5"
    assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
    assert sheet["C7"].font.name == "Times New Roman" and sheet["C7"].alignment.wrap_text
    sections = [r for r in rows[5:] if r[0] in ("I", "II")]
    assert [s[1] for s in sections] == [s.title for s in catalogue.sections]
    procedure_rows = [r for r in rows[5:] if r[1] and r[2] and isinstance(r[0], int) and r[3] is not None]
    assert len(procedure_rows) == len(catalogue.rows) == catalogue.counts.procedures
    subtotals = [r for r in rows if r[1] == "Cộng"]
    assert len(subtotals) == sum(len(s.groups) for s in catalogue.sections)
    assert rows[-1][1] == "Tổng cộng" and str(catalogue.counts.procedures) in rows[-1][2]
    summary = list(book["Tổng hợp theo đơn vị"].iter_rows(values_only=True))
    assert summary[-1][2] == catalogue.counts.procedures
    assert len(list(book["Trang thông tin điện tử"].iter_rows())) == len(catalogue.websites) + 1


def test_text_that_looks_like_a_formula_stays_text(province, tmp_path):
    from dvc_desktop.store import models

    with open_context(province) as context, context.transaction() as session:
        classified = session.query(models.Procedure).join(
            models.Classification, models.Classification.procedure_id == models.Procedure.id).distinct()
        procedure = classified.first()
        procedure.name = "=HYPERLINK(\"http://x\",\"bấm\")"
        second = classified.offset(1).first()
        second.name = "+1+1"
    out = tmp_path / "d.xlsx"
    assert main(["publish", str(out), "--kind", "draft"]) == 0
    cells = [c for row in openpyxl.load_workbook(out)["Danh mục"].iter_rows() for c in row
             if isinstance(c.value, str) and c.value.startswith(("=", "+"))]
    assert cells and all(c.data_type == "s" for c in cells)
    csv_out = tmp_path / "d.csv"
    assert main(["publish", str(csv_out)]) == 0
    text = csv_out.read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in text and "'+1+1" in text


def test_csv_has_a_bom_and_json_follows_its_schema(province, tmp_path):
    csv_out, json_out = tmp_path / "d.csv", tmp_path / "d.json"
    assert main(["publish", str(csv_out), "--level", "xa"]) == 0
    assert csv_out.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(csv_out.read_text(encoding="utf-8-sig").splitlines()))
    assert rows[0][:3] == ["STT", "Mã TTHC", "Tên TTHC"] and all(r[5] == "Cấp xã" for r in rows[1:])
    assert main(["publish", str(json_out), "--unit", "000.00.11.H59"]) == 0
    document = json.loads(json_out.read_text(encoding="utf-8"))
    assert document["format"] == "dvc-catalogue" and document["format_version"] == 1
    agencies = {p["agency"] for s in document["sections"] for g in s["groups"] for p in g["procedures"]}
    assert agencies == {"Sở Nội vụ"}
    assert document["totals"]["procedures"] == sum(s["totals"]["procedures"] for s in document["sections"])


def test_unknown_format_is_a_usage_error(province, tmp_path, capsys):
    assert main(["publish", str(tmp_path / "d.docx")]) == 2
    assert ".docx" in capsys.readouterr().err
    assert main(["publish", str(tmp_path / "d.pdf"), "--kind", "draft"]) == 2  # a PDF is the official appendix
    assert "chính thức" in capsys.readouterr().err


@pytest.mark.skipif(shutil.which("soffice") is None and not os.environ.get("CI"),
                    reason="LibreOffice is installed by scripts/test as root (required in CI)")
@pytest.mark.sqlite_only("LibreOffice reads the written file; the store is not involved")
def test_libreoffice_opens_the_workbook(province, tmp_path):
    out = tmp_path / "danh-muc.xlsx"
    assert main(["publish", str(out), "--kind", "draft", "--unit", "000.00.11.H59"]) == 0  # Sở Nội vụ sent its package
    subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to", "pdf",
                    "--outdir", str(tmp_path), str(out)], check=True, capture_output=True, timeout=240)
    assert (tmp_path / "danh-muc.pdf").stat().st_size > 10_000


@pytest.mark.parametrize("name", ["danh-muc.xlsx", "danh-muc.csv", "danh-muc.json"])
def test_a_publication_whose_record_cannot_commit_leaves_no_file(province, tmp_path, request, capsys, name):
    """The file is put in place only once its record (and audit) has committed: a full disk at the
    commit leaves neither a published file nor a half one, and the store records nothing."""
    out = tmp_path / "out" / name
    out.parent.mkdir()
    request.getfixturevalue("failing_commit")
    code = main(["publish", str(out), "--kind", "draft"])
    assert code == 1 and "Ổ đĩa đã đầy" in capsys.readouterr().err
    assert list(out.parent.iterdir()) == []


@pytest.mark.parametrize("argv", [["--kind", "official"], ["--kind", "draft"]])
def test_an_empty_catalogue_is_refused_with_the_reason(tmp_path, capsys, argv):
    data = tmp_path / "tinh"
    assert main(["--data-dir", str(data), "init", "--role", "province", "--unit-code", "000.00.01.H42",
                 "--unit-name", "Văn phòng UBND tỉnh", "--province-code", "H42"]) == 0
    out = tmp_path / "danh-muc.xlsx"
    capsys.readouterr()
    assert main(["--data-dir", str(data), "publish", str(out), *argv]) == 2
    assert "không có thủ tục nào để công bố" in capsys.readouterr().err
    assert not out.exists()


def _review_counts(data_dir) -> dict[str, int]:
    from sqlalchemy import func, select

    from dvc_desktop.services.context import open_context
    from dvc_desktop.store import models

    c = models.Classification
    with open_context(data_dir) as context, context.transaction() as session:  # whichever engine holds it
        return dict(session.execute(select(c.review_status, func.count()).where(c.form.is_not(None))
                                    .group_by(c.review_status)).all())  # type: ignore[arg-type]


def test_returned_unreviewed_and_unclassified_answers_can_be_left_out(province, tmp_path):
    counts = _review_counts(province)
    assert counts.get("returned") and counts.get("") and counts.get("accepted")  # the demo has all three
    every = tmp_path / "every.json"
    assert main(["publish", str(every)]) == 0
    everything = json.loads(every.read_text(encoding="utf-8"))
    kept = tmp_path / "kept.json"
    assert main(["publish", str(kept), "--leave-out", "returned", "--leave-out", "unreviewed",
                 "--leave-out", "unclassified"]) == 0
    accepted_only = json.loads(kept.read_text(encoding="utf-8"))
    total = lambda document: document["totals"]["procedures"]  # noqa: E731
    assert total(accepted_only) == counts["accepted"] < total(everything)
    assert accepted_only["totals"]["chua_phan_loai"] == 0

    # The official appendix: classified answers only, and the same choice.
    official = tmp_path / "phu-luc.xlsx"
    assert main(["publish", str(official), "--leave-out", "returned", "--leave-out", "unreviewed"]) == 0
    with open_context(province) as context:
        from dvc_desktop.services.publication import build_appendix

        full = build_appendix(context)
        reviewed = build_appendix(context, leave_out=("returned", "unreviewed"))
    assert sum(p.line_count for p in reviewed.parts) < sum(p.line_count for p in full.parts)


def test_leaving_everything_out_is_refused_with_the_reason(data_dir, tmp_path, capsys):
    from tests.conftest import PROVINCE_IDENTITY

    role, code, name, province_code, province_name, domain = PROVINCE_IDENTITY
    assert main(["init", "--role", role, "--unit-code", code, "--unit-name", name, "--province-code",
                 province_code]) == 0
    capsys.readouterr()
    out = tmp_path / "d.xlsx"
    assert main(["publish", str(out), "--leave-out", "unreviewed"]) != 0
    err = capsys.readouterr().err
    assert "không có thủ tục nào để công bố" in err and "chưa xem xét" in err
    assert not out.exists()
    with pytest.raises(SystemExit):  # an unknown choice: argparse's usage error
        main(["publish", str(out), "--leave-out", "whatever"])


@pytest.mark.parametrize("suffix", [".csv", ".json"])
def test_cancel_stops_a_csv_or_json_publication_and_leaves_no_file(province, tmp_path, suffix):
    from dvc_desktop.progress import Cancelled
    from dvc_desktop.services.publication import publish

    calls: list[tuple[int, int]] = []

    def cancel_after_the_first(done: int, total: int) -> None:
        calls.append((done, total))
        if len(calls) > 1:
            raise Cancelled()

    out = tmp_path / "out" / f"danh-muc{suffix}"
    out.parent.mkdir()
    with open_context(province) as context, pytest.raises(Cancelled):
        publish(context, out, kind="draft", progress=cancel_after_the_first)
    assert list(out.parent.iterdir()) == []  # neither the file nor a .partial

"""`dvc-desktop --self-test`: does this installation work? (also inside the PyInstaller bundle)

In a temporary folder it sets up a province and a department, each with its own store and signing
key (random passphrases, kept in memory), and runs the whole flow through the services, as the
window and the command line do: a catalogue imported from an Excel workbook written here, the
province's reference package exported and imported at the department, a few procedures classified,
the department's package exported, verified and imported at the province (twice: the second time
changes nothing), and the supervisors' report printed to a PDF without a display. Each step prints
`OK <step> (<seconds> s)` or `FAILED <step>: <reason>`; after a failure the steps that depend on it
print `SKIPPED <step>`. The three status words stay untranslated so scripts can rely on them.
The temporary folder is removed at the end, whatever happened; the user's store, settings and log
are never touched. Exit code 0 when every step passed, 1 otherwise.
"""

from __future__ import annotations

import re
import secrets
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from dvc_desktop.i18n import translate

# A province and one of its departments; the codes follow the national unit identifiers.
PROVINCE_CODE = "H59"
PROVINCE_UNIT = ("000.00.01.H59", "Văn phòng UBND tỉnh")
DEPARTMENT_UNIT = ("000.00.13.H59", "Sở Tư pháp")
# A small catalogue in the layout provinces publish: (code, name, sector, level, agency).
CATALOGUE = (
    ("1.001193", "Đăng ký khai sinh", "Hộ tịch", "Cấp xã", "UBND cấp xã"),
    ("1.001022", "Đăng ký kết hôn có yếu tố nước ngoài", "Hộ tịch", "Cấp tỉnh", "Sở Tư pháp"),
    ("2.000635", "Cấp bản sao trích lục hộ tịch", "Hộ tịch", "Cấp tỉnh", "Sở Tư pháp"),
    ("2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản", "Chứng thực", "Cấp xã", "UBND cấp xã"),
    ("1.001233", "Cấp Phiếu lý lịch tư pháp cho công dân Việt Nam", "Lý lịch tư pháp", "Cấp tỉnh",
     "Sở Tư pháp"),
    ("1.008725", "Đăng ký hoạt động của Văn phòng công chứng", "Công chứng", "Cấp tỉnh", "Sở Tư pháp"),
)
CLASSIFIED = 4  # how many of them the department handles ("Sở Tư pháp"), and classifies
_PDF_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")


def _t(text: str, **params: object) -> str:
    return translate("selftest", text, **params)


class StepFailed(Exception):
    """A check did not hold; str() is the reason shown to the user."""


def _expect(condition: object, reason: str) -> None:
    if not condition:
        raise StepFailed(reason)


@dataclass
class _Run:
    """What the steps share: the scratch folder, the two open stores, their passphrases."""

    root: Path
    contexts: dict[str, object] = field(default_factory=dict)  # "province" / "department" → ServiceContext
    passphrases: dict[str, str] = field(default_factory=dict)
    found: dict[str, object] = field(default_factory=dict)  # results later steps use

    @property
    def province(self):
        return self.contexts["province"]

    @property
    def department(self):
        return self.contexts["department"]

    def close(self) -> None:
        for context in self.contexts.values():
            context.close()  # type: ignore[attr-defined]
        self.contexts.clear()


# ---------------------------------------------------------------- the steps


def _resources(run: _Run) -> None:
    """Data, forms, fonts, translation and icon are where the code looks for them, and Qt can read them."""
    from xml.etree import ElementTree

    from PySide6.QtCore import QTranslator
    from PySide6.QtGui import QIcon, QImageReader

    from dvc_desktop.excel.safety import require_defusedxml
    from dvc_desktop.reports.fonts import BUNDLED_FILES, ensure_gui_application
    from dvc_desktop.resources import resource_path, ui_path
    from dvc_desktop.store.migrate import head_revision

    require_defusedxml()  # openpyxl must parse workbooks through defusedxml
    needed = [resource_path("reference", "levels.json"), resource_path("excel", "catalog_columns.json"),
              resource_path("demo", "province.json"), resource_path("icons", "dvc-desktop.svg"),
              resource_path("translations", "dvc_en.qm")]
    needed += [resource_path("fonts", name) for name in BUNDLED_FILES]
    for folder in ("rulesets", "schemas"):
        files = sorted(resource_path(folder).glob("*.json"))
        _expect(files, _t("Không có tệp nào trong {path}.", path=resource_path(folder)))
        needed += files
    missing = [str(path) for path in needed if not path.is_file()]
    _expect(not missing, _t("Thiếu tệp: {files}", files=", ".join(missing)))
    forms = sorted(ui_path().glob("*.ui"))
    _expect(forms, _t("Không có tệp giao diện nào trong {path}.", path=ui_path()))
    for form in forms:
        try:
            ElementTree.parse(form)  # our own files, not user input
        except ElementTree.ParseError as error:
            raise StepFailed(_t("Tệp giao diện {name} hỏng: {error}", name=form.name, error=error)) from error
    _expect(head_revision(), _t("Không đọc được các bước chuyển đổi cơ sở dữ liệu."))
    ensure_gui_application()
    _expect(QTranslator().load(str(resource_path("translations", "dvc_en.qm"))),
            _t("Không nạp được bản dịch tiếng Anh."))
    formats = {bytes(f.data()).decode() for f in QImageReader.supportedImageFormats()}
    _expect("svg" in formats, _t("Qt không đọc được ảnh SVG (thiếu plugin imageformats/qsvg)."))
    _expect(not QIcon(str(resource_path("icons", "dvc-desktop.svg"))).pixmap(32, 32).isNull(),
            _t("Không vẽ được biểu tượng của ứng dụng."))


def _stores(run: _Run) -> None:
    """A province and a department, each in a store of its own, set up as `dvc-desktop init` does."""
    from dvc_desktop.services.context import open_context
    from dvc_desktop.services.setup import initialise

    for role, (code, name) in (("province", PROVINCE_UNIT), ("department", DEPARTMENT_UNIT)):
        run.contexts[role] = context = open_context(run.root / role)
        initialise(context, role, code, name, PROVINCE_CODE, "Tỉnh Sơn Hà", "sonha.gov.vn")


def _keys(run: _Run) -> None:
    """Both offices make a key; the province places the department in its unit tree and trusts its key."""
    from dvc_desktop.services.keys import (
        add_trusted_key,
        export_public_key,
        generate_signing_key,
        list_trusted,
    )
    from dvc_desktop.services.units import add_unit

    for role in ("province", "department"):
        run.passphrases[role] = secrets.token_urlsafe(24)
        generate_signing_key(run.contexts[role], run.passphrases[role])  # type: ignore[arg-type]
    add_unit(run.province, DEPARTMENT_UNIT[0], DEPARTMENT_UNIT[1], "tinh")  # as `units add` does
    public = export_public_key(run.department, run.root / "department.pub")
    add_trusted_key(run.province, public, DEPARTMENT_UNIT[0])
    trusted = [k for k in list_trusted(run.province) if k.unit_code == DEPARTMENT_UNIT[0] and k.state == "active"]
    _expect(len(trusted) == 1, _t("Tỉnh chưa tin cậy khóa của đơn vị."))


def _write_workbook(path: Path) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Danh mục TTHC"
    sheet.append(["DANH MỤC THỦ TỤC HÀNH CHÍNH THUỘC THẨM QUYỀN GIẢI QUYẾT CỦA TỈNH SƠN HÀ"])
    sheet.merge_cells("A1:F1")
    sheet.append([])
    sheet.append(["STT", "Mã thủ tục", "Tên thủ tục hành chính", "Lĩnh vực", "Cấp thực hiện", "Cơ quan thực hiện"])
    for number, row in enumerate(CATALOGUE, start=1):
        sheet.append([number, *row])
    workbook.save(path)
    return path


def _catalogue(run: _Run) -> None:
    from dvc_desktop.services.catalog import import_catalog_excel

    report = import_catalog_excel(run.province, _write_workbook(run.root / "danh-muc.xlsx"))
    reasons = "; ".join(f"{r.row}: {r.reason}" for r in report.rejected)
    _expect(not report.rejected, _t("Các dòng bị từ chối: {rows}", rows=reasons))
    _expect(report.added == len(CATALOGUE), _t("Nhập được {n} thủ tục, cần {expected}.", n=report.added,
                                               expected=len(CATALOGUE)))


def _reference(run: _Run) -> None:
    from dvc_desktop.services.keys import key_info
    from datetime import timedelta

    from dvc_desktop.services.packages import export_reference, import_packages
    from dvc_desktop.services.rounds import open_round, round_of

    deadline = run.province.today() + timedelta(days=14)
    open_round(run.province, "Rà soát tự kiểm tra", "Công văn tự kiểm tra", deadline)  # as `round open` does
    exported = export_reference(run.province, run.root / "tham-chieu.dvcpkg", run.passphrases["province"])
    fingerprint = key_info(run.province).fingerprint  # the department checks it out of band
    [result] = import_packages(run.department, [exported.path], expected_fingerprint=fingerprint,
                               only_kind="reference")
    _expect(result.status == "imported", _t("Đơn vị không nhập được gói tham chiếu: {reason}",
                                            reason=result.reason or result.status))
    _expect(result.added == len(CATALOGUE), _t("Gói tham chiếu mang {n} thủ tục, cần {expected}.",
                                               n=result.added, expected=len(CATALOGUE)))
    announced = round_of(run.department)
    _expect(announced is not None and announced.deadline == deadline,
            _t("Đơn vị không nhận được đợt rà soát và hạn nộp từ gói tham chiếu."))


def _classify(run: _Run) -> None:
    """What a clerk does in the window: the procedures the reference assigned to the unit, answered
    and marked ready."""
    from dvc_desktop.domain.classification import Checklist, Classification, Form
    from dvc_desktop.services import workspace

    ids = [row.id for row in workspace.load_rows(run.department)]
    _expect(len(ids) == CLASSIFIED, _t("Gói tham chiếu giao {n} thủ tục cho đơn vị, cần {expected}.", n=len(ids),
                                       expected=CLASSIFIED))
    for index, classification_id in enumerate(ids):
        if index % 2:
            wanted = Classification(Checklist(True, True, False, True, True), Form.PARTIAL,
                                    "law_requires_presence", "Khoản 1 Điều 9 Luật Hộ tịch 2014")
        else:
            wanted = Classification(Checklist(True, True, True, True, True), Form.FULL)
        workspace.save_classification(run.department, classification_id, wanted)
    marked = workspace.mark_ready(run.department, ids)
    _expect(not marked.refused, _t("Không đánh dấu sẵn sàng được: {reasons}",
                                   reasons="; ".join(marked.refused.values())))
    summary = workspace.progress(run.department)
    _expect(summary.classified == summary.ready == CLASSIFIED,
            _t("Đã phân loại {classified}, sẵn sàng {ready}, cần {expected}.", classified=summary.classified,
               ready=summary.ready, expected=CLASSIFIED))


def _export(run: _Run) -> None:
    from dvc_desktop.services.packages import export_submission

    exported = export_submission(run.department, run.root / "goi-so-tu-phap.dvcpkg", run.passphrases["department"])
    _expect(exported.path.is_file() and exported.records == CLASSIFIED,
            _t("Gói của đơn vị có {n} bản ghi, cần {expected}.", n=exported.records, expected=CLASSIFIED))
    run.found["package"] = exported.path


def _verify(run: _Run) -> None:
    from dvc_desktop.services.packages import verify_package

    result = verify_package(run.province, run.found["package"])  # type: ignore[arg-type]
    _expect(result["valid"], _t("Gói không hợp lệ: {reason}", reason=result["reason"]))
    _expect(result["sender"] == DEPARTMENT_UNIT[0] and result["procedures"] == CLASSIFIED,
            _t("Gói ghi đơn vị {sender} với {n} thủ tục.", sender=result["sender"], n=result["procedures"]))


def _import(run: _Run) -> None:
    from dvc_desktop.services.packages import import_packages

    package = run.found["package"]
    [first] = import_packages(run.province, [package])  # type: ignore[list-item]
    _expect(first.status == "imported", _t("Tỉnh không nhập được gói: {reason}", reason=first.reason or first.status))
    _expect(first.added == CLASSIFIED, _t("Tỉnh nhận {n} phân loại, cần {expected}.", n=first.added,
                                          expected=CLASSIFIED))
    [again] = import_packages(run.province, [package])  # type: ignore[list-item]
    _expect(again.status == "already_imported", _t("Nhập lại cùng một gói không được báo là đã nhập."))


def _report(run: _Run) -> None:
    from dvc_desktop.reports.fonts import ensure_gui_application
    from dvc_desktop.services.reports import write_report

    ensure_gui_application()  # offscreen when there is no display
    result = write_report(run.province, run.root / "bao-cao.pdf")
    data = result.path.read_bytes()
    _expect(data.startswith(b"%PDF-"), _t("Tệp báo cáo không phải PDF."))
    pages = len(_PDF_PAGE.findall(data))
    _expect(result.pages >= 1 and pages == result.pages,
            _t("Báo cáo có {pages} trang trong tệp PDF, {painted} trang được vẽ.", pages=pages, painted=result.pages))


def _signatures(run: _Run) -> None:
    """A certificate made for the test signs the report (PAdES, its Vietnamese text in an embedded font)
    and the province checks it against that certificate's CA: what a token's certificate does."""
    from dvc_desktop.certificates.throwaway import make_throwaway
    from dvc_desktop.services.certificates import Pkcs12Source, add_trusted_cas, configure_signing_certificate
    from dvc_desktop.services.document_signing import verify_pdf_file
    from dvc_desktop.services.reports import write_report

    password = secrets.token_urlsafe(12)
    made = make_throwaway(password)
    (run.root / "tu-kiem-tra.p12").write_bytes(made.pkcs12)
    (run.root / "ca-tu-kiem-tra.pem").write_bytes(made.ca_pem)
    configure_signing_certificate(run.province, Pkcs12Source(str(run.root / "tu-kiem-tra.p12")), password)
    add_trusted_cas(run.province, run.root / "ca-tu-kiem-tra.pem")
    signed = write_report(run.province, run.root / "bao-cao-ky-so.pdf", sign=True, pin=password)
    checked = verify_pdf_file(run.province, signed.path)
    _expect(checked["valid"], _t("Báo cáo ký số không kiểm tra được: {reason}",
                                 reason="; ".join(s["reason"] for s in checked["signatures"]) or "—"))


def _server_driver(_run: _Run) -> None:
    """What a province on a PostgreSQL server needs is in the installation (no server is contacted)."""
    from dvc_desktop.store.server import driver_parts

    impl, version = driver_parts()
    _expect(impl in ("binary", "c") and version >= 130000,
            _t("Thiếu thư viện kết nối PostgreSQL (libpq {version}, {impl}).", version=version, impl=impl))


def steps() -> list[tuple[str, Callable[[_Run], None]]]:
    """(name shown to the user, step), in order; each step needs the ones before it."""
    return [
        (_t("tài nguyên đi kèm"), _resources),
        (_t("kho dữ liệu của tỉnh và của đơn vị"), _stores),
        (_t("khóa ký và tin cậy khóa"), _keys),
        (_t("nhập danh mục từ Excel"), _catalogue),
        (_t("gói tham chiếu: xuất và nhập"), _reference),
        (_t("phân loại thủ tục"), _classify),
        (_t("xuất gói của đơn vị"), _export),
        (_t("kiểm tra gói"), _verify),
        (_t("nhập gói tại tỉnh"), _import),
        (_t("báo cáo PDF"), _report),
        (_t("ký số bằng chứng thư và kiểm tra PDF"), _signatures),
        (_t("trình kết nối máy chủ PostgreSQL"), _server_driver),
    ]


# ---------------------------------------------------------------- running


def _reason(error: BaseException) -> str:
    from dvc_desktop.services.errors import ServiceError

    if isinstance(error, (StepFailed, ServiceError)):
        return str(error)
    return f"{type(error).__name__}: {error}"


def run_self_test(out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run every step, print one line each and a summary; 0 when all passed, 1 otherwise."""
    from dvc_desktop.services.errors import ServiceError

    out = out or sys.stdout
    err = err or sys.stderr
    started = time.perf_counter()
    passed = failed = 0
    failed_before = False
    root = Path(tempfile.mkdtemp(prefix="dvc-selftest-"))
    run = _Run(root)
    try:
        for name, step in steps():
            if failed_before:
                print(f"SKIPPED {name}", file=out, flush=True)
                continue
            began = time.perf_counter()
            try:
                step(run)
            except Exception as error:  # noqa: BLE001 - every failure is reported, none stops the report
                failed += 1
                failed_before = True
                print(f"FAILED {name}: {_reason(error)}", file=out, flush=True)
                if not isinstance(error, (StepFailed, ServiceError)):
                    traceback.print_exc(file=err)
            else:
                passed += 1
                print(f"OK {name} ({time.perf_counter() - began:.2f} s)", file=out, flush=True)
    finally:
        name, began = _t("xóa thư mục tạm"), time.perf_counter()
        try:
            run.close()  # releases the stores' locks; then nothing of the test is left behind
        finally:
            try:
                shutil.rmtree(root)
            except OSError as error:
                failed += 1
                print(f"FAILED {name}: {error}", file=out, flush=True)
            else:
                passed += 1
                print(f"OK {name} ({time.perf_counter() - began:.2f} s)", file=out, flush=True)
    seconds = f"{time.perf_counter() - started:.1f}"
    if failed:
        print(_t("Tự kiểm tra KHÔNG ĐẠT: {failed} bước lỗi, {passed} bước đạt ({seconds} giây).",
                 failed=failed, passed=passed, seconds=seconds), file=out)
        return 1
    print(_t("Tự kiểm tra đạt: {passed} bước, {seconds} giây.", passed=passed, seconds=seconds), file=out)
    return 0

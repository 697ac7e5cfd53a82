"""The province demo receives its units' work as real signed packages.

`load_demo` in a province store writes the units, the catalogue and a deadline five days past
(demo/build.py); this module then plays the units. For each unit that takes part it makes a real
department store in a temporary directory, with its own signing key and the catalogue the
province's reference package brings, does the clerk's work there, and exports a submission package
(`export_submission`). The province trusts each unit's public key as `trust add` does and imports
the packages with `import_packages`: every package comes through the path a user's package takes.
The office then reviews some units' answers, and three of those units send a second package with
changes. Four units never send anything, so with the deadline past they are late; one of them is
the first department (Sở Tư pháp, the unit the department demo plays), so a department store set
up as that unit can still send a demo province its first package.

Demo-only choices a reader should know about:
- The reference package is signed by a stand-in key made on a throw-away copy of the province's
  store. The demo cannot sign with the province's own key (it does not know the passphrase, and
  must not give the key one that it knows) and a province store may have no key yet. The units'
  stores pin the stand-in key as the province's and are deleted at the end, so it signs nothing
  else; the province's own reference numbering stays untouched.
- Importing the 1,600-procedure reference takes about 0.7 s, so one department store imports it and
  each unit's store starts as an online copy of that store (SQLite backup API) that takes the unit's
  identity through `initialise`.
- Each unit's bulk of answers (130–300) is written in one insert, every answer checked first with
  the save rules the workspace applies. Through the workspace, row by row (an audit entry and
  several lookups per row), it takes about 3.5 ms a row, 10 s for the province. The answers the
  story turns on — the planted ones, the local procedure, the websites and the second packages'
  changes — go through the workspace services.
- A một phần without reason or legal provision is written straight into one unit's store, as a
  store from an older version or a hand-edited database would carry it: the services refuse it.
- The packages are all made moments apart; the first packages' recorded times (imported_at, and
  the manifest time kept with it) are moved back over the three weeks before the deadline, so the
  dashboard shows a campaign rather than one minute.
- The office's decisions are written on the classifications (review_status, review_comment) with
  one audit entry per unit (`demo.review`).
"""

from __future__ import annotations

import random
import sqlite3
import tempfile
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import delete, insert, select, update

from dvc_desktop.domain.classification import Checklist, Classification, Form, Status, save_issues
from dvc_desktop.domain.indicators import DossierFigures, Period, quarter_of
from dvc_desktop.domain.rulesets import RuleSet, rule_set_by_code, rule_set_in_force
from dvc_desktop.domain.units import UnitKind
from dvc_desktop.progress import Progress, no_progress
from dvc_desktop.i18n import translate
from dvc_desktop.services.context import ServiceContext, open_context
from dvc_desktop.demo.build import Planted, classification_row, grounded, random_classification, reasons_for
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.services.keys import add_trusted_key, export_public_key, generate_signing_key
from dvc_desktop.services.packages import export_reference, export_submission, import_packages
from dvc_desktop.services.settings import Identity
from dvc_desktop.services.setup import initialise
from dvc_desktop.services.dossier_figures import set_figures
from dvc_desktop.services.websites import save_website
from dvc_desktop.services.workspace import (
    LocalProcedure, add_procedures, create_local_procedure, save_classification,
)
from dvc_desktop.store import audit, models
from dvc_desktop.store.backup import backup_sqlite
from dvc_desktop.store.database import DB_FILE_NAME

if TYPE_CHECKING:
    from dvc_desktop.demo.build import _DemoBuilder

# Only for the units' throw-away keys, in stores deleted when the demo ends.
DEMO_PASSPHRASE = "mật khẩu mẫu của đơn vị"
DEADLINE_PASSED = timedelta(days=5)
LATE_DEPARTMENTS = 2  # the department demo's own unit (the first department) and one more
LATE_COMMUNES = 2

FULL = Checklist(True, True, True, True, True)
NOT_PROCESSED_ONLINE = Checklist(True, True, False, True, True)


@dataclass
class UnitPlan:
    """What one unit does in the story, decided up front so the demo is the same for a seed."""

    code: str
    name: str
    kind: UnitKind
    short: str
    submitted_at: datetime  # when the province received the first package (moved back, demo-only)
    answers: dict[str, tuple[Classification, datetime]]  # code → answer, written in one insert
    saved: dict[str, Classification] = field(default_factory=dict)  # saved one by one in the workspace
    by_hand: dict[str, tuple[Classification, datetime]] = field(default_factory=dict)  # refused by the rules
    # saved under Decree 42 before 1/7/2026, as a store of that time holds them (the reclassification check)
    earlier: dict[str, tuple[Classification, datetime]] = field(default_factory=dict)
    local: LocalProcedure | None = None
    local_answer: Classification | None = None
    website: dict | None = None
    review: dict[str, tuple[str, str]] = field(default_factory=dict)  # code → the office's decision, comment
    second: dict[str, Classification] = field(default_factory=dict)  # the changes in a second package


@dataclass
class ProvincePlan:
    province: Identity
    deadline: date
    own_websites: list[dict]  # the office's own site, written with the catalogue
    units: list[UnitPlan]  # the units that send packages, in the order they are imported
    late: list[str]  # units that never send one
    planted: list[Planted]


@dataclass(frozen=True)
class Received:
    packages: int
    units: int
    resubmitted: int


# ================================================================ the story


def plan(context: ServiceContext, builder: _DemoBuilder) -> ProvincePlan:
    """Who sends what, who is late, what the office reviews, and the planted inconsistencies."""
    if context.db.file is None:  # the units' stores start as SQLite copies of the province's
        raise InvalidRequest(translate("demo", "Dữ liệu mẫu của tỉnh chỉ nạp được vào kho dữ liệu là tệp trên máy."))
    rng, rules, today = builder.rng, builder.rules, builder.today
    provisions = builder.vocab["legal_provisions"]
    deadline = today - DEADLINE_PASSED
    departments = [builder._code(d["code"]) for d in builder.vocab["departments"]]
    communes = [builder._code(c["code"]) for c in builder.vocab["communes"]]
    # The first department is the unit the department demo plays (Sở Tư pháp): late here, so a
    # department store set up as that unit can still send the province its first package.
    late = [departments[0], *rng.sample(departments[1:], LATE_DEPARTMENTS - 1), *rng.sample(communes, LATE_COMMUNES)]
    sites = {spec["code"]: spec for spec in builder.website_specs(
        [code for code in builder.unit_ids if code in builder.short_names])}
    # The office runs the provincial portal, whose name is the province's domain itself.
    own = [{**spec, "url": f"https://{builder.domain}"} for code, spec in sites.items()
           if builder.unit_kinds[code] == UnitKind.PROVINCE]

    units = []
    for code in departments + communes:
        if code in late:
            continue
        kind = builder.unit_kinds[code]
        procedure_ids = builder.commune_ids if kind == UnitKind.COMMUNE else builder.owned.get(code, [])
        # office hours in Vietnam (UTC+7) on one of the twenty days before the deadline
        submitted_at = datetime.combine(deadline - timedelta(days=rng.randint(1, 20)), time(1, 0),
                                        timezone.utc) + timedelta(minutes=rng.randint(0, 540))
        answers = {}
        for procedure_id in procedure_ids:
            answer = random_classification(rng, rules, provisions, today)
            answers[builder.codes[procedure_id]] = (answer, _before(rng, submitted_at))
        units.append(UnitPlan(code, builder.unit_names[code], kind, builder.short_names[code], submitted_at, answers,
                              website=sites.get(code)))

    departments_in = [u for u in units if u.kind == UnitKind.DEPARTMENT]
    communes_in = [u for u in units if u.kind == UnitKind.COMMUNE]
    planted = _plant(builder, rng, departments_in, communes_in)
    _reviews(rng, rules, provisions, today, accepted=departments_in[5:8] + communes_in[4:5],
             returned=departments_in[8:9], resubmitting=departments_in[3:5] + communes_in[5:6])
    return ProvincePlan(builder.identity, deadline, own, units, late, planted)


def _before(rng: random.Random, moment: datetime) -> datetime:
    return moment - timedelta(days=rng.randint(0, 14), minutes=rng.randint(30, 600))


def _plant(builder: _DemoBuilder, rng: random.Random, departments: list[UnitPlan],
           communes: list[UnitPlan]) -> list[Planted]:
    """One of each inconsistency services/checks.py looks for, on units that send packages."""
    rules, provisions = builder.rules, builder.vocab["legal_provisions"]
    planted: list[Planted] = []
    commune_codes = sorted(builder.codes[i] for i in builder.commune_ids)
    disputed, forgotten = rng.sample(commune_codes, 2)

    # Two communes answer the same commune-level procedure differently.
    first, second = communes[0], communes[1]
    for unit in (first, second):
        unit.answers.pop(disputed, None)
    first.saved[disputed] = Classification(FULL, Form.FULL, status=Status.READY)
    second.saved[disputed] = Classification(NOT_PROCESSED_ONLINE, Form.PARTIAL, rules.partial_reasons[0].code,
                                             provisions[0], status=Status.READY)
    planted.append(Planted("disagreement", "", disputed))

    # Every commune has taken this procedure into its catalogue, none has classified it yet.
    for unit in communes:
        when = unit.answers.get(forgotten, (None, unit.submitted_at))[1]
        unit.answers[forgotten] = (Classification(), when)
    planted.append(Planted("unclassified_at_level", "", forgotten))

    # A một phần with neither reason nor legal provision (written by hand, see the module's notes).
    unit = departments[0]
    code = rng.choice(sorted(unit.answers))
    unit.by_hand[code] = (Classification(NOT_PROCESSED_ONLINE, Form.PARTIAL, status=Status.READY),
                          unit.answers.pop(code)[1])
    planted.append(Planted("partial_without_basis", unit.code, code))

    # Toàn trình although the checklist says the result is not returned online; the clerk's note
    # lets the workspace save it, and the office sees the contradiction.
    unit = departments[1]
    code = rng.choice(sorted(unit.answers))
    unit.answers.pop(code)
    unit.saved[code] = Classification(
        Checklist(True, True, True, True, False), Form.FULL,
        note="Sẽ trả kết quả qua bưu chính công ích khi ký hợp đồng với bưu điện tỉnh; đơn vị đề nghị giữ toàn trình.")
    planted.append(Planted("contradicts_checklist", unit.code, code))

    # A commune's own procedure: a local code the reference catalogue does not have.
    unit = communes[2]
    known = {code.split(".", 2)[1] for code in builder.codes.values()}
    number = next(n for n in (rng.randint(1, 999_999) for _ in range(1000)) if f"{n:06d}" not in known)
    local_code = f"2.{number:06d}.{unit.code}"
    unit.local = LocalProcedure(
        local_code, "Hỗ trợ kinh phí hoạt động cho tổ hòa giải ở cơ sở", "Hòa giải cơ sở", ("xa",),
        {"processing_time": "10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", "executing_agency": unit.name,
         "fees": "Không", "legal_basis": "Nghị quyết của Hội đồng nhân dân tỉnh về mức chi hỗ trợ hòa giải ở cơ sở"})
    unit.local_answer = Classification(FULL, Form.FULL, status=Status.READY)
    planted.append(Planted("unknown_code", unit.code, local_code))

    if rules.requires_portal_publication:  # Decree 224 from 1/7/2026 (the demo follows today's law)
        # An answer saved under Decree 42 in June 2026, with one of its reasons: to reclassify under Art. 14.
        unit = departments[3]
        code = rng.choice(sorted(unit.answers))
        when = datetime.combine(date(2026, 6, 15), time(3, 0), timezone.utc)
        unit.answers.pop(code)
        unit.earlier[code] = (Classification(NOT_PROCESSED_ONLINE, Form.PARTIAL, "in_person", provisions[0],
                                             status=Status.READY), when)
        planted.append(Planted("reclassify_nd42", unit.code, code))
        # A technical ground, described, whose reason is not yet published on the national portal.
        unit = departments[4]
        code = rng.choice(sorted(unit.answers))
        unit.answers.pop(code)
        unit.saved[code] = grounded(rng, Classification(NOT_PROCESSED_ONLINE, Form.PARTIAL, status=Status.READY),
                                    rules.reason("technical_other"), provisions, builder.today, published=False)
        planted.append(Planted("portal_unpublished", unit.code, code))
    # The catalogue listed one procedure at cấp huyện after 1/7/2025: imported, flagged for its level.
    flagged = rng.choice(sorted(builder.codes.values()))
    builder.session.execute(update(models.Procedure).where(models.Procedure.code == flagged)
                            .values(level_needs_update=True))
    planted.append(Planted("level_update", "", flagged))

    # Websites: one name off the domain rule, one conversion past its target date.
    domain = builder.domain
    unit = departments[2]
    unit.website = {**(unit.website or _site(unit)), "url": f"http://www.{unit.short}-{domain.split('.')[0]}.vn"}
    if builder.identity.province_domain:  # without the province's domain the checks cannot judge names
        planted.append(Planted("website", unit.code, ""))
    unit = communes[3]
    unit.website = {**(unit.website or _site(unit)), "url": f"https://{unit.short}.{domain}",
                    "plan_status": "planned", "target_date": builder.today - timedelta(days=30)}
    planted.append(Planted("website", unit.code, ""))
    return planted


def _site(unit: UnitPlan) -> dict:
    return {"code": unit.code, "name": f"Trang thông tin điện tử {unit.short}", "url": "",
            "linked_from_portal": False, "plan_status": "none", "target_date": None}


RETURNED_CONTRADICTING = "Bảng kiểm cho thấy chưa đủ điều kiện toàn trình; đề nghị xem lại hình thức hoặc bảng kiểm."
RETURNED_DRAFT = "Phân loại còn là bản nháp; đề nghị hoàn thiện và xác nhận trước khi gửi lại."


def _reviews(rng: random.Random, rules: RuleSet, provisions: list[str], today: date, accepted: list[UnitPlan],
             returned: list[UnitPlan], resubmitting: list[UnitPlan]) -> None:
    """The office accepts every answer of some units; of others it returns two drafts. Most of those
    units fix them in a second package, with a few procedures they classify meanwhile; one has not yet."""
    for unit in accepted:
        unit.review = {code: ("accepted", "") for code, (answer, _) in unit.answers.items() if answer.form}
    for unit in returned + resubmitting:
        sends_again = any(unit is other for other in resubmitting)
        answered = sorted(code for code, (answer, _) in unit.answers.items() if answer.form)
        drafts = [code for code in answered if unit.answers[code][0].status == Status.DRAFT]
        sent_back = rng.sample(drafts, min(2, len(drafts)))
        for code in answered:
            answer = unit.answers[code][0]
            if code not in sent_back:
                unit.review[code] = ("accepted", "")
                continue
            if answer.contradicts_checklist:
                unit.review[code] = ("returned", RETURNED_CONTRADICTING)
                fixed = grounded(rng, Classification(answer.checklist, Form.PARTIAL, status=Status.READY),
                                 rng.choice(reasons_for(rules, "mot_phan")), provisions, today, True)
            else:
                unit.review[code] = ("returned", RETURNED_DRAFT)
                fixed = replace(answer, status=Status.READY)
            if sends_again:
                unit.second[code] = fixed
        if sends_again:
            blank = sorted(code for code, (answer, _) in unit.answers.items() if not answer.form)
            for code in rng.sample(blank, min(3, len(blank))):
                unit.second[code] = Classification(FULL, Form.FULL, status=Status.READY)


# ================================================================ playing it


def receive(context: ServiceContext, plan: ProvincePlan, progress: Progress = no_progress) -> Received:
    """Make the units' stores and packages, and import them at the province as a user would.
    `progress(done, total)` after each step (most of the 25–30 s are the units' stores)."""
    assert context.db.file is not None
    resubmitting = [unit for unit in plan.units if unit.second]
    total, done = len(plan.units) + 5, 0

    def step() -> None:
        nonlocal done
        done += 1
        progress(done, total)

    progress(0, total)
    with tempfile.TemporaryDirectory(prefix="dvc-demo-units-") as scratch_name:
        scratch = Path(scratch_name)
        reference, fingerprint = _reference_package(context, scratch)
        step()
        template, procedure_ids = _department_store(context, scratch, plan, reference, fingerprint)
        step()
        first = []
        for unit in plan.units:
            first.append(_first_package(context, scratch, template, procedure_ids, plan.province, unit))
            step()
        for unit, (_, public_key) in zip(plan.units, first):
            add_trusted_key(context, public_key, unit.code)  # what `trust add FILE.pub --unit-code CODE` does
        _import(context, [package for package, _ in first])
        step()
        _move_back(context, plan.units)
        _review(context, plan.units)
        step()
        _import(context, [_second_package(context, scratch, unit) for unit in resubmitting])
        step()
    return Received(len(first) + len(resubmitting), len(first), len(resubmitting))


def _reference_package(context: ServiceContext, scratch: Path) -> tuple[Path, str]:
    """The province's reference package, signed by a stand-in key on a copy of its store."""
    copy = scratch / "province-copy"
    backup_sqlite(context.db.file, copy / DB_FILE_NAME)  # type: ignore[arg-type]
    package = scratch / "tham-chieu.dvcpkg"
    with _open(context, copy) as publisher:
        key = generate_signing_key(publisher, DEMO_PASSPHRASE)
        export_reference(publisher, package, DEMO_PASSPHRASE)
    return package, key.fingerprint


def _open(context: ServiceContext, directory: Path) -> ServiceContext:
    """Another office's store, on the same day as the province (the rule set in force follows it)."""
    store = open_context(directory)
    store.today = context.today
    return store


def _department_store(context: ServiceContext, scratch: Path, plan: ProvincePlan, reference: Path,
                      fingerprint: str) -> tuple[Path, dict]:
    """A department store that imported the reference (the clerk confirmed the fingerprint)."""
    directory = scratch / "department"
    first = plan.units[0]
    with _open(context, directory) as department:
        _initialise(department, plan.province, first)
        result = import_packages(department, [reference], expected_fingerprint=fingerprint)[0]
        if result.status != "imported":
            raise RuntimeError(f"demo reference package refused: {result.reason}")
        with department.transaction() as session:
            procedure_ids = dict(session.execute(select(models.Procedure.code, models.Procedure.id)).all())
            # Every unit's store starts from this one: the list the reference gave its first owner is
            # not theirs (each unit's own list comes with its answers below).
            session.execute(delete(models.Classification))
    return directory, procedure_ids


def _initialise(store: ServiceContext, province: Identity, unit: UnitPlan) -> None:
    initialise(store, "department", unit.code, unit.name, province.province_code, province.province_name,
               province.province_domain, unit_kind=unit.kind.value)


def _first_package(context: ServiceContext, scratch: Path, template: Path, procedure_ids: dict[str, int],
                   province: Identity, unit: UnitPlan) -> tuple[Path, Path]:
    """The unit's own store, its work, its first package and its public key."""
    directory = scratch / unit.code
    _copy_store(template, directory)
    with _open(context, directory) as store:
        with store.transaction() as session:  # the copy is about to take this unit's identity
            session.delete(session.get(models.Setting, "identity"))
        _initialise(store, province, unit)
        generate_signing_key(store, DEMO_PASSPHRASE)
        _write_answers(store, unit, procedure_ids)
        added = add_procedures(store, [procedure_ids[code] for code in unit.saved])
        assert len(added) == len(unit.saved), unit.code
        for row_id, answer in zip(added, unit.saved.values()):
            save_classification(store, row_id, answer)
        if unit.local is not None and unit.local_answer is not None:
            save_classification(store, create_local_procedure(store, unit.local), unit.local_answer)
        if unit.website is not None:
            site = unit.website
            save_website(store, None, site["name"], site["url"], site["linked_from_portal"], site["plan_status"],
                         site["target_date"])
        _enter_figures(store, unit)
        package = scratch / f"{unit.short}-1.dvcpkg"
        export_submission(store, package, DEMO_PASSPHRASE)
        public_key = export_public_key(store, scratch / f"{unit.short}.pub")
    return package, public_key


def _enter_figures(store: ServiceContext, unit: UnitPlan) -> None:
    """Dossier figures for the last finished quarters, as the unit's clerk would enter them. Seeded by
    the unit's code, apart from the story's generator, so adding them left every other choice as it was."""
    rng = random.Random(f"figures {unit.code}")
    quarter = quarter_of(store.today())
    finished = []
    for _ in range(3):
        year, number = (quarter.year - 1, 4) if quarter.quarter == 1 else (quarter.year, (quarter.quarter or 1) - 1)
        quarter = Period(year, number)
        finished.append(quarter)
    if rng.random() < 0.2:  # some units have not entered the latest quarter yet
        finished = finished[1:]
    scale = 3_000 if unit.kind == UnitKind.COMMUNE else 6_000
    for period in finished:
        total = rng.randint(scale // 10, scale)
        with_fees = int(total * rng.uniform(0.2, 0.6))
        set_figures(store, period.code, DossierFigures(
            received_total=total, received_online=int(total * rng.uniform(0.35, 0.95)),
            with_fees=with_fees, paid_online=int(with_fees * rng.uniform(0.3, 0.9))))


def _copy_store(source: Path, target: Path) -> None:
    """A copy of a closed store through SQLite's backup API; the store's backup service also checks
    the copy's integrity and folds it into one file, which a throw-away copy does not need."""
    target.mkdir(parents=True)
    origin = sqlite3.connect(source / DB_FILE_NAME)
    copy = sqlite3.connect(target / DB_FILE_NAME)
    try:
        origin.backup(copy)
    finally:
        copy.close()
        origin.close()


def _write_answers(store: ServiceContext, unit: UnitPlan, procedure_ids: dict[str, int]) -> None:
    rules = rule_set_in_force(store.today())
    with store.transaction() as session:
        unit_id = session.scalars(select(models.Unit.id).where(models.Unit.code == unit.code)).one()
        rows = []
        for code, (answer, when) in unit.answers.items():
            assert not save_issues(answer, rules), (unit.code, code, answer)  # what the workspace would accept
            rows.append(classification_row(unit_id, procedure_ids[code], answer, rules, when))
        # The workspace refuses these (a một phần needs a reason and a legal provision): written
        # straight into the store, as one from an older version or edited by hand would carry them.
        rows += [classification_row(unit_id, procedure_ids[code], answer, rules, when)
                 for code, (answer, when) in unit.by_hand.items()]
        decree_42 = rule_set_by_code("ND42-2022")
        rows += [classification_row(unit_id, procedure_ids[code], answer, decree_42, when)
                 for code, (answer, when) in unit.earlier.items()]
        if rows:  # Core executemany: a third faster than the ORM's bulk insert (PITFALLS)
            session.execute(insert(models.Classification), rows)
        audit.record(session, store.actor, "demo.load", "store", unit.code, classifications=len(rows))


def _second_package(context: ServiceContext, scratch: Path, unit: UnitPlan) -> Path:
    """After the office's review: the returned answers fixed, a few more procedures classified."""
    with _open(context, scratch / unit.code) as store:
        with store.transaction() as session:
            row_ids = dict(session.execute(
                select(models.Procedure.code, models.Classification.id)
                .join(models.Classification, models.Classification.procedure_id == models.Procedure.id)).all())
        for code, answer in unit.second.items():
            save_classification(store, row_ids[code], answer)
        package = scratch / f"{unit.short}-2.dvcpkg"
        export_submission(store, package, DEMO_PASSPHRASE)
    return package


def _import(context: ServiceContext, packages: list[Path]) -> None:
    for result in import_packages(context, packages):
        if result.status != "imported":
            raise RuntimeError(f"demo package {result.file} refused: {result.reason}")


def _move_back(context: ServiceContext, units: list[UnitPlan]) -> None:
    """Demo-only: the first packages arrived over the weeks before the deadline, not a moment ago."""
    with context.transaction() as session:
        for unit in units:
            row = session.scalars(select(models.PackageImport).where(
                models.PackageImport.kind == "submission", models.PackageImport.sender_code == unit.code,
                models.PackageImport.sequence == 1)).one()
            row.imported_at = unit.submitted_at
            row.created_at = (unit.submitted_at - timedelta(hours=3)).isoformat(timespec="seconds")


def _review(context: ServiceContext, units: list[UnitPlan]) -> None:
    """The office's decisions on the first packages, as the review view stores them."""
    with context.transaction() as session:
        for unit in units:
            if not unit.review:
                continue
            rows = session.execute(
                select(models.Classification, models.Procedure.code)
                .join(models.Procedure, models.Classification.procedure_id == models.Procedure.id)
                .join(models.Unit, models.Classification.unit_id == models.Unit.id)
                .where(models.Unit.code == unit.code)).all()
            for row, code in rows:
                if code in unit.review:
                    row.review_status, row.review_comment = unit.review[code]
            decisions = [decision for decision, _ in unit.review.values()]
            audit.record(session, context.actor, "demo.review", "unit", unit.code,
                         accepted=decisions.count("accepted"), returned=decisions.count("returned"))

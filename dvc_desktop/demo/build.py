"""`dvc-desktop demo`: a realistic (fictional) province, so a newcomer sees real-looking data.

About 20 units, a catalogue of 1,500+ procedures built from the vocabulary in
resources/demo/province.json, and classifications and websites in varied states. It keeps the
identity `init` set; without one it becomes the demo province's Sở Tư pháp.

A department store gets its own unit's work, written in one transaction. A province store gets the
catalogue the same way, and then the units' work the way a province receives it: as signed
submission packages made by real department stores (demo/province.py).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timedelta, timezone
from typing import Iterator, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from dvc_desktop.domain.classification import Checklist, Classification, Form, Status, save_issues
from dvc_desktop.domain.rulesets import RuleSet, rule_set_in_force
from dvc_desktop.domain.text import fold
from dvc_desktop.domain.units import UnitKind
from dvc_desktop.progress import Progress, no_progress
from dvc_desktop.i18n import translate
from dvc_desktop.resources import resource_path
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.errors import InvalidRequest
from dvc_desktop.excel.units_reader import UnitRow, read_units
from dvc_desktop.services.assignment import assign_from_agencies
from dvc_desktop.services.rounds import announce_round, open_round
from dvc_desktop.services.settings import Identity, Role, get_deadline, get_identity, put_identity
from dvc_desktop.services.setup import identity_warnings, province_root_code, upsert_unit
from dvc_desktop.services.units import UnitsImportReport, apply_unit_rows
from dvc_desktop.store import audit, models
from dvc_desktop.store.server import continue_sequences

MIN_PROCEDURES = 1_600
DEMO_ROUND = ("Rà soát dịch vụ công trực tuyến toàn trình, một phần năm 2026",
              "Công văn số 1234/UBND-KSTT ngày 02/11/2026 của UBND tỉnh")
QUALIFIERS = (
    "đối với tổ chức",
    "đối với cá nhân",
    "trong trường hợp bị mất, hỏng",
    "do thay đổi thông tin",
    "đối với doanh nghiệp có vốn đầu tư nước ngoài",
    "thực hiện liên thông",
)


@dataclass(frozen=True)
class Planted:
    """An inconsistency the province demo plants on purpose, as services/checks.py reports it."""

    kind: str  # a checks.KINDS value
    unit: str  # "" for the kinds that concern a procedure across units
    procedure: str  # "" for a website


@dataclass(frozen=True)
class DemoSummary:
    role: str
    unit: str
    units: int
    sectors: int
    procedures: int
    classifications: int
    websites: int
    deadline: str | None = None
    packages_imported: int = 0  # submission packages the province imported (sequence 1 and 2)
    units_submitted: int = 0
    units_resubmitted: int = 0  # units whose last package is a second one, sent after a review
    units_late: int = 0  # units that never sent a package, with the deadline past
    reviewed: int = 0  # classifications the office has accepted or returned
    planted: tuple[Planted, ...] = field(default=())
    # The demo province's code H59 is retired (Trà Vinh until 30/6/2025): said, never hidden.
    warnings: tuple[str, ...] = ()

    def to_json(self) -> dict:
        data = self.__dict__.copy()
        data["planted"] = [planted.__dict__.copy() for planted in self.planted]
        data["warnings"] = list(self.warnings)
        return data


@dataclass(frozen=True)
class _Draft:
    name: str
    sector: str
    levels: tuple[str, ...]
    owner: str  # department code


def _vocabulary() -> dict:
    return json.loads(resource_path("demo", "province.json").read_text(encoding="utf-8"))


def _names(vocab: dict) -> Iterator[_Draft]:
    groups = vocab["verb_groups"]
    for department in vocab["departments"]:
        for sector in department["sectors"]:
            levels = tuple(sector.get("level", ["tinh"]))
            for entry in sector["objects"]:
                group, _, phrase = entry.partition(":")
                verbs = [""] if group == "x" else groups[group]
                for verb in verbs:
                    name = phrase if not verb else f"{verb} {phrase}"
                    yield _Draft(name[0].upper() + name[1:], sector["name"], levels, department["code"])


def catalogue_drafts(vocab: dict, minimum: int = MIN_PROCEDURES) -> list[_Draft]:
    """Base names, then case variants with qualifiers until the catalogue is large enough."""
    base = list(dict.fromkeys(_names(vocab)))
    drafts = list(base)
    seen = {d.name for d in drafts}
    for qualifier in QUALIFIERS:
        for draft in base:
            if len(drafts) >= minimum:
                return drafts
            name = f"{draft.name} {qualifier}"
            if name not in seen:
                seen.add(name)
                drafts.append(_Draft(name, draft.sector, draft.levels, draft.owner))
    case = 2
    while len(drafts) < minimum:  # provincial-scale benchmarks: numbered cases, as catalogues number them
        for draft in base[: minimum - len(drafts)]:
            drafts.append(_Draft(f"{draft.name} (trường hợp {case})", draft.sector, draft.levels, draft.owner))
        case += 1
    return drafts[:max(minimum, len(base))] if minimum > len(base) else drafts


BUILDING_FOLDER = ".demo-building"
# The throw-away demo the window opens (`scripts/run --demo`, `--demo-province`) comes with a signing
# key under this passphrase (README, user guides), so the whole loop (reference, package, review,
# receipt) can be tried in the window.
DEMO_SIGNING_PASSPHRASE = "dulieumau2026"


def give_demo_key(context: ServiceContext) -> None:
    """A signing key for the throw-away demo, unless the store has one."""
    from dvc_desktop.services.keys import generate_signing_key, keys_dir, stored_public_key

    if stored_public_key(keys_dir(context)) is None:
        generate_signing_key(context, DEMO_SIGNING_PASSPHRASE)


def load_demo(context: ServiceContext, seed: int = 2026, procedures: int = MIN_PROCEDURES,
              role: Role = Role.DEPARTMENT, progress: Progress = no_progress) -> DemoSummary:
    """Fill an empty store with the demo (see _load_demo). The province's demo takes many transactions
    (each unit's package imported in its own, as `package import` does), so it is built in a copy of the
    store beside it and moved in whole: killed half-way, it leaves the store as it was, not a half
    province that `status` and `publish` would accept."""
    with context.transaction() as session:
        identity = get_identity(session)
    province = (identity.role if identity is not None else role) == Role.PROVINCE
    if not province or context.db.file is None:
        return _load_demo(context, seed, procedures, role, progress)
    import shutil

    from dvc_desktop.services.context import open_context

    aside = context.db.data_dir / BUILDING_FOLDER
    shutil.rmtree(aside, ignore_errors=True)  # what an earlier, interrupted demo left
    aside.mkdir()
    try:
        context.db.copy_to(aside / context.db.file.name)
        with open_context(aside) as building:
            building.actor, building.today = context.actor, context.today
            summary = _load_demo(building, seed, procedures, role, progress)
        context.db.replace_with(aside / context.db.file.name)
    finally:
        shutil.rmtree(aside, ignore_errors=True)
    return summary


def _load_demo(context: ServiceContext, seed: int = 2026, procedures: int = MIN_PROCEDURES,
               role: Role = Role.DEPARTMENT, progress: Progress = no_progress) -> DemoSummary:
    """Fill an empty store with the demo province (benchmarks ask for a larger catalogue). A store
    with no identity becomes the demo province's Sở Tư pháp, or its provincial office with
    `role=Role.PROVINCE`.

    A department store: one transaction. A province store: the catalogue in one transaction, then
    each unit's package imported in its own, as `package import` does (demo/province.py).
    """
    vocab = _vocabulary()
    rng = random.Random(seed)
    today = context.today()
    rules = rule_set_in_force(today)
    with context.transaction() as session:
        if session.scalar(select(func.count()).select_from(models.Procedure)):
            raise InvalidRequest(translate(
                "demo", "Kho dữ liệu đã có danh mục TTHC; dữ liệu mẫu chỉ nạp vào kho trống."))
        identity = _identity(session, vocab, role)
        builder = _DemoBuilder(session, vocab, identity, rng, rules, today, procedures)
        builder.units()
        builder.catalogue()
        if identity.role != Role.PROVINCE:
            classified = builder.classifications()
            websites = builder.websites()
            # The round as the province's reference package would announce it (rounds.announce_round).
            announce_round(session, {"name": DEMO_ROUND[0], "basis": DEMO_ROUND[1],
                                     "opened_on": (today - timedelta(days=9)).isoformat(),
                                     "deadline": (today + timedelta(days=21)).isoformat()})
            summary = _summary(session, identity, classifications=classified, websites=websites,
                               warnings=tuple(identity_warnings(identity.province_code, today)))
            audit.record(session, context.actor, "demo.load", "store", identity.unit_code, **summary.to_json())
            return summary
        from dvc_desktop.demo import province as demo_province

        plan = demo_province.plan(context, builder)
        builder.insert_websites(plan.own_websites)
    # The office opened the round a month before its deadline, as `round open` does.
    open_round(context, DEMO_ROUND[0], DEMO_ROUND[1], plan.deadline, opened_on=plan.deadline - timedelta(days=30))
    # Each package is imported in its own transaction: should the demo stop part-way, the catalogue
    # and the packages imported so far stay, as after `package import`.
    received = demo_province.receive(context, plan, progress)
    with context.transaction() as session:
        summary = _summary(
            session, identity,
            classifications=session.scalar(select(func.count()).select_from(models.Classification)) or 0,
            websites=session.scalar(select(func.count()).select_from(models.Website)) or 0,
            packages_imported=received.packages, units_submitted=received.units,
            units_resubmitted=received.resubmitted, units_late=len(plan.late),
            reviewed=session.scalar(select(func.count()).select_from(models.Classification)
                                    .where(models.Classification.review_status != "")) or 0,
            planted=tuple(plan.planted), warnings=tuple(identity_warnings(identity.province_code, today)))
        audit.record(session, context.actor, "demo.load", "store", identity.unit_code, **summary.to_json())
    return summary


def _summary(session: Session, identity: Identity, **figures: object) -> DemoSummary:
    deadline = get_deadline(session)
    return DemoSummary(
        role=identity.role.value,
        unit=identity.unit_code,
        units=session.scalar(select(func.count()).select_from(models.Unit)) or 0,
        sectors=session.scalar(select(func.count()).select_from(models.Sector)) or 0,
        procedures=session.scalar(select(func.count()).select_from(models.Procedure)) or 0,
        deadline=deadline.isoformat() if deadline else None,
        **figures,  # type: ignore[arg-type]
    )


def _identity(session: Session, vocab: dict, role: Role = Role.DEPARTMENT) -> Identity:
    identity = get_identity(session)
    if identity is not None:
        return identity
    province = vocab["province"]
    first = vocab["departments"][0]
    office = (f"000.00.01.{province['code']}", province["office_name"])
    identity = Identity(
        role=role,
        unit_code=office[0] if role == Role.PROVINCE else first["code"],
        unit_name=office[1] if role == Role.PROVINCE else first["name"],
        province_code=province["code"],
        province_name=province["name"],
        province_domain=province["domain"],
    )
    put_identity(session, identity)
    return identity


class _DemoBuilder:
    def __init__(self, session: Session, vocab: dict, identity: Identity, rng: random.Random,
                 rules: RuleSet, today: date, procedures: int = MIN_PROCEDURES) -> None:
        self.size = procedures
        self.session = session
        self.vocab = vocab
        self.identity = identity
        self.rng = rng
        self.rules = rules
        self.today = today
        self.now = datetime.now(timezone.utc)
        self.domain = identity.province_domain or vocab["province"]["domain"]
        self.unit_ids: dict[str, int] = {}
        self.unit_kinds: dict[str, UnitKind] = {}
        self.short_names: dict[str, str] = {}
        self.owned: dict[str, list[int]] = {}  # department code → procedure ids
        self.commune_ids: list[int] = []  # procedures at commune level
        self.codes: dict[int, str] = {}  # procedure id → code
        self.unit_names: dict[str, str] = {}

    def _code(self, demo_code: str) -> str:
        """Demo unit codes carry the demo province; rewrite them for the identity's province."""
        return demo_code.replace(self.vocab["province"]["code"], self.identity.province_code)

    def units(self) -> None:
        root = upsert_unit(self.session, province_root_code(self.identity.province_code),
                           f"UBND {self.identity.province_name}", UnitKind.PROVINCE, None)
        office = upsert_unit(self.session, self._code(f"000.00.01.{self.vocab['province']['code']}"),
                             self.vocab["province"]["office_name"], UnitKind.PROVINCE, root)
        self.short_names[office.code] = "vpubnd"
        # The departments and communes come from the office's list, as `units import-excel` applies it.
        apply_unit_rows(self.session, self.identity, self.unit_rows(), UnitsImportReport("don-vi.xlsx"))
        for item in (*self.vocab["departments"], *self.vocab["communes"]):
            self.short_names[self._code(item["code"])] = item["short"]
        self.session.flush()
        for unit in self.session.scalars(select(models.Unit)):
            self.unit_ids[unit.code] = unit.id
            self.unit_kinds[unit.code] = UnitKind(unit.kind)
            self.unit_names[unit.code] = unit.name

    def unit_rows(self) -> list[UnitRow]:
        """The demo province's list of units, read from its workbook as `units import-excel` reads it."""
        sheet = read_units(resource_path("demo", "don-vi.xlsx"), self.vocab["province"]["code"])
        assert not sheet.rejected, sheet.rejected
        return [replace(row, code=self._code(row.code)) for row in sheet.rows]

    def catalogue(self) -> None:
        rng = self.rng
        sectors: dict[str, int] = {}
        ministry = {s["name"]: d["ministry"] for d in self.vocab["departments"] for s in d["sectors"]}
        sector_codes = {s["name"]: s.get("code") for d in self.vocab["departments"] for s in d["sectors"]}
        for index, name in enumerate(dict.fromkeys(ministry), start=1):
            code = sector_codes[name] or f"{ministry[name]}-LV{index:02d}"
            result = self.session.execute(insert(models.Sector).values(
                code=code, name=name, name_folded=fold(name), ministry_code=ministry[name]))
            sectors[name] = result.inserted_primary_key[0]  # type: ignore[attr-defined]  # an INSERT's result
        drafts = catalogue_drafts(self.vocab, self.size)
        numbers = rng.sample(range(1, 999_999), k=len(drafts))
        rows: list[dict] = []
        levels: list[dict] = []
        dossiers: list[dict] = []
        for index, draft in enumerate(drafts):
            national = f"{rng.choice('1222233')}.{numbers[index]:06d}"
            procedure_id = index + 1
            self.codes[procedure_id] = national
            rows.append(self._procedure_row(procedure_id, national, draft, sectors[draft.sector],
                                            ministry[draft.sector]))
            levels.extend({"procedure_id": procedure_id, "level_code": lv} for lv in draft.levels)
            dossiers.extend(self._dossier(procedure_id))
            self.owned.setdefault(self._code(draft.owner), []).append(procedure_id)
            if "xa" in draft.levels:
                self.commune_ids.append(procedure_id)
        self.session.execute(insert(models.Procedure), rows)
        continue_sequences(self.session.connection(), [cast(Table, models.Procedure.__table__)])  # ids given: on a server too
        self.session.execute(insert(models.ProcedureLevel), levels)
        self.session.execute(insert(models.DossierComponent), dossiers)
        assign_from_agencies(self.session)  # who handles what, from "Cơ quan thực hiện", as an import does

    def _procedure_row(self, procedure_id: int, national: str, draft: _Draft, sector_id: int,
                       ministry: str) -> dict:
        rng = self.rng
        legacy = rng.choices((4, 3, 2), weights=(45, 35, 20))[0]
        days = rng.choice((1, 3, 5, 7, 10, 15, 20, 30))
        sparse = rng.random() < 0.05  # a few records still miss legally required parts
        agency = "Ủy ban nhân dân cấp xã" if draft.levels == ("xa",) else self._owner_name(draft.owner)
        return {
            "id": procedure_id,
            "code": national,
            "national_code": national,
            "name": draft.name,
            "name_folded": fold(draft.name),
            "sector_id": sector_id,
            "steps": "" if sparse else (
                "Bước 1: Tổ chức, cá nhân chuẩn bị hồ sơ theo quy định.\n"
                "Bước 2: Nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia, qua bưu chính công ích "
                "hoặc trực tiếp tại Bộ phận Một cửa.\nBước 3: Cơ quan có thẩm quyền thẩm định, giải quyết.\n"
                "Bước 4: Trả kết quả."),
            "method": "" if sparse else "Trực tuyến; qua dịch vụ bưu chính công ích; trực tiếp.",
            "dossier_sets": 1,
            "processing_time": f"{days} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ",
            "processing_days": float(days),
            "applicants": "Tổ chức, cá nhân" if not sparse else "",
            "executing_agency": agency,
            "forms": "Tờ khai theo mẫu ban hành kèm theo thông tư hướng dẫn.",
            "result": "Văn bản chấp thuận hoặc giấy tờ được cấp theo yêu cầu.",
            "requirements": "Không" if rng.random() < 0.6 else "Đáp ứng điều kiện theo quy định chuyên ngành.",
            "fees": rng.choice(("Không", "50.000 đồng/hồ sơ", "100.000 đồng/hồ sơ", "Theo quy định của HĐND tỉnh")),
            "legal_basis": "Luật, nghị định và thông tư chuyên ngành còn hiệu lực.",
            "announcing_decision": f"Quyết định số {rng.randint(100, 2999)}/QĐ-UBND ngày "
                                   f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2025 của Chủ tịch UBND tỉnh",
            "ministry_code": ministry,
            "reference_form": self.rules.form_from_legacy_level(legacy),
            "legacy_level": legacy,
            # "đủ điều kiện toàn trình (CSDLQG)": recorded for most, unknown for some (the indicator says so)
            "eligible_full_online": rng.choices((True, False, None), weights=(6, 2, 2))[0],
            "level_needs_update": False,
            "origin": "reference",
            "created_at": self.now,
            "updated_at": self.now,
        }

    def _owner_name(self, code: str) -> str:
        return next(d["name"] for d in self.vocab["departments"] if d["code"] == code)

    def _dossier(self, procedure_id: int) -> list[dict]:
        items = ["Đơn đề nghị (theo mẫu)", "Bản sao giấy tờ tùy thân", "Giấy tờ chứng minh điều kiện",
                 "Văn bản ủy quyền (nếu có)"]
        count = self.rng.randint(1, len(items))
        return [
            {"procedure_id": procedure_id, "position": i, "name": name, "originals": 1,
             "copies": int(i > 0), "required": "nếu có" not in name, "has_eform": i == 0}
            for i, name in enumerate(items[:count])
        ]

    def _units_to_classify(self) -> dict[str, list[int]]:
        """Whose classifications this store holds: its own unit, or every unit at the province."""
        if self.identity.role == Role.PROVINCE:
            codes = [c for c, k in self.unit_kinds.items() if k != UnitKind.PROVINCE]
        else:
            codes = [self.identity.unit_code]
        work: dict[str, list[int]] = {}
        for code in codes:
            if self.unit_kinds[code] in (UnitKind.COMMUNE, UnitKind.DISTRICT):
                work[code] = list(self.commune_ids)
            elif code in self.owned:
                work[code] = list(self.owned[code])
            else:  # a unit from `init` that the demo vocabulary does not know
                work[code] = self.rng.sample(sorted({i for ids in self.owned.values() for i in ids}), 120)
        return work

    def classifications(self) -> int:
        rows = []
        for code, procedure_ids in self._units_to_classify().items():
            for procedure_id in procedure_ids:
                classification = self._random_classification()
                assert not save_issues(classification, self.rules), classification
                rows.append(self._classification_row(self.unit_ids[code], procedure_id, classification))
        if rows:
            self.session.execute(insert(models.Classification), rows)
        return len(rows)

    def _random_classification(self) -> Classification:
        return random_classification(self.rng, self.rules, self.vocab["legal_provisions"], self.today)

    def _classification_row(self, unit_id: int, procedure_id: int, c: Classification) -> dict:
        when = self.now - timedelta(days=self.rng.randint(0, 40), minutes=self.rng.randint(0, 600))
        return classification_row(unit_id, procedure_id, c, self.rules, when)

    def website_specs(self, codes: list[str]) -> list[dict]:
        """One site per unit, in varied states: every fifth breaks the domain rule."""
        specs = []
        statuses = ("done", "in_progress", "planned", "planned", "none")
        for index, code in enumerate(codes):
            short = self.short_names.get(code, "donvi")
            good = index % 5 != 3  # every fifth site breaks the domain rule
            url = f"https://{short}.{self.domain}" if good else f"http://www.{short}-{self.domain.split('.')[0]}.vn"
            status = statuses[index % len(statuses)]
            target = None if status in ("none", "done") else self.today + timedelta(days=self.rng.randint(-60, 300))
            specs.append({"code": code, "name": f"Trang thông tin điện tử {short}", "url": url,
                          "linked_from_portal": index % 4 != 1, "plan_status": status, "target_date": target})
        return specs

    def websites(self) -> int:
        if self.identity.role == Role.PROVINCE:
            codes = [c for c in self.unit_ids if c in self.short_names]
        else:
            codes = [self.identity.unit_code]
        return self.insert_websites(self.website_specs(codes))

    def insert_websites(self, specs: list[dict]) -> int:
        rows = [{"unit_id": self.unit_ids[spec["code"]], **{k: v for k, v in spec.items() if k != "code"},
                 "updated_at": self.now} for spec in specs]
        if rows:
            self.session.execute(insert(models.Website), rows)
        return len(rows)


# Technical grounds (Decree 224 Art. 14): what is broken and when it is expected to be fixed; never a law.
TECHNICAL_DESCRIPTIONS = (
    "Phần mềm một cửa điện tử của tỉnh chưa kết nối thanh toán trực tuyến phí, lệ phí của thủ tục này.",
    "Chưa có bản điện tử của kết quả giải quyết (giấy phép có mã QR) trên Kho dữ liệu của tổ chức, cá nhân.",
    "Biểu mẫu điện tử của thủ tục chưa được cấu hình trên Hệ thống thông tin giải quyết TTHC của tỉnh.",
    "Chưa kết nối, khai thác được Cơ sở dữ liệu chuyên ngành để thay thế thành phần hồ sơ giấy.",
)
_TECHNICAL_CODES = {"technical_fault", "technical_other", "technical", "fees_offline", "result_offline"}
PORTAL_LINK = "https://dichvucong.gov.vn/"


def is_technical(choice) -> bool:
    """A technical ground (rule set's "kind"; by code while a rule set does not say)."""
    kind = getattr(choice, "kind", None)
    return kind == "technical" if kind else choice.code in _TECHNICAL_CODES


def reasons_for(rules: RuleSet, form: str) -> list:
    """The reasons a rule set allows for a form ("mot_phan" or "chua_truc_tuyen")."""
    every = getattr(rules, "reasons", None) or rules.partial_reasons
    return [r for r in every if form in (getattr(r, "forms", None) or ("mot_phan",))]


def grounded(rng: random.Random, c: Classification, reason, provisions: list[str], today: date,
             published: bool) -> Classification:
    """An answer given its reason the way Decree 224 Art. 14 asks: a legal ground with its provision, a
    technical ground with a description and an expected fix date (no provision); published on the
    national portal or not yet."""
    if is_technical(reason):
        c = replace(c, reason_code=reason.code, legal_provision="",
                    technical_description=rng.choice(TECHNICAL_DESCRIPTIONS),
                    expected_fix_on=today + timedelta(days=rng.choice((45, 90, 120, 180))))
    else:
        c = replace(c, reason_code=reason.code, legal_provision=rng.choice(provisions))
    if published:
        c = replace(c, portal_published_on=today - timedelta(days=rng.randint(5, 60)), portal_link=PORTAL_LINK)
    return c


def random_classification(rng: random.Random, rules: RuleSet, provisions: list[str],
                          today: date | None = None) -> Classification:
    """A clerk's answer in one of the states a catalogue goes through; the save rules allow each one."""
    today = today or date.today()
    state = rng.choices(
        ("full_ready", "partial_ready", "partial_draft", "not_online", "contradicting", "open", "blank"),
        weights=(35, 20, 10, 5, 4, 14, 12),
    )[0]
    if state == "blank":
        return Classification()
    if state == "open":  # the clerk has started the checklist
        return Classification(Checklist(info_online=True, submitted_online=True))
    if state == "not_online":
        checklist = Checklist(True, False, False, False, False)
        answer = Classification(checklist, Form.NOT_ONLINE, status=Status.READY)
        candidates = reasons_for(rules, "chua_truc_tuyen")
        if getattr(rules, "not_online_requires_reason", False) and candidates:  # Decree 224: toàn trình is the duty
            answer = grounded(rng, answer, rng.choice(candidates), provisions, today, rng.random() < 0.5)
        return answer
    if state == "full_ready":
        return Classification(Checklist(True, True, True, True, True), Form.FULL, status=Status.READY,
                              proactive_level=rng.choice((None, None, 1, 2)) if rules.proactive_levels else None)
    failing = rng.choice(("processed_online", "fees_online", "result_online"))
    checklist = Checklist(**{k: k != failing for k in ("info_online", "submitted_online",
                                                        "processed_online", "fees_online", "result_online")})
    if state == "contradicting":
        return Classification(checklist, Form.FULL, note="Đơn vị đã bố trí trả kết quả qua bưu chính "
                              "công ích từ quý sau; đề nghị giữ toàn trình.")
    status = Status.READY if state == "partial_ready" else Status.DRAFT
    answer = Classification(checklist, Form.PARTIAL, status=status)
    # Some ready answers are already published on the national portal (Art. 14), some not: the check shows them.
    return grounded(rng, answer, rng.choice(reasons_for(rules, "mot_phan")), provisions, today,
                    state == "partial_ready" and rng.random() < 0.6)


def classification_row(unit_id: int, procedure_id: int, c: Classification, rules: RuleSet, when: datetime) -> dict:
    """A classifications row for a bulk insert."""
    return {
        "unit_id": unit_id, "procedure_id": procedure_id, "form": c.form.value if c.form else None,
        **{name: getattr(c.checklist, name) for name in ("info_online", "submitted_online",
                                                          "processed_online", "fees_online", "result_online")},
        "reason_code": c.reason_code, "legal_provision": c.legal_provision, "note": c.note,
        "technical_description": c.technical_description, "expected_fix_on": c.expected_fix_on,
        "portal_published_on": c.portal_published_on, "portal_link": c.portal_link,
        "proactive_level": c.proactive_level, "status": c.status.value,
        "rule_set_code": rules.code, "updated_at": when, "updated_by": "demo",
    }

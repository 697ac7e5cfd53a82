"""Versioned classification rule sets (Decree 42/2022, Decree 224/2026) loaded from resources/."""

from __future__ import annotations

from typing import Any

import json
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from pathlib import Path

from dvc_desktop.domain.errors import DomainError
from dvc_desktop.i18n import translate
from dvc_desktop.resources import resource_path

FORMS = ("toan_trinh", "mot_phan", "chua_truc_tuyen")
CHECKLIST_KEYS = ("info_online", "submitted_online", "processed_online", "fees_online", "result_online")


REASON_KINDS = ("legal", "technical")
# What each kind of ground must carry (Decree 224 Art. 14): a legal ground its provision; a technical
# ground a description of the fault and the day it is expected to be fixed, never a law.
REQUIREMENTS_BY_KIND = {"legal": ("legal_provision",), "technical": ("technical_description", "expected_fix_on")}
REQUIREMENT_FIELDS = ("legal_provision", "technical_description", "expected_fix_on")


@dataclass(frozen=True)
class Choice:
    code: str
    label: str
    label_en: str
    fails: str = ""  # for a reason: the checklist question it answers "no"
    kind: str = ""  # for a reason: "legal" or "technical"
    forms: tuple[str, ...] = ("mot_phan",)  # for a reason: the forms it may explain
    requires: tuple[str, ...] = ()  # for a reason: the fields the answer must fill
    replaces: tuple[str, ...] = ()  # for a reason: the earlier rule set's codes it is proposed for


@dataclass(frozen=True)
class RuleSet:
    code: str
    title: str
    citation: str  # the full first citation Decree 30/2020 asks for
    definition_source: str  # where the toàn trình definition comes from
    verified: bool  # False: transcribed from an unofficial copy (docs say so)
    source_note: str
    effective_from: date
    effective_to: date | None
    forms: dict[str, Choice]
    checklist: tuple[Choice, ...]
    reasons: tuple[Choice, ...]
    partial_requires_reason: bool
    not_online_requires_reason: bool
    reasons_recommended: bool  # a missing reason is advice only (Decree 42: the province's convention)
    requires_portal_publication: bool  # Decree 224 Art. 14: reasons published on the national portal
    proactive_levels: tuple[int, ...]
    legacy_levels: dict[int, str]

    def in_force_on(self, day: date) -> bool:
        return self.effective_from <= day and (self.effective_to is None or day <= self.effective_to)

    def reason(self, code: str) -> Choice | None:
        return next((r for r in self.reasons if r.code == code), None)

    def reasons_for(self, form: str) -> tuple[Choice, ...]:
        """The reasons that may explain `form` ("mot_phan" or "chua_truc_tuyen")."""
        return tuple(r for r in self.reasons if form in r.forms)

    @property
    def partial_reasons(self) -> tuple[Choice, ...]:
        return self.reasons_for("mot_phan")

    @property
    def not_online_reasons(self) -> tuple[Choice, ...]:
        return self.reasons_for("chua_truc_tuyen")

    def requires_reason(self, form: str) -> bool:
        return {"mot_phan": self.partial_requires_reason,
                "chua_truc_tuyen": self.not_online_requires_reason}.get(form, False)

    def successor_of(self, old_code: str) -> Choice | None:
        """The reason proposed for an earlier rule set's code (Decree 42 → Decree 224 Art. 14)."""
        return next((r for r in self.reasons if old_code in r.replaces), None)

    def form_from_legacy_level(self, level: int) -> str | None:
        """Mức độ 4 → toàn trình, 3 → một phần, 1–2 → chưa trực tuyến (a suggestion only)."""
        return self.legacy_levels.get(level)


def _choice(raw: dict[str, Any], key: str = "code") -> Choice:
    return Choice(code=str(raw[key]), label=raw["label"], label_en=raw.get("label_en", raw["label"]),
                  fails=raw.get("fails", ""))


def _reason(raw: dict[str, Any], source: str) -> Choice:
    kind = raw.get("kind", "")
    if kind not in REASON_KINDS:
        raise DomainError(f"{source}: reason {raw.get('code')} needs a kind in {REASON_KINDS}")
    requires = tuple(raw["requires"]) if "requires" in raw else REQUIREMENTS_BY_KIND[kind]
    forms = tuple(raw.get("forms", ("mot_phan",)))
    if not set(requires) <= set(REQUIREMENT_FIELDS) or not set(forms) <= {"mot_phan", "chua_truc_tuyen"}:
        raise DomainError(f"{source}: reason {raw.get('code')} names an unknown field or form")
    return replace(_choice(raw), kind=kind, forms=forms, requires=requires, replaces=tuple(raw.get("replaces", ())))


def load_rule_set(path: Path) -> RuleSet:
    raw = json.loads(path.read_text(encoding="utf-8"))
    forms = {code: _choice({"code": code, **spec}) for code, spec in raw["forms"].items()}
    if set(forms) != set(FORMS):
        raise DomainError(f"{path.name}: forms must be exactly {FORMS}")
    checklist = tuple(_choice(item, "key") for item in raw["checklist"])
    if tuple(c.code for c in checklist) != CHECKLIST_KEYS:
        raise DomainError(f"{path.name}: checklist keys must be {CHECKLIST_KEYS}")
    reasons = tuple(_reason(r, path.name) for r in raw["reasons"])
    if any(r.fails not in CHECKLIST_KEYS for r in reasons):
        raise DomainError(f"{path.name}: every reason must name the checklist key it fails")
    legacy = {int(k): v for k, v in raw["legacy_levels"].items()}
    if not set(legacy.values()) <= set(FORMS):
        raise DomainError(f"{path.name}: legacy levels map to unknown forms")
    return RuleSet(
        code=raw["code"],
        title=raw["title"],
        citation=raw["citation"],
        definition_source=raw["definition_source"],
        verified=bool(raw.get("verified", False)),
        source_note=raw.get("source_note", ""),
        effective_from=date.fromisoformat(raw["effective_from"]),
        effective_to=date.fromisoformat(raw["effective_to"]) if raw.get("effective_to") else None,
        forms=forms,
        checklist=checklist,
        reasons=reasons,
        partial_requires_reason=bool(raw["partial_requires_reason"]),
        not_online_requires_reason=bool(raw.get("not_online_requires_reason", False)),
        reasons_recommended=bool(raw.get("reasons_recommended", False)),
        requires_portal_publication=bool(raw.get("requires_portal_publication", False)),
        proactive_levels=tuple(int(p["level"]) for p in raw.get("proactive_levels", [])),
        legacy_levels=legacy,
    )


@cache
def bundled_rule_sets() -> tuple[RuleSet, ...]:
    """Every rule set in resources/rulesets/, oldest first."""
    paths = sorted(resource_path("rulesets").glob("*.json"))
    return tuple(sorted((load_rule_set(p) for p in paths), key=lambda r: r.effective_from))


def rule_set_in_force(day: date, rule_sets: tuple[RuleSet, ...] | None = None) -> RuleSet:
    """The rule set that applies on `day` (the reporting date)."""
    for rule_set in rule_sets if rule_sets is not None else bundled_rule_sets():
        if rule_set.in_force_on(day):
            return rule_set
    raise DomainError(
        translate("rulesets", "Không có bộ quy tắc phân loại nào có hiệu lực ngày {day}.",
                  day=day.strftime("%d/%m/%Y"))
    )


def rule_set_by_code(code: str) -> RuleSet:
    for rule_set in bundled_rule_sets():
        if rule_set.code == code:
            return rule_set
    raise DomainError(translate("rulesets", "Không có bộ quy tắc «{code}».", code=code))


def answer_reason_label(reason_code: str, rule_set_code: str, translated: bool = True) -> str:
    """A stored reason as its rule set words it: the answer's own rule set first, then any bundled one.

    A raw code never reaches an output: an answer saved under Decree 42 keeps Decree 42's wording even
    when the report follows Decree 224; a code no rule set knows is shown as unknown, in words.
    `translated=False` keeps the Vietnamese of official documents (the Danh mục, the reports).
    """
    if not reason_code:
        return ""
    ordered = sorted(bundled_rule_sets(), key=lambda r: r.code != rule_set_code)
    for rule_set in ordered:
        reason = rule_set.reason(reason_code)
        if reason is not None:
            return translate("rules", reason.label) if translated else reason.label
    return translate("rulesets", "Lý do không xác định") if translated else "Lý do không xác định"


def rule_set_title(rule_set_code: str) -> str:
    """The short title of a stored answer's rule set ("Nghị định 42/2022/NĐ-CP, Điều 11"), or the code."""
    title = next((r.title for r in bundled_rule_sets() if r.code == rule_set_code), "")
    return translate("rules", title) if title else rule_set_code

"""Versioned classification rule sets (Decree 42/2022, Decree 224/2026) loaded from resources/."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from dvc_desktop.domain.errors import DomainError
from dvc_desktop.i18n import translate
from dvc_desktop.resources import resource_path

FORMS = ("toan_trinh", "mot_phan", "chua_truc_tuyen")
CHECKLIST_KEYS = ("info_online", "submitted_online", "processed_online", "fees_online", "result_online")


@dataclass(frozen=True)
class Choice:
    code: str
    label: str
    label_en: str
    fails: str = ""  # for a một phần reason: the checklist question it answers "no"


@dataclass(frozen=True)
class RuleSet:
    code: str
    title: str
    effective_from: date
    effective_to: date | None
    forms: dict[str, Choice]
    checklist: tuple[Choice, ...]
    partial_reasons: tuple[Choice, ...]
    partial_requires_reason: bool
    partial_requires_legal_provision: bool
    proactive_levels: tuple[int, ...]
    legacy_levels: dict[int, str]

    def in_force_on(self, day: date) -> bool:
        return self.effective_from <= day and (self.effective_to is None or day <= self.effective_to)

    def reason(self, code: str) -> Choice | None:
        return next((r for r in self.partial_reasons if r.code == code), None)

    def form_from_legacy_level(self, level: int) -> str | None:
        """Mức độ 4 → toàn trình, 3 → một phần, 1–2 → chưa trực tuyến (a suggestion only)."""
        return self.legacy_levels.get(level)


def _choice(raw: dict, key: str = "code") -> Choice:
    return Choice(code=str(raw[key]), label=raw["label"], label_en=raw.get("label_en", raw["label"]),
                  fails=raw.get("fails", ""))


def load_rule_set(path: Path) -> RuleSet:
    raw = json.loads(path.read_text(encoding="utf-8"))
    forms = {code: _choice({"code": code, **spec}) for code, spec in raw["forms"].items()}
    if set(forms) != set(FORMS):
        raise DomainError(f"{path.name}: forms must be exactly {FORMS}")
    checklist = tuple(_choice(item, "key") for item in raw["checklist"])
    if tuple(c.code for c in checklist) != CHECKLIST_KEYS:
        raise DomainError(f"{path.name}: checklist keys must be {CHECKLIST_KEYS}")
    reasons = tuple(_choice(r) for r in raw["partial_reasons"])
    if any(r.fails not in CHECKLIST_KEYS for r in reasons):
        raise DomainError(f"{path.name}: every partial reason must name the checklist key it fails")
    legacy = {int(k): v for k, v in raw["legacy_levels"].items()}
    if not set(legacy.values()) <= set(FORMS):
        raise DomainError(f"{path.name}: legacy levels map to unknown forms")
    return RuleSet(
        code=raw["code"],
        title=raw["title"],
        effective_from=date.fromisoformat(raw["effective_from"]),
        effective_to=date.fromisoformat(raw["effective_to"]) if raw.get("effective_to") else None,
        forms=forms,
        checklist=checklist,
        partial_reasons=reasons,
        partial_requires_reason=bool(raw["partial_requires_reason"]),
        partial_requires_legal_provision=bool(raw["partial_requires_legal_provision"]),
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


def answer_reason_label(reason_code: str, rule_set_code: str) -> str:
    """A stored reason as its rule set words it: the answer's own rule set first, then any bundled one.

    A raw code never reaches an output: an answer saved under Decree 42 keeps Decree 42's wording even
    when the report follows Decree 224; a code no rule set knows is shown as unknown, in words.
    """
    if not reason_code:
        return ""
    ordered = sorted(bundled_rule_sets(), key=lambda r: r.code != rule_set_code)
    for rule_set in ordered:
        reason = rule_set.reason(reason_code)
        if reason is not None:
            return reason.label
    return "Lý do không xác định"


def rule_set_title(rule_set_code: str) -> str:
    """The short title of a stored answer's rule set ("Nghị định 42/2022/NĐ-CP, Điều 11"), or the code."""
    return next((r.title for r in bundled_rule_sets() if r.code == rule_set_code), rule_set_code)

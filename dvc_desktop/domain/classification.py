"""How a unit classifies one procedure: the checklist, the form it suggests, and the rules.

The checklist (DOMAIN.md) decides the form: every item true → toàn trình; dossier not
submittable online → chưa trực tuyến; otherwise một phần. A clerk may choose another form,
but only with a note, and the record is then flagged as contradicting its checklist.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace
from datetime import date
from enum import StrEnum

from dvc_desktop.domain.errors import Issue
from dvc_desktop.domain.rulesets import CHECKLIST_KEYS, RuleSet, answer_reason_label
from dvc_desktop.domain.text import MULTILINE_FIELDS, UnsafeText, clean, forbidden_character
from dvc_desktop.i18n import translate


class Form(StrEnum):
    FULL = "toan_trinh"
    PARTIAL = "mot_phan"
    NOT_ONLINE = "chua_truc_tuyen"


class Status(StrEnum):
    DRAFT = "draft"
    READY = "ready"


@dataclass(frozen=True)
class Checklist:
    """Each answer is True, False or None (not answered yet)."""

    info_online: bool | None = None
    submitted_online: bool | None = None
    processed_online: bool | None = None  # no in-person step, no on-site inspection
    fees_online: bool | None = None  # fees paid online, or there are none
    result_online: bool | None = None  # online or by public post

    def answers(self) -> tuple[bool | None, ...]:
        return tuple(getattr(self, f.name) for f in fields(self))

    @property
    def complete(self) -> bool:
        return None not in self.answers()


def suggest_form(checklist: Checklist) -> Form | None:
    """The form the checklist implies, or None while it cannot tell yet."""
    if checklist.submitted_online is False:
        return Form.NOT_ONLINE
    answers = checklist.answers()
    if False in answers:
        return Form.PARTIAL
    if None in answers:
        return None
    return Form.FULL


@dataclass(frozen=True)
class Classification:
    checklist: Checklist = Checklist()
    form: Form | None = None
    reason_code: str = ""
    legal_provision: str = ""  # the provision behind a legal ground (Decree 224 Art. 14)
    note: str = ""  # required when the form contradicts the checklist
    proactive_level: int | None = None  # Decree 224/2026 Art. 16, levels 1–4
    status: Status = Status.DRAFT
    # Decree 224 Art. 14: a technical ground is described, with the day it is expected to be fixed.
    technical_description: str = ""
    expected_fix_on: date | None = None
    # Art. 14: the reason is published on the national portal (Cổng DVCQG): when, and where.
    portal_published_on: date | None = None
    portal_link: str = ""

    def normalised(self) -> "Classification":
        return replace(
            self,
            reason_code=clean(self.reason_code),
            legal_provision=clean(self.legal_provision),
            note=clean(self.note),
            technical_description=clean(self.technical_description),
            portal_link=clean(self.portal_link),
        )

    @property
    def contradicts_checklist(self) -> bool:
        suggested = suggest_form(self.checklist)
        return self.form is not None and suggested is not None and suggested != self.form


_EXPLAINED_FORMS = (Form.PARTIAL, Form.NOT_ONLINE)


def _requirement_issue(field: str, reason_label: str) -> Issue:
    texts = {
        "legal_provision": "Lý do «{reason}» phải ghi quy định (điều, khoản, văn bản) làm căn cứ.",
        "technical_description": "Lý do kỹ thuật «{reason}» phải mô tả vấn đề kỹ thuật.",
        "expected_fix_on": "Lý do kỹ thuật «{reason}» phải ghi ngày dự kiến khắc phục.",
    }
    return Issue(field, translate("classification", texts[field], reason=reason_label))


def _filled(c: Classification, field: str) -> bool:
    value = getattr(c, field)
    return value is not None and value != ""


def text_issues(c: Classification) -> list[Issue]:
    """The text rule (domain.text) over the classification's text fields, one issue per bad field."""
    labels = {
        "reason_code": translate("classification", "Lý do"),
        "legal_provision": translate("classification", "Căn cứ pháp lý"),
        "note": translate("classification", "Ghi chú"),
        "technical_description": translate("classification", "Mô tả vấn đề kỹ thuật"),
        "portal_link": translate("classification", "Đường dẫn trên Cổng DVCQG"),
    }
    issues = []
    for name, label in labels.items():
        found = forbidden_character(getattr(c, name), multiline=name in MULTILINE_FIELDS)
        if found is not None:
            issues.append(Issue(name, str(UnsafeText(label, found[1], found[0]))))
    return issues


def save_issues(c: Classification, rules: RuleSet) -> list[Issue]:
    """Problems that refuse saving the classification at all.

    Decree 224 Art. 14: một phần needs one of its four grounds; a legal ground its provision, a
    technical ground a description and an expected fix date (never a law). Decree 42/2022 only
    defines một phần; its reasons are the province's convention, recommended (advice()), not required.
    """
    issues = text_issues(c)
    if issues:
        return issues  # nothing else can be judged on text that may not be stored
    c = c.normalised()
    reason = rules.reason(c.reason_code) if c.reason_code else None
    if c.form == Form.PARTIAL and rules.partial_requires_reason and not c.reason_code:
        issues.append(Issue("reason_code", translate(
            "classification", "Dịch vụ một phần phải nêu lý do (chọn trong danh sách).")))
    if c.reason_code and reason is None:
        issues.append(Issue("reason_code", translate(
            "classification", "Lý do «{code}» không có trong {rules}.",
            code=answer_reason_label(c.reason_code, ""), rules=translate("rules", rules.title))))
    explained = c.form in _EXPLAINED_FORMS and (c.form is not None and rules.reasons_for(c.form.value))
    details = (c.reason_code, c.legal_provision, c.technical_description, c.expected_fix_on)
    if not explained and any(details):
        issues.append(Issue("reason_code", translate(
            "classification", "Chỉ ghi lý do và căn cứ khi hình thức là {forms}.",
            forms=_explained_forms_label(rules))))
    elif reason is not None and c.form is not None:
        if c.form.value not in reason.forms:
            issues.append(Issue("reason_code", translate(
                "classification", "Lý do «{reason}» không dùng cho hình thức {form}.",
                reason=translate("rules", reason.label), form=translate("rules", rules.forms[c.form.value].label))))
        issues += [_requirement_issue(field, translate("rules", reason.label))
                   for field in reason.requires if not _filled(c, field)]
    if c.form not in _EXPLAINED_FORMS and (c.portal_published_on or c.portal_link):
        issues.append(Issue("portal_published_on", translate(
            "classification", "Chỉ ghi ngày công bố trên Cổng Dịch vụ công quốc gia cho dịch vụ một phần hoặc "
            "chưa trực tuyến.")))
    suggested = suggest_form(c.checklist)
    if c.contradicts_checklist and not c.note and suggested is not None:  # a contradiction has a suggestion
        issues.append(Issue("note", translate(
            "classification",
            "Hình thức đã chọn khác với kết quả bảng kiểm ({suggested}); hãy ghi chú giải thích.",
            suggested=translate("rules", rules.forms[suggested.value].label))))
    if c.proactive_level is not None and c.proactive_level not in rules.proactive_levels:
        issues.append(Issue("proactive_level", translate(
            "classification", "Mức chủ động {level} không có trong {rules}.",
            level=c.proactive_level, rules=translate("rules", rules.title))))
    return issues


def _explained_forms_label(rules: RuleSet) -> str:
    forms = [translate("rules", rules.forms[f.value].label).lower() for f in _EXPLAINED_FORMS
             if rules.reasons_for(f.value)]
    return translate("classification", " hoặc ").join(forms)


def readiness_issues(c: Classification, rules: RuleSet) -> list[Issue]:
    """Problems that keep a classification from being marked ready (and flag it)."""
    issues = save_issues(c, rules)
    if c.form is None:
        issues.append(Issue("form", translate("classification", "Chưa chọn hình thức.")))
    if not c.checklist.complete:
        issues.append(Issue("checklist", translate(
            "classification", "Bảng kiểm chưa trả lời đủ năm câu.")))
    if c.form == Form.NOT_ONLINE and rules.not_online_requires_reason and not c.reason_code:
        # Decree 224: toàn trình is the duty, so "not online" must say why too.
        issues.append(Issue("reason_code", translate(
            "classification", "Chưa trực tuyến phải nêu lý do: quy định loại trừ việc thực hiện trên môi trường "
            "mạng hoặc một lý do kỹ thuật.")))
    return issues


def advice(c: Classification, rules: RuleSet) -> list[Issue]:
    """Recommendations that never block (Decree 42/2022: the province's working convention)."""
    if rules.reasons_recommended and c.form == Form.PARTIAL and not c.reason_code:
        return [Issue("reason_code", translate(
            "classification", "Nên nêu lý do một phần theo quy ước của tỉnh (không bắt buộc theo {rules}).",
            rules=translate("rules", rules.title)))]
    return []


def needs_attention(c: Classification, rules: RuleSet) -> bool:
    """Incomplete or inconsistent: what the clerk should look at next."""
    return bool(readiness_issues(c, rules)) or c.contradicts_checklist


# Stored data, so Vietnamese whatever the window's language (a note may be published).
BULK_CONTRADICTION_NOTE = "Phân loại hàng loạt: hình thức khác gợi ý của bảng kiểm, cần xem lại bảng kiểm."


def after_edit(current: Classification, wanted: Classification) -> Classification:
    """Any change to the answer takes a ready classification back to draft: it must be checked again.
    (Marking ready is a step of its own: `wanted` asking for ready on a changed answer is taken back too,
    unless the caller marks it ready afterwards, as `classify --ready` does.)"""
    if current.status != Status.READY or wanted.status != Status.READY:
        return wanted
    if replace(wanted, status=current.status).normalised() == current.normalised():
        return wanted  # the same answer: still ready
    return replace(wanted, status=Status.DRAFT)


def classified_in_bulk(c: Classification, form: Form, reason_code: str, legal_provision: str) -> Classification:
    """Form, reason and provision given to many procedures at once. The checklist keeps what was assessed
    and the note is kept; a form the checklist contradicts is saved with a note saying so, and stays
    flagged for review (contradicts_checklist), rather than the checklist being rewritten to agree."""
    changed = replace(c, form=form, reason_code=reason_code, legal_provision=legal_provision, status=Status.DRAFT)
    if changed.contradicts_checklist and not changed.note.strip():
        changed = replace(changed, note=BULK_CONTRADICTION_NOTE)
    return changed


def checklist_for(form: Form, rules: RuleSet, reason_code: str = "", current: Checklist | None = None) -> Checklist:
    """A checklist consistent with `form`, for classifying many procedures at once.

    The current answers are kept when they already imply the form; otherwise toàn trình answers
    every question yes, chưa trực tuyến says the dossier cannot be submitted online, and một phần
    answers no to the question its reason fails.
    """
    if current is not None and suggest_form(current) == form:
        return current
    if form == Form.FULL:
        return Checklist(True, True, True, True, True)
    if form == Form.NOT_ONLINE:
        return Checklist(True, False, False, False, False)
    reason = rules.reason(reason_code)
    failing = reason.fails if reason and reason.fails else "processed_online"
    return Checklist(**{key: key != failing for key in CHECKLIST_KEYS})

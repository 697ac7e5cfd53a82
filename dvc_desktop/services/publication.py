"""The published catalogue (Danh mục): the data behind `publish` in xlsx, csv and json.

Grouped by executing level (Roman-numbered sections, in the levels' order), then by the unit that
classified the procedure (Arabic-numbered groups), with subtotals per group and section. `--all`
adds the catalogue's procedures at a level that no unit has classified, marked "chưa phân loại",
so the office sees the gaps before it publishes.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, TypeVar, Unpack

import functools

from collections import defaultdict
from functools import lru_cache

from sqlalchemy import Select, literal, select
from sqlalchemy.orm import Session, selectinload

from dvc_desktop.domain.catalogue import (
    UNCLASSIFIED, Catalogue, Counts, PublishedRow, Section, Group, WebsiteRow, published_level, roman, unit_summaries,
)
from dvc_desktop.domain.indicators import is_eligible
from dvc_desktop.domain.labels import UNCLASSIFIED as UNCLASSIFIED_WORD
from dvc_desktop.domain.rulesets import RuleSet, answer_reason_label
from dvc_desktop.domain.text import clean, fold
from dvc_desktop.atomic_files import atomic_path, atomic_write, staged_output
from dvc_desktop.i18n import translate
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.reporting import reporting_date
from dvc_desktop.services.settings import require_identity
from dvc_desktop.store import models

if TYPE_CHECKING:
    from dvc_desktop.domain.appendix import Appendix
    from dvc_desktop.progress import Progress

FORMS = ("toan_trinh", "mot_phan", "chua_truc_tuyen")
# What the office may leave out of a publication: answers it returned to the unit, answers it has not
# reviewed yet, and unclassified rows. The window leaves all three out by default; the command line only
# when told (`--leave-out`), so that scripts written before keep their output.
LEAVE_OUT = ("returned", "unreviewed", "unclassified")


_Query = TypeVar("_Query", bound="Select[Unpack[tuple[Any, ...]]]")


def _check_leave_out(leave_out: Iterable[str]) -> frozenset[str]:
    from dvc_desktop.services.errors import InvalidRequest

    chosen = frozenset(leave_out)
    unknown = sorted(chosen - set(LEAVE_OUT))
    if unknown:
        raise InvalidRequest(translate("publication", "Không bỏ ra được «{value}»; chọn trong: {choices}.",
                                       value=", ".join(unknown), choices=", ".join(LEAVE_OUT)))
    return chosen


def _review_filter(query: _Query, leave_out: frozenset[str]) -> _Query:
    c = models.Classification
    if "returned" in leave_out:
        query = query.where(c.review_status != "returned")
    if "unreviewed" in leave_out:
        query = query.where(c.review_status != "")
    if "unclassified" in leave_out:
        query = query.where(c.form.is_not(None))
    return query


def _vi(text: str, **params: object) -> str:
    """The Danh mục is an official Vietnamese document, whatever the interface language."""
    return text.format(**params) if params else text


def _procedure_levels(session: Session) -> dict[int, list[str]]:
    """Each procedure's levels, in the levels' order."""
    levels: dict[int, list[str]] = defaultdict(list)
    for procedure_id, code in session.execute(
            select(models.ProcedureLevel.procedure_id, models.ProcedureLevel.level_code)
            .join(models.Level, models.Level.code == models.ProcedureLevel.level_code)
            .order_by(models.ProcedureLevel.procedure_id, models.Level.sort_order, models.Level.code)):
        levels[procedure_id].append(code)
    return levels


def _gone_levels(session: Session, day: date) -> set[str]:
    """Levels abolished before `day` (cấp huyện from 1/7/2025): nothing is published at them."""
    return set(session.scalars(select(models.Level.code).where(models.Level.active_to < day)))


def published_rows(session: Session, rules: RuleSet, level: str | None = None, unit: str | None = None,
                   names: bool = True, gone: set[str] | None = None,
                   leave_out: frozenset[str] = frozenset()) -> list[PublishedRow]:
    """Every classification as the Danh mục publishes it (unsorted): the one source of the catalogue's
    counts and of the indicators. One query of plain columns, no ORM objects (building the catalogue of
    20,000 classifications went from 2.0 s to 0.3 s); `names=False` leaves out the procedures' names and
    the notes, which only the printed catalogue needs."""
    level_names = dict(session.execute(select(models.Level.code, models.Level.name)).all())
    form_labels = _form_labels(rules)
    query = (select(models.Classification.form, models.Classification.reason_code,
                    models.Classification.legal_provision, models.Classification.rule_set_code,
                    models.Classification.technical_description, models.Classification.expected_fix_on,
                    models.Classification.procedure_id,
                    models.Procedure.code, models.Procedure.name if names else literal(""),
                    models.Sector.name, models.Unit.code, models.Unit.name, models.Unit.level_code)
             .join(models.Procedure, models.Classification.procedure_id == models.Procedure.id)
             .join(models.Unit, models.Classification.unit_id == models.Unit.id)
             .outerjoin(models.Sector, models.Procedure.sector_id == models.Sector.id))
    if unit:
        query = query.where(models.Unit.code == unit)
    query = _review_filter(query, leave_out)
    procedure_levels = _procedure_levels(session)
    rows = []
    for (form, reason_code, provision, rule_set_code, technical, fix_on, procedure_id, code, name, sector, unit_code,
         unit_name, unit_level) in session.execute(query):
        at = published_level(unit_level, procedure_levels.get(procedure_id, ()))
        if (level and at != level) or (gone and at in gone):
            continue
        form = form or UNCLASSIFIED
        note = reason_note(form, reason_code, provision, rule_set_code, technical, fix_on) if names else ""
        rows.append(PublishedRow(code, name, sector or "", unit_name, unit_code,
                                 level_names.get(at, at), form, form_labels[form], note, at,
                                 is_eligible(form, reason_code, provision)))
    return rows


def _form_labels(rules: RuleSet) -> dict[str, str]:
    labels = {code: choice.label for code, choice in rules.forms.items()}
    labels[UNCLASSIFIED] = UNCLASSIFIED_WORD  # the Danh mục is Vietnamese, whatever the interface language
    return labels


def build_catalogue(context: ServiceContext, level: str | None = None, unit: str | None = None,
                    include_all: bool = False, decision: str = "", as_of: date | None = None,
                    leave_out: Iterable[str] = ()) -> Catalogue:
    """The working draft of the Danh mục as the store holds it now (one read transaction), under the law of
    the reporting date (`as_of`, else the open round's, else today): its rule set, and no level abolished
    before that day."""
    with context.transaction() as session:
        reporting = reporting_date(session, context.today(), as_of)
        rules = reporting.rules
        identity = require_identity(session)
        gone = _gone_levels(session, reporting.day)
        levels = [lv for lv in session.scalars(select(models.Level).order_by(models.Level.sort_order))
                  if lv.code not in gone]
        level_names = {lv.code: lv.name for lv in levels}
        leave_out = _check_leave_out(leave_out)
        rows = published_rows(session, rules, level, unit, gone=gone, leave_out=leave_out)
        by_level: dict[str, dict[tuple[str, str], list[PublishedRow]]] = defaultdict(lambda: defaultdict(list))
        classified_at_level: dict[str, set[str]] = defaultdict(set)
        for row in rows:
            by_level[row.level_code][(row.unit_code, row.agency)].append(row)
            classified_at_level[row.level_code].add(row.code)
        if include_all and not unit and "unclassified" not in leave_out:
            unclassified = _form_labels(rules)[UNCLASSIFIED]
            procedure_levels = _procedure_levels(session)
            for procedure_id, code, name, sector in session.execute(
                    select(models.Procedure.id, models.Procedure.code, models.Procedure.name, models.Sector.name)
                    .outerjoin(models.Sector, models.Procedure.sector_id == models.Sector.id)
                    .where(models.Procedure.origin == "reference")):
                for at in procedure_levels.get(procedure_id, ()):
                    if (level and at != level) or at in gone or code in classified_at_level[at]:
                        continue
                    by_level[at][("", _vi("Chưa có đơn vị phân loại"))].append(PublishedRow(
                        code, name, sector or "", "", "", level_names.get(at, at), UNCLASSIFIED, unclassified, "",
                        at))
        sections = _sections(by_level, levels)
        websites = [
            WebsiteRow(site.unit.name, site.name, site.url, site.linked_from_portal, site.plan_status, site.target_date)
            for site in session.scalars(select(models.Website).options(selectinload(models.Website.unit))
                                        .order_by(models.Website.unit_id, models.Website.id))
            if not unit or site.unit.code == unit
        ]
    total = Counts()
    for section in sections:
        for key in ("procedures", *FORMS, UNCLASSIFIED, "eligible"):
            setattr(total, key, getattr(total, key) + getattr(section.counts, key))
    return Catalogue(identity.province_code, identity.province_name, reporting.day, rules.code, sections,
                     unit_summaries(rows), websites, total, clean(decision))


def reason_note(form: str, reason_code: str, legal_provision: str, rule_set_code: str, technical: str = "",
                fix_on: date | None = None) -> str:
    """Ghi chú of một phần and chưa trực tuyến: the reason in the words of the rule set it was saved under
    (never a raw code), then what the ground carries: the provision, or the technical issue and the day it
    is expected to be fixed (Decree 224 Art. 14)."""
    if form not in ("mot_phan", "chua_truc_tuyen"):
        return ""
    parts = [answer_reason_label(reason_code, rule_set_code, translated=False), legal_provision, technical,
             _vi("dự kiến khắc phục {day}", day=fix_on.strftime("%d/%m/%Y")) if fix_on else ""]
    return "; ".join(part for part in parts if part)


_folded = lru_cache(maxsize=4096)(fold)  # a few dozen sector names sort thousands of rows


def _sections(by_level: dict[str, Any], levels: list[models.Level]) -> list[Section]:
    sections: list[Section] = []
    known = [lv.code for lv in levels] + sorted(set(by_level) - {lv.code for lv in levels})
    names = {lv.code: lv.name or lv.code for lv in levels}
    for code in known:
        units = by_level.get(code)
        if not units:
            continue
        section = Section(roman(len(sections) + 1), _vi("THỦ TỤC HÀNH CHÍNH {level}",
                                                      level=(names.get(code) or code).upper()), code)
        ordered = sorted(units.items(), key=lambda item: (item[0][0] == "", fold(item[0][1])))
        for number, ((_unit_code, unit_name), rows) in enumerate(ordered, start=1):
            group = Group(number, unit_name, sorted(rows, key=lambda r: (_folded(r.sector), r.code)))
            for row in group.rows:
                group.counts.add(row.form, row.eligible)
                section.counts.add(row.form, row.eligible)
            section.groups.append(group)
        sections.append(section)
    return sections


def publish(context: ServiceContext, path: Path, level: str | None = None, unit: str | None = None,
            include_all: bool = False, progress: Progress | None = None, decision: str = "", kind: str = "official",
            as_of: date | None = None, decision_number: str = "", decision_date: date | None = None,
            columns: tuple[str, ...] = (), commune_disagreement: str = "named",
            leave_out: Iterable[str] = (), sign: bool = False, pin: str | None = None) -> Catalogue | Appendix:
    """`dvc-desktop publish OUT.xlsx|OUT.pdf|OUT.csv|OUT.json`: the format follows the file's extension.

    An .xlsx is by default the official appendix of the Chairman's decision (build_appendix); `kind="draft"`
    writes the working draft (every answer, unclassified ones too, the per-unit and websites sheets). A .pdf
    is the official appendix printed (and, with `sign`, signed by the office's certificate as an attached
    document). CSV and JSON are data exports of the working draft. `leave_out` (LEAVE_OUT): answers returned
    to their unit, answers not reviewed yet, unclassified rows."""
    from pathlib import Path

    from dvc_desktop.progress import no_progress
    from dvc_desktop.services.errors import InvalidRequest, prepare_output, writing_output

    target = Path(path)
    suffix = target.suffix.lower()
    prepare_output(context, target)
    context.db.check_integrity()  # the published Danh mục comes from a sound store
    writers = {".xlsx": _xlsx, ".csv": _csv, ".json": _json}  # the working draft's; a .pdf is the appendix only
    if suffix not in (*writers, ".pdf"):
        raise InvalidRequest(translate("publication", "Chỉ xuất được .xlsx, .pdf, .csv hoặc .json, không phải "
                                                      "«{suffix}».", suffix=suffix or target.name))
    if kind not in KINDS:
        raise InvalidRequest(translate("publication", "Loại «{kind}» không hợp lệ: official hoặc draft.", kind=kind))
    if suffix == ".pdf" and kind != "official":
        raise InvalidRequest(translate("publication", "Tệp PDF là Danh mục chính thức (phụ lục kèm quyết định); bản "
                                                      "làm việc xuất ra .xlsx, .csv hoặc .json."))
    if sign and suffix != ".pdf":
        raise InvalidRequest(translate("publication", "Chỉ ký số được Danh mục xuất ra tệp .pdf."))
    from dvc_desktop.services.document_signing import signing_request

    signing = signing_request(context, sign, pin)
    official = kind == "official" and suffix in (".xlsx", ".pdf")
    if official and (include_all or unit):
        raise InvalidRequest(translate(
            "publication", "Danh mục chính thức gồm mọi đơn vị và chỉ các thủ tục đã phân loại: dùng --kind draft "
            "cho bản làm việc theo một đơn vị hoặc có cả thủ tục chưa phân loại."))
    if official:
        from dvc_desktop.excel.appendix_writer import write_appendix

        appendix = build_appendix(context, as_of, decision_number, decision_date, tuple(columns),
                                  commune_disagreement, level, leave_out)
        if not any(part.line_count for part in appendix.parts):
            raise InvalidRequest(_nothing_to_publish(leave_out))
        _guard_text(appendix)
        with writing_output(target), staged_output(target) as staged:
            if suffix == ".pdf":
                _appendix_pdf(appendix, staged.path, progress or no_progress, signing, pin)
            else:
                write_appendix(appendix, staged.path, progress or no_progress)
            record_publication(context, target, "official", appendix.as_of, appendix.decision_number, decision_date,
                               _rule_set_code(appendix.rule_set_citation), then=staged.place)
        return appendix
    catalogue = build_catalogue(context, level, unit, include_all, decision, as_of, leave_out)
    if not catalogue.counts.procedures:
        raise InvalidRequest(_nothing_to_publish(leave_out))
    _guard_text(catalogue)
    with writing_output(target), staged_output(target) as staged:
        writers[suffix](catalogue, staged.path, progress or no_progress)
        record_publication(context, target, "draft", catalogue.made_on, rule_set_code=catalogue.rule_set,
                           then=staged.place)
    return catalogue


def _appendix_pdf(appendix: Appendix, target: Path, progress: Progress, signing: Any, pin: str | None) -> None:
    """The appendix printed; signed by the office as a document attached to the decision when asked."""
    from dvc_desktop.reports.appendix import compose_appendix
    from dvc_desktop.reports.render import ATTACHMENT_SPOT, write_pdf
    from dvc_desktop.services.document_signing import write_signed_pdf

    document = compose_appendix(appendix)
    if signing is None:
        write_pdf(document, target, progress)
        return
    assert pin is not None
    write_signed_pdf(document, target, progress, signing, pin, ATTACHMENT_SPOT,
                     attachment_of=appendix.decision_number, reason=_vi("Danh mục công bố"))


def _nothing_to_publish(leave_out: Iterable[str] = ()) -> str:
    text = translate("publication", "Danh mục không có thủ tục nào để công bố: chưa đơn vị nào phân loại thủ tục (hoặc "
                                    "không thủ tục nào thuộc cấp, đơn vị đã chọn). Hãy nhập gói của các đơn vị trước; "
                                    "không ghi tệp nào.")
    if {"returned", "unreviewed"} & set(leave_out):
        text += " " + translate("publication", "Các câu trả lời bị trả lại hoặc chưa xem xét đang được bỏ ra: xem xét "
                                               "chúng trong Danh mục tổng hợp, hoặc chọn công bố cả chúng.")
    return text


def _guard_text(document: object) -> None:
    """The writers' last guard: text the text rule refuses (from a store an older version filled, or a
    file edited by hand) is reported with its procedure and field before a byte is written, instead of
    openpyxl's "cannot be used in worksheets" half-way through the file."""
    from dvc_desktop.domain.text import UnsafeText
    from dvc_desktop.services.errors import InvalidRequest

    found = _unsafe_text(document, "", "")
    if found is not None:
        code, field_name, character, position = found
        where = translate("publication", "Không xuất được danh mục: thủ tục {code}, trường «{field}»",
                          code=code or "?", field=field_name)
        raise InvalidRequest(str(UnsafeText(where, character, position)))


def _unsafe_text(value: object, code: str, field_name: str) -> tuple[str, str, str, int] | None:
    """(procedure code, field, character, position) of the first refused character in a document made
    of dataclasses, lists and tuples; a record's `code` names the rows under it. Each row is one
    joined search first (a clean one, nearly all, costs one regex call), field by field only on a hit."""
    from dvc_desktop.domain.text import forbidden_character

    if isinstance(value, str):
        found = forbidden_character(value, multiline=True)
        return (code, field_name, found[1], found[0]) if found else None
    if isinstance(value, (list, tuple)):
        for item in value:
            hit = _unsafe_text(item, code, field_name)
            if hit:
                return hit
    elif isinstance(value, dict):
        for key, item in value.items():
            hit = _unsafe_text(item, code, str(key))
            if hit:
                return hit
    elif hasattr(type(value), "__dataclass_fields__") and not isinstance(value, type):
        names = _field_names(type(value))  # type: ignore[arg-type]  # a dataclass type: hashable
        items = [getattr(value, name) for name in names]
        clean = forbidden_character("".join(i for i in items if isinstance(i, str)), multiline=True) is None
        own = getattr(value, "code", None)
        code = own if isinstance(own, str) else code
        for name, item in zip(names, items):
            if isinstance(item, str) and clean or not isinstance(item, (str, list, tuple, dict)) and not hasattr(
                    type(item), "__dataclass_fields__"):
                continue  # clean text, or a number, a date, None
            hit = _unsafe_text(item, code, name)
            if hit:
                return hit
    return None


@functools.cache
def _field_names(kind: type) -> tuple[str, ...]:
    import dataclasses

    return tuple(item.name for item in dataclasses.fields(kind))


def _rule_set_code(citation: str) -> str:
    from dvc_desktop.domain.rulesets import bundled_rule_sets

    return next((r.code for r in bundled_rule_sets() if r.citation == citation), "")


def _xlsx(catalogue: Catalogue, target: Path, progress: Progress) -> None:
    from dvc_desktop.excel.catalogue_writer import write_catalogue

    write_catalogue(catalogue, target, progress)


CSV_HEADER = ("STT", "Mã TTHC", "Tên TTHC", "Lĩnh vực", "Cơ quan thực hiện", "Cấp thực hiện", "Hình thức", "Ghi chú",
              "Mục", "Nhóm")


def _csv(catalogue: Catalogue, target: Path, progress: Progress) -> None:
    """UTF-8 with a BOM so Excel opens it in Unicode; text that a spreadsheet would run as a formula gets a
    leading apostrophe."""
    import csv

    total = catalogue.counts.procedures
    progress(0, total)
    with atomic_path(target) as partial, open(partial, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([h for h in CSV_HEADER])
        number = 0
        for section in catalogue.sections:
            for group in section.groups:
                for row in group.rows:
                    number += 1
                    if number % 1000 == 0:
                        progress(number, total)  # Hủy stops here: the partial file is removed
                    writer.writerow([number, *(_csv_text(v) for v in (row.code, row.name, row.sector, row.agency,
                                                                      row.level, row.form_label, row.note,
                                                                      f"{section.numeral}. {section.title}",
                                                                      f"{group.number}. {group.title}"))])


def _csv_text(value: str) -> str:
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _json(catalogue: Catalogue, target: Path, progress: Progress) -> None:
    """The documented schema of docs/publication.md (`format: dvc-catalogue`, version 1)."""
    import json

    progress(0, 2)  # Hủy before the document is built and before anything is written

    def counts(c: Counts) -> dict[str, Any]:
        return {"procedures": c.procedures, "toan_trinh": c.toan_trinh, "mot_phan": c.mot_phan,
                "chua_truc_tuyen": c.chua_truc_tuyen, "chua_phan_loai": c.chua_phan_loai, "share_full": c.share_full}

    document = {
        "format": "dvc-catalogue", "format_version": 1, "province": {"code": catalogue.province_code,
                                                                     "name": catalogue.province_name},
        "made_on": catalogue.made_on.isoformat(), "rule_set": catalogue.rule_set, "decision": catalogue.decision,
        "totals": counts(catalogue.counts),
        "sections": [{
            "numeral": s.numeral, "title": s.title, "level": s.level_code, "totals": counts(s.counts),
            "groups": [{"number": g.number, "title": g.title, "totals": counts(g.counts),
                        "procedures": [{"code": r.code, "name": r.name, "sector": r.sector, "agency": r.agency,
                                        "unit_code": r.unit_code, "level": r.level, "form": r.form, "note": r.note}
                                       for r in g.rows]} for g in s.groups],
        } for s in catalogue.sections],
        "units": [{"code": u.code, "name": u.name, "totals": counts(u.counts)} for u in catalogue.units],
        "websites": [{"unit": w.unit, "name": w.name, "url": w.url, "linked_from_portal": w.linked,
                      "plan_status": w.plan, "target_date": w.target_date.isoformat() if w.target_date else None}
                     for w in catalogue.websites],
    }
    text = json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")
    progress(1, 2)
    atomic_write(target, text)
    progress(2, 2)


# ---------------------------------------------------------------- the official appendix (default kind)

KINDS = ("official", "draft")
DISAGREEMENT_CHOICES = ("named", "refuse")


def build_appendix(context: ServiceContext, as_of: date | None = None, decision_number: str = "",
                   decision_date: date | None = None, columns: tuple[str, ...] = (),
                   commune_disagreement: str = "named", level: str | None = None,
                   leave_out: Iterable[str] = ()) -> Appendix:
    """The Danh mục as the appendix of the Chairman's decision (domain/appendix.py), on the reporting date."""
    from dvc_desktop.domain.appendix import OPTIONAL_COLUMNS, Answer, Appendix, bare_province_name, build_parts
    from dvc_desktop.domain.provinces import kind_word
    from dvc_desktop.services.errors import InvalidRequest

    unknown = sorted(set(columns) - set(OPTIONAL_COLUMNS))
    if unknown:
        raise InvalidRequest(translate("publication", "Không có cột «{column}»; chọn trong: {columns}.",
                                       column=", ".join(unknown), columns=", ".join(OPTIONAL_COLUMNS)))
    if commune_disagreement not in DISAGREEMENT_CHOICES:
        raise InvalidRequest(translate("publication", "Cách xử lý «{value}» không hợp lệ: named hoặc refuse.",
                                       value=commune_disagreement))
    leave_out = _check_leave_out(leave_out)
    with context.transaction() as session:
        reporting = reporting_date(session, context.today(), as_of)
        rules = reporting.rules
        identity = require_identity(session)
        gone = _gone_levels(session, reporting.day)
        levels = [(lv.code, lv.name) for lv in session.scalars(select(models.Level).order_by(models.Level.sort_order))
                  if lv.code not in gone]
        form_labels = _form_labels(rules)
        proactive = {lv: translate("publication", "Mức {level}", level=lv) for lv in rules.proactive_levels}
        procedure_levels = _procedure_levels(session)
        c = models.Classification
        query = (select(c.form, c.reason_code, c.legal_provision, c.rule_set_code, c.technical_description,
                        c.expected_fix_on, c.proactive_level, c.procedure_id, models.Procedure.code,
                        models.Procedure.name, models.Procedure.announcing_decision, models.Sector.name,
                        models.Unit.name, models.Unit.kind, models.Unit.level_code)
                 .join(models.Procedure, c.procedure_id == models.Procedure.id)
                 .join(models.Unit, c.unit_id == models.Unit.id)
                 .outerjoin(models.Sector, models.Procedure.sector_id == models.Sector.id)
                 .where(c.form.is_not(None)))
        query = _review_filter(query, leave_out)
        answers = []
        for (form, reason_code, provision, rule_set_code, technical, fix_on, proactive_level, procedure_id, code, name,
             decision, sector, unit_name, unit_kind, unit_level) in session.execute(query):
            at = published_level(unit_level, procedure_levels.get(procedure_id, ()))
            if at in gone or (level and at != level):
                continue
            assert form is not None  # the query keeps classified answers only
            answers.append(Answer(code, name, sector or "", unit_name, at, form, form_labels[form],
                                  reason_note(form, reason_code, provision, rule_set_code, technical, fix_on),
                                  decision or "", proactive.get(proactive_level, "") if proactive_level else "",
                                  commune=unit_kind == "commune"))
    parts, disagreements = build_parts(answers, levels)
    if disagreements and commune_disagreement == "refuse":
        raise InvalidRequest(translate(
            "publication", "Các xã trả lời khác nhau ở {n} thủ tục ({codes}): xử lý mục «Đơn vị cùng cấp phân loại "
            "khác nhau» trong Kiểm tra trước khi công bố, hoặc công bố với tên các xã ghi ở cột Ghi chú.",
            n=len(disagreements), codes=", ".join(d.code for d in disagreements[:10])))
    return Appendix(bare_province_name(identity.province_name or identity.province_code),
                    kind_word(identity.province_code, identity.province_name), reporting.day, clean(decision_number),
                    decision_date, rules.citation, tuple(columns), parts, disagreements)


def record_publication(context: ServiceContext, target: Path, kind: str, as_of: date, decision_number: str = "",
                       decision_date: date | None = None, rule_set_code: str = "",
                       then: Callable[[], None] | None = None) -> None:
    """The Danh mục published, with the decision it is the appendix of (audited); `then`: what puts the
    written file in place, once the record has committed (a failed commit leaves no published file)."""
    from dvc_desktop.store import audit
    from dvc_desktop.store.database import after_commit

    with context.transaction() as session:
        session.add(models.Publication(as_of=as_of, decision_number=clean(decision_number)[:64],
                                       decision_date=decision_date, kind=kind, file_name=str(target.name)[:255],
                                       rule_set_code=rule_set_code, made_by=context.actor))
        audit.record(session, context.actor, "catalogue.publish", "publication", str(target.name), kind=kind,
                     as_of=as_of.isoformat(), decision_number=decision_number,
                     decision_date=decision_date.isoformat() if decision_date else None)
        if then is not None:
            after_commit(session, then)


def split_decision(text: str) -> tuple[str, date | None]:
    """"1234/QĐ-UBND ngày 15/12/2026" → ("1234/QĐ-UBND", date(2026, 12, 15)); a number alone keeps no date."""
    import re

    from dvc_desktop.services.reporting import parse_day

    match = re.fullmatch(r"\s*(\S+)\s+ngày\s+(\S+)\s*", text)
    if match:
        return match.group(1), parse_day(match.group(2))
    return text.strip(), None

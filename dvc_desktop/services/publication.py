"""The published catalogue (Danh mục): the data behind `publish` in xlsx, csv and json.

Grouped by executing level (Roman-numbered sections, in the levels' order), then by the unit that
classified the procedure (Arabic-numbered groups), with subtotals per group and section. `--all`
adds the catalogue's procedures at a level that no unit has classified, marked "chưa phân loại",
so the office sees the gaps before it publishes.
"""

from __future__ import annotations

from collections import defaultdict



from sqlalchemy import select
from sqlalchemy.orm import selectinload

from dvc_desktop.domain.catalogue import (
    UNCLASSIFIED, Catalogue, Counts, Group, PublishedRow, Section, UnitSummary, WebsiteRow, roman,
)
from dvc_desktop.domain.rulesets import rule_set_in_force
from dvc_desktop.domain.text import fold
from dvc_desktop.i18n import translate
from dvc_desktop.services.context import ServiceContext
from dvc_desktop.services.settings import require_identity
from dvc_desktop.store import models

FORMS = ("toan_trinh", "mot_phan", "chua_truc_tuyen")


def _vi(text: str, **params: object) -> str:
    """The Danh mục is an official Vietnamese document, whatever the interface language."""
    return text.format(**params) if params else text


def build_catalogue(context: ServiceContext, level: str | None = None, unit: str | None = None,
                    include_all: bool = False) -> Catalogue:
    """The Danh mục as the store holds it now (one read transaction)."""
    rules = rule_set_in_force(context.today())
    form_labels = {code: choice.label for code, choice in rules.forms.items()}
    form_labels[UNCLASSIFIED] = _vi("Chưa phân loại")
    with context.transaction() as session:
        identity = require_identity(session)
        levels = list(session.scalars(select(models.Level).order_by(models.Level.sort_order)))
        level_names = {lv.code: lv.name for lv in levels}
        query = (select(models.Classification)
                 .options(selectinload(models.Classification.unit),
                          selectinload(models.Classification.procedure).selectinload(models.Procedure.levels),
                          selectinload(models.Classification.procedure).selectinload(models.Procedure.sector)))
        if unit:
            query = query.join(models.Unit, models.Classification.unit_id == models.Unit.id).where(models.Unit.code == unit)
        classifications = session.scalars(query).all()
        by_level: dict[str, dict[tuple[str, str], list[PublishedRow]]] = defaultdict(lambda: defaultdict(list))
        classified_at_level: dict[str, set[str]] = defaultdict(set)
        unit_counts: dict[tuple[str, str], Counts] = defaultdict(Counts)
        for row in classifications:
            procedure, owner = row.procedure, row.unit
            unit_level = owner.level_code
            procedure_levels = [lv.level_code for lv in procedure.levels]
            at = unit_level if unit_level in procedure_levels or not procedure_levels else procedure_levels[0]
            if level and at != level:
                continue
            form = row.form or UNCLASSIFIED
            by_level[at][(owner.code, owner.name)].append(PublishedRow(
                procedure.code, procedure.name, procedure.sector.name if procedure.sector else "", owner.name,
                owner.code, level_names.get(at, at), form, form_labels[form], _note(row, rules)))
            classified_at_level[at].add(procedure.code)
            unit_counts[(owner.code, owner.name)].add(form)
        if include_all and not unit:
            for procedure in session.scalars(select(models.Procedure).where(models.Procedure.origin == "reference")
                                             .options(selectinload(models.Procedure.levels),
                                                      selectinload(models.Procedure.sector))):
                for code in (lv.level_code for lv in procedure.levels):
                    if (level and code != level) or procedure.code in classified_at_level[code]:
                        continue
                    by_level[code][("", _vi("Chưa có đơn vị phân loại"))].append(PublishedRow(
                        procedure.code, procedure.name, procedure.sector.name if procedure.sector else "", "", "",
                        level_names.get(code, code), UNCLASSIFIED, form_labels[UNCLASSIFIED], ""))
        sections = _sections(by_level, levels)
        websites = [
            WebsiteRow(site.unit.name, site.name, site.url, site.linked_from_portal, site.plan_status, site.target_date)
            for site in session.scalars(select(models.Website).options(selectinload(models.Website.unit))
                                        .order_by(models.Website.unit_id, models.Website.id))
            if not unit or site.unit.code == unit
        ]
    total = Counts()
    for section in sections:
        for key in ("procedures", *FORMS, UNCLASSIFIED):
            setattr(total, key, getattr(total, key) + getattr(section.counts, key))
    units = [UnitSummary(code, name, counts) for (code, name), counts in sorted(unit_counts.items(),
                                                                                key=lambda item: fold(item[0][1]))]
    return Catalogue(identity.province_code, identity.province_name, context.today(), rules.code, sections, units,
                     websites, total)


def _note(row: models.Classification, rules) -> str:  # type: ignore[no-untyped-def]
    if row.form != "mot_phan":
        return ""
    reason = rules.reason(row.reason_code)
    label = reason.label if reason else row.reason_code
    return "; ".join(part for part in (label, row.legal_provision) if part)


def _sections(by_level: dict, levels: list[models.Level]) -> list[Section]:
    sections = []
    known = [lv.code for lv in levels] + sorted(set(by_level) - {lv.code for lv in levels})
    names = {lv.code: lv.name for lv in levels}
    for code in known:
        units = by_level.get(code)
        if not units:
            continue
        section = Section(roman(len(sections) + 1), _vi("THỦ TỤC HÀNH CHÍNH {level}",
                                                      level=names.get(code, code).upper()), code)
        ordered = sorted(units.items(), key=lambda item: (item[0][0] == "", fold(item[0][1])))
        for number, ((_unit_code, unit_name), rows) in enumerate(ordered, start=1):
            group = Group(number, unit_name, sorted(rows, key=lambda r: (fold(r.sector), r.code)))
            for row in group.rows:
                group.counts.add(row.form)
                section.counts.add(row.form)
            section.groups.append(group)
        sections.append(section)
    return sections


def publish(context: ServiceContext, path, level: str | None = None, unit: str | None = None,  # type: ignore[no-untyped-def]
            include_all: bool = False, progress=None):
    """`dvc-desktop publish OUT.xlsx|OUT.csv|OUT.json`: the format follows the file's extension."""
    from pathlib import Path

    from dvc_desktop.progress import no_progress
    from dvc_desktop.services.errors import InvalidRequest

    target = Path(path)
    suffix = target.suffix.lower()
    writers = {".xlsx": _xlsx, ".csv": _csv, ".json": _json}
    if suffix not in writers:
        raise InvalidRequest(translate("publication", "Chỉ xuất được .xlsx, .csv hoặc .json, không phải «{suffix}».",
                                       suffix=suffix or target.name))
    catalogue = build_catalogue(context, level, unit, include_all)
    writers[suffix](catalogue, target, progress or no_progress)
    return catalogue


def _xlsx(catalogue: Catalogue, target, progress) -> None:  # type: ignore[no-untyped-def]
    from dvc_desktop.excel.catalogue_writer import write_catalogue

    write_catalogue(catalogue, target, progress)


CSV_HEADER = ("STT", "Mã TTHC", "Tên TTHC", "Lĩnh vực", "Cơ quan thực hiện", "Cấp thực hiện", "Hình thức", "Ghi chú",
              "Mục", "Nhóm")


def _csv(catalogue: Catalogue, target, progress) -> None:  # type: ignore[no-untyped-def]
    """UTF-8 with a BOM so Excel opens it in Unicode; text that a spreadsheet would run as a formula gets a
    leading apostrophe."""
    import csv
    import os

    partial = target.with_name(target.name + ".partial")
    with open(partial, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([h for h in CSV_HEADER])
        number = 0
        for section in catalogue.sections:
            for group in section.groups:
                for row in group.rows:
                    number += 1
                    writer.writerow([number, *(_csv_text(v) for v in (row.code, row.name, row.sector, row.agency,
                                                                      row.level, row.form_label, row.note,
                                                                      f"{section.numeral}. {section.title}",
                                                                      f"{group.number}. {group.title}"))])
    os.replace(partial, target)


def _csv_text(value: str) -> str:
    return "'" + value if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value


def _json(catalogue: Catalogue, target, progress) -> None:  # type: ignore[no-untyped-def]
    """The documented schema of docs/publication.md (`format: dvc-catalogue`, version 1)."""
    import json
    import os

    def counts(c: Counts) -> dict:
        return {"procedures": c.procedures, "toan_trinh": c.toan_trinh, "mot_phan": c.mot_phan,
                "chua_truc_tuyen": c.chua_truc_tuyen, "chua_phan_loai": c.chua_phan_loai, "share_full": c.share_full}

    document = {
        "format": "dvc-catalogue", "format_version": 1, "province": {"code": catalogue.province_code,
                                                                     "name": catalogue.province_name},
        "made_on": catalogue.made_on.isoformat(), "rule_set": catalogue.rule_set, "totals": counts(catalogue.counts),
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
    partial = target.with_name(target.name + ".partial")
    partial.write_text(json.dumps(document, ensure_ascii=False, indent=1), encoding="utf-8")
    os.replace(partial, target)

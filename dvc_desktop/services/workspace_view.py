"""What the department's window shows of its workspace, built from plain query results.

No SQLAlchemy here: the window's first look (`services/first_look.py`) reads the rows with the
`sqlite3` module alone and builds them with the same code as `services/workspace.py`, before
SQLAlchemy (0.2 s of imports) is loaded.
"""

from __future__ import annotations

from collections import defaultdict, namedtuple
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Iterable, NamedTuple, Sequence

from dvc_desktop.domain.classification import Checklist, Classification, Form, Status, needs_attention
from dvc_desktop.domain.rulesets import CHECKLIST_KEYS, RuleSet, answer_reason_label
from dvc_desktop.domain.text import MULTILINE_FIELDS, refused_pattern
from dvc_desktop.services.store_reads import day, moment


class ProcedureRow(NamedTuple):
    """One line of the procedures table (a classification of the unit).

    A NamedTuple, not a frozen dataclass: the window builds 20,000 of them at start, and a frozen
    dataclass's __init__ (one object.__setattr__ per field) cost four times as much (bench/startup.py)."""

    id: int
    procedure_id: int
    code: str
    name: str
    search_key: str  # folded code and name, for diacritic-insensitive search
    sector: str
    level_codes: tuple[str, ...]
    levels: str
    form: str | None
    reason: str
    status: str
    updated_at: datetime
    attention: bool
    origin: str
    # Only its code and name known yet: a large store's first look reads those for every row and the
    # rest for the first screenful; the window then reads the whole rows the usual way.
    pending: bool = False


def pending_rows(keys: Iterable[Sequence[Any]]) -> list[ProcedureRow]:
    """Rows of which only the code and name are known yet (`ProcedureRow.pending`), one for each (id,
    procedure id, code, name, folded name, origin): tuples made directly,
    without the NamedTuple's Python-level __new__ (20,000 of them at a large store's start)."""
    new, unknown = tuple.__new__, datetime.min
    return [new(ProcedureRow, (row_id, procedure_id, code, name, f"{code.lower()} {name_folded}", "", (), "", None,
                               "", "", unknown, False, origin, True))
            for row_id, procedure_id, code, name, name_folded, origin in keys]


@dataclass(frozen=True)
class WorkspaceSnapshot:
    """What the department's window needs to open, read in one go."""

    unit_code: str
    unit_name: str
    unit_kind: str
    province_name: str
    province_domain: str
    rules: RuleSet
    rows: list[ProcedureRow]
    levels: list[tuple[str, str]]  # (code, name) in display order
    deadline: date | None
    last_export: dict[str, Any] | None = None
    last_receipt: dict[str, Any] | None = None
    round_name: str = ""  # the review round the province's reference package announced ("" without one)
    round_basis: str = ""  # the letter it is based on (căn cứ)
    catalogue_size: int = 0  # procedures of the province's reference catalogue (0: no reference imported yet)
    complete: bool = True  # False: some rows are pending (a large store's first look)


def announced_round(raw: object) -> tuple[str, str]:
    """(name, basis) of the setting "round" a reference package wrote, or ("", "") when there is none
    or it is not one this version reads (as `services.rounds.current_round` judges it)."""
    if not isinstance(raw, dict):
        return "", ""
    try:
        date.fromisoformat(raw["opened_on"])
        date.fromisoformat(raw["deadline"])
        return str(raw["name"]), str(raw.get("basis") or "")
    except (KeyError, TypeError, ValueError):
        return "", ""


# The stored answer of a classification, in this order (`Judge`), and the columns of a table row:
# both queries (SQLAlchemy's in workspace.py, sqlite3's in first_look.py) select these, in this order.
ANSWER_KEYS = ("form", *CHECKLIST_KEYS, "reason_code", "legal_provision", "note", "proactive_level", "status",
               "technical_description", "expected_fix_on", "portal_published_on", "portal_link", "rule_set_code")
ROW_KEYS = ("id", "procedure_id", "code", "name", "name_folded", "sector", "updated_at", "origin", *ANSWER_KEYS)
_CHECKLIST_POSITIONS = range(1, 1 + len(CHECKLIST_KEYS))  # within an answer


def to_domain(row: Any) -> Classification:
    """A stored classification (an ORM row, or a query row with the same column names) as the domain's."""
    return Classification(
        checklist=Checklist(*(getattr(row, key) for key in CHECKLIST_KEYS)),
        form=Form(row.form) if row.form else None,
        reason_code=row.reason_code or "",
        legal_provision=row.legal_provision or "",
        note=row.note or "",
        proactive_level=row.proactive_level,
        status=Status(row.status),
        technical_description=row.technical_description or "",
        expected_fix_on=day(row.expected_fix_on),
        portal_published_on=day(row.portal_published_on),
        portal_link=row.portal_link or "",
    )


_Answer = namedtuple("_Answer", ANSWER_KEYS)  # type: ignore[misc]  # to_domain's fields: ANSWER_KEYS, one place


def stored_answer(values: Sequence[Any]) -> Any:
    """The `ANSWER_KEYS` values of a stored answer as `to_domain` reads them: named, and the
    checklist's booleans as booleans (sqlite3 gives them as integers)."""
    values = list(values)
    for position in _CHECKLIST_POSITIONS:
        if values[position] is not None:
            values[position] = bool(values[position])
    return _Answer(*values)


class Judgement(NamedTuple):
    form: str | None
    reason: str  # the reason's label, translated for display (the code when the rule set lacks it)
    status: str
    attention: bool


# Where the free texts and the days sit in an answer: a judgement reads only whether each is filled
# (after `clean`) and whether the text rule refuses it, never what it says.
_TEXT_POSITIONS = tuple((ANSWER_KEYS.index(name), name in MULTILINE_FIELDS)
                        for name in ("legal_provision", "note", "technical_description", "portal_link"))
_DAY_POSITIONS = tuple(ANSWER_KEYS.index(name) for name in ("expected_fix_on", "portal_published_on"))
# What an essence puts in place of a text: empty, filled, refused by the text rule.
_TEXT_STANDINS = ("", "x", "\x00")


def essence(answer: Sequence[Any]) -> tuple[Any, ...]:
    """An answer reduced to what a judgement reads: texts to empty/filled/refused, days to present or
    not. Answers that differ only in what their notes say are judged once (a real unit's notes and
    provisions are nearly all different: judging each cost a second for 20,000 rows)."""
    values = list(answer)
    for position, multiline in _TEXT_POSITIONS:
        text = values[position] or ""
        values[position] = 2 if refused_pattern(multiline).search(text) else int(bool(text.strip()))
    for position in _DAY_POSITIONS:
        values[position] = bool(values[position])
    return tuple(values)


def _standing_in(essential: tuple[Any, ...]) -> list[Any]:
    """An answer with the essence's texts and days, to judge in its place."""
    values = list(essential)
    for position, _multiline in _TEXT_POSITIONS:
        values[position] = _TEXT_STANDINS[values[position]]
    for position in _DAY_POSITIONS:
        values[position] = date.min if values[position] else None
    return values


class Judge:
    """What a table shows of a stored answer (the `ANSWER_KEYS` values), judged once per distinct
    answer, and once per distinct essence of those: 20,000 rows fall into a few hundred."""

    def __init__(self, rules: RuleSet) -> None:
        self.rules = rules
        self._seen: dict[tuple[Any, ...], Judgement] = {}
        self._essences: dict[tuple[Any, ...], Judgement] = {}

    def __call__(self, answer: tuple[Any, ...]) -> Judgement:
        judged = self._seen.get(answer)  # sqlite3's 1 and 0 find what SQLAlchemy's True and False left
        if judged is None:
            essential = essence(answer)
            judged = self._essences.get(essential)
            if judged is None:
                judged = self._essences[essential] = self._judge(_standing_in(essential))
            self._seen[answer] = judged
        return judged

    def _judge(self, values: list[Any]) -> Judgement:
        c = to_domain(stored_answer(values))
        # The reason in the words of the rule set it was saved under: never a raw code.
        reason = answer_reason_label(c.reason_code, values[-1] or "")
        return Judgement(c.form.value if c.form else None, reason, c.status.value, needs_attention(c, self.rules))


def build_rows(results: Iterable[Sequence[Any]], level_rows: Iterable[tuple[int, str]],
               level_names: dict[str, str], rules: RuleSet) -> list[ProcedureRow]:
    """Table rows from query rows with the `ROW_KEYS` columns, and (procedure id, level code) pairs."""
    levels: dict[int, list[str]] = defaultdict(list)
    for procedure_id, level_code in level_rows:
        levels[procedure_id].append(level_code)
    judge = Judge(rules)
    level_texts: dict[tuple[str, ...], str] = {}
    rows = []
    for (row_id, procedure_id, code, name, name_folded, sector, updated_at, origin, *answer) in results:
        state = judge(tuple(answer))
        codes = tuple(sorted(levels[procedure_id]))
        text = level_texts.get(codes)
        if text is None:
            text = level_texts[codes] = ", ".join(level_names.get(level, level) for level in codes)
        updated_at = moment(updated_at)  # sqlite3 gives the stored text; SQLAlchemy parses it so
        rows.append(ProcedureRow(row_id, procedure_id, code, name, f"{code.lower()} {name_folded}", sector or "",
                                 codes, text, state.form, state.reason, state.status, updated_at, state.attention,
                                 origin))
    return rows

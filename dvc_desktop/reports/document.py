"""An official document as plain data: letterhead, title, then blocks that the renderer lays out.

Pure Python (no Qt): `compose` builds these from the report figures, `render` paints them.
Sizes are in typographic points and millimetres, as Decree 30/2020 states them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Letterhead:
    """The two-column header (Decree 30/2020, Appendix I, boxes 1–4)."""

    parent: str  # parent agency, capitals, regular ("" when the issuer has none)
    issuer: str  # issuing agency, capitals, bold, with a short rule under it
    number: str  # "Số:      /BC-…" (the number is written in by the clerical office)
    place: str  # place name of the date line
    made_on: date


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1: "I. TỔNG QUAN" (capitals, bold); 2: "1. …" (bold)


@dataclass(frozen=True)
class Paragraph:
    text: str
    bold: bool = False
    italic: bool = False
    align: str = "justify"  # justify | left | center | right
    indent: bool = True  # first-line indent
    size: float = 14


@dataclass(frozen=True)
class Column:
    title: str
    width: float  # relative weight
    align: str = "left"  # left | center | right


@dataclass(frozen=True)
class Row:
    cells: tuple[str, ...]
    bold: bool = False
    span: bool = False  # a band across the table: the first cell, then the second over every other column


@dataclass(frozen=True)
class Table:
    """A ruled table; its header row is repeated on each page and no row is cut across pages."""

    caption: str
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]
    size: float = 12
    note: str = ""  # a line under the table (source, units)


@dataclass(frozen=True)
class Bar:
    label: str
    value: float | None  # 0..1; None: nothing to measure (drawn as "—")


@dataclass(frozen=True)
class BarChart:
    """Horizontal bars of a share, one per label; split across pages with the scale repeated."""

    caption: str
    bars: tuple[Bar, ...]
    reference: Bar | None = None  # a dashed line across all bars (e.g. the province as a whole)


@dataclass(frozen=True)
class StackedBar:
    label: str
    values: tuple[int, ...]


@dataclass(frozen=True)
class StackedBarChart:
    """100 % stacked bars (e.g. forms by level), with a legend; kept on one page."""

    caption: str
    series: tuple[str, ...]
    bars: tuple[StackedBar, ...]


@dataclass(frozen=True)
class Signature:
    """"Nơi nhận" on the left, the signing authority on the right."""

    recipients: tuple[str, ...]
    authority: tuple[str, ...]  # capitals, bold: "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"
    signer: str = ""  # the signer's name, bold, under the space for the signature


@dataclass(frozen=True)
class AppendixHeading:
    """The head of a document attached to a decision (Appendix I §III.1, Appendix III Mẫu 2.1): "Phụ lục I",
    the title and its scope in capitals bold, the italic "(Kèm theo Quyết định số …)" line; always at the top
    of a page. The first one marks the top right of its page for the agency's digital signature."""

    label: str
    title: str
    scope: str
    attached_to: str


Block = Heading | Paragraph | Table | BarChart | StackedBarChart | Signature | AppendixHeading


@dataclass
class Document:
    title: str  # document kind in capitals: "BÁO CÁO"
    subject: str  # trích yếu, bold, under the title
    letterhead: Letterhead | None  # None: a document attached to another (an appendix) has none
    blocks: list[Block] = field(default_factory=list)
    landscape: bool = False  # a wide table (the Danh mục) is printed across the sheet

    @property
    def pdf_title(self) -> str:
        return f"{self.title.capitalize()} {self.subject[:1].lower()}{self.subject[1:]}"

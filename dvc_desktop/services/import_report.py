"""What an import from Excel reports, whatever it imports: the documented `--json` core
(`added`, `updated`, `unchanged`, `rejected` rows with their reason, `dry_run`, where the header was)."""

from __future__ import annotations

from typing import Any

from dataclasses import asdict, dataclass, field

from dvc_desktop.excel.catalog_reader import RowRejection


@dataclass
class ExcelImportReport:
    file: str
    sheet: str = ""
    header_row: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list[RowRejection] = field(default_factory=list)
    dry_run: bool = False

    def to_json(self) -> dict[str, Any]:
        """The shape shared by `catalog`, `units` and `classify import-excel --json` (docs/cli.md)."""
        return {"added": self.added, "updated": self.updated, "unchanged": self.unchanged,
                "rejected": [asdict(r) for r in self.rejected], "dry_run": self.dry_run,
                "sheet": self.sheet, "header_row": self.header_row}

"""What the package modules share: the format's name and the results of an import (what changed, per
procedure and per quarter of dossier figures)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from typing import Any

from dvc_desktop.domain.indicators import DossierFigures
from dvc_desktop.i18n import translate
from dvc_desktop.package.acceptance import Accepted
from dvc_desktop.package.container import Opened
from dvc_desktop.package.records import Manifest
from dvc_desktop.store import models


FORMAT = "dvc-package"
FORMAT_VERSION = 1
# A JSON result of the command line's --json.
JsonObject = dict[str, Any]


def _t(text: str, **params: object) -> str:
    return translate("package", text, **params)


def _now() -> datetime:
    return datetime.now(timezone.utc)


@dataclass
class Change:
    code: str
    change: str  # added | removed | changed
    before: str | None  # form before
    after: str | None  # form after
    detail: str = ""


@dataclass(frozen=True)
class FiguresChange:
    """A quarter of dossier figures that a submission adds, removes or changes at the province."""

    period: str
    change: str  # added | removed | changed
    before: DossierFigures | None
    after: DossierFigures | None


@dataclass
class ImportResult:
    file: str
    status: str  # imported | already_imported | rejected | would_import
    reason: str = ""
    code: str = ""  # stable rejection key
    fingerprint: str = ""  # with code "unconfirmed_key": the key the user is asked to confirm
    # A certificate signature: who signed (describe() of certificates/x509.py); with code
    # "unconfirmed_certificate" the organisation the office is asked to confirm for the sender.
    certificate: dict[str, str] | None = None
    kind: str = ""
    sender: str = ""
    sender_name: str = ""
    sequence: int | None = None
    procedures: int = 0
    added: int = 0
    removed: int = 0
    changed: int = 0
    websites_changed: int = 0
    assigned: int = 0  # a reference package: procedures added to the unit's own list
    changes: list[Change] = field(default_factory=list)
    figures_changes: list[FiguresChange] = field(default_factory=list)  # the unit's dossier figures, per quarter
    sha256: str = ""  # of the bytes this result speaks of: the apply takes exactly what was previewed

    @property
    def figures_changed(self) -> int:
        return len(self.figures_changes)

    def to_json(self) -> dict[str, Any]:
        """The documented `package import --json` result (docs/cli.md)."""
        data = {key: getattr(self, key) for key in ("file", "status", "reason", "kind", "sender", "sequence",
                                                    "procedures", "added", "removed", "changed", "websites_changed",
                                                    "figures_changed")}
        if self.kind == "reference":
            data["assigned"] = self.assigned
        data["reason_code"] = self.code
        if self.fingerprint:
            data["fingerprint"] = self.fingerprint
        if self.certificate:
            data["certificate"] = self.certificate
        return data


@dataclass(frozen=True)
class Verified:
    """An accepted package (package/acceptance.py) and the store's row of the key that signed it."""

    accepted: Accepted
    key: models.TrustedKey | None

    @property
    def opened(self) -> Opened:
        return self.accepted.opened

    @property
    def manifest(self) -> Manifest:
        return self.accepted.payload.manifest

    @property
    def signer_fingerprint(self) -> str:
        return self.accepted.signer_fingerprint


def _iso_day(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None  # the schema checked the format

"""The schema, as SQLAlchemy 2 typed models. Change it only together with a migration."""

from __future__ import annotations

from typing import Any

from datetime import date, datetime, timezone

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


# The file's own mark (SQLite header, set by migration 0007): "DVCD". A file without it is not a store.
APPLICATION_ID = 0x44564344
# Every reason code of the bundled rule sets; the store refuses any other (migration 0007). A rule set
# that adds a reason adds it here and in a migration (tests/store/test_reason_constraint.py checks).
REASON_CODES = (
    "fees_offline", "in_person", "law_requires_presence", "on_site_verification", "online_excluded_by_law",
    "result_offline", "site_inspection", "technical", "technical_fault", "technical_other",
)
REASON_CHECK = "reason_code IN ('', " + ", ".join(f"'{code}'" for code in REASON_CODES) + ")"


def utcnow() -> datetime:
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Setting(Base):
    """Typed settings live in services/settings.py; here only their stored JSON."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[object] = mapped_column(JSON)


class Level(Base):
    __tablename__ = "levels"
    code: Mapped[str] = mapped_column(String(16), primary_key=True)
    name: Mapped[str] = mapped_column(String(100))
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active_from: Mapped[date | None] = mapped_column(Date)
    active_to: Mapped[date | None] = mapped_column(Date)


class Unit(Base):
    __tablename__ = "units"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    name_folded: Mapped[str] = mapped_column(String(255), index=True)
    kind: Mapped[str] = mapped_column(String(16))
    level_code: Mapped[str] = mapped_column(ForeignKey("levels.code"))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    parent: Mapped[Unit | None] = relationship(remote_side=[id], foreign_keys=[parent_id])
    # A retired unit (the 2025 mergers) keeps its packages and answers but is no longer expected to send.
    state: Mapped[str] = mapped_column(String(16), default="active", server_default="active")
    replaced_by_id: Mapped[int | None] = mapped_column(ForeignKey("units.id"))
    replaced_by: Mapped[Unit | None] = relationship(remote_side=[id], foreign_keys=[replaced_by_id])
    retired_on: Mapped[date | None] = mapped_column(Date)


class Round(Base):
    """A review round (đợt rà soát) the office opens by a letter: its basis, deadline, open or closed."""

    __tablename__ = "rounds"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(255))
    basis: Mapped[str] = mapped_column(Text, default="")
    opened_on: Mapped[date] = mapped_column(Date)
    deadline: Mapped[date] = mapped_column(Date)
    state: Mapped[str] = mapped_column(String(16), default="open", index=True)  # open | closed
    closed_on: Mapped[date | None] = mapped_column(Date)
    # The day whose law the round's outputs follow (Danh mục, report, checks); None: the day they are made.
    reporting_date: Mapped[date | None] = mapped_column(Date)


class ProcedureUnit(Base):
    """Which units handle a procedure (from the catalogue's "Cơ quan thực hiện")."""

    __tablename__ = "procedure_units"
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedures.id", ondelete="CASCADE"), primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="CASCADE"), primary_key=True, index=True)


class Sector(Base):
    __tablename__ = "sectors"
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str | None] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(255))
    name_folded: Mapped[str] = mapped_column(String(255), unique=True)
    ministry_code: Mapped[str | None] = mapped_column(String(16))


class Procedure(Base):
    __tablename__ = "procedures"
    # Ids are never reused, so undo can put a removed row back under its old id.
    __table_args__ = {"sqlite_autoincrement": True}
    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    national_code: Mapped[str] = mapped_column(String(8), index=True)
    name: Mapped[str] = mapped_column(Text)
    name_folded: Mapped[str] = mapped_column(Text)
    sector_id: Mapped[int | None] = mapped_column(ForeignKey("sectors.id"), index=True)
    steps: Mapped[str] = mapped_column(Text, default="")
    method: Mapped[str] = mapped_column(Text, default="")
    dossier_sets: Mapped[int | None] = mapped_column(Integer)
    processing_time: Mapped[str] = mapped_column(Text, default="")
    processing_days: Mapped[float | None] = mapped_column(Float)
    applicants: Mapped[str] = mapped_column(Text, default="")
    executing_agency: Mapped[str] = mapped_column(Text, default="")
    forms: Mapped[str] = mapped_column(Text, default="")
    result: Mapped[str] = mapped_column(Text, default="")
    requirements: Mapped[str] = mapped_column(Text, default="")
    fees: Mapped[str] = mapped_column(Text, default="")
    legal_basis: Mapped[str] = mapped_column(Text, default="")
    announcing_decision: Mapped[str] = mapped_column(Text, default="")
    ministry_code: Mapped[str] = mapped_column(String(16), default="")
    reference_form: Mapped[str | None] = mapped_column(String(16))
    legacy_level: Mapped[int | None] = mapped_column(Integer)
    origin: Mapped[str] = mapped_column(String(16), default="reference")
    # "Đủ điều kiện toàn trình" as the national database (CSDLQG) declares it; None: not known.
    eligible_full_online: Mapped[bool | None] = mapped_column(Boolean)
    # Imported at the district level after 1/7/2025: "cần cập nhật cấp thực hiện".
    level_needs_update: Mapped[bool] = mapped_column(Boolean, server_default="0")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    sector: Mapped[Sector | None] = relationship()
    levels: Mapped[list[ProcedureLevel]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True
    )
    dossier: Mapped[list[DossierComponent]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="DossierComponent.position"
    )


class ProcedureLevel(Base):
    __tablename__ = "procedure_levels"
    procedure_id: Mapped[int] = mapped_column(
        ForeignKey("procedures.id", ondelete="CASCADE"), primary_key=True
    )
    level_code: Mapped[str] = mapped_column(ForeignKey("levels.code"), primary_key=True)


class DossierComponent(Base):
    __tablename__ = "dossier_components"
    id: Mapped[int] = mapped_column(primary_key=True)
    procedure_id: Mapped[int] = mapped_column(
        ForeignKey("procedures.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    originals: Mapped[int] = mapped_column(Integer, default=1)
    copies: Mapped[int] = mapped_column(Integer, default=0)
    required: Mapped[bool] = mapped_column(Boolean, default=True)
    has_eform: Mapped[bool] = mapped_column(Boolean, default=False)


class AuditEntry(Base):
    """Who changed what and when; written in the same transaction as the change."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(128))
    action: Mapped[str] = mapped_column(String(64))
    entity_type: Mapped[str] = mapped_column(String(32))
    entity_key: Mapped[str] = mapped_column(String(128), index=True)
    details: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class Classification(Base):
    __tablename__ = "classifications"
    __table_args__ = (UniqueConstraint("unit_id", "procedure_id"), CheckConstraint(REASON_CHECK, name="reason_known"),
                      {"sqlite_autoincrement": True})
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    procedure_id: Mapped[int] = mapped_column(ForeignKey("procedures.id"), index=True)
    form: Mapped[str | None] = mapped_column(String(16))
    info_online: Mapped[bool | None] = mapped_column(Boolean)
    submitted_online: Mapped[bool | None] = mapped_column(Boolean)
    processed_online: Mapped[bool | None] = mapped_column(Boolean)
    fees_online: Mapped[bool | None] = mapped_column(Boolean)
    result_online: Mapped[bool | None] = mapped_column(Boolean)
    reason_code: Mapped[str] = mapped_column(String(64), default="")
    legal_provision: Mapped[str] = mapped_column(Text, default="")
    note: Mapped[str] = mapped_column(Text, default="")
    proactive_level: Mapped[int | None] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(16), default="draft")
    rule_set_code: Mapped[str] = mapped_column(String(32))
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(128), default="")
    review_status: Mapped[str] = mapped_column(String(16), default="", server_default="")  # accepted | returned
    review_comment: Mapped[str] = mapped_column(Text, default="", server_default="")
    # (Server defaults only: the package import inserts with a compiled statement that names its columns.)
    # Decree 224 Art. 14: a technical ground is described and given an expected fix date; every
    # một phần / chưa trực tuyến reason is published on the national portal (date and link).
    technical_description: Mapped[str] = mapped_column(Text, server_default="")
    expected_fix_on: Mapped[date | None] = mapped_column(Date)
    portal_published_on: Mapped[date | None] = mapped_column(Date)
    portal_link: Mapped[str] = mapped_column(Text, server_default="")
    # Raised by every change (the ORM's version counter; the package import's bulk update raises it too):
    # a review decision taken on what a reviewer read refuses a row changed since (services/review.py).
    version: Mapped[int] = mapped_column(Integer, server_default="1")
    reviewed_by: Mapped[str] = mapped_column(String(128), server_default="")
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    unit: Mapped[Unit] = relationship()
    procedure: Mapped[Procedure] = relationship()

    __mapper_args__ = {"version_id_col": version}


class Website(Base):
    __tablename__ = "websites"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"), index=True)
    name: Mapped[str] = mapped_column(String(255))
    url: Mapped[str] = mapped_column(String(2048))
    linked_from_portal: Mapped[bool] = mapped_column(Boolean, default=False)
    plan_status: Mapped[str] = mapped_column(String(16), default="none")
    target_date: Mapped[date | None] = mapped_column(Date)
    ipv6: Mapped[bool | None] = mapped_column(Boolean)  # Decree 224 Art. 11.4; None: not known
    emc_connected_on: Mapped[date | None] = mapped_column(Date)  # connected to the national measurement platform
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    unit: Mapped[Unit] = relationship()


class TrustedKey(Base):
    """A unit's public key the province accepts packages from (or, at a unit, the province's key)."""

    __tablename__ = "trusted_keys"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(40), index=True)
    key_id: Mapped[str] = mapped_column(String(16), unique=True)  # as minisign prints it
    public_key: Mapped[str] = mapped_column(String(64))  # base64 of the 32 raw bytes
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    replaced_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))


class TrustedCa(Base):
    """A CA certificate the office trusts: a package signed with a certificate chained to it is accepted."""

    __tablename__ = "trusted_cas"
    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    subject: Mapped[str] = mapped_column(String(1024))
    not_after: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    der: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    added_by: Mapped[str] = mapped_column(String(128), default="")


class TrustedCrl(Base):
    """A certificate revocation list loaded from a file (offline offices fetch nothing)."""

    __tablename__ = "trusted_crls"
    id: Mapped[int] = mapped_column(primary_key=True)
    issuer: Mapped[str] = mapped_column(String(1024))
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    this_update: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    next_update: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revoked: Mapped[int] = mapped_column(Integer)  # how many certificates it lists
    der: Mapped[bytes] = mapped_column(LargeBinary)
    added_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class CertificateOrganisation(Base):
    """The organisation a unit's certificates name, confirmed once by the office; any certificate of that
    organisation (a renewal, another token) then signs for the unit, and no other organisation does."""

    __tablename__ = "certificate_organisations"
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_code: Mapped[str] = mapped_column(String(40), unique=True)
    organisation: Mapped[str] = mapped_column(String(512), unique=True)
    confirmed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    confirmed_by: Mapped[str] = mapped_column(String(128), default="")


class PackageImport(Base):
    """One accepted package: the replay guard (sequence) and the "already imported" guard (sha256)."""

    __tablename__ = "package_imports"
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))
    sender_code: Mapped[str] = mapped_column(String(40), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    key_id: Mapped[str | None] = mapped_column(String(16))  # None: signed with a certificate only
    certificate_sha256: Mapped[str | None] = mapped_column(String(64))  # the signer's certificate, if any
    file_name: Mapped[str] = mapped_column(String(255))
    created_at: Mapped[str] = mapped_column(String(40))
    imported_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    summary: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)


class DossierFigureSet(Base):
    """The dossier figures a unit enters for one quarter (period "YYYY-Qn"); a year is the sum of its quarters.

    The rules on the numbers (non-negative, online ≤ total, paid online ≤ with fees) are checked in
    domain/indicators.py before anything is written, with messages a clerk can act on.
    """

    __tablename__ = "dossier_figures"
    __table_args__ = (UniqueConstraint("unit_id", "period"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id"))
    period: Mapped[str] = mapped_column(String(7))
    received_total: Mapped[int] = mapped_column(Integer)
    received_online: Mapped[int] = mapped_column(Integer)
    with_fees: Mapped[int] = mapped_column(Integer)
    paid_online: Mapped[int] = mapped_column(Integer)
    # Decision 766 and Decree 224 Art. 19.2.b; None where the unit has not entered them.
    received_full_online: Mapped[int | None] = mapped_column(Integer)  # received online through a toàn trình service
    processed_online: Mapped[int | None] = mapped_column(Integer)
    received_eligible: Mapped[int | None] = mapped_column(Integer)  # received for procedures eligible in CSDLQG
    received_eligible_full_online: Mapped[int | None] = mapped_column(Integer)
    updated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(128), default="")

    unit: Mapped[Unit] = relationship()


class Publication(Base):
    """One published Danh mục: its reporting date and the Chairman's decision it is the appendix of."""

    __tablename__ = "publications"
    id: Mapped[int] = mapped_column(primary_key=True)
    as_of: Mapped[date] = mapped_column(Date)
    decision_number: Mapped[str] = mapped_column(String(64), default="", server_default="")
    decision_date: Mapped[date | None] = mapped_column(Date)
    kind: Mapped[str] = mapped_column(String(16))  # official | draft
    file_name: Mapped[str] = mapped_column(String(255))
    rule_set_code: Mapped[str] = mapped_column(String(32))
    made_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    made_by: Mapped[str] = mapped_column(String(128), default="")

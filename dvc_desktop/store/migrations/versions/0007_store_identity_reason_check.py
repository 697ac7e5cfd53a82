"""The store says what it is (SQLite application_id "DVCD", user_version 7) and refuses reason codes no
rule set defines (a check constraint)

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-04
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

APPLICATION_ID = 0x44564344  # "DVCD"; also dvc_desktop.store.models.APPLICATION_ID
# Frozen here as they were on this revision's day (models.REASON_CODES may grow in a later migration).
REASON_CODES = (
    "fees_offline", "in_person", "law_requires_presence", "on_site_verification", "online_excluded_by_law",
    "result_offline", "site_inspection", "technical", "technical_fault", "technical_other",
)
REASON_CHECK = "reason_code IN ('', " + ", ".join(f"'{code}'" for code in REASON_CODES) + ")"


def upgrade() -> None:
    known = ", ".join(f"'{code}'" for code in REASON_CODES)
    # A code an older version let in (from a package) moves into the note, so nothing is lost and the
    # classification asks for a reason again; the backup taken before migrating keeps the original.
    op.execute(
        "UPDATE classifications SET note = trim(note || ' [Lý do không hợp lệ đã bỏ khi nâng cấp: ' "
        f"|| reason_code || ']'), reason_code = '' WHERE reason_code NOT IN ('', {known})")
    with op.batch_alter_table('classifications', schema=None) as batch_op:
        batch_op.create_check_constraint('reason_known', sa.text(REASON_CHECK))
    _sqlite_only(f"PRAGMA application_id = {APPLICATION_ID}")
    _sqlite_only("PRAGMA user_version = 7")


def downgrade() -> None:
    _sqlite_only("PRAGMA user_version = 0")
    _sqlite_only("PRAGMA application_id = 0")
    with op.batch_alter_table('classifications', schema=None) as batch_op:
        batch_op.drop_constraint('ck_classifications_reason_known', type_='check')


def _sqlite_only(pragma: str) -> None:
    """The file's identity (application_id, user_version) is SQLite's header; a server has no such thing."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(pragma)

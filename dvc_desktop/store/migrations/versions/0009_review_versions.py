"""Several staff at once (a province on a PostgreSQL server): each classification carries a version,
raised by every change, so a decision taken on a row that changed since it was read is refused rather
than overwriting the change; and who reviewed it and when.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-04
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Added columns only: SQLite adds them in place (no table copy), a server likewise.
    op.add_column('classifications', sa.Column('version', sa.Integer(), server_default='1', nullable=False))
    op.add_column('classifications', sa.Column('reviewed_by', sa.String(length=128), server_default='',
                                               nullable=False))
    op.add_column('classifications', sa.Column('reviewed_at', sa.DateTime(timezone=True), nullable=True))
    _sqlite_only("PRAGMA user_version = 9")


def downgrade() -> None:
    _sqlite_only("PRAGMA user_version = 8")
    with op.batch_alter_table('classifications', schema=None) as batch_op:
        batch_op.drop_column('reviewed_at')
        batch_op.drop_column('reviewed_by')
        batch_op.drop_column('version')


def _sqlite_only(pragma: str) -> None:
    """The file's identity (application_id, user_version) is SQLite's header; a server has no such thing."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(pragma)

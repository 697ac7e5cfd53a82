"""Official certificates: the CA certificates and CRLs an office trusts, which organisation each unit's
certificates name, and which certificate signed an imported package (a package may now carry no
minisign key)

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-04
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        'trusted_cas',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('subject', sa.String(length=1024), nullable=False),
        sa.Column('not_after', sa.DateTime(timezone=True), nullable=False),
        sa.Column('der', sa.LargeBinary(), nullable=False),
        sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('added_by', sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('sha256'),
    )
    op.create_table(
        'trusted_crls',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('issuer', sa.String(length=1024), nullable=False),
        sa.Column('sha256', sa.String(length=64), nullable=False),
        sa.Column('this_update', sa.DateTime(timezone=True), nullable=False),
        sa.Column('next_update', sa.DateTime(timezone=True), nullable=True),
        sa.Column('revoked', sa.Integer(), nullable=False),
        sa.Column('der', sa.LargeBinary(), nullable=False),
        sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('sha256'),
    )
    op.create_table(
        'certificate_organisations',
        sa.Column('id', sa.Integer(), nullable=False),
        sa.Column('unit_code', sa.String(length=40), nullable=False),
        sa.Column('organisation', sa.String(length=512), nullable=False),
        sa.Column('confirmed_at', sa.DateTime(timezone=True), nullable=False),
        sa.Column('confirmed_by', sa.String(length=128), nullable=False),
        sa.PrimaryKeyConstraint('id'),
        sa.UniqueConstraint('unit_code'),
        sa.UniqueConstraint('organisation'),
    )
    with op.batch_alter_table('package_imports', schema=None) as batch_op:
        batch_op.alter_column('key_id', existing_type=sa.String(length=16), nullable=True)
        batch_op.add_column(sa.Column('certificate_sha256', sa.String(length=64), nullable=True))
    _sqlite_only("PRAGMA user_version = 8")


def downgrade() -> None:
    _sqlite_only("PRAGMA user_version = 7")
    op.execute("DELETE FROM package_imports WHERE key_id IS NULL")
    with op.batch_alter_table('package_imports', schema=None) as batch_op:
        batch_op.drop_column('certificate_sha256')
        batch_op.alter_column('key_id', existing_type=sa.String(length=16), nullable=False)
    op.drop_table('certificate_organisations')
    op.drop_table('trusted_crls')
    op.drop_table('trusted_cas')


def _sqlite_only(pragma: str) -> None:
    """The file's identity (application_id, user_version) is SQLite's header; a server has no such thing."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(pragma)

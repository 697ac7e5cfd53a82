"""Dossier figures a unit enters per quarter (indicators)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('dossier_figures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('period', sa.String(length=7), nullable=False),
    sa.Column('received_total', sa.Integer(), nullable=False),
    sa.Column('received_online', sa.Integer(), nullable=False),
    sa.Column('with_fees', sa.Integer(), nullable=False),
    sa.Column('paid_online', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=128), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_dossier_figures_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_figures')),
    sa.UniqueConstraint('unit_id', 'period', name=op.f('uq_dossier_figures_unit_id'))
    )


def downgrade() -> None:
    op.drop_table('dossier_figures')

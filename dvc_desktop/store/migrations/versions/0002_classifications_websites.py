"""A unit's work: classifications of procedures and registered websites

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('classifications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('procedure_id', sa.Integer(), nullable=False),
    sa.Column('form', sa.String(length=16), nullable=True),
    sa.Column('info_online', sa.Boolean(), nullable=True),
    sa.Column('submitted_online', sa.Boolean(), nullable=True),
    sa.Column('processed_online', sa.Boolean(), nullable=True),
    sa.Column('fees_online', sa.Boolean(), nullable=True),
    sa.Column('result_online', sa.Boolean(), nullable=True),
    sa.Column('reason_code', sa.String(length=64), nullable=False),
    sa.Column('legal_provision', sa.Text(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('proactive_level', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('rule_set_code', sa.String(length=32), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_by', sa.String(length=128), nullable=False),
    sa.ForeignKeyConstraint(['procedure_id'], ['procedures.id'], name=op.f('fk_classifications_procedure_id_procedures')),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_classifications_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_classifications')),
    sa.UniqueConstraint('unit_id', 'procedure_id', name=op.f('uq_classifications_unit_id')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('classifications', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_classifications_procedure_id'), ['procedure_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_classifications_unit_id'), ['unit_id'], unique=False)

    op.create_table('websites',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('url', sa.String(length=2048), nullable=False),
    sa.Column('linked_from_portal', sa.Boolean(), nullable=False),
    sa.Column('plan_status', sa.String(length=16), nullable=False),
    sa.Column('target_date', sa.Date(), nullable=True),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_websites_unit_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_websites'))
    )
    with op.batch_alter_table('websites', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_websites_unit_id'), ['unit_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('websites', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_websites_unit_id'))

    op.drop_table('websites')

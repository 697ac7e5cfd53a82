"""A real province's first round: unit states (retired, replaced by), rounds, who handles which procedure

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.add_column(sa.Column('state', sa.String(length=16), server_default='active', nullable=False))
        batch_op.add_column(sa.Column('replaced_by_id', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('retired_on', sa.Date(), nullable=True))
        batch_op.create_foreign_key(batch_op.f('fk_units_replaced_by_id_units'), 'units', ['replaced_by_id'], ['id'])
    op.create_table('rounds',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('basis', sa.Text(), nullable=False),
    sa.Column('opened_on', sa.Date(), nullable=False),
    sa.Column('deadline', sa.Date(), nullable=False),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('closed_on', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rounds'))
    )
    with op.batch_alter_table('rounds', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_rounds_state'), ['state'], unique=False)
    op.create_table('procedure_units',
    sa.Column('procedure_id', sa.Integer(), nullable=False),
    sa.Column('unit_id', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['procedure_id'], ['procedures.id'], name=op.f('fk_procedure_units_procedure_id_procedures'),
                            ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['unit_id'], ['units.id'], name=op.f('fk_procedure_units_unit_id_units'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('procedure_id', 'unit_id', name=op.f('pk_procedure_units'))
    )
    with op.batch_alter_table('procedure_units', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_procedure_units_unit_id'), ['unit_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('procedure_units', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_procedure_units_unit_id'))
    op.drop_table('procedure_units')
    with op.batch_alter_table('rounds', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_rounds_state'))
    op.drop_table('rounds')
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('fk_units_replaced_by_id_units'), type_='foreignkey')
        batch_op.drop_column('retired_on')
        batch_op.drop_column('replaced_by_id')
        batch_op.drop_column('state')

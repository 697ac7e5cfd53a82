"""Reference data: levels, units, sectors, procedures; settings and the audit log

Revision ID: 0001
Revises:
Create Date: 2026-11-29
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('actor', sa.String(length=128), nullable=False),
    sa.Column('action', sa.String(length=64), nullable=False),
    sa.Column('entity_type', sa.String(length=32), nullable=False),
    sa.Column('entity_key', sa.String(length=128), nullable=False),
    sa.Column('details', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_log_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_log_entity_key'), ['entity_key'], unique=False)

    op.create_table('levels',
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('aliases', sa.JSON(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active_from', sa.Date(), nullable=True),
    sa.Column('active_to', sa.Date(), nullable=True),
    sa.PrimaryKeyConstraint('code', name=op.f('pk_levels'))
    )
    op.create_table('sectors',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=32), nullable=True),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('name_folded', sa.String(length=255), nullable=False),
    sa.Column('ministry_code', sa.String(length=16), nullable=True),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sectors')),
    sa.UniqueConstraint('code', name=op.f('uq_sectors_code')),
    sa.UniqueConstraint('name_folded', name=op.f('uq_sectors_name_folded'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value', sa.JSON(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('procedures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('national_code', sa.String(length=8), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('name_folded', sa.Text(), nullable=False),
    sa.Column('sector_id', sa.Integer(), nullable=True),
    sa.Column('steps', sa.Text(), nullable=False),
    sa.Column('method', sa.Text(), nullable=False),
    sa.Column('dossier_sets', sa.Integer(), nullable=True),
    sa.Column('processing_time', sa.Text(), nullable=False),
    sa.Column('processing_days', sa.Float(), nullable=True),
    sa.Column('applicants', sa.Text(), nullable=False),
    sa.Column('executing_agency', sa.Text(), nullable=False),
    sa.Column('forms', sa.Text(), nullable=False),
    sa.Column('result', sa.Text(), nullable=False),
    sa.Column('requirements', sa.Text(), nullable=False),
    sa.Column('fees', sa.Text(), nullable=False),
    sa.Column('legal_basis', sa.Text(), nullable=False),
    sa.Column('announcing_decision', sa.Text(), nullable=False),
    sa.Column('ministry_code', sa.String(length=16), nullable=False),
    sa.Column('reference_form', sa.String(length=16), nullable=True),
    sa.Column('legacy_level', sa.Integer(), nullable=True),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['sector_id'], ['sectors.id'], name=op.f('fk_procedures_sector_id_sectors')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_procedures')),
    sa.UniqueConstraint('code', name=op.f('uq_procedures_code')),
    sqlite_autoincrement=True
    )
    with op.batch_alter_table('procedures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_procedures_national_code'), ['national_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_procedures_sector_id'), ['sector_id'], unique=False)

    op.create_table('units',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=255), nullable=False),
    sa.Column('name_folded', sa.String(length=255), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('level_code', sa.String(length=16), nullable=False),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['level_code'], ['levels.code'], name=op.f('fk_units_level_code_levels')),
    sa.ForeignKeyConstraint(['parent_id'], ['units.id'], name=op.f('fk_units_parent_id_units')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_units')),
    sa.UniqueConstraint('code', name=op.f('uq_units_code'))
    )
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_units_name_folded'), ['name_folded'], unique=False)

    op.create_table('dossier_components',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('procedure_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('name', sa.Text(), nullable=False),
    sa.Column('originals', sa.Integer(), nullable=False),
    sa.Column('copies', sa.Integer(), nullable=False),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('has_eform', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['procedure_id'], ['procedures.id'], name=op.f('fk_dossier_components_procedure_id_procedures'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_components'))
    )
    with op.batch_alter_table('dossier_components', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dossier_components_procedure_id'), ['procedure_id'], unique=False)

    op.create_table('procedure_levels',
    sa.Column('procedure_id', sa.Integer(), nullable=False),
    sa.Column('level_code', sa.String(length=16), nullable=False),
    sa.ForeignKeyConstraint(['level_code'], ['levels.code'], name=op.f('fk_procedure_levels_level_code_levels')),
    sa.ForeignKeyConstraint(['procedure_id'], ['procedures.id'], name=op.f('fk_procedure_levels_procedure_id_procedures'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('procedure_id', 'level_code', name=op.f('pk_procedure_levels'))
    )


def downgrade() -> None:
    op.drop_table('procedure_levels')
    with op.batch_alter_table('dossier_components', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dossier_components_procedure_id'))

    op.drop_table('dossier_components')
    with op.batch_alter_table('classifications', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_classifications_unit_id'))
        batch_op.drop_index(batch_op.f('ix_classifications_procedure_id'))

    op.drop_table('classifications')
    with op.batch_alter_table('units', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_units_name_folded'))

    op.drop_table('units')
    with op.batch_alter_table('procedures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_procedures_sector_id'))
        batch_op.drop_index(batch_op.f('ix_procedures_national_code'))

    op.drop_table('procedures')
    op.drop_table('settings')
    op.drop_table('sectors')
    op.drop_table('levels')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_log_entity_key'))
        batch_op.drop_index(batch_op.f('ix_audit_log_at'))

    op.drop_table('audit_log')

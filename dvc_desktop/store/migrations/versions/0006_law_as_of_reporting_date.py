"""The law as it stands on the reporting date: Art. 14 reasons' details, national-portal publication,
eligibility in the national database, level flags, publications (the decision), websites' IPv6 and EMC,
the dossier figures of Art. 19.2.b, a round's reporting date

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03
"""
from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('classifications', schema=None) as batch_op:
        batch_op.add_column(sa.Column('technical_description', sa.Text(), server_default='', nullable=False))
        batch_op.add_column(sa.Column('expected_fix_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('portal_published_on', sa.Date(), nullable=True))
        batch_op.add_column(sa.Column('portal_link', sa.Text(), server_default='', nullable=False))
    with op.batch_alter_table('procedures', schema=None) as batch_op:
        batch_op.add_column(sa.Column('eligible_full_online', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('level_needs_update', sa.Boolean(), server_default=sa.false(), nullable=False))
    with op.batch_alter_table('websites', schema=None) as batch_op:
        batch_op.add_column(sa.Column('ipv6', sa.Boolean(), nullable=True))
        batch_op.add_column(sa.Column('emc_connected_on', sa.Date(), nullable=True))
    with op.batch_alter_table('dossier_figures', schema=None) as batch_op:
        batch_op.add_column(sa.Column('received_full_online', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('processed_online', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('received_eligible', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('received_eligible_full_online', sa.Integer(), nullable=True))
    with op.batch_alter_table('rounds', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reporting_date', sa.Date(), nullable=True))
    op.create_table('publications',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('as_of', sa.Date(), nullable=False),
    sa.Column('decision_number', sa.String(length=64), server_default='', nullable=False),
    sa.Column('decision_date', sa.Date(), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('rule_set_code', sa.String(length=32), nullable=False),
    sa.Column('made_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('made_by', sa.String(length=128), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_publications'))
    )


def downgrade() -> None:
    op.drop_table('publications')
    with op.batch_alter_table('rounds', schema=None) as batch_op:
        batch_op.drop_column('reporting_date')
    with op.batch_alter_table('dossier_figures', schema=None) as batch_op:
        for name in ('received_eligible_full_online', 'received_eligible', 'processed_online', 'received_full_online'):
            batch_op.drop_column(name)
    with op.batch_alter_table('websites', schema=None) as batch_op:
        batch_op.drop_column('emc_connected_on')
        batch_op.drop_column('ipv6')
    with op.batch_alter_table('procedures', schema=None) as batch_op:
        batch_op.drop_column('level_needs_update')
        batch_op.drop_column('eligible_full_online')
    with op.batch_alter_table('classifications', schema=None) as batch_op:
        for name in ('portal_link', 'portal_published_on', 'expected_fix_on', 'technical_description'):
            batch_op.drop_column(name)

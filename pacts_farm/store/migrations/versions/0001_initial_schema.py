"""initial schema

Revision ID: 0001
Revises: 
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('schedules',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('cron', sa.String(length=100), nullable=False),
    sa.Column('suite_source', sa.String(length=500), nullable=False),
    sa.Column('suite_content', sa.Text(), nullable=False),
    sa.Column('base_url', sa.String(length=500), nullable=True),
    sa.Column('enabled', sa.Boolean(), nullable=False),
    sa.Column('last_slot', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_schedules')),
    sa.UniqueConstraint('name', name=op.f('uq_schedules_name'))
    )
    op.create_table('selector_cache',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('signature', sa.String(length=64), nullable=False),
    sa.Column('app', sa.String(length=300), nullable=False),
    sa.Column('page', sa.String(length=1000), nullable=False),
    sa.Column('target', sa.String(length=500), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('scope', sa.String(length=500), nullable=False),
    sa.Column('resolution', sa.JSON(), nullable=False),
    sa.Column('strategy', sa.String(length=32), nullable=False),
    sa.Column('hits', sa.Integer(), nullable=False),
    sa.Column('misses', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_verified_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_selector_cache'))
    )
    with op.batch_alter_table('selector_cache', schema=None) as batch_op:
        batch_op.create_index('ix_selector_cache_app', ['app'], unique=False)
        batch_op.create_index(batch_op.f('ix_selector_cache_signature'), ['signature'], unique=False)

    op.create_table('suites',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('source', sa.String(length=500), nullable=False),
    sa.Column('content', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_suites'))
    )
    op.create_table('runs',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('suite_id', sa.String(length=64), nullable=False),
    sa.Column('suite_name', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('mode', sa.String(length=16), nullable=False),
    sa.Column('base_url', sa.String(length=500), nullable=False),
    sa.Column('output_dir', sa.String(length=1000), nullable=False),
    sa.Column('options', sa.JSON(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('duration_ms', sa.Float(), nullable=True),
    sa.Column('cache_hits', sa.Integer(), nullable=False),
    sa.Column('cache_lookups', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['suite_id'], ['suites.id'], name=op.f('fk_runs_suite_id_suites'), ondelete='RESTRICT'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_runs'))
    )
    with op.batch_alter_table('runs', schema=None) as batch_op:
        batch_op.create_index('ix_runs_created_at', ['created_at'], unique=False)

    op.create_table('heal_history',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('run_id', sa.String(length=32), nullable=True),
    sa.Column('item_key', sa.String(length=100), nullable=False),
    sa.Column('app', sa.String(length=300), nullable=False),
    sa.Column('page', sa.String(length=1000), nullable=False),
    sa.Column('target', sa.String(length=500), nullable=False),
    sa.Column('failed_locator', sa.JSON(), nullable=True),
    sa.Column('new_locator', sa.JSON(), nullable=True),
    sa.Column('strategy', sa.String(length=32), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('duration_ms', sa.Float(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['runs.id'], name=op.f('fk_heal_history_run_id_runs'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_heal_history'))
    )
    with op.batch_alter_table('heal_history', schema=None) as batch_op:
        batch_op.create_index('ix_heal_history_app_target', ['app', 'target'], unique=False)

    op.create_table('run_items',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('run_id', sa.String(length=32), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('key', sa.String(length=100), nullable=False),
    sa.Column('requirement_id', sa.String(length=100), nullable=False),
    sa.Column('title', sa.String(length=500), nullable=False),
    sa.Column('expect', sa.String(length=8), nullable=False),
    sa.Column('spec', sa.JSON(), nullable=False),
    sa.Column('plan', sa.JSON(), nullable=True),
    sa.Column('hints', sa.JSON(), nullable=True),
    sa.Column('state', sa.String(length=16), nullable=False),
    sa.Column('verdict', sa.String(length=16), nullable=True),
    sa.Column('met', sa.Boolean(), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('evidence', sa.JSON(), nullable=True),
    sa.Column('infrastructure_error', sa.Text(), nullable=True),
    sa.Column('duration_ms', sa.Float(), nullable=True),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('lease_owner', sa.String(length=200), nullable=True),
    sa.Column('lease_expires_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['run_id'], ['runs.id'], name=op.f('fk_run_items_run_id_runs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_run_items')),
    sa.UniqueConstraint('run_id', 'key', name='uq_run_items_run_id_key')
    )
    with op.batch_alter_table('run_items', schema=None) as batch_op:
        batch_op.create_index('ix_run_items_requirement', ['requirement_id', 'finished_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_run_items_run_id'), ['run_id'], unique=False)

    op.create_table('artifacts',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('item_id', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('path', sa.String(length=1000), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['item_id'], ['run_items.id'], name=op.f('fk_artifacts_item_id_run_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_artifacts'))
    )
    with op.batch_alter_table('artifacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_artifacts_item_id'), ['item_id'], unique=False)

    op.create_table('steps',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('item_id', sa.String(length=32), nullable=False),
    sa.Column('index', sa.Integer(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('action', sa.String(length=32), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('duration_ms', sa.Float(), nullable=False),
    sa.Column('resolution', sa.JSON(), nullable=True),
    sa.Column('strategy', sa.String(length=32), nullable=True),
    sa.Column('source', sa.String(length=16), nullable=True),
    sa.Column('page_url', sa.String(length=2000), nullable=True),
    sa.Column('error', sa.Text(), nullable=True),
    sa.Column('heal', sa.JSON(), nullable=True),
    sa.Column('candidates', sa.JSON(), nullable=True),
    sa.ForeignKeyConstraint(['item_id'], ['run_items.id'], name=op.f('fk_steps_item_id_run_items'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_steps')),
    sa.UniqueConstraint('item_id', 'index', name='uq_steps_item_id_index')
    )


def downgrade() -> None:
    op.drop_table('steps')
    with op.batch_alter_table('artifacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_artifacts_item_id'))

    op.drop_table('artifacts')
    with op.batch_alter_table('run_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_run_items_run_id'))
        batch_op.drop_index('ix_run_items_requirement')

    op.drop_table('run_items')
    with op.batch_alter_table('heal_history', schema=None) as batch_op:
        batch_op.drop_index('ix_heal_history_app_target')

    op.drop_table('heal_history')
    with op.batch_alter_table('runs', schema=None) as batch_op:
        batch_op.drop_index('ix_runs_created_at')

    op.drop_table('runs')
    op.drop_table('suites')
    with op.batch_alter_table('selector_cache', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_selector_cache_signature'))
        batch_op.drop_index('ix_selector_cache_app')

    op.drop_table('selector_cache')
    op.drop_table('schedules')

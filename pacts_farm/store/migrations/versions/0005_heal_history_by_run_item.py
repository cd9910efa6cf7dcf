"""heal history: an index by (run, item), read when a heal stage records an item's heals once

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("heal_history") as batch_op:
        batch_op.create_index("ix_heal_history_run_item", ["run_id", "item_key"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("heal_history") as batch_op:
        batch_op.drop_index("ix_heal_history_run_item")

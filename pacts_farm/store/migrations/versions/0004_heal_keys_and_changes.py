"""heal history: the full heal key (signature, action, scope), the step, and what a heal changed

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("heal_history") as batch_op:
        batch_op.add_column(sa.Column("signature", sa.String(length=64), nullable=True))
        batch_op.add_column(sa.Column("action", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("scope", sa.String(length=500), nullable=True))
        batch_op.add_column(sa.Column("step_index", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("changed", sa.JSON(none_as_null=True), nullable=True))
        batch_op.create_index("ix_heal_history_app_signature", ["app", "signature"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("heal_history") as batch_op:
        batch_op.drop_index("ix_heal_history_app_signature")
        for name in ("changed", "step_index", "scope", "action", "signature"):
            batch_op.drop_column(name)

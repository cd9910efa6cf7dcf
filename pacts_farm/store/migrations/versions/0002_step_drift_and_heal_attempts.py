"""steps: whether the cached locator drifted, and every heal attempt

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("steps") as batch_op:
        batch_op.add_column(sa.Column("drifted", sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column("heal_attempts", sa.JSON(none_as_null=True), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("steps") as batch_op:
        batch_op.drop_column("heal_attempts")
        batch_op.drop_column("drifted")

"""plan cache and LLM calls; item retries, root cause, quarantine; flakiness; heal promotion and marks

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "plan_cache",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("planner", sa.String(length=64), nullable=False),
        sa.Column("plan", sa.JSON(), nullable=False),
        sa.Column("hits", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_plan_cache")),
    )
    op.create_table(
        "llm_calls",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("run_id", sa.String(length=32), nullable=True),
        sa.Column("item_key", sa.String(length=100), nullable=True),
        sa.Column("purpose", sa.String(length=16), nullable=False),
        sa.Column("model", sa.String(length=100), nullable=False),
        sa.Column("input_tokens", sa.Integer(), nullable=False),
        sa.Column("output_tokens", sa.Integer(), nullable=False),
        sa.Column("cost_usd", sa.Float(), nullable=False),
        sa.Column("duration_ms", sa.Float(), nullable=False),
        sa.Column("outcome", sa.String(length=16), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["run_id"], ["runs.id"], name=op.f("fk_llm_calls_run_id_runs"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_llm_calls")),
    )
    with op.batch_alter_table("llm_calls") as batch_op:
        batch_op.create_index(batch_op.f("ix_llm_calls_run_id"), ["run_id"], unique=False)
    op.create_table(
        "quarantine",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("suite_name", sa.String(length=200), nullable=False),
        sa.Column("requirement_id", sa.String(length=100), nullable=False),
        sa.Column("owner", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("until", sa.DateTime(timezone=True), nullable=False),
        sa.Column("automatic", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quarantine")),
        sa.UniqueConstraint("suite_name", "requirement_id", name="uq_quarantine_suite_name"),
    )
    op.create_table(
        "quarantine_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("suite_name", sa.String(length=200), nullable=False),
        sa.Column("requirement_id", sa.String(length=100), nullable=False),
        sa.Column("action", sa.String(length=16), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quarantine_log")),
    )
    op.create_table(
        "flakiness",
        sa.Column("suite_name", sa.String(length=200), nullable=False),
        sa.Column("requirement_id", sa.String(length=100), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("runs", sa.Integer(), nullable=False),
        sa.Column("passed", sa.Integer(), nullable=False),
        sa.Column("failed", sa.Integer(), nullable=False),
        sa.Column("flaky", sa.Integer(), nullable=False),
        sa.Column("healed", sa.Integer(), nullable=False),
        sa.Column("nights_above", sa.Integer(), nullable=False),
        sa.Column("computed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("suite_name", "requirement_id", name=op.f("pk_flakiness")),
    )
    with op.batch_alter_table("run_items") as batch_op:
        batch_op.add_column(sa.Column("tries", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("try_errors", sa.JSON(none_as_null=True), nullable=True))
        batch_op.add_column(sa.Column("root_cause", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("root_cause_summary", sa.Text(), nullable=True))
        batch_op.add_column(sa.Column("quarantined", sa.Boolean(), server_default=sa.false(), nullable=False))
        batch_op.add_column(sa.Column("phases", sa.JSON(none_as_null=True), nullable=True))
    with op.batch_alter_table("runs") as batch_op:
        batch_op.add_column(sa.Column("notes", sa.JSON(none_as_null=True), nullable=True))
    with op.batch_alter_table("selector_cache") as batch_op:
        batch_op.add_column(sa.Column("successes", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("promoted", sa.Boolean(), server_default=sa.true(), nullable=False))
    with op.batch_alter_table("heal_history") as batch_op:
        batch_op.add_column(sa.Column("marked_wrong_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("marked_by", sa.String(length=200), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("heal_history") as batch_op:
        batch_op.drop_column("marked_by")
        batch_op.drop_column("marked_wrong_at")
    with op.batch_alter_table("selector_cache") as batch_op:
        batch_op.drop_column("promoted")
        batch_op.drop_column("successes")
    with op.batch_alter_table("runs") as batch_op:
        batch_op.drop_column("notes")
    with op.batch_alter_table("run_items") as batch_op:
        for name in ("phases", "quarantined", "root_cause_summary", "root_cause", "try_errors", "tries"):
            batch_op.drop_column(name)
    op.drop_table("flakiness")
    op.drop_table("quarantine_log")
    op.drop_table("quarantine")
    with op.batch_alter_table("llm_calls") as batch_op:
        batch_op.drop_index(batch_op.f("ix_llm_calls_run_id"))
    op.drop_table("llm_calls")
    op.drop_table("plan_cache")

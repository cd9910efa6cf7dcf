"""totals: the cumulative counters Prometheus scrapes, kept apart from the runs cleanup deletes

Revision ID: 0005
Revises: 0004

Filled from what the store holds now, so a counter read before the upgrade is not lower after it.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

_BUCKETS_S = (0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300, 600)  # as pacts_farm.store.totals had them at this revision


def upgrade() -> None:
    totals = op.create_table(
        "totals",
        sa.Column("name", sa.String(length=64), nullable=False),
        sa.Column("label", sa.String(length=100), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("name", "label", name=op.f("pk_totals")),
    )
    conn = op.get_bind()
    rows: list[dict[str, object]] = []
    for verdict, n in conn.execute(sa.text("SELECT verdict, count(*) FROM run_items WHERE verdict IS NOT NULL GROUP BY verdict")):
        rows.append({"name": "items", "label": verdict, "value": float(n)})
    for source, n in conn.execute(sa.text("SELECT source, count(*) FROM steps WHERE source IS NOT NULL GROUP BY source")):
        rows.append({"name": "locator_source", "label": source, "value": float(n)})
    for outcome, n in conn.execute(sa.text("SELECT outcome, count(*) FROM heal_history GROUP BY outcome")):
        rows.append({"name": "heals", "label": outcome, "value": float(n)})
    finished = "FROM run_items WHERE state = 'done' AND duration_ms IS NOT NULL"
    count, total_ms = conn.execute(sa.text(f"SELECT count(*), coalesce(sum(duration_ms), 0) {finished}")).one()
    if count:
        rows.append({"name": "item_duration_count", "label": "", "value": float(count)})
        rows.append({"name": "item_duration_sum_s", "label": "", "value": float(total_ms) / 1000})
        for bound in _BUCKETS_S:
            n = conn.execute(sa.text(f"SELECT count(*) {finished} AND duration_ms <= :ms"), {"ms": bound * 1000}).scalar()
            if n:
                rows.append({"name": "item_duration_le", "label": f"{bound:g}", "value": float(n)})
    if rows:
        op.bulk_insert(totals, rows)


def downgrade() -> None:
    op.drop_table("totals")

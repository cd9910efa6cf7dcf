"""metrics views (run_summary, selector_cache_stats, healing_success_rate, daily_success_rate),
each heal attempt's confidence, and a cached entry's drift events

Revision ID: 0007
Revises: 0006

The views are the one source of the figures `pacts-farm metrics` and /api/metrics/* show.
On SQLite a later migration that rebuilds a table the views read (batch mode "recreate")
must drop the views first and create them again after.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_RATE = "CAST({num} AS DOUBLE PRECISION) / NULLIF({den}, 0)"

RUN_SUMMARY = f"""
CREATE VIEW run_summary AS
SELECT r.id AS run_id, r.suite_name, r.status, r.mode, r.created_at, r.finished_at, r.duration_ms,
       COALESCE(i.items, 0) AS items, COALESCE(i.done, 0) AS items_done,
       COALESCE(i.passed, 0) AS passed, COALESCE(i.failed, 0) AS failed, COALESCE(i.healed, 0) AS healed,
       COALESCE(i.flaky, 0) AS flaky, COALESCE(i.errored, 0) AS errored, COALESCE(i.cancelled, 0) AS cancelled,
       COALESCE(i.met, 0) AS met, {_RATE.format(num="i.met", den="i.done")} AS met_rate,
       COALESCE(st.lookups, 0) AS lookups, COALESCE(st.from_redis, 0) AS from_redis,
       COALESCE(st.from_database, 0) AS from_database, COALESCE(st.discovered, 0) AS discovered,
       COALESCE(st.healed_live, 0) AS healed_live, COALESCE(st.assisted, 0) AS assisted,
       COALESCE(st.drift_events, 0) AS drift_events,
       {_RATE.format(num="st.from_redis + st.from_database", den="st.lookups")} AS cache_hit_rate,
       COALESCE(h.accepted, 0) AS heals, COALESCE(h.attempts, 0) AS heal_attempts,
       COALESCE(l.calls, 0) AS llm_calls
FROM runs r
LEFT JOIN (
    SELECT run_id, COUNT(*) AS items,
           SUM(CASE WHEN state = 'done' THEN 1 ELSE 0 END) AS done,
           SUM(CASE WHEN verdict = 'passed' THEN 1 ELSE 0 END) AS passed,
           SUM(CASE WHEN verdict = 'failed' THEN 1 ELSE 0 END) AS failed,
           SUM(CASE WHEN verdict = 'healed' THEN 1 ELSE 0 END) AS healed,
           SUM(CASE WHEN verdict = 'flaky' THEN 1 ELSE 0 END) AS flaky,
           SUM(CASE WHEN verdict = 'error' THEN 1 ELSE 0 END) AS errored,
           SUM(CASE WHEN verdict = 'cancelled' THEN 1 ELSE 0 END) AS cancelled,
           SUM(CASE WHEN met THEN 1 ELSE 0 END) AS met
    FROM run_items GROUP BY run_id
) i ON i.run_id = r.id
LEFT JOIN (
    SELECT it.run_id,
           SUM(CASE WHEN s.source IS NOT NULL THEN 1 ELSE 0 END) AS lookups,
           SUM(CASE WHEN s.source = 'redis' THEN 1 ELSE 0 END) AS from_redis,
           SUM(CASE WHEN s.source = 'database' THEN 1 ELSE 0 END) AS from_database,
           SUM(CASE WHEN s.source = 'discovered' THEN 1 ELSE 0 END) AS discovered,
           SUM(CASE WHEN s.source = 'healed' THEN 1 ELSE 0 END) AS healed_live,
           SUM(CASE WHEN s.source = 'assisted' THEN 1 ELSE 0 END) AS assisted,
           SUM(CASE WHEN s.drifted THEN 1 ELSE 0 END) AS drift_events
    FROM steps s JOIN run_items it ON it.id = s.item_id GROUP BY it.run_id
) st ON st.run_id = r.id
LEFT JOIN (
    SELECT run_id, COUNT(*) AS attempts, SUM(CASE WHEN outcome = 'accepted' THEN 1 ELSE 0 END) AS accepted
    FROM heal_history WHERE run_id IS NOT NULL GROUP BY run_id
) h ON h.run_id = r.id
LEFT JOIN (
    SELECT run_id, COUNT(*) AS calls FROM llm_calls WHERE run_id IS NOT NULL GROUP BY run_id
) l ON l.run_id = r.id
"""

SELECTOR_CACHE_STATS = f"""
CREATE VIEW selector_cache_stats AS
SELECT app, page, COUNT(*) AS entries,
       SUM(CASE WHEN promoted THEN 0 ELSE 1 END) AS provisional,
       SUM(hits) AS hits, SUM(misses) AS misses, SUM(drifts) AS drift_events,
       {_RATE.format(num="SUM(hits)", den="SUM(hits) + SUM(drifts)")} AS hit_rate,
       MAX(last_verified_at) AS last_verified_at
FROM selector_cache GROUP BY app, page
"""

HEALING_SUCCESS_RATE = f"""
CREATE VIEW healing_success_rate AS
SELECT strategy, app, COUNT(*) AS attempts,
       SUM(CASE WHEN outcome = 'accepted' THEN 1 ELSE 0 END) AS accepted,
       SUM(CASE WHEN outcome = 'rejected' THEN 1 ELSE 0 END) AS rejected,
       SUM(CASE WHEN marked_wrong_at IS NOT NULL THEN 1 ELSE 0 END) AS marked_wrong,
       {_RATE.format(num="SUM(CASE WHEN outcome = 'accepted' AND marked_wrong_at IS NULL THEN 1 ELSE 0 END)", den="COUNT(*)")}
           AS success_rate,
       AVG(duration_ms) AS avg_heal_ms, AVG(confidence) AS avg_confidence
FROM heal_history GROUP BY strategy, app
"""

_DAY = {"sqlite": "date(created_at)", "postgresql": "CAST((created_at AT TIME ZONE 'UTC') AS DATE)"}

DAILY_SUCCESS_RATE = """
CREATE VIEW daily_success_rate AS
SELECT suite_name, {day} AS day, COUNT(*) AS runs,
       SUM(CASE WHEN status = 'passed' THEN 1 ELSE 0 END) AS runs_passed,
       SUM(items_done) AS items, SUM(met) AS met,
       CAST(SUM(met) AS DOUBLE PRECISION) / NULLIF(SUM(items_done), 0) AS success_rate
FROM run_summary WHERE finished_at IS NOT NULL
GROUP BY suite_name, {day}
"""

VIEWS = ("daily_success_rate", "healing_success_rate", "selector_cache_stats", "run_summary")  # dependants first


def upgrade() -> None:
    with op.batch_alter_table("heal_history") as batch_op:
        batch_op.add_column(sa.Column("confidence", sa.Float(), nullable=True))
    with op.batch_alter_table("selector_cache") as batch_op:
        batch_op.add_column(sa.Column("drifts", sa.Integer(), server_default="0", nullable=False))
    day = _DAY[op.get_bind().dialect.name]
    for statement in (RUN_SUMMARY, SELECTOR_CACHE_STATS, HEALING_SUCCESS_RATE, DAILY_SUCCESS_RATE.format(day=day)):
        op.execute(statement)


def downgrade() -> None:
    for name in VIEWS:
        op.execute(f"DROP VIEW IF EXISTS {name}")
    with op.batch_alter_table("selector_cache") as batch_op:
        batch_op.drop_column("drifts")
    with op.batch_alter_table("heal_history") as batch_op:
        batch_op.drop_column("confidence")

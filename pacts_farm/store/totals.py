"""Cumulative totals, the counters Prometheus scrapes: added to in the transaction that settles an item,
never touched by cleanup, so they never go down (a counter that drops reads as a reset)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence

from sqlalchemy import func, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session, sessionmaker

from pacts_farm.store import db
from pacts_farm.store.models import ItemRow, StepRow, TotalRow

ITEMS = "items"  # finished items by verdict
LOCATOR_SOURCES = "locator_source"  # steps by where their locator came from (redis, database, discovered, healed, assisted)
HEALS = "heals"  # heal attempts by outcome (accepted, rejected)
DURATION_LE = "item_duration_le"  # finished items whose browser time was at most the label (seconds)
DURATION_COUNT = "item_duration_count"
DURATION_SUM_S = "item_duration_sum_s"

DURATION_BUCKETS_S = (0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300, 600)


def bucket_label(bound_s: float) -> str:
    return f"{bound_s:g}"


def add_settled(s: Session, item_ids: Sequence[str]) -> None:
    """Count items this transaction just settled: their verdict, browser time and steps' locator sources."""
    if not item_ids:
        return
    added: Counter[tuple[str, str]] = Counter()
    for verdict, duration_ms in s.execute(select(ItemRow.verdict, ItemRow.duration_ms).where(ItemRow.id.in_(list(item_ids)))):
        if verdict is not None:
            added[(ITEMS, verdict)] += 1
        if duration_ms is not None:
            added[(DURATION_COUNT, "")] += 1
            added[(DURATION_SUM_S, "")] += duration_ms / 1000
            for bound in DURATION_BUCKETS_S:
                if duration_ms <= bound * 1000:
                    added[(DURATION_LE, bucket_label(bound))] += 1
    for source, n in s.execute(
        select(StepRow.source, func.count())
        .where(StepRow.item_id.in_(list(item_ids)), StepRow.source.is_not(None))
        .group_by(StepRow.source)
    ):
        added[(LOCATOR_SOURCES, source)] += n
    add(s, added)


def add(s: Session, amounts: Mapping[tuple[str, str], float]) -> None:
    """Add to (name, label) totals, creating them at zero; rows are taken in key order (no deadlock between settles)."""
    rows = [{"name": name, "label": label, "value": float(value)} for (name, label), value in sorted(amounts.items()) if value]
    if not rows:
        return
    dialect = s.get_bind().dialect.name
    upsert = (postgresql.insert if dialect == "postgresql" else sqlite.insert)(TotalRow)
    s.execute(
        upsert.on_conflict_do_update(index_elements=[TotalRow.name, TotalRow.label], set_={"value": TotalRow.value + upsert.excluded.value}),
        rows,
    )


def read(sessions: sessionmaker[Session]) -> dict[str, dict[str, float]]:
    """Every total: name -> label -> value."""
    with db.transaction(sessions) as s:
        found: dict[str, dict[str, float]] = {}
        for name, label, value in s.execute(select(TotalRow.name, TotalRow.label, TotalRow.value)):
            found.setdefault(name, {})[label] = float(value)
        return found

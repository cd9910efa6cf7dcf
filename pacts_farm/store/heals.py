"""Heal history: every heal attempt, and what it teaches about which strategies work."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from sqlalchemy import func, select

from pacts_farm.store import db
from pacts_farm.store.models import HealRow
from pacts_farm.store.repo import Sessions


def strategy_order(sessions: Sessions, *, app: str, target: str, ladder: Sequence[str]) -> tuple[str, ...]:
    """The ladder ordered by past success: for this target first, then across the app, then as given."""
    return strategy_orders(sessions, app=app, targets=[target], ladder=ladder)[target]


def strategy_orders(
    sessions: Sessions, *, app: str, targets: Sequence[str], ladder: Sequence[str]
) -> dict[str, tuple[str, ...]]:
    """strategy_order for several targets of one app, in one query."""
    with db.transaction(sessions) as s:
        rows = s.execute(
            select(HealRow.target, HealRow.strategy, func.count())
            .where(HealRow.app == app, HealRow.outcome == "accepted")
            .group_by(HealRow.target, HealRow.strategy)
        ).all()
    overall: Counter[str] = Counter()
    per_target: dict[str, Counter[str]] = {}
    for row_target, strategy, count in rows:
        overall[strategy] += count
        per_target.setdefault(row_target, Counter())[strategy] += count
    position = {name: i for i, name in enumerate(ladder)}
    orders = {}
    for target in targets:
        mine = per_target.get(target, Counter())
        orders[target] = tuple(sorted(ladder, key=lambda name: (-mine[name], -overall[name], position[name])))
    return orders


def counts(sessions: Sessions) -> list[tuple[str, str, int]]:
    """(strategy, outcome, count) over all history."""
    with db.transaction(sessions) as s:
        rows = s.execute(
            select(HealRow.strategy, HealRow.outcome, func.count()).group_by(HealRow.strategy, HealRow.outcome)
        ).all()
        return [(r[0], r[1], int(r[2])) for r in rows]

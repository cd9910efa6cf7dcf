"""Heal history: every heal attempt, and what it teaches about which strategies work."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, case, func, select

from pacts_farm import errors, model
from pacts_farm.store import db, totals
from pacts_farm.store.models import HealRow, SelectorCacheRow
from pacts_farm.store.db import Sessions, aware, utcnow


RATE_PRIOR = 0.5  # a strategy nobody has tried yet: as likely to work as not
RATE_WEIGHT = 2.0  # how many attempts the level above is worth: a target's own record outweighs it after a few


@dataclass(frozen=True, kw_only=True, slots=True)
class Record:
    """Attempts of a strategy and how many worked (accepted, not marked wrong)."""

    attempts: int = 0
    worked: int = 0

    def smoothed(self, toward: float) -> float:
        """The success rate, pulled toward the level above's rate while there are few attempts."""
        return (self.worked + RATE_WEIGHT * toward) / (self.attempts + RATE_WEIGHT)


def strategy_order(sessions: Sessions, *, app: str, signature: str, ladder: Sequence[str]) -> tuple[str, ...]:
    """The ladder ordered by smoothed success rate: this step key's, backed by the app's, backed by every app's."""
    return strategy_orders(sessions, app=app, signatures=[signature], ladder=ladder)[signature]


def strategy_orders(
    sessions: Sessions, *, app: str, signatures: Sequence[str], ladder: Sequence[str]
) -> dict[str, tuple[str, ...]]:
    """strategy_order for several step keys (cache.signature: target, role, action, scope…) of one app (three small queries).

    Every attempt counts: rejected ones and heals a person marked wrong are failures. Ties keep the ladder's order.
    """
    rates = strategy_rates(sessions, app=app, signatures=signatures, ladder=ladder)
    position = {name: i for i, name in enumerate(ladder)}
    return {sig: tuple(sorted(ladder, key=lambda name: (-rates[sig][name], position[name]))) for sig in signatures}


def strategy_rates(
    sessions: Sessions, *, app: str, signatures: Sequence[str], ladder: Sequence[str]
) -> dict[str, dict[str, float]]:
    """Per step key, each ladder strategy's smoothed success rate (global -> app -> step key)."""
    worked = func.sum(case((and_(HealRow.outcome == "accepted", HealRow.marked_wrong_at.is_(None)), 1), else_=0))
    tried = HealRow.strategy.in_(list(ladder))
    with db.transaction(sessions) as s:
        overall = {r[0]: Record(attempts=int(r[1]), worked=int(r[2] or 0)) for r in s.execute(
            select(HealRow.strategy, func.count(), worked).where(tried).group_by(HealRow.strategy))}
        in_app = {r[0]: Record(attempts=int(r[1]), worked=int(r[2] or 0)) for r in s.execute(
            select(HealRow.strategy, func.count(), worked).where(tried, HealRow.app == app).group_by(HealRow.strategy))}
        per_key = {(r[0], r[1]): Record(attempts=int(r[2]), worked=int(r[3] or 0)) for r in s.execute(
            select(HealRow.signature, HealRow.strategy, func.count(), worked)
            .where(tried, HealRow.app == app, HealRow.signature.in_(list(signatures)))
            .group_by(HealRow.signature, HealRow.strategy))} if signatures else {}
    rates: dict[str, dict[str, float]] = {}
    for sig in signatures:
        rates[sig] = {}
        for name in ladder:
            everywhere = overall.get(name, Record()).smoothed(RATE_PRIOR)
            app_rate = in_app.get(name, Record()).smoothed(everywhere)
            rates[sig][name] = per_key.get((sig, name), Record()).smoothed(app_rate)
    return rates


def counts(sessions: Sessions) -> list[tuple[str, str, int]]:
    """(strategy, outcome, count) over all history."""
    with db.transaction(sessions) as s:
        rows = s.execute(
            select(HealRow.strategy, HealRow.outcome, func.count()).group_by(HealRow.strategy, HealRow.outcome)
        ).all()
        return [(r[0], r[1], int(r[2])) for r in rows]


@dataclass(frozen=True, kw_only=True, slots=True)
class HealRecord:
    id: int
    run_id: str | None
    item_key: str
    app: str
    page: str
    target: str
    action: str | None
    scope: str | None
    step_index: int | None
    strategy: str
    outcome: str
    new_locator: dict[str, Any] | None
    reason: str
    created_at: datetime
    marked_wrong_at: datetime | None
    marked_by: str | None
    changed: tuple[str, ...] = ()  # how the element healed onto differs from the old one (name, scope, role)


@dataclass(frozen=True, kw_only=True, slots=True)
class MarkedWrong:
    heal: HealRecord
    forgotten: tuple[tuple[str, str], ...]  # (signature, page) of selector-cache entries deleted with it


def mark_wrong(sessions: Sessions, heal_id: int, *, by: str, now: datetime) -> MarkedWrong:
    """A person says this accepted heal chose the wrong element: it is never used again for its target.

    Marks the heal, and deletes every cached locator of (app, target) equal to the healed one;
    the caller drops the same entries from Redis (cache.SelectorCache.forget).
    """
    if not by.strip():
        raise errors.InputError("--by must name who marks the heal wrong")
    with db.transaction(sessions) as s:
        row = s.get(HealRow, heal_id, with_for_update=True)
        if row is None:
            raise errors.InputError(f"no heal with id {heal_id} — see `pacts-farm heal list`")
        if row.outcome != "accepted" or row.new_locator is None:
            raise errors.InputError(f"heal {heal_id} was {row.outcome}: no locator was chosen, nothing to mark wrong")
        if row.marked_wrong_at is None:
            row.marked_wrong_at, row.marked_by = now, by.strip()
        cached = s.scalars(
            select(SelectorCacheRow).where(SelectorCacheRow.app == row.app, SelectorCacheRow.target == row.target)
        ).all()
        gone = [c for c in cached if (c.resolution or {}).get("locator") == row.new_locator]
        for entry in gone:
            s.delete(entry)
        s.flush()
        return MarkedWrong(heal=_record(row), forgotten=tuple((c.signature, c.page) for c in gone))


def wrong_locators(
    sessions: Sessions, *, app: str, targets: Sequence[str] | None = None
) -> dict[str, frozenset[model.Locator]]:
    """Per target: the locators people marked wrong for it in this app (healing and the cache refuse them);
    ``targets`` None: every target's."""
    if targets is not None and not targets:
        return {}
    query = select(HealRow.target, HealRow.new_locator).where(HealRow.app == app, HealRow.marked_wrong_at.is_not(None))
    if targets is not None:
        query = query.where(HealRow.target.in_(list(set(targets))))
    with db.transaction(sessions) as s:
        rows = s.execute(query).all()
    found: dict[str, set[model.Locator]] = {}
    for target, locator in rows:
        if locator:
            found.setdefault(target, set()).add(model.Locator.from_json(locator))
    return {target: frozenset(locators) for target, locators in found.items()}


def run_heal_outcomes(sessions: Sessions, *, run_id: str, app: str, page: str, signature: str) -> tuple[HealRecord, ...]:
    """This run's heal attempts for one step key (app, page, cache.signature), newest first (the memo's store fallback)."""
    with db.transaction(sessions) as s:
        rows = s.scalars(
            select(HealRow).where(
                HealRow.run_id == run_id, HealRow.app == app, HealRow.page == page, HealRow.signature == signature
            ).order_by(HealRow.id.desc())
        ).all()
        return tuple(_record(r) for r in rows)


def recent(sessions: Sessions, *, limit: int = 50, changed: bool = False, run_id: str | None = None) -> tuple[HealRecord, ...]:
    """Heal attempts, newest first; ``changed``: only accepted heals whose element differs from the old one."""
    query = select(HealRow).order_by(HealRow.id.desc())
    if run_id is not None:
        query = query.where(HealRow.run_id == run_id)
    with db.transaction(sessions) as s:
        if not changed:
            return tuple(_record(r) for r in s.scalars(query.limit(limit)).all())
        found: list[HealRecord] = []  # JSON columns differ by database: filter here, page by page
        offset = 0
        while len(found) < limit:
            rows = s.scalars(query.where(HealRow.outcome == "accepted", HealRow.changed.is_not(None)).offset(offset).limit(500)).all()
            if not rows:
                break
            found.extend(_record(r) for r in rows if r.changed)
            offset += len(rows)
        return tuple(found[:limit])


def _record(row: HealRow) -> HealRecord:
    return HealRecord(
        id=row.id, run_id=row.run_id, item_key=row.item_key, app=row.app, page=row.page, target=row.target,
        action=row.action, scope=row.scope, step_index=row.step_index, changed=tuple(row.changed or ()),
        strategy=row.strategy, outcome=row.outcome, new_locator=row.new_locator, reason=row.reason,
        created_at=aware(row.created_at), marked_wrong_at=aware(row.marked_wrong_at) if row.marked_wrong_at else None,
        marked_by=row.marked_by,
    )

def record_heals(sessions: Sessions, heals: Iterable[model.HealRecord]) -> None:
    """Heal records outside a settle (the settle stage passes its own to finish_item)."""
    heals = list(heals)
    with db.transaction(sessions) as s:
        s.add_all([heal_row(heal) for heal in heals])
        totals.add(s, heal_totals(heals))


def heal_row(heal: model.HealRecord) -> HealRow:
    return HealRow(
        run_id=heal.run_id, item_key=heal.item_key, app=heal.app, page=heal.page, target=heal.target[:500],
        signature=heal.signature, action=heal.action.value if heal.action else None,
        scope=heal.scope[:500] if heal.scope is not None else None, step_index=heal.step_index,
        changed=list(heal.changed) or None,
        failed_locator=heal.failed_locator.to_json() if heal.failed_locator else None,
        new_locator=heal.new_locator.to_json() if heal.new_locator else None,
        strategy=heal.strategy, outcome="accepted" if heal.accepted else "rejected", reason=heal.reason,
        duration_ms=heal.duration_ms, confidence=heal.confidence, created_at=utcnow(),
    )


def heal_totals(heals: Sequence[model.HealRecord]) -> dict[tuple[str, str], int]:
    outcomes = Counter("accepted" if heal.accepted else "rejected" for heal in heals)
    return {(totals.HEALS, outcome): n for outcome, n in outcomes.items()}

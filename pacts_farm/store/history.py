"""Cross-run history of requirements: verdicts, pass and flakiness rates, durations over the last N runs."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from pacts_farm import model
from pacts_farm.store import db
from pacts_farm.store.models import ItemRow, RunRow, StepRow
from pacts_farm.store.db import Sessions, aware

DEFAULT_WINDOW = 20


@dataclass(frozen=True, kw_only=True, slots=True)
class Outcome:
    """One finished item of a requirement in one run."""

    run_id: str
    item_key: str
    verdict: model.Verdict
    met: bool
    duration_ms: float | None
    finished_at: datetime | None
    heals: int = 0  # heal events of the item
    tries: int = 1


@dataclass(frozen=True, kw_only=True, slots=True)
class RequirementStats:
    """A requirement's last ``runs`` runs (newest first in ``outcomes``)."""

    suite_name: str
    requirement_id: str
    outcomes: tuple[Outcome, ...]

    @property
    def runs(self) -> int:
        return len({o.run_id for o in self.outcomes})

    def count(self, verdict: model.Verdict) -> int:
        return sum(1 for o in self.outcomes if o.verdict is verdict)

    @property
    def pass_rate(self) -> float | None:
        """Share of items that succeeded (passed, healed or flaky)."""
        return _share(sum(1 for o in self.outcomes if o.verdict.succeeded), len(self.outcomes))

    @property
    def flaky_rate(self) -> float | None:
        """Share of items that failed then passed on a retry."""
        return _share(self.count(model.Verdict.FLAKY), len(self.outcomes))

    @property
    def median_duration_ms(self) -> float | None:
        durations = [o.duration_ms for o in self.outcomes if o.duration_ms is not None]
        return statistics.median(durations) if durations else None


def requirement_stats(
    sessions: Sessions,
    suite_name: str,
    *,
    requirement_ids: Sequence[str] | None = None,
    window: int = DEFAULT_WINDOW,
) -> dict[str, RequirementStats]:
    """Per requirement of ``suite_name``: its items in the last ``window`` runs that included it.

    Cancelled items and unfinished ones are left out (they say nothing about the test).
    """
    with db.transaction(sessions) as s:
        query = (
            select(
                ItemRow.requirement_id, ItemRow.run_id, ItemRow.key, ItemRow.verdict, ItemRow.met,
                ItemRow.duration_ms, ItemRow.finished_at, ItemRow.id, ItemRow.tries,
            )
            .join(RunRow, RunRow.id == ItemRow.run_id)
            .where(
                RunRow.suite_name == suite_name,
                ItemRow.state == model.ItemState.DONE.value,
                ItemRow.verdict.is_not(None),
                ItemRow.verdict != model.Verdict.CANCELLED.value,
            )
            .order_by(RunRow.created_at.desc(), ItemRow.position)
        )
        if requirement_ids is not None:
            query = query.where(ItemRow.requirement_id.in_(list(requirement_ids)))
        rows = s.execute(query).all()
        heals = _heal_counts(s, [r[7] for r in rows])
    outcomes: dict[str, list[Outcome]] = {}
    runs_seen: dict[str, list[str]] = {}
    for requirement_id, run_id, key, verdict, met, duration_ms, finished_at, item_id, tries in rows:
        seen = runs_seen.setdefault(requirement_id, [])
        if run_id not in seen:
            if len(seen) >= window:
                continue
            seen.append(run_id)
        outcomes.setdefault(requirement_id, []).append(
            Outcome(
                run_id=run_id,
                item_key=key,
                verdict=model.Verdict(verdict),
                met=bool(met),
                duration_ms=duration_ms,
                finished_at=aware(finished_at) if finished_at else None,
                heals=heals.get(item_id, 0),
                tries=max(tries or 0, 1),
            )
        )
    return {
        rid: RequirementStats(suite_name=suite_name, requirement_id=rid, outcomes=tuple(found))
        for rid, found in outcomes.items()
    }


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


@dataclass(frozen=True, kw_only=True, slots=True)
class RunPoint:
    """One run as the dashboard charts it: its verdict counts, cache hit rate and heals."""

    run_id: str
    suite_name: str
    status: model.RunStatus
    created_at: datetime
    duration_ms: float | None
    counts: dict[str, int]  # verdict value -> items
    met: int
    total: int
    cache_hits: int
    cache_lookups: int
    heals: int
    output_dir: str
    mode: str = "embedded"

    @property
    def met_rate(self) -> float | None:
        return _share(self.met, self.total)

    @property
    def cache_hit_rate(self) -> float | None:
        return _share(self.cache_hits, self.cache_lookups)


def recent_runs(sessions: Sessions, *, limit: int = 50, suite_name: str | None = None) -> tuple[RunPoint, ...]:
    """The newest ``limit`` runs (newest first), optionally of one suite."""
    with db.transaction(sessions) as s:
        query = select(RunRow).order_by(RunRow.created_at.desc()).limit(limit)
        if suite_name is not None:
            query = query.where(RunRow.suite_name == suite_name)
        runs = s.scalars(query).all()
        ids = [r.id for r in runs]
        counts: dict[str, dict[str, int]] = {}
        met: dict[str, int] = {}
        for run_id, verdict, is_met, n in s.execute(
            select(ItemRow.run_id, ItemRow.verdict, ItemRow.met, func.count())
            .where(ItemRow.run_id.in_(ids))
            .group_by(ItemRow.run_id, ItemRow.verdict, ItemRow.met)
        ).all():
            by = counts.setdefault(run_id, {})
            key = verdict or "pending"
            by[key] = by.get(key, 0) + int(n)
            if is_met:
                met[run_id] = met.get(run_id, 0) + int(n)
        heals = dict(
            s.execute(
                select(ItemRow.run_id, func.count())
                .join(StepRow, StepRow.item_id == ItemRow.id)
                .where(ItemRow.run_id.in_(ids), StepRow.heal.is_not(None))
                .group_by(ItemRow.run_id)
            ).all()
        )
        return tuple(
            RunPoint(
                run_id=r.id,
                suite_name=r.suite_name,
                status=model.RunStatus(r.status),
                created_at=aware(r.created_at),
                duration_ms=r.duration_ms,
                counts=counts.get(r.id, {}),
                met=met.get(r.id, 0),
                total=sum(counts.get(r.id, {}).values()),
                cache_hits=r.cache_hits,
                cache_lookups=r.cache_lookups,
                heals=int(heals.get(r.id, 0)),
                output_dir=r.output_dir,
                mode=r.mode,
            )
            for r in runs
        )


def _heal_counts(s: Session, item_ids: Sequence[str]) -> dict[str, int]:
    if not item_ids:
        return {}
    found: dict[str, int] = {}
    for start in range(0, len(item_ids), 500):
        chunk = list(item_ids[start:start + 500])
        for item_id, n in s.execute(
            select(StepRow.item_id, func.count())
            .where(StepRow.item_id.in_(chunk), StepRow.heal.is_not(None))
            .group_by(StepRow.item_id)
        ).all():
            found[item_id] = int(n)
    return found

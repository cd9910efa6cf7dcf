"""Cross-run history of requirements: verdicts, pass and flakiness rates, durations over the last N runs."""

from __future__ import annotations

import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from pacts_farm import model
from pacts_farm.store import db
from pacts_farm.store.models import ItemRow, RunRow
from pacts_farm.store.repo import Sessions, _aware

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
                ItemRow.duration_ms, ItemRow.finished_at,
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
    outcomes: dict[str, list[Outcome]] = {}
    runs_seen: dict[str, list[str]] = {}
    for requirement_id, run_id, key, verdict, met, duration_ms, finished_at in rows:
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
                finished_at=_aware(finished_at) if finished_at else None,
            )
        )
    return {
        rid: RequirementStats(suite_name=suite_name, requirement_id=rid, outcomes=tuple(found))
        for rid, found in outcomes.items()
    }


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None

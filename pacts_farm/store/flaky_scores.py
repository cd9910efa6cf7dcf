"""Stored flakiness scores, and which suites have finished runs the scores have not seen yet."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from pacts_farm import model
from pacts_farm.store import codec, db
from pacts_farm.store.models import FlakinessRow, RunRow
from pacts_farm.store.db import Sessions, aware


@dataclass(frozen=True, kw_only=True, slots=True)
class StoredScore:
    suite_name: str
    requirement_id: str
    score: float
    runs: int
    passed: int
    failed: int
    flaky: int
    healed: int
    nights_above: int
    computed_at: datetime


@dataclass(frozen=True, kw_only=True, slots=True)
class DueSuite:
    """A suite with runs that finished after its scores were last computed."""

    suite_name: str
    nightly: bool  # one of those runs was fired by a schedule (the nightly regression)
    policy: model.QuarantinePolicy  # the newest run's quarantine policy


def due_suites(sessions: Sessions) -> tuple[DueSuite, ...]:
    with db.transaction(sessions) as s:
        last = dict(s.execute(select(FlakinessRow.suite_name, func.max(FlakinessRow.computed_at)).group_by(FlakinessRow.suite_name)).all())
        oldest = min((aware(v) for v in last.values()), default=None)
        query = select(RunRow.suite_name, RunRow.finished_at, RunRow.options).where(RunRow.finished_at.is_not(None))
        if oldest is not None and len(last) == len(set(s.scalars(select(RunRow.suite_name).distinct()).all())):
            query = query.where(RunRow.finished_at > oldest)
        rows = s.execute(query.order_by(RunRow.finished_at)).all()
    due: dict[str, DueSuite] = {}
    for suite_name, finished_at, stored_options in rows:
        seen = last.get(suite_name)
        if seen is not None and aware(finished_at) <= aware(seen):
            continue
        previous = due.get(suite_name)
        options = codec.run_options_from_json(stored_options)
        nightly = (previous.nightly if previous else False) or options.scheduled
        due[suite_name] = DueSuite(suite_name=suite_name, nightly=nightly, policy=options.quarantine)
    return tuple(due[name] for name in sorted(due))


def load_scores(sessions: Sessions, *, suite_name: str | None = None) -> dict[tuple[str, str], StoredScore]:
    with db.transaction(sessions) as s:
        query = select(FlakinessRow)
        if suite_name is not None:
            query = query.where(FlakinessRow.suite_name == suite_name)
        return {(r.suite_name, r.requirement_id): _stored(r) for r in s.scalars(query).all()}


def save_scores(sessions: Sessions, scores: Sequence[StoredScore]) -> None:
    """Upsert by (suite, requirement)."""
    if not scores:
        return
    with db.transaction(sessions) as s:
        for score in scores:
            row = s.get(FlakinessRow, (score.suite_name, score.requirement_id))
            if row is None:
                row = FlakinessRow(suite_name=score.suite_name, requirement_id=score.requirement_id)
                s.add(row)
            row.score, row.runs, row.passed, row.failed = score.score, score.runs, score.passed, score.failed
            row.flaky, row.healed, row.nights_above, row.computed_at = score.flaky, score.healed, score.nights_above, score.computed_at


def _stored(row: FlakinessRow) -> StoredScore:
    return StoredScore(
        suite_name=row.suite_name, requirement_id=row.requirement_id, score=row.score, runs=row.runs,
        passed=row.passed, failed=row.failed, flaky=row.flaky, healed=row.healed, nights_above=row.nights_above,
        computed_at=aware(row.computed_at),
    )

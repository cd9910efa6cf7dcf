"""A requirement's flakiness score from its recent history, and the beat job that keeps scores fresh.

score = 0.5 · flips + 0.3 · flaky + 0.2 · healed, each a share in [0, 1], so the score is in [0, 1]:

- flips: how often the outcome changed between consecutive runs (met expectation ↔ did not),
  over the last N runs (N = ``WINDOW``), as a share of the N-1 transitions. A test that alternates
  pass/fail scores 0.5 from this alone; one that fails every time scores 0 (broken, not flaky).
- flaky: share of runs whose verdict was ``flaky`` (failed, then passed on a retry).
- healed: share of runs that needed a heal (the page drifts under the test).

Infrastructure errors and cancelled items are left out: they say nothing about the test.
Scores are recomputed by `pacts.score_flakiness` (beat) for every suite with newly finished runs;
a computation that includes a scheduled run (the nightly regression) counts as a *night*: the
requirement's ``nights_above`` streak grows while its score is above the suite's quarantine
threshold and restarts at 0 when it is not. The automatic quarantine policy reads that streak.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from pacts_farm import model
from pacts_farm.flaky import quarantine
from pacts_farm.store import flaky_scores
from pacts_farm.store import history, quarantines
from pacts_farm.store.db import Sessions

log = logging.getLogger(__name__)

WINDOW = 20
FLIP_WEIGHT, FLAKY_WEIGHT, HEAL_WEIGHT = 0.5, 0.3, 0.2


@dataclass(frozen=True, kw_only=True, slots=True)
class Score:
    requirement_id: str
    score: float
    runs: int
    passed: int
    failed: int
    flaky: int
    healed: int


@dataclass(frozen=True, kw_only=True, slots=True)
class SuiteScored:
    suite_name: str
    nightly: bool
    scores: tuple[flaky_scores.StoredScore, ...]
    quarantined: tuple[str, ...]  # requirement ids the automatic policy quarantined now


def score_of(stats: history.RequirementStats) -> Score:
    """The score of one requirement's outcomes (newest first, as history gives them)."""
    relevant = [o for o in stats.outcomes if o.verdict not in (model.Verdict.ERROR, model.Verdict.CANCELLED)]
    per_run: dict[str, bool] = {}
    for outcome in reversed(relevant):  # oldest first; a data-driven requirement passes a run when all its rows met
        per_run[outcome.run_id] = per_run.get(outcome.run_id, True) and outcome.met
    sequence = list(per_run.values())
    flips = sum(1 for a, b in zip(sequence, sequence[1:]) if a != b)
    n = len(relevant)
    flaky = sum(1 for o in relevant if o.verdict is model.Verdict.FLAKY)
    healed = sum(1 for o in relevant if o.verdict is model.Verdict.HEALED)
    value = 0.0
    if n:
        flip_share = flips / (len(sequence) - 1) if len(sequence) > 1 else 0.0
        value = FLIP_WEIGHT * flip_share + FLAKY_WEIGHT * flaky / n + HEAL_WEIGHT * healed / n
    return Score(
        requirement_id=stats.requirement_id,
        score=round(min(1.0, value), 4),
        runs=len(sequence),
        passed=sum(1 for o in relevant if o.met),
        failed=sum(1 for o in relevant if not o.met),
        flaky=flaky,
        healed=healed,
    )


def score_suite(
    sessions: Sessions, suite_name: str, *, policy: model.QuarantinePolicy, nightly: bool, now: datetime
) -> SuiteScored:
    """Recompute and store the suite's scores; on a nightly computation, advance the streaks and apply the policy."""
    previous = flaky_scores.load_scores(sessions, suite_name=suite_name)
    scores = []
    for requirement_id, stats in sorted(history.requirement_stats(sessions, suite_name, window=WINDOW).items()):
        score = score_of(stats)
        before = previous.get((suite_name, requirement_id))
        streak = before.nights_above if before else 0
        if nightly:
            streak = streak + 1 if score.score > policy.threshold else 0
        scores.append(
            flaky_scores.StoredScore(
                suite_name=suite_name, requirement_id=requirement_id, score=score.score, runs=score.runs,
                passed=score.passed, failed=score.failed, flaky=score.flaky, healed=score.healed,
                nights_above=streak, computed_at=now,
            )
        )
    flaky_scores.save_scores(sessions, scores)
    added: tuple[str, ...] = ()
    if nightly and policy.auto:
        added = quarantine.apply_policy(sessions, suite_name, scores, policy=policy, now=now)
    return SuiteScored(suite_name=suite_name, nightly=nightly, scores=tuple(scores), quarantined=added)


def score_due_suites(sessions: Sessions, *, now: datetime) -> tuple[SuiteScored, ...]:
    """The beat job: lift expired quarantines, then rescore every suite with newly finished runs."""
    quarantine.expire(sessions, now=now)
    done = []
    for due in flaky_scores.due_suites(sessions):
        done.append(score_suite(sessions, due.suite_name, policy=due.policy, nightly=due.nightly, now=now))
        log.info("flakiness: scored %s (%d requirements, nightly=%s)", due.suite_name, len(done[-1].scores), due.nightly)
    return tuple(done)


def health_of(
    sessions: Sessions, suite_name: str, requirement_ids: Sequence[str], *, now: datetime
) -> dict[str, model.RequirementHealth]:
    """Score and quarantine state per requirement, for report.html and the dashboard."""
    scores = flaky_scores.load_scores(sessions, suite_name=suite_name)
    held = {q.requirement_id: q for q in quarantines.active(sessions, now=now, suite_name=suite_name)}
    out = {}
    for rid in requirement_ids:
        score, q = scores.get((suite_name, rid)), held.get(rid)
        out[rid] = model.RequirementHealth(
            score=score.score if score else None,
            quarantined_by=q.owner if q else None,
            quarantined_until=q.until.isoformat() if q else None,
            quarantine_reason=q.reason if q else "",
            automatic=q.automatic if q else False,
        )
    return out

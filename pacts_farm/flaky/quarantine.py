"""Quarantine: a requirement that still runs and is reported, but does not fail its run, until it expires.

Set by a person (`pacts-farm quarantine add`) or by the suite's opt-in automatic policy
(`quarantine: {auto: true, threshold, nights, days, max}`), lifted by `quarantine remove` or by its
expiry. Which requirements are quarantined is decided once, when a run is created, and recorded on
its items. Every change is written to the quarantine log with who and why.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone

from pacts_farm import errors, model
from pacts_farm.store import quarantines
from pacts_farm.store.flaky_scores import StoredScore
from pacts_farm.store.db import Sessions

_RELATIVE = re.compile(r"^(\d{1,4})\s*([dhw])$")


def parse_until(text: str, *, now: datetime) -> datetime:
    """"2026-12-01" (through that day, UTC), an ISO date-time, or "14d" / "36h" / "2w" from now."""
    value = text.strip()
    relative = _RELATIVE.match(value.lower())
    if relative:
        amount, unit = int(relative.group(1)), relative.group(2)
        until = now + {"d": timedelta(days=amount), "h": timedelta(hours=amount), "w": timedelta(weeks=amount)}[unit]
    else:
        try:
            parsed = datetime.fromisoformat(value)
        except ValueError:
            raise errors.InputError(
                f"--until {text!r}: expected a date (2026-12-01), a date-time (2026-12-01T18:00) or a span (14d, 36h, 2w)"
            ) from None
        if len(value) == 10:  # a bare date: through the end of that day
            parsed += timedelta(days=1)
        until = parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)
    if until <= now:
        raise errors.InputError(f"--until {text!r} is in the past ({until:%Y-%m-%d %H:%M} UTC); give a later date")
    return until


def add(
    sessions: Sessions, *, suite_name: str, requirement_id: str, owner: str, until: datetime, reason: str, now: datetime
) -> quarantines.Quarantined:
    for name, value in (("--owner", owner), ("--suite", suite_name), ("ID", requirement_id)):
        if not value.strip():
            raise errors.InputError(f"{name} must not be empty")
    return quarantines.add(
        sessions, suite_name=suite_name, requirement_id=requirement_id, owner=owner.strip(), until=until,
        reason=reason.strip(), now=now,
    )


def remove(sessions: Sessions, *, suite_name: str, requirement_id: str, actor: str, reason: str, now: datetime) -> None:
    if not quarantines.remove(sessions, suite_name=suite_name, requirement_id=requirement_id, actor=actor, reason=reason, now=now):
        raise errors.InputError(
            f"{requirement_id!r} is not quarantined in suite {suite_name!r} — see `pacts-farm quarantine list`"
        )


def expire(sessions: Sessions, *, now: datetime) -> tuple[quarantines.Quarantined, ...]:
    return quarantines.expire_due(sessions, now=now)


def for_new_run(sessions: Sessions, *, suite_name: str, now: datetime) -> frozenset[str]:
    """Requirement ids quarantined in this suite right now (expired ones are lifted first)."""
    expire(sessions, now=now)
    return frozenset(q.requirement_id for q in quarantines.active(sessions, now=now, suite_name=suite_name))


def apply_policy(
    sessions: Sessions,
    suite_name: str,
    scores: Sequence[StoredScore],
    *,
    policy: model.QuarantinePolicy,
    now: datetime,
) -> tuple[str, ...]:
    """Quarantine the requirements over the threshold for ``policy.nights`` nights, worst first, up to ``policy.max``."""
    current = {q.requirement_id for q in quarantines.active(sessions, now=now, suite_name=suite_name)}
    room = policy.max - len(current)
    candidates = sorted(
        (s for s in scores if s.nights_above >= policy.nights and s.score > policy.threshold and s.requirement_id not in current),
        key=lambda s: (-s.score, s.requirement_id),
    )
    added = []
    for score in candidates[: max(room, 0)]:
        quarantines.add(
            sessions, suite_name=suite_name, requirement_id=score.requirement_id, owner=quarantines.SYSTEM_ACTOR,
            until=now + timedelta(days=policy.days), now=now, automatic=True, actor=quarantines.SYSTEM_ACTOR,
            reason=f"flakiness {score.score:.2f} above {policy.threshold:.2f} for {score.nights_above} nights",
        )
        added.append(score.requirement_id)
    return tuple(added)



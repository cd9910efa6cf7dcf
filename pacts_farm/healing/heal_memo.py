"""Heal once per run, and never reuse a heal a person marked wrong.

Within a run, the first item that heals a step records the outcome — the healed locator, or that
healing failed — under the step's full key: app, page, target text, role word, action, scope (and
position, region, descriptor when said; cache.signature). The key lives in a Redis hash per run
(expires after a day); without Redis, the store's heal history of the run answers under the same key.
Later items reuse the outcome only after the same checks as a fresh heal (heal_guard: the role kind,
inside the step's scope, the gate), or fail at once with the earlier reason. Two items that reach the
same drift at the same moment may both heal.

A heal marked wrong (`pacts-farm heal mark-wrong`, or the dashboard) is refused for its target:
by the heal ladder, by discovery, by this memo and by the selector cache. A process reads the app's list of
wrong locators once per run, and again after WRONG_FRESH_S (a person may mark one while the run goes on).
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from pacts_farm import errors, model
from pacts_farm.finding import cache
from pacts_farm.healing import heal_guard
from pacts_farm.browser import page_session
from pacts_farm.store import heals
from pacts_farm.store.db import Sessions

log = logging.getLogger(__name__)

KEY_PREFIX = "pacts:healmemo:"  # Redis hash per run: field = heal_key(app, step, page) -> outcome JSON
TTL_S = 24 * 3600
LOCAL_LIMIT = 10_000  # outcomes this process remembers itself (embedded workers share it): no round trip for them
_LOCAL: dict[tuple[str, str], Remembered] = {}
WRONG_FRESH_S = 30.0  # a run's list of wrong locators is read again after this long
_WRONG: dict[tuple[str, str], tuple[float, Sessions, Mapping[str, frozenset[model.Locator]]]] = {}  # (run, app) ->


@dataclass(frozen=True, kw_only=True, slots=True)
class Remembered:
    """What the first heal of (app, page, target) in this run concluded."""

    locator: model.Locator | None  # None: healing failed
    reason: str
    confidence: float = 0.7

    def to_json(self) -> dict[str, Any]:
        return {"locator": self.locator.to_json() if self.locator else None, "reason": self.reason, "confidence": self.confidence}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Remembered:
        locator = data.get("locator")
        return cls(locator=model.Locator.from_json(locator) if locator else None, reason=str(data.get("reason", "")),
                   confidence=float(data.get("confidence", 0.7)))


class RunHealMemo:
    """The memo of one run for one app, plus the locators people marked wrong for its targets."""

    def __init__(
        self,
        *,
        run_id: str,
        app: str,
        sessions: Sessions,
        redis_client: Any | None,
        wrong: Callable[[], Mapping[str, frozenset[model.Locator]]],
    ) -> None:
        self._run_id = run_id
        self._app = app
        self._sessions = sessions
        self._redis = redis_client
        self._load_wrong = wrong  # read when first asked: a warm step that finds its cached element never asks
        self._wrong: Mapping[str, frozenset[model.Locator]] | None = None

    def refused(self, step: model.PlannedStep) -> frozenset[model.Locator]:
        if step.target is None:
            return frozenset()
        if self._wrong is None:
            self._wrong = self._load_wrong()
        return self._wrong.get(step.target.text[:500], frozenset())

    def recall(self, step: model.PlannedStep, page_url: str) -> Remembered | None:
        local = _LOCAL.get((self._run_id, self._field(step, page_url)))
        if local is not None:
            return local
        if self._redis is not None:
            try:
                raw = self._redis.hget(KEY_PREFIX + self._run_id, self._field(step, page_url))
                return Remembered.from_json(json.loads(raw)) if raw else None
            except _redis_errors() as exc:
                log.warning("heal memo: Redis unreachable (%s); reading this run's heal history", exc)
        return self._from_history(step, page_url)

    def remember(self, step: model.PlannedStep, page_url: str, outcome: Remembered) -> None:
        if len(_LOCAL) >= LOCAL_LIMIT:
            _LOCAL.clear()
        _LOCAL.setdefault((self._run_id, self._field(step, page_url)), outcome)  # the first heal wins, as in Redis
        if self._redis is None:
            return  # the heal stage writes heal history: the fallback sees it
        key = KEY_PREFIX + self._run_id
        try:
            pipe = self._redis.pipeline(transaction=False)
            pipe.hsetnx(key, self._field(step, page_url), json.dumps(outcome.to_json()))  # the first heal wins
            pipe.expire(key, TTL_S)
            pipe.execute()
        except _redis_errors() as exc:
            log.warning("heal memo: Redis unreachable (%s); not remembered", exc)

    def _field(self, step: model.PlannedStep, page_url: str) -> str:
        return heal_key(self._app, step, page_url)

    def _from_history(self, step: model.PlannedStep, page_url: str) -> Remembered | None:
        if step.target is None:
            return None
        rows = heals.run_heal_outcomes(
            self._sessions, run_id=self._run_id, app=self._app, page=cache.normalise_page(page_url),
            signature=cache.signature(self._app, step),
        )
        accepted = next((r for r in rows if r.outcome == "accepted" and r.new_locator and r.marked_wrong_at is None), None)
        if accepted is not None:
            return Remembered(locator=model.Locator.from_json(accepted.new_locator or {}), reason=accepted.reason)
        if rows:
            return Remembered(locator=None, reason=rows[0].reason)
        return None


def heal_key(app: str, step: model.PlannedStep, page_url: str) -> str:
    """The memo's key of a step: the cache signature (app, target, role, action, scope, extras) and the page."""
    return hashlib.sha256(f"{cache.signature(app, step)}\x1f{cache.normalise_page(page_url)}".encode()).hexdigest()


def known_heal(
    memo: RunHealMemo | None, session: page_session.PageSession, step: model.PlannedStep, *, timeout_ms: int
) -> model.Resolution | None:
    """This run's heal for the step, when it holds here now (the checks of a fresh heal); else None."""
    if memo is None or step.target is None:
        return None
    earlier = memo.recall(step, session.url)
    if earlier is None or earlier.locator is None or earlier.locator in memo.refused(step):
        return None
    refused, fingerprint = heal_guard.checked(session, step, earlier.locator, timeout_ms=timeout_ms)
    if refused is not None:
        return None
    return model.Resolution(
        locator=earlier.locator, source=model.LocatorSource.HEALED, confidence=earlier.confidence, fingerprint=fingerprint,
    )


def heal_once(
    memo: RunHealMemo | None,
    session: page_session.PageSession,
    step: model.PlannedStep,
    *,
    problem: str,
    old: model.Locator | None,
    timeout_ms: int,
    heal: Callable[[Collection[model.Locator]], Any],
) -> Any:
    """``heal(refused)`` (heal.heal_step) unless this run already healed the target on this page."""
    if memo is None:
        return heal(frozenset())
    from pacts_farm.healing.heal import Healed  # the stage's result type

    page = session.url
    earlier = memo.recall(step, page)
    if earlier is not None and earlier.locator is not None and earlier.locator not in memo.refused(step):
        refused, fingerprint = heal_guard.checked(session, step, earlier.locator, timeout_ms=timeout_ms)
        if refused is not None and session.dismiss_overlays():  # the earlier heal may have had to reveal the page
            session.settle(300)
            refused, fingerprint = heal_guard.checked(session, step, earlier.locator, timeout_ms=timeout_ms)
        if refused is not None:
            why = f"{problem}; the heal found earlier in this run does not hold here: {refused}"
            raise errors.HealFailed(why, attempts=(model.HealAttempt(strategy="memo", round=1, accepted=False, reason=why[:300]),))
        reason = f"{problem}; reused this run's heal: {earlier.locator.describe()}"
        attempt = model.HealAttempt(strategy="memo", round=1, accepted=True, reason=reason[:300])
        resolution = model.Resolution(
            locator=earlier.locator, source=model.LocatorSource.HEALED, confidence=earlier.confidence, fingerprint=fingerprint,
        )
        event = model.HealEvent(step_index=step.index, old_locator=old, new_locator=earlier.locator, strategy="memo",
                                round=1, reason=reason, duration_ms=0.0)
        return Healed(resolution=resolution, event=event, attempts=(attempt,))
    if earlier is not None and earlier.locator is None:
        why = f"{problem}; healing this target already failed earlier in this run ({earlier.reason[:200]})"
        raise errors.HealFailed(why, attempts=(model.HealAttempt(strategy="memo", round=1, accepted=False, reason=why[:300]),))
    try:
        healed = heal(memo.refused(step))
    except errors.HealFailed as exc:
        memo.remember(step, page, Remembered(locator=None, reason=exc.message[:300]))
        raise
    if not heal_guard.in_scope(step.target, healed.resolution.locator):  # never remembered, never used
        why = f"{problem}; the heal's {healed.resolution.locator.describe()} is outside the step's scope"
        raise errors.HealFailed(why, attempts=(*healed.attempts, model.HealAttempt(strategy="scope", round=1, accepted=False, reason=why[:300])))
    memo.remember(step, page, Remembered(locator=healed.resolution.locator, reason=healed.event.reason[:300],
                                         confidence=healed.resolution.confidence))
    return healed


def mark_wrong(sessions: Sessions, selector_cache: cache.SelectorCache, heal_id: int, *, by: str, now: datetime) -> heals.MarkedWrong:
    """Mark a heal wrong in the store and drop its locator from both cache layers (CLI and dashboard)."""
    marked = heals.mark_wrong(sessions, heal_id, by=by, now=now)
    selector_cache.forget(marked.heal.app, marked.forgotten)
    _WRONG.clear()  # this process's runs read the list again
    return marked


def _redis_errors() -> tuple[type[BaseException], ...]:
    import redis

    return (redis.ConnectionError, redis.TimeoutError)


def for_run(sessions: Sessions, redis_client: Any | None, *, run_id: str, plan: model.Plan) -> RunHealMemo:
    """The memo an item of this run executes with: its app's memo and the app's wrong locators (read once per run)."""
    app = cache.app_origin(plan.start_url)
    return RunHealMemo(run_id=run_id, app=app, sessions=sessions, redis_client=redis_client,
                       wrong=lambda: run_wrong_locators(sessions, run_id=run_id, app=app))


def run_wrong_locators(sessions: Sessions, *, run_id: str, app: str) -> Mapping[str, frozenset[model.Locator]]:
    """The app's wrong locators per target, read once per run and process (again after WRONG_FRESH_S)."""
    now = time.monotonic()
    held = _WRONG.get((run_id, app))
    if held is not None and held[1] is sessions and now - held[0] < WRONG_FRESH_S:
        return held[2]
    wrong = heals.wrong_locators(sessions, app=app)
    if len(_WRONG) >= 1000:
        _WRONG.clear()
    _WRONG[(run_id, app)] = (now, sessions, wrong)
    return wrong


def without_wrong(
    sessions: Sessions, app: str, learned: list[tuple[model.PlannedStep, str, model.Resolution]], *, run_id: str
) -> list[tuple[model.PlannedStep, str, model.Resolution]]:
    """What may enter the selector cache: never a locator marked wrong for its target."""
    wrong = run_wrong_locators(sessions, run_id=run_id, app=app)
    return [(s, page, r) for s, page, r in learned if not s.target or r.locator not in wrong.get(s.target.text[:500], ())]

"""Plan + a live page -> StepResults: resolve each target (cache hint, else a heal the run or the cache
already knows, else discovery, else heal), pass the actionability gate, act or assert; evidence when
something fails. Every re-found target is a heal event with old -> new and what changed."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Protocol, TypeVar

from pacts_farm import errors, model, secrecy
from pacts_farm.browser import patience
from pacts_farm.claude import pick
from pacts_farm.finding import discover, dropdowns, intent, ratings, reveal
from pacts_farm.healing import heal, heal_guard, heal_memo
from pacts_farm.browser import page_session


_T = TypeVar("_T")
ACCEPT_OFFERED = 0.7  # a dropdown found by the value it offers, not by its name


class LocatorMemory(Protocol):
    def recall(self, step: model.PlannedStep, page_url: str) -> model.Resolution | None: ...


class RefreshingMemory(LocatorMemory, Protocol):
    def recall_again(self, step: model.PlannedStep, page_url: str) -> model.Resolution | None:
        """A newer locator than recall() gave (another item healed it meanwhile), or None."""


class _StepError(Exception):
    def __init__(self, message: str, *, resolution: model.Resolution | None = None,
                 candidates: tuple[model.Candidate, ...] = ()) -> None:
        super().__init__(message)
        self.resolution = resolution
        self.candidates = candidates


def run_plan(
    session: page_session.PageSession,
    plan: model.Plan,
    *,
    timeouts: model.Timeouts,
    environ: Mapping[str, str],
    memory: LocatorMemory | None = None,
    heal_rounds: int = heal.DEFAULT_ROUNDS,
    ladders: Mapping[int, Sequence[str]] | None = None,
    assist: heal.Assist | None = None,
    memo: heal_memo.RunHealMemo | None = None,
    picker: pick.Picker | None = None,
) -> model.Execution:
    """Run the plan; ``ladders`` orders each step's heal strategies (from heal history); ``assist`` breaks heal ties;
    ``picker`` (Claude) picks among verified candidates for an action's target the rules could not resolve."""
    started = time.perf_counter()
    timeouts = timeouts.with_defaults()  # the farm's defaults were filled in by the pipeline; these for direct calls
    results: list[model.StepResult] = []
    evidence: model.Evidence | None = None
    scrub = secrecy.plan_values(plan, environ)
    session.secrets = scrub
    clock = _PhaseClock()
    try:
        with clock.phase("navigation_ms"):
            session.goto(plan.start_url, timeouts.navigation_ms)
    except page_session.StepFailed as exc:
        if _browser_lost(session, exc):
            return _ended(plan, results, started, None, None, infrastructure=secrecy.mask_values(f"browser died opening the start page: {exc}", scrub), phases=clock.phases())
        if session.hung_after_s is not None:
            return _ended(plan, results, started, None, f"start page: {_hang_message(session)}", phases=clock.phases())
        evidence = clock.timed("evidence_ms", lambda: session.evidence(None, scrub=scrub))
        return _ended(plan, results, started, evidence, f"start page: {exc}{session.policy_note()}", phases=clock.phases())
    for step in plan.steps:
        t0 = time.perf_counter()
        if (t0 - started) * 1000 > timeouts.item_ms:
            results.append(
                model.StepResult(
                    index=step.index, text=step.text, action=step.action, outcome=model.Outcome.FAILED,
                    duration_ms=0.0, page_url=_safe_url(session),
                    error=f"the requirement ran past its time limit of {timeouts.item_ms} ms",
                )
            )
            evidence = clock.timed("evidence_ms", lambda: session.evidence(None, scrub=scrub))
            break
        runner = _StepRunner(session, step, timeouts, environ, memory, heal_rounds, ladders, assist=assist, memo=memo)
        runner.picker = picker
        try:
            try:
                resolution, healed = runner.run()
            finally:
                clock.add_step(step.action, _ms(t0), runner.resolve_ms)
        except _StepError as exc:
            if _browser_lost(session, exc):
                return _ended(plan, results, started, None, None, infrastructure=secrecy.mask_values(f"browser died during step {step.index + 1}: {exc}", scrub), phases=clock.phases())
            hung = session.hung_after_s is not None
            message = secrecy.mask_values(_hang_message(session) if hung else str(exc) + session.policy_note(), scrub)
            results.append(
                model.StepResult(
                    index=step.index, text=step.text, action=step.action, outcome=model.Outcome.FAILED,
                    duration_ms=_ms(t0), resolution=exc.resolution, page_url=runner.page_url or _safe_url(session),
                    error=message, candidates=exc.candidates, drifted=runner.drifted, heal_attempts=runner.attempts,
                )
            )
            if not hung:
                evidence = clock.timed("evidence_ms", lambda: session.evidence(exc.resolution.locator if exc.resolution else None, scrub=scrub))
            break
        except Exception as exc:
            if session.hung_after_s is not None:
                results.append(
                    model.StepResult(
                        index=step.index, text=step.text, action=step.action, outcome=model.Outcome.FAILED,
                        duration_ms=_ms(t0), page_url=_safe_url(session), error=_hang_message(session),
                    )
                )
                break
            if page_session.is_browser_gone(exc) or _browser_lost(session, exc):
                return _ended(plan, results, started, None, None, infrastructure=secrecy.mask_values(f"browser died during step {step.index + 1}: {exc}", scrub), phases=clock.phases())
            raise
        results.append(
            model.StepResult(
                index=step.index, text=step.text, action=step.action,
                outcome=model.Outcome.HEALED if healed else model.Outcome.PASSED,
                duration_ms=_ms(t0), resolution=resolution, page_url=runner.page_url, heal=healed,
                drifted=runner.drifted, heal_attempts=runner.attempts,
            )
        )
    return _ended(plan, results, started, evidence, None, phases=clock.phases())


class _PhaseClock:
    """Adds up where an item's browser time goes (model.Phases)."""

    _STEP_PHASE = {model.Action.NAVIGATE: "navigation_ms", model.Action.GO_BACK: "navigation_ms", model.Action.RELOAD: "navigation_ms"}

    def __init__(self) -> None:
        self.totals = dict.fromkeys(model.PHASE_NAMES, 0.0)

    @contextmanager
    def phase(self, name: str) -> Iterator[None]:
        started = time.perf_counter()
        try:
            yield
        finally:
            self.totals[name] += _ms(started)

    def timed(self, name: str, work: Callable[[], _T]) -> _T:
        with self.phase(name):
            return work()

    def add_step(self, action: model.Action, spent_ms: float, resolve_ms: float) -> None:
        kind = self._STEP_PHASE.get(action) or ("assertions_ms" if action.is_assertion or action is model.Action.WAIT_FOR else "actions_ms")
        self.totals["resolution_ms"] += resolve_ms
        self.totals[kind] += max(spent_ms - resolve_ms, 0.0)

    def phases(self) -> model.Phases:
        return model.Phases(**self.totals)


class _StepRunner:
    """One step: resolve, gate, act or assert."""

    def __init__(self, session: page_session.PageSession, step: model.PlannedStep, timeouts: model.Timeouts,
                 environ: Mapping[str, str], memory: LocatorMemory | None, heal_rounds: int,
                 ladders: Mapping[int, Sequence[str]] | None, *, assist: heal.Assist | None = None,
                 memo: heal_memo.RunHealMemo | None = None) -> None:
        self.memo = memo  # heal once per run; never a locator marked wrong
        self.picker: pick.Picker | None = None  # Claude, for an action's target the rules could not resolve
        self.session = session
        self.ladders = ladders  # read only when the step needs healing (it may come from the store)
        self.assist = assist
        self.step = step
        self.environ = environ
        self.memory = memory
        self.heal_rounds = heal_rounds
        self.page_url: str | None = None
        self.resolution: model.Resolution | None = None
        self.candidates: tuple[model.Candidate, ...] = ()
        self.tag: str | None = None  # the element's tag when the warm path already saw it
        self.drifted = False
        self.opened: tuple[reveal.Opened, ...] = ()  # closed menus opened to reach the target
        self.acts_as: model.Action | None = None  # a value chosen in a menu is an item clicked (reveal.menu_choice)
        self.attempts: tuple[model.HealAttempt, ...] = ()
        self.resolve_ms = 0.0  # time spent finding and gating the element (cache check, discovery, heal)
        self.one_trip = not step.action.is_assertion  # an action's warm check may leave uniqueness to the action
        self.uniqueness_unchecked = False  # the resolution came from that one-trip check
        checks = step.action.is_assertion or step.action is model.Action.WAIT_FOR
        action_ms = timeouts.action_ms or model.DEFAULT_ACTION_MS
        self.timeout_ms = step.timeout_ms or (timeouts.assertion_ms if checks else action_ms)
        self.navigation_ms = max(timeouts.navigation_ms, self.timeout_ms)
        # an action stops waiting for a missing target once the page is idle; a check, or a step that named its
        # own timeout, waits its whole time (a check gets back time the page's main thread was blocked)
        self.idle_ms = None if checks or step.timeout_ms else timeouts.idle_ms
        self.cap_ms = max(action_ms, self.timeout_ms)
        # a failing wait or check ends early only on a settled page (settled.py); a step's own timeout is waited out
        self.settle_ms = 0 if step.timeout_ms else (timeouts.settle_ms or 0)

    def run(self) -> tuple[model.Resolution | None, model.HealEvent | None]:
        self.session.step_clock = patience.StepClock(started=time.monotonic(), idle_ms=self.idle_ms, cap_ms=self.cap_ms,
                                                     settle_ms=self.settle_ms)
        try:
            return self._run()
        finally:
            self.session.step_clock = None

    def _run(self) -> tuple[model.Resolution | None, model.HealEvent | None]:
        step, session, A = self.step, self.session, model.Action
        try:
            if step.action is A.NAVIGATE:
                session.goto(_absolute(session.url, step.value or "/"), self.navigation_ms)
                return None, None
            if step.action in (A.GO_BACK, A.RELOAD):
                (session.go_back if step.action is A.GO_BACK else session.reload)(self.navigation_ms)
                return None, None
            session.scripts_ready(self.timeout_ms)
            if step.action is A.PRESS and step.target is None:
                session.press_key(step.value or "Enter")
                return None, None
            if step.action not in (A.EXPECT_URL, A.EXPECT_TITLE):
                session.wait_for_loaded(self.timeout_ms)  # no step reads or acts on what a loading mask covers
            if step.action in (A.EXPECT_URL, A.EXPECT_TITLE):
                check = session.expect_url if step.action is A.EXPECT_URL else session.expect_title
                self._bounded(lambda timeout: check(step.value or "", step.match, timeout))
                return None, None
            if step.target is None:  # text assertions and waits
                visible = step.action is not A.EXPECT_HIDDEN
                self._bounded(lambda timeout: session.expect_text(step.value or "", visible=visible, timeout_ms=timeout))
                return None, None
            if step.action is A.EXPECT_HIDDEN:
                return self._expect_hidden_element()
            if step.action is A.EXPECT_COUNT:  # a group counted in the page, not one element: nothing to resolve
                self._bounded(lambda timeout: session.expect_count(step.target, int(step.value or "0"), step.match, timeout))
                return None, None
            if step.action is A.EXPECT_ORDER:
                self._bounded(lambda timeout: session.expect_order(step.target, step.value or "", step.match, timeout))
                return None, None
            resolving = time.perf_counter()
            try:
                resolution, healed = self._resolve()
            finally:
                self.resolve_ms = _ms(resolving)
            if step.action in (A.EXPECT_VISIBLE, A.WAIT_FOR):
                self._bounded(lambda timeout: session.expect_element(resolution.locator, visible=True, timeout_ms=timeout))
            elif step.action is A.EXPECT_TEXT and step.target.descriptor == ratings.DESCRIPTOR:  # "the rating shows 4 stars"
                self._bounded(lambda timeout: session.expect_rating(resolution.locator, step.value or "0", timeout))
            elif step.action is A.EXPECT_TEXT:
                seen = self.tag or (resolution.fingerprint.tag if resolution.fingerprint else None)
                absent = step.match is model.Match.NOT_CONTAINS  # "X is not listed in the cart"
                self._bounded(lambda timeout: session.expect_element_text(resolution.locator, step.value or "", timeout, tag=seen, absent=absent))
            elif step.action is A.EXPECT_STATE:
                self._bounded(lambda timeout: session.expect_state(resolution.locator, step.value or "", timeout))
            elif step.action is A.EXPECT_VALUE:
                self._bounded(lambda timeout: session.expect_value(resolution.locator, step.value or "", timeout))
            elif step.action is A.EXPECT_ATTRIBUTE:
                self._bounded(lambda timeout: session.expect_attribute(resolution.locator, step.attribute or "", step.value, step.match, timeout))
            else:
                value = secrecy.resolve(step.value, self.environ) if step.value is not None else None
                try:
                    session.act(self.acts_as or step.action, resolution.locator, value, self.timeout_ms, tag=self.tag)
                except page_session.NotUnique:
                    if not self.uniqueness_unchecked:
                        raise
                    # the one-trip warm check saw one ready element, but the locator finds more: the full way
                    self.uniqueness_unchecked, self.one_trip, self.tag = False, False, None
                    resolution, healed = self._resolve()
                    session.act(self.acts_as or step.action, resolution.locator, value, self.timeout_ms, tag=self.tag)
            return resolution, healed
        except page_session.StepFailed as exc:
            raise _StepError(str(exc), resolution=self.resolution) from None

    def _bounded(self, check: Callable[[int], None]) -> None:
        """A web-first assertion within the step's timeout; if it fails while the page's main thread was blocked,
        it runs again for the blocked time (up to the step's cap): a genuine mismatch fails at the timeout, or
        earlier once the page has settled (settled.py)."""
        waiting = self.session.waiting(self.timeout_ms)
        timeout = self.timeout_ms
        while True:
            try:
                check(timeout)
                return
            except page_session.ConcludedEarly:
                raise
            except page_session.StepFailed as exc:
                more = waiting.extension_ms()
                if more:
                    timeout = int(more)
                    continue
                if timeout == self.timeout_ms:
                    raise
                blocked = waiting.last.busy_ms / 1000 if waiting.last else 0.0
                raise page_session.StepFailed(
                    f"{exc} (checked for {waiting.elapsed_ms() / 1000:.1f} s in all: {self.timeout_ms} ms and the"
                    f" {blocked:.1f} s the page's main thread was blocked)"
                ) from None

    def _resolve(self) -> tuple[model.Resolution, model.HealEvent | None]:
        """Cached hint (verified); else a heal the run or the cache already knows (no wait on a stale locator);
        else live discovery; a failing target is healed unless it is asserted."""
        step, session = self.step, self.session
        assert step.target is not None
        self.page_url = session.url
        resolution: model.Resolution | None = None
        problem = ""
        hint = self.memory.recall(step, session.url) if self.memory else None
        if hint is not None and not heal_guard.in_scope(step.target, hint.locator):
            hint = None  # a locator narrowed to another item is never used for this one
        drifted: model.Resolution | None = None
        started = time.perf_counter()
        if hint is not None and self._hint_ready(hint):
            self.resolution = hint
            return hint, None
        known = self._known(hint, started)
        if known is not None:
            return known
        if hint is not None and self._hint_holds(hint):
            resolution = hint
        else:
            drifted = hint
            self.drifted = hint is not None
            try:
                resolution = discover.find(session, step.target, step.action, timeout_ms=self.timeout_ms)
            except errors.LocatorAmbiguous as exc:
                if self.picker is None or step.action.is_assertion:
                    raise _StepError(exc.message, candidates=exc.candidates) from None
                return self._picked(exc.message, exc.candidates, ())
            except errors.LocatorNotFound as exc:
                problem = exc.message
                self.candidates = exc.candidates
                if step.action is model.Action.SELECT and step.value and hint is None:
                    resolution = self._offering(step.value)  # the one dropdown offering the value (dropdowns.py)
        if resolution is not None and self.memo is not None and resolution.locator in self.memo.refused(step):
            problem, resolution = f"{resolution.locator.describe()} was marked wrong for this target by a person", None
        if resolution is not None and not step.action.is_assertion:
            gate = session.wait_for_gate(resolution.locator, self.timeout_ms, thorough=False)
            if gate.ok:
                self.resolution = resolution
                if drifted is not None and drifted.locator != resolution.locator:
                    return self._rediscovered(drifted, resolution, started)
                self.drifted = False  # discovery found the cached locator's element again: it was late, not drifted
                return resolution, None
            problem = f"{resolution.locator.describe()} is {', '.join(gate.reasons)}"
            if gate.reasons == ("disabled",) and drifted is None:  # the element the step names, in the app's own state
                raise _StepError(f"{problem}: the app keeps it disabled; no other element is used instead",
                                 resolution=resolution, candidates=self.candidates)
        elif resolution is not None:
            self.resolution = resolution
            if drifted is not None and drifted.locator != resolution.locator:  # an assertion's target, re-found
                return self._rediscovered(drifted, resolution, started)
            return resolution, None
        if resolution is None:
            missing = heal_guard.scope_missing(session, step.target)
            if missing is not None:  # the item is gone or renamed: fail, naming it
                raise _StepError(f"{problem}; {missing}", candidates=self.candidates)
        if step.action.is_assertion:
            raise _StepError(problem, resolution=resolution, candidates=self.candidates)
        opened = self._in_closed_menu(problem)
        if opened is not None:
            return opened
        failed = resolution or drifted
        try:
            healed = heal_memo.heal_once(
                self.memo, session, step, problem=problem, old=failed.locator if failed else None, timeout_ms=self.timeout_ms,
                heal=lambda refused: heal.heal_step(
                    session, step, failed=failed, problem=problem, rounds=self.heal_rounds,
                    ladder=self.ladders.get(step.index, heal.LADDER) if self.ladders is not None else heal.LADDER,
                    assist=self.assist, refused=refused,
                ),
            )
        except errors.LocatorError as exc:
            self.attempts = exc.attempts if isinstance(exc, errors.HealFailed) else ()
            # nothing matched (an element that matched but is unusable, e.g. disabled, is the app's state: no pick),
            # and the heal did not already ask Claude
            if self.picker is not None and resolution is None and not any(a.strategy == "llm" for a in self.attempts):
                return self._picked(exc.message, exc.candidates or self.candidates, self.attempts)
            raise _StepError(exc.message, resolution=resolution, candidates=exc.candidates or self.candidates) from None
        if not heal_guard.in_scope(step.target, healed.resolution.locator):
            raise _StepError(f'{problem}; the heal found {healed.resolution.locator.describe()}, outside "{step.target.scope}"',
                             resolution=resolution, candidates=self.candidates)
        self.attempts = healed.attempts
        self.resolution = healed.resolution
        return healed.resolution, dataclasses.replace(healed.event, changed=heal_guard.changes(step, failed, healed.resolution))

    def _in_closed_menu(self, problem: str) -> tuple[model.Resolution, model.HealEvent | None] | None:
        """The target is hidden in a closed menu: open it as a person would and resolve again (once per step);
        None when no hidden element matches (a heal may then look further)."""
        if self.opened:
            return None
        assert self.step.target is not None
        choice = reveal.menu_choice(self.step)
        if choice is not None and self.acts_as is None:
            return self._chosen_in_menu(*choice)
        try:
            opened = reveal.open_menu_holding(self.session, self.step.target, self.step.action, timeout_ms=self.timeout_ms)
        except reveal.MenuStuck as exc:
            raise _StepError(f"{problem}; {exc}", candidates=self.candidates) from None
        if not opened:
            return None
        self.opened = opened
        resolution, healed = self._resolve()
        self.resolution = dataclasses.replace(resolution, opened="; ".join(o.describe() for o in opened))
        return self.resolution, healed

    def _chosen_in_menu(self, toggle: model.Target, item: model.PlannedStep) -> tuple[model.Resolution, model.HealEvent | None]:
        """A value chosen in a menu that is not a dropdown field: its control clicked, then the item clicked in it."""
        try:
            try:
                opener = discover.find(self.session, toggle, model.Action.CLICK, timeout_ms=self.timeout_ms)
            except errors.LocatorNotFound:  # "the filter menu" opened by a control that says "Filter"
                toggle = dataclasses.replace(toggle, text=intent.menu_named(toggle.text) or toggle.text)
                opener = discover.find(self.session, toggle, model.Action.CLICK, timeout_ms=self.timeout_ms)
        except errors.LocatorError as exc:
            raise _StepError(f"no dropdown field or menu matches {toggle.text!r}: {exc.message}", candidates=exc.candidates) from None
        self.session.act(model.Action.CLICK, opener.locator, None, self.timeout_ms)
        self.step, self.acts_as = item, model.Action.CLICK
        resolution, healed = self._resolve()
        self.resolution = dataclasses.replace(resolution, opened=f"opened the {toggle.text} by clicking {opener.locator.describe()}")
        return self.resolution, healed

    def _offering(self, value: str) -> model.Resolution | None:
        """The only control whose options include ``value``, when the name said matches none."""
        found = [loc for loc in dropdowns.offering(self.session.page, value) if self.session.count(loc) == 1]
        if len(found) != 1:
            return None
        return model.Resolution(locator=found[0], source=model.LocatorSource.DISCOVERED, confidence=ACCEPT_OFFERED,
                                fingerprint=self.session.fingerprint(found[0]))

    def _known(
        self, stale: model.Resolution | None, started: float
    ) -> tuple[model.Resolution, model.HealEvent | None] | None:
        """A heal already known for this step's key, used at once: this run's memo, then the cache asked again."""
        step, session = self.step, self.session
        if not step.action.is_assertion:
            healed = heal_memo.known_heal(self.memo, session, step, timeout_ms=0)
            if healed is not None and (stale is None or healed.locator != stale.locator):
                self.drifted = stale is not None
                old = stale.locator.describe() if stale else "no cached locator"
                reason = f"this run already healed this step here: {old} -> {healed.locator.describe()}"
                self.attempts = (model.HealAttempt(strategy="memo", round=1, accepted=True, reason=reason[:300]),)
                return self._rediscovered(stale, healed, started, strategy="memo", reason=reason)
        again = getattr(self.memory, "recall_again", None)
        fresh = again(step, session.url) if again is not None else None
        if fresh is None or not heal_guard.in_scope(step.target, fresh.locator) or not self._hint_ready(fresh):
            return None
        if stale is None:  # the cache learned this step after the item looked: a plain hit
            self.resolution = fresh
            return fresh, None
        self.drifted = True
        reason = f"cached {stale.locator.describe()} no longer matches; the cache learned {fresh.locator.describe()} meanwhile"
        return self._rediscovered(stale, fresh, started, strategy="cache", reason=reason)

    def _picked(
        self, problem: str, candidates: tuple[model.Candidate, ...], attempts: tuple[model.HealAttempt, ...]
    ) -> tuple[model.Resolution, None]:
        """The rules could not resolve the target: Claude's pick among verified candidates, or the step fails."""
        assert self.picker is not None
        refused = self.memo.refused(self.step) if self.memo is not None else frozenset()
        try:
            picked = pick.pick_target(self.session, self.step, self.picker, problem=problem, timeout_ms=self.timeout_ms, refused=refused)
        except errors.LocatorError as exc:
            self.attempts = attempts + (exc.attempts if isinstance(exc, errors.HealFailed) else ())
            raise _StepError(exc.message, candidates=candidates) from None
        self.attempts = attempts + (picked.attempt,)
        self.resolution = picked.resolution
        return picked.resolution, None

    def _rediscovered(
        self, cached: model.Resolution | None, found: model.Resolution, started: float, *,
        strategy: str = "rediscover", reason: str | None = None,
    ) -> tuple[model.Resolution, model.HealEvent]:
        """The cached locator drifted and the element was found again: a heal, reported as one, with what changed."""
        healed = model.Resolution(locator=found.locator, source=model.LocatorSource.HEALED,
                                  confidence=found.confidence, fingerprint=found.fingerprint)
        old = cached.locator if cached else None
        event = model.HealEvent(
            step_index=self.step.index,
            old_locator=old,
            new_locator=found.locator,
            strategy=strategy,
            round=1,
            reason=reason or f"cached {old.describe() if old else 'locator'} no longer matches (drift); rediscovered {found.locator.describe()}",
            duration_ms=(time.perf_counter() - started) * 1000,
            changed=heal_guard.changes(self.step, cached, healed),
        )
        self.resolution = healed
        if self.memo is not None and strategy == "rediscover" and not self.step.action.is_assertion:
            self.memo.remember(self.step, self.session.url, heal_memo.Remembered(
                locator=found.locator, reason=event.reason[:300], confidence=found.confidence))  # later items: at once
        return healed, event

    def _hint_ready(self, hint: model.Resolution) -> bool:
        """The warm path: the cached element is there, unchanged and usable now.

        First the strict check in Playwright's own world (exact name); only an element that is found but
        differs, or is not usable yet, gets the full inspection (a close name is still the same element).
        """
        needs_gate = not self.step.action.is_assertion  # assertions wait for their own condition
        if hint.fingerprint is not None:
            try:
                count, ready = self.session.ready(hint.locator, hint.fingerprint, gate=needs_gate, count_first=not self.one_trip)
            except Exception as exc:
                if page_session.is_browser_gone(exc):
                    raise
                return False
            if ready:
                self.tag = hint.fingerprint.tag
                self.uniqueness_unchecked = self.one_trip
                return True
            if count > 1 or (count == 0 and not self.one_trip):
                return False
        try:
            seen = self.session.inspect(hint.locator, gate=needs_gate)
        except Exception as exc:
            if page_session.is_browser_gone(exc):
                raise
            return False
        if seen.count != 1 or seen.fingerprint is None or (needs_gate and seen.gate is None):
            return False
        self.tag = seen.fingerprint.tag
        gate_ok = seen.gate.ok if seen.gate is not None else True
        return gate_ok and discover.fingerprints_agree(hint.fingerprint, seen.fingerprint)

    def _hint_holds(self, hint: model.Resolution) -> bool:
        """A cached locator is used only if it still finds one element that looks like before."""
        try:
            if self.session.count(hint.locator) != 1:
                return False
            return discover.fingerprints_agree(hint.fingerprint, self.session.fingerprint(hint.locator))
        except Exception as exc:
            if page_session.is_browser_gone(exc):
                raise
            return False

    def _expect_hidden_element(self) -> tuple[model.Resolution | None, None]:
        """Passes only once no visible element is what the target names (hidden copies of it do not count); a
        position ("the third product is not visible") is checked on the one element at that position."""
        target = self.step.target
        assert target is not None
        if target.position is not None:
            return self._expect_hidden_at_position()
        waiting = self.session.waiting(self.timeout_ms)
        seen: model.Resolution | None = None  # the one element seen shown, by a locator that finds it alone (for exports)
        tried = False
        while True:
            shown = discover.shown_matches(self.session, target, self.step.action)
            if not shown:
                return seen, None
            if len(shown) == 1 and not tried:
                tried = True
                seen = discover.resolution_of(self.session, shown[0], target)
            if waiting.over():
                listed = "; ".join(discover.describe_element(s.element) for s in shown[:5])
                raise _StepError(f"expected no visible {target.text!r}, but {len(shown)} visible element(s) match it:"
                                 f" {listed}{waiting.note()}")
            self.session.page.wait_for_timeout(100)

    def _expect_hidden_at_position(self) -> tuple[model.Resolution | None, None]:
        target = self.step.target
        assert target is not None and target.position is not None
        try:
            resolution = discover.resolve_once(self.session, target, self.step.action)
        except errors.LocatorNotFound as exc:
            if len(discover.shown_matches(self.session, target, self.step.action)) >= abs(target.position):
                raise _StepError(f"expected no visible {self.step.target.text!r}; {exc.message}", candidates=exc.candidates) from None
            return None, None  # fewer than that position are shown: hidden, as expected
        except errors.LocatorAmbiguous as exc:
            raise _StepError(f"expected no visible {self.step.target.text!r}; {exc.message}", candidates=exc.candidates) from None
        self._bounded(lambda timeout: self.session.expect_element(resolution.locator, visible=False, timeout_ms=timeout))
        return resolution, None


def _ended(
    plan: model.Plan,
    results: list[model.StepResult],
    started: float,
    evidence: model.Evidence | None,
    start_error: str | None,
    infrastructure: str | None = None,
    *,
    phases: model.Phases = model.Phases(),
) -> model.Execution:
    done = {r.index for r in results}
    for step in plan.steps:
        if step.index not in done:
            failed_start = start_error is not None and step.index == plan.steps[0].index
            results.append(
                model.StepResult(
                    index=step.index, text=step.text, action=step.action,
                    outcome=model.Outcome.FAILED if failed_start else model.Outcome.SKIPPED,
                    duration_ms=0.0, error=start_error if failed_start else None,
                )
            )
    return model.Execution(
        steps=tuple(results), duration_ms=_ms(started), evidence=evidence, infrastructure_error=infrastructure,
        phases=phases,
    )


def _absolute(current: str, value: str) -> str:
    from urllib.parse import urljoin

    return urljoin(current, value)


def _safe_url(session: page_session.PageSession) -> str | None:
    try:
        return session.url
    except Exception:  # the page may be gone; the URL is only context
        return None


def _browser_lost(session: page_session.PageSession, exc: BaseException) -> bool:
    """The browser process died under the step (a crash, not the test): an infrastructure error."""
    return session.hung_after_s is None and (session.browser_gone or page_session.is_browser_gone(exc))


def _hang_message(session: page_session.PageSession) -> str:
    return (
        f"the page stopped responding: still busy {session.hung_after_s:.0f} s into the item (a script that never"
        " yields or a load that never ends); its browser was restarted"
    )


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000

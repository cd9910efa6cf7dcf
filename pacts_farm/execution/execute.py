"""Plan + a live page -> StepResults: each step's target resolved (resolver.py: cache hint, else a heal the run or
the cache already knows, else discovery, else heal), then act or assert within the step's time; evidence when
something fails. Every re-found target is a heal event with old -> new and what changed."""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import replace
from typing import TypeVar

from pacts_farm import errors, model, secrecy
from pacts_farm.browser import page_session, patience, settled
from pacts_farm.claude import pick
from pacts_farm.execution import resolver
from pacts_farm.finding import discover, ratings
from pacts_farm.healing import heal, heal_memo


_T = TypeVar("_T")


class _StepError(resolver.Unresolved):
    """The step's action or check failed (its target may have resolved): why, with what it had found."""


def run_plan(
    session: page_session.PageSession,
    plan: model.Plan,
    *,
    timeouts: model.Timeouts,
    environ: Mapping[str, str],
    memory: resolver.LocatorMemory | None = None,
    heal_rounds: int = heal.DEFAULT_ROUNDS,
    ladders: Mapping[int, Sequence[str]] | None = None,
    assist: heal.Assist | None = None,
    memo: heal_memo.RunHealMemo | None = None,
    picker: pick.Picker | None = None,
) -> model.Execution:
    """Run the plan; ``ladders`` orders each step's heal strategies (from heal history); ``assist`` breaks heal ties;
    ``picker`` (Claude) picks among verified candidates for an action's target the rules could not resolve."""
    started = time.perf_counter()
    helpers = resolver.Helpers(memory=memory, memo=memo, ladders=ladders, assist=assist, picker=picker, heal_rounds=heal_rounds)
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
    for position, step in enumerate(plan.steps):
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
        runner = _StepRunner(session, step, timeouts, environ, helpers)
        session.next_controls = _next_controls(plan.steps[position + 1:])
        following = plan.steps[position + 1] if position + 1 < len(plan.steps) else None
        if following is not None and following.action.answers_dialog:  # the dialog this step opens is answered as said
            session.arm_dialog_answer("accept" if following.action is model.Action.ACCEPT_DIALOG else "dismiss")
        try:
            try:
                resolution, healed = runner.run()
            finally:
                clock.add_step(step.action, _ms(t0), runner.resolve_ms)
        except resolver.Unresolved as exc:  # the target was not resolved, or the step failed on it (_StepError)
            if _browser_lost(session, exc):
                return _ended(plan, results, started, None, None, infrastructure=secrecy.mask_values(f"browser died during step {step.index + 1}: {exc}", scrub), phases=clock.phases())
            hung = session.hung_after_s is not None
            message = secrecy.mask_values(_hang_message(session) if hung else str(exc) + session.policy_note(), scrub)
            results.append(
                model.StepResult(
                    index=step.index, text=step.text, action=step.action, outcome=model.Outcome.FAILED,
                    duration_ms=_ms(t0), resolution=exc.resolution, page_url=runner.target.page_url or _safe_url(session),
                    error=message, candidates=exc.candidates, drifted=runner.target.drifted, heal_attempts=runner.target.attempts,
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
                duration_ms=_ms(t0), resolution=resolution, page_url=runner.target.page_url, heal=healed,
                drifted=runner.target.drifted, heal_attempts=runner.target.attempts,
            )
        )
    return _ended(plan, results, started, evidence, None, phases=clock.phases())


_SIGNS_IN = re.compile(r"(?i)\b(?:log(?:ged|ging)?|sign(?:ed|ing)?)\s*(?:in|on)\b|\blogin\b")
_USER_NAME = frozenset({"username", "user name", "user", "login", "email", "e-mail", "email address"})


def _user_name_of_a_sign_in(step: model.PlannedStep) -> bool:
    """The user name a sign-in sentence types ("Log in as admin"), as that reading names its field, not a field said."""
    return step.target is not None and not step.target.exact and step.target.text.lower() in _USER_NAME \
        and _SIGNS_IN.search(step.text or "") is not None


_IN_A_FORM = frozenset({model.Action.FILL, model.Action.SELECT, model.Action.CHECK, model.Action.UNCHECK, model.Action.CLICK})


def _next_controls(steps: Sequence[model.PlannedStep]) -> tuple[str, ...]:
    """The controls the next few steps use on this page ("Password", "Log in"), up to the first that leaves it."""
    names: list[str] = []
    for step in steps[:3]:
        if step.action in (model.Action.NAVIGATE, model.Action.GO_BACK, model.Action.RELOAD):
            break
        if step.action in _IN_A_FORM and step.target is not None:
            names.append(step.target.text)
    return tuple(names)


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
                 environ: Mapping[str, str], helpers: resolver.Helpers) -> None:
        self.session = session
        self.step = step
        self.environ = environ
        self.resolve_ms = 0.0  # time spent finding and gating the element (cache check, discovery, heal)
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
        self.settle_window_ms = timeouts.settle_ms or settled.DEFAULT_SETTLE_MS  # a check of what stays waits for it
        self.target = resolver.TargetResolver(session, step, helpers, timeout_ms=self.timeout_ms)

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
            if step.action is A.PAUSE:
                session.pause(step.timeout_ms or 0)
                return None, None
            if step.action.answers_dialog:
                return self._answered_dialog()
            if step.action is A.WAIT_FOR and step.target is None and step.value is None:  # "Wait for the page to load"
                session.wait_for_page_load(self.timeout_ms)
                return None, None
            session.scripts_ready(self.timeout_ms)
            if step.settled and step.action.is_assertion:  # "still on the login page": on the page as it stays
                session.until_settled(self.timeout_ms, self.settle_window_ms)
            if step.action is A.PRESS and step.target is None:
                session.press_key(step.value or "Enter")
                return None, None
            if step.action is A.TYPE_TEXT:
                self._bounded(lambda timeout: session.type_into_focus(step.value or "", timeout))
                return None, None
            if step.action not in (A.EXPECT_URL, A.EXPECT_TITLE, A.EXPECT_PAGE):
                session.wait_for_loaded(self.timeout_ms)  # no step reads or acts on what a loading mask covers
            if step.action is A.EXPECT_PAGE:
                self._bounded(lambda timeout: session.expect_page(step.value or "", timeout))
                return None, None
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
            if step.action is A.EXPECT_EACH:
                self._bounded(lambda timeout: session.expect_each(step.target, step.value or "", timeout))
                return None, None
            if step.action is A.EXPECT_ORDER:
                self._bounded(lambda timeout: session.expect_order(step.target, step.value or "", step.match, timeout))
                return None, None
            if step.target.descriptor == model.PAGE_LINK and session.shows_page(step.target.text):
                return None, None  # "Open the login page" on the login page: nothing to click
            if step.action is A.FILL and _user_name_of_a_sign_in(step) and session.asks_only_a_password():
                return None, None  # "Log in as admin" where the sign-in form asks only a password: no user name to type
            resolving = time.perf_counter()
            try:
                resolution, healed = self.target.resolve()
            except resolver.Unresolved as unresolved:
                if step.action is A.WAIT_FOR and unresolved.ambiguous:
                    return None, None  # "Wait for the pins to appear": several match equally, so they have appeared
                if not self._absent_from_every_list():
                    raise
                # "X is not in the list" where no one list is found (none, or several alike): X shown nowhere on the
                # page is not in any of them, so that is checked instead, never less
                self._bounded(lambda timeout: session.expect_text(step.value or "", visible=False, timeout_ms=timeout))
                return None, None
            finally:
                self.resolve_ms = _ms(resolving)
            if step.action in (A.EXPECT_VISIBLE, A.WAIT_FOR):
                self._bounded(lambda timeout: session.expect_element(resolution.locator, visible=True, timeout_ms=timeout))
            elif step.action is A.EXPECT_TEXT and step.target.descriptor == ratings.DESCRIPTOR:  # "the rating shows 4 stars"
                self._bounded(lambda timeout: session.expect_rating(resolution.locator, step.value or "0", timeout))
            elif step.action is A.EXPECT_TEXT and step.target.descriptor == model.OPTIONS:  # "has the options A, B"
                absent = step.match is model.Match.NOT_CONTAINS  # "the Queue dropdown does not offer Security"
                self._bounded(lambda timeout: session.expect_option(resolution.locator, step.value or "", timeout, absent=absent))
            elif step.action is A.EXPECT_TEXT:
                seen = self.target.tag or (resolution.fingerprint.tag if resolution.fingerprint else None)
                absent = step.match is model.Match.NOT_CONTAINS  # "X is not listed in the cart"
                self._bounded(lambda timeout: session.expect_element_text(resolution.locator, step.value or "", timeout, tag=seen, absent=absent))
                if step.target.descriptor == "list" and not absent:  # '"Dracula" is in the results': in a result
                    session.expect_shown_in_an_item(resolution.locator, step.value or "", self.timeout_ms)
            elif step.action is A.EXPECT_STATE:
                self._bounded(lambda timeout: session.expect_state(resolution.locator, step.value or "", timeout))
            elif step.action is A.EXPECT_VALUE:
                self._bounded(lambda timeout: session.expect_chosen(resolution.locator, step.value or "", timeout))
            elif step.action is A.EXPECT_ATTRIBUTE:
                self._bounded(lambda timeout: session.expect_attribute(resolution.locator, step.attribute or "", step.value, step.match, timeout))
            else:
                value = secrecy.resolve(step.value, self.environ) if step.value is not None else None
                target = self.target
                value = target.value_as if target.value_as is not None else value  # an option clicked: chosen in its select
                said = step.target.text if step.target is not None else None
                try:
                    session.act(target.acts_as or step.action, resolution.locator, value, self.timeout_ms, tag=target.tag, said=said)
                except page_session.NotUnique:
                    if not target.uniqueness_unchecked:
                        raise
                    resolution, healed = target.resolve_fully()
                    session.act(target.acts_as or step.action, resolution.locator, value, self.timeout_ms, tag=target.tag, said=said)
            return resolution, healed
        except page_session.StepFailed as exc:
            raise _StepError(str(exc), resolution=self.target.resolution) from None

    def _absent_from_every_list(self) -> bool:
        step = self.step
        return (step.action is model.Action.EXPECT_TEXT and step.match is model.Match.NOT_CONTAINS and step.target is not None
                and step.target.descriptor == "list")

    def _answered_dialog(self) -> tuple[None, None]:
        """The browser dialog the step before opened was answered as this step says, and said what it must."""
        try:
            kind, message, _ = self.session.answered_dialog(self.timeout_ms)
        finally:
            self.session.arm_dialog_answer(None)
        expected = self.step.value
        if expected and " ".join(expected.split()).casefold() not in " ".join(message.split()).casefold():
            raise page_session.StepFailed(f'the {kind} dialog said "{message}", not "{expected}"')
        return None, None

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
            if not shown and target.scope and not target.section:
                # "tom is not in the Users table": no box around tom says Users, but the part under the heading Users holds him
                shown = discover.shown_matches(self.session, replace(target, scope=None, section=target.scope), self.step.action)
            if not shown:
                if not target.scope or self.session.shows_text(target.scope):
                    return seen, None
                if waiting.over():
                    # "tom is not in the Users table" on a page with no Users: nothing was looked in, nothing is proven
                    raise _StepError(f"expected no visible {target.text!r} in {target.scope!r}, but nothing on the page shows"
                                     f" {target.scope!r}: the part to look in is not there{waiting.note()}")
            if len(shown) == 1 and not tried:
                tried = True
                seen = discover.resolution_of(self.session, shown[0], target)
            if shown and waiting.over():
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

"""A step's target -> a verified, usable Resolution, composed once: the cached hint (verified on the page), a heal
this run or the cache already knows, live discovery, a closed menu opened, the heal ladder, then Claude's pick.
execute.py asks it for every step that acts on or checks one element; it keeps what it learned on the way
(drift, heal attempts, the menu it opened) for the step's result."""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Mapping, Sequence
from typing import Protocol

from pacts_farm import errors, model
from pacts_farm.browser import page_session
from pacts_farm.claude import pick
from pacts_farm.finding import discover, dropdowns, intent, reveal
from pacts_farm.healing import heal, heal_guard, heal_memo

ACCEPT_OFFERED = 0.7  # a dropdown found by the value it offers, not by its name


_CHOSEN = frozenset({model.Action.SELECT, model.Action.EXPECT_VALUE})  # a value chosen in a dropdown, or one of radios


class LocatorMemory(Protocol):
    def recall(self, step: model.PlannedStep, page_url: str) -> model.Resolution | None: ...


class RefreshingMemory(LocatorMemory, Protocol):
    def recall_again(self, step: model.PlannedStep, page_url: str) -> model.Resolution | None:
        """A newer locator than recall() gave (another item healed it meanwhile), or None."""


class Unresolved(Exception):
    """The target could not be resolved to a usable element: why, what was found (if anything) and the candidates."""

    def __init__(self, message: str, *, resolution: model.Resolution | None = None,
                 candidates: tuple[model.Candidate, ...] = (), ambiguous: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.resolution = resolution
        self.candidates = candidates
        self.ambiguous = ambiguous  # several visible elements fit equally well (not: none fits)


@dataclasses.dataclass(frozen=True, kw_only=True, slots=True)
class Helpers:
    """What a run lends every step's resolver: the locator memory, this run's heals, the heal ladders, Claude."""

    memory: LocatorMemory | None = None
    memo: heal_memo.RunHealMemo | None = None
    ladders: Mapping[int, Sequence[str]] | None = None  # read only when a step needs healing (from heal history)
    assist: heal.Assist | None = None  # Claude, breaking heal ties
    picker: pick.Picker | None = None  # Claude, for an action's target the rules could not resolve
    heal_rounds: int = heal.DEFAULT_ROUNDS


class TargetResolver:
    """One step's target, resolved once (again only after a one-trip warm check proved too hopeful)."""

    def __init__(self, session: page_session.PageSession, step: model.PlannedStep, helpers: Helpers, *, timeout_ms: int) -> None:
        self.session = session
        self.step = step
        self.memory = helpers.memory
        self.memo = helpers.memo  # heal once per run; never a locator marked wrong
        self.ladders = helpers.ladders
        self.assist = helpers.assist
        self.picker = helpers.picker
        self.heal_rounds = helpers.heal_rounds
        self.timeout_ms = timeout_ms
        self.page_url: str | None = None
        self.resolution: model.Resolution | None = None
        self.candidates: tuple[model.Candidate, ...] = ()
        self.tag: str | None = None  # the element's tag when the warm path already saw it
        self.drifted = False
        self.opened: tuple[reveal.Opened, ...] = ()  # closed menus opened to reach the target
        self.acts_as: model.Action | None = None  # a value chosen in a menu is an item clicked (reveal.menu_choice)
        self.value_as: str | None = None  # an option clicked is chosen in its select: the option's text
        self.attempts: tuple[model.HealAttempt, ...] = ()
        self.one_trip = not step.action.is_assertion  # an action's warm check may leave uniqueness to the action
        self.uniqueness_unchecked = False  # the resolution came from that one-trip check

    def resolve_fully(self) -> tuple[model.Resolution, model.HealEvent | None]:
        """The one-trip warm check saw one ready element, but the locator finds more: resolve the full way."""
        self.uniqueness_unchecked, self.one_trip, self.tag = False, False, None
        return self.resolve()

    def resolve(self) -> tuple[model.Resolution, model.HealEvent | None]:
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
                checked_for = step.value if step.action is model.Action.EXPECT_TEXT else None
                resolution = discover.find(session, step.target, step.action, timeout_ms=self.timeout_ms, says=checked_for)
            except errors.LocatorAmbiguous as exc:
                if self.picker is None or step.action.is_assertion:
                    raise Unresolved(exc.message, candidates=exc.candidates, ambiguous=True) from None
                return self._picked(exc.message, exc.candidates, ())
            except errors.LocatorNotFound as exc:
                problem = exc.message
                self.candidates = exc.candidates
                if step.action is model.Action.SELECT and step.value and hint is None:
                    resolution = self._offering(step.value)  # the one dropdown offering the value (dropdowns.py)
                if resolution is None and step.action in _CHOSEN and step.value and hint is None:
                    resolution = self._radio_choice(step.target.text, step.value)
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
                raise Unresolved(f"{problem}: the app keeps it disabled; no other element is used instead",
                                 resolution=resolution, candidates=self.candidates)
        elif resolution is not None:
            self.resolution = resolution
            if drifted is not None and drifted.locator != resolution.locator:  # an assertion's target, re-found
                return self._rediscovered(drifted, resolution, started)
            return resolution, None
        if resolution is None:
            missing = heal_guard.scope_missing(session, step.target)
            if missing is not None:  # the item is gone or renamed: fail, naming it
                raise Unresolved(f"{problem}; {missing}", candidates=self.candidates)
        if step.action.is_assertion:
            raise Unresolved(problem, resolution=resolution, candidates=self.candidates)
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
            raise Unresolved(exc.message, resolution=resolution, candidates=exc.candidates or self.candidates) from None
        if not heal_guard.in_scope(step.target, healed.resolution.locator):
            raise Unresolved(f'{problem}; the heal found {healed.resolution.locator.describe()}, outside "{step.target.scope}"',
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
        hidden = reveal.hidden_matches(self.session, self.step.target, self.step.action)
        option = self._option_of_a_select(hidden) if self.step.action is model.Action.CLICK and self.acts_as is None else None
        if option is not None:
            return option, None
        try:
            opened = reveal.open_menu_holding(self.session, self.step.target, self.step.action, timeout_ms=self.timeout_ms,
                                              matches=hidden)
        except reveal.MenuStuck as exc:
            raise Unresolved(f"{problem}; {exc}", candidates=self.candidates) from None
        if not opened:
            return None
        self.opened = opened
        resolution, healed = self.resolve()
        self.resolution = dataclasses.replace(resolution, opened="; ".join(o.describe() for o in opened))
        return self.resolution, healed

    def _option_of_a_select(self, matches: list[discover.Scored]) -> model.Resolution | None:
        """'Choose the product "Shopfront Web"': what the step names (``matches``, its hidden matches) is an option of a
        native <select> (hidden in its closed list, and no control opens that list the way a menu opens): that option
        chosen in its select."""
        if not matches or matches[0].element.get("tag") != "option":
            return None
        held = self.session.select_holding(matches[0].element["i"])
        found = self.session.found_alone(model.Locator(strategy=model.Strategy.CSS, value=held[0]), 0.9) if held else None
        if held is None or found is None:
            return None
        self.acts_as, self.value_as = model.Action.SELECT, held[1]
        self.resolution = dataclasses.replace(found, opened=f"{held[1]!r} {model.CHOSEN_IN_ITS_SELECT}")
        return self.resolution

    def _chosen_in_menu(self, toggle: model.Target, item: model.PlannedStep) -> tuple[model.Resolution, model.HealEvent | None]:
        """A value chosen in a menu that is not a dropdown field: its control clicked, then the item clicked in it."""
        try:
            try:
                opener = discover.find(self.session, toggle, model.Action.CLICK, timeout_ms=self.timeout_ms)
            except errors.LocatorNotFound:  # "the filter menu" opened by a control that says "Filter"
                toggle = dataclasses.replace(toggle, text=intent.menu_named(toggle.text) or toggle.text)
                opener = discover.find(self.session, toggle, model.Action.CLICK, timeout_ms=self.timeout_ms)
        except errors.LocatorError as exc:
            raise Unresolved(f"no dropdown field or menu matches {toggle.text!r}: {exc.message}", candidates=exc.candidates) from None
        self.session.act(model.Action.CLICK, opener.locator, None, self.timeout_ms)
        self.step, self.acts_as = item, model.Action.CLICK
        resolution, healed = self.resolve()
        self.resolution = dataclasses.replace(resolution, opened=f"opened the {toggle.text} by clicking {opener.locator.describe()}")
        return self.resolution, healed

    def _radio_choice(self, group: str, value: str) -> model.Resolution | None:
        """The radio labelled ``value`` in the group of radios named as the dropdown was (page_session ticks it
        to choose it, and checks that it is ticked for a check of what is chosen)."""
        return self._the_only(dropdowns.radio_choice(self.session.page, group, value))

    def _offering(self, value: str) -> model.Resolution | None:
        """The only control whose options include ``value``, when the name said matches none."""
        return self._the_only(dropdowns.offering(self.session.page, value))

    def _the_only(self, locators: Sequence[model.Locator]) -> model.Resolution | None:
        """The one of ``locators`` that finds a single element, when exactly one does (found by a value, not a name)."""
        found = [loc for loc in locators if self.session.count(loc) == 1]
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
            raise Unresolved(exc.message, candidates=candidates) from None
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

"""How long a step waits, as Playwright does: within its budget, not a fixed few seconds.

An action may wait up to its budget (Timeouts.action_ms, 15 s unless said otherwise) for its element to appear
and become usable while the page is working: its main thread blocked by long tasks, elements added or removed,
state attributes (disabled, hidden, class, ...) changing, downloads finishing, the document still loading.
Once the page has shown no such work for the step's idle time (Timeouts.idle_ms, 5 s) and still nothing
matches, waiting longer would not help: the wait ends there, so a target that is simply not there does not
make a failing run slow. Sooner still, a wait ends once the page is provably settled (settled.py: nothing
pending that could change it within the wait's time, no change for Timeouts.settle_ms). A step that names
its own timeout waits all of it.

An assertion keeps its own bounded timeout; only time the page's main thread was blocked during it is given
back (up to the step's budget), so a genuine mismatch still fails at the assertion's timeout.

No I/O here: the page is probed through ``probe(window_ms, limit_ms)`` (page_session.PageSession.activity), which
answers within ``limit_ms`` even when the page's main thread is blocked.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from pacts_farm.browser import settled

MIN_EXTENSION_MS = 250  # less blocked time than this is not worth another try of an assertion


@dataclass(frozen=True, kw_only=True, slots=True)
class Activity:
    """What the page did lately (from an in-page probe)."""

    quiet_ms: float  # since it last showed work: elements added/removed, state attributes, long tasks, downloads, loading
    busy_ms: float  # main-thread time spent in long tasks within the probe's window
    watched_ms: float  # how long the page has kept this record (it starts at the first probe of a document)

    @property
    def worked(self) -> bool:
        """Did the page show any work while it was watched (or is it blocked or loading now)?"""
        return self.busy_ms >= MIN_EXTENSION_MS or self.quiet_ms < self.watched_ms - 50


@dataclass(frozen=True, kw_only=True, slots=True)
class StepClock:
    """The step being run: when it started, its idle time (None: wait the whole budget) and the most it may take."""

    started: float  # time.monotonic()
    idle_ms: int | None
    cap_ms: int
    settle_ms: int = 0  # a wait or check may end once the page has been settled this long (0: never; settled.py)


class Waiting:
    """One bounded wait inside a step (discovery, the gate, an assertion).

    ``over()`` says when to stop: the wait's own budget is spent (extended by time the page was blocked, up to
    the step's cap), the page has been idle for the step's idle time (both since the step began and by the
    page's own record), or the page is settled (``still``, when the step has a settle window).
    """

    def __init__(self, probe: Callable[[float, float], Activity], budget_ms: int, clock: StepClock | None,
                 still: settled.Probe | None = None) -> None:
        self._probe = probe
        self._clock = clock
        self._still = still if clock is not None and clock.settle_ms > 0 else None
        self.budget_ms = budget_ms
        self.started = time.monotonic()
        self._looked_at = self.started  # the look over() judges began after the previous over() returned
        self.ended_by: str | None = None  # "idle", "settled" or "time", once over() said so
        self.last: Activity | None = None  # the page's activity at the last probe
        self.stillness: settled.Stillness | None = None  # the page's record when it ended the wait settled

    def elapsed_ms(self) -> float:
        return (time.monotonic() - self.started) * 1000

    def over(self) -> bool:
        """Called after each failed look at the page (and only then)."""
        try:
            return self._over()
        finally:
            self._looked_at = time.monotonic()

    def _over(self) -> bool:
        elapsed = self.elapsed_ms()
        clock = self._clock
        if clock is None:  # outside a step (a direct call): the plain budget
            return self._end("time") if elapsed >= self.budget_ms else False
        step_elapsed = (time.monotonic() - clock.started) * 1000
        if self._still is not None:
            left = max(clock.cap_ms - step_elapsed, self.budget_ms - elapsed, 0.0)
            stillness = self._still(left)
            if stillness.settled(clock.settle_ms, since_ms=(time.monotonic() - self._looked_at) * 1000):
                self.stillness = stillness
                return self._end("settled")
        idle_due = clock.idle_ms is not None and step_elapsed >= clock.idle_ms
        if elapsed < self.budget_ms and not idle_due:
            if self.last is None and clock.idle_ms is not None:
                self.last = self._probe(elapsed, self._limit_ms(step_elapsed))  # the page keeps its record from now on
            return False
        activity = self.last = self._probe(elapsed, self._limit_ms(step_elapsed))
        if clock.idle_ms is not None and min(activity.quiet_ms, step_elapsed) >= clock.idle_ms:
            return self._end("idle")
        if elapsed >= self._allowed_ms(activity, step_elapsed - elapsed):
            return self._end("time")
        return False

    def extension_ms(self) -> float:
        """After a failed bounded check: how much longer it may run, given the time the page was blocked (0: none)."""
        elapsed = self.elapsed_ms()
        if self._clock is None:
            return 0.0
        step_elapsed = (time.monotonic() - self._clock.started) * 1000
        activity = self.last = self._probe(elapsed, self._limit_ms(step_elapsed))
        left = self._allowed_ms(activity, step_elapsed - elapsed) - elapsed
        return left if left >= MIN_EXTENSION_MS else 0.0

    def _limit_ms(self, step_elapsed: float) -> float:
        """How long a probe may wait for a blocked page: what is left of the step's cap (at least the wait's budget)."""
        assert self._clock is not None
        return max(self._clock.cap_ms - step_elapsed, self.budget_ms - self.elapsed_ms(), 0.0)

    def _allowed_ms(self, activity: Activity, spent_before_ms: float) -> float:
        """This wait's budget plus the blocked time, never past the step's cap."""
        assert self._clock is not None
        room = max(self._clock.cap_ms - spent_before_ms, self.budget_ms)
        return min(self.budget_ms + activity.busy_ms, room)

    def _end(self, why: str) -> bool:
        self.ended_by = why
        return True

    def note(self) -> str:
        """Why the wait ended, for the failure message ("" when it ran its plain budget)."""
        seconds = self.elapsed_ms() / 1000
        if self.ended_by == "settled" and self.stillness is not None:
            return (f" (waited {seconds:.1f} s; the page had settled: nothing changed for {self.stillness.quiet_ms / 1000:.1f} s"
                    " and nothing pending could change it)")
        if self.ended_by == "idle" and self._clock is not None and self._clock.idle_ms is not None:
            return f" (waited {seconds:.1f} s; the page was idle for the last {self._clock.idle_ms / 1000:g} s)"
        last = self.last
        if self.ended_by == "time" and last is not None:
            if last.busy_ms >= MIN_EXTENSION_MS:
                return f" (waited {seconds:.1f} s; the page was still busy: its main thread was blocked for {last.busy_ms / 1000:.1f} s of it)"
            if last.worked:
                return f" (waited {seconds:.1f} s; the page was still busy: still loading or changing)"
        return ""

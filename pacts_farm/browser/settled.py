"""A failing check may stop before its timeout only on a settled page: one nothing can change any more.

A check that fails (an assertion, or a wait for an element that is missing or unusable) normally waits its
whole timeout, in case the page is still getting there. It concludes early only when the page is provably
settled, by a record an init script (settled.js) keeps in every document from its first moment:

- the document has finished loading and is not navigating away, and no request is in flight (fetch, XHR,
  or any request the browser reports for the page: scripts, images, frames, navigations);
- no timer is due within the time the check could still take (up to the step's cap), and no animation
  frame, idle callback, scheduled task, IndexedDB request, running animation, loading font or playing media
  is pending; no WebSocket, EventSource, worker or broadcast channel is open;
- nothing changed for the settle window (Timeouts.settle_ms, 500 ms unless said otherwise; PACTS_SETTLE_MS):
  no DOM change (shadow roots included), no asynchronous callback, no input event, no message;
- and the check's last look at the page came after that last change.

Anything else — a page still loading, a request pending, a timer due, a main thread too busy to answer —
and the check waits its timeout as before. settle_ms 0 turns this off; a step that names its own timeout
always waits all of it. Frames are asked one by one; a frame without the record is never settled.

No Playwright here: the page is asked through ``probe(horizon_ms)`` (page_session.PageSession.stillness).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

from pacts_farm import bundled

INIT_SCRIPT = bundled.text("browser", "settled.js")
# One frame's record (a frame whose document has none is never settled).
REPORT = "(horizon) => window.__pactsSettled ? window.__pactsSettled.report(horizon) : { quiet_ms: 0, pending: ['no record of this frame'] }"
DEFAULT_SETTLE_MS = 500
SLICE_MS = 250  # a Playwright assertion runs in slices this long; the page is asked between them


@dataclass(frozen=True, kw_only=True, slots=True)
class Stillness:
    """What the page's record says now."""

    quiet_ms: float  # since the last change (DOM, asynchronous callback, input event, message)
    pending: tuple[str, ...] = ()  # what could still change the page within the horizon asked about

    def settled(self, settle_ms: int, *, since_ms: float) -> bool:
        """Nothing pending, quiet for the settle window and since the check last looked (``since_ms`` ago)."""
        return settle_ms > 0 and not self.pending and self.quiet_ms >= max(settle_ms, since_ms)

    @property
    def changing(self) -> tuple[str, ...]:
        """What is pending that ends by itself (``ONGOING`` aside)."""
        return tuple(p for p in self.pending if p not in ONGOING)

    def steady(self, settle_ms: int) -> bool:
        """Nothing pending that ends and quiet for the settle window: what a check of what stays waits for ("still on
        the login page")."""
        return self.quiet_ms >= settle_ms and not self.changing


# what goes on without ever ending by itself, nor changing what a check reads: a socket kept open, a spinner's loop
ONGOING = frozenset({"an open connection or worker", "an animation running", "an animation frame or idle callback", "media playing"})


Probe = Callable[[float], Stillness]  # horizon_ms -> the page's stillness (what could change it within that time)


def note(stillness: Stillness, waited_s: float, left_ms: float) -> str:
    """Why a check ended before its timeout, for its failure message."""
    return (
        f" (concluded after {waited_s:.1f} s: the page had settled — nothing changed for {stillness.quiet_ms / 1000:.1f} s,"
        f" no request in flight, nothing due within the {left_ms / 1000:.1f} s it could still wait)"
    )


class Watch:
    """One bounded check: its deadline, and whether the page settled before it."""

    def __init__(self, timeout_ms: int, *, settle_ms: int, probe: Probe | None, reach_ms: float = 0.0) -> None:
        """``reach_ms``: the most the check may still run in all (it is given back time the page was blocked, up to
        the step's cap); nothing may be due within it for the page to count as settled."""
        self.started = time.monotonic()
        self.timeout_ms = timeout_ms
        self.deadline = self.started + timeout_ms / 1000
        self.reach = self.started + max(timeout_ms, reach_ms) / 1000
        self.settle_ms = settle_ms if probe is not None else 0
        self._probe = probe
        self.note = ""  # set when the page settled before the deadline

    @property
    def concluded(self) -> bool:
        return bool(self.note)

    def over(self, looked_at: float) -> bool:
        """After a failed look that began at ``looked_at`` (time.monotonic()): time is up, or the page settled."""
        now = time.monotonic()
        left_ms = (self.deadline - now) * 1000
        if left_ms <= 0:
            return True
        if self.settle_ms <= 0 or self._probe is None:
            return False
        horizon_ms = (self.reach - now) * 1000
        stillness = self._probe(horizon_ms)
        if stillness.settled(self.settle_ms, since_ms=(time.monotonic() - looked_at) * 1000):
            self.note = note(stillness, now - self.started, horizon_ms)
            return True
        return False

    def run(self, assertion: Callable[[int], None]) -> None:
        """A web-first assertion (``assertion(timeout_ms)``, raising AssertionError) until it passes, time is up or
        the page settled; raises the last AssertionError."""
        if self.settle_ms <= 0:
            assertion(self.timeout_ms)
            return
        while True:
            looked_at = time.monotonic()
            left_ms = (self.deadline - looked_at) * 1000
            try:
                assertion(max(1, int(min(SLICE_MS, left_ms))))
                return
            except AssertionError:
                if self.over(looked_at):
                    raise

"""patience.Waiting with a scripted page (no browser): when a wait ends, and how much time a check gets back."""

from __future__ import annotations

import time

import pytest

from pacts_farm.browser import patience, settled


class _Page:
    """A probe answering what a test says the page did; counts how often it was asked."""

    def __init__(self, *, quiet_ms: float = 0.0, busy_ms: float = 0.0, watched_ms: float = 60000.0) -> None:
        self.activity = patience.Activity(quiet_ms=quiet_ms, busy_ms=busy_ms, watched_ms=watched_ms)
        self.asked: list[tuple[float, float]] = []

    def __call__(self, window_ms: float, limit_ms: float) -> patience.Activity:
        self.asked.append((window_ms, limit_ms))
        return self.activity


def _clock(*, spent_ms: float = 0.0, idle_ms: int | None = 1000, cap_ms: int = 15000, settle_ms: int = 0) -> patience.StepClock:
    return patience.StepClock(started=time.monotonic() - spent_ms / 1000, idle_ms=idle_ms, cap_ms=cap_ms, settle_ms=settle_ms)


class _Still:
    """A settled.Probe answering what a test says the page's record holds; notes the horizons asked about."""

    def __init__(self, *, quiet_ms: float, pending: tuple[str, ...] = ()) -> None:
        self.stillness = settled.Stillness(quiet_ms=quiet_ms, pending=pending)
        self.horizons: list[float] = []

    def __call__(self, horizon_ms: float) -> settled.Stillness:
        self.horizons.append(horizon_ms)
        return self.stillness


def _aged(waiting: patience.Waiting, ms: float) -> patience.Waiting:
    waiting.started -= ms / 1000
    return waiting


def test_waiting_goes_on_while_the_page_works_and_ends_once_it_is_idle() -> None:
    busy = _Page(quiet_ms=200.0)
    waiting = _aged(patience.Waiting(busy, 15000, _clock(spent_ms=3000)), 3000)
    assert not waiting.over()  # past the idle time, but the page changed 200 ms ago
    idle = _Page(quiet_ms=1500.0)
    waiting = _aged(patience.Waiting(idle, 15000, _clock(spent_ms=3000)), 3000)
    assert waiting.over() and waiting.ended_by == "idle"
    assert "the page was idle for the last 1 s" in waiting.note()


def test_waiting_counts_idle_time_from_the_step_start_not_before() -> None:
    page = _Page(quiet_ms=60000.0)  # idle for a minute before the step: a click may still be about to render
    waiting = patience.Waiting(page, 15000, _clock(spent_ms=200))
    assert not waiting.over()


def test_waiting_ends_at_the_budget_on_a_page_that_never_settles() -> None:
    page = _Page(quiet_ms=10.0)
    waiting = _aged(patience.Waiting(page, 1500, _clock(spent_ms=1600, idle_ms=5000)), 1600)
    assert waiting.over() and waiting.ended_by == "time"
    assert "still loading or changing" in waiting.note()


def test_waiting_without_an_idle_time_waits_the_whole_budget() -> None:
    page = _Page(quiet_ms=60000.0)
    waiting = _aged(patience.Waiting(page, 8000, _clock(spent_ms=6000, idle_ms=None)), 6000)
    assert not waiting.over()


@pytest.mark.parametrize(("busy_ms", "expected"), [(0.0, 0.0), (100.0, 0.0), (2000.0, 2000.0), (60000.0, 12000.0)])
def test_a_check_gets_back_the_blocked_time_up_to_the_step_cap(busy_ms: float, expected: float) -> None:
    page = _Page(busy_ms=busy_ms)
    waiting = _aged(patience.Waiting(page, 3000, _clock(spent_ms=3000, idle_ms=None, cap_ms=15000)), 3000)
    assert waiting.extension_ms() == pytest.approx(expected, abs=50)


def test_a_probe_may_wait_for_a_blocked_page_only_what_is_left_of_the_step() -> None:
    page = _Page(quiet_ms=0.0)
    waiting = _aged(patience.Waiting(page, 3000, _clock(spent_ms=14000, idle_ms=None, cap_ms=15000)), 3000)
    waiting.over()
    (_, limit), = page.asked
    assert limit == pytest.approx(1000, abs=50)


def test_waiting_ends_at_once_on_a_settled_page_and_says_so() -> None:
    still = _Still(quiet_ms=800.0)
    waiting = patience.Waiting(_Page(quiet_ms=800.0), 15000, _clock(spent_ms=100, settle_ms=500), still)
    assert waiting.over() and waiting.ended_by == "settled"  # long before the idle time or the budget
    assert "the page had settled: nothing changed for 0.8 s" in waiting.note()
    assert still.horizons[0] == pytest.approx(15000, abs=200)  # timers due within what is left of the step count


@pytest.mark.parametrize("pending", [("1 request(s) in flight",), ("a timer due in 1500 ms",), ("the page is still loading",)])
def test_waiting_goes_on_while_anything_could_still_change_the_page(pending: tuple[str, ...]) -> None:
    waiting = patience.Waiting(_Page(quiet_ms=800.0), 15000, _clock(spent_ms=100, settle_ms=500), _Still(quiet_ms=800.0, pending=pending))
    assert not waiting.over()


def test_waiting_goes_on_until_the_page_was_quiet_for_the_settle_window() -> None:
    waiting = patience.Waiting(_Page(quiet_ms=300.0), 15000, _clock(spent_ms=100, settle_ms=500), _Still(quiet_ms=300.0))
    assert not waiting.over()


def test_waiting_never_asks_whether_the_page_settled_when_the_step_has_no_settle_window() -> None:
    still = _Still(quiet_ms=60000.0)
    waiting = patience.Waiting(_Page(quiet_ms=60000.0), 15000, _clock(spent_ms=100, settle_ms=0), still)
    assert not waiting.over() and still.horizons == []

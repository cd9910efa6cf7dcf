"""settled.Watch and Stillness with a scripted page (no browser): a failing check ends early only on a settled page."""

from __future__ import annotations

import time

import pytest

from pacts_farm.browser import settled


class _Page:
    """A probe whose record a test sets; counts the questions."""

    def __init__(self, *, quiet_ms: float, pending: tuple[str, ...] = ()) -> None:
        self.stillness = settled.Stillness(quiet_ms=quiet_ms, pending=pending)
        self.asked = 0

    def __call__(self, horizon_ms: float) -> settled.Stillness:
        self.asked += 1
        return self.stillness


class _Failing:
    """A web-first assertion that fails each slice at once (the text never comes), or passes from try ``passes_at``."""

    def __init__(self, passes_at: int | None = None) -> None:
        self.slices: list[int] = []
        self.passes_at = passes_at

    def __call__(self, timeout_ms: int) -> None:
        self.slices.append(timeout_ms)
        if self.passes_at is not None and len(self.slices) >= self.passes_at:
            return
        time.sleep(0.01)
        raise AssertionError("not there")


def test_stillness_needs_nothing_pending_quiet_for_the_window_and_since_the_last_look() -> None:
    assert settled.Stillness(quiet_ms=600).settled(500, since_ms=50)
    assert not settled.Stillness(quiet_ms=600, pending=("a timer due in 900 ms",)).settled(500, since_ms=50)
    assert not settled.Stillness(quiet_ms=400).settled(500, since_ms=50)
    assert not settled.Stillness(quiet_ms=600).settled(500, since_ms=700)  # it changed after the check last looked
    assert not settled.Stillness(quiet_ms=60000).settled(0, since_ms=0)  # 0: never


def test_a_failing_check_on_a_settled_page_ends_after_its_first_slice() -> None:
    page, check = _Page(quiet_ms=900), _Failing()
    watch = settled.Watch(10000, settle_ms=500, probe=page)
    with pytest.raises(AssertionError):
        watch.run(check)
    assert check.slices == [settled.SLICE_MS] and watch.concluded
    assert "the page had settled — nothing changed for 0.9 s" in watch.note


def test_a_check_on_a_page_still_working_keeps_trying_and_passes_when_the_text_comes() -> None:
    page, check = _Page(quiet_ms=900, pending=("1 request(s) in flight",)), _Failing(passes_at=3)
    watch = settled.Watch(10000, settle_ms=500, probe=page)
    watch.run(check)
    assert len(check.slices) == 3 and page.asked == 2 and not watch.concluded


def test_a_check_on_a_page_that_never_settles_fails_at_its_timeout() -> None:
    page, check = _Page(quiet_ms=10), _Failing()
    watch = settled.Watch(300, settle_ms=500, probe=page)
    started = time.monotonic()
    with pytest.raises(AssertionError):
        watch.run(check)
    assert time.monotonic() - started >= 0.3 and not watch.concluded
    assert all(0 < s <= settled.SLICE_MS for s in check.slices)


def test_without_a_settle_window_the_check_runs_once_with_its_whole_timeout() -> None:
    page, check = _Page(quiet_ms=60000), _Failing()
    watch = settled.Watch(3000, settle_ms=0, probe=page)
    with pytest.raises(AssertionError):
        watch.run(check)
    assert check.slices == [3000] and page.asked == 0


def test_a_page_is_steady_for_a_check_of_what_stays_with_a_socket_open_or_a_spinner_looping() -> None:
    ongoing = ("an open connection or worker", "an animation running", "an animation frame or idle callback")
    assert settled.Stillness(quiet_ms=600, pending=ongoing).steady(500)
    assert not settled.Stillness(quiet_ms=600, pending=("1 request(s) in flight",)).steady(500)
    assert not settled.Stillness(quiet_ms=600, pending=("a timer due in 120 ms",)).steady(500)
    assert not settled.Stillness(quiet_ms=300).steady(500)  # changed within the window

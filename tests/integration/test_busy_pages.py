"""Waits like Playwright's on real Chromium: a busy page is waited out within the step's budget, a missing
target on an idle page ends the wait once the page is idle, a genuine mismatch fails at its timeout."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.execution import execute, rootcause
from pacts_farm.planning import plan
from pacts_farm.browser import chromium
from tests import busy_pages

pytestmark = pytest.mark.browser
RC = model.RootCause


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    for path, body in busy_pages.pages(block_ms=4000).items():
        pages.add("/busy" + path, body)  # type: ignore[attr-defined]

    def run_(path: str, steps: list[str], timeouts: model.Timeouts = model.Timeouts()) -> model.Execution:
        start = pages.origin + "/busy" + path  # type: ignore[attr-defined]
        item = model.Item(key="k", requirement_id="k", title="k", start_url=start,
                          steps=tuple(model.SuiteStep(text=s) for s in steps))
        planned = plan.make_plan(item, base_url=start)
        with browser_host.session(artifacts_dir=tmp_path / "item", allowed_origins=(pages.origin,), trace="off") as session:  # type: ignore[attr-defined]
            return execute.run_plan(session, planned, timeouts=timeouts, environ={})

    return run_


def _cause(execution: model.Execution) -> model.RootCause:
    diagnosis = rootcause.classify(execution.steps, verdict=model.settle_verdict(execution))
    assert diagnosis is not None
    return diagnosis.cause


def test_busy_page_after_a_click_is_waited_out_by_the_next_action(run: Callable[..., model.Execution]) -> None:
    execution = run("/busy-then-render", ["Click Log in", "Click Add to cart", 'Verify the page shows "Added to cart"'])
    assert model.settle_verdict(execution) is model.Verdict.PASSED, execution.failed_step


def test_busy_page_gives_an_assertion_back_the_blocked_time(run: Callable[..., model.Execution]) -> None:
    execution = run("/render-then-busy", ["Click Log in", 'Verify the page shows "Welcome, Ada"', "Click Add to cart",
                                          'Verify the page shows "Added to cart"'])
    assert model.settle_verdict(execution) is model.Verdict.PASSED, execution.failed_step


def test_missing_target_on_an_idle_page_ends_the_wait_once_the_page_is_idle(run: Callable[..., model.Execution]) -> None:
    # settle_ms=0: the idle rule on its own (a settled page ends it sooner: test_settled_pages.py)
    execution = run("/idle", ["Click Checkout"], model.Timeouts(action_ms=60000, idle_ms=1000, settle_ms=0))
    failed = execution.failed_step
    assert failed is not None and failed.error is not None
    assert 'no visible element matches "Checkout"' in failed.error
    assert "the page was idle for the last 1 s" in failed.error, failed.error
    assert _cause(execution) is RC.TARGET_NOT_FOUND


def test_text_changes_alone_do_not_keep_a_missing_target_waiting(run: Callable[..., model.Execution]) -> None:
    execution = run("/ticking", ["Click Checkout"], model.Timeouts(action_ms=60000, idle_ms=1000))
    failed = execution.failed_step
    assert failed is not None and "the page was idle for the last 1 s" in (failed.error or ""), failed
    assert _cause(execution) is RC.TARGET_NOT_FOUND


def test_missing_target_on_a_page_that_keeps_changing_is_timing(run: Callable[..., model.Execution]) -> None:
    execution = run("/churning", ["Click Checkout"], model.Timeouts(action_ms=1500, idle_ms=1000))
    failed = execution.failed_step
    assert failed is not None and "the page was still busy: still loading or changing" in (failed.error or ""), failed
    assert _cause(execution) is RC.TIMING


def test_element_appearing_late_on_a_quiet_page_is_waited_for_within_the_idle_time(run: Callable[..., model.Execution]) -> None:
    execution = run("/late-button", ["Click Add to cart", 'Verify the page shows "Added to cart"'])
    assert model.settle_verdict(execution) is model.Verdict.PASSED, execution.failed_step
    assert execution.steps[0].resolution is not None
    assert execution.steps[0].resolution.source is model.LocatorSource.DISCOVERED  # found, not healed


def test_genuine_mismatch_on_an_idle_page_fails_at_the_assertion_timeout(run: Callable[..., model.Execution]) -> None:
    # settle_ms=0: no early end on a settled page (test_settled_pages.py has that side)
    execution = run("/idle", ['Verify the page shows "Welcome back"'], model.Timeouts(assertion_ms=800, settle_ms=0))
    failed = execution.failed_step
    assert failed is not None and failed.error is not None
    assert 'expected text "Welcome back" to be visible within 800 ms' in failed.error
    assert "checked for" not in failed.error  # no time given back: the page was not blocked
    assert _cause(execution) is RC.ASSERTION_MISMATCH

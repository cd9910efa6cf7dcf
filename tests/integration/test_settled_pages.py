"""A failing check ends early only on a settled page (settled.py), on real Chromium: text that a timer, a slow
fetch or a slow navigation brings still passes; text that never comes fails well before the timeout once
nothing can change the page; a page that keeps working is waited out as before."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.execution import execute
from pacts_farm.planning import plan
from pacts_farm.browser import chromium, page_session

pytestmark = pytest.mark.browser
LONG = model.Timeouts(assertion_ms=10000)  # a generous timeout: ending "well before" it is unmistakable
HEAD = "<!doctype html><html><head><title>Shop</title></head><body><h1>Shop</h1>"
PAGES = {
    "/settled/quiet": HEAD + "<p>Your basket is ready.</p><button>Pay</button></body></html>",
    "/settled/timer": HEAD + "<script>setTimeout(() => document.body.insertAdjacentHTML('beforeend', '<p>Order placed</p>'), 1500);</script></body></html>",
    "/settled/fetch": HEAD + (
        "<script>fetch('/settled/note?delay_ms=1500').then((r) => r.text())"
        ".then((t) => document.body.insertAdjacentHTML('beforeend', '<p>' + t + '</p>'));</script></body></html>"
    ),
    "/settled/xhr": HEAD + (
        "<script>const x = new XMLHttpRequest(); x.open('GET', '/settled/note?delay_ms=1500');"
        " x.onload = () => document.body.insertAdjacentHTML('beforeend', '<p>' + x.responseText + '</p>'); x.send();</script></body></html>"
    ),
    "/settled/link": HEAD + "<a href='/settled/next?delay_ms=1500'>Next</a></body></html>",
    "/settled/script-link": HEAD + (
        "<button id=go>Next</button>"
        "<script>document.getElementById('go').onclick = () => { location.href = '/settled/next?delay_ms=1500'; };</script></body></html>"
    ),
    "/settled/later": HEAD + "<script>setTimeout(() => { location.href = '/settled/next?delay_ms=1500'; }, 100);</script></body></html>",
    "/settled/next": HEAD + "<p>Welcome to the next page</p></body></html>",
    "/settled/ticking": HEAD + (
        "<p>Time: <span id=clock>0</span></p>"
        "<script>let n = 0; setInterval(() => { document.getElementById('clock').textContent = String(++n); }, 200);</script></body></html>"
    ),
    "/settled/disabled": HEAD + (
        "<form><label>First name <input name=first></label> <button type=button id=go disabled>Continue</button></form>"
        "<a href='/settled/quiet'>Continue shopping</a></body></html>"
    ),
    "/settled/enabled-later": HEAD + (
        "<button id=go disabled onclick=\"this.after('Thanks')\">Continue</button>"
        "<script>setTimeout(() => { document.getElementById('go').disabled = false; }, 1500);</script></body></html>"
    ),
}


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    for path, body in PAGES.items():
        pages.add(path, body)  # type: ignore[attr-defined]
    pages.add("/settled/note", "Order placed", raw=True)  # type: ignore[attr-defined]

    def run_(path: str, steps: list[str], timeouts: model.Timeouts = LONG) -> model.Execution:
        start = pages.origin + path  # type: ignore[attr-defined]
        item = model.Item(key="k", requirement_id="k", title="k", start_url=start,
                          steps=tuple(model.SuiteStep(text=s) for s in steps))
        with browser_host.session(artifacts_dir=tmp_path / "item", allowed_origins=(pages.origin,), trace="off") as session:  # type: ignore[attr-defined]
            return execute.run_plan(session, plan.make_plan(item, base_url=start), timeouts=timeouts, environ={})

    return run_


@pytest.mark.parametrize("path", ["/settled/timer", "/settled/fetch", "/settled/xhr"])
def test_text_a_timer_or_a_slow_request_brings_still_passes(run: Callable[..., model.Execution], path: str) -> None:
    execution = run(path, ['Verify the page shows "Order placed"'], model.Timeouts(assertion_ms=3000))
    assert model.settle_verdict(execution) is model.Verdict.PASSED, execution.failed_step


@pytest.mark.parametrize("path", ["/settled/link", "/settled/script-link"])
def test_text_on_the_next_page_of_a_slow_navigation_still_passes(run: Callable[..., model.Execution], path: str) -> None:
    execution = run(path, ["Click Next", 'Verify the page shows "Welcome to the next page"'], model.Timeouts(assertion_ms=3000))
    assert model.settle_verdict(execution) is model.Verdict.PASSED, execution.failed_step


def test_text_on_a_page_a_script_navigates_to_slowly_still_passes(run: Callable[..., model.Execution]) -> None:
    execution = run("/settled/later", ['Verify the page shows "Welcome to the next page"'], model.Timeouts(assertion_ms=3000))
    assert model.settle_verdict(execution) is model.Verdict.PASSED, execution.failed_step


def test_text_that_never_comes_fails_well_before_the_timeout_on_a_settled_page(run: Callable[..., model.Execution]) -> None:
    execution = run("/settled/quiet", ['Verify the page shows "Order placed"'])
    failed = execution.failed_step
    assert failed is not None and failed.error is not None
    assert 'expected text "Order placed" to be visible within 10000 ms' in failed.error
    assert "the page had settled" in failed.error, failed.error
    assert failed.duration_ms < 5000  # well before the 10 s timeout


def test_a_page_that_keeps_changing_is_checked_for_the_whole_timeout(run: Callable[..., model.Execution]) -> None:
    execution = run("/settled/ticking", ['Verify the page shows "Order placed"'], model.Timeouts(assertion_ms=1200))
    failed = execution.failed_step
    assert failed is not None and "settled" not in (failed.error or "")
    assert failed.duration_ms >= 1200


def test_settle_ms_zero_checks_for_the_whole_timeout(run: Callable[..., model.Execution]) -> None:
    execution = run("/settled/quiet", ['Verify the page shows "Order placed"'], model.Timeouts(assertion_ms=1200, settle_ms=0))
    failed = execution.failed_step
    assert failed is not None and "settled" not in (failed.error or "")
    assert failed.duration_ms >= 1200


def test_a_missing_target_on_a_settled_page_fails_before_the_idle_time(run: Callable[..., model.Execution]) -> None:
    execution = run("/settled/quiet", ["Click Checkout"], model.Timeouts(action_ms=60000, idle_ms=10000))
    failed = execution.failed_step
    assert failed is not None and failed.error is not None
    assert 'no visible element matches "Checkout"' in failed.error and "the page had settled" in failed.error, failed.error
    assert failed.duration_ms < 5000  # the idle time alone would have waited 10 s


def test_a_control_the_app_keeps_disabled_fails_at_once_and_nothing_else_is_clicked(run: Callable[..., model.Execution]) -> None:
    execution = run("/settled/disabled", ["Click Continue"], model.Timeouts(action_ms=60000, idle_ms=10000))
    failed = execution.failed_step
    assert failed is not None and failed.error is not None
    assert "is disabled: the app keeps it disabled; no other element is used instead" in failed.error, failed.error
    assert failed.heal is None and failed.heal_attempts == ()  # never healed onto "Continue shopping"
    assert failed.page_url is not None and failed.page_url.endswith("/settled/disabled")  # nothing navigated away
    assert failed.duration_ms < 5000  # the gate's wait ended on the settled page, not at the idle time


def test_a_control_enabled_by_a_timer_is_waited_for_and_clicked(run: Callable[..., model.Execution]) -> None:
    execution = run("/settled/enabled-later", ["Click Continue", 'Verify the page shows "Thanks"'], model.Timeouts(action_ms=60000, idle_ms=10000))
    assert model.settle_verdict(execution) is model.Verdict.PASSED, execution.failed_step


def test_the_record_only_counts_the_pages_own_timers_requests_and_frames_behave_as_before(
    open_page: Callable[..., page_session.PageSession],
) -> None:
    session = open_page("<h1>Shop</h1>")
    outcome = session.page.evaluate("""async () => {
      const seen = [];
      const cancelled = setTimeout(() => seen.push("cancelled timer ran"), 5000);
      clearTimeout(cancelled);
      setTimeout("document.title = 'string handler ran'", 10);
      setTimeout((a, b) => seen.push(`timer ${a} ${b}`), 0, "with", "arguments");
      const interval = setInterval(() => { seen.push("interval"); clearInterval(interval); }, 5);
      await new Promise((resolve) => requestAnimationFrame((t) => { seen.push(typeof t); resolve(); }));
      const missing = await fetch("/no-such-page");
      seen.push(`fetch ${missing.status}`);
      try { await fetch("http://[bad"); } catch (error) { seen.push(error.name); }
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { seen, title: document.title };
    }""")
    assert outcome["title"] == "string handler ran"
    assert sorted(outcome["seen"]) == sorted(["timer with arguments", "interval", "number", "fetch 404", "TypeError"])
    stillness = session.stillness(60000)
    assert stillness.pending == ()  # the cancelled timer, the finished interval and requests count no more

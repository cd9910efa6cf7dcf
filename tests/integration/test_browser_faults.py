"""The browser boundary under hostile pages: a stuck renderer is cut off by the watchdog, the host relaunches."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from playwright.sync_api import Error as PlaywrightError

from pacts_farm import model
from pacts_farm.browser import chromium, page_session

pytestmark = pytest.mark.browser


def test_browser_watchdog_kills_a_page_stuck_in_a_script_and_the_host_relaunches(
    browser_host: chromium.BrowserHost, pages, tmp_path: Path  # type: ignore[no-untyped-def]
) -> None:
    # the session's host (a thread runs one Playwright); it relaunches its browser for the tests after this one
    url = pages.add("/stuck", "<p>busy soon</p>")
    started = time.monotonic()
    with browser_host.session(artifacts_dir=tmp_path, allowed_origins=(pages.origin,), trace="off", watchdog_s=6) as session:
        session.goto(url, 5000)  # six seconds of room: a slow start page on a busy machine is not the stuck script
        session.page.evaluate("setTimeout(() => { while (true) {} }, 0)")
        with pytest.raises(PlaywrightError):
            session.page.evaluate("() => document.title")  # never answers: only the watchdog ends it
        assert session.hung_after_s == 6 and session.browser_gone
        assert session.evidence(None, scrub=()).dom_excerpt is None  # no evaluate on a dead page
    assert time.monotonic() - started < 30
    assert not browser_host.alive and chromium.browser_pids(browser_host._marker) == []
    with browser_host.session(artifacts_dir=tmp_path, allowed_origins=(pages.origin,), trace="off") as session:
        session.goto(pages.add("/fine", "<p>fine</p>"), 5000)
        assert session.visible_text(20) == "fine" and browser_host.open_contexts == 1
    assert browser_host.open_contexts == 0


def test_browser_refuses_non_web_urls_and_names_blocked_navigations(open_page, pages) -> None:  # type: ignore[no-untyped-def]
    other = "http://127.0.0.2:8123"
    session = open_page(f"<button onclick=\"location.href='{other}/x'\">Leave</button>")
    with pytest.raises(page_session.StepFailed, match="refused to open file:///etc/passwd: only http"):
        session.goto("file:///etc/passwd", 2000)
    loc = model.Locator(strategy=model.Strategy.ROLE, role="button", value="Leave", exact=True)
    session.act(model.Action.CLICK, loc, None, 2000)
    deadline = time.monotonic() + 5
    while not session.blocked_navigations and time.monotonic() < deadline:
        session.page.wait_for_timeout(50)
    assert session.blocked_navigations == [f"{other}/x"]
    assert f"tried to navigate to {other}/x, an origin this suite does not allow (allowed: {pages.origin})" in session.policy_note()


def test_a_page_helper_call_cut_off_by_a_navigation_is_made_again_on_the_new_document(open_page) -> None:  # type: ignore[no-untyped-def]
    session = open_page("<ul><li>Rye</li><li>Spelt</li></ul>")
    calls: list[str] = []

    def navigating_first(script: str, *arg: object) -> object:
        calls.append(script)
        if len(calls) == 1:  # Enter in a search box: the document goes while the helper runs
            return session.page.evaluate("() => { location.reload(); return new Promise(() => {}) }")
        return session.page.evaluate(script, *arg)
    assert session._with_helpers(navigating_first, "() => document.querySelectorAll('li').length") == 2
    assert len(calls) >= 2

    session.page.wait_for_load_state("load")
    gone: list[str] = []

    def always_gone(script: str, *arg: object) -> object:  # a document that never stays: as Playwright reports it
        gone.append(script)
        raise PlaywrightError("Execution context was destroyed, most likely because of a navigation")
    with pytest.raises(PlaywrightError):  # the error, after a bounded number of tries
        session._with_helpers(always_gone, "() => 1")
    assert len(gone) == 3

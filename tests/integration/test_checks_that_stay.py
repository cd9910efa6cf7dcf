"""Checks of what stays ("I should still be on the login page", "the URL is still /st/login", "I should not be logged
in") are made once the page has settled after the step before: made at once, they would pass on a page that moves on
a moment later. The sign-in page here answers as a server does, 400 ms after the form is sent: on success it goes to
the dashboard, on failure it shows an error and keeps the form."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

SIGN_IN = """<!doctype html><html><head><title>Sign in | Depot</title></head><body>
<main id="main"><h1>Sign in</h1><div id="notice"></div>
<form id="form" onsubmit="event.preventDefault(); const ok = user.value === 'mia' && pass.value === 'Nursery#48';
 setTimeout(() => { if (ok) { location.href = '/st/home'; }
 else { document.getElementById('notice').innerHTML = '<div class=&quot;alert alert-danger&quot;>Invalid username or password</div>'; } }, 400)">
<label>Username <input id="user" name="username"></label><label>Password <input id="pass" type="password" name="password"></label>
<button>Sign in</button></form></main></body></html>"""
HOME = "<!doctype html><html><head><title>Dashboard</title></head><body><h1>Dashboard</h1><p>Hello mia</p></body></html>"
# a page that never stops changing: a clock redrawn every 100 ms
TICKING = """<!doctype html><html><head><title>Sign in</title></head><body><h1>Sign in</h1><p id="clock"></p>
<label>Password <input type="password" name="password"></label>
<script>setInterval(() => { document.getElementById('clock').textContent = String(Date.now()); }, 100);</script></body></html>"""
# a page whose script runs every 300 ms and changes nothing (a session keep-alive's check): settled all the same
HEARTBEAT = """<!doctype html><html><head><title>Sign in</title></head><body><h1>Sign in</h1>
<label>Password <input type="password" name="password"></label>
<script>let beats = 0; setInterval(() => { beats += 1; }, 300);</script></body></html>"""

RIGHT = "Log in as mia with password Nursery#48"
WRONG = "Log in as mia with password wrong-pw-1"


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    routes = {"/st/login": SIGN_IN, "/st/home": HOME, "/st/ticking": TICKING, "/st/heartbeat": HEARTBEAT}
    return sentences.runner(browser_host, pages, tmp_path, routes, timeouts=model.Timeouts(action_ms=4000, assertion_ms=2000))


@pytest.mark.parametrize("check", [
    "I should still be on the login page",
    "Then I should not be logged in",
    "Still on login page.",
    "And I should still see the login form",
    "The URL is still /st/login",
    "Verify the password field is still visible",
])
def test_a_check_that_the_sign_in_stays_waits_for_the_answer(run: Callable[..., model.Execution], check: str) -> None:
    refused = run([WRONG, check], "/st/login")
    assert not sentences.failures(refused), "\n".join(sentences.failures(refused))
    assert refused.steps[-1].outcome is model.Outcome.PASSED
    # the right password: the dashboard comes 400 ms after Enter, so the form does not stay; checked at once, it would pass
    accepted = run([RIGHT, check], "/st/login")
    assert [s.outcome for s in accepted.steps][:-1] == [model.Outcome.PASSED] * (len(accepted.steps) - 1)
    assert accepted.steps[-1].outcome is model.Outcome.FAILED, sentences.failures(accepted)


def test_a_check_that_something_is_not_there_any_more_still_waits_for_it_to_go(run: Callable[..., model.Execution]) -> None:
    gone = run([RIGHT, "Verify the password field is not visible"], "/st/login")  # no "still": a web-first wait
    assert not sentences.failures(gone), "\n".join(sentences.failures(gone))


def test_a_page_that_never_settles_fails_the_check_that_it_stays(run: Callable[..., model.Execution]) -> None:
    execution = run(["I should still be on the login page"], "/st/ticking")
    step = execution.steps[-1]
    assert step.outcome is model.Outcome.FAILED
    assert "still changing" in (step.error or ""), step.error
    plain = run(["Verify the password field is visible"], "/st/ticking")  # said without "still": checked as it is
    assert not sentences.failures(plain), "\n".join(sentences.failures(plain))


def test_a_script_that_runs_on_and_changes_nothing_leaves_the_page_settled(run: Callable[..., model.Execution]) -> None:
    execution = run(["I should still be on the login page", "Verify the password field is still visible"], "/st/heartbeat")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))

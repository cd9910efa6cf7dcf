"""A page with two forms that ask the same ("Username or email" to log in, and again to reset a password, as a CMS's
login page has them): the field typed into is the one in the form the next steps use, and said alone it stays
ambiguous, naming both."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

LOGIN = """<!doctype html><html><head><title>Login</title></head><body>
<form id="login-form" action="/tf/logged-in" method="get"><h3>Login</h3>
<label for="login">Username or email</label><input type="text" name="login" id="login">
<label for="password">Password</label><input type="password" name="password" id="password">
<button type="submit">Log in</button></form>
<form id="forgot-form" action="/tf/reset-sent" method="get"><h3>Forgot your password?</h3>
<label for="forgot-login">Username or email</label><input type="text" name="login" id="forgot-login">
<button type="submit">Reset password</button></form></body></html>"""
LOGGED_IN = """<!doctype html><html><head><title>Welcome</title></head><body><h1>Welcome back</h1>
<p id="who"></p><script>document.getElementById("who").textContent = "Signed in as " + new URLSearchParams(location.search).get("login");</script>
</body></html>"""
RESET_SENT = """<!doctype html><html><head><title>Reset</title></head><body><h1>Reset link sent</h1>
<p id="who"></p><script>document.getElementById("who").textContent = "A link went to " + new URLSearchParams(location.search).get("login");</script>
</body></html>"""
@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    return sentences.runner(browser_host, pages, tmp_path, {"/tf/login": LOGIN, "/tf/logged-in": LOGGED_IN, "/tf/reset-sent": RESET_SENT},
                            timeouts=model.Timeouts(action_ms=3000, assertion_ms=1500))


def test_the_field_of_the_form_the_next_steps_use_to_log_in(run: Callable[..., model.Execution]) -> None:
    execution = run(["Type maria into the Username or email field", 'Type "Lantern-2026" into the Password field', 'Click "Log in"',
                     'Verify the page shows "Signed in as maria"'], "/tf/login")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


def test_the_field_of_the_form_the_next_steps_use_to_reset(run: Callable[..., model.Execution]) -> None:
    execution = run(["Type maria into the Username or email field", 'Click "Reset password"',
                     'Verify the page shows "A link went to maria"'], "/tf/login")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


def test_said_alone_the_field_stays_ambiguous(run: Callable[..., model.Execution]) -> None:
    [step] = run(["Type maria into the Username or email field"], "/tf/login").steps
    assert step.outcome is model.Outcome.FAILED and "2 elements match" in (step.error or ""), step.error

"""Signing in said in testers' own words, and checks that someone can or cannot sign in, run on a sign-in page that
answers as a server does: a moment later, the form gone on success, an error box above the form on failure. Each
check passes when the page agrees and fails at its own step when it does not (never before the answer came)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

# the password ends with "!": a sentence's closing mark must not be taken from it
SIGN_IN = """<!doctype html><html><head><title>Sign in | Depot</title></head><body>
<header><a href="/si/login">Log in</a></header><main id="main"><h1>Sign in</h1><div id="notice"></div>
<form id="form" onsubmit="event.preventDefault(); const ok = user.value === 'mia' && pass.value === 'Nursery#48!';
 setTimeout(() => { if (ok) { document.getElementById('main').innerHTML = '<h1>Dashboard</h1><p>Hello mia</p>'; }
 else { document.getElementById('notice').innerHTML = '<div class=&quot;alert alert-danger&quot;>Invalid username or password</div>'; } }, 400)">
<label>Username <input id="user" name="username"></label><label>Password <input id="pass" type="password" name="password"></label>
<button>Sign in</button></form></main></body></html>"""


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    return sentences.runner(browser_host, pages, tmp_path, {"/si/login": SIGN_IN}, timeouts=model.Timeouts(action_ms=4000, assertion_ms=2000))


@pytest.mark.parametrize("sentence", [
    "Make the login with mia, the password is Nursery#48!.",
    "Login with mia, password Nursery#48!",
    "Okay, I log in as mia with Nursery#48!",
    "Log in like mia, password is Nursery#48!",
])
def test_a_sign_in_in_the_testers_words_types_the_password_whole(run: Callable[..., model.Execution], sentence: str) -> None:
    execution = run([sentence, 'Verify the page shows "Hello mia"'], "/si/login")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


@pytest.mark.parametrize(("sentence", "failing"), [
    ("Verify mia can log in with Nursery#48!", None),
    ("Verify that mia can sign in with Nursery#48", 4),  # the login page (shown), two fills, Enter, then the check
    ("Verify that signing in as mia with Nursery#48 is rejected", None),
    ("Verify the inactive user mia cannot sign in with Nursery#48", None),
    ("Verify that signing in as mia with Nursery#48! is rejected", 4),  # it is not: the dashboard comes a moment later
    ("Verify mia cannot log in with Nursery#48!", 4),
])
def test_a_check_that_someone_can_or_cannot_sign_in_fails_at_the_check(
    run: Callable[..., model.Execution], sentence: str, failing: int | None
) -> None:
    outcomes = [s.outcome for s in run([sentence], "/si/login").steps]
    if failing is None:
        assert outcomes and all(o is model.Outcome.PASSED for o in outcomes), outcomes
    else:
        assert outcomes[:failing] == [model.Outcome.PASSED] * failing and outcomes[failing] is model.Outcome.FAILED, outcomes


def test_a_refusal_with_its_message_checks_that_message(run: Callable[..., model.Execution]) -> None:
    refused = run(["Log in as mia with password wrong-pw-1", 'The login is rejected with the "Invalid username or password" message'], "/si/login")
    assert not sentences.failures(refused), "\n".join(sentences.failures(refused))
    wrong_words = run(["Log in as mia with password wrong-pw-1", 'Verify the login fails with "Account locked"'], "/si/login")
    assert [s.outcome for s in wrong_words.steps][-2] is model.Outcome.FAILED

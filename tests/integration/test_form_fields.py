"""A field named inside one of several forms, the way people name it on a login page with a magic-link form beside a
password form (each with an email field and no label): "the email field of the password form", "the password form's
email field", "the email field above "Email Me a Link"", "the email address field next to the password", "the
dialog's email field". Each fills the field of the form the sentence names, and fails when that form has no such
field, or no form says what the sentence names: never a field in another form."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_SHOW = "event.preventDefault(); document.getElementById('out').textContent = "

# two forms side by side in a repeated column, each with an unlabelled email field (one named by its type only)
TWO_FORMS = f"""<!doctype html><html><head><title>Log in</title></head><body><h1>Log In</h1>
<div class="row"><div class="col">
 <form id="magic" onsubmit="{_SHOW}'link for ' + this.identity.value">
  <p>Enter your <strong>email address</strong>.</p>
  <input type="email" name="identity" placeholder="you@example.org">
  <button type="submit">Email Me a Link</button></form></div>
<div class="col">
 <form id="login" onsubmit="{_SHOW}'log in ' + this.email.value + ' / ' + this.password.value">
  <p>Enter your <strong>email address</strong> and <strong>password</strong>.</p>
  <input type="email" name="email" placeholder="you@example.org">
  <input type="password" name="password" placeholder="your password">
  <button type="submit">Log In</button></form></div></div>
<p id="out"></p></body></html>"""

# the form that says "password" has no email field: the newsletter's email, in another form (the box around both
# says "password" and holds one email field), is not it
NO_EMAIL_IN_PASSWORD_FORM = f"""<!doctype html><html><head><title>Settings</title></head><body><div class="settings">
<form class="newsletter" onsubmit="{_SHOW}'subscribed'"><p>Newsletter</p><input type="email" name="email"><button>Subscribe</button></form>
<form class="account" onsubmit="{_SHOW}'changed'"><p>Change your password</p><input type="password" name="password"><button>Save</button></form>
</div><p id="out"></p></body></html>"""

# an open dialog with an email field, over a page that has its own
DIALOG = f"""<!doctype html><html><head><title>Sign up</title></head><body>
<form onsubmit="{_SHOW}'page ' + this.email.value"><input type="email" name="email" placeholder="Email"><button>Go</button></form>
<div role="dialog" class="modal"><div class="title">Create Your Account</div>
 <label for="signup-email">Enter your email address.</label><input type="email" id="signup-email">
 <button type="button" onclick="document.getElementById('out').textContent = 'dialog ' + document.getElementById('signup-email').value">Email Me a Link</button>
</div><p id="out"></p></body></html>"""


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    routes = {"/ff/login": TWO_FORMS, "/ff/settings": NO_EMAIL_IN_PASSWORD_FORM, "/ff/dialog": DIALOG}
    return sentences.runner(browser_host, pages, tmp_path, routes, timeouts=model.Timeouts(action_ms=2500, assertion_ms=2000))


def _failures(execution: model.Execution) -> list[tuple[str, str, str | None]]:
    return [(s.text, s.outcome.value, s.error) for s in execution.steps if s.outcome is not model.Outcome.PASSED]


@pytest.mark.parametrize(
    "email_step",
    [
        "Enter ann@example.org in the email field of the password form",
        'Fill "ann@example.org" in the password form\'s email field',
        "Type ann@example.org into the email address field next to the password",
    ],
)
def test_the_email_field_of_the_password_form(run: Callable[..., model.Execution], email_step: str) -> None:
    execution = run([email_step, "Enter secret in the password field", "Click the Log In button",
                     'Verify the page shows "log in ann@example.org / secret"'], "/ff/login")
    assert _failures(execution) == []


def test_the_email_field_above_a_button_is_that_forms_field(run: Callable[..., model.Execution]) -> None:
    execution = run(['Fill "bo@example.org" in the email field above "Email Me a Link"', 'Click the "Email Me a Link" button',
                     'Verify the page shows "link for bo@example.org"'], "/ff/login")
    assert _failures(execution) == []


def test_an_email_field_with_no_form_named_is_ambiguous(run: Callable[..., model.Execution]) -> None:
    (step,) = run(["Enter ann@example.org in the email field"], "/ff/login").steps
    assert step.outcome is model.Outcome.FAILED and "equally well" in (step.error or "")


@pytest.mark.parametrize(
    "sentence",
    [
        "Enter ann@example.org in the email field of the signup form",  # no form says "signup"
        "Enter ann@example.org in the phone field of the password form",  # the password form has no phone field
    ],
)
def test_a_field_the_named_form_lacks_fails(run: Callable[..., model.Execution], sentence: str) -> None:
    (step,) = run([sentence], "/ff/login").steps
    assert step.outcome is model.Outcome.FAILED and step.resolution is None


def test_a_field_in_another_form_is_never_the_named_forms(run: Callable[..., model.Execution]) -> None:
    execution = run(["Enter ann@example.org in the email field of the password form"], "/ff/settings")
    (step,) = execution.steps
    assert step.outcome is model.Outcome.FAILED and step.resolution is None


def test_the_dialogs_email_field_is_the_one_in_the_open_dialog(run: Callable[..., model.Execution]) -> None:
    execution = run(["Fill \"cy@example.org\" in the dialog's email field", 'Click the "Email Me a Link" button in the dialog',
                     'Verify the page shows "dialog cy@example.org"'], "/ff/dialog")
    assert _failures(execution) == []


# a Bootstrap-like modal covering the page, with a × that closes it (what a heal dismisses to reach the page)
COVERING_DIALOG = """<!doctype html><html><head><title>Sign up</title><style>.modal { position: fixed; inset: 0;
background: #eee }</style></head><body><p>Page</p><div role="dialog" class="modal" id="signup">
<button type="button" class="close" onclick="document.getElementById('signup').remove()">&times;</button>
<div class="title">Create Your Account</div><label for="e">Enter your email address.</label><input type="email" id="e">
</div></body></html>"""


def test_a_field_missing_from_the_dialog_fails_without_closing_it(
    browser_host: chromium.BrowserHost, pages: object, tmp_path: Path
) -> None:
    run = sentences.runner(browser_host, pages, tmp_path, {"/ff/covering": COVERING_DIALOG},
                           timeouts=model.Timeouts(action_ms=1500, assertion_ms=1500))
    (step,) = run(["Fill \"555\" in the dialog's phone field"], "/ff/covering").steps
    assert step.outcome is model.Outcome.FAILED and step.resolution is None
    assert "dismissed" not in (step.error or "")  # the heal left the dialog the sentence is about open

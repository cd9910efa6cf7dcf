"""Field errors the way shadcn/ui (react-hook-form) draws them: every label carries a state-prefixed utility class
("data-[error=true]:text-destructive") that names no error, and each invalid field (aria-invalid="true") points at
its message through aria-describedby, beside a hint it also points at. The error check finds the message the
sentence says or names by its field, never a label, a hint, or the other field's message, and stays a tie, naming
both, when the sentence says neither."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_LABEL = "flex gap-2 text-sm peer-disabled:opacity-50 data-[error=true]:text-destructive"
_INPUT = "border-input aria-invalid:ring-destructive/20 aria-invalid:border-destructive"


def _field(key: str, label: str, kind: str, message: str, hint: str = "") -> str:
    described = f"{key}-description {key}-message" if hint else f"{key}-message"
    hint_box = f'<p id="{key}-description" class="text-muted-foreground text-sm">{hint}</p>' if hint else ""
    return f"""<div class="grid gap-2"><label class="{_LABEL}" for="{key}">{label}</label>
<input class="{_INPUT}" id="{key}" name="{key}" type="{kind}" aria-describedby="{described}" aria-invalid="false">{hint_box}
<p id="{key}-message" class="text-destructive text-xs" data-message="{message}" hidden></p></div>"""


# submitting the empty form marks both fields invalid and shows their messages (a data attribute holds each text)
FORM = f"""<!doctype html><html><head><title>Log in</title></head><body><h1>Login to your account</h1>
<form onsubmit="event.preventDefault(); for (const box of this.querySelectorAll('p[data-message]')) {{
  box.textContent = box.dataset.message; box.hidden = false; }}
  for (const field of this.querySelectorAll('input')) field.setAttribute('aria-invalid', 'true');">
{_field("email", "Email", "email", "Invalid email address", "We never share your email")}
{_field("password", "Password", "password", "Password is required")}
<button type="submit">Log In</button></form></body></html>"""


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    return sentences.runner(browser_host, pages, tmp_path, {"/fe/login": FORM},
                            timeouts=model.Timeouts(action_ms=3000, assertion_ms=1500))


def _failures(execution: model.Execution) -> list[tuple[str, str, str | None]]:
    return [(s.text, s.outcome.value, s.error) for s in execution.steps if s.outcome is not model.Outcome.PASSED]


def test_the_error_saying_a_text_is_the_fields_message_not_a_label(run: Callable[..., model.Execution]) -> None:
    execution = run(["Click the Log In button", 'Verify the error "Invalid email address" is visible',
                     'Verify the error message "Password is required" is shown', "Verify the Email error is visible",
                     'Verify the Password error shows "Password is required"'], "/fe/login")
    assert _failures(execution) == []
    for step in execution.steps[1:]:
        assert step.resolution is not None and "label" not in step.resolution.locator.describe(), step.resolution


@pytest.mark.parametrize(("check", "said"), [
    ('Verify the error "We never share your email" is visible', "We never share your email"),  # a hint, not an error
    ('Verify the error "Email is required" is visible', "Email is required"),
    ('Verify the Email error shows "Password is required"', "Password is required"),  # the other field's message
])
def test_a_hint_another_text_or_another_fields_message_fails(run: Callable[..., model.Execution], check: str, said: str) -> None:
    execution = run(["Click the Log In button", check], "/fe/login")
    assert model.settle_verdict(execution) is model.Verdict.FAILED, f"false pass: {check}"
    assert said in (execution.steps[1].error or ""), execution.steps[1].error


def test_an_error_the_sentence_does_not_single_out_is_a_tie_naming_both(run: Callable[..., model.Execution]) -> None:
    execution = run(["Click the Log In button", "Verify the error message is visible"], "/fe/login")
    error = execution.steps[1].error or ""
    assert execution.steps[1].outcome is model.Outcome.FAILED
    assert "Invalid email address" in error and "Password is required" in error, error


def test_no_error_before_the_form_is_sent(run: Callable[..., model.Execution]) -> None:
    execution = run(['Verify the error "Invalid email address" is visible'], "/fe/login")
    assert model.settle_verdict(execution) is model.Verdict.FAILED

"""Fields and icon buttons named the way people name them, on the demo's member portal: labels decorated with a
split asterisk, a trailing colon, "(optional)", an icon or non-breaking spaces; icon-only buttons that say what
they are only through shape-ish markup (an svg <use href="#icon-heart">, fa-times, data-icon="trash", an svg
<title>, a class word). Each passes when the page agrees and fails when it does not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import browser, model
from pacts_farm.demo import server
from tests.integration import sentences

pytestmark = pytest.mark.browser


@pytest.fixture
def run(browser_host: browser.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    routes = {"/portal": server.render_page("portal", None)}
    return sentences.runner(browser_host, pages, tmp_path, routes, timeouts=model.Timeouts(action_ms=4000, assertion_ms=3000))


def _failures(execution: model.Execution) -> list[tuple[str, str, str | None]]:
    return [(s.text, s.outcome.value, s.error) for s in execution.steps if s.outcome is not model.Outcome.PASSED]


def test_decorated_labels_name_their_fields(run: Callable[..., model.Execution]) -> None:
    execution = run([
        "Enter Bob in the Name field",  # <label>Name <span>*</span></label>
        "Enter bob.smith@example.com as the email",  # "Email:"
        "Enter 555-0100 in the Phone field",  # "Phone <small>(optional)</small>"
        "Type Paris into the City field",  # an icon, &nbsp; and an <abbr>*</abbr> around "City"
        "Enter not-the-password as the password",
        "Verify the City field has value Paris",
        "Verify the Phone field has value 555-0100",
        "Click Save profile",
        'Verify the page shows "Saved Bob bob.smith@example.com"',
    ], "/portal")
    assert _failures(execution) == []


def test_decorated_label_still_fails_on_the_wrong_value(run: Callable[..., model.Execution]) -> None:
    execution = run(["Enter Bob in the Name field", "Verify the Name field has value Alice"], "/portal")
    assert execution.steps[0].outcome is model.Outcome.PASSED
    assert execution.steps[1].outcome is model.Outcome.FAILED


@pytest.mark.parametrize(("sentence", "said"), [
    ("Click the heart icon", "Liked"),  # <use href="#icon-heart">
    ("Click the favorite button", "Liked"),  # a heart is what people call a favourite
    ("Click the close icon", "Closed"),  # fa-times
    ("Click the x button", "Closed"),
    ("Click the trash icon", "Deleted"),  # data-icon="trash"
    ("Click the delete button", "Deleted"),
    ("Click the plus button", "Added"),  # an svg whose <title> says Plus
    ("Click the add icon", "Added"),
    ("Click the minus button", "One less"),  # a class word
    ("Click the decrease button", "One less"),
])
def test_icon_buttons_named_by_their_shape(run: Callable[..., model.Execution], sentence: str, said: str) -> None:
    execution = run([sentence, f'Verify the page shows "{said}"'], "/portal")
    assert _failures(execution) == []


def test_icon_no_control_looks_like_fails_listing_candidates(run: Callable[..., model.Execution]) -> None:
    (step,) = run(["Click the bell icon"], "/portal").steps
    assert step.outcome is model.Outcome.FAILED


def test_attribute_no_longer_has_a_value(run: Callable[..., model.Execution]) -> None:
    gone = 'Verify the Password field no longer has attribute "type" equal to "password"'
    execution = run(["Click Show password", gone, 'Verify the Name field does not have class "invalid"'], "/portal")
    assert _failures(execution) == []
    (still,) = run([gone], "/portal").steps  # nothing clicked: it is still a password field
    assert still.outcome is model.Outcome.FAILED and 'not to be "password"' in (still.error or "")

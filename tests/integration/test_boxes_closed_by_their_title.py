"""A notification or a dialog closed by what it says ('Close the "Welcome to Actual!" notification'): the close
control of that box, never of the box beside it; a box with no close control of its own fails the step."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_CLOSE = "this.closest('.note').remove()"
_X = '<svg width="10" height="10"><path d="M0 0L10 10M10 0L0 10" stroke="black"/></svg>'

# two notifications stacked in a corner, each with a × button named Close (the newest first)
NOTES = f"""<!doctype html><html><body><main><h1>Budget</h1></main><div class="notifications" style="position: fixed; right: 0; bottom: 0">
<div class="note"><p>Budget synced</p><button aria-label="Close" onclick="{_CLOSE}">{_X}</button></div>
<div class="note"><h3>Welcome to Actual!</h3><p>Here is a tour of your budget.</p><button aria-label="Close" onclick="{_CLOSE}">{_X}</button></div>
</div></body></html>"""

# the welcome note has no close control of its own
NOTES_WITHOUT_A_CLOSE = NOTES.replace(f'<p>Here is a tour of your budget.</p><button aria-label="Close" onclick="{_CLOSE}">{_X}</button>',
                                      "<p>Here is a tour of your budget.</p>")

DIALOGS = f"""<!doctype html><html><body><div role="dialog" aria-label="Edit user" class="note"><h2>Edit user</h2>
<button title="Close" onclick="{_CLOSE}">×</button></div></body></html>"""


# product cards alike; only the Red Cap's has its button (the Blue Mug is sold out)
CARDS = """<!doctype html><html><body><div class="products"><div class="card"><h3>Blue Mug</h3><p>Sold out</p></div>
<div class="card"><h3>Red Cap</h3><button onclick="document.getElementById('said').textContent = 'Red Cap added'">Add to cart</button></div>
</div><p id="said"></p></body></html>"""


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("closed"), {
        "/notes": NOTES, "/notes-without-a-close": NOTES_WITHOUT_A_CLOSE, "/dialog": DIALOGS, "/cards": CARDS,
    }, timeouts=model.Timeouts(action_ms=1500, assertion_ms=1500))


def _passes(run, steps: list[str], path: str) -> bool:  # type: ignore[no-untyped-def]
    return model.settle_verdict(run(steps, path)) is model.Verdict.PASSED


@pytest.mark.parametrize(("path", "passes"), [("/notes", True), ("/notes-without-a-close", False)])
def test_a_notification_closed_by_its_title_is_that_one(run, path: str, passes: bool) -> None:  # type: ignore[no-untyped-def]
    steps = ['Close the "Welcome to Actual!" notification', 'Verify "Welcome to Actual!" is not visible',
             'Verify the page shows "Budget synced"']
    assert _passes(run, steps, path) is passes, sentences.failures(run(steps, path))


def test_a_box_with_no_close_of_its_own_fails_at_the_close_never_closing_the_one_beside_it(run) -> None:  # type: ignore[no-untyped-def]
    steps = ['Close the "Welcome to Actual!" notification', 'Verify the page shows "Budget synced"']
    first = run(steps, "/notes-without-a-close").steps[0]
    assert first.outcome is model.Outcome.FAILED, first


def test_a_control_named_for_an_item_is_never_the_one_of_the_item_beside_it(run) -> None:  # type: ignore[no-untyped-def]
    first = run(["Click Add to cart for Blue Mug"], "/cards").steps[0]
    assert first.outcome is model.Outcome.FAILED, first
    assert _passes(run, ["Click Add to cart for Red Cap", 'Verify the page shows "Red Cap added"'], "/cards")


def test_a_dialog_closed_by_its_title(run) -> None:  # type: ignore[no-untyped-def]
    steps = ['Close the "Edit user" dialog', 'Verify "Edit user" is not visible']
    assert _passes(run, steps, "/dialog"), sentences.failures(run(steps, "/dialog"))

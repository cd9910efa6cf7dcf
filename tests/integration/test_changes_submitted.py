"""'Submit changes' and 'Save changes' said as a step: the form's button that says so, or its Save button when the
form's own words are shorter (never the draft button beside it)."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_SAID = "document.getElementById('said').textContent"

SAVE = f"""<!doctype html><html><body><form onsubmit="return false"><label>Name <input></label>
<button type="button" onclick="{_SAID} = 'drafted'">Save as draft</button><button onclick="{_SAID} = 'saved'">Save</button>
<button type="button" onclick="{_SAID} = 'cancelled'">Cancel</button></form><p id="said"></p></body></html>"""

# Trac's ticket form: its buttons are inputs, Preview first
SUBMIT = f"""<!doctype html><html><body><form onsubmit="return false"><textarea aria-label="Comment"></textarea>
<input type="submit" name="preview" value="Preview" onclick="{_SAID} = 'previewed'">
<input type="submit" value="Submit changes" onclick="{_SAID} = 'submitted'"></form><p id="said"></p></body></html>"""


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("changes"), {"/save": SAVE, "/submit": SUBMIT},
                            timeouts=model.Timeouts(action_ms=1500, assertion_ms=1500))


@pytest.mark.parametrize(("sentence", "path", "said"), [("Save changes", "/save", "saved"), ("Submit changes", "/submit", "submitted")])
def test_changes_submitted_with_the_forms_own_button(run, sentence: str, path: str, said: str) -> None:  # type: ignore[no-untyped-def]
    steps = [sentence, f'Verify the page shows "{said}"']
    execution = run(steps, path)
    assert model.settle_verdict(execution) is model.Verdict.PASSED, sentences.failures(execution)

"""A quoted text checked as shown is shown with all its words: a recipe renamed by a guest whose save was refused
still has the heading "Harbor Fish Stew", and 'the heading says "Harbor Fish Stew Deluxe"' must fail there, however
alike the two are (a false pass found by a hold-out app); the heading that does say it passes."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

RECIPE = """<!doctype html><html><body><main><div role="img" aria-label="Recipe Image"></div>
<h1 class="flex-column flex-grow-1">Harbor Fish Stew</h1><p>A stew of cod and mussels.</p><button title="Save recipe">Save</button></main></body></html>"""


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("quoted"), {"/quoted/recipe": RECIPE},
                            timeouts=model.Timeouts(action_ms=1500, assertion_ms=3000))  # long enough for a weak match to be taken


def test_a_heading_that_lacks_a_quoted_word_is_not_the_heading_said(run) -> None:  # type: ignore[no-untyped-def]
    for said in ('Verify the heading says "Harbor Fish Stew Deluxe"', 'Verify the heading "Harbor Fish Stew Deluxe" is shown',
                 'Verify "Harbor Fish Stew Deluxe" is visible'):
        assert run([said], "/quoted/recipe").steps[0].outcome is model.Outcome.FAILED, said


def test_the_heading_that_says_the_words_passes(run) -> None:  # type: ignore[no-untyped-def]
    said = ['Verify the heading says "Harbor Fish Stew"', 'Verify the "Save" button is visible', 'Verify "cod and mussels" is visible']
    execution = run(said, "/quoted/recipe")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))

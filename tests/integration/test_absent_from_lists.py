""""X is not in the list" where no one list is found (two alike, or none the step can name): X shown nowhere on the
page is in none of them, so that is what is checked; a name shown anywhere still fails the step."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

TWO_LISTS = """<!doctype html><html><body><h1>Sessions</h1>
<div class="card"><h2>Monday</h2><ul class="talks"><li><a href="#a">Async Python</a></li><li><a href="#b">Type Hints</a></li></ul></div>
<div class="card"><h2>Tuesday</h2><ul class="talks"><li><a href="#c">Data Pipelines</a></li><li><a href="#d">Packaging</a></li></ul></div>
</body></html>"""

NO_LIST = """<!doctype html><html><body><h1>Proposal</h1><p>Building Inclusive Communities was withdrawn.</p></body></html>"""


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("absent"), {"/two": TWO_LISTS, "/none": NO_LIST},
                            timeouts=model.Timeouts(action_ms=1000, assertion_ms=1000))


@pytest.mark.parametrize(("path", "step", "passes"), [
    ("/two", "Building Inclusive Communities is not in the list", True),
    ("/two", "Data Pipelines is not in the list", False),  # in the second list: never passed for the first one
    ("/two", "Type Hints is not in the list", False),
    ("/none", "Machine Learning on a Budget is not in the list", True),
    ("/none", "Building Inclusive Communities is not in the list", False),  # shown on the page, list or not
])
def test_a_name_absent_from_every_list(run, path: str, step: str, passes: bool) -> None:  # type: ignore[no-untyped-def]
    execution = run([step], path)
    assert (model.settle_verdict(execution) is model.Verdict.PASSED) is passes, sentences.failures(execution)

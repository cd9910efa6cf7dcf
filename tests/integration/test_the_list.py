""""The list" as testers say it: a page's table is its list (Vendure's products, a table in a wrapper with a footer
holding its pager and range), never that footer; "X is not in the list" where no one list is found (two alike, or
none) checks X is shown nowhere on the page, so a name shown anywhere still fails the step; a count holds when every
group the noun could name has that many."""

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

TABLE = """<!doctype html><html><body><h1>Products</h1><div class="data-table"><div class="table-wrapper"><table>
<thead><tr><th>Name</th><th>Slug</th></tr></thead><tbody><tr><td>Camera Lens</td><td>camera-lens</td></tr>
<tr><td>Instant Camera</td><td>instant-camera</td></tr></tbody></table></div>
<div class="table-footer"><span>10 per page</span><div class="total-items-count">1 - 2 of 2</div>
<ul class="pagination"><li><a href="#p1">1</a></li></ul></div></div></body></html>"""

NO_LIST = """<!doctype html><html><body><h1>Proposal</h1><p>Building Inclusive Communities was withdrawn.</p></body></html>"""


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("absent"), {"/two": TWO_LISTS, "/none": NO_LIST, "/table": TABLE},
                            timeouts=model.Timeouts(action_ms=1000, assertion_ms=1000))


@pytest.mark.parametrize(("path", "step", "passes"), [
    ("/two", "Building Inclusive Communities is not in the list", True),
    ("/two", "Data Pipelines is not in the list", False),  # in the second list: never passed for the first one
    ("/two", "Type Hints is not in the list", False),
    ("/none", "Machine Learning on a Budget is not in the list", True),
    ("/none", "Building Inclusive Communities is not in the list", False),  # shown on the page, list or not
    ("/table", "Camera Lens is in the list", True),
    ("/table", "Laptop is in the list", False),
    ("/table", "Laptop is not in the list", True),
    ("/table", "Instant Camera is not in the list", False),
    ("/table", 'The products list shows "1 - 2 of 2"', True),
    ("/table", "The list says 1 - 2 of 20", False),  # numbers stay whole
    # two lists alike, each of 2 talks: which one is meant cannot be told, but 2 holds for either, and 3 for neither
    ("/two", "2 talks are listed", True),
    ("/two", "3 talks are listed", False),
])
def test_the_list_a_tester_means(run, path: str, step: str, passes: bool) -> None:  # type: ignore[no-untyped-def]
    execution = run([step], path)
    assert (model.settle_verdict(execution) is model.Verdict.PASSED) is passes, sentences.failures(execution)

"""Rows on a page without a table: people call a list's entries rows ("every row has an Unarchive button", "3 rows
are shown"). They are the entries of the page's main list (the visible one outside navigation with the most
entries), never the navigation's links; a page with a table keeps counting only its rows."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

NAV = '<nav><ul><li><a href="#">Bookmarks</a></li><li><a href="#">Archived</a></li><li><a href="#">Tags</a></li></ul></nav>'


def _entry(title: str, button: str) -> str:
    return f'<li><a href="#">{title}</a> <span>2 days ago</span> <button>{button}</button> <button>Remove</button></li>'


ARCHIVED = f"""<!doctype html><html><body>{NAV}<main><h1>Archived bookmarks</h1><ul class="bookmarks">
{_entry("jQuery API", "Unarchive")}{_entry("Heroku Free Tier", "Unarchive")}{_entry("Old Blog", "Unarchive")}
</ul></main></body></html>"""
MIXED = ARCHIVED.replace(_entry("Old Blog", "Unarchive"), _entry("Old Blog", "Archive"))
TAGS = """<!doctype html><html><body><main><h2>Tags</h2><p>Showing 1 of 25 tags</p>
<ul class="tag-cloud"><li class="tag"><a href="#">{name}</a></li></ul></main></body></html>"""
TABLE = f"""<!doctype html><html><body>{NAV}<main><table><tr><th>Name</th></tr><tr><td>Unarchive me</td></tr></table>
<ul><li>Unarchive</li><li>Unarchive</li></ul></main></body></html>"""


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    routes = {"/rows/archived": ARCHIVED, "/rows/mixed": MIXED, "/rows/table": TABLE,
              "/rows/python": TAGS.format(name="python"), "/rows/java": TAGS.format(name="java")}
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("rows"), routes,
                            timeouts=model.Timeouts(action_ms=1500, assertion_ms=800))


def test_every_row_of_a_list(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(['Every row has an "Unarchive" button', "3 rows are shown"], "/rows/archived")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


def test_a_row_that_lacks_it_fails(run) -> None:  # type: ignore[no-untyped-def]
    steps = run(['Every row has an "Unarchive" button'], "/rows/mixed").steps
    assert steps[0].outcome is model.Outcome.FAILED


def test_a_page_with_a_table_counts_its_rows_only(run) -> None:  # type: ignore[no-untyped-def]
    assert run(["1 row is shown"], "/rows/table").steps[0].outcome is model.Outcome.PASSED
    assert run(["2 rows are shown"], "/rows/table").steps[0].outcome is model.Outcome.FAILED


def test_the_one_counted_is_the_one_named(run) -> None:  # type: ignore[no-untyped-def]
    # the heading "Tags" is no tag: the one tag counted must show the name
    assert not sentences.failures(run(["Only one tag is listed - python"], "/rows/python"))
    assert run(["Only one tag is listed - python"], "/rows/java").steps[-1].outcome is model.Outcome.FAILED


UPDATING = """<!doctype html><html><body><main><button onclick="setTimeout(() => {
document.getElementById('found').innerHTML = '<li><a href=\\'#cherry\\'>Cherry</a></li>'; }, 250)">Search</button>
<ul id="found"><li><a href="#apple">Apple</a></li><li><a href="#banana">Banana</a></li></ul></main></body></html>"""


def test_a_wait_for_the_list_to_update_lets_it_update(run, pages: object) -> None:  # type: ignore[no-untyped-def]
    pages.add("/rows/updating", UPDATING)  # type: ignore[attr-defined]
    execution = run(["Click Search", "Wait for the list to update", "Click the first item", 'Verify the URL ends with "#cherry"'],
                    "/rows/updating")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))

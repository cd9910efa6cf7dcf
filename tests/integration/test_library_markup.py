"""A library catalogue drawn the way Calibre-Web draws one: its sidebar is a <nav> of links in a Bootstrap column at
the left of the page's flow (not fixed, no landmark or class saying sidebar), inside a box that scrolls on its own,
so its last links lie below the end of the document until that box is scrolled. They are in the sidebar and can be
clicked; what the content column shows is not in the sidebar."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

LINKS = ["Books", "Hot Books", "Downloaded Books", "Top Rated Books", "Read Books", "Unread Books", "Discover", "Categories",
         "Series", "Authors", "Publishers", "Languages", "About"]
NAV = "".join(f'<li><a href="#{n}" onclick="document.getElementById(\'shown\').textContent = \'{name} page\'">{name}</a></li>'
              for n, name in enumerate(LINKS))
LIBRARY = f"""<!doctype html><html><head><style>li a {{ display: block; height: 60px; }} body {{ margin: 0; }}</style></head>
<body><div style="display: flex"><div class="col-sm-2" style="height: 600px; overflow: auto; width: 220px; flex: none">
<nav class="navigation"><ul class="list-unstyled"><li class="nav-head">Browse</li>{NAV}</ul></nav></div>
<div class="col-sm-10"><h1>Books</h1><p id="shown"></p>
<div style="height: 100px; overflow: hidden"><div style="height: 2000px"></div><p>Hidden promo</p></div></div></div>
</body></html>"""


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("library"), {"/lib/books": LIBRARY, "/lib/shelf": SHELF},
                            timeouts=model.Timeouts(action_ms=1500, assertion_ms=2000))


def test_a_link_of_a_sidebar_column_below_the_end_of_the_page(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(["Click About in the sidebar", 'Verify the page shows "About page"',
                     'Click "Top Rated Books" in the sidebar', 'Verify the page shows "Top Rated Books page"'], "/lib/books")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


def test_the_sidebar_is_the_navigation_column_not_the_content(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(['Click "Books" in the sidebar', 'Verify the page shows "Books page"'], "/lib/books")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    assert model.settle_verdict(run(['Click "Hidden promo" in the sidebar'], "/lib/books")) is model.Verdict.FAILED


# every book repeats the same id (id="books" on each, as Calibre-Web writes it); the users table is titled by a heading
# before it, not by a box around it; the message over the page names a user the table no longer lists
SHELF = """<!doctype html><html><body><div class="alert">User 'olivia' deleted</div><h2>Author: Jane Austen</h2><div class="row display-flex">
<div id="books" class="col-sm-3 book session"><a href="#4"><p class="title">Sense and Sensibility</p></a></div>
<div id="books" class="col-sm-3 book session"><a href="#2"><p class="title">Emma</p></a></div>
<div id="books" class="col-sm-3 book session"><a href="#1"><p class="title">Pride and Prejudice</p></a></div></div>
<h2>Users</h2><table><thead><tr><th>Username</th><th>Email</th></tr></thead>
<tbody><tr><td><a href="#tom">tom</a></td><td>tom@library.test</td></tr><tr><td><a href="#ann">ann</a></td><td>ann@library.test</td></tr></tbody></table>
</body></html>"""


@pytest.mark.parametrize(("sentence", "passes"), [
    ("Verify exactly 3 books are shown", True),
    ("Verify exactly 4 books are shown", False),
    ('Verify "olivia" is no longer in the Users table', True),  # the message names her, the table does not
    ("Verify tom is no longer in the Users table", False),
    ('Verify "tom" is not listed in the Readers table', False),  # no such part: nothing was looked in
])
def test_items_that_repeat_one_id_and_a_table_titled_by_its_heading(run, sentence: str, passes: bool) -> None:  # type: ignore[no-untyped-def]
    steps = run([sentence], "/lib/shelf").steps
    assert all(s.outcome is model.Outcome.PASSED for s in steps) is passes, [s.error for s in steps]


# two "Next »" links: the pager's, named only by its box's class, and a carousel's
PAGED = """<!doctype html><html><body><h1>Books</h1><div class="carousel"><a href="#slide-2">Next »</a></div>
<div class="pagination"><li class="page-item active"><a href="#page-1">1</a></li><li class="page-item"><a href="#page-2">2</a></li>
<li class="page-item page-next"><a class="page-link next" href="#page-2">Next »</a></li></div></body></html>"""


def test_a_link_in_the_pagination_named_by_its_class(browser_host: chromium.BrowserHost, pages: object, tmp_path) -> None:  # type: ignore[no-untyped-def]
    run = sentences.runner(browser_host, pages, tmp_path, {"/lib/paged": PAGED}, timeouts=model.Timeouts(action_ms=1500, assertion_ms=1500))
    execution = run(['Click "Next »" in the pagination', "Verify the URL contains #page-2"], "/lib/paged")
    assert not sentences.failures(execution), sentences.failures(execution)

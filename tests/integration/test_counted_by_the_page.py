"""Counting what a page is about: "5 archived bookmarks" on the page titled "Archived bookmarks" (no markup says
archived), a pager's page items never counted as the page's tags, "the user table has 3 rows - …" (a table whose
markup names no user; the navigation's tables are not counted). Each fails when the count or a name is wrong."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_PAGER = """<ul class="pagination"><li class="page-item disabled"><a href="#">Previous</a></li><li class="page-item active"><a href="#">1</a></li>
<li class="page-item"><a href="#">Next</a></li></ul>"""
ARCHIVED = ("""<!doctype html><html><head><title>Archived bookmarks - Links</title></head><body><main><h1>Archived bookmarks</h1>
<ul class="bookmark-list">""" + "".join(f'<li class="bookmark"><a href="#">{t}</a></li>' for t in ("jQuery API", "Old Blog", "Heroku Free Tier"))
            + "</ul>" + _PAGER + "</main></body></html>")
TAGS = ("""<!doctype html><html><head><title>Tags</title></head><body><main><h1>Tags</h1><p>Showing 1 of 25 tags</p>
<table class="crud-table"><thead><tr><th>Name</th><th>Bookmarks</th></tr></thead><tbody><tr><td>python</td><td>8</td></tr></tbody></table>"""
        + _PAGER + "</main></body></html>")
USERS = """<!doctype html><html><head><title>Select user to change</title></head><body>
<nav id="nav-sidebar"><table class="module"><caption>Authentication</caption><tr><th>Groups</th><td>Add</td></tr><tr><th>Users</th><td>Add</td></tr></table></nav>
<main><h1>Select user to change</h1>
<table id="result_list"><thead><tr><th>Username</th><th>Active</th></tr></thead><tbody>
<tr><td>admin</td><td>yes</td></tr><tr><td>alice</td><td>yes</td></tr><tr><td>carol</td><td>no</td></tr></tbody></table>
<p class="paginator">3 users</p></main></body></html>"""


# a Vuetify page: its title in a toolbar, its recipes as cards no markup word calls recipes
_CARD = '<div class="col"><a class="v-card v-card--link v-sheet" href="/r/{0}"><div class="v-card__title">{1}</div></a></div>'
RECIPES = f"""<!doctype html><html><head><title>Mealie</title></head><body><header class="v-app-bar"><div class="v-toolbar__title">Mealie</div>
</header><main><div class="v-toolbar"><div class="v-toolbar__title headline">Recipes</div></div><div class="row">
{"".join(_CARD.format(slug, name) for slug, name in (("lentil", "Lentil Soup"), ("noodle", "Chicken Noodle Soup"), ("onion", "French Onion Soup")))}
</div></main></body></html>"""


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    routes = {"/cp/archived": ARCHIVED, "/cp/tags": TAGS, "/cp/users": USERS, "/cp/recipes": RECIPES}
    return sentences.runner(browser_host, pages, tmp_path, routes, timeouts=model.Timeouts(action_ms=3000, assertion_ms=800))


@pytest.mark.parametrize(("steps", "path"), [
    (['3 archived bookmarks are listed, starting with "jQuery API" and ending with "Heroku Free Tier"'], "/cp/archived"),
    (["Only one tag is listed - python"], "/cp/tags"),
    (["The user table has 3 rows - admin, alice and carol"], "/cp/users"),
    (["Exactly 3 recipe cards are shown"], "/cp/recipes"),
])
def test_counted_as_the_page_says(run: Callable[..., model.Execution], steps: list[str], path: str) -> None:
    execution = run(steps, path)
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


@pytest.mark.parametrize(("sentence", "path"), [
    ("4 archived bookmarks are listed", "/cp/archived"),
    ("2 tags are listed", "/cp/tags"),
    ("The user table has 4 rows - admin, alice, carol and dave", "/cp/users"),
    ("The user table has 3 rows - admin, alice and dave", "/cp/users"),
    ("Exactly 4 recipe cards are shown", "/cp/recipes"),
    ("Exactly 3 product cards are shown", "/cp/recipes"),  # a page about recipes: its cards are no products
])
def test_a_wrong_count_or_name_fails(run: Callable[..., model.Execution], sentence: str, path: str) -> None:
    assert any(s.outcome is model.Outcome.FAILED for s in run([sentence], path).steps)

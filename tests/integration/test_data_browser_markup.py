"""Markup of a server-rendered data browser (the way Datasette draws its pages): a breadcrumb that is a paragraph of
links classed "crumbs", a page heading that is a table's lower-case name, a table whose rows are named by a reviewer,
a facet list of names with counts, and a row count in a heading ("2 rows"). Sentences as testers wrote them for such an app: "the heading books", "the
row for QA Tester shows the book Frankenstein", "France, Russia and United States each show 2". Each check has a case
that must fail."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser


def _page(crumbs: list[tuple[str, str]], body: str) -> str:
    links = " /\n".join(f'<a href="{href}">{name}</a>' for name, href in crumbs)
    return f"""<!doctype html><html><head><title>library: reviews</title></head><body>
<header><nav><p class="crumbs">{links}</p><details class="nav-menu"><summary>Menu</summary><ul><li><a href="/-/login">Log in</a></li></ul></details></nav></header>
<section class="content">{body}</section></body></html>"""


REVIEWS = _page([("home", "/db/"), ("library", "/db/library"), ("authors", "/db/library/authors")], """<h1>reviews</h1>
<h3>2 rows
    </h3>
<table class="rows-and-columns"><thead><tr><th>id</th><th>book</th><th>reader</th><th>note</th></tr></thead><tbody>
<tr><td>7</td><td><a href="/db/library/books/17">Frankenstein</a></td><td>QA Tester</td><td>Checked by QA</td></tr>
<tr><td>8</td><td><a href="/db/library/books/3">Dracula</a></td><td>Ben Carter</td><td>Spooky</td></tr></tbody></table>
<div class="facet-results"><div class="facet-info"><p class="facet-info-name"><strong>country</strong></p><ul class="tight-bullets">
<li><a href="?country=France">France</a> 2</li><li><a href="?country=Russia">Russia</a> 2</li>
<li><a href="?country=United+States">United States</a> 2</li><li><a href="?country=Japan">Japan</a> 3</li></ul></div></div>""")
LIBRARY = _page([("home", "/db/")], "<h1>library</h1><p>39 rows in 3 tables</p>")

# a Django admin change list's filters: each heading, then its list beside it (no box holds one heading and its list)
_FILTER = "".join(f"""<h3> By {name} </h3><ul><li class="selected"><a href="?" title="All">All</a></li>
<li><a href="?{key}=1" onclick="said.textContent = '{key} yes'; return false">Yes</a></li>
<li><a href="?{key}=0" onclick="said.textContent = '{key} no'; return false">No</a></li></ul>""" for name, key in (
    ("staff status", "is_staff"), ("active", "is_active"), ("superuser status", "is_superuser")))
_RESULTS = "".join(f'<tr><td><a href="#" onclick="said.textContent = \'opened {u}\'; return false">{u}</a></td><td>{u}@pinry.test</td></tr>'
                   for u in ("admin", "alice", "bob", "mallory"))
USERS = f"""<!doctype html><html><body><div id="changelist"><div id="changelist-filter"><h2>Filter</h2>{_FILTER}</div>
<table id="result_list"><thead><tr><th>Username</th><th>Email address</th></tr></thead><tbody>{_RESULTS}</tbody></table>
<p id="said"></p></div></body></html>"""


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory) -> Callable[..., model.Execution]:
    routes = {"/db/library/reviews": REVIEWS, "/db/library": LIBRARY, "/db/admin/users": USERS}
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("data-browser"), routes,
                            timeouts=model.Timeouts(action_ms=3000, assertion_ms=1000))


def _failed(execution: model.Execution) -> bool:
    return any(s.outcome is model.Outcome.FAILED for s in execution.steps)


def test_a_breadcrumb_classed_crumbs_is_the_breadcrumb(run: Callable[..., model.Execution]) -> None:
    shown = run(["Verify the breadcrumb at the top shows home / library / authors"], "/db/library/reviews")
    assert not sentences.failures(shown), "\n".join(sentences.failures(shown))
    assert _failed(run(["Verify the breadcrumb at the top shows home / authors / library"], "/db/library/reviews"))
    went = run(["Click the library link in the breadcrumb", 'Verify the page shows "39 rows in 3 tables"'], "/db/library/reviews")
    assert not sentences.failures(went), "\n".join(sentences.failures(went))


def test_a_heading_named_in_lower_case_after_its_kind(run: Callable[..., model.Execution]) -> None:
    shown = run(["Verify the heading reviews is shown"], "/db/library/reviews")
    assert not sentences.failures(shown), "\n".join(sentences.failures(shown))
    assert _failed(run(["Verify the heading loans is shown"], "/db/library/reviews"))


def test_a_value_said_after_its_kind_in_a_row(run: Callable[..., model.Execution]) -> None:
    shown = run(["Verify the row for QA Tester shows the book Frankenstein"], "/db/library/reviews")
    assert not sentences.failures(shown), "\n".join(sentences.failures(shown))
    assert _failed(run(["Verify the row for QA Tester shows the book Dracula"], "/db/library/reviews"))


def test_names_that_each_show_a_count(run: Callable[..., model.Execution]) -> None:
    shown = run(["Verify France, Russia and United States each show 2"], "/db/library/reviews")
    assert not sentences.failures(shown), "\n".join(sentences.failures(shown))
    assert _failed(run(["Verify France, Japan and Russia each show 2"], "/db/library/reviews"))  # Japan shows 3


def test_under_a_heading_whose_list_stands_beside_it(run: Callable[..., model.Execution]) -> None:
    chosen = run(['In the filter panel on the right, under "By active", click "No"', 'Verify the page shows "is_active no"'], "/db/admin/users")
    assert not sentences.failures(chosen), "\n".join(sentences.failures(chosen))
    staff = run(['Under "By staff status", click "Yes"', 'Verify the page shows "is_active yes"'], "/db/admin/users")
    assert _failed(staff)  # the Yes under staff status, never the one under active


def test_a_control_in_a_list_said_by_what_it_holds(run: Callable[..., model.Execution]) -> None:
    opened = run(["Click mallory in the user list", 'Verify the page shows "opened mallory"'], "/db/admin/users")
    assert not sentences.failures(opened), "\n".join(sentences.failures(opened))
    assert _failed(run(["Verify carol is shown in the user list"], "/db/admin/users"))  # a check keeps its place and fails


def test_a_count_said_by_what_it_counts_and_a_start_on_a_table(run: Callable[..., model.Execution]) -> None:
    counted = run(["Given I am on the reviews table", 'Verify the row count reads "2 rows"'], "/db/library/reviews")
    assert not sentences.failures(counted), "\n".join(sentences.failures(counted))
    assert counted.steps[0].outcome is model.Outcome.PASSED  # already there: nothing clicked ("reviews" is this page)
    assert _failed(run(['Verify the row count reads "3 rows"'], "/db/library/reviews"))

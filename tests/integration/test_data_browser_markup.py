"""Markup of a server-rendered data browser (the way Datasette draws its pages): a breadcrumb that is a paragraph of
links classed "crumbs", a page heading that is a table's lower-case name, a table whose rows are named by a reviewer,
and a facet list of names with counts. Sentences as testers wrote them for such an app: "the heading books", "the
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
<table class="rows-and-columns"><thead><tr><th>id</th><th>book</th><th>reader</th><th>note</th></tr></thead><tbody>
<tr><td>7</td><td><a href="/db/library/books/17">Frankenstein</a></td><td>QA Tester</td><td>Checked by QA</td></tr>
<tr><td>8</td><td><a href="/db/library/books/3">Dracula</a></td><td>Ben Carter</td><td>Spooky</td></tr></tbody></table>
<div class="facet-results"><div class="facet-info"><p class="facet-info-name"><strong>country</strong></p><ul class="tight-bullets">
<li><a href="?country=France">France</a> 2</li><li><a href="?country=Russia">Russia</a> 2</li>
<li><a href="?country=United+States">United States</a> 2</li><li><a href="?country=Japan">Japan</a> 3</li></ul></div></div>""")
LIBRARY = _page([("home", "/db/")], "<h1>library</h1><p>39 rows in 3 tables</p>")


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory) -> Callable[..., model.Execution]:
    routes = {"/db/library/reviews": REVIEWS, "/db/library": LIBRARY}
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

"""A sidebar no markup calls one (no <aside>, no role, utility classes only): a column fixed down the left edge of the
window, holding the app's links, is the sidebar a person sees ("Click Projects in the sidebar"). What sits in the
page's content is not in it. A Bootstrap sidebar whose one dropdown entry has a class more ("nav-item dropdown") is one
list of entries, in its order."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_LINK = '<li><a href="{}" class="w-full flex items-center px-2">{}</a></li>'
PAGE = ("""<div class="min-h-screen"><div class="fixed top-16 left-0 w-full sm:w-72 h-[calc(100vh-4rem)]" style="position:fixed;top:64px;left:0;width:280px;height:calc(100vh - 64px)">
<div class="flex flex-col h-full"><ul class="flex flex-col">"""
        + "".join(_LINK.format(h, n) for h, n in (("#inbox", "Inbox"), ("#today", "Today"), ("#projects", "Projects"), ("#notes", "Notes")))
        + """</ul></div></div>
<div class="ml-72 p-4" style="margin-left:300px"><h1>Today</h1><p>Renew passport</p>
<a href="#all-projects">Projects</a></div></div>""")


_ENTRY = '<li class="nav-item{}"><a class="nav-link" href="#"><span>{}</span></a></li>'
BOOTSTRAP = ('<nav class="navbar"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="#">Logout</a></li></ul></nav>'
             '<ul class="sidebar navbar-nav">' + "".join(_ENTRY.format(c, n) for c, n in (("", "Dashboard"), ("", "All Tickets"),
             (" dropdown", "Saved Queries"), ("", "New Ticket"))) + "</ul><main><h1>Dashboard</h1></main>")


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    return sentences.runner(browser_host, pages, tmp_path, {"/sb/today": PAGE, "/sb/bootstrap": BOOTSTRAP}, timeouts=model.Timeouts(action_ms=2000, assertion_ms=1000))


def test_the_fixed_column_of_links_is_the_sidebar(run: Callable[..., model.Execution]) -> None:
    execution = run(['Verify "Inbox" is shown in the sidebar', "Click Projects in the sidebar", "Verify the URL ends with #projects"], "/sb/today")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


def test_what_the_content_shows_is_not_in_the_sidebar(run: Callable[..., model.Execution]) -> None:
    assert [s.outcome for s in run(['Verify "Renew passport" is shown in the sidebar'], "/sb/today").steps] == [model.Outcome.FAILED]


@pytest.mark.parametrize(("step", "outcome"), [
    ("The sidebar contains, in this order, Dashboard, All Tickets, Saved Queries, New Ticket", model.Outcome.PASSED),
    ("The sidebar contains, in this order, Dashboard, Saved Queries, All Tickets", model.Outcome.FAILED),
])
def test_entries_of_one_kind_with_a_class_more(run: Callable[..., model.Execution], step: str, outcome: model.Outcome) -> None:
    assert [s.outcome for s in run([step], "/sb/bootstrap").steps] == [outcome]

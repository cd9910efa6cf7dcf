"""A sidebar no markup calls one (no <aside>, no role, utility classes only): a column fixed down the left edge of the
window, holding the app's links, is the sidebar a person sees ("Click Projects in the sidebar"). What sits in the
page's content is not in it."""

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


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    return sentences.runner(browser_host, pages, tmp_path, {"/sb/today": PAGE}, timeouts=model.Timeouts(action_ms=2000, assertion_ms=1000))


def test_the_fixed_column_of_links_is_the_sidebar(run: Callable[..., model.Execution]) -> None:
    execution = run(['Verify "Inbox" is shown in the sidebar', "Click Projects in the sidebar", "Verify the URL ends with #projects"], "/sb/today")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


def test_what_the_content_shows_is_not_in_the_sidebar(run: Callable[..., model.Execution]) -> None:
    assert [s.outcome for s in run(['Verify "Renew passport" is shown in the sidebar'], "/sb/today").steps] == [model.Outcome.FAILED]

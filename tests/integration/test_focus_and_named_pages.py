"""Keys typed where the focus is ("Click the Add New Task field, type "Buy ink" and hit Enter", "Type kitchen" after
opening a search box) and a page named by its name ("I am taken to the Today page"): its heading or title says it, or
its URL path has its words; a link naming the page is not the page. Each fails when the page disagrees."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_NAV = '<nav class="sidebar"><a href="/fp/inbox">Inbox</a> <a href="/fp/today">Today</a> <a href="/fp/upcoming">Upcoming</a></nav>'

TASKS = _NAV + """<main><h1>Inbox</h1>
<input class="task-input" placeholder="Add New Task" onkeydown="if (event.key === 'Enter') { add(this.value); this.value = ''; }">
<button class="search-toggle" aria-label="Search" onclick="const b = document.querySelector('#q'); b.hidden = false; b.focus()">&#128269;</button>
<input id="q" hidden oninput="document.querySelector('#said').textContent = 'Searching for ' + this.value">
<input class="list-title" aria-label="List title" value="Planning" onkeydown="if (event.key === 'Enter') document.querySelector('#said').textContent = 'Renamed to ' + this.value">
<p id="said"></p><ul id="tasks"><li>Renew passport</li></ul>
<script>function add(text) { const li = document.createElement('li'); li.textContent = text; document.querySelector('#tasks').append(li); }</script>
</main>"""

ROUTES = {
    "/fp/inbox": TASKS,
    "/fp/today": _NAV + "<main><h1>Today</h1><p>Nothing due.</p></main>",
    "/fp/upcoming": _NAV + "<main><h1>Next 7 days</h1></main>",  # the heading does not say it: the URL does
    "/fp/login": "<main><h1>Sign in</h1><form><input placeholder=Email><button>Sign in</button></form></main>",
}


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    return sentences.runner(browser_host, pages, tmp_path, ROUTES, timeouts=model.Timeouts(action_ms=2000, assertion_ms=1000))


def test_keys_typed_into_the_field_a_click_focused(run: Callable[..., model.Execution]) -> None:
    execution = run(['Click the Add New Task field, type "Buy printer ink" and hit Enter', 'Verify "Buy printer ink" is shown',
                     "Click the search icon", "Type kitchen", 'Verify the page shows "Searching for kitchen"'], "/fp/inbox")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    assert [s.action for s in execution.steps[:3]] == [model.Action.CLICK, model.Action.TYPE_TEXT, model.Action.PRESS]


def test_keys_with_no_field_in_focus_fail_where_they_are_typed(run: Callable[..., model.Execution]) -> None:
    execution = run(['Click "Renew passport"', 'Type "Buy printer ink" and press Enter', 'Verify "Buy printer ink" is shown'], "/fp/inbox")
    outcomes = [s.outcome for s in execution.steps]
    assert outcomes[:2] == [model.Outcome.PASSED, model.Outcome.FAILED], outcomes
    assert "nothing to type into" in (execution.steps[1].error or "")


@pytest.mark.parametrize(("steps", "start"), [
    (["Click Today in the sidebar", "I am taken to the Today page"], "/fp/inbox"),  # its heading
    (["Click Upcoming in the sidebar", "Verify I am on the Upcoming page"], "/fp/inbox"),  # its URL
    (["Verify the sign in page is displayed"], "/fp/login"),
])
def test_a_page_named_by_its_name(run: Callable[..., model.Execution], steps: list[str], start: str) -> None:
    execution = run(steps, start)
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    assert execution.steps[-1].action is model.Action.EXPECT_PAGE


@pytest.mark.parametrize(("steps", "start"), [
    (["I am taken to the Today page"], "/fp/inbox"),  # a link in the sidebar says Today: not the page
    (["Verify I am on the Today page"], "/fp/login?next=/fp/today"),  # the query names where to go next, not where you are
    (["Click Upcoming in the sidebar", "Verify I am on the Inbox page"], "/fp/inbox"),
])
def test_another_page_is_not_the_page_named(run: Callable[..., model.Execution], steps: list[str], start: str) -> None:
    outcomes = [s.outcome for s in run(steps, start).steps]
    assert outcomes == [model.Outcome.PASSED] * (len(steps) - 1) + [model.Outcome.FAILED], outcomes


def test_what_a_focused_field_holds_replaced(run: Callable[..., model.Execution]) -> None:
    execution = run(["Click the List title field", 'Replace it with "Planning phase" and press Enter',
                     'Verify the page shows "Renamed to Planning phase"'], "/fp/inbox")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


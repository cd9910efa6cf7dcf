"""Values, quoted text, named controls and tables, in plain English on the demo's lending library (pacts_farm/demo,
/library): label/value pairs written four ways, quoted names holding scope words, counts of controls by name, book
cards named by their title, a sortable table (a header link, an icon-only sort arrow, row actions), a filter
sidebar and fields known by their hint. Each passes when the page agrees and fails when it does not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from pacts_farm.demo import server
from tests.integration import sentences

pytestmark = pytest.mark.browser


# a details table, and a closed dialog whose form holds the same label with another value
CHECK_DETAILS = """<!doctype html><html><body><h1>Nightly backup</h1><table><tr><th>Period</th><td>1 day</td></tr>
<tr><th>Grace Time</th><td>1 hour</td></tr></table>
<div class="modal" style="display: none"><table><tr><th>Period</th><td>30 minutes</td></tr></table></div></body></html>"""


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    routes = {"/library": server.render_page("library", None), "/check": CHECK_DETAILS}
    return sentences.runner(browser_host, pages, tmp_path, routes, timeouts=model.Timeouts(action_ms=3000, assertion_ms=1500))


def _failures(execution: model.Execution) -> list[tuple[str, str, str | None]]:
    return [(s.text, s.outcome.value, s.error) for s in execution.steps if s.outcome is not model.Outcome.PASSED]


def test_values_beside_their_labels_in_every_way_a_detail_page_writes_them(run: Callable[..., model.Execution]) -> None:
    execution = run([
        'Verify the Status is "Available"',  # dt/dd; the loans table has a Status column too
        "Verify the Due back is 2025-03-14",
        "Verify the Language is English",  # <strong>Language:</strong> English
        'Verify the Author is "J.R.R. Tolkien"',  # <strong>Author:</strong> <a>…</a>
        'Verify the Publisher is "Allen & Unwin"',  # a two-column table row
        "Verify Email shows john@x.org",  # label and value spans
    ], "/library")
    assert _failures(execution) == []
    assert "dd" in execution.steps[0].resolution.locator.value  # type: ignore[union-attr]


@pytest.mark.parametrize("sentence", [
    'Verify the Status is "On loan"',  # the loans table's column says it, not the book's status
    "Verify the Language is French",
    'Verify the Publisher is "310"',  # the next row's value
    "Verify Email shows jane@x.org",
])
def test_a_labelled_value_that_differs_fails(run: Callable[..., model.Execution], sentence: str) -> None:
    (step,) = run([sentence], "/library").steps
    assert step.outcome is model.Outcome.FAILED


def test_controls_counted_by_their_quoted_name(run: Callable[..., model.Execution]) -> None:
    execution = run([
        'Verify there are 3 "Borrow" buttons',
        'Verify 4 "Edit" links are shown',  # three row actions and the details' Edit
        'Verify 3 "Delete" buttons are visible',
    ], "/library")
    assert _failures(execution) == []


@pytest.mark.parametrize("sentence", ['Verify there are 2 "Borrow" buttons', 'Verify 3 "Edit" links are shown',
                                      'Verify 3 "Add" buttons are visible'])
def test_a_count_of_named_controls_that_differs_fails(run: Callable[..., model.Execution], sentence: str) -> None:
    (step,) = run([sentence], "/library").steps
    assert step.outcome is model.Outcome.FAILED and step.action is model.Action.EXPECT_COUNT


def test_quoted_names_keep_their_scope_words_and_the_filter_sidebar_is_a_place(run: Callable[..., model.Execution]) -> None:
    execution = run([
        'Click "Books under 10 $"',  # "under" inside quotes is part of the name
        'Verify the page shows "Books under 10 $"',
        'Click Borrow for "Cooking for Two under 30 Minutes"',
        'Verify the page shows "Borrowed Cooking for Two under 30 Minutes"',
        'Check "Available only" in the filters',
        "Click Apply in the filter panel",  # the library card form has an Apply button too
        'Verify the page shows "Filters applied"',
        'Verify 2 "Borrow" buttons are visible',
    ], "/library")
    assert _failures(execution) == []


def test_a_control_named_twice_needs_its_place(run: Callable[..., model.Execution]) -> None:
    (step,) = run(["Click Apply"], "/library").steps
    assert step.outcome is model.Outcome.FAILED and "equally well" in (step.error or "")


def test_a_book_named_by_its_title_scopes_a_click_and_a_check(run: Callable[..., model.Execution]) -> None:
    execution = run([
        'Click Borrow for the book "The Hobbit"',
        'Verify the page shows "Borrowed The Hobbit"',
        'Verify the book "Walks in the Park" shows "Ann Rambler"',
    ], "/library")
    assert _failures(execution) == []
    (step,) = run(['Verify the book "Walks in the Park" shows "Bo Chef"'], "/library").steps
    assert step.outcome is model.Outcome.FAILED


def test_an_item_named_by_a_noun_its_markup_does_not_use_is_the_box_around_its_title(run: Callable[..., model.Execution]) -> None:
    # no markup says "novel": the repeated box around the title (a card's heading, not the loans row's cell)
    (passed,) = run(['Verify the novel "Cooking for Two under 30 Minutes" shows "Bo Chef"'], "/library").steps
    assert passed.outcome is model.Outcome.PASSED and "book-card" in passed.resolution.locator.value  # type: ignore[union-attr]
    (failed,) = run(['Verify the novel "Walks in the Park" shows "Bo Chef"'], "/library").steps
    assert failed.outcome is model.Outcome.FAILED


def test_column_headers_sort_through_their_link_or_their_arrow(run: Callable[..., model.Execution]) -> None:
    execution = run([
        "Click the Title column header",  # the header's link, not the middle of the wide cell
        'Verify the page shows "Sorted by Title"',
        'Verify the first row shows "Cooking for Two under 30 Minutes"',
        "Click the Due back column header",  # a header whose only extra content is an arrow glyph
        'Verify the page shows "Sorted by Due back"',
        'Verify the first row shows "Walks in the Park"',
        "Click the Due back column header",
        'Verify the first row shows "The Hobbit"',
        "Click the Member column header",  # its sort link ends in an icon font's glyph (CSS content)
        'Verify the page shows "Sorted by Member"',
        'Verify the first row shows "Kim Park"',
    ], "/library")
    assert _failures(execution) == []


def test_a_control_in_the_nth_item_not_the_nth_in_the_page(run: Callable[..., model.Execution]) -> None:
    execution = run([
        "Click Edit on the second loan",  # the details' Edit comes first in the page
        'Verify the page shows "Editing Walks in the Park"',
        "Click Delete for the 3rd row",
        'Verify the page shows "Deleted Cooking for Two under 30 Minutes"',
    ], "/library")
    assert _failures(execution) == []


def test_fields_known_by_their_hint(run: Callable[..., model.Execution]) -> None:
    execution = run([
        'Type hob in the "Search…" field',
        'Verify exactly one "Borrow" button is visible',
        "Type a@b.org in the field that says Enter your email",
    ], "/library")
    assert _failures(execution) == []


def test_a_labelled_value_beside_a_hidden_copy_of_its_label_is_the_one_shown(run: Callable[..., model.Execution]) -> None:
    assert _failures(run(["Verify the Period is 1 day", "Verify the Grace Time is 1 hour"], "/check")) == []
    assert run(["Verify the Period is 30 minutes"], "/check").steps[0].outcome is model.Outcome.FAILED  # the hidden form's

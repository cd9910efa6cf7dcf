"""Sentences from two issue trackers and a wiki we did not write: no row of the table saying a value, a page named in
one word found among search results, a value "limited to" an amount, the browser tab's title, the top row of a titled
table, and an issue counted then its status."""

from __future__ import annotations

import pytest

from pacts_farm import model
from tests.unit.planned_steps import planned

A = model.Action


def test_no_row_in_the_table_says_it() -> None:
    (check,) = planned('No row in the table has the status "closed"')
    assert (check.action, check.value) == (A.EXPECT_HIDDEN, "closed")


def test_a_title_that_starts_with_no_is_a_name() -> None:
    (check,) = planned("Verify No Man's Sky is listed")
    assert check.action is A.EXPECT_VISIBLE and check.target.text == "No Man's Sky"


@pytest.mark.parametrize(("sentence", "value"), [("ReleaseNotes page is also in the results", "ReleaseNotes"),
                                                 ("Home page is listed in the results", "Home page")])
def test_a_page_named_in_one_word_among_the_results(sentence: str, value: str) -> None:
    (check,) = planned(sentence)
    assert (check.action, check.target.text, check.value) == (A.EXPECT_TEXT, "results", value)


def test_the_home_page_shown_is_still_the_address() -> None:
    (check,) = planned("Home page is shown")
    assert check.action is A.EXPECT_URL


def test_limited_to_is_the_value_said() -> None:
    (check,) = planned("Verify: Hotel is limited to 160 EUR per day")
    assert (check.target.text, check.value) == ("Hotel", "160 EUR per day")


def test_the_browser_tab_title_is_the_page_title() -> None:
    (check,) = planned('Verify the browser tab title is "Issue 4: Checkout total rounds VAT incorrectly"')
    assert (check.action, check.value) == (A.EXPECT_TITLE, "Issue 4: Checkout total rounds VAT incorrectly")


def test_the_top_row_of_a_titled_table_is_its_first_row() -> None:
    (check,) = planned('Verify the top row of History shows "status: deferred -> in-progress"')
    assert (check.target.text, check.target.position, check.target.section) == ("row", 1, "History")


def test_a_counted_issue_then_its_status() -> None:
    steps = planned("The second issue is Checkout total rounds VAT incorrectly, with status chatting")
    assert [(s.target.text, s.target.position, s.value) for s in steps] == [
        ("issue", 2, "Checkout total rounds VAT incorrectly"), ("issue", 2, "chatting")]

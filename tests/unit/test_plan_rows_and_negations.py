"""Sentences from apps we did not write (a data browser, a wiki, a URL shortener, a conference planner): a check whose
subject is none is never read as a check that something is there; rows read out with their figures; only these names;
the home page; a state shown by the check in its brackets; a tooltip said in brackets; a control of a named part."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.planning import plan
from tests.unit.planned_steps import BASE, planned, refused

A = model.Action


@pytest.mark.parametrize("sentence", [
    'Verify no recipe named "Maple Pecan Granola" is shown',
    'None of the rows mention "mariablog"',
    'No row shows "mariablog"',
    'No message mentions "x"',
    'No link mentions "x"',
])
def test_a_check_that_names_none_is_never_a_check_that_one_is_there(sentence: str) -> None:
    steps = planned(sentence)
    assert [s.action for s in steps] == [A.EXPECT_HIDDEN], steps
    assert steps[0].value in ("Maple Pecan Granola", "mariablog", "x")


@pytest.mark.parametrize("sentence", ["Nothing mentions \"mariablog\"", "No bookmark shows the Unread marker"])
def test_none_said_of_no_kind_is_refused_never_turned_round(sentence: str) -> None:
    assert refused(sentence)


def test_a_name_that_starts_with_no_is_still_a_name() -> None:
    (shown,) = planned("Verify No Results Found is shown")
    assert (shown.action, shown.target.text) == (A.EXPECT_VISIBLE, "No Results Found")


@pytest.mark.parametrize(("sentence", "cells"), [
    ("Verify the first row is Fiction with a total of 6", ["Fiction", "6"]),
    ("Verify the first row is Sense and Sensibility from 1811", ["Sense", "Sensibility", "1811"]),
    ("The first row is Apollo with lead Alice Archer and status Active", ["Apollo", "Alice Archer", "Active"]),
    ("The first line must be Circular Saw 1400W with price 149.50.", ["Circular Saw 1400W", "149.50"]),
    ("The last row is the pasta-recipe link with 12 views", ["pasta-recipe", "12"]),
])
def test_a_row_read_out_with_its_figures_checks_each_cell(sentence: str, cells: list[str]) -> None:
    steps = planned(sentence)
    assert [s.value for s in steps] == cells
    assert {(s.action, s.target.position) for s in steps} == {(A.EXPECT_TEXT, steps[0].target.position)}


def test_two_rows_said_by_their_places_with_a_year_each() -> None:
    steps = planned("Verify Pride and Prejudice (1813) is second and Emma (1815) is third")
    assert [(s.target.position, s.value) for s in steps] == [(2, "Pride"), (2, "Prejudice"), (2, "1813"), (3, "Emma"), (3, "1815")]


def test_only_these_names_counts_the_rows_and_finds_each() -> None:
    count, alice, dave = planned("Verify only alice and dave are listed")
    assert (count.action, count.target.text, count.value, count.match) == (A.EXPECT_COUNT, "row", "2", model.Match.EQUALS)
    assert [(s.action, s.value) for s in (alice, dave)] == [(A.EXPECT_VISIBLE, "alice"), (A.EXPECT_VISIBLE, "dave")]
    count, *_ = planned("Verify Frankenstein and The Last Man are the only books listed")
    assert (count.target.text, count.value) == ("book", "2")
    assert refused("Only the admins and the editors are listed")  # kinds, not names


def test_user_names_said_in_lower_case_are_each_shown() -> None:
    frank, erin = planned("Verify frank and erin are both listed")
    assert [(s.action, s.value) for s in (frank, erin)] == [(A.EXPECT_VISIBLE, "frank"), (A.EXPECT_VISIBLE, "erin")]
    assert refused("comments and likes are shown")  # plural kinds, not names


@pytest.mark.parametrize("sentence", ["Verify you land on the home page", "Verify I am on the home page", "Verify I am redirected to the start page"])
def test_the_home_page_is_the_suites_own_address(sentence: str) -> None:
    (home,) = planned(sentence)
    assert (home.action, home.value, home.match) == (A.EXPECT_URL, BASE, model.Match.EQUALS)


def test_a_state_no_check_reads_is_checked_by_what_its_brackets_say() -> None:
    (link,) = planned("Verify I am not logged in (the Log In link is shown)")
    assert (link.action, link.target.text, link.target.role_hint) == (A.EXPECT_VISIBLE, "Log In", "link")


@pytest.mark.parametrize(("sentence", "text"), [
    ('Verify the caption above the table reads "23 rows sorted by title"', "23 rows sorted by title"),
    ('Verify the summary under it mentions "39 rows in 3 tables"', "39 rows in 3 tables"),
])
def test_a_line_of_prose_named_by_what_writers_call_it_is_read_on_the_page(sentence: str, text: str) -> None:
    (shown,) = planned(sentence)
    assert (shown.action, shown.target, shown.value) == (A.EXPECT_VISIBLE, None, text)


def test_a_tooltip_said_in_brackets_names_the_icon_a_lower_case_aside_does_not() -> None:
    (titled,) = planned("Click the magnifying glass icon (Perform search)")
    assert (titled.target.text, titled.target.descriptor) == ("Perform search", "icon")
    (shape,) = planned("Click the eye icon (show)")
    assert shape.target.text == "eye"


@pytest.mark.parametrize(("sentence", "text", "scope"), [
    ('Select "pages" in the column dropdown of the filter row', "column", "filter"),
    ("Click Log In in the user tools", "Log In", "user tools"),
    ("Click the Backlinks icon in the page tools", "Backlinks", "page tools"),
])
def test_a_control_of_a_named_part(sentence: str, text: str, scope: str) -> None:
    (step,) = planned(sentence)
    assert (step.target.text, step.target.scope) == (text, scope)


def test_a_named_form_is_sent_by_its_own_submit_button() -> None:
    (sent,) = planned("Submit the login form")
    assert (sent.action, sent.target.text, sent.target.scope, sent.target.scope_box) == (A.CLICK, "submit", "login", "form")
    (plain,) = planned("Submit the form")
    assert (plain.target.text, plain.target.scope) == ("submit", None)


def test_the_first_of_a_kind_listed_is_the_first_of_that_kind() -> None:
    (first,) = planned('Verify the first book listed is "A Tale of Two Cities"')
    assert (first.target.text, first.target.position, first.value) == ("book", 1, "A Tale of Two Cities")


@pytest.mark.parametrize(("sentence", "text", "role"), [
    ('Then I should not see a "Users" link', "Users", "link"),
    ('And I should not see an "Add project" option', "Add project", "option"),
    ("I should not see the Admin link", "Admin", "link"),
])
def test_what_you_should_not_see_is_checked_hidden(sentence: str, text: str, role: str) -> None:
    (hidden,) = planned(sentence)
    assert (hidden.action, hidden.target.text, hidden.target.role_hint) == (A.EXPECT_HIDDEN, text, role)


def test_neither_one_nor_the_other_shows_it() -> None:
    steps = planned('Neither Globex Blog nor Wiki Changelog shows the "UnMute notification" icon any more')
    hidden = [s for s in steps if s.action is A.EXPECT_HIDDEN]
    assert [(s.target.text, s.target.scope) for s in hidden] == [("UnMute notification", "Globex Blog"), ("UnMute notification", "Wiki Changelog")]


@pytest.mark.parametrize("sentence", [
    "The page has no Log in link",
    "The dialog disappears and nina.patel@example.com is still listed",
])
def test_a_negative_statement_no_check_reads_is_refused_never_read_as_a_presence(sentence: str) -> None:
    assert refused(sentence)


def test_negative_words_kept_where_they_are_the_check() -> None:
    (error,) = planned("Verify the error says you cannot delete this")
    assert (error.action, error.value) == (A.EXPECT_TEXT, "you cannot delete this")
    (signed_out,) = planned("Then I should not be logged in")  # the sign-in form shows it
    assert signed_out.action is A.EXPECT_VISIBLE
    (hidden,) = planned("The header has no Log in link")
    assert hidden.action is A.EXPECT_HIDDEN


def test_an_order_said_with_which_comes_first() -> None:
    (order,) = planned("Verify the rows are sorted by year, oldest first")
    assert (order.action, order.value, order.match) == (A.EXPECT_ORDER, "year", model.Match.ASCENDING)
    (order,) = planned("Verify the posts are sorted by date, newest first")
    assert order.match is model.Match.DESCENDING
    order, names = planned("The users are sorted by join date, newest first - carol, bob, alice, admin.")
    assert (order.value, names.value.split("\n")) == ("join date", ["carol", "bob", "alice", "admin"])


@pytest.mark.parametrize(("sentence", "action", "value"), [
    ("Verify the table no longer has a copies column", A.EXPECT_COUNT, "0"),
    ("Verify at least one result is listed for kubernetes", A.EXPECT_COUNT, "1"),
    ("The browser is taken to docs.google.com", A.EXPECT_URL, "docs.google.com"),
])
def test_more_ways_testers_say_a_check(sentence: str, action: model.Action, value: str) -> None:
    (step,) = planned(sentence)
    assert (step.action, step.value) == (action, value)


def test_how_a_control_looks_said_in_brackets_is_not_its_name() -> None:
    (click,) = planned("Click the Admin button (with the shield icon) in the header")
    assert (click.target.text, click.target.role_hint, click.target.region) == ("Admin", "button", "header")


def test_a_negative_word_counts_as_checked_only_as_a_word() -> None:
    shown = model.PlannedStep(index=0, text="t", action=A.EXPECT_VISIBLE, value="announcement")
    assert plan.negation_lost("I should not see the announcement", [shown])  # "announcement" holds the letters "no"
    said = model.PlannedStep(index=0, text="t", action=A.EXPECT_TEXT, value="you cannot delete this")
    assert not plan.negation_lost("Verify the error says you cannot delete this", [said])


def test_no_such_message_is_its_words_nowhere() -> None:
    (hidden,) = planned('And no "Congratulations, you are now a registered user!" message is shown')
    assert (hidden.action, hidden.value) == (A.EXPECT_HIDDEN, "Congratulations, you are now a registered user!")

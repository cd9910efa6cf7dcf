"""Sentences from a budget app and an issue tracker we did not write: an issue's title that holds "never" checked word
for word, two names that both show a value, one quoted name above another, a shared password said in quotes, a Given
that says what was opened, and a notification or dialog closed by what it says."""

from __future__ import annotations

import pytest

from pacts_farm import model
from tests.unit.planned_steps import planned, refused

A = model.Action


@pytest.mark.parametrize(("sentences", "position"), [
    (("The last row is Password reset email never arrives",), -1),
    (("3 issues are shown", "The first one is Password reset email never arrives"), 1),
])
def test_a_title_holding_never_is_checked_word_for_word(sentences: tuple[str, ...], position: int) -> None:
    check = planned(*sentences)[-1]
    assert (check.action, check.target.position, check.value) == (A.EXPECT_TEXT, position, "Password reset email never arrives")


def test_a_capitalised_message_said_unquoted_is_checked_with_its_not() -> None:
    (check,) = planned("Verify the error message contains Password does not match")
    assert (check.action, check.value) == (A.EXPECT_TEXT, "Password does not match")


@pytest.mark.parametrize("sentence", ["The status is Not started", "Verify the status is Never shown"])
def test_a_value_that_starts_with_a_negation_is_still_refused(sentence: str) -> None:
    assert refused(sentence)


def test_two_names_that_both_show_a_value_each_show_it() -> None:
    steps = planned("Verify Off budget and Retirement 401k both show 42,500.00.")
    assert [(s.action, s.target.text, s.target.role_hint, s.value) for s in steps] == [
        (A.EXPECT_TEXT, "Off budget", None, "42,500.00"), (A.EXPECT_TEXT, "Retirement 401k", None, "42,500.00")]


def test_one_quoted_name_above_another_said_without_a_verb_is_their_order() -> None:
    (order,) = planned('Expect "Checkout total rounds VAT incorrectly" above "Export to CSV drops the last row"')
    assert (order.action, order.value) == (A.EXPECT_ORDER, "Checkout total rounds VAT incorrectly\nExport to CSV drops the last row")


def test_a_shared_password_said_in_quotes_signs_in_with_it_alone() -> None:
    opened, typed, pressed = planned('Log in with "Ledger2026!"')
    assert (typed.action, typed.target.text, typed.value, pressed.action) == (A.FILL, "password", "Ledger2026!", A.PRESS)


@pytest.mark.parametrize("sentence", ['Log in with "Google"', 'Log in with "alice"'])
def test_a_quoted_word_that_is_no_password_is_never_typed_as_one(sentence: str) -> None:
    assert refused(sentence)


@pytest.mark.parametrize("sentence", [
    "Given I am signed in with password Ledger2026! and have opened the Hartley Family Budget file",
    "Given I am signed in with password Ledger2026! and I open the Hartley Family Budget file",
])
def test_a_given_that_says_what_was_opened_opens_it_after_signing_in(sentence: str) -> None:
    *signed_in, opened = planned(sentence)
    assert [s.action for s in signed_in] == [A.CLICK, A.FILL, A.PRESS]
    assert (opened.action, opened.target.text) == (A.CLICK, "Hartley Family Budget file")


@pytest.mark.parametrize(("sentence", "scope", "region"), [
    ('Close the "Welcome to Actual!" notification.', "Welcome to Actual!", None),
    ('Dismiss the "Saved" message', "Saved", None),
    ('Close the "Edit user" dialog', "Edit user", "dialog"),
])
def test_a_box_closed_by_what_it_says_is_its_close_control(sentence: str, scope: str, region: str | None) -> None:
    (click,) = planned(sentence)
    assert (click.action, click.target.text, click.target.scope, click.target.region) == (A.CLICK, "Close", scope, region)


@pytest.mark.parametrize(("sentence", "said"), [("Submit changes", "Submit changes"), ("And I submit the changes", "submit changes"),
                                                ("Save changes", "Save changes")])
def test_changes_submitted_is_a_click_on_the_button_that_says_so(sentence: str, said: str) -> None:
    (click,) = planned(sentence)
    assert (click.action, click.target.text, click.target.role_hint) == (A.CLICK, said, "button")


def test_also_found_is_listed_never_a_role_called_found() -> None:
    (shown,) = planned('Verify "Feature #2 (New): Add dark mode toggle to the header" is also found')
    assert (shown.action, shown.value) == (A.EXPECT_VISIBLE, "Feature #2 (New): Add dark mode toggle to the header")


def test_the_selected_one_is_selected() -> None:
    (state,) = planned("General tab is the active one")
    assert (state.action, state.target.text, state.target.role_hint) == (A.EXPECT_STATE, "General", "tab")


@pytest.mark.parametrize(("sentence", "value"), [("Verify the Status now reads In Progress", "In Progress"),
                                                 ("Verify the status shows On Hold", "On Hold")])
def test_a_status_in_capitals_that_starts_like_where_is_the_text_read(sentence: str, value: str) -> None:
    (check,) = planned(sentence)
    assert (check.action, check.target.text.lower(), check.value) == (A.EXPECT_TEXT, "status", value)


def test_waiting_until_things_are_displayed_waits_for_the_first_of_them() -> None:
    (wait,) = planned("Wait until the boards are displayed")
    assert (wait.action, wait.target.text) == (A.WAIT_FOR, "board")


@pytest.mark.parametrize(("sentence", "field", "value"), [("Leave the role as Member", "role", "Member"),
                                                          ('Keep the operator at "="', "operator", "="),
                                                          ('Keep the condition "equals"', "condition", "equals")])
def test_a_value_left_as_it_is_is_checked_to_be_that_value(sentence: str, field: str, value: str) -> None:
    (check,) = planned(sentence)
    assert (check.action, check.target.text, check.value) == (A.EXPECT_VALUE, field, value)


def test_a_field_left_empty_is_still_emptied_never_checked() -> None:
    (fill,) = planned("Leave the Coupon code empty")
    assert (fill.action, fill.value or "") == (A.FILL, "")


def test_leaving_the_rest_at_its_default_is_never_a_check_of_a_field() -> None:
    (click,) = planned("Leave everything else at its default and press Save")
    assert (click.action, click.target.text) == (A.CLICK, "Save")


def test_leaving_the_page_is_never_a_check_of_a_field() -> None:
    assert refused("Leave the page with the Media breadcrumb at the top")

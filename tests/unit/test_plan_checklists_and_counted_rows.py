"""Sentences from a wiki and a budget app we did not write: a checklist's own marks before the sentence ("[ ] ",
"Step 2 - ", "Check: ", "Manager check: "), an action then "pick" or "hit" another, and rows counted by what they say."""

from __future__ import annotations

import pytest

from pacts_farm import model
from tests.unit.planned_steps import planned, refused

A = model.Action


@pytest.mark.parametrize(("sentence", "action"), [
    ("[ ] Exactly 3 revisions are listed", A.EXPECT_COUNT),
    ("- [x] Exactly 3 revisions are listed", A.EXPECT_COUNT),
    ("Step 4 - press Register", A.CLICK),
    ("Check: press Register", A.CLICK),
    ('Checklist: confirm the message "You logged out successfully." appears', A.EXPECT_VISIBLE),
    ('Result: the page says "Search matched 1 page"', A.EXPECT_VISIBLE),
    ('To check: the error "The passwords do not match." shows up', A.EXPECT_TEXT),
    ("Verify: Hotel is limited to 160 EUR per day", A.EXPECT_TEXT),
])
def test_a_checklists_own_marks_are_left_out(sentence: str, action: model.Action) -> None:
    (step,) = planned(sentence)
    assert step.action is action


def test_a_step_said_to_say_something_keeps_its_number() -> None:
    (check,) = planned('Step 3 says "Make wells, crack in the eggs"')
    assert check.action is A.EXPECT_TEXT and check.value == "Make wells, crack in the eggs"


def test_a_label_before_signing_in_is_left_out() -> None:
    assert [s.action for s in planned("Manager check: log in as helen with password Tide#2026")] == [A.CLICK, A.FILL, A.FILL, A.PRESS]


@pytest.mark.parametrize(("sentence", "second"), [
    ("I open the three-dot menu at the top right and pick Changelog.", "Changelog"),
    ("Type Inbox as the name and hit Save", "Save"),
])
def test_pick_and_hit_start_a_second_action(sentence: str, second: str) -> None:
    first, then = planned(sentence)
    assert then.action is A.CLICK and then.target.text == second and second not in first.target.text


@pytest.mark.parametrize(("sentence", "value", "count"), [
    ("Greenleaf Market appears in 4 rows", "Greenleaf Market", "4"),
    ('Verify there are 2 rows with "Overdue"', "Overdue", "2"),
    ("3 rows containing Bob", "Bob", "3"),
])
def test_rows_counted_by_what_they_say(sentence: str, value: str, count: str) -> None:
    (step,) = planned(sentence)
    assert (step.action, step.target.text, step.target.role_hint, step.target.says, step.value) == (A.EXPECT_COUNT, "row", "row", value, count)
    assert step.target.scope is None  # the rows that say it, never rows inside an item called so


def test_rows_with_a_columns_value_are_not_counted_by_a_text() -> None:
    steps = () if refused("There are 2 rows with status Active") else planned("There are 2 rows with status Active")
    assert all(s.target is None or s.target.says != "status Active" for s in steps)


@pytest.mark.parametrize(("sentence", "action", "value"), [
    ('The page shall show "25 vacation days"', A.EXPECT_VISIBLE, "25 vacation days"),
    ('There is written "Partner certificates expire in January"', A.EXPECT_VISIBLE, "Partner certificates expire in January"),
    ('The address must finish with "#open-risks"', A.EXPECT_URL, "#open-risks"),
])
def test_a_non_native_speakers_words(sentence: str, action: model.Action, value: str) -> None:
    (step,) = planned(sentence)
    assert (step.action, step.value) == (action, value)


def test_a_warning_that_comes_is_shown() -> None:
    (step,) = planned('A warning "Contacts exists already." comes')
    assert (step.action, step.target.text) == (A.EXPECT_VISIBLE, "Contacts exists already.")


def test_shall_inside_quotes_is_the_text() -> None:
    (step,) = planned('Verify "You shall not pass" is shown')
    assert step.value == "You shall not pass"


def test_reading_a_page_in_a_given_opens_it() -> None:
    (step,) = planned("Given I am reading the Vacation Policy page")
    assert (step.action, step.target.text) == (A.CLICK, "Vacation Policy")


def test_opening_a_page_from_the_page_it_is_linked_on_clicks_its_link() -> None:
    (step,) = planned("open Expense Policy from the Handbook page")
    assert (step.action, step.target.text) == (A.CLICK, "Expense Policy")


@pytest.mark.parametrize("said", ["three vertical dots", "vertical dots", "three dots"])
def test_dots_said_in_three_words_name_the_ellipsis_icon(said: str) -> None:
    from pacts_farm.planning import vocabulary

    assert vocabulary.cover(said, vocabulary.expand(["fas", "fa-ellipsis-v", "ellipsis", "v"])) >= 0.89


def test_a_quoted_link_in_the_table_is_that_link() -> None:
    (click,) = planned('When I click the "Harbor Bridge" link in the table')
    assert (click.action, click.target.text, click.target.role_hint, click.target.exact) == (A.CLICK, "Harbor Bridge", "link", True)


def test_a_quoted_name_in_the_results_keeps_the_results_as_its_box() -> None:
    (click,) = planned('Click "Mobile App" in the results')
    assert click.target.scope == "results"


def test_a_field_that_still_holds_a_name_in_capitals() -> None:
    (check,) = planned("Check: the Name field still holds Erin Walsh")
    assert (check.action, check.target.text, check.value) == (A.EXPECT_VALUE, "Name", "Erin Walsh")


def test_an_error_i_get_is_the_error_message_shown() -> None:
    (check,) = planned('I get the error "Please provide a name."')
    assert (check.action, check.value) == (A.EXPECT_TEXT, "Please provide a name.")


@pytest.mark.parametrize(("sentence", "fills"), [
    ("Fill Name with Nina and Surname with Alvarez", [("Name", "Nina"), ("Surname", "Alvarez")]),
    ("Fill in the Email with omar@northwind.test and the Name with Omar", [("Email", "omar@northwind.test"), ("Name", "Omar")]),
    ("fill eMail Address with erin.riverside.example, both password fields with Harbor2026 and Name with Erin Walsh",
     [("eMail Address", "erin.riverside.example"), ("password", "Harbor2026"), ("password", "Harbor2026"), ("Name", "Erin Walsh")]),
])
def test_fields_each_with_a_bare_value_are_each_filled_never_one_field_with_the_rest(sentence: str, fills: list[tuple[str, str]]) -> None:
    assert [(s.target.text, s.value) for s in planned(sentence)] == fills


def test_a_bare_value_with_and_in_it_is_one_value() -> None:
    (fill,) = planned("Fill the Notes field with Tea and cake")
    assert fill.value == "Tea and cake"


def test_a_named_tables_count_of_things_is_its_rows() -> None:
    count, *listed = planned("the limits table has 3 categories: Meals, Hotel and Taxi")
    assert (count.action, count.target.text, count.target.role_hint, count.value) == (A.EXPECT_COUNT, "limits table row", "row", "3")
    assert [s.value for s in listed] == ["Meals", "Hotel", "Taxi"]

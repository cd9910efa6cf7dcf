"""Sentences from an issue tracker and a kanban board we did not write: a count brought in however the tester
says it ("Under "Allowed Users" there are 4 users: …", "3 schemas: …", "top to bottom: …"), a check said verb
first or short ("Now must be shown "X" on top of page", "Under Mobile App is written "4 tasks""), a row's values
each said with "is", and a count said where a thing shown is never read as that thing."""

from __future__ import annotations

import pytest

from pacts_farm import model
from tests.unit.planned_steps import planned, refused

A = model.Action


def test_a_count_under_a_heading_brought_in_with_there_are_then_each_name_there() -> None:
    count, *listed = planned('Under "Allowed Users" there are 4 users: Alice Martin, Bob Nguyen, Carol Diaz, Dave Kowalski')
    assert (count.action, count.target.text, count.target.section, count.value) == (A.EXPECT_COUNT, "user", "Allowed Users", "4")
    assert [(s.action, s.target.text, s.target.section) for s in listed] == [
        (A.EXPECT_VISIBLE, name, "Allowed Users") for name in ("Alice Martin", "Bob Nguyen", "Carol Diaz", "Dave Kowalski")]


@pytest.mark.parametrize("sentence", ['Under "Quick links" there are 5 links', 'Under "Quick links" 5 links are listed'])
def test_a_count_under_a_heading_alone_is_counted_there_never_read_as_the_heading_shown(sentence: str) -> None:
    (count,) = planned(sentence)
    assert (count.action, count.target.text, count.target.section, count.value) == (A.EXPECT_COUNT, "link", "Quick links", "5")


@pytest.mark.parametrize(("sentence", "noun", "names"), [
    ("3 schemas: inventory, public, sales", "schema", ["inventory", "public", "sales"]),
    ("It should have 6 unchecked items: Milk, Eggs, Bread, Bananas, Spinach and Chicken thighs", "unchecked item",
     ["Milk", "Eggs", "Bread", "Bananas", "Spinach", "Chicken thighs"]),
    ("Verify that in the table are four runs: gbm-v4-nightly, gbm-v3, gbm-v2 and iforest-v1", "run",
     ["gbm-v4-nightly", "gbm-v3", "gbm-v2", "iforest-v1"]),
    ("Only 4 cards are on the board: Push notification settings screen, Dark theme icons, Crash on rotate, App icon redesign", "card",
     ["Push notification settings screen", "Dark theme icons", "Crash on rotate", "App icon redesign"]),
])
def test_a_count_then_its_names_however_brought_in(sentence: str, noun: str, names: list[str]) -> None:
    count, *listed = planned(sentence)
    assert (count.action, count.target.text, count.value) == (A.EXPECT_COUNT, noun, str(len(names)))
    assert [(s.action, s.value or s.target.text) for s in listed] == [(A.EXPECT_VISIBLE, n) for n in names]


@pytest.mark.parametrize(("sentence", "section", "names"), [
    ("The Backlog column has 3 tasks, top to bottom: Push notification settings screen, Offline mode for task list, Dark theme icons",
     "Backlog", ["Push notification settings screen", "Offline mode for task list", "Dark theme icons"]),
    ("In Active tab must see 3 users: Carol Viewer, Bob Analyst, Alice Admin, in this order", "Active tab",
     ["Carol Viewer", "Bob Analyst", "Alice Admin"]),
])
def test_a_count_in_a_part_then_the_order_said(sentence: str, section: str, names: list[str]) -> None:
    count, order = planned(sentence)
    assert (count.action, count.value) == (A.EXPECT_COUNT, "3")
    assert (order.action, order.match, order.value.split("\n")) == (A.EXPECT_ORDER, model.Match.SEQUENCE, names)
    assert section in (order.target.section or "")


def test_a_count_then_names_by_their_places_is_their_order() -> None:
    count, order = planned('Check there are two swimlanes, "Engineering" first and "Content" second')
    assert (count.action, count.target.text, count.value) == (A.EXPECT_COUNT, "swimlane", "2")
    assert (order.action, order.value) == (A.EXPECT_ORDER, "Engineering\nContent")


def test_a_kind_listed_in_an_order_said_short() -> None:
    (order,) = planned("Projects listed in order: Mobile App, Office Move, Website Redesign")
    assert (order.action, order.target.text, order.value) == (A.EXPECT_ORDER, "project", "Mobile App\nOffice Move\nWebsite Redesign")


def test_there_are_now_is_there_are() -> None:
    (count,) = planned("there are now 2 comments")
    assert (count.action, count.target.text, count.value) == (A.EXPECT_COUNT, "comment", "2")


@pytest.mark.parametrize(("sentence", "values"), [
    ('In the row for Alice Martin the role is "Manager" and the email alice@example.test', ["Manager", "alice@example.test"]),
    ('The row of carol shows name "Carol Reyes" and email carol@acme.test', ["Carol Reyes", "carol@acme.test"]),
])
def test_a_rows_values_each_said_with_its_kind(sentence: str, values: list[str]) -> None:
    steps = planned(sentence)
    assert [s.action for s in steps] == [A.EXPECT_TEXT, A.EXPECT_TEXT]  # never a fill of the Email field
    assert [s.value for s in steps] == values
    assert all(s.target.role_hint == "row" for s in steps)


@pytest.mark.parametrize(("sentence", "value", "where"), [
    ('Now must be shown "logged in as mallory" on top of page', "logged in as mallory", ("region", "top")),
    ('Expect "logged in as Alice Johnson" in the header', "logged in as Alice Johnson", ("region", "header")),
    ('Under Mobile App is written "4 tasks"', "4 tasks", ("section", "Mobile App")),
    ('Verify the board shows the task "Add dark mode toggle" in the Backlog column', "Add dark mode toggle", ("section", "Backlog")),
])
def test_a_text_shown_said_verb_first_or_short_is_looked_for_where_said(sentence: str, value: str, where: tuple[str, str]) -> None:
    (shown,) = planned(sentence)
    assert (shown.action, shown.target.text) == (A.EXPECT_VISIBLE, value)
    assert getattr(shown.target, where[0]) == where[1]


def test_must_be_listed_the_pages_is_each_page_listed() -> None:
    steps = planned("Must be listed the pages CodingGuidelines, DevelopmentProcess and WikiStart")
    assert [(s.action, s.value or s.target.text) for s in steps] == [
        (A.EXPECT_VISIBLE, n) for n in ("CodingGuidelines", "DevelopmentProcess", "WikiStart")]


def test_what_must_be_seen_with_nothing_named_is_not_read() -> None:
    assert refused("I must see again the list with the Filter by box")


def test_confirm_a_button_in_the_dialog_is_never_read_as_a_text_shown() -> None:
    assert refused('Confirm "Delete Discussion" in the dialog')  # a click the rules do not read alone, never a text shown


def test_there_is_the_control() -> None:
    (shown,) = planned("Check there is the Logout button")
    assert (shown.action, shown.target.text, shown.target.role_hint) == (A.EXPECT_VISIBLE, "Logout", "button")


@pytest.mark.parametrize(("sentence", "order"), [
    ("CodingGuidelines come before DevelopmentProcess in the list", "CodingGuidelines\nDevelopmentProcess"),
    ('"Beta site is live" appears below "Launch date moved to March"', "Launch date moved to March\nBeta site is live"),
])
def test_one_name_before_another(sentence: str, order: str) -> None:
    (step,) = planned(sentence)
    assert (step.action, step.value) == (A.EXPECT_ORDER, order)


def test_parts_of_the_page_one_above_another_are_not_names_in_a_list() -> None:
    assert refused("The menu is above the footer")


@pytest.mark.parametrize(("sentence", "values"), [
    ('The second comment is from Alice Martin: "Please check keyboard navigation too"', ["Alice Martin", "Please check keyboard navigation too"]),
    ('The first row is #1 "Login page shows a blank screen in Safari 17"', ["#1", "Login page shows a blank screen in Safari 17"]),
])
def test_the_nth_item_with_two_things_it_shows(sentence: str, values: list[str]) -> None:
    steps = planned(sentence)
    assert [(s.action, s.value) for s in steps] == [(A.EXPECT_TEXT, v) for v in values]
    assert {s.target.position for s in steps} in ({1}, {2})


@pytest.mark.parametrize("sentence", ['When I try to log in as carol with the password "x"', 'I try to log in as "carol" with password "x"'])
def test_trying_to_sign_in_said_with_who_tries(sentence: str) -> None:
    steps = planned(sentence)
    fills = [(s.target.text, s.value) for s in steps if s.action is A.FILL]
    assert ("username", "carol") in fills and len(fills) == 2

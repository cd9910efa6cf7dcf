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


def test_the_last_said_alone_after_the_first_is_the_last_of_the_same_kind_never_a_label() -> None:
    first, last = planned('The first result is "Django documentation", the last is "FastAPI"')
    assert [(s.action, s.target.text, s.target.position, s.value) for s in (first, last)] == [
        (A.EXPECT_TEXT, "result", 1, "Django documentation"), (A.EXPECT_TEXT, "result", -1, "FastAPI")]


@pytest.mark.parametrize("sentence", [
    'Fill Username with "newbie", Password with "Secret#1" and Confirm Password with "Secret#2"',
    'Fill Username "newbie", Password "Secret#1" and Confirm Password "Secret#2"',
])
def test_a_field_called_confirm_password_is_filled_never_clicked(sentence: str) -> None:
    steps = planned(sentence)
    assert [(s.action, s.target.text, s.value) for s in steps] == [
        (A.FILL, "Username", "newbie"), (A.FILL, "Password", "Secret#1"), (A.FILL, "Confirm Password", "Secret#2")]


def test_values_chosen_as_fields_said_without_an_article() -> None:
    steps = planned('And I select "Frontend" as component and "minor" as priority')
    assert [(s.action, s.target.text, s.value) for s in steps] == [(A.SELECT, "component", "Frontend"), (A.SELECT, "priority", "minor")]
    (one,) = planned('Select "Frontend" as component')
    assert (one.action, one.target.text, one.value) == (A.SELECT, "component", "Frontend")


@pytest.mark.parametrize(("sentences", "noun", "values"), [
    (('5 tasks found', 'first result "Sign new lease", last "Audit current site analytics"'), "result",
     ["Sign new lease", "Audit current site analytics"]),
    (('8 reports listed under "SQL reports"', 'first one "{1} Active Tickets", last one "{8} Active Tickets, Mine first"'), "report",
     ["{1} Active Tickets", "{8} Active Tickets, Mine first"]),
])
def test_the_first_and_the_last_said_short(sentences: tuple[str, str], noun: str, values: list[str]) -> None:
    count, first, last = planned(*sentences)
    assert count.action is A.EXPECT_COUNT and count.target.text in ("task", "report")  # "5 tasks found": tasks, not "tasks found"
    assert [(s.action, s.target.text, s.target.position, s.value) for s in (first, last)] == [
        (A.EXPECT_TEXT, noun, 1, values[0]), (A.EXPECT_TEXT, noun, -1, values[1])]


def test_first_one_with_nothing_counted_before_is_not_read() -> None:
    assert refused('first one "A", last one "B"')


def test_the_first_and_the_last_of_those_just_counted_never_a_label_called_first() -> None:
    _, first, last = planned("Verify 6 pins are listed",
                             'Verify the first is "Birthday gift ideas for Mum" and the last is "Golden Gate Bridge at sunset"')
    assert [(s.action, s.target.text, s.target.position) for s in (first, last)] == [(A.EXPECT_TEXT, "pin", 1), (A.EXPECT_TEXT, "pin", -1)]


def test_a_tables_rows_said_with_what_they_are_are_counted_never_read_as_a_text() -> None:
    (count,) = planned("The report table has 19 ticket rows")
    assert (count.action, count.target.role_hint, count.value) == (A.EXPECT_COUNT, "row", "19")


def test_a_table_that_lists_a_count_in_an_order_is_that_count_then_that_order() -> None:
    count, order = planned("The table lists 4 categories in this order: Backend, Copywriting, Design, Frontend")
    assert (count.action, count.target.text, count.value) == (A.EXPECT_COUNT, "category", "4")
    assert (order.action, order.target.text, order.target.section, order.value) == (
        A.EXPECT_ORDER, "category", None, "Backend\nCopywriting\nDesign\nFrontend")


def test_a_value_said_with_its_kind_before_its_number_is_the_number() -> None:
    (step,) = planned("The second result is ticket #3")
    assert (step.action, step.target.position, step.value) == (A.EXPECT_TEXT, 2, "#3")


def test_a_dialog_confirmed_with_its_button_is_a_click_never_a_check() -> None:
    (click,) = planned('Confirm the dialog "Close a task" with Yes')
    assert (click.action, click.target.text, click.target.region) == (A.CLICK, "Yes", "dialog")


def test_check_a_list_read_out_is_never_a_tick() -> None:
    (order,) = planned("Check the columns are, from left to right: Backlog, Ready, Work in progress, Done")
    assert (order.action, order.value) == (A.EXPECT_ORDER, "Backlog\nReady\nWork in progress\nDone")


def test_the_nth_row_by_its_kind_and_number_then_its_title() -> None:
    number, title = planned('Verify the first row is issue 20 "Design dark colour palette"')
    assert [(s.action, s.target.position, s.value) for s in (number, title)] == [
        (A.EXPECT_TEXT, 1, "20"), (A.EXPECT_TEXT, 1, "Design dark colour palette")]


def test_a_part_showing_a_text_and_who_wrote_it_checks_both_there() -> None:
    text, who = planned('Verify the Comments section shows "Great work, everyone!" by Bob Chen')
    assert [(s.action, s.target.text, s.target.section) for s in (text, who)] == [
        (A.EXPECT_VISIBLE, "Great work, everyone!", "Comments"), (A.EXPECT_VISIBLE, "Bob Chen", "Comments")]


@pytest.mark.parametrize("sentence", ["Open the avatar menu top right", "Open the avatar menu top-right corner"])
def test_a_corner_said_without_at_the_is_where_never_part_of_the_name(sentence: str) -> None:
    (click,) = planned(sentence)
    assert (click.action, click.target.text, click.target.region) == (A.CLICK, "avatar menu", "top right")


@pytest.mark.parametrize("sentence", ["Engineering: 7 open tasks, 1 closed task", "Content: 3 open tasks"])
def test_figures_after_a_name_and_a_colon_are_never_typed_into_a_field(sentence: str) -> None:
    assert refused(sentence)
    (fill,) = planned("Status: Closed")  # a field and its value, as before
    assert (fill.action, fill.target.text, fill.value) == (A.FILL, "Status", "Closed")


def test_two_values_of_a_row_said_first_are_both_of_that_row() -> None:
    steps = planned("In the row for #6 the owner is Dave Chen and the status is assigned")
    assert [(s.action, s.target.text, s.target.role_hint, s.value) for s in steps] == [
        (A.EXPECT_TEXT, "#6", "row", "Dave Chen"), (A.EXPECT_TEXT, "#6", "row", "assigned")]


def test_also_in_the_results_is_listed_there() -> None:
    (step,) = planned('"ReleaseNotes" is also in the results')
    assert (step.action, step.target.text, step.value) == (A.EXPECT_TEXT, "results", "ReleaseNotes")


def test_a_count_is_refused_as_a_text_shown_however_it_is_qualified() -> None:
    from pacts_farm.planning.rules import assertions

    # "I see exactly four recipes" is a count (lists.py), never the words; 'Under "X" 5 links' ends with a count
    assert all(assertions._COUNTED.fullmatch(said) for said in ("exactly four recipes", "at least 2 results", "3 tags"))
    assert assertions._ENDS_WITH_A_COUNT.search('Under "Quick links" 5 links')

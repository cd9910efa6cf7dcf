"""Sentences from an image-board app we did not write: a control of the item just hovered said with "its", a control
for an item named in quotes then its kind, a tag named after the word "tag", a count then one of the things counted,
a box that pops up saying something, a question answered with a button, states said as "stays" or "is offered", an
item named then its kind ("the Kitchen board"), a dialog opened by its name; and what testers of other apps wrote
beside them: signed out as every test starts, a link followed, "… and submit", a hurried sign-in note, a password said
alone, a place on a page never read as an order."""

from __future__ import annotations

import pytest

from pacts_farm import model
from tests.unit.planned_steps import planned, refused

A = model.Action


@pytest.mark.parametrize(("sentence", "hovered", "control"), [
    ("Hover over the Road Trips board and click its trash can icon", "Road Trips board", "trash can"),
    ('Hover "Mountain cabin in the Alps" and click its plus icon', "Mountain cabin in the Alps", "plus"),
])
def test_its_control_belongs_to_the_item_just_hovered(sentence: str, hovered: str, control: str) -> None:
    hover, click = planned(sentence)
    assert hover.action is A.HOVER and hover.target.text == hovered
    assert click.action is A.CLICK and click.target.text == control and click.target.descriptor == "icon"
    assert click.target.scope == hovered.removesuffix(" board")


def test_its_control_said_in_the_next_sentence() -> None:
    _, click = planned("Hover over the Road Trips board", "Click its trash can icon")
    assert click.target.scope == "Road Trips"


def test_its_control_with_no_item_before_is_not_read() -> None:
    assert refused("Click its trash can icon")


@pytest.mark.parametrize(("sentence", "text", "scope"), [
    ('When I click the tag baking on the "Sourdough starter, day five" pin', "baking", "Sourdough starter, day five"),
    ('Click the user name "bob" under the "Handmade ceramic mugs" pin', "bob", "Handmade ceramic mugs"),
])
def test_a_control_for_an_item_named_in_quotes(sentence: str, text: str, scope: str) -> None:
    (click,) = planned(sentence)
    assert (click.action, click.target.text, click.target.scope) == (A.CLICK, text, scope)


def test_a_form_named_in_quotes_stays_the_form() -> None:
    (press,) = planned('Press Enter in the password field in the "I already have an account" form')
    assert press.target.scope_box == "form" and press.target.text == "password"


@pytest.mark.parametrize("sentence", ["Enter Production as the tag name", "Deprecated is no longer in the tag list",
                                      'Verify the row "Weekly digest" shows the tag mail'])
def test_the_tag_word_before_a_part_of_a_form_or_in_a_check_stays(sentence: str) -> None:
    for step in planned(sentence):
        assert "name tag" not in (step.target.text if step.target else "") and step.value != "the mail tag"


def test_a_count_then_one_of_them() -> None:
    count, shown = planned('Verify 11 pins are listed, one of them "Birthday gift ideas for Mum"')
    assert (count.action, count.target.text, count.value) == (A.EXPECT_COUNT, "pin", "11")
    assert (shown.action, shown.value) == (A.EXPECT_VISIBLE, "Birthday gift ideas for Mum")


def test_just_one_on_the_page_then_which() -> None:
    count, each = planned('Verify just one pin is on the page, "Lighthouse on the rocky coast"')
    assert (count.action, count.value) == (A.EXPECT_COUNT, "1")
    assert (each.action, each.value) == (A.EXPECT_EACH, "Lighthouse on the rocky coast")


@pytest.mark.parametrize("sentence", ['Make sure the pin "Birthday gift ideas for Mum" is on the wall',
                                      'Verify the pin "Secret garden layout plan" is shown on this board'])
def test_on_the_page_by_any_name(sentence: str) -> None:
    (shown,) = planned(sentence)
    assert shown.action is A.EXPECT_VISIBLE and shown.target.text in ("Birthday gift ideas for Mum", "Secret garden layout plan")


@pytest.mark.parametrize(("sentence", "action", "value"), [
    ('Verify a preview pops up saying "Pinned by bob"', A.EXPECT_VISIBLE, "Pinned by bob"),
    ('Verify "Error 404" is shown in large letters', A.EXPECT_VISIBLE, "Error 404"),
])
def test_what_a_box_says_is_shown(sentence: str, action: model.Action, value: str) -> None:
    (step,) = planned(sentence)
    assert (step.action, step.value or step.target.text) == (action, value)


def test_a_question_answered_with_a_button_of_the_dialog() -> None:
    (click,) = planned('Answer the question "Delete this Board?" with OK')
    assert (click.action, click.target.text, click.target.region) == (A.CLICK, "OK", "dialog")


def test_a_dialog_that_stays_open_is_shown() -> None:
    (shown,) = planned("Verify the Login dialog stays open")
    assert (shown.action, shown.target.text, shown.target.role_hint) == (A.EXPECT_VISIBLE, "Login", "dialog")


def test_offered_in_the_suggestions_is_shown_there() -> None:
    (check,) = planned('Verify "cooking" is offered in the suggestions')
    assert (check.action, check.target.text, check.value) == (A.EXPECT_TEXT, "suggestions", "cooking")


def test_the_page_says_at_the_bottom() -> None:
    (shown,) = planned('Verify the page says "4 users" at the bottom')
    assert (shown.target.text, shown.target.region) == ("4 users", "bottom")


def test_names_shown_then_in_that_order_after_a_comma() -> None:
    (order,) = planned('Verify the pins "Lighthouse on the rocky coast", "Tokyo street at night" and "Golden Gate Bridge at sunset" are shown, in that order')
    assert order.action is A.EXPECT_ORDER and order.value.split("\n") == [
        "Lighthouse on the rocky coast", "Tokyo street at night", "Golden Gate Bridge at sunset"]


@pytest.mark.parametrize("sentence", ["Given I am not logged in", "Given I am a visitor who is not signed in",
                                      "Given I am an anonymous visitor"])
def test_signed_out_is_how_every_test_starts(sentence: str) -> None:
    """A fresh browser has no session: the Given holds as the test starts, and the page is waited for."""
    (wait,) = planned(sentence)
    assert wait.action is A.WAIT_FOR and wait.target is None


def test_signed_out_said_of_a_requirement_that_starts_signed_in_is_refused() -> None:
    from pacts_farm import errors
    from pacts_farm.planning import plan

    item = model.Item(key="k", requirement_id="k", title="k", auth="admin",
                      steps=(model.SuiteStep(text="Given I am not logged in", line=3),))
    with pytest.raises(errors.PlanInvalid) as raised:
        plan.make_plan(item, base_url="http://shop.test/")
    (problem,) = raised.value.problems
    assert problem.line == 3 and "auth: admin" in problem.hint


def test_signed_out_is_no_check_outside_a_given() -> None:
    assert refused("I am not logged in")


@pytest.mark.parametrize(("sentence", "text"), [('I follow "next >>"', "next >>"), ("Follow the Privacy link", "Privacy")])
def test_a_link_followed_is_clicked(sentence: str, text: str) -> None:
    (click,) = planned(sentence)
    assert (click.action, click.target.text) == (A.CLICK, text)


@pytest.mark.parametrize(("sentence", "button"), [('Add the comment "Any update on this?" and submit', "submit"),
                                                  ('Fill "x" in Name and save', "Save")])
def test_and_submit_at_the_end_is_a_second_action(sentence: str, button: str) -> None:
    fill, click = planned(sentence)
    assert fill.action is A.FILL and (click.action, click.target.text) == (A.CLICK, button)


def test_a_hurried_login_note_with_the_suites_password() -> None:
    steps = planned("Login alice ${secret:password}")
    assert [s.action for s in steps] == [A.CLICK, A.FILL, A.FILL, A.PRESS]
    assert steps[1].value == "alice" and steps[2].value == "${secret:password}"


@pytest.mark.parametrize(("sentence", "shown"), [("The Databases heading is shown on the home page.", "Databases"),
                                                 ("The Users model is listed on the dashboard", "Users model")])
def test_listed_on_a_page_is_where_never_an_order(sentence: str, shown: str) -> None:
    (check,) = planned(sentence)
    assert check.action is A.EXPECT_VISIBLE and check.target.text == shown


def test_a_login_note_using_the_password_names_no_user() -> None:
    assert "using" not in [s.value for s in planned("Log in using ${secret:password}")]


def test_on_a_page_and_signed_out_goes_there() -> None:
    (go,) = planned("Given I am on the home page and not logged in")
    assert go.action is A.NAVIGATE and go.value == "http://shop.test/"


@pytest.mark.parametrize(("sentence", "name", "noun"), [('Verify the Kitchen board says "Pins in board: 2"', "Kitchen", "board"),
                                                        ('The Travel Dreams board shows "3 pins"', "Travel Dreams", "board")])
def test_a_name_then_its_kind_is_that_item(sentence: str, name: str, noun: str) -> None:
    (check,) = planned(sentence)
    assert (check.target.text, check.target.exact, check.target.descriptor) == (name, True, noun)


def test_a_name_then_a_control_word_stays_a_control() -> None:
    (check,) = planned('The Save button says "Saved"')
    assert check.target.role_hint == "button" and check.target.descriptor is None


def test_opening_a_dialog_by_its_name_clicks_the_control_named_so() -> None:
    (click,) = planned("Open the Sign up dialog")
    assert (click.action, click.target.text, click.target.role_hint) == (A.CLICK, "Sign up", None)


def test_a_board_named_so_is_that_item() -> None:
    (check,) = planned('Verify the board named Someday says "Pins in board: 0"')
    assert (check.target.text, check.target.exact, check.target.descriptor) == ("Someday", True, "board")


def test_an_item_opened_by_clicking_its_picture() -> None:
    (click,) = planned("Open the Photography board by clicking its image")
    assert (click.action, click.target.descriptor, click.target.scope) == (A.CLICK, "image", "Photography")


@pytest.mark.parametrize("sentence", ["sign in (password ${secret:pw})", "Sign in, password ${secret:pw}"])
def test_a_password_said_alone_after_signing_in_names_no_user(sentence: str) -> None:
    steps = planned(sentence)
    assert [s.action for s in steps] == [A.CLICK, A.FILL, A.PRESS]
    assert steps[1].target.text == "password" and steps[1].value == "${secret:pw}"

"""Sentences from a database browser we did not write (measured blind first): a tab of a named object ("the Insert tab
of the books table"), a path through the app opened with "open", and a password said alone after signing in."""

from __future__ import annotations

import pytest

from pacts_farm import model
from tests.unit.planned_steps import planned

A = model.Action


@pytest.mark.parametrize("sentence", ["Open the Insert tab of the books table", "Given I am on the Insert tab of the books table",
                                      "Go to the Insert tab of books"])
def test_a_tab_of_a_named_object_is_that_object_then_its_tab(sentence: str) -> None:
    first, tab = planned(sentence)
    assert (first.action, first.target.text) == (A.CLICK, "books")
    assert (tab.action, tab.target.text, tab.target.role_hint) == (A.CLICK, "Insert", "tab")


def test_signing_in_then_a_tab_of_an_object() -> None:
    steps = planned("Log in with password ${secret:pw} and open the Content tab of members")
    assert [s.action for s in steps] == [A.CLICK, A.FILL, A.PRESS, A.CLICK, A.CLICK]
    assert [s.target.text for s in steps[-2:]] == ["members", "Content"]


def test_a_path_opened_is_clicked_step_by_step() -> None:
    first, then = planned("open loans > Content")
    assert [(first.action, first.target.text), (then.action, then.target.text)] == [(A.CLICK, "loans"), (A.CLICK, "Content")]


@pytest.mark.parametrize("sentence", ["Sign in ${secret:pw}", "Given I signed in with ${secret:pw}"])
def test_a_password_alone_signs_in(sentence: str) -> None:
    steps = planned(sentence)
    assert [s.action for s in steps] == [A.CLICK, A.FILL, A.PRESS] and steps[1].value == "${secret:pw}"


def test_the_page_say_is_the_page_says() -> None:
    (check,) = planned('The page say "404 · Not Found".')
    assert (check.action, check.value) == (A.EXPECT_VISIBLE, "404 · Not Found")


def test_a_row_then_the_year_someone_was_born() -> None:
    steps = planned('Then the first row is "Tove Jansson" born 1914')
    assert [(s.target.position, s.value) for s in steps] == [(1, "Tove Jansson"), (1, "1914")]


def test_a_path_opened_from_a_part_of_the_page_is_clicked_there() -> None:
    first, then = planned("Open Organization > Sites from the sidebar")
    assert [(s.target.text, s.target.region) for s in (first, then)] == [("Organization", "sidebar"), ("Sites", "sidebar")]


def test_switching_to_a_tab_of_the_object_shown_is_that_tab() -> None:
    (tab,) = planned("I switch to the Versions tab of harbor-logger.")
    assert (tab.action, tab.target.text, tab.target.role_hint) == (A.CLICK, "Versions", "tab")


@pytest.mark.parametrize("sentence", ["Given I am on the Harbor Registry home page", "Go to the Acme home page"])
def test_a_home_page_said_with_the_sites_name_is_the_home_page(sentence: str) -> None:
    (go,) = planned(sentence)
    assert (go.action, go.value) == (A.NAVIGATE, "http://shop.test/")


@pytest.mark.parametrize(("sentence", "values"), [
    ('And I see "@harbor-internal/billing" in the package list', ["@harbor-internal/billing"]),
    ('Then I still see "@harbor-internal/billing" in the package list', ["@harbor-internal/billing"]),
    ('And I see "Login: dave" and "Role: User"', ["Login: dave", "Role: User"]),
])
def test_what_i_see_is_checked_shown(sentence: str, values: list[str]) -> None:
    steps = planned(sentence)
    assert all(s.action.is_assertion for s in steps)
    assert [s.value or s.target.text for s in steps] == values


def test_a_heading_said_after_has_a_heading() -> None:
    (check,) = planned("Check the readme has a heading Features")
    assert (check.action, check.target.text, check.target.role_hint) == (A.EXPECT_VISIBLE, "Features", "heading")


def test_signed_out_then_on_a_page_goes_there() -> None:
    (go,) = planned("Given I am not logged in and I am on the home page")
    assert (go.action, go.value) == (A.NAVIGATE, "http://shop.test/")


def test_submit_with_a_button_clicks_it() -> None:
    (click,) = planned("Checklist: submit with the Login button")
    assert (click.action, click.target.text, click.target.role_hint) == (A.CLICK, "Login", "button")

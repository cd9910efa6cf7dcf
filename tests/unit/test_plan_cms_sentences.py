"""Sentences from a CMS and a tracker we did not write: what a person expects to see, now or in a corner, a heading
read after a colon, fields listed by name, a field seen holding a value, and a value in a table's last row."""

from __future__ import annotations

from pacts_farm import model
from tests.unit.planned_steps import planned

A = model.Action


def test_someone_expects_to_see_a_greeting() -> None:
    (check,) = planned('I expect to see the greeting "Welcome, Tom Becker!"')
    assert (check.action, check.target.text) == (A.EXPECT_VISIBLE, "Welcome, Tom Becker!")


def test_a_name_seen_in_a_corner() -> None:
    (check,) = planned('And I should see "Omar Haddad" at the top right')
    assert (check.action, check.target.text, check.target.region) == (A.EXPECT_VISIBLE, "Omar Haddad", "top right")


def test_should_now_see_a_message() -> None:
    (check,) = planned('I should now see the message "Item was added."')
    assert (check.action, check.target.text, check.target.descriptor) == (A.EXPECT_VISIBLE, "Item was added.", "message")


def test_a_heading_read_after_a_colon() -> None:
    (check,) = planned("The heading reads: Navigate Site")
    assert (check.action, check.target.text, check.target.role_hint) == (A.EXPECT_VISIBLE, "Navigate Site", "heading")


def test_fields_the_page_shows_by_name() -> None:
    steps = planned('Verify the page shows the "Username or email" and "Password" fields')
    assert [(s.action, s.target.text, s.target.role_hint) for s in steps] == [
        (A.EXPECT_VISIBLE, "Username or email", "textbox"), (A.EXPECT_VISIBLE, "Password", "textbox")]


def test_a_field_seen_with_its_value() -> None:
    (check,) = planned('I see the Full name field with "Tom Becker"')
    assert (check.action, check.target.text, check.value) == (A.EXPECT_TEXT, "Full name", "Tom Becker")


def test_a_field_that_holds_a_value() -> None:
    (check,) = planned('And the Title field holds "Footer links open in the same tab"')
    assert (check.action, check.target.text, check.value) == (A.EXPECT_TEXT, "Title", "Footer links open in the same tab")


def test_a_table_that_shows_a_value_in_its_last_row() -> None:
    (check,) = planned('And the authors content shows "Chimamanda Ngozi Adichie" in the last row')
    assert (check.action, check.target.text, check.target.position, check.value) == (A.EXPECT_TEXT, "row", -1, "Chimamanda Ngozi Adichie")


def test_search_for_after_a_colon_presses_enter() -> None:
    fill, press = planned("Search for: dollars")
    assert (fill.action, fill.value, press.action, press.value) == (A.FILL, "dollars", A.PRESS, "Enter")


def test_a_result_named_by_its_capitalised_title() -> None:
    (click,) = planned("Click on the result City grant awarded")
    assert (click.action, click.target.text, click.target.exact, click.target.descriptor) == (A.CLICK, "City grant awarded", True, "result")


def test_the_address_of_the_page_is_its_url() -> None:
    (check,) = planned("The address of the page contains /news/grant")
    assert (check.action, check.value) == (A.EXPECT_URL, "/news/grant")


def test_two_buttons_seen_each_by_name() -> None:
    save, cancel = planned("And I see a Save button and a Cancel button")
    assert [(s.action, s.target.text, s.target.role_hint) for s in (save, cancel)] == [
        (A.EXPECT_VISIBLE, "Save", "button"), (A.EXPECT_VISIBLE, "Cancel", "button")]


def test_a_click_with_a_box_left_empty_is_the_click() -> None:
    (click,) = planned("When I click Search with an empty search box")
    assert (click.action, click.target.text) == (A.CLICK, "Search")

"""Sentences the eleventh session's hold-out writers used (changedetection.io, Redash), read without a browser: a
password-only sign-in, two steps parted by a semicolon, the only one of a kind named first, names listed with no kind,
two names by their places, one option chosen rather than another, an order said, one value into two named fields, a
badge of the page's subject, a row without a control, a row's value under a column. Each has a reading that must stay
refused or unchanged beside it."""

from __future__ import annotations

from pacts_farm import model

from tests.unit.planned_steps import planned, refused

A = model.Action


def test_a_password_alone_signs_in() -> None:
    for sentence in ("Log in with the password ${password}", "Log in using ${password}", "Log in with ${password}"):
        steps = planned(sentence)
        assert [s.action for s in steps][-2:] == [A.FILL, A.PRESS], sentence
        assert (steps[-2].target.text, steps[-2].value) == ("password", "${password}")
    assert refused("Log in with ${user}")  # a user with no password: nothing says which field
    assert refused("Log in with bob")


def test_a_semicolon_parts_two_steps() -> None:
    click, dialog = planned('Click "New User"; a dialog titled "Create a New User" opens')
    assert (click.action, click.target.text, dialog.action, dialog.target.text) == (
        A.CLICK, "New User", A.EXPECT_VISIBLE, "Create a New User")


def test_the_only_one_names_listed_and_places() -> None:
    count, row = planned("Wiki Changelog is the only watch in the table")
    assert (count.action, count.value, row.target.text) == (A.EXPECT_COUNT, "1", "Wiki Changelog")
    assert [s.value for s in planned("Deutsch, Français and 日本語 are listed")] == ["Deutsch", "Français", "日本語"]
    first, second = planned('"Low Stock Products" is the first query and "Orders by Status" the second')
    assert [(s.target.position, s.value) for s in (first, second)] == [(1, "Low Stock Products"), (2, "Orders by Status")]
    [order] = planned("The order is Q3 Planning, Inventory Watch, Sales Overview")
    assert (order.action, order.value) == (A.EXPECT_ORDER, "Q3 Planning\nInventory Watch\nSales Overview")
    count, a, b = planned('Only "A" and "B" remain visible')  # an "only": the forms made for it, never plain names
    assert count.action is A.EXPECT_COUNT


def test_choices_fields_badges_and_rows() -> None:
    chosen, other = planned('"Muted" is selected rather than "On"')
    assert [(s.action, s.target.text, s.value) for s in (chosen, other)] == [
        (A.EXPECT_STATE, "Muted", "selected"), (A.EXPECT_STATE, "On", "unselected")]
    new, repeat = planned('Enter "Brand-New-Pass-77" in both New Password and Repeat New Password')
    assert [(s.action, s.target.text) for s in (new, repeat)] == [(A.FILL, "New Password"), (A.FILL, "Repeat New Password")]
    [badge] = planned('The query shows an "Archived" badge')
    assert (badge.action, badge.target.text, badge.target.descriptor) == (A.EXPECT_VISIBLE, "Archived", "badge")
    there, lacks = planned('Acme Pricing does not show the "UnMute notification" icon')
    assert (there.action, lacks.action, lacks.target.scope) == (A.EXPECT_VISIBLE, A.EXPECT_HIDDEN, "Acme Pricing")
    [cell] = planned('The row for Old Landing Page shows "Not yet" under Last Changed')
    assert (cell.target.text, cell.target.scope, cell.value) == ("Last Changed", "Old Landing Page", "Not yet")
    [under] = planned("Monthly Revenue appears under Favorite Queries")
    assert (under.action, under.target.text, under.target.section) == (A.EXPECT_VISIBLE, "Monthly Revenue", "Favorite Queries")
    listed, label = planned('Legacy Export is listed with an "Archived" label')
    assert (label.target.text, label.value) == ("Legacy Export", "Archived")


def test_one_found_and_which_and_a_menu_said_by_its_entries() -> None:
    count, which = planned("Exactly 1 dashboard is listed and it is Sales Overview")
    assert (count.action, count.value, which.action, which.value) == (A.EXPECT_COUNT, "1", A.EXPECT_EACH, "Sales Overview")
    assert [(s.action, s.value) for s in planned('A menu with "Profile" and "Log out" appears')] == [
        (A.EXPECT_VISIBLE, "Profile"), (A.EXPECT_VISIBLE, "Log out")]


def test_a_tab_called_text_again_and_an_items_page_opened_with_its_control() -> None:
    [tab] = planned("The Text tab is shown")
    assert (tab.target.text, tab.target.role_hint) == ("Text", "tab")  # never the word "tab" on the page
    [count] = planned("The list shows 7 watches again")
    assert (count.action, count.value) == (A.EXPECT_COUNT, "7")
    [edit] = planned("Open the edit page of Globex Blog with its Edit button")
    assert (edit.action, edit.target.text, edit.target.scope) == (A.CLICK, "Edit", "Globex Blog")


def test_that_checkbox_is_the_one_the_step_before_named() -> None:
    _, untick = planned('Tick the checkbox next to "Fix contrast"', "Untick that checkbox again")
    assert (untick.action, untick.target.role_hint, untick.target.scope) == (A.UNCHECK, "checkbox", "Fix contrast")
    assert refused("Untick that checkbox")  # the step before named none

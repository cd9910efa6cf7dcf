"""Forms testers wrote on a bakery site and a juice shop we did not build, read without a browser: a text listed or
not, a control not in a part of the page, a menu's entries in an order, an item marked or listed with a value, a
dropdown's options, a box closed or accepted with a named control, a search, and a value in single quotes that holds
double quotes."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.planning import phrasebook, rules

A, M = model.Action, model.Match


@pytest.mark.parametrize(("sentence", "action", "target", "value"), [
    ('Verify "Bread and Circuses" is listed', A.EXPECT_VISIBLE, None, "Bread and Circuses"),
    ('Verify "Anadama" is not listed', A.EXPECT_HIDDEN, None, "Anadama"),
    ('Verify the product "Lemon Juice (500ml)" is listed', A.EXPECT_VISIBLE,
     model.Target(text="Lemon Juice (500ml)", exact=True, descriptor="product"), None),
    ('Verify the "Your Basket" button is not in the header', A.EXPECT_HIDDEN,
     model.Target(text="Your Basket", role_hint="button", exact=True, region="header"), None),
    ('Verify "Complaint" is not in the side menu', A.EXPECT_HIDDEN, model.Target(text="Complaint", exact=True, region="sidebar"), None),
    ('Verify "Black bread" is marked "Bread"', A.EXPECT_TEXT, model.Target(text="Black bread", exact=True), "Bread"),
    ('Verify "Orange Juice (1000ml)" is listed with quantity 2', A.EXPECT_TEXT,
     model.Target(text="quantity", scope="Orange Juice (1000ml)"), "2"),
    ('Verify the product "Apple Juice (1000ml)" costs "1.99¤"', A.EXPECT_TEXT,
     model.Target(text="Apple Juice (1000ml)", exact=True, descriptor="product"), "1.99¤"),
    ('Verify the first picture is captioned "Dark Rye Sourdough"', A.EXPECT_TEXT,
     model.Target(text="picture", position=1, descriptor="image"), "Dark Rye Sourdough"),
    ("Verify the last product is 'Woodruff Syrup \"Forest Master X-Treme\"'", A.EXPECT_TEXT,
     model.Target(text="product", position=-1), 'Woodruff Syrup "Forest Master X-Treme"'),
    ('Verify a dialog with the heading "Apple Juice (1000ml)" is open', A.EXPECT_VISIBLE,
     model.Target(text="Apple Juice (1000ml)", role_hint="dialog", exact=True), None),
    ('Verify the "Twitter" link is visible under "Follow us on Social Media"', A.EXPECT_VISIBLE,
     model.Target(text="Twitter", role_hint="link", exact=True, section="Follow us on Social Media"), None),
    ("Verify Contact Us has a lock icon", A.EXPECT_VISIBLE, model.Target(text="lock", scope="Contact Us", descriptor="icon"), None),
    ("Accept the cookie banner", A.CLICK, model.Target(text="Accept", scope="cookie"), None),
    ('Dismiss the cookie notice with "Me want it!"', A.CLICK, model.Target(text="Me want it!", exact=True, scope="cookie"), None),
    ("Close the welcome banner with the Dismiss button", A.CLICK, model.Target(text="Dismiss", role_hint="button", scope="welcome"), None),
    ('Verify the row for "Blue Hat" does not show "Sold out"', A.EXPECT_TEXT, model.Target(text="Blue Hat", role_hint="row"), "Sold out"),
    ('Verify the "Site summary" section shows "34 Pages"', A.EXPECT_VISIBLE, model.Target(text="34 Pages", exact=True, section="Site summary"), None),
    ("Type cornbread into the Search box in the header", A.FILL, model.Target(text="Search", role_hint="textbox", region="header"), "cornbread"),
    ('Verify the button now reads "Light theme"', A.EXPECT_TEXT, model.Target(text="button"), "Light theme"),
])
def test_real_app_forms_read_as_one_typed_step(sentence: str, action: A, target: model.Target | None, value: str | None) -> None:
    intent = rules.understand(sentence)
    assert intent is not None and (intent.action, intent.target, intent.value) == (action, target, value)


def test_a_not_on_an_element_named_by_a_plain_noun_stays_refused() -> None:
    # its title alone could be read, which never shows the text: that would pass when the card does show it
    with pytest.raises(rules.Refused):
        rules.understand('Verify the Apple Juice card does not show "Sold Out"')


def test_a_menu_of_a_part_of_the_page_in_an_order_and_a_dropdowns_options() -> None:
    menu = rules.understand("Verify the menu items in the header are in this order: Breads, Locations, Blog")
    assert menu is not None and (menu.action, menu.target, menu.value, menu.match) == (
        A.EXPECT_ORDER, model.Target(text="link", role_hint="link", region="header"), "Breads\nLocations\nBlog", M.SEQUENCE)
    options = rules.understand("Verify the Purpose dropdown has the options Comment, Question and Feedback")
    assert options is not None and options.target is not None
    assert (options.target.descriptor, options.target.role_hint, options.value, options.also) == (
        model.OPTIONS, "combobox", "Comment", ("Question", "Feedback"))


def test_one_text_after_another_and_the_nth_item_named_and_marked() -> None:
    after = rules.understand('Verify "Atlantis" is listed after "Afghanistan"')
    assert after is not None and (after.action, after.target, after.value, after.match) == (
        A.EXPECT_ORDER, model.Target(text="item"), "Afghanistan\nAtlantis", M.SEQUENCE)
    first = rules.understand('Verify the first result is "Southern Cornbread" marked "Recipe"')
    assert first is not None and first.target is not None
    assert (first.target.position, first.value, first.also) == (1, "Southern Cornbread", ("Recipe",))


def test_what_every_one_of_a_group_shows_and_a_control_in_each_stays_unread_here() -> None:
    every = rules.understand('Verify every ingredient shows "LIVE"')
    assert every is not None and (every.action, every.target, every.value) == (A.EXPECT_EACH, model.Target(text="ingredient"), "LIVE")
    rows = rules.understand("Verify all rows show Active")
    assert rows is not None and (rows.action, rows.target, rows.value) == (A.EXPECT_EACH, model.Target(text="row", role_hint="row"), "Active")
    control = rules.understand("Verify each product has an Add to cart button")
    assert control is None or control.action is not A.EXPECT_EACH


@pytest.mark.parametrize(("sentence", "steps"), [
    ("Type Python in the Name field and click Save", [(A.FILL, "Name"), (A.CLICK, "Save")]),
    ("Click Checkout then click Continue", [(A.CLICK, "Checkout"), (A.CLICK, "Continue")]),
    ("Click Execute and then Confirm", [(A.CLICK, "Execute"), (A.CLICK, "Confirm")]),
    ("Go to /cart.html and verify the cart is empty", [(A.NAVIGATE, None), (A.EXPECT_COUNT, "cart item")]),
    ("Click Save and Close", [(A.CLICK, "Save and Close")]),  # read whole first: one button
])
def test_actions_one_after_another_become_one_step_each_when_the_whole_is_not_read(sentence: str, steps: list[tuple[A, str | None]]) -> None:
    planned = phrasebook.planned(sentence).steps
    assert [(s.action, s.target.text if s.target else None) for s in planned] == steps
    assert all(s.text == sentence for s in planned)


@pytest.mark.parametrize(("sentence", "action", "target", "value"), [
    ("The URL still ends with /login", A.EXPECT_URL, None, "/login"),
    ('A "User Actions" menu opens', A.EXPECT_VISIBLE, None, "User Actions"),
    ('A dialog titled "Users" opens', A.EXPECT_VISIBLE, model.Target(text="Users", role_hint="dialog", exact=True), None),
    ('The card dialog opens with the title "Order packing boxes"', A.EXPECT_VISIBLE,
     model.Target(text="Order packing boxes", role_hint="dialog", exact=True), None),
    ('A confirmation asks "Are you sure you want to delete this card?"', A.EXPECT_VISIBLE, None,
     "Are you sure you want to delete this card?"),
    ('There is no "Create project" tile', A.EXPECT_HIDDEN, None, "Create project"),
    ("Mobile App is not shown anywhere on the page", A.EXPECT_HIDDEN, None, "Mobile App"),
])
def test_statements_of_what_holds_without_verify(sentence: str, action: A, target: model.Target | None, value: str | None) -> None:
    intent = rules.understand(sentence)
    assert intent is not None and (intent.action, intent.target, intent.value) == (action, target, value)


def test_a_statement_that_starts_with_an_action_word_is_never_read_twice_as_a_check() -> None:
    said = rules.understand("Verify the user is logged in")
    assert said is None or said.target is None or not said.target.text.lower().startswith("verify")


def test_a_search_is_the_words_typed_into_the_search_field_then_enter() -> None:
    steps = phrasebook.planned("Search for salt").steps
    assert [(s.action, s.value) for s in steps] == [(A.FILL, "salt"), (A.PRESS, "Enter")]
    assert steps[0].target == steps[1].target and steps[0].target is not None and steps[0].target.role_hint == "textbox"

"""Planning values, quoted text, named controls and tables: the sentences become the steps they say, and nothing a
quote holds is read as a scope, a count or a place."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.finding import pairs
from pacts_farm.planning import phrases, rules

A = model.Action


def _intent(sentence: str) -> rules.Intent:
    intent = rules.understand(sentence)
    assert intent is not None, sentence
    return intent


@pytest.mark.parametrize(("sentence", "name"), [
    ('Click "Add to cart under 50"', "Add to cart under 50"),
    ('Click "Books for kids"', "Books for kids"),
    ('Click "Sale on shoes in the park"', "Sale on shoes in the park"),
    ('Click "Walks next to the river"', "Walks next to the river"),
])
def test_quoted_text_is_one_name_whatever_words_it_holds(sentence: str, name: str) -> None:
    target = _intent(sentence).target
    assert target is not None and (target.text, target.scope, target.exact) == (name, None, True)


def test_words_outside_quotes_still_make_a_scope() -> None:
    target = _intent('Click "Add to cart" under "Walks in the Park"').target
    assert target is not None and (target.text, target.scope) == ("Add to cart", "Walks in the Park")
    target = phrases.parse_target('the price for "Red in Blue"')
    assert (target.text, target.scope) == ("price", "Red in Blue")


@pytest.mark.parametrize(("sentence", "name", "role", "count", "match"), [
    ('Verify there are 3 "Add to cart" buttons', "Add to cart", "button", "3", model.Match.EQUALS),
    ('Verify 2 "Delete" links are shown', "Delete", "link", "2", model.Match.EQUALS),
    ('Verify 3 "In den Warenkorb" buttons are visible', "In den Warenkorb", "button", "3", model.Match.EQUALS),
    ('Verify exactly one "Borrow" button is visible', "Borrow", "button", "1", model.Match.EQUALS),
    ('Verify at least 2 "Edit" links are shown', "Edit", "link", "2", model.Match.AT_LEAST),
])
def test_controls_counted_by_their_quoted_name(sentence: str, name: str, role: str, count: str, match: model.Match) -> None:
    intent = _intent(sentence)
    assert intent.action is A.EXPECT_COUNT and (intent.value, intent.match) == (count, match)
    assert intent.target == model.Target(text=name, role_hint=role, exact=True)


def test_a_count_of_named_controls_in_a_place() -> None:
    intent = _intent('Verify 2 "Apply" buttons are shown in the sidebar')
    assert intent.action is A.EXPECT_COUNT and intent.target is not None and intent.target.region == "sidebar"


@pytest.mark.parametrize(("sentence", "label", "value"), [
    ("Verify the Due back is 2020-01-01", "Due back", "2020-01-01"),
    ('Verify the Status is "Available"', "Status", "Available"),
    ("Verify the Language is English", "Language", "English"),
    ('The Total Amount is "155.98 $"', "Total Amount", "155.98 $"),
])
def test_a_value_named_by_its_label(sentence: str, label: str, value: str) -> None:
    intent = _intent(sentence)
    assert intent.action is A.EXPECT_TEXT and intent.value == value
    assert intent.target is not None and intent.target.text == label and pairs.label_said(intent.target, intent.action)


@pytest.mark.parametrize("sentence", ["Verify the user is logged in", "Verify the Name field is empty",
                                      "Verify the Save button is disabled"])
def test_states_are_not_labelled_values(sentence: str) -> None:
    intent = rules.understand(sentence)
    assert intent is None or intent.action is not A.EXPECT_TEXT


def test_a_field_or_badge_is_no_label() -> None:
    intent = _intent("Verify the Email field's value is ada@example.com")
    assert intent.action is A.EXPECT_VALUE
    badge = _intent("Verify the cart badge is 2")
    assert badge.target is not None and not pairs.label_said(badge.target, badge.action)


@pytest.mark.parametrize(("sentence", "scope"), [
    ('Click Borrow for the book "The Hobbit"', "The Hobbit"),
    ("Click Borrow for the product “Red Shoe”", "Red Shoe"),
])
def test_an_item_named_by_its_kind_and_title(sentence: str, scope: str) -> None:
    target = _intent(sentence).target
    assert target is not None and (target.text, target.scope) == ("Borrow", scope)


@pytest.mark.parametrize(("sentence", "position"), [
    ("Click Edit on the second contact", 2), ("Click Delete for the 3rd book instance", 3), ("Click Show for the last loan", -1),
])
def test_a_lower_case_noun_after_an_ordinal_is_a_position(sentence: str, position: int) -> None:
    target = _intent(sentence).target
    assert target is not None and (target.scope, target.position) == (None, position)


def test_a_capitalised_name_after_an_ordinal_stays_a_name() -> None:
    target = _intent("Click Edit for the second Blue Mug").target
    assert target is not None and target.position is None and target.scope == "second Blue Mug"


@pytest.mark.parametrize("phrase", ["Apply in the filters", "Apply in the filter panel", "Apply in the filter sidebar",
                                    "Apply inside the facets"])
def test_the_filter_sidebar_is_a_place(phrase: str) -> None:
    assert phrases.parse_target(phrase) == model.Target(text="Apply", region="filters")


def test_the_filter_menu_stays_a_menu() -> None:
    assert phrases.parse_target("Name in the filter menu").region == "filter menu"


@pytest.mark.parametrize(("sentence", "text", "region"), [
    ("Type a@b.c in the field that says Enter your email", "Enter your email", None),
    ('Enter Ma in the filter field with placeholder "Name"', "Name", "filters"),
])
def test_fields_known_by_their_hint(sentence: str, text: str, region: str | None) -> None:
    target = _intent(sentence).target
    assert target is not None and (target.text, target.role_hint, target.descriptor, target.region) == (text, "textbox", "placeholder", region)


def test_a_button_that_says_its_name_is_named_so() -> None:
    assert _intent("Click the button that says Apply").target == model.Target(text="Apply", role_hint="button")


def test_the_value_xpath_matches_a_label_whole_with_or_without_its_colon() -> None:
    xpath = pairs.value_xpath("Due back")
    assert xpath.startswith("xpath=") and "'due back'" in xpath and "'due back:'" in xpath
    assert '"o\'neil"' in pairs.value_xpath("O'Neil")


@pytest.mark.parametrize(("phrase", "role"), [("check box named Terms", "checkbox"), ("text box with placeholder Name", "textbox"),
                                              ("radio button labelled Yes", "radio")])
def test_two_word_role_words_are_no_qualified_field(phrase: str, role: str) -> None:
    target = phrases.parse_target(phrase)
    assert target.role_hint == role and target.region is None

"""Lists in plain English, read without a browser: a count or an item under a heading (Target.section), the Nth
item in words or figures, "the Nth X is named Y", and the one table of field words every rule uses."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.finding import cache, fields
from pacts_farm.planning import phrases, rules

A = model.Action


@pytest.mark.parametrize(
    ("sentence", "noun", "section", "count"),
    [
        ('Verify 3 books are listed under "Books in genre"', "book", "Books in genre", "3"),
        ("Verify 1 board is listed under Starred", "board", "Starred", "1"),
        ('Verify 3 boards are listed under "My Boards"', "board", "My Boards", "3"),
        ("Verify 3 copies are listed under the Copies heading", "copy", "Copies", "3"),
        ("Verify 3 cards are in the Backlog list", "card", "Backlog", "3"),
        ("Verify no books are listed under “Books in genre”", "book", "Books in genre", "0"),
    ],
)
def test_a_count_under_a_heading_carries_the_section(sentence: str, noun: str, section: str, count: str) -> None:
    intent = rules.understand(sentence)
    assert intent is not None and intent.action is A.EXPECT_COUNT
    assert intent.target == model.Target(text=noun, section=section) and intent.value == count


@pytest.mark.parametrize(
    ("sentence", "where"),
    [
        ("Verify 3 links are shown in the footer", model.Target(text="link", role_hint="link", region="footer")),
        ("Verify there are at least 2 items in the cart", model.Target(text="cart item")),
    ],
)
def test_a_count_in_a_place_is_no_section(sentence: str, where: model.Target) -> None:
    intent = rules.understand(sentence)
    assert intent is not None and intent.target == where


@pytest.mark.parametrize(
    ("sentence", "position", "section", "value"),
    [
        ('Verify the first book under "Books in genre" is Death on the Nile', 1, "Books in genre", "Death on the Nile"),
        ('Verify the last board under My Boards is "Reading list"', -1, "My Boards", "Reading list"),
        ('Verify the first card in the Backlog list is "Write specs"', 1, "Backlog", "Write specs"),
        ('Verify the last card in the "In progress" list is Login page', -1, "In progress", "Login page"),
        ("Verify the 2nd book is Emma", 2, None, "Emma"),
        ("Verify the second book is Emma", 2, None, "Emma"),
        ("Verify the eleventh book is Emma", 11, None, "Emma"),
        ("Verify the 12th book is Emma", 12, None, "Emma"),
        ("Verify the second-to-last book is Emma", -2, None, "Emma"),
        ('Verify the first list is named "Backlog"', 1, None, "Backlog"),
        ("Verify the last list is called Done", -1, None, "Done"),
    ],
)
def test_the_nth_item_is_read_with_its_section(sentence: str, position: int, section: str | None, value: str) -> None:
    intent = rules.understand(sentence)
    assert intent is not None and intent.action is A.EXPECT_TEXT and intent.value == value
    assert intent.target is not None
    assert (intent.target.position, intent.target.section, intent.target.scope) == (position, section, None)


def test_a_scope_stays_a_scope_and_a_click_takes_a_section() -> None:
    assert phrases.parse_target("Add to cart under Blue Mug") == model.Target(text="Add to cart", scope="Blue Mug")
    assert phrases.parse_target('the 2nd book under "Books"') == model.Target(text="book", position=2, section="Books")
    click = rules.understand("Click the 2nd author")
    assert click is not None and click.action is A.CLICK and click.target == model.Target(text="author", position=2)


def test_a_section_is_part_of_the_target_json_and_its_cache_key() -> None:
    target = model.Target(text="book", position=1, section="Books in genre")
    assert target.to_json()["section"] == "Books in genre" and model.Target.from_json(target.to_json()) == target
    assert "section" not in model.Target(text="book").to_json()

    def step(t: model.Target) -> model.PlannedStep:
        return model.PlannedStep(index=0, text="x", action=A.EXPECT_TEXT, target=t, value="Emma")

    keys = {cache.signature("app", step(model.Target(text="book", position=1, section=s))) for s in (None, "Books", "Popular books")}
    assert len(keys) == 3


def test_one_table_of_field_words_serves_every_rule() -> None:
    assert {"price", "name", "title", "rating", "status", "date"} <= set(fields.FILTER_FIELDS)
    order = rules.understand("Verify the products are sorted by rating, high to low")
    assert order is not None and order.value == "rating"
    noun_field = rules.understand("Verify the product dates are in ascending order")
    assert noun_field is not None and (noun_field.target, noun_field.value) == (model.Target(text="product"), "date")
    part = rules.understand("Verify the date of the first order is 2024-01-15")
    assert part is not None and part.target is not None and (part.target.text, part.target.position) == ("order date", 1)
    assert phrases.parse_target("the rating for Blue Mug") == model.Target(text="rating", scope="Blue Mug")
    assert phrases.parse_target("the label for Email").scope is None  # a label element, not a field of an item

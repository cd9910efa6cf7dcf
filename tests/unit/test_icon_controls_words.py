"""The pure parts of naming controls by what they look like (issue 18): shape synonyms, word forms, a list named by
its name, a badge's count word, and how a badge's holding control is told apart (badges.py)."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.finding import badges, discover, intent
from pacts_farm.planning import phrases, plan, vocabulary

S = model.Strategy


@pytest.mark.parametrize(("phrase", "markup"), [
    ("three dots", "fa-ellipsis-h"), ("kebab", "ellipsis-v"), ("more", "dots-vertical"), ("house", "icon-home"),
    ("home", "house"), ("gear", "cog"), ("settings", "gear"), ("pencil", "edit"), ("trash", "delete"), ("heart", "favorite"),
])
def test_cover_finds_shapes_by_their_other_names(phrase: str, markup: str) -> None:
    assert vocabulary.cover(phrase, vocabulary.expand(vocabulary.words(markup))) >= 0.9


def test_the_three_dots_may_be_called_options_in_markup_but_not_the_other_way() -> None:
    assert vocabulary.cover("three dots", vocabulary.expand(vocabulary.words("list-options"))) >= 0.9
    assert vocabulary.cover("options", vocabulary.expand(vocabulary.words("fa-ellipsis-v"))) == 0.0


@pytest.mark.parametrize(("phrase", "markup"), [("three dots", "fa-times"), ("home", "trash"), ("kebab", "bars")])
def test_cover_keeps_other_shapes_apart(phrase: str, markup: str) -> None:
    assert vocabulary.cover(phrase, vocabulary.expand(vocabulary.words(markup))) == 0.0


@pytest.mark.parametrize(("text", "expected"), [("...", ["ellipsis"]), ("…", ["ellipsis"]), ("⋮", ["ellipsis"]),
                                                ("Loading...", ["loading"]), ("Enter list title...", ["enter", "list", "title"])])
def test_words_read_a_dots_button_but_not_trailing_dots(text: str, expected: list[str]) -> None:
    assert vocabulary.words(text) == expected


@pytest.mark.parametrize(("word", "base"), [("favorites", "favorite"), ("entries", "entry"), ("boxes", "box"), ("bags", "bag"),
                                            ("news", "news"), ("status", "status"), ("class", "class"), ("cart", "cart")])
def test_base_form_drops_a_plural_ending_only(word: str, base: str) -> None:
    assert vocabulary.base_form(word) == base


def test_similarity_takes_another_word_form_slightly_below_the_same_words() -> None:
    assert discover.similarity("favorites", "Favorite 1") > discover.ACCEPT_SCORE
    assert discover.similarity("favorites", "Favorite 1") < discover.similarity("favorite", "Favorite 1")
    assert discover.similarity("news", "New") < discover.ACCEPT_SCORE


@pytest.mark.parametrize(("text", "target", "scope"), [
    ('star on the "Backlog" list', "star", "Backlog"),
    ('"Completed" checkbox in the Done list', '"Completed" checkbox', "Done"),
    ("three dots button on the In Progress list", "three dots button", "In Progress"),
    ('checkbox on the card "Kickoff meeting"', "checkbox", "Kickoff meeting"),
])
def test_a_list_or_card_named_as_shown_is_a_scope(text: str, target: str, scope: str) -> None:
    assert phrases.split_scope(text) == (target, scope, None)


@pytest.mark.parametrize("text", ["Delete button in the user list", "first card in the Backlog list", "Edit in the second list"])
def test_a_part_of_the_page_or_a_counted_item_is_no_named_list(text: str) -> None:
    assert phrases.split_scope(text) == (text, None, None)  # a region, or the lists' counting, reads these


def test_the_checkbox_in_a_row_plans_as_that_rows_checkbox() -> None:
    item = model.Item(key="k", requirement_id="k", title="k", start_url="http://x/",
                      steps=(model.SuiteStep(text="Check the checkbox in the row for Alan Turing"),))
    (step,) = plan.make_plan(item, base_url="http://x").steps
    assert step.target is not None and step.action is model.Action.CHECK
    assert (step.target.text, step.target.role_hint, step.target.scope) == ("checkbox", "checkbox", "Alan Turing")


@pytest.mark.parametrize(("text", "name"), [("author link Austen, Jane", "Austen, Jane"), ("link Jane Austen", "Jane Austen")])
def test_a_link_named_after_its_role_word_keeps_the_name_as_shown(text: str, name: str) -> None:
    target = phrases.parse_target(text)
    assert (target.text, target.role_hint) == (name, "link")


@pytest.mark.parametrize("text", ["Create new board tile", '"Create new board" tile'])
def test_a_tile_named_as_shown(text: str) -> None:
    target = phrases.parse_target(text)
    assert (target.text, target.descriptor) == ("Create new board", "tile")


def test_a_count_word_at_the_end_names_a_badge() -> None:
    assert intent.intent_of(model.Target(text="favorites count")) == intent.Intent(kind="badge", subject="favorites")


def _holder(**extra: object) -> dict[str, object]:
    return {"css": "button.bar-btn", "control": True, "role": "button", "name": "", "attrs": {}, "tag": "button",
            "icon_css": None, "svg_title": "", "class_words": ["bar", "btn"], "href": None, **extra}


def test_holder_scopes_name_the_control_without_its_count() -> None:
    (scope, *_) = badges.holder_scopes(_holder(name="Favorites 12"), "favorites")
    assert (scope.strategy, scope.role, scope.value, scope.exact) == (S.ROLE, "button", "Favorites", False)


def test_holder_scopes_never_use_a_class_that_does_not_say_the_subject() -> None:
    assert badges.holder_scopes(_holder(), "favorites") == []
    by_class = badges.holder_scopes(_holder(class_words=["cart", "button"]), "cart")
    assert [s.value for s in by_class] == ["button.bar-btn"]


def test_holder_scopes_by_svg_title_link_and_label() -> None:
    scopes = badges.holder_scopes(_holder(svg_title="Cart", attrs={"aria-label": "Cart (2)"}, href="/cart"), "cart")
    values = [s.value for s in scopes]
    assert '[aria-label^="Cart"]' in values and "/cart" in values
    assert "xpath=//button[.//*[local-name()='title'][normalize-space()=\"Cart\"]]" in values


def _scored(i: int, **element: object) -> discover.Scored:
    return discover.Scored({"i": i, **element}, 0.9, "")


def test_a_lone_control_wins_over_one_per_repeated_item() -> None:
    header, *products = [_scored(0), _scored(1, items=[{"index": 1}]), _scored(2, items=[{"index": 2}])]
    assert discover.lone_over_per_item([header, *products]) == [header]
    assert discover.lone_over_per_item(products) == products  # every one in an item: still a tie
    two_lone = [_scored(0), _scored(3), *products]
    assert discover.lone_over_per_item(two_lone) == two_lone


def test_a_scoped_match_in_a_far_smaller_box_wins() -> None:
    card, page = _scored(0, container_len=40), _scored(1, container_len=2000)
    assert discover.in_smallest_box([page, card]) == [card]
    alike = [_scored(0, container_len=40), _scored(1, container_len=60)]
    assert discover.in_smallest_box(alike) == alike  # two cards: still a tie


@pytest.mark.parametrize(("name", "own_text", "expected"), [
    ("favorite 1", "", "favorite"), ("Cart (12)", "", "Cart"), ("Page 2", "Page 2", "Page 2"), ("7", "", "7"), ("Save", "", "Save"),
])
def test_a_badges_count_is_left_out_of_a_name(name: str, own_text: str, expected: str) -> None:
    assert discover.name_without_count({"name": name, "own_text": own_text}) == expected


def test_a_role_locator_never_carries_a_badges_count() -> None:
    (first, *_) = discover.locator_options({"tag": "button", "role": "button", "name": "cart 2", "own_text": "", "attrs": {}}, None)
    assert (first.role, first.value, first.exact) == ("button", "cart", False)
    (first, *_) = discover.locator_options({"tag": "a", "role": "link", "name": "Page 2", "own_text": "Page 2", "attrs": {}}, None)
    assert (first.value, first.exact) == ("Page 2", True)


def test_a_picture_inside_its_button_is_the_button() -> None:
    button = _scored(4, interactive=True, ancestors=[1])
    picture = _scored(5, interactive=False, ancestors=[4, 1])  # "the avatar": its img and the button holding it
    assert discover.control_over_its_parts([button, picture]) == [button]
    other = _scored(9, interactive=True, ancestors=[1])
    assert discover.control_over_its_parts([button, other]) == [button, other]  # two controls: still two

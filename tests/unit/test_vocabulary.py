"""Words, synonyms, descriptors and regions: how a person's words meet the markup's (no browser)."""

from __future__ import annotations

from typing import Any

import pytest

from pacts_farm import model
from pacts_farm.finding import intent
from pacts_farm.planning import vocabulary


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("shopping_cart_link", ["shopping", "cart", "link"]),
        ("headerCartButton", ["header", "cart", "button"]),
        ("navbar-toggler-icon", ["navbar", "toggler", "icon"]),
        ("fa-shopping-cart", ["fa", "shopping", "cart"]),
        ("×", ["times"]),
        ("☰ Menu", ["bars", "menu"]),
    ],
)
def test_words_split_code_names_and_read_glyphs(text: str, expected: list[str]) -> None:
    assert vocabulary.words(text) == expected


def test_alternatives_swap_one_synonym_at_a_time() -> None:
    assert "add to basket" in vocabulary.alternatives("Add to cart")
    assert "login" in vocabulary.alternatives("Sign in")
    assert "next" in vocabulary.alternatives("Continue")
    assert "continue" not in vocabulary.alternatives("Next")  # one way only
    assert vocabulary.alternatives("Blue Mug") == []


@pytest.mark.parametrize(
    ("phrase", "markup", "at_least", "below"),
    [
        ("cart", "shopping_cart_link", 1.0, 1.01),
        ("cart", "basket-btn", 0.9, 0.91),
        ("menu", "navbar-toggler", 0.9, 0.91),  # navigation toggle
        ("hamburger menu", "btn fa-bars", 0.9, 0.91),
        ("close", "btn-close ×", 1.0, 1.01),
        ("delete", "fa-trash", 0.9, 1.01),  # trash: an alias markup uses for delete
        ("cart", "user-menu", 0.0, 0.01),
        ("trash can", "icon-delete", 0.9, 0.91),  # the red trash can drawn for delete
        ("pencil", "icon-update", 0.9, 0.91),  # a pencil drawn for update
        ("update", "fa-pencil", 0.0, 0.01),  # one way: an Update button is never the pencil
    ],
)
def test_cover_counts_markup_words_and_synonyms(phrase: str, markup: str, at_least: float, below: float) -> None:
    have = vocabulary.expand(vocabulary.words(markup))
    assert at_least <= vocabulary.cover(phrase, have) < below


@pytest.mark.parametrize(
    ("target", "kind", "subject"),
    [
        (model.Target(text="Cart", descriptor="icon"), "icon", "Cart"),
        (model.Target(text="cart badge"), "badge", "cart"),
        (model.Target(text="cart", descriptor="counter"), "badge", "cart"),
        (model.Target(text="error", descriptor="message"), "error", ""),
        (model.Target(text="error message"), "error", ""),
        (model.Target(text="login error", descriptor="message"), "error", "login"),
        (model.Target(text="success", descriptor="message"), "message", "success"),
        (model.Target(text="Blue Mug", descriptor="title"), "title", "Blue Mug"),
        (model.Target(text="Add to cart"), None, "Add to cart"),
        (model.Target(text="Error"), "error", ""),
        (model.Target(text="icon"), None, "icon"),
        (model.Target(text="alert", descriptor="error"), "message", ""),  # "the alert": an info box is one too
        (model.Target(text="login alert", descriptor="error"), "message", "login"),
        (model.Target(text="error alert", descriptor="error"), "error", "alert"),
        (model.Target(text="header"), "region", "header"),  # "the header shows …": the page's header
        (model.Target(text="navigation bar"), "region", "navigation"),
        (model.Target(text="popup"), "region", "dialog"),
        (model.Target(text="menu"), None, "menu"),  # a menu is a control a person opens
        (model.Target(text="header", region="sidebar"), None, "header"),
        (model.Target(text="image", descriptor="image", scope="Hammer"), "image", ""),  # the picture in Hammer's row
    ],
)
def test_intent_reads_the_descriptor_or_the_last_word(target: model.Target, kind: str | None, subject: str) -> None:
    assert intent.intent_of(target) == intent.Intent(kind=kind, subject=subject)


def _element(**fields: Any) -> dict[str, Any]:
    base: dict[str, Any] = {"i": 0, "tag": "a", "role": "link", "attrs": {}, "interactive": True, "visible": True,
                            "shown_text": "", "markup_words": [], "near_words": [], "regions": [], "region_words": [],
                            "box": [0, 0, 10, 10], "viewport": [1280, 900]}
    base.update(fields)
    return base


def test_icon_prefers_controls_without_text() -> None:
    icon_only = _element(markup_words=["header", "cart"], shown_text="3")  # only a badge number
    labelled = _element(tag="button", role="button", shown_text="Add to cart", markup_words=["btn"])
    assert intent.is_textless(icon_only) and not intent.is_textless(labelled)
    assert intent.score_icon(icon_only, "cart", 0.0) >= 0.9
    assert intent.score_icon(labelled, "cart", 0.8) < 0.55


def test_badge_must_sit_by_what_it_counts() -> None:
    cart_badge = _element(tag="span", role=None, interactive=False, shown_text="2", markup_words=["badge"],
                          near_words=["header", "cart"])
    other_badge = _element(tag="span", role=None, interactive=False, shown_text="5", markup_words=["badge"],
                           near_words=["kitchen"])
    word_pill = _element(tag="span", role=None, interactive=False, shown_text="New arrivals", markup_words=["badge"])
    assert intent.score_badge(cart_badge, "cart") > 0.9
    assert intent.score_badge(other_badge, "cart") == 0.0
    assert intent.score_badge(word_pill, "") == 0.0


def test_query_words_find_a_name_written_as_one_word_or_two() -> None:
    assert {"user", "name", "username"} <= vocabulary.query_words("User Name")


def test_a_form_or_field_marked_invalid_is_not_the_error_message() -> None:
    form = _element(tag="form", role=None, interactive=False, shown_text="User Name User name is required.",
                    markup_words=["login", "form", "ng", "invalid"])
    feedback = _element(tag="span", role=None, interactive=False, shown_text="User name is required.",
                        markup_words=["invalid", "feedback"])
    assert intent.score_message(form, "", True) == 0.0
    assert intent.score_message(feedback, "", True) == 0.9


def test_error_message_is_the_box_with_text_not_its_icon() -> None:
    box = _element(tag="div", role="alert", interactive=False, shown_text="Enter a valid email")
    icon = _element(tag="i", role=None, interactive=False, shown_text="", markup_words=["bi", "exclamation", "danger"])
    close = _element(tag="button", role="button", shown_text="×", markup_words=["error", "close"])
    assert intent.score_message(box, "", True) == 0.95
    assert intent.score_message(icon, "", True) == 0.0
    assert intent.score_message(close, "", True) == 0.0


@pytest.mark.parametrize(
    ("fields", "region", "inside"),
    [
        ({"regions": ["header", "navigation"]}, "header", True),
        ({"regions": ["header"]}, "nav bar", False),
        ({"regions": ["sidebar"]}, "side menu", True),
        ({"regions": [], "region_words": ["card", "header"]}, "header", False),  # a card's header is not the page's
        ({"region_words": ["cart", "panel"]}, "cart panel", True),
        ({"box": [1200, 10, 30, 30]}, "top right", True),
        ({"box": [10, 10, 30, 30]}, "top right", False),
        ({"box": [10, 850, 30, 30]}, "bottom left", True),
    ],
)
def test_in_region_by_landmark_words_and_screen_area(fields: dict[str, Any], region: str, inside: bool) -> None:
    assert intent.in_region(_element(**fields), region) is inside


def test_locator_position_and_container_filter_round_trip_and_old_json_reads() -> None:
    exact = model.Locator(strategy=model.Strategy.TEXT, value="Blue Mug", exact=True)
    scoped = model.Locator(strategy=model.Strategy.CSS, value="div.card", has=exact)
    locator = model.Locator(strategy=model.Strategy.ROLE, role="button", value="Add to cart", scope=scoped, nth=0)
    assert model.Locator.from_json(locator.to_json()) == locator
    assert locator.describe() == 'css=div.card has=(text="Blue Mug") >> role=button[name="Add to cart"] nth=0'
    old = {"strategy": "role", "value": "Login", "role": "button", "attribute": None, "exact": True, "scope": None, "has_text": None}
    plain = model.Locator.from_json(old)
    assert plain.nth is None and plain.has is None and plain.to_json() == old  # cached JSON reads and writes as before


@pytest.mark.parametrize(("token", "parts"), [
    ("errorlist", ("error", "list")), ("errornote", ("error", "note")), ("fielderror", ("field", "error")),
    ("closebtn", ("close", "btn")), ("usermenu", ("user", "menu")), ("textbox", None), ("boxing", None), ("errors", None),
])
def test_a_glued_markup_word_is_read_as_its_two_words(token: str, parts: tuple[str, str] | None) -> None:
    assert vocabulary.unglued(token) == parts
    if parts is not None:
        assert set(parts) <= vocabulary.expand([token])


def test_an_error_box_with_a_glued_class_is_an_error_message() -> None:
    errors_box = {"tag": "ul", "role": "list", "text": "Invalid date", "shown_text": "Invalid date", "attrs": {"class": "errorlist"},
                  "markup_words": ["errorlist"], "interactive": False}
    assert intent.score_message(errors_box, "", True) >= 0.9
    assert "errorlist" in intent.scan_hints(intent.Intent(kind="error", subject=""))[0]  # the scan lists it

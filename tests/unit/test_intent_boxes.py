"""How sentences name the page's chrome and boxes: a quoted or capitalised name before or after a box noun scopes,
"Close the dialog" is the close control inside it, toasts and notifications are message boxes and a region, a
box named by a title is a box; and how a scanned element is judged a toast, a message saying a text, or a box."""

from __future__ import annotations

from typing import Any

import pytest

from pacts_farm import model
from pacts_farm.finding import discover, intent
from pacts_farm.planning import phrases
from pacts_farm.planning.rules import understand

A = model.Action


@pytest.mark.parametrize(("text", "target", "scope"), [
    ('"Add card" in the "Backlog" list', "Add card", "Backlog"),
    ('the three dots button on the "Backlog" list', "three dots", "Backlog"),
    ('the checkbox on the card "Kickoff meeting"', "checkbox", "Kickoff meeting"),
    ('the checkbox on the "Write specs" card', "checkbox", "Write specs"),
    ('"Add another card" in the Todo list', "Add another card", "Todo"),
    ("Delete in the Edit dialog", "Delete", "Edit"),
])
def test_parse_target_a_name_before_or_after_a_box_noun_scopes(text: str, target: str, scope: str) -> None:
    parsed = phrases.parse_target(text)
    assert (parsed.text, parsed.scope, parsed.region) == (target, scope, None)


def test_parse_target_a_lower_case_part_name_stays_a_region_not_a_scope() -> None:
    parsed = phrases.parse_target("Orders in the tags bar")
    assert (parsed.text, parsed.scope, parsed.region) == ("Orders", None, "tags bar")


def test_parse_target_a_quoted_list_is_a_titled_box_but_a_dropdown_when_selected_from() -> None:
    box = phrases.parse_target('the "Waiting" list')
    assert (box.text, box.exact, box.role_hint, box.descriptor) == ("Waiting", True, None, "box")
    assert intent.intent_of(box) == intent.Intent(kind="box", subject="Waiting")
    chosen = understand('Select "Red" from the "Colour" list')
    assert chosen is not None and chosen.action is A.SELECT
    assert chosen.target is not None and (chosen.target.text, chosen.target.role_hint, chosen.target.descriptor) == ("Colour", "combobox", None)


@pytest.mark.parametrize(("sentence", "region"), [
    ("Close the dialog", "dialog"),
    ("Close the modal", "dialog"),
    ("Dismiss the popup", "dialog"),
    ("Dismiss the toast", "toast"),
    ("Close the notification", "toast"),
])
def test_close_a_box_is_the_close_control_inside_it(sentence: str, region: str) -> None:
    step = understand(sentence)
    assert step is not None and step.action is A.CLICK
    assert step.target == model.Target(text="Close", region=region)


def test_close_a_menu_keeps_its_name() -> None:
    step = understand("Close the menu")
    assert step is not None and step.target is not None and step.target.text == "Close menu"


@pytest.mark.parametrize(("sentence", "value"), [
    ('Verify the notification says "User is logged in"', "User is logged in"),
    ('Verify the toast shows "Saved"', "Saved"),
    ('Verify the snackbar shows "Saved"', "Saved"),
])
def test_toasts_and_notifications_are_message_boxes(sentence: str, value: str) -> None:
    step = understand(sentence)
    assert step is not None and step.action is A.EXPECT_TEXT and step.value == value
    assert step.target is not None and intent.intent_of(step.target).kind == "message"


@pytest.mark.parametrize("sentence", ['Verify "Log out" does not appear', "Verify the Log out link does not appear"])
def test_does_not_appear_is_not_visible(sentence: str) -> None:
    step = understand(sentence)
    assert step is not None and step.action is A.EXPECT_HIDDEN


def test_a_corner_of_a_box_is_not_a_corner_of_the_page() -> None:
    # a card opened as a window over the page has its X near the middle of the screen: the page's corner would miss it
    parsed = phrases.parse_target("the X icon in the top right of the card")
    assert (parsed.text, parsed.region, parsed.scope) == ("X", None, None)
    assert phrases.parse_target("the close icon in the top right of the dialog").region == "dialog"
    assert phrases.parse_target("the cart icon at the top right of the page").region == "top right"


def test_a_capitalised_name_before_tile_names_a_box() -> None:
    assert intent.intent_of(model.Target(text="Create new board tile")) == intent.Intent(kind="box", subject="create new board")
    assert intent.intent_of(model.Target(text="product card")).kind is None  # a plain noun, not a title


def _element(**extra: Any) -> dict[str, Any]:
    element: dict[str, Any] = {"i": 0, "tag": "div", "role": None, "name": "", "text": "", "own_text": "", "attrs": {},
                               "interactive": False, "visible": True, "markup_words": [], "shown_text": "", "near_words": []}
    element.update(extra)
    return element


def test_a_toast_is_known_by_its_markup_a_status_role_or_a_live_region() -> None:
    assert intent.is_toast(_element(markup_words=["toast"]))
    assert intent.is_toast(_element(markup_words=["notification", "message"]))
    assert intent.is_toast(_element(role="status"))
    assert intent.is_toast(_element(attrs={"aria-live": "polite"}))
    assert not intent.is_toast(_element(markup_words=["banner"]))


def test_the_toast_ranks_the_box_called_toast_over_an_alert_beside_it() -> None:
    toast = _element(markup_words=["toast"], shown_text="Ticket created", text="Ticket created")
    alert = _element(role="alert", markup_words=["note", "error"], shown_text="Subject is required", near_words=["toast"])
    assert intent.score_message(toast, "toast", False) > intent.score_message(alert, "toast", False)
    banner = _element(markup_words=["banner"], shown_text="Office closed on Friday")
    assert intent.score_message(toast, "notification", False) > intent.score_message(banner, "notification", False)


def test_a_quoted_message_must_be_shown_by_the_box() -> None:
    target = model.Target(text="Subject is required", exact=True, descriptor="message")
    saying = _element(role="alert", shown_text="Subject is required", text="Subject is required")
    other = _element(role="alert", shown_text="Ticket created", text="Ticket created", i=1)
    ranked = discover.score_elements([saying, other], target, A.EXPECT_VISIBLE)
    assert [s.element["i"] for s in ranked] == [0]


def test_a_click_on_a_container_noun_is_the_control_named_so_not_the_box() -> None:
    box = _element(tag="details", attrs={"class": "filter"}, markup_words=["filter"], text="Filter")  # <details class="filter">
    toggle = _element(i=1, tag="summary", role="button", name="Filter", text="Filter", interactive=True, ancestors=[0])
    clicked = discover.score_elements([box, toggle], model.Target(text="Filter"), A.CLICK)
    assert [s.element["tag"] for s in clicked][:1] == ["summary"]
    checked = discover.score_elements([box, toggle], model.Target(text="filters"), A.EXPECT_TEXT)
    assert [s.element["tag"] for s in checked] == ["details"]  # "the filters show …": the box


def test_a_box_with_a_hand_cursor_and_no_role_is_pressed_like_a_button() -> None:
    div = _element(pointer=True)
    assert discover.role_fit(A.CLICK, div, "button") > discover.role_fit(A.CLICK, _element(), "button")
    assert discover.role_fit(A.EXPECT_VISIBLE, div, "button") >= 0.7


def test_test_id_attributes_name_an_element_and_give_its_locator() -> None:
    element = _element(attrs={"data-cy": "service-rating"})
    score, why = discover.name_score(model.Target(text="service rating"), element, False)
    assert score >= 0.7 and "test id" in why
    for attribute in ("data-test-id", "data-cy", "data-qa"):
        options = discover.locator_options(_element(attrs={attribute: "new-ticket"}), None)
        assert model.Locator(strategy=model.Strategy.TEST_ID, attribute=attribute, value="new-ticket") in options


def test_an_explicit_role_on_a_plain_tag_gives_a_tag_and_role_locator() -> None:
    element = _element(tag="span", role="button", name="Column actions", attrs={"role": "button", "aria-label": "Column actions"})
    options = discover.locator_options(element, None)
    assert options[0] == model.Locator(strategy=model.Strategy.ROLE, role="button", value="Column actions")
    assert model.Locator(strategy=model.Strategy.CSS, value='span[role="button"][aria-label="Column actions"]') in options
    native = _element(tag="button", role="button", name="Save", attrs={"role": "button"})
    assert not any(o.value.startswith("button[role") for o in discover.locator_options(native, None))


def test_a_sonner_toast_is_a_toast_and_its_data_type_makes_it_an_error_or_a_success() -> None:
    error = _element(tag="li", role="listitem", markup_words=["sonner", "toast", "error"], shown_text="Incorrect email or password")
    success = _element(tag="li", role="listitem", markup_words=["sonner", "toast", "success"], shown_text="Item created")
    assert intent.is_toast(error) and intent.is_toast(success)
    assert intent.score_message(error, "", True) >= 0.9
    assert intent.score_message(success, "", True) == 0.0  # a success toast is never the error
    assert intent.score_message(success, "toast", False) >= 0.9


def test_an_invalid_fields_message_is_an_error_and_a_label_is_not() -> None:
    message = _element(tag="p", shown_text="Invalid email address", field_error_of="Email", near_words=["email"])
    label = _element(tag="label", shown_text="Email", markup_words=["flex", "text", "sm"])
    assert intent.is_field_error(message) and not intent.is_field_error(label)
    assert intent.score_message(message, "", True) == 0.95
    assert intent.score_message(label, "", True) == 0.0


def test_the_error_of_a_named_field_is_that_fields_message_whatever_the_others_say() -> None:
    target = model.Target(text="Email", descriptor="error")
    email = _element(tag="p", shown_text="Invalid email address", field_error_of="Email *", near_words=["email"])
    password = _element(i=1, tag="p", shown_text="Password is required", field_error_of="Password", near_words=["password"])
    ranked = discover.score_elements([email, password], target, A.EXPECT_TEXT, says="Password is required")
    assert [s.element["i"] for s in ranked] == [0]
    unnamed = discover.score_elements([email, password], model.Target(text="login", descriptor="error"), A.EXPECT_VISIBLE)
    assert sorted(s.element["i"] for s in unnamed) == [0, 1]  # "the login error" names no field: both stay


def test_a_name_then_a_kind_but_never_a_page() -> None:
    from pacts_farm.finding import discover

    assert discover.kind_after_name(model.Target(text="Website Relaunch project")) == ("Website Relaunch", "project")
    assert discover.kind_after_name(model.Target(text="Bookmarks page")) is None  # a page, not a thing named Bookmarks
    assert discover.kind_after_name(model.Target(text="Website Relaunch", exact=True)) is None

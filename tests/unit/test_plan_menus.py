"""Menus and values the way testers write them: "in the user menu" names the menu an item is in (a region the
discovery matches on the menu's toggle), "Open the user menu and click Logout" is two typed steps, and a value
joined by hyphens or dots ("not-the-password", "bob.smith@example.com") is data, never a negation; "the X lists
Y" is a text check on X."""

from __future__ import annotations

from typing import Any

import pytest

from pacts_farm import model
from pacts_farm.finding import intent
from pacts_farm.planning import plan

A = model.Action
C = model.Match.CONTAINS
BASE = "http://127.0.0.1:1/app/"


def _t(text: str, **extra: Any) -> dict[str, Any]:
    return {"text": text, "role_hint": None, "scope": None, "exact": False, **extra}


def _plan(*sentences: str) -> model.Plan:
    item = model.Item(key="k", requirement_id="k", title="k", start_url=BASE, steps=tuple(model.SuiteStep(text=s) for s in sentences))
    return plan.make_plan(item, base_url=BASE)


FORMS: list[tuple[str, tuple]] = [
    ("Click Logout in the user menu", (A.CLICK, _t("Logout", region="user menu"), None)),
    ("Click Settings in the account dropdown", (A.CLICK, _t("Settings", region="account dropdown"), None)),
    ('Click "Log out" from the Account drop-down', (A.CLICK, _t("Log out", exact=True, region="account dropdown"), None)),
    ("Click the Dashboard link in the Admin submenu", (A.CLICK, _t("Dashboard", role_hint="link", region="admin menu"), None)),
    ("Click Login in the top menu", (A.CLICK, _t("Login", region="navigation"), None)),
    ("Click Register in the hamburger menu", (A.CLICK, _t("Register", region="navigation"), None)),
    ("Click Reports in the sidebar menu", (A.CLICK, _t("Reports", region="sidebar"), None)),
    ("Click Date in the filter menu", (A.CLICK, _t("Date", region="filter menu"), None)),
    # values joined by hyphens, dots or @ are data, not words of the sentence
    ("Enter not-the-password as the password", (A.FILL, _t("password", role_hint="textbox"), "not-the-password")),
    ("Enter bob.smith@example.com as the email", (A.FILL, _t("email", role_hint="textbox"), "bob.smith@example.com")),
    ("Type no-reply@example.com into the Email field", (A.FILL, _t("Email", role_hint="textbox"), "no-reply@example.com")),
    ("Enter x.y-z in the Name field", (A.FILL, _t("Name", role_hint="textbox"), "x.y-z")),
    # "lists" is "shows" for a box of items (the discovery finds the box the noun names, the check is its text)
    ("Verify the tag list lists autumn", (A.EXPECT_TEXT, _t("tag list", descriptor="list"), "autumn")),
    ("Verify the followers list contains susan", (A.EXPECT_TEXT, _t("followers list", descriptor="list"), "susan")),
    ('Verify the cart lists "Blue Mug"', (A.EXPECT_TEXT, _t("cart", descriptor="list"), "Blue Mug")),
    ("The cart should list Blue Mug", (A.EXPECT_TEXT, _t("cart", descriptor="list"), "Blue Mug")),
    ("Verify the sidebar lists Dashboard", (A.EXPECT_VISIBLE, _t("Dashboard", region="sidebar"), None)),
]

# an attribute gone, or without that value: Playwright's not_to_have_attribute (match not_contains)
LACKS: list[tuple[str, tuple]] = [
    ('Verify the Password field no longer has attribute "type" equal to "password"', (_t("Password", role_hint="textbox"), "type", "password")),
    ('Verify the Email field does not have class "invalid"', (_t("Email", role_hint="textbox"), "class", "invalid")),
    ("Verify the Save button does not have the disabled attribute", (_t("Save", role_hint="button"), "disabled", None)),
    ("Verify the Save button has no title", (_t("Save", role_hint="button"), "title", None)),
    ('Verify the Home link should not have attribute aria-current equal to page', (_t("Home", role_hint="link"), "aria-current", "page")),
]


@pytest.mark.parametrize(("sentence", "expected"), LACKS, ids=[f[0] for f in LACKS])
def test_plan_menus_attribute_gone_or_different_is_a_typed_step(sentence: str, expected: tuple) -> None:
    made = _plan(sentence)
    plan.validate_plan(made)
    (step,) = made.steps
    assert step.action is A.EXPECT_ATTRIBUTE and step.match is model.Match.NOT_CONTAINS
    assert (step.target.to_json() if step.target else None, step.attribute, step.value) == expected


def test_plan_menus_not_contains_is_only_for_urls_text_and_attributes() -> None:
    for action, target in ((A.EXPECT_VALUE, model.Target(text="Name")), (A.EXPECT_COUNT, model.Target(text="products"))):
        wrong = model.Plan(item_key="k", start_url=BASE, steps=(
            model.PlannedStep(index=0, text="x", action=action, target=target, value="1", match=model.Match.NOT_CONTAINS),))
        with pytest.raises(Exception, match="match"):
            plan.validate_plan(wrong)


@pytest.mark.parametrize(("sentence", "expected"), FORMS, ids=[f[0] for f in FORMS])
def test_plan_menus_understands(sentence: str, expected: tuple) -> None:
    (step,) = _plan(sentence).steps
    assert (step.action, step.target.to_json() if step.target else None, step.value) == expected
    plan.validate_plan(_plan(sentence))


def test_plan_menus_negation_outside_a_value_is_still_read() -> None:
    (step,) = _plan("Verify the page does not show not-found").steps
    assert step.action is A.EXPECT_HIDDEN and step.value == "not-found"
    with pytest.raises(Exception, match="not"):
        _plan("Click Save, not Cancel")


@pytest.mark.parametrize(("sentence", "first", "second"), [
    ("Open the user menu and click Logout", (A.CLICK, _t("user menu")), (A.CLICK, _t("Logout", region="user menu"))),
    ("Hover over the Products menu, then click Laptops", (A.HOVER, _t("Products menu")), (A.CLICK, _t("Laptops", region="products menu"))),
    ('Click the Account dropdown and then choose "Sign out"',
     (A.CLICK, _t("Account", role_hint="combobox")), (A.CLICK, _t("Sign out", exact=True, region="account dropdown"))),
])
def test_plan_menus_open_then_click_is_two_typed_steps(sentence: str, first: tuple, second: tuple) -> None:
    made = _plan(sentence)
    plan.validate_plan(made)
    got = [(s.action, s.target.to_json() if s.target else None) for s in made.steps]
    assert got == [first, second]
    assert [s.index for s in made.steps] == [0, 1]


def test_plan_menus_other_two_action_sentences_are_still_refused() -> None:
    with pytest.raises(Exception, match="one step per line"):
        _plan("Open the settings page and make sure everything works")


@pytest.mark.parametrize(("region", "name"), [
    ("user menu", "user"), ("account dropdown", "account"), ("admin menu", "admin"), ("tags bar", None), ("header", None), ("menu", None),
])
def test_plan_menus_region_names_a_menu_by_its_words(region: str, name: str | None) -> None:
    assert intent.menu_named(region) == name

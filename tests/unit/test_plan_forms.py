"""A field named inside one of several forms, read without a browser: "the X field of/in the Y form", "the Y form's
X", "the dialog's X", "the X field above Z"; and a field named by its input type (type=email is the email field)."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.finding import cache, discover
from pacts_farm.planning import phrases, rules

A = model.Action


@pytest.mark.parametrize(
    ("sentence", "text", "scope"),
    [
        ("Enter alice@example.org in the email field of the password form", "email", "password"),
        ('Fill "alice@example.org" in the password form\'s email field', "email", "password"),
        ("Fill x in the password form’s email field", "email", "password"),
        ('Enter x in the Email field in the "Sign up" form', "Email", "Sign up"),
        ("Enter x in the email address field inside the login form", "email address", "login"),
    ],
)
def test_a_field_of_a_named_form_is_scoped_to_that_form(sentence: str, text: str, scope: str) -> None:
    intent = rules.understand(sentence)
    assert intent is not None and intent.action is A.FILL
    assert intent.target == model.Target(text=text, role_hint="textbox", scope=scope, scope_box="form")


def test_the_dialogs_field_is_in_the_dialog() -> None:
    intent = rules.understand("Fill \"alice@example.org\" in the dialog's email field")
    assert intent is not None and intent.target == model.Target(text="email", role_hint="textbox", region="dialog")


@pytest.mark.parametrize(("sentence", "target"), [
    ("Click Dismiss in the welcome dialog", model.Target(text="Dismiss", region="dialog")),
    ("Click the Dismiss button in the welcome dialog", model.Target(text="Dismiss", role_hint="button", region="dialog")),
    ("Click OK on the confirm delete popup", model.Target(text="OK", region="dialog")),
])
def test_a_dialog_named_by_what_it_is_for_is_the_dialog(sentence: str, target: model.Target) -> None:
    intent = rules.understand(sentence)
    assert intent is not None and intent.target == target


def test_a_field_above_a_text_is_in_the_box_holding_that_text() -> None:
    intent = rules.understand('Fill "a@b.org" in the email field above "Email Me a Link"')
    assert intent is not None and intent.target == model.Target(text="email", role_hint="textbox", scope="Email Me a Link")


@pytest.mark.parametrize(
    "text",
    [
        "email field of the second form",  # a form counted, not named: left to the other rules
        "Blue Mug's Add button",  # an owner that names no form and no part of the page
    ],
)
def test_an_owner_that_names_no_form_takes_no_form_scope(text: str) -> None:
    assert phrases.parse_target(text).scope_box is None


def test_the_form_scope_is_kept_in_the_plan_and_its_cache_key() -> None:
    scoped = model.Target(text="email", role_hint="textbox", scope="password", scope_box="form")
    assert model.Target.from_json(scoped.to_json()) == scoped
    assert "scope_box" not in model.Target(text="email", scope="password").to_json()  # plain targets keep their plans
    step = model.PlannedStep(index=0, text="t", action=A.FILL, target=scoped, value="x")
    plain = model.PlannedStep(index=0, text="t", action=A.FILL, target=model.Target(text="email", role_hint="textbox", scope="password"), value="x")
    assert cache.signature("app", step) != cache.signature("app", plain)


def _field(**attrs: str) -> dict[str, object]:
    return {"tag": "input", "role": "textbox", "name": attrs.pop("aria", ""), "label": "", "near_label": "", "next_label": "",
            "own_text": "", "text": "", "attrs": attrs, "markup_words": [], "icon_words": []}


@pytest.mark.parametrize(("said", "kind"), [("email", "email"), ("email address", "email"), ("phone number", "tel")])
def test_an_input_type_names_the_field(said: str, kind: str) -> None:
    score, why = discover.name_score(model.Target(text=said, role_hint="textbox"), _field(type=kind, placeholder="you@example.org"), False)
    assert score >= discover.ACCEPT_SCORE and why.startswith("input type")


def test_another_input_type_does_not_name_the_field() -> None:
    score, _ = discover.name_score(model.Target(text="email", role_hint="textbox"), _field(type="password"), False)
    assert score < discover.ACCEPT_SCORE

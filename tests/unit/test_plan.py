"""The rules planner: the phrasings QA people write, table-driven."""

from __future__ import annotations

import pytest

from pacts_farm import errors, model
from pacts_farm.planning import plan

A = model.Action
C, E = model.Match.CONTAINS, model.Match.EQUALS

# sentence -> (action, target text, role hint, scope, value, match, timeout_ms, exact)
PHRASINGS: list[tuple[str, tuple]] = [
    # navigation
    ("Go to /login", (A.NAVIGATE, None, None, None, "/login", C, None, False)),
    ("Open https://shop.example/cart", (A.NAVIGATE, None, None, None, "https://shop.example/cart", C, None, False)),
    ('Navigate to "/cart"', (A.NAVIGATE, None, None, None, "/cart", C, None, False)),
    ("Visit /inventory", (A.NAVIGATE, None, None, None, "/inventory", C, None, False)),
    ("go to the /checkout page", (A.NAVIGATE, None, None, None, "/checkout", C, None, False)),
    ("Browse to http://127.0.0.1:8765/", (A.NAVIGATE, None, None, None, "http://127.0.0.1:8765/", C, None, False)),
    # fill
    ('Fill "standard_user" in the Username field', (A.FILL, "Username", "textbox", None, "standard_user", C, None, False)),
    ('Enter "x" into Password', (A.FILL, "Password", "textbox", None, "x", C, None, False)),
    ('Type "hello" in the Search box', (A.FILL, "Search", "textbox", None, "hello", C, None, False)),
    ('Fill the Username field with "standard_user"', (A.FILL, "Username", "textbox", None, "standard_user", C, None, False)),
    ('Set Zip Code to "12345"', (A.FILL, "Zip Code", "textbox", None, "12345", C, None, False)),
    ('Fill in Postal Code with "1234"', (A.FILL, "Postal Code", "textbox", None, "1234", C, None, False)),
    ('Enter “Ada” in First Name', (A.FILL, "First Name", "textbox", None, "Ada", C, None, False)),
    ('Type "O\'Brien" into the Last Name input', (A.FILL, "Last Name", "textbox", None, "O'Brien", C, None, False)),
    ('Fill "${env:PASSWORD}" in the Password field', (A.FILL, "Password", "textbox", None, "${env:PASSWORD}", C, None, False)),
    ('Input "42" into the Quantity field', (A.FILL, "Quantity", "textbox", None, "42", C, None, False)),
    ('Put "a b c" in Notes', (A.FILL, "Notes", "textbox", None, "a b c", C, None, False)),
    ('Fill "Zip/Postal Code" with "10001"', (A.FILL, "Zip/Postal Code", "textbox", None, "10001", C, None, True)),
    # click
    ("Click Login", (A.CLICK, "Login", None, None, None, C, None, False)),
    ("Click the Login button", (A.CLICK, "Login", "button", None, None, C, None, False)),
    ('Click on "Add to cart"', (A.CLICK, "Add to cart", None, None, None, C, None, True)),
    ("Press the Submit button", (A.CLICK, "Submit", "button", None, None, C, None, False)),
    ("Tap Menu", (A.CLICK, "Menu", None, None, None, C, None, False)),
    ("Click the cart icon", (A.CLICK, "cart", None, None, None, C, None, False)),
    ('Click the "About" link', (A.CLICK, "About", "link", None, None, C, None, True)),
    ("Select the Checkout button", (A.CLICK, "Checkout", "button", None, None, C, None, False)),
    ("Click the Remember me checkbox", (A.CLICK, "Remember me", "checkbox", None, None, C, None, False)),
    ("Click the Size dropdown", (A.CLICK, "Size", "combobox", None, None, C, None, False)),
    ("Click the Reviews tab", (A.CLICK, "Reviews", "tab", None, None, C, None, False)),
    ("Open the menu", (A.CLICK, "menu", None, None, None, C, None, False)),
    ("Click the menu icon", (A.CLICK, "menu", None, None, None, C, None, False)),
    ("Click Continue.", (A.CLICK, "Continue", None, None, None, C, None, False)),
    ("click on the Sign in link", (A.CLICK, "Sign in", "link", None, None, C, None, False)),
    ("Hit Enter the matrix", (A.CLICK, "Enter the matrix", None, None, None, C, None, False)),
    # item-scoped
    ("Click Add to cart for the Blue Mug", (A.CLICK, "Add to cart", None, "Blue Mug", None, C, None, False)),
    ('Click "Remove" for "Blue Mug"', (A.CLICK, "Remove", None, "Blue Mug", None, C, None, True)),
    ("Click Add to cart on the Red Cap", (A.CLICK, "Add to cart", None, "Red Cap", None, C, None, False)),
    ("Click Remove next to the Green Tote", (A.CLICK, "Remove", None, "Green Tote", None, C, None, False)),
    ("Click Edit for the Blue Mug row", (A.CLICK, "Edit", None, "Blue Mug", None, C, None, False)),
    ("Add the Blue Mug to the cart", (A.CLICK, "Add to cart", None, "Blue Mug", None, C, None, False)),
    ('Add "Blue Mug" to cart', (A.CLICK, "Add to cart", None, "Blue Mug", None, C, None, False)),
    ("Add Red Cap to my basket", (A.CLICK, "Add to basket", None, "Red Cap", None, C, None, False)),
    ("Remove the Blue Mug from the cart", (A.CLICK, "Remove", None, "Blue Mug", None, C, None, False)),
    # keys
    ("Press Enter", (A.PRESS, None, None, None, "Enter", C, None, False)),
    ("Press Escape", (A.PRESS, None, None, None, "Escape", C, None, False)),
    ("Press Esc", (A.PRESS, None, None, None, "Escape", C, None, False)),
    ("Press Tab", (A.PRESS, None, None, None, "Tab", C, None, False)),
    ("Press down arrow", (A.PRESS, None, None, None, "ArrowDown", C, None, False)),
    ("Press Enter in the Search field", (A.PRESS, "Search", "textbox", None, "Enter", C, None, False)),
    ("Press Control+A on the Notes box", (A.PRESS, "Notes", "textbox", None, "Control+A", C, None, False)),
    ("Press Shift+Tab", (A.PRESS, None, None, None, "Shift+Tab", C, None, False)),
    ("Press F5", (A.PRESS, None, None, None, "F5", C, None, False)),
    ("Press PageDown", (A.PRESS, None, None, None, "PageDown", C, None, False)),
    # select
    ('Select "Price (low to high)" from the Sort dropdown', (A.SELECT, "Sort", "combobox", None, "Price (low to high)", C, None, False)),
    ('Choose "Large" in Size', (A.SELECT, "Size", "combobox", None, "Large", C, None, False)),
    ('Pick "2" from the Quantity list', (A.SELECT, "Quantity", "combobox", None, "2", C, None, False)),
    # check / uncheck
    ("Check the Remember me checkbox", (A.CHECK, "Remember me", "checkbox", None, None, C, None, False)),
    ('Tick "I agree"', (A.CHECK, "I agree", "checkbox", None, None, C, None, True)),
    ("Uncheck Newsletter", (A.UNCHECK, "Newsletter", "checkbox", None, None, C, None, False)),
    ("Untick the Terms box", (A.UNCHECK, "Terms", "checkbox", None, None, C, None, False)),  # a box to tick
    # hover
    ("Hover over the Menu", (A.HOVER, "Menu", None, None, None, C, None, False)),
    ('Hover the "Help" icon', (A.HOVER, "Help", None, None, None, C, None, True)),
    ("Move the mouse over Profile", (A.HOVER, "Profile", None, None, None, C, None, False)),
    # assertions on text
    ('Verify the page shows "Products"', (A.EXPECT_VISIBLE, None, None, None, "Products", C, None, False)),
    ('Verify "Products" is visible', (A.EXPECT_VISIBLE, None, None, None, "Products", C, None, False)),
    ('Verify text "Products" is displayed', (A.EXPECT_VISIBLE, None, None, None, "Products", C, None, False)),
    ('Check that "Welcome" appears', (A.EXPECT_VISIBLE, None, None, None, "Welcome", C, None, False)),
    ('The page should show "Thank you"', (A.EXPECT_VISIBLE, None, None, None, "Thank you", C, None, False)),
    ('Assert the page contains "Total"', (A.EXPECT_VISIBLE, None, None, None, "Total", C, None, False)),
    ('Ensure I can see "Logged in"', (A.EXPECT_VISIBLE, None, None, None, "Logged in", C, None, False)),
    ('I should see "Done"', (A.EXPECT_VISIBLE, None, None, None, "Done", C, None, False)),
    ('Verify "Epic sadface" is not visible', (A.EXPECT_HIDDEN, None, None, None, "Epic sadface", C, None, False)),
    ('Verify the page does not show "Error"', (A.EXPECT_HIDDEN, None, None, None, "Error", C, None, False)),
    ('Ensure "Loading" disappears', (A.EXPECT_HIDDEN, None, None, None, "Loading", C, None, False)),
    ('Verify there is no "Error" message', (A.EXPECT_HIDDEN, None, None, None, "Error", C, None, False)),
    # assertions on elements
    ('Verify the cart badge shows "2"', (A.EXPECT_TEXT, "cart badge", None, None, "2", C, None, False)),
    ('Verify the error message contains "locked out"', (A.EXPECT_TEXT, "error message", None, None, "locked out", C, None, False)),
    ('Verify the Total says "$32.39"', (A.EXPECT_TEXT, "Total", None, None, "$32.39", C, None, False)),
    ('The Status field should read "Active"', (A.EXPECT_TEXT, "Status", "textbox", None, "Active", C, None, False)),
    ("Verify the Checkout button is visible", (A.EXPECT_VISIBLE, "Checkout", "button", None, None, C, None, False)),
    ("Verify the Login button is not visible", (A.EXPECT_HIDDEN, "Login", "button", None, None, C, None, False)),
    ("The Logout link should be visible", (A.EXPECT_VISIBLE, "Logout", "link", None, None, C, None, False)),
    # url and title
    ('Verify the URL contains "/inventory"', (A.EXPECT_URL, None, None, None, "/inventory", C, None, False)),
    ('Verify the URL is "http://x/y"', (A.EXPECT_URL, None, None, None, "http://x/y", E, None, False)),
    ('Check that the url includes "?id=6"', (A.EXPECT_URL, None, None, None, "?id=6", C, None, False)),
    ('Verify the title is "Demo Shop"', (A.EXPECT_TITLE, None, None, None, "Demo Shop", E, None, False)),
    ('Verify the title contains "Shop"', (A.EXPECT_TITLE, None, None, None, "Shop", C, None, False)),
    ('Assert the page title equals "Home"', (A.EXPECT_TITLE, None, None, None, "Home", E, None, False)),
    # waits and timeouts
    ('Wait for "Recommended for you"', (A.WAIT_FOR, None, None, None, "Recommended for you", C, 10000, False)),  # a wait is patient
    ('Wait for "Done" (up to 15 seconds)', (A.WAIT_FOR, None, None, None, "Done", C, 15000, False)),
    ('Wait until "Saved" appears', (A.WAIT_FOR, None, None, None, "Saved", C, 10000, False)),
    ("Wait for the Results table", (A.WAIT_FOR, "table", None, None, None, C, 10000, False)),  # under Results (or called so)
    ('Wait for "Report" (up to 500 ms)', (A.WAIT_FOR, None, None, None, "Report", C, 500, False)),
    ('Verify the page shows "Saved" within 10s', (A.EXPECT_VISIBLE, None, None, None, "Saved", C, 10000, False)),
    ("Click Export (up to 2 minutes)", (A.CLICK, "Export", None, None, None, C, 120000, False)),
]


@pytest.mark.parametrize(("sentence", "expected"), PHRASINGS, ids=[p[0][:50] for p in PHRASINGS])
def test_plan_understands(sentence: str, expected: tuple) -> None:
    planned = plan.make_plan(_item(sentence), base_url="http://127.0.0.1:1").steps[0]
    target = planned.target
    got = (
        planned.action,
        target.text if target else None,
        target.role_hint if target else None,
        target.scope if target else None,
        planned.value,
        planned.match,
        planned.timeout_ms,
        target.exact if target else False,
    )
    assert got == expected


def test_plan_covers_at_least_eighty_phrasings() -> None:
    assert len(PHRASINGS) >= 80


@pytest.mark.parametrize(
    ("sentence", "hint"),
    [
        ("Flurble the wobble", "start with a verb"),
        ("Wait 3 minutes", "fixed wait over 30 seconds"),
        ("Wait up to 5 seconds", "say what to wait for"),
        ("Make it work", "ANTHROPIC_API_KEY"),
    ],
)
def test_plan_refuses_with_a_hint(sentence: str, hint: str) -> None:
    with pytest.raises(errors.PlanInvalid) as failure:
        plan.make_plan(_item(sentence), base_url="http://127.0.0.1:1", source="suite.yaml")
    (problem,) = failure.value.problems
    assert f'"{sentence}"' in problem.message and hint in problem.message
    assert "suite.yaml:7" in problem.message and "requirements[2].steps[0]" in problem.message


def test_plan_lists_every_step_it_cannot_understand() -> None:
    item = model.Item(
        key="k", requirement_id="k", title="k", line=3, index=0,
        steps=(model.SuiteStep(line=4, text="Click Login"), model.SuiteStep(line=5, text="Dance"),
               model.SuiteStep(line=6, text="Sing loudly")),
    )
    with pytest.raises(errors.PlanInvalid) as failure:
        plan.make_plan(item, base_url="http://127.0.0.1:1")
    assert [p.step for p in failure.value.problems] == ["Dance", "Sing loudly"]
    assert [p.line for p in failure.value.problems] == [5, 6]


def test_plan_masks_secrets_in_text_but_keeps_the_placeholder_value() -> None:
    planned = plan.make_plan(_item('Fill "${env:PW}" in Password'), base_url="http://h").steps[0]
    assert planned.text == f'Fill "{model.MASK}" in Password'
    assert planned.value == "${env:PW}"


def test_plan_structured_steps() -> None:
    item = model.Item(
        key="k", requirement_id="k", title="k", start_url="http://h/login",
        steps=(
            model.SuiteStep(action="click", target="Add to cart", scope="Blue Mug", role="button"),
            model.SuiteStep(action="goto", value="/cart"),
            model.SuiteStep(action="assert_text", target="Total", value="$1"),
            model.SuiteStep(action="type", target="Name", value="Ada", timeout_ms=900),
        ),
    )
    steps = plan.make_plan(item, base_url="http://h").steps
    assert steps[0].action is A.CLICK and steps[0].target == model.Target(text="Add to cart", role_hint="button", scope="Blue Mug")
    assert (steps[1].action, steps[1].value) == (A.NAVIGATE, "/cart")
    assert steps[2].action is A.EXPECT_TEXT and steps[3].timeout_ms == 900


@pytest.mark.parametrize(
    ("step", "message"),
    [
        (model.SuiteStep(action="teleport", target="x"), "unknown action 'teleport'"),
        (model.SuiteStep(action="click"), "needs a target"),
        (model.SuiteStep(action="fill", target="Name"), "needs a value"),
    ],
)
def test_plan_structured_errors(step: model.SuiteStep, message: str) -> None:
    item = model.Item(key="k", requirement_id="k", title="k", steps=(step,))
    with pytest.raises(errors.PlanInvalid, match=message):
        plan.make_plan(item, base_url="http://h")


def test_plan_free_text_pacts_style() -> None:
    text = (
        "Test: Checkout\nURL: /login\n1. Fill \"u\" in the Username field\n2) Click Login\n"
        "- Add the Blue Mug to the cart\nExpected: Thank you for your order!\n"
    )
    item = model.Item(key="k", requirement_id="k", title="k", free_text=text, start_url="http://h/")
    planned = plan.make_plan(item, base_url="http://h")
    assert planned.start_url == "http://h/login"
    assert [s.action for s in planned.steps] == [A.FILL, A.CLICK, A.CLICK, A.EXPECT_VISIBLE]
    assert planned.steps[-1].value == "Thank you for your order!"


def test_plan_free_text_expected_can_be_a_verification() -> None:
    item = model.Item(key="k", requirement_id="k", title="k", free_text='1. Click Login\nExpected: the URL contains "/inventory"')
    assert plan.make_plan(item, base_url="http://h").steps[-1].action is A.EXPECT_URL


def _item(sentence: str) -> model.Item:
    return model.Item(
        key="k", requirement_id="k", title="k", start_url="http://127.0.0.1:1/", line=6, index=2,
        steps=(model.SuiteStep(line=7, text=sentence),),
    )


def test_plan_requirement_timeout_is_the_default_for_its_steps() -> None:
    item = model.Item(key="k", requirement_id="k", title="k", timeout_ms=15000,
                      steps=(model.SuiteStep(text="Click Slow"), model.SuiteStep(text='Wait for "Done" (up to 2 seconds)')))
    assert [s.timeout_ms for s in plan.make_plan(item, base_url="http://h").steps] == [15000, 2000]

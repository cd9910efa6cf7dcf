"""Exported pytest-playwright files: user-facing locators, secrets from the environment, always valid Python."""

from __future__ import annotations

import ast

import pytest

from pacts_farm import model
from pacts_farm.report import export

S = model.Strategy
BASE = "http://127.0.0.1:8765"


@pytest.mark.parametrize(
    ("locator", "expected"),
    [
        (model.Locator(strategy=S.ROLE, role="button", value="Login"), "page.get_by_role('button', name='Login', exact=True)"),
        (model.Locator(strategy=S.LABEL, value="Password", exact=False), "page.get_by_label('Password')"),
        (model.Locator(strategy=S.PLACEHOLDER, value="Search"), "page.get_by_placeholder('Search', exact=True)"),
        (model.Locator(strategy=S.ALT_TEXT, value="Logo"), "page.get_by_alt_text('Logo', exact=True)"),
        (model.Locator(strategy=S.TITLE, value="Help"), "page.get_by_title('Help', exact=True)"),
        (model.Locator(strategy=S.TEST_ID, attribute="data-testid", value="cart"), "page.get_by_test_id('cart')"),
        (model.Locator(strategy=S.TEST_ID, attribute="data-test", value='a"b'), "page.locator('[data-test=\"a\\\\\"b\"]')"),
        (model.Locator(strategy=S.TEXT, value="Products"), "page.get_by_text('Products', exact=True)"),
        (model.Locator(strategy=S.CSS, value="#menu"), "page.locator('#menu')"),
        (
            model.Locator(strategy=S.ROLE, role="button", value="Add to cart",
                          scope=model.Locator(strategy=S.CSS, value="li.item", has_text="Blue Mug")),
            "page.locator('li.item').filter(has_text='Blue Mug').get_by_role('button', name='Add to cart', exact=True)",
        ),
    ],
)
def test_export_locator_expressions_are_user_facing(locator: model.Locator, expected: str) -> None:
    assert export.locator_expression(locator) == expected
    ast.parse(expected)


def _step(index: int, action: model.Action, locator: model.Locator | None, **extra: object) -> model.StepResult:
    resolution = model.Resolution(locator=locator, source=model.LocatorSource.DISCOVERED, confidence=0.9) if locator else None
    return model.StepResult(index=index, text=f"step {index}", action=action, outcome=model.Outcome.PASSED,
                            duration_ms=1.0, resolution=resolution, **extra)  # type: ignore[arg-type]


def _export(title: str, planned: list[model.PlannedStep], steps: list[model.StepResult]) -> str:
    item = model.ItemResult(item_key="login-1", requirement_id="login", title=title, data={"who": 'x"""y'},
                            expect=model.Expectation.PASS, verdict=model.Verdict.HEALED, met=True, duration_ms=1,
                            steps=tuple(steps))
    run = model.RunResult(run_id="r1", suite_name="Shop", status=model.RunStatus.PASSED, mode="embedded",
                          started_at="2026-11-24T03:33:49+00:00", finished_at=None, duration_ms=1, items=(item,))
    plan = model.Plan(item_key="login-1", start_url=f"{BASE}/login?x=1", steps=tuple(planned))
    (test,), conftest = export.export_run(run, {"login-1": (plan, BASE)})
    assert test.filename == "test_login_1.py"
    compile(test.source, test.filename, "exec")
    compile(conftest, "conftest.py", "exec")
    return test.source


def test_export_secrets_come_from_the_environment_and_text_is_a_comment() -> None:
    A = model.Action
    user = model.Locator(strategy=S.LABEL, value="Password")
    button = model.Locator(strategy=S.ROLE, role="button", value="Sign in")
    heal = model.HealEvent(step_index=1, old_locator=model.Locator(strategy=S.ROLE, role="button", value="Login"),
                           new_locator=button, strategy="synonyms", round=1, reason="renamed", duration_ms=3)
    planned = [
        model.PlannedStep(index=0, text='Fill "••••" in the Password field\nimport shutil', action=A.FILL,
                          target=model.Target(text="Password"), value="pre-${env:PW}-post"),
        model.PlannedStep(index=1, text="Click Login", action=A.CLICK, target=model.Target(text="Login")),
        model.PlannedStep(index=2, text='Verify the page shows "a\'b"', action=A.EXPECT_VISIBLE, value="a'b (1)"),
        model.PlannedStep(index=3, text="Verify URL", action=A.EXPECT_URL, value="/inventory", match=model.Match.EQUALS),
        model.PlannedStep(index=4, text="Go", action=A.NAVIGATE, value=f"{BASE}/cart"),
        model.PlannedStep(index=5, text="Wait", action=A.WAIT_FOR, target=model.Target(text="Login"), timeout_ms=5000),
    ]
    steps = [_step(0, A.FILL, user), _step(1, A.CLICK, button, heal=heal), _step(2, A.EXPECT_VISIBLE, None),
             _step(3, A.EXPECT_URL, None), _step(4, A.NAVIGATE, None), _step(5, A.WAIT_FOR, button)]
    source = _export('Log in """ with <quotes>', planned, steps)
    assert "page.get_by_label('Password', exact=True).fill('pre-' + os.environ['PW'] + '-post')" in source
    assert "${env:" not in source.split('"""')[-1]  # outside the docstring no placeholder is left
    assert "# 1. Fill \"••••\" in the Password field import shutil" in source  # one comment line, no injected code
    assert "healed in run r1: role=button[name=\"Login\"] -> role=button[name=\"Sign in\"]" in source
    assert "page.get_by_role('button', name='Sign in', exact=True).click()" in source
    assert """page.get_by_text(re.compile("a'b \\\\(1\\\\)")).filter(visible=True).first""" in source
    assert "expect(page).to_have_url(re.compile('^/inventory$'))" in source
    assert "page.goto('/login?x=1')" in source and "page.goto('/cart')" in source
    assert "to_be_visible(timeout=5000)" in source
    tree = ast.parse(source)
    assert [n.name for n in tree.body if isinstance(n, ast.FunctionDef)] == ["test_login_1"]
    assert {a.names[0].name for a in tree.body if isinstance(a, ast.Import)} == {"os", "re"}


def test_export_leaves_out_failed_items() -> None:
    item = model.ItemResult(item_key="bad", requirement_id="bad", title="t", data={}, expect=model.Expectation.PASS,
                            verdict=model.Verdict.FAILED, met=False, duration_ms=1, steps=())
    run = model.RunResult(run_id="r1", suite_name="Shop", status=model.RunStatus.FAILED, mode="embedded",
                          started_at="2026-11-24T03:33:49+00:00", finished_at=None, duration_ms=1, items=(item,))
    plan = model.Plan(item_key="bad", start_url=BASE, steps=())
    tests, _ = export.export_run(run, {"bad": (plan, BASE)})
    assert tests == ()


def test_export_auth_flow_reuses_verified_locators_and_says_when_it_guesses() -> None:
    A = model.Action
    username = model.Locator(strategy=S.ROLE, role="textbox", value="Username")
    flow = model.Plan(item_key="auth:shopper", start_url=f"{BASE}/login", steps=(
        model.PlannedStep(index=0, text='Fill "u" in the Username field', action=A.FILL,
                          target=model.Target(text="Username"), value="u"),
        model.PlannedStep(index=1, text="Click Sign on", action=A.CLICK, target=model.Target(text="Sign on", role_hint="button")),
        model.PlannedStep(index=2, text='Verify the page shows "Products"', action=A.EXPECT_VISIBLE, value="Products"),
    ))
    login_plan = model.Plan(item_key="login", start_url=f"{BASE}/login", steps=(flow.steps[0],))
    cart_plan = model.Plan(item_key="cart", start_url=f"{BASE}/inventory", steps=(
        model.PlannedStep(index=0, text="Verify the page shows \"Products\"", action=A.EXPECT_VISIBLE, value="Products"),
    ))

    def item(key: str, steps: tuple[model.StepResult, ...]) -> model.ItemResult:
        return model.ItemResult(item_key=key, requirement_id=key, title=key, data={}, expect=model.Expectation.PASS,
                                verdict=model.Verdict.PASSED, met=True, duration_ms=1, steps=steps)

    run = model.RunResult(run_id="r1", suite_name="Shop", status=model.RunStatus.PASSED, mode="embedded",
                          started_at="2026-11-24T03:33:49+00:00", finished_at=None, duration_ms=1,
                          items=(item("login", (_step(0, A.FILL, username),)), item("cart", (_step(0, A.EXPECT_VISIBLE, None),))))
    tests, _ = export.export_run(run, {"login": (login_plan, BASE), "cart": (cart_plan, BASE)},
                                 {"cart": ("shopper", flow)})
    cart = next(t for t in tests if t.item_key == "cart").source
    compile(cart, "test_cart.py", "exec")
    body = cart.split("def test_cart", 1)[1]
    assert body.index("_sign_in_shopper(page)") < body.index("page.goto('/inventory')")
    helper = cart.split("def _sign_in_shopper(page: Page) -> None:", 1)[1].split("def test_cart", 1)[0]
    assert "page.goto('/login')" in helper
    assert "page.get_by_role('textbox', name='Username', exact=True).fill('u')" in helper  # verified by the login item
    assert "did not verify a locator" in helper and "page.get_by_role('button', name='Sign on').click()" in helper
    assert "_sign_in" not in next(t for t in tests if t.item_key == "login").source


def test_export_waits_for_the_page_a_step_opened_before_the_next_step() -> None:
    # Click Login returns once the sign-in has sent the browser on; the search box is drawn before the page's
    # script listens to it, so an Enter pressed at once is lost (the run saw the next step on /inventory)
    A = model.Action
    button = model.Locator(strategy=S.ROLE, role="button", value="Login")
    search = model.Locator(strategy=S.ROLE, role="searchbox", value="Search")
    planned = [
        model.PlannedStep(index=0, text="Click Login", action=A.CLICK, target=model.Target(text="Login")),
        model.PlannedStep(index=1, text='Fill "hoodie" in Search', action=A.FILL, target=model.Target(text="Search"), value="hoodie"),
        model.PlannedStep(index=2, text="Click Search", action=A.CLICK, target=model.Target(text="Search")),
        model.PlannedStep(index=3, text='Verify the page shows "Hoodie"', action=A.EXPECT_VISIBLE, value="Hoodie"),
    ]
    steps = [_step(0, A.CLICK, button, page_url=f"{BASE}/login"), _step(1, A.FILL, search, page_url=f"{BASE}/inventory"),
             _step(2, A.CLICK, search, page_url=f"{BASE}/inventory#top"), _step(3, A.EXPECT_VISIBLE, None, page_url=f"{BASE}/inventory")]
    source = _export("Search", planned, steps)
    body = source.split("def test_login_1", 1)[1]
    lines = [line.strip() for line in body.splitlines()]
    click = lines.index("page.get_by_role('button', name='Login', exact=True).click()")
    assert lines[click + 1].startswith("page.wait_for_load_state()")
    assert body.count("wait_for_load_state()") == 1  # the same page (its fragment aside) is not waited for

"""The demo shop's Corner Store (classic Bootstrap-style markup): flows whose targets are named the way people
name them, run cold and then warm from what the cold run learned."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.execution import execute
from pacts_farm.browser import chromium
from pacts_farm.demo import server
from tests.integration.learned import LearnedLocators

pytestmark = pytest.mark.browser
A, T = model.Action, model.Target
CART_ICON = T(text="cart", descriptor="icon")
CART_BADGE = T(text="cart", descriptor="badge")
FLOWS: dict[str, list[tuple[model.Action, model.Target | None, str | None]]] = {
    "positions and scopes fill the cart": [
        (A.CLICK, T(text="Add to cart", position=1), None),  # the Blue Mug
        (A.EXPECT_TEXT, CART_BADGE, "1"),
        (A.CLICK, T(text="Add to cart", scope="Blue Mug Lid"), None),
        (A.CLICK, T(text="Add to cart", position=-1), None),  # the last one left: the Black Hoodie
        (A.EXPECT_TEXT, CART_BADGE, "3"),
        (A.CLICK, CART_ICON, None),
        (A.EXPECT_VISIBLE, None, "Black Hoodie"),
        (A.CLICK, T(text="Remove", scope="Blue Mug", region="dialog"), None),
        (A.EXPECT_TEXT, CART_BADGE, "2"),
        (A.EXPECT_HIDDEN, None, "$12.99 Remove"),
        (A.CLICK, T(text="close", descriptor="icon", region="dialog"), None),
        (A.EXPECT_HIDDEN, None, "Your cart"),
    ],
    "icon-only controls": [
        (A.CLICK, T(text="hamburger menu"), None),
        (A.EXPECT_VISIBLE, None, "Orders"),
        (A.CLICK, T(text="close", descriptor="icon"), None),
        (A.EXPECT_HIDDEN, None, "Orders"),
        (A.EXPECT_VISIBLE, T(text="search", descriptor="icon"), None),
        (A.EXPECT_VISIBLE, T(text="profile", descriptor="icon"), None),
        (A.EXPECT_VISIBLE, T(text="settings", descriptor="icon", region="top right"), None),
        (A.EXPECT_TEXT, T(text="Kitchen", descriptor="badge"), "2"),
    ],
    "error box, rows and regions": [
        (A.CLICK, T(text="Subscribe", role_hint="button"), None),
        (A.EXPECT_TEXT, T(text="error", descriptor="message"), "Please enter a valid email address."),
        (A.FILL, T(text="Newsletter", role_hint="textbox", region="footer"), "ada@example.com"),
        (A.CLICK, T(text="Subscribe", role_hint="button"), None),
        (A.EXPECT_HIDDEN, T(text="error", descriptor="message"), None),
        (A.CLICK, T(text="Track", scope="Red Cap"), None),
        (A.EXPECT_VISIBLE, None, "Tracking order #1002"),
        (A.CLICK, T(text="Kitchen", region="sidebar"), None),
        (A.EXPECT_VISIBLE, None, "2 products in Kitchen"),
        (A.CLICK, T(text="Help", region="footer"), None),
        (A.EXPECT_URL, None, "#help"),
    ],
}


def _plan(url: str, steps: list[tuple[model.Action, model.Target | None, str | None]]) -> model.Plan:
    return model.Plan(item_key="k", start_url=url, steps=tuple(
        model.PlannedStep(index=i, text=f"{action.value} {target and target.text} {value}", action=action, target=target, value=value)
        for i, (action, target, value) in enumerate(steps)
    ))


@pytest.fixture(scope="module")
def shop() -> Iterator[server.DemoServer]:
    with server.start_demo_server() as running:
        yield running


@pytest.fixture
def run(browser_host: chromium.BrowserHost, shop: server.DemoServer, tmp_path: Path) -> Callable[..., model.Execution]:
    def run_(planned: model.Plan, memory: object = None, action_ms: int = 1500) -> model.Execution:
        with browser_host.session(artifacts_dir=tmp_path / "item", allowed_origins=(shop.url,), trace="off") as session:
            return execute.run_plan(session, planned, timeouts=model.Timeouts(action_ms=action_ms, assertion_ms=1500),
                                    environ={}, memory=memory)  # type: ignore[arg-type]
    return run_


@pytest.mark.parametrize("flow", sorted(FLOWS))
def test_store_flow_passes_cold_then_warm(run: Callable[..., model.Execution], shop: server.DemoServer, flow: str) -> None:
    planned = _plan(shop.url + "/store", FLOWS[flow])
    cold = run(planned)
    assert model.settle_verdict(cold) is model.Verdict.PASSED, [(s.text, s.error) for s in cold.steps if s.error]
    warm = run(planned, memory=LearnedLocators(cold))
    assert model.settle_verdict(warm) is model.Verdict.PASSED, [(s.text, s.error) for s in warm.steps if s.error]
    assert not warm.heals


def test_store_positional_step_follows_the_order_not_the_product(run: Callable[..., model.Execution], shop: server.DemoServer) -> None:
    """Learned on "the first product" while the first was the Blue Mug; filtered to Clothing, the first is the Red Cap."""
    first = [(A.CLICK, T(text="Add to cart", position=1), None), (A.CLICK, CART_ICON, None)]
    in_cart = lambda name: (A.EXPECT_VISIBLE, T(text="Remove", scope=name, region="dialog"), None)  # noqa: E731
    cold = run(_plan(shop.url + "/store", [*first, in_cart("Blue Mug")]))
    assert model.settle_verdict(cold) is model.Verdict.PASSED
    filtered = [(A.CLICK, T(text="Clothing", region="sidebar"), None), *first, in_cart("Red Cap")]
    learned = LearnedLocators(cold)
    learned.by_index = {i + 1: resolution for i, resolution in learned.by_index.items() if i < 2}  # the same steps, one later
    warm = run(_plan(shop.url + "/store", filtered), memory=learned)
    assert model.settle_verdict(warm) is model.Verdict.PASSED, [(s.text, s.error) for s in warm.steps if s.error]
    assert warm.steps[1].resolution is not None and warm.steps[1].resolution.source is model.LocatorSource.REDIS


def test_store_cart_icon_gone_fails_instead_of_clicking_add_to_cart(run: Callable[..., model.Execution], shop: server.DemoServer) -> None:
    """Without the cart link, "the cart icon" must not become one of six "Add to cart" buttons, cold or warm."""
    steps = [(A.CLICK, CART_ICON, None), (A.EXPECT_VISIBLE, None, "Your cart")]
    learned = run(_plan(shop.url + "/store", steps))
    assert model.settle_verdict(learned) is model.Verdict.PASSED
    for memory in (None, LearnedLocators(learned)):
        execution = run(_plan(shop.url + "/store?no_cart=1", steps), memory=memory)
        step = execution.steps[0]
        assert step.outcome is model.Outcome.FAILED and step.heal is None, step


def test_store_waits_out_a_busy_page(run: Callable[..., model.Execution], shop: server.DemoServer) -> None:
    """The page's script holds the main thread for 2 s before the products appear; the step's budget covers it."""
    steps = [(A.CLICK, T(text="Add to cart", scope="Red Cap"), None), (A.EXPECT_TEXT, CART_BADGE, "1")]
    execution = run(_plan(shop.url + "/store?busy_ms=2000&render_ms=200", steps), action_ms=6000)
    assert model.settle_verdict(execution) is model.Verdict.PASSED, [(s.text, s.error) for s in execution.steps if s.error]


@pytest.mark.parametrize(
    ("target", "before", "after"),
    [
        (T(text="Help", region="footer"),
         '<header><a href="/help">Help</a></header><main><p>Hi</p></main><footer><a href="/help">Help</a></footer>',
         '<header><a href="/help">Help</a></header><main><p>Hi</p></main><footer><a href="/about">About</a></footer>'),
        (T(text="Add to cart", position=1),
         "".join(f'<div class="card"><h3>{n}</h3><button type="button" name="add" data-test="add-{i}">Add to cart</button></div>'
                 for i, n in enumerate(("A", "B"))),
         "".join(f'<div class="card"><h3>{n}</h3><button type="button" name="buy" data-test="buy-{i}">Buy now</button></div>'
                 for i, n in enumerate(("A", "B")))
         + '<div class="promo"><button type="button" name="add" data-test="add-0">Add to wishlist</button></div>'),
    ],
)
def test_heal_keeps_the_region_and_the_position_said(
    browser_host: chromium.BrowserHost, pages: object, tmp_path: Path, target: model.Target, before: str, after: str
) -> None:
    """A heal may not leave the footer for the header's twin, nor turn "the first" into whichever shares an attribute."""
    origin = pages.add(f"/heal-before-{abs(hash(before))}", before).rsplit("/", 1)[0]  # type: ignore[attr-defined]
    pages.add(f"/heal-after-{abs(hash(after))}", after)  # type: ignore[attr-defined]

    def run_(path: str, memory: object = None) -> model.Execution:
        with browser_host.session(artifacts_dir=tmp_path, allowed_origins=(origin,), trace="off") as session:
            return execute.run_plan(session, _plan(origin + path, [(A.CLICK, target, None)]),
                                    timeouts=model.Timeouts(action_ms=2000, assertion_ms=2000), environ={},
                                    memory=memory)  # type: ignore[arg-type]

    learned = run_(f"/heal-before-{abs(hash(before))}")
    assert model.settle_verdict(learned) is model.Verdict.PASSED, learned.steps[0].error
    drifted = run_(f"/heal-after-{abs(hash(after))}", LearnedLocators(learned)).steps[0]
    assert drifted.outcome is model.Outcome.FAILED and drifted.heal is None, drifted

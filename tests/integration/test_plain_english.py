"""Plain-English assertions and navigation, planned by the rules and run in Chromium against served pages:
counts, order, element state, value, attributes, back and reload — each passes when the page agrees and fails,
with what the page shows, when it does not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.execution import execute
from pacts_farm.planning import plan
from pacts_farm.browser import chromium
from pacts_farm.demo import server
from tests.integration import sentences

pytestmark = pytest.mark.browser

SHOP = """<!doctype html><html><head><title>Plain Shop</title></head><body>
<header class="app-header"><nav><a href="/pe/about">About</a> <a href="/pe/help" title="Help pages">Help</a></nav>
<a class="shopping_cart_link" href="/pe/cart"><span data-test="cart-count">12</span></a></header>
<main>
<select aria-label="Sort" data-test="sort"><option>Name (A to Z)</option><option selected>Price (low to high)</option></select>
<div class="inventory_list">
 <div class="inventory_item"><div class="inventory_item_name">Backpack</div><div class="inventory_item_price">$9.99</div><button>Add to cart</button></div>
 <div class="inventory_item"><div class="inventory_item_name">Bike Light</div><div class="inventory_item_price">$29.99</div><button>Add to cart</button></div>
 <div class="inventory_item"><div class="inventory_item_name">Fleece Jacket</div><div class="inventory_item_price">$1,049.00</div><button>Add to cart</button></div>
 <div class="inventory_item" style="display:none"><div class="inventory_item_name">Hidden Hat</div><div class="inventory_item_price">$1.00</div></div>
</div>
<form onsubmit="return false">
 <label>Username <input name="username" value="ada" autofocus></label>
 <label>Notes <input name="notes"></label>
 <label><input type="checkbox" checked> Remember me</label>
 <button type="button" disabled>Checkout</button>
</form>
<div role="tablist"><button role="tab" aria-selected="true">Details</button><button role="tab" aria-selected="false">Reviews</button></div>
</main>
<footer><a href="/pe/terms">Terms</a> <a href="/pe/privacy">Privacy</a> <a href="/pe/contact">Contact</a></footer>
</body></html>"""

CART = """<!doctype html><html><head><title>Cart</title></head><body><h1>Your cart</h1>
<ul class="cart_list"><li class="cart_item"><span>Backpack</span><button>Remove</button></li>
<li class="cart_item"><span>Bike Light</span><button>Remove</button></li></ul></body></html>"""

LATE = """<!doctype html><html><head><title>Search</title></head><body><div id="results"></div>
<script>setTimeout(() => { document.getElementById("results").innerHTML =
  '<div class="result">one</div><div class="result">two</div><div class="result">three</div>'; }, 300);</script></body></html>"""

TWO_LISTS = """<!doctype html><html><head><title>Two lists</title></head><body>
<section><div class="item">Mug</div><div class="item">Cap</div></section>
<aside><div class="item recommended">Tote</div><div class="item recommended">Pen</div><div class="item recommended">Cup</div></aside>
<div class="card">Offer of the day</div></body></html>"""

# two lists in the page's content whose markup both says "item": which one a count means is a question
TWO_CONTENT_LISTS = """<!doctype html><html><head><title>Two content lists</title></head><body><main>
<section><h2>Mugs</h2><div class="item">Mug</div><div class="item">Cup</div></section>
<section><h2>Bags</h2><div class="item bag">Tote</div><div class="item bag">Sack</div><div class="item bag">Pouch</div></section>
</main></body></html>"""

FIND = """<!doctype html><html><head><title>Find</title></head><body>
<form onsubmit="document.getElementById('out').textContent = 'Results for ' + this.q.value; return false">
<label>Search <input name="q"></label></form><p id="out"></p></body></html>"""

# a Material-UI-like app: icons named only by the svg's test id, a drawer for a sidebar, per-item test ids ending in
# record ids (with - and _ in them), CSS-in-JS classes that differ between items, a label-drawn checkbox, rows
# clickable by a script handler only
FEED = """<!doctype html><html><head><title>Feed</title><style>.css-x1 { border-bottom: 1px solid #ccc }</style></head><body>
<header class="MuiAppBar-root css-ubfu4m">
 <button class="MuiIconButton-root css-cnnxe8" type="button" data-test="sidenav-toggle"
   onclick="document.querySelector('[data-test=sidenav]').style.display='none'"><svg class="MuiSvgIcon-root css-e8mgq3"
   aria-hidden="true" viewBox="0 0 24 24" width="24" height="24" data-testid="MenuIcon"><path d="M3 18h18v-2H3z"></path></svg></button>
 <a class="MuiButton-root" data-test="nav-top-new-transaction" href="/pe/new">New</a>
 <a class="MuiIconButton-root" data-test="nav-top-notifications-link" href="/pe/about"><span class="MuiBadge-root"><svg
   class="MuiSvgIcon-root" aria-hidden="true" viewBox="0 0 24 24" width="24" height="24" data-testid="NotificationsIcon"><path
   d="M12 22c1.1 0 2-.9 2-2h-4"></path></svg><span class="MuiBadge-badge" data-test="nav-top-notifications-count">3</span></span></a>
</header>
<div class="MuiDrawer-root MuiDrawer-docked css-1d6v24x" data-test="sidenav"><div class="MuiPaper-root MuiDrawer-paper">
 <h6 class="MuiTypography-root" data-test="sidenav-user-full-name">Ada L</h6>
 <a class="MuiListItem-root" data-test="sidenav-bankaccounts" href="/pe/about">Bank Accounts</a></div></div>
<main>
<div role="tablist" data-test="nav-transaction-tabs"><button role="tab" aria-selected="true">Everyone</button></div>
<ul class="MuiList-root">
 <li class="MuiListItem-root css-x1" data-test="transaction-item-W-3Gml"><p><span data-test="transaction-sender-W-3Gml">Ada</span>
   paid <span data-test="transaction-receiver-W-3Gml">Bob</span></p><button data-test="notification-mark-read-W-3Gml">Dismiss</button></li>
 <li class="MuiListItem-root css-x1" data-test="transaction-item-mq-7Xnl-74JR"><p><span data-test="transaction-sender-mq-7Xnl-74JR">Bob</span>
   paid <span data-test="transaction-receiver-mq-7Xnl-74JR">Cy</span></p><button data-test="notification-mark-read-mq-7Xnl-74JR">Dismiss</button></li>
 <li class="MuiListItem-root css-y2" data-test="transaction-item-YcLyZdwuGZAe"><p><span data-test="transaction-sender-YcLyZdwuGZAe">Cy</span>
   requested <span data-test="transaction-receiver-YcLyZdwuGZAe">Ada</span></p><button data-test="notification-mark-read-YcLyZdwuGZAe">Dismiss</button></li>
</ul>
<button type="button">Clear all</button>
<ul class="MuiList-root"><li class="MuiListItem-root css-z3" data-test="bankaccount-list-item-pgl34JtnfhX">Bank of Ada</li></ul>
<label class="MuiFormControlLabel-root"><span class="MuiCheckbox-root" style="position:relative;display:inline-block;width:20px;height:20px">
 <input type="checkbox" name="remember" style="opacity:0;position:absolute;inset:0;margin:0;width:100%;height:100%"></span><span>Keep me signed in</span></label>
<ul class="MuiList-root" data-test="users-list"><li class="MuiListItem-root css-q9" data-test="user-list-item-GjWovtg2hr"><span>Bob Ross</span>
 <p>U: bob_r</p></li></ul>
<p id="chosen"></p>
<label for="pw">Password</label><input id="pw" name="password" type="password">
</main>
<script>
for (const li of document.querySelectorAll("[data-test^=transaction-item-]")) li.addEventListener("click", (e) => {
  if (e.target.tagName !== "BUTTON") location.href = "/pe/about"; });
document.querySelector("[data-test^=user-list-item-]").addEventListener("click", () => {
  document.getElementById("chosen").textContent = "Chose Bob Ross"; });
</script>
</body></html>"""

ABOUT = "<!doctype html><html><head><title>About us</title></head><body><h1>About</h1></body></html>"


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    routes = {"/pe/shop": SHOP, "/pe/cart": CART, "/pe/search": LATE, "/pe/about": ABOUT, "/pe/two": TWO_LISTS, "/pe/two-content": TWO_CONTENT_LISTS, "/pe/find": FIND,
              "/pe/feed": FEED}
    run_ = sentences.runner(browser_host, pages, tmp_path, routes, timeouts=model.Timeouts(action_ms=1500, assertion_ms=1500))
    return lambda steps, path="/pe/shop": run_(steps, path)


def _outcomes(execution: model.Execution) -> list[tuple[str, str, str | None]]:
    return [(s.text, s.outcome.value, s.error) for s in execution.steps]


def test_plain_english_assertions_pass_when_the_page_agrees(run: Callable[..., model.Execution]) -> None:
    execution = run([
        "Verify 3 products are listed",
        "Verify at least 2 products are shown",
        "Verify at most 3 products are shown",
        "Verify 3 links are shown in the footer",
        "Verify products are sorted by price, low to high",
        "Verify names are in alphabetical order",
        "Verify the Checkout button is disabled",
        "Verify the Remember me checkbox is checked",
        "Verify the Notes field is empty",
        "Verify the Username field has value ada",
        "Verify the Username field shows ada",
        "Verify Price (low to high) is selected in the sort dropdown",
        'Verify the About link has attribute href "/pe/about"',
        "Verify the Help link points to /pe/help",
        "Verify the title is Plain Shop",
        "Verify URL contains /pe/shop",
        'Verify the URL does not contain "/pe/cart"',
        'Verify the Help link has title "Help pages"',
        "Verify the cart count shows 12",
        "Verify the Username field is focused",
        "Verify the Details tab is selected",
        "Verify the Notes field is editable",
    ])
    assert [o for o in _outcomes(execution) if o[1] != "passed"] == []


@pytest.mark.parametrize(
    ("sentence", "message"),
    [
        ("Verify 4 products are listed", 'found 3 (div.inventory_item, e.g. "Backpack'),
        ("Verify exactly one product is listed", "expected 1"),
        ("Verify no products are shown", "expected 0"),
        ("Verify at least 5 products are shown", "expected at least 5"),
        ("Verify 2 widgets are shown", "found 0 (no element here is named so)"),
        ("Verify products are sorted by price, high to low", "['$9.99', '$29.99', '$1,049.00']"),
        ("Verify the products are sorted Z to A", "['Backpack', 'Bike Light', 'Fleece Jacket']"),
        ("Verify the Checkout button is enabled", "to be enabled"),
        ("Verify the Remember me checkbox is unchecked", "to be unchecked"),
        ("Verify the Username field is empty", "to be empty"),
        ("Verify the Username field has value bob", 'it holds "ada"'),
        ('Verify the sort dropdown shows "Name (A to Z)"', 'it holds "Price (low to high)"'),
        ('Verify the About link has attribute href "/about"', "'/pe/about'"),
        ("Verify the cart count shows 1", 'it shows "12"'),
        ("Verify the URL ends with /pe", 'it is "http'),
        ("Verify the URL does not contain /pe/shop", 'expected the URL to not contain "/pe/shop"; it is "http'),
        ('Verify the Help link has title "Help"', "Help pages"),
        ("Verify the Reviews tab is selected", "to be selected"),
        ("Verify the Notes field is focused", "to be focused"),
    ],
)
def test_plain_english_assertions_fail_with_what_the_page_shows(
    run: Callable[..., model.Execution], sentence: str, message: str
) -> None:
    (step,) = run([sentence]).steps
    assert step.outcome is model.Outcome.FAILED
    assert message in (step.error or ""), step.error


def test_plain_english_counts_in_a_named_container(run: Callable[..., model.Execution]) -> None:
    assert _outcomes(run(["Verify the cart has 2 items", "Verify 2 items are in the cart"], path="/pe/cart"))[-1][1] == "passed"
    (step,) = run(["Verify the cart is empty"], path="/pe/cart").steps
    assert step.outcome is model.Outcome.FAILED and "found 2 (li.cart_item" in (step.error or "")


def test_plain_english_counts_wait_for_elements_that_arrive_late(run: Callable[..., model.Execution]) -> None:
    execution = run(["Verify 3 results are shown", "Verify the results are in alphabetical order"], path="/pe/search")
    assert [s.outcome for s in execution.steps] == [model.Outcome.PASSED, model.Outcome.FAILED]  # one, two, three
    assert "['one', 'two', 'three']" in (execution.steps[1].error or "")


def test_plain_english_fill_then_press_enter_in_that_field(run: Callable[..., model.Execution]) -> None:
    """One sentence, two typed steps: the key is pressed in the field just filled, which submits its form."""
    execution = run(['Type "garlic" in the Search box and press Enter', 'Verify the page shows "Results for garlic"'], path="/pe/find")
    assert [(s.action, s.outcome) for s in execution.steps] == [
        (model.Action.FILL, model.Outcome.PASSED), (model.Action.PRESS, model.Outcome.PASSED), (model.Action.EXPECT_VISIBLE, model.Outcome.PASSED),
    ]


def test_plain_english_navigation_back_and_reload(run: Callable[..., model.Execution]) -> None:
    execution = run([
        "Go to the about page at /pe/about",
        "Verify the title is About us",
        "Go back",
        "Verify the URL ends with /pe/shop",
        "Reload the page",
        "Verify the page shows Fleece Jacket",
    ])
    assert [o for o in _outcomes(execution) if o[1] != "passed"] == []


def test_plain_english_counts_take_the_content_list_over_the_sidebar(run: Callable[..., model.Execution]) -> None:
    """The items of the page's content are what "items" means; the aside's recommendations are counted only when
    the sentence says so ("in the sidebar")."""
    assert run(["Verify 2 items are listed"], path="/pe/two").steps[0].outcome is model.Outcome.PASSED
    (step,) = run(["Verify 3 items are listed"], path="/pe/two").steps
    assert step.outcome is model.Outcome.FAILED and "found 2 (div.item" in (step.error or ""), step.error
    # the closer word wins: a product is an item before it is a card, so the card is not what is counted
    (step,) = run(["Verify 5 products are listed"], path="/pe/two").steps
    assert step.outcome is model.Outcome.FAILED and "found 2 (div.item" in (step.error or "") and "card" not in (step.error or "")
    assert run(["Verify 3 items are listed in the sidebar"], path="/pe/two").steps[0].outcome is model.Outcome.PASSED


def test_plain_english_counts_never_guess_between_two_content_lists(run: Callable[..., model.Execution]) -> None:
    (step,) = run(["Verify 2 items are listed"], path="/pe/two-content").steps
    assert step.outcome is model.Outcome.FAILED
    assert 'cannot tell which elements are the "item"' in (step.error or ""), step.error
    assert "div.item (2)" in (step.error or "") and "div.item.bag (3)" in (step.error or ""), step.error
    assert run(['Verify 3 items are listed under "Bags"'], path="/pe/two-content").steps[0].outcome is model.Outcome.PASSED


def test_plain_english_on_the_demo_shop(browser_host: chromium.BrowserHost, tmp_path: Path) -> None:
    """Counts, order and navigation words on the demo shop, whose recommended card arrives after the list."""
    demo = server.start_demo_server()
    try:
        steps = [
            'Fill "standard_user" in the Username field', 'Fill "secret_sauce" in the Password field', "Click the Login button",
            "Verify the page shows 6 products", "Select Price (low to high) from the sort dropdown",
            "Verify products are sorted by price, low to high", "Select Name (Z to A) from the sort dropdown",
            "Verify the products are sorted Z to A", "Add the Blue Mug to the cart", "Go to the cart page at /cart",
            "Verify the cart has 1 item", "Go back", "Reload the page", "Verify at least 6 products are listed",
        ]
        item = model.Item(key="k", requirement_id="k", title="k", start_url=demo.url + "/login",
                          steps=tuple(model.SuiteStep(text=s) for s in steps))
        planned = plan.make_plan(item, base_url=demo.url)
        with browser_host.session(artifacts_dir=tmp_path / "demo", allowed_origins=(demo.url,), trace="off") as session:
            execution = execute.run_plan(session, planned, timeouts=model.Timeouts(), environ={})
        assert [o for o in _outcomes(execution) if o[1] != "passed"] == []
    finally:
        demo.stop()


def test_plain_english_on_a_material_ui_like_app(run: Callable[..., model.Execution]) -> None:
    """Icons named by the svg's test id, a drawer for a sidebar, items with record ids in their test ids, a
    label-drawn checkbox, a row clickable by a script handler only."""
    execution = run([
        'Verify the sidebar shows "Ada L"',
        "Click the Password field",
        "Verify the Password field is focused",
        "Verify 3 transactions are listed",
        'Verify the first transaction shows "Ada paid Bob"',
        'Verify the last transaction shows "Cy requested Ada"',
        "Verify exactly one bank account is listed",
        "Verify 3 Dismiss buttons are shown",
        "Verify the Keep me signed in checkbox is not checked",
        "Verify the notification badge shows 3",
        'Click "Bob Ross"',
        'Verify the page shows "Chose Bob Ross"',
        "Click the hamburger menu",
        'Verify "Ada L" is not visible',
        "Click the bell icon",
        "Verify the URL contains /pe/about",
    ], path="/pe/feed")
    assert [o for o in _outcomes(execution) if o[1] != "passed"] == []
    execution = run(["Click the second transaction", "Verify the URL contains /pe/about"], path="/pe/feed")
    assert [o for o in _outcomes(execution) if o[1] != "passed"] == []


@pytest.mark.parametrize(
    ("sentence", "message"),
    [
        ("Verify 4 transactions are listed", 'found 3 ([data-test^="transaction-item-"]'),
        ("Verify 2 Dismiss buttons are shown", "found 3 (role=button"),
        ("Verify 2 bank accounts are listed", 'found 1 ([data-test^="bankaccount-list-item-"]'),
        ('Verify the first transaction shows "Bob paid Cy"', "Ada paid Bob"),
        ('Verify the sidebar shows "Bob Ross"', "in the sidebar"),
        ("Click the fourth transaction", "position 4 asked for, but 3 are shown"),
    ],
)
def test_plain_english_on_a_material_ui_like_app_fails_with_what_it_shows(
    run: Callable[..., model.Execution], sentence: str, message: str
) -> None:
    (step,) = run([sentence], path="/pe/feed").steps
    assert step.outcome is model.Outcome.FAILED
    assert message in (step.error or ""), step.error

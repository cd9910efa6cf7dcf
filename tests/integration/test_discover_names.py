"""Discovery on markup as real apps write it: controls named by class and icon, badges, error boxes, scopes,
regions and positions. The element a person means carries data-expected="yes"; discovery never reads it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from pacts_farm import errors, model
from pacts_farm.finding import discover
from pacts_farm.browser import page_session

pytestmark = pytest.mark.browser
A = model.Action
OpenPage = Callable[[str], page_session.PageSession]
CART_SVG = '<svg width="20" height="20" viewBox="0 0 20 20"><path d="M2 3h3l2 9h9l2-7H6" stroke="#000" fill="none"/></svg>'
ICON_CSS = "<style>i, .material-icons { display: inline-block; width: 20px; height: 20px; border: 1px solid; overflow: hidden; font-size: 0 }</style>"


def _find(session: page_session.PageSession, action: model.Action = A.CLICK, **target: object) -> model.Resolution:
    return discover.find(session, model.Target(**target), action, timeout_ms=300)  # type: ignore[arg-type]


def _is_expected(session: page_session.PageSession, resolution: model.Resolution) -> bool:
    found = session.locate(resolution.locator)
    return found.count() == 1 and found.get_attribute("data-expected") == "yes"


PRODUCTS = "".join(
    f'<div class="card"><h3>{name}</h3><button type="button">Add to cart</button></div>'
    for name in ("Blue Mug", "Red Cap", "Green Tote", "Black Hoodie", "White Sneakers")
)


@pytest.mark.parametrize(
    ("html", "target"),
    [
        # markup words split on snake_case, kebab-case and camelCase
        (f'<header><a href="#" class="shopping_cart_link" data-expected="yes">{CART_SVG}</a></header>{PRODUCTS}',
         {"text": "cart", "descriptor": "icon"}),
        (f'<button type="button" id="mini-cart-toggle" data-expected="yes">{CART_SVG}</button>{PRODUCTS}',
         {"text": "cart", "descriptor": "icon"}),
        (f'<a href="/c" data-testid="headerCartButton" data-expected="yes">{CART_SVG}</a>{PRODUCTS}',
         {"text": "cart", "descriptor": "icon"}),
        # icon names: svg <use>, icon-font classes, a material ligature
        ('<svg style="display:none"><symbol id="icon-cart" viewBox="0 0 9 9"><path d="M0 0h9v9z"/></symbol></svg>'
         f'<a href="/c" class="nav-icon" data-expected="yes"><svg width="20" height="20"><use href="#icon-cart"></use></svg></a>{PRODUCTS}',
         {"text": "cart", "descriptor": "icon"}),
        (f'{ICON_CSS}<a href="/c" class="nav-link" data-expected="yes"><i class="fa fa-shopping-cart"></i></a>{PRODUCTS}',
         {"text": "cart", "descriptor": "icon"}),
        (f'{ICON_CSS}<a href="/c" class="nav-link" data-expected="yes"><i class="bi bi-basket"></i></a>{PRODUCTS}',
         {"text": "cart", "descriptor": "icon"}),  # basket is a cart
        (f'{ICON_CSS}<button type="button" class="icon-btn" data-expected="yes"><span class="material-icons">shopping_cart</span></button>{PRODUCTS}',
         {"text": "cart", "descriptor": "icon"}),
        # synonyms, by markup and by the glyph on the control
        ('<button class="navbar-toggler" type="button" data-expected="yes"><span class="navbar-toggler-icon"></span></button>'
         '<style>.navbar-toggler-icon { display: block; width: 24px; height: 18px; border: 1px solid }</style><a href="/">Home</a>',
         {"text": "menu", "descriptor": "icon"}),
        (f'{ICON_CSS}<button type="button" class="btn" data-expected="yes"><i class="fa fa-bars"></i></button><a href="/">Home</a>',
         {"text": "hamburger menu"}),
        ('<div class="modal"><p>Saved.</p><button type="button" class="btn" data-expected="yes">×</button></div>',
         {"text": "close", "descriptor": "icon"}),
        (f'{ICON_CSS}<ul><li>Blue Mug <button class="btn" data-expected="yes"><i class="fa fa-trash"></i></button>'
         '<button class="btn"><i class="fa fa-pencil"></i></button></li></ul>',
         {"text": "delete", "descriptor": "icon"}),
        (f'{ICON_CSS}<ul><li>Blue Mug <button class="btn"><i class="fa fa-trash"></i></button>'
         '<button class="btn" data-expected="yes"><i class="fa fa-pencil"></i></button></li></ul>',
         {"text": "edit", "descriptor": "icon"}),
        (f'{ICON_CSS}<a href="/me" class="nav-link" data-expected="yes"><i class="fa fa-cog"></i></a><a href="/x">Settings help</a>',
         {"text": "settings", "descriptor": "icon"}),
        (f'{ICON_CSS}<a href="/me" class="avatar" data-expected="yes"><i class="bi bi-person-circle"></i></a>',
         {"text": "profile", "descriptor": "icon"}),
        (f'{ICON_CSS}<button class="btn" data-expected="yes"><i class="fa fa-magnifying-glass"></i></button><input name="q">',
         {"text": "search", "descriptor": "icon"}),
    ],
)
def test_discover_names_controls_by_markup_and_icons(open_page: OpenPage, html: str, target: dict[str, object]) -> None:
    session = open_page(html)
    resolution = _find(session, **target)
    assert _is_expected(session, resolution), resolution.locator.describe()
    assert session.gate(resolution.locator).ok


def test_discover_cart_icon_is_not_an_add_to_cart_button(open_page: OpenPage) -> None:
    """Five "Add to cart" buttons share the word; the sentence said icon, and only the cart link has no text."""
    session = open_page(f'<header><a href="#" class="header-cart" data-expected="yes">{CART_SVG}'
                        f'<span class="badge">3</span></a></header>{PRODUCTS}')
    resolution = _find(session, text="cart", descriptor="icon")
    assert _is_expected(session, resolution)
    assert "3" not in resolution.locator.describe()  # the badge number changes: it never names the locator
    session.page.evaluate("document.querySelector('.badge').textContent = '4'")
    assert _is_expected(session, resolution)
    with pytest.raises(errors.LocatorAmbiguous) as failure:  # "cart" alone does not say which
        _find(session, text="cart")
    assert "Add to cart" in failure.value.message and "Blue Mug" in failure.value.message


def test_discover_cart_icon_missing_is_not_found_not_a_button(open_page: OpenPage) -> None:
    session = open_page(PRODUCTS)
    with pytest.raises(errors.LocatorNotFound):
        _find(session, text="cart", descriptor="icon")


@pytest.mark.parametrize(
    ("html", "target"),
    [
        (f'<a href="/cart" class="cart">{CART_SVG}<span class="badge" data-expected="yes">2</span></a>'
         '<ul><li>Kitchen <span class="badge">2</span></li><li>Bags <span class="badge">5</span></li></ul>',
         {"text": "cart", "descriptor": "badge"}),
        (f'<a href="/cart" class="cart">{CART_SVG}<span class="badge">2</span></a>'
         '<ul><li class="item">Kitchen <span class="badge" data-expected="yes">2</span></li><li class="item">Bags <span class="badge">5</span></li></ul>',
         {"text": "Kitchen", "descriptor": "badge"}),
        (f'<button type="button" class="cart-button">{CART_SVG}</button><span class="cart-count" data-expected="yes">7</span>'
         '<span class="count">12 results</span>',
         {"text": "cart", "descriptor": "counter"}),
        (f'<a href="/cart" class="shopping_cart_link">{CART_SVG}<span class="shopping_cart_badge" data-expected="yes">1</span></a>',
         {"text": "cart badge"}),  # the descriptor as the last word, as older plans say it
        (f'<a href="/notifications" class="nav-link">{CART_SVG}<span data-expected="yes">4</span></a><p>Page 4 of 9</p>',
         {"text": "notifications", "descriptor": "badge"}),  # no badge class: the number inside the control
    ],
)
def test_discover_badge_is_the_number_by_its_control(open_page: OpenPage, html: str, target: dict[str, object]) -> None:
    session = open_page(html)
    resolution = _find(session, A.EXPECT_TEXT, **target)
    assert _is_expected(session, resolution), resolution.locator.describe()


@pytest.mark.parametrize(
    "html",
    [
        '<form><input name="email"><div class="alert alert-danger" role="alert" data-expected="yes">'
        '<svg class="bi bi-exclamation-triangle" width="16" height="16"><path d="M0 0h16v16z"/></svg> Enter a valid email</div></form>',
        '<form><input name="u"><div class="error-message-container error"><h3 data-test="error" data-expected="yes">'
        '<button class="error-button">×</button>Epic sadface: Username is required</h3></div></form>',
        '<form><input name="u"><div class="invalid-feedback" style="display:none">Required</div>'
        '<p class="form-error" data-expected="yes">Password is too short</p></form>',
        '<div aria-live="assertive" data-expected="yes">Your session expired</div><p class="text">Welcome</p>',
    ],
)
def test_discover_error_message_is_the_box_with_the_text(open_page: OpenPage, html: str) -> None:
    session = open_page(html)
    for target in ({"text": "error", "descriptor": "message"}, {"text": "error message"}):
        resolution = _find(session, A.EXPECT_TEXT, **target)
        assert _is_expected(session, resolution), resolution.locator.describe()


def test_discover_no_error_message_when_none_is_shown(open_page: OpenPage) -> None:
    session = open_page('<form><input name="u"><div class="error" hidden>Required</div><button>Go</button></form>')
    with pytest.raises(errors.LocatorNotFound):
        _find(session, A.EXPECT_VISIBLE, text="error", descriptor="message")


@pytest.mark.parametrize(
    ("html", "target"),
    [
        ("<table><tr><th>Product</th><th></th></tr>"
         "<tr><td>Blue Mug</td><td><button>Remove</button></td></tr>"
         '<tr><td>Red Cap</td><td><button data-expected="yes">Remove</button></td></tr></table>',
         {"text": "Remove", "scope": "Red Cap"}),
        ('<ul><li><span>Blue Mug</span> <a href="/e/1">Edit</a></li><li><span>Red Cap</span> <a href="/e/2" data-expected="yes">Edit</a></li></ul>',
         {"text": "Edit", "scope": "Red Cap"}),
        ("".join(f'<div class="col"><div class="card"><h5 class="card-title"><a href="/p/{i}">{name}</a></h5>'
                 f'<button{" data-expected=yes" if name == "Blue Mug" else ""}>Add to cart</button></div></div>'
                 for i, name in enumerate(("Blue Mug Lid", "Blue Mug", "Red Cap"))),
         {"text": "Add to cart", "scope": "Blue Mug"}),  # not the Blue Mug Lid
    ],
)
def test_discover_scopes_to_the_row_item_or_card(open_page: OpenPage, html: str, target: dict[str, object]) -> None:
    session = open_page(html)
    resolution = _find(session, **target)
    assert _is_expected(session, resolution), resolution.locator.describe()
    assert resolution.locator.scope is not None


NAV = '<a href="/support">Help</a>'  # the same words, another page: which one is meant must be said (two links to one page are either)


@pytest.mark.parametrize(
    ("html", "region"),
    [
        (f'<header><a href="/help" data-expected="yes">Help</a></header><main>{NAV}</main><footer>{NAV}</footer>', "header"),
        (f'<header>{NAV}</header><main>{NAV}</main><footer><a href="/help" data-expected="yes">Help</a></footer>', "footer"),
        (f'<div class="topbar" style="width:100%">{NAV}</div><div class="page-footer" style="width:100%">'
         f'<a href="/help" data-expected="yes">Help</a></div>', "footer"),
        (f'<div id="sidebar" style="float:left;width:200px"><a href="/help" data-expected="yes">Help</a></div><main>{NAV}</main>', "sidebar"),
        (f'<aside><a href="/help" data-expected="yes">Help</a></aside><main>{NAV}</main>', "sidebar"),
        (f'<nav><a href="/help" data-expected="yes">Help</a></nav><main>{NAV}</main>', "navigation"),
        (f'<main>{NAV}</main><div role="dialog" aria-modal="true"><a href="/help" data-expected="yes">Help</a></div>', "dialog"),
        (f'<div style="display:flex;justify-content:space-between"><div class="brand">{NAV}</div>'
         '<div class="user-tools"><a href="/help" data-expected="yes">Help</a></div></div><div style="height:1200px"></div>', "top right"),
        (f'<div style="height:1200px"></div><div style="display:flex;justify-content:space-between">'
         f'<div class="legal"><a href="/help" data-expected="yes">Help</a></div><div class="social">{NAV}</div></div>', "bottom left"),
    ],
)
def test_discover_keeps_to_the_region_named(open_page: OpenPage, html: str, region: str) -> None:
    session = open_page(html)
    with pytest.raises(errors.LocatorAmbiguous):
        _find(session, text="Help")
    resolution = _find(session, text="Help", region=region)
    assert _is_expected(session, resolution), resolution.locator.describe()


def test_discover_region_named_but_absent_is_not_found(open_page: OpenPage) -> None:
    session = open_page(f"<main>{NAV}</main>")
    with pytest.raises(errors.LocatorNotFound) as failure:
        _find(session, text="Help", region="footer")
    assert "in the footer" in failure.value.message


@pytest.mark.parametrize(("position", "name"), [(1, "Blue Mug"), (2, "Red Cap"), (-1, "White Sneakers")])
def test_discover_position_among_equal_matches(open_page: OpenPage, position: int, name: str) -> None:
    session = open_page(PRODUCTS)
    resolution = _find(session, text="Add to cart", position=position)
    assert resolution.locator.nth == (position - 1 if position > 0 else -1)
    found = session.locate(resolution.locator)
    assert found.count() == 1 and name in found.evaluate("(el) => el.parentElement.innerText")


def test_discover_position_locator_stays_positional(open_page: OpenPage) -> None:
    """The first product is whichever comes first: the locator says first, not "the Blue Mug"."""
    session = open_page(PRODUCTS)
    resolution = _find(session, text="Add to cart", position=1)
    session.page.evaluate("document.body.prepend(document.querySelectorAll('.card')[2])")  # Green Tote moves first
    assert "Green Tote" in session.locate(resolution.locator).evaluate("(el) => el.parentElement.innerText")
    again = model.Locator.from_json(resolution.locator.to_json())
    assert again == resolution.locator


def test_discover_position_beyond_the_matches_is_not_found(open_page: OpenPage) -> None:
    session = open_page(PRODUCTS)
    with pytest.raises(errors.LocatorNotFound) as failure:
        _find(session, text="Add to cart", position=7)
    assert "5 element(s) match" in failure.value.message


def test_discover_ambiguity_lists_role_name_and_container(open_page: OpenPage) -> None:
    session = open_page(PRODUCTS)
    with pytest.raises(errors.LocatorAmbiguous) as failure:
        _find(session, text="Add to cart")
    message = failure.value.message
    assert message.startswith('5 elements match "Add to cart" equally well')
    assert "button 'Add to cart' in 'Blue Mug" in message and "'Red Cap" in message
    assert "the first" in message and "in the header" in message


def test_discover_title_link_in_a_heading_is_one_thing(open_page: OpenPage) -> None:
    session = open_page('<div class="card"><h5 class="card-title"><a href="/p/1" data-expected="yes">Blue Mug</a></h5><p>$12</p></div>')
    for target in ({"text": "Blue Mug", "descriptor": "title"}, {"text": "Blue Mug"}):
        assert _is_expected(session, _find(session, A.EXPECT_VISIBLE, **target))


def test_discover_scope_never_borrows_another_items_control(open_page: OpenPage) -> None:
    """Only the Red Cap is in the cart: "Remove for the Blue Mug" has nothing to click, whatever the list holds."""
    session = open_page('<div class="list">'
                        '<div class="item"><a href="/1">Blue Mug</a><button>Add to cart</button></div>'
                        '<div class="item"><a href="/2">Red Cap</a><button>Remove</button></div></div>')
    with pytest.raises(errors.LocatorNotFound):
        _find(session, text="Remove", scope="Blue Mug")
    assert session.count(_find(session, text="Remove", scope="Red Cap").locator) == 1


def test_discover_screen_area_without_markup_to_hold_it_fails_clearly(open_page: OpenPage) -> None:
    """Twins told apart only by where they are drawn: no typed locator can say "top right", so no guess either."""
    session = open_page(f'<div style="display:flex;justify-content:space-between">{NAV}{NAV}</div>')
    with pytest.raises(errors.LocatorNotFound) as failure:
        _find(session, text="Help", region="top right")
    assert "no stable locator" in failure.value.message


@pytest.mark.parametrize(
    ("html", "action", "target"),
    [
        ('<label>Email <input name="a" placeholder="Work email"></label><input name="b" placeholder="Email" data-expected="yes">',
         A.FILL, {"text": "Email", "descriptor": "placeholder"}),
        ('<a href="/p/1"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40" alt="Blue Mug" data-expected="yes"></a>'
         '<a href="/p/1">Blue Mug</a>', A.EXPECT_VISIBLE, {"text": "Blue Mug", "descriptor": "image"}),
        ('<div class="card"><span class="product-name" data-expected="yes">Blue Mug</span><p>Our Blue Mug is blue.</p></div>',
         A.EXPECT_VISIBLE, {"text": "Blue Mug", "descriptor": "name"}),
    ],
)
def test_discover_placeholder_image_and_name_descriptors(
    open_page: OpenPage, html: str, action: model.Action, target: dict[str, object]
) -> None:
    session = open_page(html)
    resolution = _find(session, action, **target)
    assert _is_expected(session, resolution), resolution.locator.describe()

"""Releases of the demo shop: each variant is a realistic change applied to the served HTML.

A variant is a function (page name, html) -> html plus a one-line description. Adding one is a few lines.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass

Transform = Callable[[str, str], str]


@dataclass(frozen=True, slots=True)
class Variant:
    description: str
    transform: Transform
    expect: str  # what a warm demo-suite run should do against it: "heal", "fail" or "pass"


_REGISTRY: dict[str, Variant] = {}


def variant(name: str, description: str, expect: str) -> Callable[[Transform], Transform]:
    def register(transform: Transform) -> Transform:
        _REGISTRY[name] = Variant(description, transform, expect)
        return transform

    return register


def apply(name: str | None, page: str, html: str) -> str:
    if not name:
        return html
    return _REGISTRY[name].transform(page, html)


def names() -> tuple[str, ...]:
    return tuple(sorted(_REGISTRY))


def get(name: str) -> Variant:
    return _REGISTRY[name]


def _on(page: str, target: str, html: str, old: str, new: str) -> str:
    return html.replace(old, new) if page == target else html


@variant("broken-login", "the Login button is gone: nobody can log in", "fail")
def _broken_login(page: str, html: str) -> str:
    return re.sub(r'\s*<input type="submit"[^>]*id="login-button"[^>]*>', "", html) if page == "login" else html


@variant("renamed-ids", "every id and data-test attribute renamed by a refactoring: the cart badge's locator is re-found and recorded", "heal")
def _renamed_ids(page: str, html: str) -> str:
    html = re.sub(r'\b(id|for)="([^"]+)"', lambda m: f'{m.group(1)}="v2-{m.group(2)}"', html)
    return re.sub(r'data-test="([^"]+)"', lambda m: f'data-test="qa-{m.group(1)}"', html)


@variant("sign-in", 'the "Login" button now says "Sign in"', "heal")
def _sign_in(page: str, html: str) -> str:
    return _on(page, "login", html, 'value="Login"', 'value="Sign in"')


@variant("late-products", "products render 1.5 s after the page loads", "pass")
def _late_products(page: str, html: str) -> str:
    return html  # app.js reads window.PACTS_VARIANT


@variant("cookie-overlay", "a cookie consent overlay covers every page until accepted", "heal")
def _cookie_overlay(page: str, html: str) -> str:
    overlay = (
        '<div class="cookie-overlay" data-test="cookie-overlay"><div class="panel">'
        "<h2>We value your privacy</h2><p>We use cookies to remember your cart.</p>"
        '<button type="button" class="btn">Accept all cookies</button></div></div>'
    )
    return html.replace("<main>", overlay + "\n<main>", 1)


@variant("changed-heading", 'the "Products" heading now says "Catalog": an assertion must fail', "fail")
def _changed_heading(page: str, html: str) -> str:
    return _on(page, "inventory", html, '<h1 class="title" data-test="title">Products</h1>', '<h1 class="title" data-test="title">Catalog</h1>')


@variant("renamed-classes", "every class name changed by a CSS refactoring", "pass")
def _renamed_classes(page: str, html: str) -> str:
    return re.sub(r'class="([^"]+)"', lambda m: 'class="' + " ".join("v2-" + c for c in m.group(1).split()) + '"', html)


@variant("label-to-placeholder", "the login labels are gone; the fields keep only placeholders", "heal")
def _label_to_placeholder(page: str, html: str) -> str:
    if page != "login":
        return html
    return re.sub(r'\s*<label for="(user-name|password)">[^<]*</label>', "", html)


@variant("wrapped-login", "the Login button is wrapped in two extra divs", "pass")
def _wrapped_login(page: str, html: str) -> str:
    return re.sub(r'(<input type="submit"[^>]*id="login-button"[^>]*>)', r'<div class="row"><div class="cell">\1</div></div>', html) if page == "login" else html


@variant("cart-in-footer", "the cart link moved from the header into a footer", "pass")
def _cart_in_footer(page: str, html: str) -> str:
    match = re.search(r'\s*<a href="/cart" class="shopping_cart_link".*?</a>', html, re.DOTALL)
    if not match:
        return html
    html = html.replace(match.group(0), "")
    return html.replace("</main>", "</main>\n<footer class=\"footer\">" + match.group(0) + "</footer>", 1)


@variant("duplicate-login", "a second, identical Login button appears in a banner: ambiguous, must fail", "fail")
def _duplicate_login(page: str, html: str) -> str:
    banner = '<div class="banner"><p>Returning customer?</p><button type="button" class="btn">Login</button></div>'
    html = html.replace('value="Login"', 'value="Login" aria-label="Login"') if page == "login" else html
    return html.replace("<main>", "<main>" + banner, 1) if page == "login" else html


@variant("add-to-basket", '"Add to cart" buttons now say "Add to basket"', "heal")
def _add_to_basket(page: str, html: str) -> str:
    return html.replace("</head>", "<script>window.PACTS_ADD_LABEL = 'Add to basket';</script></head>", 1)


@variant("check-out", 'the cart\'s "Checkout" button now says "Check out"', "heal")
def _check_out(page: str, html: str) -> str:
    return _on(page, "cart", html, '>Checkout</button>', '>Check out</button>')


@variant("login-as-link", "the Login button became a link styled as a button", "heal")
def _login_as_link(page: str, html: str) -> str:
    if page != "login":
        return html
    return re.sub(
        r'<input type="submit"[^>]*id="login-button"[^>]*>',
        '<a href="#" class="btn" id="login-link" onclick="this.closest(\'form\').requestSubmit(); return false;">Login</a>',
        html,
    )


@variant("cart-icon-removed", "the cart link is gone from every page: must fail", "fail")
def _cart_icon_removed(page: str, html: str) -> str:
    return re.sub(r'\s*<a href="/cart" class="shopping_cart_link".*?</a>', "", html, flags=re.DOTALL)


@variant("thank-you-changed", 'the order confirmation says "Order placed." instead of "Thank you for your order!": must fail', "fail")
def _thank_you_changed(page: str, html: str) -> str:
    return _on(page, "checkout-complete", html, "Thank you for your order!", "Order placed.")


@variant("menu-renamed", 'the menu button is now called "Main navigation"', "heal")
def _menu_renamed(page: str, html: str) -> str:
    return html.replace('aria-label="Open menu"', 'aria-label="Main navigation"')


@variant("late-login-form", "the login form appears 1.2 s after the page loads", "pass")
def _late_login_form(page: str, html: str) -> str:
    if page != "login":
        return html
    return html.replace(
        '<form class="login-box"',
        '<form class="login-box" style="display:none" data-late="1"',
    ).replace("</body>", "<script>setTimeout(() => document.querySelector('[data-late]').style.display = '', 1200)</script></body>")


@variant("disabled-login", "the Login button is disabled: must fail", "fail")
def _disabled_login(page: str, html: str) -> str:
    return html.replace('value="Login"', 'value="Login" disabled') if page == "login" else html


@variant("search-off-screen", "the search box is pushed off-screen: must fail", "fail")
def _search_off_screen(page: str, html: str) -> str:
    return html.replace('type="search" id="search"', 'type="search" style="position:absolute;left:-9999px" id="search"')


@variant("slow-script", "the product page's script arrives 400 ms after its controls show: keys pressed early are lost", "pass")
def _slow_script(page: str, html: str) -> str:
    return _on(page, "inventory", html, 'src="/static/app.js"', 'src="/static/app.js?delay_ms=400"')


@variant("error-text-changed", 'the locked-out message now says "Account blocked": must fail', "fail")
def _error_text_changed(page: str, html: str) -> str:
    return html.replace("</head>", "<script>window.PACTS_LOCKED_MESSAGE = 'Epic sadface: Account blocked.';</script></head>", 1)


NEXT_RELEASE_PRODUCTS = {3: {"name": "Canvas Tote"}, 1: {"price": 13.49}}  # Green Tote renamed, Blue Mug dearer


@variant(
    "next-release",
    'a realistic next release: test ids and classes renamed, "Login" -> "Sign in", the menu renamed, the search'
    ' placeholder changed, "Add to cart" -> "Add to bag" (benign); the Green Tote renamed "Canvas Tote", the Blue Mug'
    ' priced $13.49, the order confirmation reworded, Continue disabled until the form is complete (must be caught)',
    "fail",
)
def _next_release(page: str, html: str) -> str:
    html = re.sub(r'data-test="([^"]+)"', lambda m: f'data-test="qa-{m.group(1).replace("_", "-")}"', html)
    html = re.sub(r'class="([^"]+)"', lambda m: 'class="' + " ".join("r2-" + c for c in m.group(1).split()) + '"', html)
    html = _on(page, "login", html, 'value="Login"', 'value="Sign in"')
    html = html.replace('aria-label="Open menu"', 'aria-label="Main navigation"')
    html = html.replace('placeholder="Search products" aria-label="Search products"', 'placeholder="Search the catalogue" aria-label="Search the catalogue"')
    html = _on(page, "checkout-complete", html, "Thank you for your order!", "Order placed.")
    script = (
        "<script>window.PACTS_ADD_LABEL = 'Add to bag';"
        f" window.PACTS_PRODUCT_CHANGES = {json.dumps(NEXT_RELEASE_PRODUCTS)};"
        " window.PACTS_CONTINUE_WHEN_COMPLETE = true;</script>"
    )
    return html.replace("</head>", script + "</head>", 1)


VARIANTS: dict[str, str] = {}  # name -> description, filled below


def _describe() -> None:
    VARIANTS.clear()
    VARIANTS.update({name: v.description for name, v in sorted(_REGISTRY.items())})


_describe()

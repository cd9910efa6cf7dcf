"""Releases of the demo shop: each variant is a realistic change applied to the served HTML.

A variant is a function (page name, html) -> html plus a one-line description. Adding one is a few lines.
"""

from __future__ import annotations

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


@variant("renamed-ids", "every id and data-test attribute renamed by a refactoring", "pass")
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


VARIANTS: dict[str, str] = {}  # name -> description, filled below


def _describe() -> None:
    VARIANTS.clear()
    VARIANTS.update({name: v.description for name, v in sorted(_REGISTRY.items())})


_describe()

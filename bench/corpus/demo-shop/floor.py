"""The demo shop's floor: five of its corpus requirements written by hand in Playwright, as a QA engineer would."""

from __future__ import annotations

import re

from playwright.sync_api import Page, expect


def _sign_in(page: Page, base_url: str) -> None:
    page.goto(base_url + "/login")
    page.get_by_label("Username").fill("standard_user")
    page.get_by_label("Password").fill("secret_sauce")
    page.get_by_role("button", name="Login").click()


def login_ok(page: Page, base_url: str) -> None:
    _sign_in(page, base_url)
    expect(page).to_have_url(re.compile("/inventory"))
    expect(page.locator("[data-test=title]")).to_have_text("Products")


def login_empty(page: Page, base_url: str) -> None:
    page.goto(base_url + "/login")
    page.get_by_role("button", name="Login").click()
    expect(page.get_by_role("alert")).to_contain_text("Username is required")


def add_two_to_cart(page: Page, base_url: str) -> None:
    _sign_in(page, base_url)
    page.locator("[data-test=add-to-cart-blue-mug]").click()
    page.locator("[data-test=add-to-cart-red-cap]").click()
    expect(page.locator("[data-test=shopping-cart-badge]")).to_have_text("2")


def remove_from_cart(page: Page, base_url: str) -> None:
    _sign_in(page, base_url)
    page.locator("[data-test=add-to-cart-green-tote]").click()
    page.get_by_role("link", name="Shopping cart").click()
    page.locator("[data-test=remove-green-tote]").click()
    expect(page.get_by_text("Your cart is empty.")).to_be_visible()


def search_hoodie(page: Page, base_url: str) -> None:
    _sign_in(page, base_url)
    page.wait_for_url("**/inventory")
    search = page.get_by_placeholder("Search products")
    search.fill("hoodie")
    search.press("Enter")
    expect(page.get_by_text("Black Hoodie")).to_be_visible()
    expect(page.get_by_text("Blue Mug", exact=True)).to_have_count(0)


FLOWS = {
    "login-ok": login_ok,
    "login-empty": login_empty,
    "add-two-to-cart": add_two_to_cart,
    "remove-from-cart": remove_from_cart,
    "search-hoodie": search_hoodie,
}

"""The demo suite's flows written by hand in Playwright with fixed selectors: the floor we compare with.

    run_flows(base_url) -> seconds for all flows (one browser, a fresh context per flow and data row, like the farm)
    python bench/handwritten_demo.py URL  -> the same as JSON, in a process of its own
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable

from playwright.sync_api import Page, expect, sync_playwright

from pacts_farm import config

T = 3000


def _login(page: Page, base: str, user: str = "standard_user", password: str = "secret_sauce") -> None:
    page.goto(base + "/login")
    page.fill("#user-name", user)
    page.fill("#password", password)
    page.click("#login-button")


def login(page: Page, base: str) -> None:
    _login(page, base)
    expect(page.get_by_text("Products").filter(visible=True).first).to_be_visible(timeout=T)
    expect(page).to_have_url(re.compile("/inventory"), timeout=T)


REFUSED_ROWS = (("locked_out_user", "secret_sauce", "Sorry, this user has been locked out."),
                ("standard_user", "wrong_password", "Username and password do not match"))


def login_refused(page: Page, base: str, row: int = 0) -> None:
    """One data row: each runs as a test of its own, in a fresh context (as pytest-playwright's parametrize does)."""
    user, password, message = REFUSED_ROWS[row]
    _login(page, base, user, password)
    expect(page.get_by_text(message).filter(visible=True).first).to_be_visible(timeout=T)
    expect(page).to_have_url(re.compile("/login"), timeout=T)


def logout(page: Page, base: str) -> None:
    _login(page, base)
    page.click("[data-test=open-menu]")
    page.click("[data-test=logout-sidebar-link]")
    expect(page.locator("#login-button")).to_be_visible(timeout=T)


def add_two_items(page: Page, base: str) -> None:
    _login(page, base)
    page.click("[data-test=add-to-cart-blue-mug]")
    page.click("[data-test=add-to-cart-red-cap]")
    expect(page.locator("[data-test=shopping-cart-badge]")).to_have_text("2", timeout=T)
    page.click("[data-test=shopping-cart-link]")
    for text in ("Your Cart", "Blue Mug", "Red Cap"):
        expect(page.get_by_text(text).filter(visible=True).first).to_be_visible(timeout=T)


def remove_from_cart(page: Page, base: str) -> None:
    _login(page, base)
    page.click("[data-test=add-to-cart-green-tote]")
    page.click("[data-test=shopping-cart-link]")
    page.click("[data-test=remove-green-tote]")
    expect(page.get_by_text("Your cart is empty.").filter(visible=True).first).to_be_visible(timeout=T)
    expect(page.get_by_text("Green Tote").filter(visible=True)).to_have_count(0, timeout=T)


def sort_by_price(page: Page, base: str) -> None:
    _login(page, base)
    page.select_option("[data-test=product-sort]", label="Price (low to high)")
    expect(page.locator("[data-test=product-sort]")).to_have_value("lohi", timeout=T)
    expect(page.get_by_text("$7.49").filter(visible=True).first).to_be_visible(timeout=T)


def search(page: Page, base: str) -> None:
    _login(page, base)
    page.wait_for_url("**/inventory")  # its load event: app.js resets the box and binds Enter when it runs
    page.fill("#search", "hoodie")
    page.press("#search", "Enter")
    expect(page.get_by_text("Black Hoodie").filter(visible=True).first).to_be_visible(timeout=T)
    expect(page.get_by_text("Blue Mug").filter(visible=True)).to_have_count(0, timeout=T)


def _to_checkout(page: Page, base: str, product: str) -> None:
    _login(page, base)
    page.click(f"[data-test=add-to-cart-{product}]")
    page.click("[data-test=shopping-cart-link]")
    page.click("#checkout")


def checkout(page: Page, base: str) -> None:
    _to_checkout(page, base, "blue-mug")
    page.fill("#first-name", "Ada")
    page.fill("#last-name", "Lovelace")
    page.fill("#postal-code", "12345")
    page.check("#newsletter")
    page.click("#continue")
    expect(page.get_by_text("Total: $14.03").filter(visible=True).first).to_be_visible(timeout=T)
    page.click("#finish")
    expect(page.get_by_text("Thank you for your order!").filter(visible=True).first).to_be_visible(timeout=T)


def checkout_validation(page: Page, base: str) -> None:
    _login(page, base)
    page.click("[data-test=shopping-cart-link]")
    page.click("#checkout")
    page.fill("#last-name", "Lovelace")
    page.click("#continue")
    expect(page.get_by_text("Error: First Name is required").filter(visible=True).first).to_be_visible(timeout=T)


def reset_dialog(page: Page, base: str) -> None:
    _login(page, base)
    page.click("[data-test=add-to-cart-blue-mug]")
    page.click("[data-test=open-menu]")
    page.click("[data-test=reset-sidebar-link]")
    expect(page.get_by_text("Are you sure?").filter(visible=True).first).to_be_visible(timeout=T)
    page.click("[data-js=cancel-reset]")
    expect(page.locator("[data-test=shopping-cart-badge]")).to_have_text("1", timeout=T)
    page.click("[data-test=open-menu]")
    page.click("[data-test=reset-sidebar-link]")
    page.click("[data-js=confirm-reset]")
    expect(page.locator("[data-test=shopping-cart-badge]")).to_be_hidden(timeout=T)


def recommendations(page: Page, base: str) -> None:
    _login(page, base)
    expect(page.get_by_text("Recommended for you").filter(visible=True).first).to_be_visible(timeout=5000)
    expect(page.get_by_text("also bought the Yellow Notebook").filter(visible=True).first).to_be_visible(timeout=T)


def help_tooltip(page: Page, base: str) -> None:
    _login(page, base)
    page.hover("[data-test=help]")
    expect(page.get_by_text("Need help? Contact support").filter(visible=True).first).to_be_visible(timeout=T)


def remember_me(page: Page, base: str) -> None:
    page.goto(base + "/login")
    page.check("#remember-me")
    page.uncheck("#remember-me")
    expect(page).to_have_title("Demo Shop", timeout=T)


def product_page(page: Page, base: str) -> None:
    _login(page, base)
    page.click("text=White Sneakers")
    expect(page).to_have_url(re.compile(r"/item\?id=6"), timeout=T)
    expect(page.get_by_text("Fast, like a warm selector cache.").filter(visible=True).first).to_be_visible(timeout=T)
    page.click("[data-test=back-to-products]")
    expect(page.get_by_text("Products").filter(visible=True).first).to_be_visible(timeout=T)


def checkout_free_text(page: Page, base: str) -> None:
    _to_checkout(page, base, "yellow-notebook")
    page.fill("#first-name", "Grace")
    page.fill("#last-name", "Hopper")
    page.fill("#postal-code", "10001")
    page.click("#continue")
    page.click("#finish")
    expect(page.get_by_text("Thank you for your order!").filter(visible=True).first).to_be_visible(timeout=T)


def missing_product(page: Page, base: str) -> None:
    _login(page, base)
    try:
        expect(page.get_by_text("Purple Umbrella").filter(visible=True).first).to_be_visible(timeout=T)
    except AssertionError:
        return  # expected to fail, like the suite's `expect: fail` requirement
    raise AssertionError("Purple Umbrella should not be listed")


def deals(page: Page, base: str) -> None:
    _login(page, base)
    page.goto(base + "/deals")
    expect(page.get_by_text("2 deals today").filter(visible=True).first).to_be_visible(timeout=T)
    page.locator("li.deal", has_text="Blue Mug").get_by_role("button", name="Claim deal").click()
    expect(page.get_by_text("Deal claimed: Blue Mug").filter(visible=True).first).to_be_visible(timeout=T)


FLOWS: tuple[Callable[[Page, str], None], ...] = (
    login, login_refused, logout, add_two_items, remove_from_cart, sort_by_price, search, checkout,
    checkout_validation, reset_dialog, recommendations, help_tooltip, remember_me, product_page,
    checkout_free_text, missing_product, deals,
)
RETRIES = {deals: 1}  # as the suite's retries: 1 (the deals service is cold on its first call)
DATA_ROWS = {login_refused: len(REFUSED_ROWS)}  # the suite's data rows: one test each


def run_flows(base_url: str) -> tuple[float, float, dict[str, float]]:
    """(seconds including browser start, seconds of the flows alone, seconds per flow)."""
    settings = config.Settings.from_env({})
    started = time.perf_counter()
    per_flow: dict[str, float] = {}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=settings.browser_executable, args=list(settings.browser_args))
        flows_started = time.perf_counter()
        for flow in FLOWS:
            flow_started = time.perf_counter()
            for row in range(DATA_ROWS.get(flow, 1)):
                for attempt in range(1 + RETRIES.get(flow, 0)):
                    context = browser.new_context(viewport={"width": 1280, "height": 900})
                    try:
                        flow(context.new_page(), base_url, *((row,) if flow in DATA_ROWS else ()))
                        break
                    except AssertionError:
                        if attempt == RETRIES.get(flow, 0):
                            raise
                    finally:
                        context.close()
            per_flow[flow.__name__] = time.perf_counter() - flow_started
        flows = time.perf_counter() - flows_started
        browser.close()
    return time.perf_counter() - started, flows, per_flow


if __name__ == "__main__":  # one process, as a person would run a Playwright script: prints JSON
    import json
    import sys

    total, flows_s, each = run_flows(sys.argv[1])
    print(json.dumps({"process_inner_s": total, "flows_s": flows_s, "per_flow_s": each}))

"""Hand-written Playwright floor for the Cypress Real World App: 10 flows mirroring suite requirements."""
from __future__ import annotations

import re

from playwright.sync_api import Page, expect

USER = "Heath93"
PASSWORD = "s3cret"
TRANSACTION_ITEMS = "[data-test^=transaction-item-]"


def _sign_in(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/signin")
    page.get_by_label("Username").fill(USER)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_text("Account Balance")).to_be_visible()


def login_ok(page: Page, base_url: str) -> None:
    _sign_in(page, base_url)
    expect(page.get_by_text("@Heath93")).to_be_visible()
    expect(page).not_to_have_url(re.compile("/signin"))


def login_wrong_password_message(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/signin")
    page.get_by_label("Username").fill(USER)
    page.get_by_label("Password").fill("wrong-pass")
    page.get_by_role("button", name="Sign In").click()
    expect(page.get_by_role("alert")).to_contain_text("Username or password is invalid")
    expect(page).to_have_url(re.compile("/signin"))


def login_short_password(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/signin")
    page.get_by_label("Password").fill("abc")
    page.get_by_label("Username").click()
    expect(page.get_by_text("Password must contain at least 4 characters")).to_be_visible()
    expect(page.get_by_role("button", name="Sign In")).to_be_disabled()


def signup_password_mismatch(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/signup")
    page.get_by_label("Password", exact=False).first.fill("s3cret")
    page.get_by_label("Confirm Password").fill("DIFFERENT")
    page.get_by_label("First Name").click()
    expect(page.get_by_text("Password does not match")).to_be_visible()


def logout(page: Page, base_url: str) -> None:
    _sign_in(page, base_url)
    page.locator("[data-test=sidenav-signout]").click()
    expect(page).to_have_url(re.compile("/signin"))
    expect(page.get_by_role("button", name="Sign In")).to_be_visible()


def feed_tabs(page: Page, base_url: str) -> None:
    _sign_in(page, base_url)
    expect(page.get_by_role("tab", name="Everyone")).to_have_attribute("aria-selected", "true")
    page.get_by_role("tab", name="Mine").click()
    expect(page).to_have_url(re.compile("/personal"))
    page.get_by_role("tab", name="Friends").click()
    expect(page).to_have_url(re.compile("/contacts"))


def transaction_detail(page: Page, base_url: str) -> None:
    _sign_in(page, base_url)
    page.goto(f"{base_url}/personal")
    items = page.locator(TRANSACTION_ITEMS)
    expect(items).to_have_count(10)
    items.first.click()
    expect(page.get_by_text("Transaction Detail")).to_be_visible()
    expect(page).to_have_url(re.compile("/transaction/"))
    expect(page.get_by_text("+$42.36")).to_be_visible()


def notifications_badge(page: Page, base_url: str) -> None:
    _sign_in(page, base_url)
    expect(page.locator("[data-test=nav-top-notifications-count]")).to_have_text("8")
    page.locator("[data-test=nav-top-notifications-link]").click()
    expect(page).to_have_url(re.compile("/notifications"))
    notifications = page.locator("[data-test^=notification-list-item-]")
    expect(notifications).to_have_count(8)
    expect(notifications.first).to_contain_text("Kristian Bradtke liked a transaction.")


def bank_accounts_list(page: Page, base_url: str) -> None:
    _sign_in(page, base_url)
    page.locator("[data-test=sidenav-bankaccounts]").click()
    expect(page).to_have_url(re.compile("/bankaccounts"))
    expect(page.locator("[data-test^=bankaccount-list-item-]")).to_have_count(1)
    expect(page.get_by_text("Waters, King and O'Reilly Bank")).to_be_visible()


def new_transaction_search(page: Page, base_url: str) -> None:
    _sign_in(page, base_url)
    page.goto(f"{base_url}/transaction/new")
    page.get_by_placeholder("Search...").fill("Kristian")
    users = page.locator("[data-test^=user-list-item-]")
    expect(users).to_have_count(1)
    expect(users.first).to_contain_text("Kristian Bradtke")


FLOWS = {
    "login-ok": login_ok,
    "login-wrong-password-message": login_wrong_password_message,
    "login-short-password": login_short_password,
    "signup-password-mismatch": signup_password_mismatch,
    "logout": logout,
    "feed-tabs": feed_tabs,
    "transaction-detail": transaction_detail,
    "notifications-badge": notifications_badge,
    "bank-accounts-list": bank_accounts_list,
    "new-transaction-search": new_transaction_search,
}

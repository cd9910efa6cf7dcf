"""Hand-written Playwright floor for vue-element-admin: 10 flows mirroring suite requirements."""
from __future__ import annotations

import re

from playwright.sync_api import Page, expect

PASSWORD = "111111"
TABLE_ROWS = ".el-table__body-wrapper tbody tr"


def _log_in(page: Page, base_url: str, user: str = "admin") -> None:
    page.goto(f"{base_url}/#/login")
    page.get_by_placeholder("Username").fill(user)
    page.get_by_placeholder("Password").fill(PASSWORD)
    page.get_by_role("button", name="Login").click()
    expect(page).to_have_url(re.compile("/dashboard"))


def login_admin(page: Page, base_url: str) -> None:
    _log_in(page, base_url)
    expect(page.locator(".sidebar-container")).to_contain_text("Permission")


def login_unknown_user_message(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/#/login")
    page.get_by_placeholder("Username").fill("guest")
    page.get_by_placeholder("Password").click()
    expect(page.get_by_text("Please enter the correct user name")).to_be_visible()


def login_short_password_message(page: Page, base_url: str) -> None:
    page.goto(f"{base_url}/#/login")
    page.get_by_placeholder("Password").fill("123")
    page.get_by_role("button", name="Login").click()
    expect(page.get_by_text("The password can not be less than 6 digits")).to_be_visible()
    expect(page).to_have_url(re.compile("/login"))


def logout(page: Page, base_url: str) -> None:
    _log_in(page, base_url)
    page.locator(".avatar-wrapper").click()
    page.get_by_text("Log Out").click()
    expect(page).to_have_url(re.compile("/login"))
    expect(page.get_by_text("Login Form")).to_be_visible()


def complex_table_count(page: Page, base_url: str) -> None:
    _log_in(page, base_url)
    page.goto(f"{base_url}/#/table/complex-table")
    rows = page.locator(TABLE_ROWS)
    expect(rows).to_have_count(20)
    expect(page.get_by_text("Total 100")).to_be_visible()
    expect(rows.first.locator("td").first).to_have_text("1")


def complex_table_add_validation(page: Page, base_url: str) -> None:
    _log_in(page, base_url)
    page.goto(f"{base_url}/#/table/complex-table")
    page.get_by_role("button", name="Add").click()
    dialog = page.get_by_role("dialog", name="Create")
    expect(dialog).to_be_visible()
    dialog.get_by_role("button", name="Confirm").click()
    expect(dialog.get_by_text("type is required")).to_be_visible()
    expect(dialog.get_by_text("title is required")).to_be_visible()
    dialog.get_by_role("button", name="Cancel").click()
    expect(dialog).to_be_hidden()


def complex_table_delete(page: Page, base_url: str) -> None:
    _log_in(page, base_url)
    page.goto(f"{base_url}/#/table/complex-table")
    rows = page.locator(TABLE_ROWS)
    expect(rows).to_have_count(20)
    rows.first.get_by_role("button", name="Delete").click()
    expect(page.get_by_text("Delete Successfully")).to_be_visible()
    expect(rows).to_have_count(19)


def role_permission_table(page: Page, base_url: str) -> None:
    _log_in(page, base_url)
    page.goto(f"{base_url}/#/permission/role")
    rows = page.locator(TABLE_ROWS)
    expect(rows).to_have_count(3)
    expect(rows.filter(has_text="editor")).to_contain_text("Normal Editor. Can see all pages except permission page")
    expect(rows.last).to_contain_text("visitor")


def tab_page(page: Page, base_url: str) -> None:
    _log_in(page, base_url)
    page.goto(f"{base_url}/#/tab/index")
    expect(page.get_by_role("tab")).to_have_count(4)
    expect(page.get_by_role("tab", name="China")).to_have_attribute("aria-selected", "true")
    page.get_by_role("tab", name="Japan").click()
    expect(page.get_by_role("tab", name="Japan")).to_have_attribute("aria-selected", "true")


def not_found_page(page: Page, base_url: str) -> None:
    _log_in(page, base_url)
    page.goto(f"{base_url}/#/no-such-page")
    expect(page).to_have_url(re.compile("/404"))
    expect(page.get_by_text("OOPS!")).to_be_visible()
    expect(page.get_by_role("link", name="Back to home")).to_be_visible()


FLOWS = {
    "login-admin": login_admin,
    "login-unknown-user-message": login_unknown_user_message,
    "login-short-password-message": login_short_password_message,
    "logout": logout,
    "complex-table-count": complex_table_count,
    "complex-table-add-validation": complex_table_add_validation,
    "complex-table-delete": complex_table_delete,
    "role-permission-table": role_permission_table,
    "tab-page": tab_page,
    "not-found-page": not_found_page,
}

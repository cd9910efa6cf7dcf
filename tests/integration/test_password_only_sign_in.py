"""A sign-in form that asks a password alone (a server's shared access key, as a workflow server's UI has it):
"Log in as admin with password …" types the password and submits, with no user name to type. A form that asks a user
name too still gets one."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

KEY_ONLY = """<!doctype html><html><head><title>Login</title></head><body><h1>Login</h1>
<form action="/po/in" method="get"><input type="password" name="key" placeholder="admin:pass"><button type="submit">Login</button></form>
</body></html>"""
WITH_NAME = """<!doctype html><html><head><title>Login</title></head><body><h1>Login</h1>
<form action="/po/in" method="get"><label for="u">Username</label><input id="u" name="user">
<label for="p">Password</label><input id="p" type="password" name="key"><button type="submit">Login</button></form>
</body></html>"""
SIGNED_IN = """<!doctype html><html><head><title>Dashboard</title></head><body><h1>Dashboard</h1><p id="who"></p>
<script>const q = new URLSearchParams(location.search);
document.getElementById("who").textContent = "key " + q.get("key") + (q.has("user") ? " user " + q.get("user") : "");</script></body></html>"""


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    return sentences.runner(browser_host, pages, tmp_path, {"/po/login": KEY_ONLY, "/po/login-named": WITH_NAME, "/po/in": SIGNED_IN},
                            timeouts=model.Timeouts(action_ms=3000, assertion_ms=1500))


@pytest.mark.parametrize("sign_in", ['Log in as "admin" with password "admin:Orchard-2026"',
                                     'Given I am logged in as "admin" with password "admin:Orchard-2026"'])
def test_a_password_alone_is_typed_and_submitted(run: Callable[..., model.Execution], sign_in: str) -> None:
    execution = run([sign_in, 'Verify the page shows "key admin:Orchard-2026"'], "/po/login")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


def test_a_form_that_asks_a_user_name_gets_one(run: Callable[..., model.Execution]) -> None:
    execution = run(['Log in as "admin" with password "Orchard"', 'Verify the page shows "key Orchard user admin"'], "/po/login-named")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))

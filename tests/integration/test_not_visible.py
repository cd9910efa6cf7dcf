"""'Verify X is not visible' never passes while an X is on the screen: pages where a hidden copy of the element
(a mobile menu, a closed template, a toast gone) sits beside a visible one, so that no locator finds the visible
one alone. Each check must fail while the visible one is there, and pass once only hidden copies are left."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_HIDE = "document.querySelectorAll('.shown').forEach((el) => { el.style.display = 'none'; el.classList.remove('shown'); })"

# a page header drawn twice (mobile and desktop), each with a cart link and its badge, a log-out span, an error box
TWINS = f"""<!doctype html><html><head><title>Twins</title><style>
.logout {{ cursor: pointer }} .badge {{ padding: 2px 6px; background: #c00; color: #fff }}</style></head><body>
<div class="bar mobile" style="display:none"><a class="cart" href="/cart">Cart <span class="badge">2</span></a>
  <span class="logout">Log out</span></div>
<div class="bar desktop"><a class="cart" href="/cart">Cart <span class="badge shown">2</span></a>
  <span class="logout shown">Log out</span></div>
<div class="error" style="display:none">Wrong password</div><div class="error shown">Wrong password</div>
<div class="notice" role="status" style="display:none">Saved</div><div class="notice shown" role="status">Saved</div>
<button type="button" onclick="{_HIDE}">Hide them</button></body></html>"""

CHECKS = [
    "Verify the cart badge is not visible",
    "Verify the Log out link is not visible",
    'Verify "Log out" is not visible',
    "Verify the error message is not displayed",
    "Verify the notification is not shown",
    'Verify "Log out" does not appear',
]


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    return sentences.runner(browser_host, pages, tmp_path, {"/nv/twins": TWINS}, timeouts=model.Timeouts(action_ms=3000, assertion_ms=1500))


def _errors(execution: model.Execution) -> list[tuple[str, str | None]]:
    return [(s.text, s.error) for s in execution.steps if s.error]


@pytest.mark.parametrize("check", CHECKS)
def test_not_visible_fails_while_a_visible_copy_is_shown_beside_a_hidden_one(run: Callable[..., model.Execution], check: str) -> None:
    execution = run([check], "/nv/twins")
    assert model.settle_verdict(execution) is model.Verdict.FAILED, f"false pass: {check}"
    assert execution.steps[0].outcome is model.Outcome.FAILED


@pytest.mark.parametrize("check", CHECKS)
def test_not_visible_passes_once_only_hidden_copies_are_left(run: Callable[..., model.Execution], check: str) -> None:
    execution = run(["Click Hide them", check], "/nv/twins")
    assert model.settle_verdict(execution) is model.Verdict.PASSED, _errors(execution)

"""'Verify the menu shows X' after a menu was opened: the open menu's box (Bootstrap's ul.dropdown-menu), never the
control that opens another menu (a toggle named "Account" beside it), and a text only in a closed menu fails."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_TOGGLE = "this.nextElementSibling.style.display = 'block'"
# two dropdowns in a nav bar, both closed at first; each toggle's markup says dropdown and nav
NAV_MENUS = f"""<!doctype html><html><head><title>Menus</title><style>.dropdown-menu {{ display: none }}</style></head><body>
<nav class="navbar navbar-default"><div class="dropdown">
 <button type="button" class="btn dropdown-toggle" onclick="{_TOGGLE}">Bob's Jobs</button>
 <ul class="dropdown-menu"><li class="dropdown-header">All Projects</li><li><a href="#web">Web Servers</a></li>
  <li><a href="#bob">Bob's Jobs</a></li></ul></div>
<ul class="nav navbar-nav navbar-right"><li class="dropdown">
 <a id="nav-email" href="#" class="dropdown-toggle" onclick="{_TOGGLE}">Account</a>
 <ul class="dropdown-menu"><li><a href="#settings">Account Settings</a></li><li><a href="#out">Log Out</a></li></ul></li></ul>
</nav><main><p>Checks</p></main></body></html>"""


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    return sentences.runner(browser_host, pages, tmp_path, {"/om/nav": NAV_MENUS},
                            timeouts=model.Timeouts(action_ms=2500, assertion_ms=2000))


def test_the_menu_is_the_open_menus_box(run: Callable[..., model.Execution]) -> None:
    execution = run(['Click the "Bob\'s Jobs" button', 'Verify the menu shows "Web Servers"'], "/om/nav")
    assert [s.outcome for s in execution.steps] == [model.Outcome.PASSED, model.Outcome.PASSED]
    resolution = execution.steps[1].resolution
    assert resolution is not None and "dropdown-menu" in resolution.locator.value


def test_a_text_only_in_a_closed_menu_fails(run: Callable[..., model.Execution]) -> None:
    execution = run(['Click the "Bob\'s Jobs" button', 'Verify the menu shows "Log Out"'], "/om/nav")
    assert execution.steps[1].outcome is model.Outcome.FAILED
    resolution = execution.steps[1].resolution
    assert resolution is None or "dropdown-menu" in resolution.locator.value  # never the Account toggle

"""A name said with a corner of the window ("Maria Lopez is displayed at the top right") is kept in the landmark box
it was found in: a table that loads after the check found it, saying the same name in its Owner column, does not make
the locator find two (django-helpdesk's sign-in check failed so under load)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

DASHBOARD = """<nav class="navbar"><a href="#">Helpdesk</a><div class="ms-auto" style="position:absolute;right:10px;top:5px">
<a class="dropdown-toggle" href="#"><i class="fas fa-user-circle"></i> Maria Lopez</a></div></nav>
<main style="margin-top:60px"><h1>Dashboard</h1><table id="tickets"><thead><tr><th>Ticket</th><th>Owner</th></tr></thead><tbody></tbody></table>
<button onclick="document.querySelector('#tickets tbody').innerHTML = '<tr><td>1. Laptop</td><td>Maria Lopez</td></tr>'">Load</button></main>"""


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    return sentences.runner(browser_host, pages, tmp_path, {"/corner/dashboard": DASHBOARD}, timeouts=model.Timeouts(action_ms=2000, assertion_ms=1000))


def test_a_name_at_a_corner_stays_in_its_landmark(run: Callable[..., model.Execution]) -> None:
    execution = run(["Maria Lopez is displayed at the top right", "Click Load", 'Verify the page shows "1. Laptop"'], "/corner/dashboard")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    found = execution.steps[0].resolution
    assert found is not None and found.locator.scope is not None, found  # inside the navbar, not any "Maria Lopez" on the page
    assert "nav" in found.locator.scope.describe()

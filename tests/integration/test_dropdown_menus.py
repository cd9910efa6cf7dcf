"""Menus a toggle button drops down, as a header's "Bookmarks" and "Settings" dropdowns (a button, a list after it):
"Open the Bookmarks dropdown" clicks that button, "the Settings menu contains X" reads the list it dropped, and "the
menu shows X" is the list a toggle opened, not a sidebar's static menu. Each fails when the page disagrees."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_TOGGLE = "event.stopPropagation(); openOnly(this)"


def _dropdown(name: str, items: list[str]) -> str:
    links = "".join(f'<li class="menu-item"><a href="#{i.lower()}" class="menu-link">{i}</a></li>' for i in items)
    return (f'<div class="dropdown"><button class="btn btn-link dropdown-toggle" aria-expanded="false" onclick="{_TOGGLE}">{name}</button>'
            f'<ul class="menu" role="list">{links}</ul></div>')


PAGE = ("""<!doctype html><html><head><title>Bookmarks</title><style>
.dropdown{position:relative;display:inline-block}.dropdown .menu{display:none;position:absolute;top:100%;left:0;margin:0}
.dropdown.active .menu{display:block}</style><script>
function openOnly(button) {  // one dropdown open at a time; a click anywhere else closes it
  const box = button.parentElement, open = !box.classList.contains('active');
  document.querySelectorAll('.dropdown').forEach((d) => { d.classList.remove('active'); d.firstElementChild.setAttribute('aria-expanded', 'false'); });
  if (open) { box.classList.add('active'); button.setAttribute('aria-expanded', 'true'); }
}
document.addEventListener('click', () => document.querySelectorAll('.dropdown').forEach((d) => d.classList.remove('active')));
</script></head><body>
<header><a href="/" class="app-link">LINKS</a><nav>""" + _dropdown("Bookmarks", ["Active", "Archived", "Shared"])
        + _dropdown("Settings", ["General", "Integrations"]) + """</nav></header>
<main><h1>Bookmarks</h1><ul class="bookmark-list"><li>Real Python</li><li>Git Book</li></ul></main>
<aside class="side-panel"><h2>Bundles</h2><ul class="menu"><li class="menu-item"><a href="#">Dev Docs</a></li><li class="menu-item"><a href="#">Weekend</a></li></ul></aside>
</body></html>""")


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    return sentences.runner(browser_host, pages, tmp_path, {"/dd/home": PAGE}, timeouts=model.Timeouts(action_ms=3000, assertion_ms=1000))


def test_a_dropdown_opened_by_its_button_and_read(run: Callable[..., model.Execution]) -> None:
    execution = run(["Open the Bookmarks dropdown in the header", "Click Archived", "The URL ends with #archived",
                     'Click "Settings" in the top navigation', "The menu shows General and Integrations",
                     "The Settings menu contains General and Integrations"], "/dd/home")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


@pytest.mark.parametrize(("steps", "failing"), [
    (["Click Settings in the header", "The Settings menu contains Admin"], 1),
    (["Click Settings in the header", "The menu shows Weekend"], 1),  # the sidebar's menu is not the one opened
])
def test_what_the_menu_does_not_hold_fails(run: Callable[..., model.Execution], steps: list[str], failing: int) -> None:
    outcomes = [s.outcome for s in run(steps, "/dd/home").steps]
    assert outcomes[:failing] == [model.Outcome.PASSED] * failing and outcomes[failing] is model.Outcome.FAILED, outcomes

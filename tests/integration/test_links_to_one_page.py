"""A wiki's sidebar links a page twice, from its menu and from its page index: 'Click Projects in the sidebar' goes
there by either link; two links that say the same but go to different pages stay ambiguous."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser


def _sidebar(second_href: str) -> str:
    return f"""<!doctype html><html><body><div class="sidebar"><details open><summary>Menu</summary><ul>
<li><a href="/Handbook">Handbook</a></li><li><a href="/Projects">Projects</a></li><li><a href="/Expense%20Policy">Expense Policy</a></li></ul></details>
<details open><summary>Page Index</summary><ul><li><a href="/Contacts">Contacts</a></li><li><a href="/Expense Policy">Expense Policy</a></li>
<li><details><summary><a href="{second_href}">Projects</a></summary><ul><li><a href="/Projects/Harbor">Harbor</a></li></ul></details></li>
</ul></details></div><main><h1>Home</h1></main></body></html>"""


PROJECTS = "<!doctype html><html><body><h1>Projects</h1><p>What we are building</p></body></html>"


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("links"), {
        "/wiki": _sidebar("/Projects"), "/wiki-two-pages": _sidebar("/Archive/Projects"), "/Projects": PROJECTS,
        "/Archive/Projects": PROJECTS.replace("What we are building", "Archived"), "/Expense%20Policy": PROJECTS.replace("What we are building", "Limits"),
    }, timeouts=model.Timeouts(action_ms=1500, assertion_ms=1500))


def test_two_links_to_one_page_are_either_one(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(["Click Projects in the sidebar", 'Verify the page shows "What we are building"'], "/wiki")
    assert model.settle_verdict(execution) is model.Verdict.PASSED, sentences.failures(execution)


def test_an_address_written_with_its_space_escaped_is_the_same_page(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(["Click Expense Policy in the sidebar", 'Verify the page shows "Limits"'], "/wiki")
    assert model.settle_verdict(execution) is model.Verdict.PASSED, sentences.failures(execution)


def test_two_links_that_say_the_same_but_go_apart_stay_ambiguous(run) -> None:  # type: ignore[no-untyped-def]
    first = run(["Click Projects in the sidebar"], "/wiki-two-pages").steps[0]
    assert first.outcome is model.Outcome.FAILED and "equally well" in (first.error or ""), first

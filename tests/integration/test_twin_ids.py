"""Two fields that share an id (a header's search box and the page's search form, both "id_q", as a Django forum
renders them): the browser gives the label to the first; a person reads it as the label of the field beside it, and
so does discovery. Typing into the header's box instead would be a wrong field filled and a search that runs anyway."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

PAGE = """<!doctype html><html><head><title>Forum</title></head><body>
<header><a href="/">Forum</a><form class="header-search"><label for="id_q" hidden>Search</label>
<input id="id_q" name="q" type="search" placeholder="Search topics"><button>Go</button></form></header>
<main><h1>Search</h1><form class="main-search"><label for="id_q">Search</label><input id="id_q" name="q" type="search">
<label for="id_c">Category</label><select id="id_c" name="c"><option>All</option><option>Woodworking</option></select>
<button type="submit">Search</button></form><p id="out"></p></main>
<script>document.querySelectorAll("form").forEach((f) => f.addEventListener("submit", (e) => {
  e.preventDefault(); document.getElementById("out").textContent = f.className + " got " + f.q.value; }));</script>
</body></html>"""


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    return sentences.runner(browser_host, pages, tmp_path, {"/twins/search": PAGE}, timeouts=model.Timeouts(action_ms=3000, assertion_ms=1000))


def test_a_label_names_the_twin_beside_it(run: Callable[..., model.Execution]) -> None:
    execution = run(['Fill "rust" in the Search field', "Press Enter", 'Verify the page shows "main-search got rust"'], "/twins/search")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


def test_the_first_twin_keeps_its_own_name(run: Callable[..., model.Execution]) -> None:
    execution = run(['Fill "joinery" in the field with placeholder "Search topics"', "Press Enter",
                     'Verify the page shows "header-search got joinery"'], "/twins/search")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))

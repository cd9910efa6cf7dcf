"""A tab and a control in its open panel that say the same ('Click Save Query' on django-helpdesk's query bar): the
tab is open, so the control is what the click means; a tab alone is still clicked by its name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

QUERIES = """<ul class="nav nav-tabs" role="tablist">
<li class="nav-item"><a class="nav-link" role="tab" href="#filters" aria-selected="false">Filters</a></li>
<li class="nav-item"><a class="nav-link active" role="tab" href="#save" aria-selected="true">Save Query</a></li></ul>
<div class="tab-content"><div id="filters" class="tab-pane" style="display:none"><p>Queue, Status</p></div>
<div id="save" class="tab-pane active"><label for="n">Query Name</label><input id="n">
<button type="button" onclick="document.getElementById('done').textContent = 'Saved ' + document.getElementById('n').value">Save Query</button></div></div>
<p id="done"></p>
<script>for (const t of document.querySelectorAll('[role=tab]')) t.onclick = (e) => { e.preventDefault();
  for (const p of document.querySelectorAll('.tab-pane')) p.style.display = p.id === t.getAttribute('href').slice(1) ? '' : 'none'; };</script>"""


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    return sentences.runner(browser_host, pages, tmp_path, {"/tab/queries": QUERIES}, timeouts=model.Timeouts(action_ms=2000, assertion_ms=1000))


def test_the_control_in_the_open_tab_over_the_tab(run: Callable[..., model.Execution]) -> None:
    execution = run(["Click Save Query", 'Verify the page shows "Saved"'], "/tab/queries")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


def test_a_tab_alone_is_clicked_by_its_name(run: Callable[..., model.Execution]) -> None:
    execution = run(["Click Filters", 'Verify the page shows "Queue, Status"', 'Verify "Query Name" is not visible'], "/tab/queries")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))

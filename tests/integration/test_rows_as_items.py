"""'The row for X' where a page lists its items as boxes, not table rows (a bookmark list, a monitor list): the
repeated box whose title is X. What it shows passes, what it does not fails, and a name no item has is not found."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

LIST = """<!doctype html><html><head><title>Monitors</title></head><body><main><h1>Monitors</h1>
<ul class="bookmark-list"><li class="bookmark"><a href="#">QA Scratch Page</a><div class="tags"><a>#qa</a></div>
<p class="description">Temporary bookmark for testing</p></li><li class="bookmark"><a href="#">Real Python</a><span class="badge">Unread</span></li></ul>
<div class="monitor-list"><div class="item"><div class="info"><span class="name">CI pipeline</span><span class="tag">Expires: Never</span></div></div>
<div class="item"><div class="info"><span class="name">Grafana exporter</span><span class="tag">Active</span></div></div></div>
</main></body></html>"""


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    return sentences.runner(browser_host, pages, tmp_path, {"/ri/list": LIST}, timeouts=model.Timeouts(action_ms=3000, assertion_ms=800))


def test_the_row_for_a_name_is_its_item_box(run: Callable[..., model.Execution]) -> None:
    execution = run(['The QA Scratch Page row shows the tag #qa and the description "Temporary bookmark for testing"',
                     'The key "Grafana exporter" is listed as Active', 'CI pipeline appears in the list with "Expires: Never"',
                     'The row for "Real Python" does not show "Expires: Never"'], "/ri/list")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


@pytest.mark.parametrize("sentence", ['The row for "Grafana exporter" shows "Expires: Never"', 'The row for "Real Python" does not show "Unread"',
                                      'The row for "Old Newsletter" shows "Active"'])
def test_what_the_item_does_not_show_fails(run: Callable[..., model.Execution], sentence: str) -> None:
    (result,) = run([sentence], "/ri/list").steps
    assert result.outcome is model.Outcome.FAILED


TILES = """<!doctype html><html><head><title>Projects</title></head><body><main>
<div class="tiles"><a href="#wr"><div class="tile"><div class="name">Website Relaunch</div></div></a>
<a href="#ma"><div class="tile"><div class="name">Mobile App</div></div></a><div class="add">Create project</div></div></main></body></html>"""


def test_a_name_then_the_kind_of_thing_it_names(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> None:
    run = sentences.runner(browser_host, pages, tmp_path, {"/ri/tiles": TILES}, timeouts=model.Timeouts(action_ms=2000, assertion_ms=800))
    execution = run(["Open the Website Relaunch project", "The URL ends with #wr"], "/ri/tiles")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    (missing,) = run(["Open the Office Move project"], "/ri/tiles").steps  # no tile is named so: not a guess
    assert missing.outcome is model.Outcome.FAILED


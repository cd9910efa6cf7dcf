"""A loaded machine: the browser's driver answers slower than a check's slice (settled.SLICE_MS, here 1 ms). Each
check must still read the page at least once before a settled page lets it conclude; in CI a wait that timed out
before its first look failed "Verify the sign in page is displayed" on a page whose heading says Sign in, and a
dropdown read as offering nothing. Each check here holds on its page, so each must pass."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium, settled
from tests.integration import sentences

pytestmark = pytest.mark.browser

PAGE = """<!doctype html><html><head><title>Sign in · Depot</title></head><body><main><h1>Sign in</h1>
<form><label for="e">Email</label><input id="e" value="ada@example.org"> <label for="p">Purpose</label>
<select id="p"><option>Comment</option><option>Question</option></select> <button>Sign in</button></form>
<ul class="notes"><li>First note</li><li>Second note</li></ul></main></body></html>"""


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., model.Execution]:
    monkeypatch.setattr(settled, "SLICE_MS", 1)
    return sentences.runner(browser_host, pages, tmp_path, {"/slow/login": PAGE}, timeouts=model.Timeouts(action_ms=2000, assertion_ms=1000))


@pytest.mark.parametrize("step", [
    "Verify the sign in page is displayed",
    'Verify "Second note" is shown',
    'Verify the URL contains "login"',
    'Verify the title contains "Depot"',
    "Verify the Purpose dropdown has the options Comment and Question",
    "Verify the Purpose dropdown does not offer Complaint",
    "Verify 2 notes are listed",
    "Verify the Sign in button is enabled",
    'Verify the Email field contains "ada@example.org"',
])
def test_a_check_reads_the_page_when_the_driver_answers_slower_than_a_slice(run: Callable[..., model.Execution], step: str) -> None:
    execution = run([step], "/slow/login")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))

"""A long table (600 records, as an issue tracker or a package registry lists them): a step that names one row finds
that row past the first few hundred, and its check still fails where the row disagrees. The scan describes at most
400 elements; it keeps those that hit the most words (or, with a scope, the nearest boxes), not the first rows."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

ROWS = 600
_SAY = "document.getElementById('out').textContent = "
_BODY = "".join(
    f"<tr><td>Item {i}</td><td>{'Closed' if i % 5 == 0 else 'Open'}</td>"
    f"<td><button type='button' onclick=\"{_SAY}'edit {i}'\">Edit</button></td></tr>" for i in range(1, ROWS + 1))
ITEMS = (f"<!doctype html><html><head><title>Items</title></head><body><p id='out'></p><h1>Items</h1><table><thead><tr><th>Name</th>"
         f"<th>Status</th><th></th></tr></thead><tbody>{_BODY}</tbody></table></body></html>")


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    return sentences.runner(browser_host, pages, tmp_path, {"/long/items": ITEMS}, timeouts=model.Timeouts(action_ms=4000, assertion_ms=3000))


def test_a_row_past_the_first_hundreds_is_found_by_its_name(run: Callable[..., model.Execution]) -> None:
    execution = run([
        'Click the Edit button in the row for "Item 541"',
        'Verify the page shows "edit 541"',
        'Verify the row for "Item 541" shows "Open"',
        'Verify the row for "Item 545" shows "Closed"',
    ], "/long/items")
    assert execution.failed_step is None, sentences.failures(execution)


def test_a_far_row_that_disagrees_fails_at_its_check(run: Callable[..., model.Execution]) -> None:
    execution = run(['Verify the row for "Item 545" shows "Open"'], "/long/items")
    failed = execution.failed_step
    assert failed is not None and failed.text == 'Verify the row for "Item 545" shows "Open"'
    assert "Closed" in (failed.error or ""), failed.error

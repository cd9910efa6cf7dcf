"""A table cell said by its column and its row: 'the Document count for "Paid" is 26', 'the correspondent of the
second row is X', 'the table has a row "Holiday 2026" with document count 0'. The column said is kept: a value shown
in another column of the same row, a row that only contains the name ("Unpaid" for "Paid"), or a column no table
titles fails the check. A control a table comes with ("the table's search box", drawn beside it) is found by its own name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

TAGS = """<main><h1>Tags</h1><table class="table"><thead><tr><th><input type="checkbox"></th><th>Name <i class="sort">▲</i></th>
<th>Matching</th><th>Document count</th><th>Actions</th></tr></thead><tbody>
<tr><td><input type="checkbox"></td><td>Inbox</td><td>None</td><td>8</td><td><button>Documents</button><button>Edit</button></td></tr>
<tr><td><input type="checkbox"></td><td>Unpaid</td><td>Auto</td><td>3</td><td><button>Documents</button><button>Edit</button></td></tr>
<tr><td><input type="checkbox"></td><td>Paid</td><td>Auto</td><td>26</td><td><button>Documents</button><button>Edit</button></td></tr>
<tr><td><input type="checkbox"></td><td>Holiday 2026</td><td>Any: 26</td><td>0</td><td><button>Documents</button><button>Edit</button></td></tr>
</tbody></table></main>"""

# a first cell spanning two columns: the cells after it sit one column further along
SPANNED = """<main><table><thead><tr><th>Ticket</th><th>Title</th><th>Queue</th><th>Status</th></tr></thead><tbody>
<tr><td colspan="2">DH-4 Printer jam</td><td>IT</td><td>Open</td></tr>
<tr><td>DH-5</td><td>VPN down</td><td>Network</td><td>Closed</td></tr></tbody></table></main>"""


# DataTables: the search box sits in a wrapper beside the table, named only by its "Search:" label; the header has another
SEARCHED = """<nav><form><input type="text" placeholder="Search for..." name="q"><button>Go</button></form></nav>
<div class="dataTables_wrapper"><div class="dataTables_filter"><label>Search:<input type="search" aria-controls="tickets"></label></div>
<table id="tickets"><thead><tr><th>Ticket</th><th>Status</th></tr></thead><tbody><tr><td>1. Laptop</td><td>Open</td></tr>
<tr><td>2. Printer</td><td>Closed</td></tr></tbody></table></div>
<script>document.querySelector('[aria-controls=tickets]').addEventListener('input', (e) => { for (const r of document.querySelectorAll('#tickets tbody tr'))
  r.style.display = r.textContent.toLowerCase().includes(e.target.value.toLowerCase()) ? '' : 'none'; });</script>"""


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    routes = {"/tc/tags": TAGS, "/tc/spanned": SPANNED, "/tc/searched": SEARCHED}
    return sentences.runner(browser_host, pages, tmp_path, routes, timeouts=model.Timeouts(action_ms=2000, assertion_ms=1000))


@pytest.mark.parametrize(("steps", "path"), [
    (['Verify the Document count for "Paid" is 26', 'Verify the document count for "Unpaid" is "3"',
      'Verify the matching for "Holiday 2026" is "Any: 26"', 'Verify the Name column for "Inbox" shows "Inbox"'], "/tc/tags"),
    (['Verify the table has a row "Holiday 2026" with document count 0', 'Verify the row "Paid" has document count 26',
      'Verify the second row has matching "Auto"', "Verify the last row's document count is 0"], "/tc/tags"),
    (['Verify the Status for "DH-4 Printer jam" is "Open"', 'Verify the queue of the second row is "Network"',
      'Verify the status in the row for "VPN down" is "Closed"'], "/tc/spanned"),
])
def test_the_cell_under_the_column_in_that_row(run: Callable[..., model.Execution], steps: list[str], path: str) -> None:
    execution = run(steps, path)
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


@pytest.mark.parametrize(("step", "path", "error"), [
    ('Verify the document count for "Holiday 2026" is "26"', "/tc/tags", "0"),  # 26 is in the row, under Matching
    ('Verify the document count for "Paid" is 3', "/tc/tags", "26"),  # not Unpaid's 3
    ('Verify the owner for "Paid" is "Ann"', "/tc/tags", "no table has a column titled 'owner'"),
    ('Verify the matching for "Archive" is "None"', "/tc/tags", "a row for 'Archive'"),
    ('Verify the document count for "aid" is "26"', "/tc/tags", "more than one row"),  # in Paid and Unpaid: which?
    ('Verify the queue of the first row is "Network"', "/tc/spanned", "IT"),
])
def test_another_cell_of_the_row_does_not_pass(run: Callable[..., model.Execution], step: str, path: str, error: str) -> None:
    execution = run([step], path)
    assert [s.outcome for s in execution.steps] == [model.Outcome.FAILED]
    assert error in (execution.steps[0].error or "")


@pytest.mark.parametrize("step", ['Type "printer" in the table\'s search box', 'Fill "printer" in the search field of the tickets table'])
def test_the_search_box_a_table_comes_with(run: Callable[..., model.Execution], step: str) -> None:
    execution = run([step, "Verify 1 row is listed", 'Verify "1. Laptop" is not visible'], "/tc/searched")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))

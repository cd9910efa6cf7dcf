"""Table markup of a network inventory: a link wrapped onto two lines in a narrow cell ("ams1-srv-" / "03", the
centre of its box between its lines, on the cell: the gate hit-tests each line's box, so it is clickable, while a
link truly covered is refused), column headers a style shows upper-case ("Name" shown "NAME": both read), and "the
Description field" on a detail page that shows it as a label and its value; "the first row's amount" is its cell
under "How much?"."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

TABLE = """<!doctype html><html><head><style>td { width: 48px; font: 16px/1.9 sans-serif; }</style></head><body><main>
<table><tr><th>Name</th><th>Status</th></tr><tr><td><a href="/wrapped/device">ams1-srv-03</a></td><td>Failed</td></tr></table>
</main></body></html>"""
COVERED = """<!doctype html><html><body><main><a href="/wrapped/device" style="position:absolute;top:10px;left:10px">ams1-srv-03</a>
<div style="position:absolute;top:0;left:0;width:400px;height:100px;background:#fff">Loading…</div></main></body></html>"""
DEVICE = """<!doctype html><html><head><title>ams1-srv-03 (AT-1007)</title></head><body><h1>ams1-srv-03</h1></body></html>"""


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    routes = {"/wrapped/table": TABLE, "/wrapped/covered": COVERED, "/wrapped/device": DEVICE}
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("wrapped"), routes,
                            timeouts=model.Timeouts(action_ms=1500, assertion_ms=800))


def test_a_link_wrapped_in_a_narrow_cell_is_clicked(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(['Click the device "ams1-srv-03" in the table', 'Verify the page title contains "AT-1007"'], "/wrapped/table")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


def test_a_covered_link_is_not(run) -> None:  # type: ignore[no-untyped-def]
    assert run(['Click "ams1-srv-03"'], "/wrapped/covered").steps[0].outcome is not model.Outcome.PASSED


UPPER = """<!doctype html><html><head><style>th { text-transform: uppercase; }</style></head><body><main>
<table class="object-list"><tr><th>Name</th><th>Status</th></tr><tr><td>ams1-srv-03</td><td>Failed</td></tr></table></main></body></html>"""


def test_a_header_styled_upper_case_still_says_its_words(run, pages: object) -> None:  # type: ignore[no-untyped-def]
    pages.add("/wrapped/upper", UPPER)  # type: ignore[attr-defined]
    assert not sentences.failures(run(['The table has the column headers "Name" and "Status"'], "/wrapped/upper"))
    assert not sentences.failures(run(['The table shows "NAME"'], "/wrapped/upper"))  # as seen, too
    assert run(['The table shows "Rack"'], "/wrapped/upper").steps[0].outcome is model.Outcome.FAILED


DETAIL = """<!doctype html><html><head><title>fra1-srv-01</title></head><body><main><h1>fra1-srv-01</h1>
<div class="card"><h2 class="card-header">Device</h2><table class="table attr-table">
<tr><th scope="row">Status</th><td><span class="badge">Active</span></td></tr>
<tr><th scope="row">Description</th><td>Staging database server</td></tr></table></div></main></body></html>"""


def test_a_field_said_on_a_page_that_only_shows_it_is_its_labelled_value(run, pages: object) -> None:  # type: ignore[no-untyped-def]
    pages.add("/wrapped/detail", DETAIL)  # type: ignore[attr-defined]
    said = 'Check the Description field on the device page shows "Staging database server"'
    assert not sentences.failures(run([said], "/wrapped/detail"))
    assert run(['Check the Description field shows "Production"'], "/wrapped/detail").steps[0].outcome is model.Outcome.FAILED


BILLS = """<!doctype html><html><head><meta charset="utf-8"></head><body><main><h1>Bills</h1><table class="table"><thead><tr>
<th>When?</th><th>Who paid?</th><th>For what?</th><th>For whom?</th><th>How much?</th><th>Actions</th></tr></thead><tbody>
<tr><td>2025-04-18</td><td>Alice</td><td>Dishwasher repair</td><td>Everyone</td><td>€65.00 (€13.00 each)</td><td><a href="#">edit</a></td></tr>
<tr><td>2025-04-10</td><td>Bob</td><td>Pizza night</td><td>Everyone</td><td>€40.00 (€8.00 each)</td><td><a href="#">edit</a></td></tr>
</tbody></table></main></body></html>"""


def test_a_rows_amount_is_its_how_much_cell(run, pages: object) -> None:  # type: ignore[no-untyped-def]
    pages.add("/wrapped/bills", BILLS)  # type: ignore[attr-defined]
    said = ["The first row's amount is \"€65.00 (€13.00 each)\"", "The second row's amount is \"€40.00 (€8.00 each)\""]
    assert not sentences.failures(run(said, "/wrapped/bills"))
    assert run(["The first row's amount is \"€40.00 (€8.00 each)\""], "/wrapped/bills").steps[0].outcome is model.Outcome.FAILED

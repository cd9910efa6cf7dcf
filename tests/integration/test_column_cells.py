"""A column named for what it shows ("the E-mail column contains dave@acme.test") is checked in its cells: its header
only names it. In a plain table (a colspan before it counted) and in a grid drawn with ARIA roles whose header and
rows sit in separate boxes (ag-grid's aria-colindex). A row header names the cells after it in its row (an issue
tracker's details: "Priority | critical | Status | chatting"). Rows numbered by class (a wiki's "row1", "row2") are
one kind of row: an entry named in one of them is checked in its row."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

TABLE = """<!doctype html><html><head><title>Team</title></head><body><h1>Team</h1>
<table><thead><tr><th colspan="2">Person</th><th>E-mail</th><th>Role</th></tr></thead>
<tbody><tr><td>1</td><td>Alice Archer</td><td>alice@acme.test</td><td>Project lead</td></tr>
<tr><td>2</td><td>Dave Diaz</td><td>dave@acme.test</td><td>Developer</td></tr></tbody></table></body></html>"""

GRID = """<!doctype html><html><head><title>Runs</title></head><body><h1>Runs</h1>
<div role="grid"><div class="header"><div role="row"><div role="columnheader" aria-colindex="1">Run name</div>
<div role="columnheader" aria-colindex="2">Created by</div></div></div>
<div class="body"><div role="row"><div role="gridcell" aria-colindex="1">gbm-v2</div><div role="gridcell" aria-colindex="2">alice</div></div>
<div role="row"><div role="gridcell" aria-colindex="1">gbm-v3</div><div role="gridcell" aria-colindex="2">bob</div></div></div></div>
</body></html>"""


DETAILS = """<!doctype html><html><head><title>Issue 4</title></head><body><h1>Issue 4</h1>
<table class="form"><tr><th>Title</th><td colspan="3">Checkout total rounds VAT incorrectly</td></tr>
<tr><th>Priority</th><td>critical</td><th>Status</th><td>chatting</td></tr>
<tr><th>Assigned To</th><td>bob</td><th>Keywords</th><td>billing</td></tr></table></body></html>"""


NUMBERED_ROWS = """<!doctype html><html><head><title>Projects</title></head><body><h1>Projects</h1>
<table class="inline"><thead><tr class="row0"><th class="col0">Project</th><th class="col1">Lead</th><th class="col2">Status</th></tr></thead>
<tr class="row1"><td class="col0"><a href="/apollo">Apollo</a></td><td class="col1">Alice Archer</td><td class="col2">Active</td></tr>
<tr class="row2"><td class="col0"><a href="/borealis">Borealis</a></td><td class="col1">Dave Diaz</td><td class="col2">On hold</td></tr>
<tr class="row3"><td class="col0"><a href="/cascade">Cascade</a></td><td class="col1">Bob Brown</td><td class="col2">Active</td></tr>
</table></body></html>"""


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    return sentences.runner(browser_host, pages, tmp_path, {"/cc/team": TABLE, "/cc/runs": GRID, "/cc/issue4": DETAILS, "/cc/projects": NUMBERED_ROWS},
                            timeouts=model.Timeouts(action_ms=3000, assertion_ms=1500))


@pytest.mark.parametrize(("path", "sentence"), [
    ("/cc/team", "Verify the e-mail column contains dave@acme.test"),
    ("/cc/team", "The Role column shows Developer"),
    ("/cc/runs", "The Created by column shows bob"),
    ("/cc/runs", "Verify the run name column contains gbm-v3"),
    ("/cc/issue4", 'Verify Priority shows "critical" and Status shows "chatting"'),
    ("/cc/projects", 'Verify Borealis is "On hold"'),
])
def test_a_column_is_checked_in_its_cells(run: Callable[..., model.Execution], path: str, sentence: str) -> None:
    execution = run([sentence], path)
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


@pytest.mark.parametrize(("path", "sentence"), [
    ("/cc/team", "Verify the e-mail column contains Developer"),  # in the row, not in that column
    ("/cc/team", "The Role column shows dave@acme.test"),
    ("/cc/runs", "The Created by column shows gbm-v2"),
    ("/cc/issue4", 'Verify Status shows "critical"'),  # the cell before it in its row is another header's
    ("/cc/issue4", 'Verify Priority shows "chatting"'),  # in its row, after the next header: Status's
])
def test_a_text_of_another_column_fails_naming_what_the_column_shows(run: Callable[..., model.Execution], path: str, sentence: str) -> None:
    [step] = run([sentence], path).steps
    assert step.outcome is model.Outcome.FAILED
    assert "a cell headed by" in (step.error or "") and "its cells show" in (step.error or ""), step.error


def test_an_entry_of_a_numbered_row_is_checked_in_its_row(run: Callable[..., model.Execution]) -> None:
    [step] = run(['Verify Borealis is "Active"'], "/cc/projects").steps  # Apollo's and Cascade's status, not Borealis's
    assert step.outcome is model.Outcome.FAILED and "On hold" in (step.error or ""), step.error


def test_a_header_that_says_the_text_itself_is_read_as_said(run: Callable[..., model.Execution], pages: object) -> None:
    pages.add("/cc/members", """<!doctype html><html><head><title>Members</title></head><body><table>
<thead><tr><th style="text-transform: uppercase">12 members</th><th>Status</th></tr></thead>
<tbody><tr><td>Ada</td><td>Free</td></tr></tbody></table></body></html>""")  # type: ignore[attr-defined]
    execution = run(['Verify the list header says "12 members"'], "/cc/members")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))

"""Markup of a server-rendered wiki: a breadcrumb whose last entry is plain text beside two buttons only titled with
it ("Sub-articles for Database Failover"), a results table whose header row sits in tbody (the first result is the
first data row), a "locked" label that is a word beside an icon in the heading (no badge box), rows said with their
cells joined by commas, and a help desk's ticket: "the new status" that is a group of radios under a legend, and "the
Assigned To dropdown" named by the caption over the form that holds it; "the welcome banner", a box only described,
is the one showing the text. Each check has a case that must fail."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

ARTICLE = """<!doctype html><html><body>
<div id="article-breadcrumbs"><nav aria-label="breadcrumb"><ol class="breadcrumb">
<li class="breadcrumb-item"><a href="/wiki/">Handbook</a></li><li class="breadcrumb-item"><a href="/wiki/ops/">Operations</a></li>
<li class="breadcrumb-item active">Database Failover</li></ol></nav>
<div class="btn-group"><button class="btn dropdown-toggle" type="button" title="Sub-articles for Database Failover"><span class="fa fa-sitemap"></span></button></div>
<div class="btn-group"><button class="btn dropdown-toggle" type="button" title="Sub-articles for Database Failover"><span class="fa fa-file"></span></button></div>
</div>
<h1 id="article-title">Glossary <small><a href="/wiki/glossary/"><span class="fa fa-bookmark"></span> glossary</a>
<span class="fa fa-lock"></span> locked</small></h1>
<table class="table"><tbody><tr><th>Date</th><th>Holiday</th></tr>
<tr><td>1 January</td><td>New Year's Day</td></tr><tr><td>26 December</td><td>Boxing Day</td></tr></tbody></table>
</body></html>"""

RESULTS = """<!doctype html><html><body><p>Your search returned 2 results.</p><table class="table table-striped"><tbody>
<tr><th>Title</th><th>Last modified</th></tr>
<tr><td><a href="/wiki/remote/">Remote Work Policy<br><small>/people/remote-work/</small></a></td><td>4 months ago</td></tr>
<tr><td><a href="/wiki/expense/">Expense Policy<br><small>/people/expense-policy/</small></a></td><td>5 months ago</td></tr>
</tbody></table></body></html>"""


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    routes = {"/wiki/article": ARTICLE, "/wiki/results": RESULTS}
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("wiki"), routes,
                            timeouts=model.Timeouts(action_ms=1500, assertion_ms=800))


def _failed(execution: model.Execution) -> bool:
    return any(step.outcome is model.Outcome.FAILED for step in execution.steps)


def test_the_breadcrumbs_last_entry_is_its_text_not_a_button_titled_with_it(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(["The breadcrumb reads Handbook, Operations, Database Failover"], "/wiki/article")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    assert _failed(run(["The breadcrumb reads Handbook, Runbooks"], "/wiki/article"))


def test_the_first_result_is_the_first_data_row_under_a_header_row_in_tbody(run) -> None:  # type: ignore[no-untyped-def]
    said = ["The first result is Remote Work Policy and the second is Expense Policy"]
    execution = run(said, "/wiki/results")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    assert _failed(run(["The first result is Expense Policy"], "/wiki/results"))


def test_a_quoted_label_with_no_badge_box_is_the_word_shown(run) -> None:  # type: ignore[no-untyped-def]
    assert not sentences.failures(run(['A "locked" label is shown next to the title'], "/wiki/article"))
    assert _failed(run(['A "archived" label is shown next to the title'], "/wiki/article"))


def test_a_rows_cells_said_with_commas_are_checked_in_that_row(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(["The first row is 1 January, New Year's Day", "The last row is 26 December, Boxing Day"], "/wiki/article")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    assert _failed(run(["The first row is 1 January, Boxing Day"], "/wiki/article"))


RESPOND = """<!doctype html><html><body><form><label for="comment">Comment / Resolution</label><textarea id="comment"></textarea>
<fieldset><legend class="form-label">New Status</legend>
<div><input type="radio" name="new_status" value="1" id="st_open" checked><label for="st_open">Open</label></div>
<div><input type="radio" name="new_status" value="3" id="st_resolved"><label for="st_resolved">Resolved</label></div>
<div><input type="radio" name="new_status" value="4" id="st_closed"><label for="st_closed">Closed</label></div></fieldset>
<button type="button">Update This Ticket</button></form></body></html>"""


def test_a_value_chosen_in_a_group_of_radios_named_as_a_dropdown(run, pages: object) -> None:  # type: ignore[no-untyped-def]
    pages.add("/wiki/respond", RESPOND)  # type: ignore[attr-defined]
    execution = run(["Open is selected as the New Status", "Choose Resolved as the new status",
                     "Resolved is selected as the New Status"], "/wiki/respond")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    assert _failed(run(["Closed is selected as the New Status"], "/wiki/respond"))
    assert _failed(run(["Choose Pending as the new status"], "/wiki/respond"))  # no such radio: never another one


TICKET = """<!doctype html><html><body><div class="row">
<div class="col"><small class="text-uppercase">Priority</small><p>2. High</p></div>
<div class="col"><small class="text-uppercase">Assigned To</small>
<form method="post" action="/update/"><input type="hidden" name="ticket_id" value="1">
<div class="d-flex"><div class="input-group"><select name="owner"><option value="0">Unassigned</option>
<option value="2" selected>Maria Lopez</option><option value="3">Tom Nguyen</option></select>
<button type="button" aria-label="Save ticket assignment">✓</button></div></div></form></div></div></body></html>"""


def test_a_dropdown_named_by_the_caption_over_the_form_that_holds_it(run, pages: object) -> None:  # type: ignore[no-untyped-def]
    pages.add("/wiki/ticket", TICKET)  # type: ignore[attr-defined]
    assert not sentences.failures(run(["The Assigned To dropdown has Maria Lopez selected"], "/wiki/ticket"))
    assert _failed(run(["The Assigned To dropdown has Tom Nguyen selected"], "/wiki/ticket"))


HOME = """<!doctype html><html><body><header><a href="/">Wiki</a></header><main>
<div class="home-page-header"><h1>Welcome to the wiki, <b>maria</b>!</h1></div>
<section><h2>Suppliers</h2><table><tr><td>Fjord Machinery</td></tr></table><p>Showing 1–8 of 8</p></section></main></body></html>"""


def test_a_box_only_described_is_the_one_that_shows_the_text(run, pages: object) -> None:  # type: ignore[no-untyped-def]
    pages.add("/wiki/home", HOME)  # type: ignore[attr-defined]
    said = ['The welcome banner says "Welcome to the wiki, maria!"', 'The suppliers table shows "Showing 1–8 of 8"']
    execution = run(said, "/wiki/home")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    assert _failed(run(['The welcome banner says "Welcome to the wiki, bob!"'], "/wiki/home"))


CONFIRM = """<!doctype html><html><body><main><form><h1>Delete a Note</h1><p>Are you sure you want to delete Note?</p>
<button type="submit">Delete</button></form></main></body></html>"""


def test_a_quoted_text_described_by_a_kind_no_box_is_the_text_shown(run, pages: object) -> None:  # type: ignore[no-untyped-def]
    pages.add("/wiki/confirm", CONFIRM)  # type: ignore[attr-defined]
    assert not sentences.failures(run(['Check the question "Are you sure you want to delete Note?"'], "/wiki/confirm"))
    assert _failed(run(['Check the question "Are you sure you want to delete Tag?"'], "/wiki/confirm"))


def test_an_error_box_said_is_never_a_text_shown_elsewhere(run, pages: object) -> None:  # type: ignore[no-untyped-def]
    pages.add("/wiki/plain", """<!doctype html><html><body><main><p>Invalid password</p></main></body></html>""")  # type: ignore[attr-defined]
    assert _failed(run(['The error box says "Invalid password"'], "/wiki/plain"))

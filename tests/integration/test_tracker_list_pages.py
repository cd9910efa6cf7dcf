"""An issue tracker's pages as a server-rendered app we did not write draws them: the issue list a table whose footer
row holds the pager's own table, a sort form laid out as a table below it; a ticket form with a Preview button above
the preview box. "3 issues are listed" counts the list's rows, never the form's; "the preview shows X" reads the box."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser


def _row(number: int, title: str, status: str) -> str:
    return f'<tr><td>{number}</td><td><a href="/issue{number}">{title}</a></td><td>{status}</td></tr>'


ISSUES = ("<!doctype html><html><head><title>List of issues - Harbor</title></head><body><header><h2>List of issues</h2>"
          "<form action='issue'><input name='@search_text'><input type='submit' value='Search'></form></header>"
          "<nav aria-label='Main'><p class='classblock'><b>Issues</b><br><a href='/new'>Create New</a><br>"
          "<a href='/issues'>Show Unassigned</a><br><input type='submit' class='form-small' value='Show issue:'>"
          "<input class='form-small' size='4' name='@number'></p></nav><main><form class='index-controls' action='issue'>"
          "<table class='list'><tr><th>ID</th><th>Title</th><th>Status</th></tr>"
          "<tr><th colspan='3' class='group'>urgent</th></tr>"
          + _row(8, "Password reset email never arrives", "unread") + _row(2, "Export to CSV drops the last row", "unread")
          + "<tr><th colspan='3' class='group'>feature</th></tr>" + _row(3, "Dark mode for the dashboard", "in-progress")
          + "<tr><th colspan='3'><table width='100%'><tr class='navigation'><th>&nbsp;</th><th>1..3 out of 3</th><th>&nbsp;</th></tr></table></th></tr>"
          "</table><table class='form'>"
          "<tr><th>Sort on:</th><td><select name='@sort0'><option>activity</option><option>title</option></select></td>"
          "<th>Descending:</th><td><input type='checkbox' name='@sortdir0'></td></tr>"
          "<tr><th></th><td><select name='@sort1'><option>title</option></select></td>"
          "<th>Descending:</th><td><input type='checkbox' name='@sortdir1'></td></tr>"
          "<tr><th>Group on:</th><td><select name='@group0'><option>priority</option></select></td>"
          "<th>Descending:</th><td><input type='checkbox' name='@groupdir0'></td></tr>"
          "<tr><th></th><td><select name='@group1'><option>status</option></select></td>"
          "<th>Descending:</th><td><input type='checkbox' name='@groupdir1'></td></tr>"
          "<tr><td colspan='4'><input type='submit' value='Redisplay'></td></tr></table></form></main></body></html>")

NEW_TICKET = ("<!doctype html><html><body><h1>Create New Ticket</h1><form><label>Summary <input name='summary' "
              "value='Checkout button overlaps the footer'></label><input type='submit' name='preview' value='Preview'>"
              "<input type='submit' value='Create ticket'></form><div id='ticket' class='ticket'><h2 class='summary'>"
              "Checkout button overlaps the footer</h2><p>(ticket not yet created)</p></div></body></html>")


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("tracker"), {
        "/issues": ISSUES, "/newticket": NEW_TICKET,
    }, timeouts=model.Timeouts(action_ms=1500, assertion_ms=1500))


def test_the_issues_listed_are_the_list_tables_rows(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(["Exactly 3 issues are listed"], "/issues")
    assert model.settle_verdict(execution) is model.Verdict.PASSED, sentences.failures(execution)


def test_a_wrong_count_of_issues_fails(run) -> None:  # type: ignore[no-untyped-def]
    step = run(["Exactly 4 issues are listed"], "/issues").steps[-1]
    assert step.outcome is model.Outcome.FAILED and "found 3" in (step.error or ""), step


def test_the_preview_is_the_box_never_the_preview_button(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(['Then the preview shows "(ticket not yet created)"'], "/newticket")
    assert model.settle_verdict(execution) is model.Verdict.PASSED, sentences.failures(execution)


def test_the_preview_saying_something_else_fails(run) -> None:  # type: ignore[no-untyped-def]
    step = run(['Then the preview shows "Ticket #12 created"'], "/newticket").steps[-1]
    assert step.outcome is model.Outcome.FAILED, step

"""An issue tracker's server-rendered markup, as Redmine writes it: table rows whose classes each say what the row holds
("issue odd tracker-1 status-2 priority-4") are one list all the same; a field shown on a details page as a label in a
box of its own beside its value box; a bold word starting a line that titles the list under it; a Watch link whose
star is a "fav" icon; the administration menu a box whose id says so; a row's value said
with its column ("the first row shows priority Low"), or every row's ("every row has Bug in the Tracker column"); a
section named by its heading. Each fails when the page disagrees."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_ROW = ('<tr id="issue-{n}" class="hascontextmenu {parity} issue tracker-{t} status-{s} priority-{p} {level}">'
        '<td class="id">{n}</td><td class="tracker">{tracker}</td><td class="status">{status}</td>'
        '<td class="priority">{priority}</td><td class="subject"><a href="/tracker/issue">{subject}</a></td></tr>')
_ISSUES = [(12, 1, "Bug", 1, "New", 1, "Low", "priority-lowest", "Typo on the About us page"),
           (6, 1, "Bug", 2, "In Progress", 3, "High", "priority-high2", "Mobile menu does not close"),
           (4, 2, "Feature", 1, "New", 2, "Normal", "priority-default", "Dark mode toggle"),
           (3, 1, "Bug", 1, "New", 4, "Urgent", "priority-high3", "Checkout fails on Safari"),
           (1, 3, "Support", 2, "In Progress", 5, "Immediate", "priority-highest", "Contact form does not send")]
ISSUES = ('<div id="admin-menu"><ul><li><a class="projects" href="#projects">Projects</a></li><li><a class="users" href="#users">Users</a></li></ul></div>'
          '<h2>Issues</h2><table class="list issues"><thead><tr><th>#</th><th>Tracker</th><th>Status</th><th>Priority</th><th>Subject</th></tr></thead><tbody>'
          + "".join(_ROW.format(n=n, parity="odd" if i % 2 == 0 else "even", t=t, tracker=tr, s=s, status=st, p=p, priority=pr, level=lv, subject=su)
                    for i, (n, t, tr, s, st, p, pr, lv, su) in enumerate(_ISSUES))
          + '</tbody></table><p><a href="#reports">Reports</a></p>')
BUGS = ('<h2>Open bugs</h2><table class="list issues"><thead><tr><th>#</th><th>Tracker</th><th>Status</th><th>Priority</th><th>Subject</th></tr></thead><tbody>'
        + "".join(_ROW.format(n=n, parity="odd" if i % 2 == 0 else "even", t=t, tracker=tr, s=s, status=st, p=p, priority=pr, level=lv, subject=su)
                  for i, (n, t, tr, s, st, p, pr, lv, su) in enumerate(r for r in _ISSUES if r[2] == "Bug"))
        + "</tbody></table>")
_WATCH = ('<div class="contextual"><a class="icon icon-edit" href="#edit">Edit</a> '
          '<a class="icon icon-fav-off" data-method="post" href="/tracker/issue/watch">Watch</a></div>')
ISSUE = (_WATCH + '<h2>Feature #2</h2><div class="subject"><h3>Add dark mode toggle</h3></div>'
         '<div class="attributes"><div class="status attribute"><div class="label">Status:</div><div class="value">In Progress</div></div>'
         '<div class="list_cf cf_1 attribute"><div class="label"><span>Browser</span>:</div><div class="value">Firefox</div></div></div>'
         '<div id="issue_tree"><p><strong>Subtasks</strong> <span class="issues-stat">1 (1 open)</span></p>'
         '<table class="list issues"><tr class="issue"><td class="subject"><a href="#">Design dark colour palette</a></td></tr></table></div>'
         '<div id="relations"><p><strong>Related issues</strong></p><table class="list issues"><tr class="issue"><td><a href="#">Logo redraw</a></td></tr></table></div>'
         '<div id="history"><h3>History</h3><p>Updated by Bob Chen</p></div>')


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    routes = {"/tracker/issues": ISSUES, "/tracker/issue": ISSUE, "/tracker/bugs": BUGS}
    return sentences.runner(browser_host, pages, tmp_path, routes, timeouts=model.Timeouts(action_ms=2000, assertion_ms=1000))


@pytest.mark.parametrize(("steps", "path"), [
    (["Verify 5 issues are listed", "Verify the first row shows priority Low", "Verify the second row shows status In Progress"], "/tracker/issues"),
    (['Click "Users" in the administration menu', "Verify the URL ends with #users"], "/tracker/issues"),
    (["Verify 3 issues are listed", "Verify every row has Bug in the Tracker column", "Verify the Tracker column shows Bug in every row"],
     "/tracker/bugs"),
    (["Verify the Browser field shows Firefox", 'Verify the Subtasks section lists "Design dark colour palette"',
      "Verify the History section is visible"], "/tracker/issue"),
    (['Verify the star link says "Watch"', "Click the Watch link", "Verify the URL ends with /tracker/issue/watch"], "/tracker/issue"),
])
def test_a_trackers_markup_read_as_a_person_reads_it(run: Callable[..., model.Execution], steps: list[str], path: str) -> None:
    execution = run(steps, path)
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


@pytest.mark.parametrize(("steps", "path"), [
    (["Verify 1 issue is listed"], "/tracker/issues"),  # before, a false pass: each row's classes its own kind, one each
    (["Verify 4 issues are listed"], "/tracker/issues"),
    (["Verify the first row shows priority High"], "/tracker/issues"),  # High is in the second row's Priority cell
    (["Verify the second row shows priority Bug"], "/tracker/issues"),  # "Bug" is in that row, not under Priority
    (["Verify every row has Bug in the Tracker column"], "/tracker/issues"),  # a Feature and a Support among them
    (["Verify every row has Bug in the Status column"], "/tracker/bugs"),  # "Bug" in every row, but not under Status
    (["Verify the Status column shows New in every row"], "/tracker/bugs"),  # #6 is In Progress
    (['Click "Reports" in the administration menu'], "/tracker/issues"),  # Reports is on the page, not in that menu
    (["Verify the Browser field shows Chrome"], "/tracker/issue"),
    (['Verify the Subtasks section lists "Logo redraw"'], "/tracker/issue"),  # a related issue, not a subtask
    (['Verify the star link says "Unwatch"'], "/tracker/issue"),
])
def test_what_the_tracker_does_not_show_fails(run: Callable[..., model.Execution], steps: list[str], path: str) -> None:
    assert run(steps, path).steps[-1].outcome is model.Outcome.FAILED

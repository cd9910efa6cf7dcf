"""Admin-panel markup on pages these tests serve: icon-font glyphs named by what they show (with synonyms), table
rows that are not records (filters, "No data" placeholders), state classes that move after a locator was learned,
and a spinner that never goes away."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.execution import execute
from pacts_farm.planning import plan
from pacts_farm.browser import chromium
from tests.integration import sentences
from tests.integration.learned import LearnedLocators

pytestmark = pytest.mark.browser

_SAY = "<p id='out'></p><script>function say(t) { document.getElementById('out').textContent = t; }</script>"
ICON_FONTS = f"""<!doctype html><html><head><title>Icons</title><style>i, .material-icons {{ display: inline-block; min-width: 14px; height: 14px }}</style></head><body>
<button type="button" onclick="say('trashed')"><i class="fa fa-trash"></i></button>
<button type="button" onclick="say('edited')"><i class="bi bi-pencil"></i></button>
<button type="button" onclick="say('configured')"><i class="fa fa-cog"></i></button>
<button type="button" onclick="say('searched')"><i class="anticon anticon-search"></i></button>
<button type="button" onclick="say('refreshed')"><i class="el-icon-refresh"></i></button>{_SAY}</body></html>"""
LIGATURES = f"""<!doctype html><html><head><title>Ligatures</title></head><body>
<button type="button" onclick="say('deleted')"><span class="material-icons">delete</span></button>
<button type="button" onclick="say('edited')"><span class="material-icons">edit</span></button>{_SAY}</body></html>"""

_HEAD = "<thead><tr><th>Name</th><th>Role</th><th>Actions</th></tr></thead>"
_FILTER = ('<tr class="filters"><td><input placeholder="Filter name"></td><td><select><option>any</option><option>admin</option>'
           "</select></td><td></td></tr>")
_ROWS = "".join(f"<tr><td>{n}</td><td>{r}</td><td><button type='button'>Open</button></td></tr>"
                for n, r in (("Ana", "admin"), ("Ben", "editor"), ("Cy", "visitor")))
ROWS = f"<!doctype html><html><head><title>Rows</title></head><body><table>{_HEAD}<tbody>{_FILTER}{_ROWS}</tbody></table></body></html>"
NO_ROWS = (f"<!doctype html><html><head><title>Rows</title></head><body><table>{_HEAD}<tbody>{_FILTER}"
           '<tr class="empty"><td colspan="3">No records</td></tr></tbody></table></body></html>')

_TOGGLES = """<!doctype html><html><head><title>Toggles</title><style>i { display: inline-block; width: 14px; height: 14px }</style></head><body>
<span class="view-toggle{grid}" onclick="say('grid view')"><i class="fa fa-th"></i></span>
<span class="view-toggle{list}" onclick="say('list view')"><i class="fa fa-list"></i></span>""" + _SAY + "</body></html>"
LIST_ACTIVE = _TOGGLES.replace("{grid}", "").replace("{list}", " is-active")
GRID_ACTIVE = _TOGGLES.replace("{grid}", " is-active").replace("{list}", "")

PASSWORD = """<!doctype html><html><head><title>Sign in</title></head><body>
<svg style="display: none"><symbol id="icon-eye" viewBox="0 0 10 10"><circle cx="5" cy="5" r="4"/></symbol></svg>
<label for="pw">Password</label> <input id="pw" type="password">
<span class="show-pwd" onclick="const f = document.getElementById('pw'); f.type = f.type === 'password' ? 'text' : 'password'">
<svg class="svg-icon" aria-hidden="true" width="16" height="16"><use href="#icon-eye"></use></svg></span></body></html>"""

# cells whose textContent runs together ("12015-12-09"), an Add button whose icon glyph is called edit, roles printed over lines
ARTICLES = f"""<!doctype html><html><head><title>Articles</title></head><body>
<button type="button" class="el-button"><i class="el-icon-edit"></i><span>Add</span></button>
<table><thead><tr><th>ID</th><th>Date</th><th>Actions</th></tr></thead><tbody>""" + "".join(
    f"<tr><td>{n}</td><td>{day}</td><td><button type='button' onclick=\"say('editing {n}')\">Edit</button></td></tr>"
    for n, day in ((1, "2015-12-09"), (2, "2016-01-31"), (3, "2017-02-28"))) + f"""</tbody></table>
<div>Your roles: [
  "admin"
]</div>{_SAY}</body></html>"""

SPINNER = f"""<!doctype html><html><head><title>Spinner</title></head><body>
<div class="sync-spinner" style="width: 16px; height: 16px; border: 2px solid #999"></div>
<button type="button" onclick="say('saved')">Save</button>{_SAY}</body></html>"""


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[[list[str], str], model.Execution]:
    routes = {"/am/icons": ICON_FONTS, "/am/ligatures": LIGATURES, "/am/rows": ROWS, "/am/no-rows": NO_ROWS, "/am/spinner": SPINNER,
              "/am/password": PASSWORD, "/am/articles": ARTICLES}
    return sentences.runner(browser_host, pages, tmp_path, routes, timeouts=model.Timeouts(action_ms=2000, assertion_ms=1500))


def _errors(execution: model.Execution) -> list[tuple[str, str | None]]:
    return [(s.text, s.error) for s in execution.steps if s.error]


@pytest.mark.parametrize(("path", "steps"), [
    ("/am/icons", ["Click the bin icon", 'Verify the page shows "trashed"', "Click the pencil icon", 'Verify the page shows "edited"',
                   "Click the gear icon", 'Verify the page shows "configured"', "Click the magnifier icon",
                   'Verify the page shows "searched"', "Click the refresh icon", 'Verify the page shows "refreshed"']),
    ("/am/icons", ["Click the delete icon", 'Verify the page shows "trashed"', "Click the edit icon", 'Verify the page shows "edited"',
                   "Click the settings icon", 'Verify the page shows "configured"', "Click the search icon", 'Verify the page shows "searched"']),
    ("/am/ligatures", ["Click the trash icon", 'Verify the page shows "deleted"', "Click the pencil icon", 'Verify the page shows "edited"']),
])
def test_icon_font_glyph_names_the_control(run: Callable[[list[str], str], model.Execution], path: str, steps: list[str]) -> None:
    execution = run(steps, path)
    assert model.settle_verdict(execution) is model.Verdict.PASSED, _errors(execution)


@pytest.mark.parametrize(("path", "steps"), [
    ("/am/rows", ["Verify 3 rows are listed", 'Verify the first row shows "Ana"', 'Verify the last row shows "Cy"',
                  'Verify the row for "Ben" shows "editor"', 'Verify the table shows "visitor"']),
    ("/am/no-rows", ["Verify the table has no rows", 'Verify the table shows "No records"']),
])
def test_filter_and_placeholder_rows_are_not_records(run: Callable[[list[str], str], model.Execution], path: str, steps: list[str]) -> None:
    execution = run(steps, path)
    assert model.settle_verdict(execution) is model.Verdict.PASSED, _errors(execution)


def test_placeholder_row_is_not_a_first_row(run: Callable[[list[str], str], model.Execution]) -> None:
    execution = run(["Verify at least 1 row is listed"], "/am/no-rows")
    assert model.settle_verdict(execution) is model.Verdict.FAILED


def test_a_spinner_that_never_goes_away_does_not_fail_the_step(run: Callable[[list[str], str], model.Execution]) -> None:
    execution = run(["Click Save", 'Verify the page shows "saved"'], "/am/spinner")
    assert model.settle_verdict(execution) is model.Verdict.PASSED, _errors(execution)


def test_learned_locator_survives_a_state_class_moving(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> None:
    """Learned while the list toggle was the active one; on the next run the grid is active: no heal, same element."""
    pages.add("/am/list-active", LIST_ACTIVE)  # type: ignore[attr-defined]
    pages.add("/am/grid-active", GRID_ACTIVE)  # type: ignore[attr-defined]
    origin = pages.origin  # type: ignore[attr-defined]
    steps = ["Click the list icon", 'Verify the page shows "list view"']

    def run(path: str, memory: object = None) -> model.Execution:
        item = model.Item(key="k", requirement_id="k", title="k", start_url=origin + path, steps=tuple(model.SuiteStep(text=s) for s in steps))
        with browser_host.session(artifacts_dir=tmp_path / "item", allowed_origins=(origin,), trace="off") as session:
            return execute.run_plan(session, plan.make_plan(item, base_url=origin), environ={}, memory=memory,  # type: ignore[arg-type]
                                    timeouts=model.Timeouts(action_ms=2000, assertion_ms=1500))

    cold = run("/am/list-active")
    assert model.settle_verdict(cold) is model.Verdict.PASSED, _errors(cold)
    learned = cold.steps[0].resolution
    assert learned is not None and "is-active" not in learned.locator.describe()
    warm = run("/am/grid-active", LearnedLocators(cold))
    assert model.settle_verdict(warm) is model.Verdict.PASSED, _errors(warm)
    assert not warm.heals


_REVEAL = ['Fill "secret99" in the Password field', 'Verify the Password field has attribute "type" equal to "password"']
_GONE = 'Verify the Password field no longer has attribute "type" equal to "password"'


def test_attribute_no_longer_equal_passes_once_it_changed(run: Callable[[list[str], str], model.Execution]) -> None:
    execution = run([*_REVEAL, "Click the eye icon", _GONE, 'Verify the Password field has value "secret99"'], "/am/password")
    assert model.settle_verdict(execution) is model.Verdict.PASSED, _errors(execution)


def test_attribute_no_longer_equal_fails_while_it_still_is(run: Callable[[list[str], str], model.Execution]) -> None:
    execution = run([*_REVEAL, _GONE], "/am/password")
    assert [s.index for s in execution.steps if s.outcome is model.Outcome.FAILED] == [2], _errors(execution)


def test_text_as_shown_positions_and_white_space(run: Callable[[list[str], str], model.Execution]) -> None:
    """"1" is the first cell, not part of "12015"; the 2nd Edit is a row's button, not the Add button's edit glyph;
    a value printed over several lines reads as one line."""
    execution = run(['Verify the first row shows "1"', "Click Edit in the 2nd row", 'Verify the page shows "editing 2"',
                     'Verify the page shows Your roles: [ "admin" ]'], "/am/articles")
    assert model.settle_verdict(execution) is model.Verdict.PASSED, _errors(execution)


def test_a_number_is_not_found_inside_a_longer_one(run: Callable[[list[str], str], model.Execution]) -> None:
    execution = run(['Verify the first row shows "12015"'], "/am/articles")
    assert model.settle_verdict(execution) is model.Verdict.FAILED

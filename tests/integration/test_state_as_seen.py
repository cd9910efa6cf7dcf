"""What a person sees: a pagination link in an item the markup marks disabled (Bootstrap's li.page-item.disabled) is
disabled, the live one is enabled; a button with the disabled property is disabled, one with only a "disabled" class
says nothing (its property says it); a heading is a heading, never a link of that name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from pacts_farm.report import export
from tests.integration import sentences

pytestmark = pytest.mark.browser

PAGE = """<!doctype html><html><head><title>Bookmarks</title></head><body><main><h1>Bookmarks</h1>
<ul class="bookmarks"><li>Real Python</li><li>Git Book</li></ul>
<ul class="pagination"><li class="page-item"><a href="?page=1">Previous</a></li><li class="page-item active"><a href="?page=2">2</a></li>
<li class="page-item disabled"><a href="#" tabindex="-1">Next</a></li></ul>
<button type="button" disabled>Save</button><button type="button" class="btn disabled-look">Cancel</button>
<a href="#" aria-disabled="true">Export</a></main></body></html>"""


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    return sentences.runner(browser_host, pages, tmp_path, {"/st/page": PAGE}, timeouts=model.Timeouts(action_ms=3000, assertion_ms=800))


def test_states_as_seen(run: Callable[..., model.Execution]) -> None:
    execution = run(["The Next link is disabled now", "The Previous link is enabled", "The Save button is disabled",
                     "The Cancel button is enabled", "The Export link is disabled"], "/st/page")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


@pytest.mark.parametrize("sentence", ["The Previous link is disabled", "The Next link is enabled", "The Cancel button is disabled"])
def test_a_state_the_page_contradicts_fails(run: Callable[..., model.Execution], sentence: str) -> None:
    (result,) = run([sentence], "/st/page").steps
    assert result.outcome is model.Outcome.FAILED


LOGIN = """<!doctype html><html><head><title>Lighthouse CTF</title></head><body>
<nav><a href="/challenges">Challenges</a> <a href="/login">Login</a></nav><main><h1>Login</h1>
<div class="alert alert-danger">Your username or password is incorrect</div></main></body></html>"""
BOARD = """<!doctype html><html><head><title>Lighthouse CTF</title></head><body>
<nav><a href="/challenges">Challenges</a></nav><main><div class="page-title">Challenges</div></main></body></html>"""


@pytest.mark.parametrize("sentence", ['Verify the page heading says "Challenges"', "The Challenges heading is visible"])
def test_a_heading_is_never_a_link_of_that_name(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path, sentence: str) -> None:
    # a sign-in that failed stays on the login page: its navigation's Challenges link must not pass for the heading
    run = sentences.runner(browser_host, pages, tmp_path, {"/st/login": LOGIN, "/st/board": BOARD},
                           timeouts=model.Timeouts(action_ms=2000, assertion_ms=800))
    (on_login,) = run([sentence], "/st/login").steps
    assert on_login.outcome is model.Outcome.FAILED
    (on_board,) = run([sentence], "/st/board").steps  # a box its markup calls the page title is one
    assert on_board.outcome is model.Outcome.PASSED, on_board.error


NAV = """<!doctype html><html><head><title>Flatshare</title></head><body>
<nav class="navbar"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/bills">Bills</a></li>
<li class="nav-item"><a class="nav-link" href="/settle">Settle</a></li>
<li class="nav-item active"><a class="nav-link" href="/statistics">Statistics</a></li></ul>
<div role="tablist"><button role="tab" aria-selected="false">Monthly</button><button role="tab" aria-selected="true">Yearly</button></div>
<a href="/help" aria-current="false">Help</a><a href="/me" aria-current="page">Profile</a></nav>
<main><h1>Statistics</h1><button type="button">Export</button></main></body></html>"""


def test_the_entry_of_the_page_shown_is_active(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> None:
    # "active" on a link, a tab or an entry: the one its item, aria-current or aria-selected marks; never only enabled
    run = sentences.runner(browser_host, pages, tmp_path, {"/st/nav": NAV}, timeouts=model.Timeouts(action_ms=2000, assertion_ms=800))
    execution = run(['Verify "Statistics" is the active item in the navigation bar', 'Verify "Yearly" is the selected tab',
                     "Verify the Profile link is active", "Verify the Export button is active"], "/st/nav")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    for sentence in ('Verify "Bills" is active in the navigation bar', 'Verify "Monthly" is the selected tab', "Verify the Help link is active"):
        (result,) = run([sentence], "/st/nav").steps
        assert result.outcome is model.Outcome.FAILED, sentence


def test_the_exported_current_entry_check_finds_the_same_entries(browser_host: chromium.BrowserHost, tmp_path: Path) -> None:
    # the exported test's locator marks the entries the farm's own check marks, and no other
    with browser_host.session(artifacts_dir=tmp_path, allowed_origins=()) as session:
        session.page.set_content(NAV)
        marked = {name: session.page.get_by_role(role, name=name, exact=True).locator(export.CURRENT_XPATH).count()
                  for role, name in (("link", "Statistics"), ("link", "Bills"), ("tab", "Yearly"), ("tab", "Monthly"),
                                     ("link", "Profile"), ("link", "Help"))}
    assert marked == {"Statistics": 1, "Bills": 0, "Yearly": 1, "Monthly": 0, "Profile": 1, "Help": 0}


FIELDSET = """<!doctype html><html><head><title>Office Lunches</title></head><body><nav><a href="/">Edit</a></nav><main>
<form><fieldset><legend>Edit this participant</legend><label for="w">Weight</label><input id="w" value="1.00"></fieldset></form>
</main></body></html>"""


def test_a_fieldset_legend_is_the_heading_of_its_form(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> None:
    run = sentences.runner(browser_host, pages, tmp_path, {"/st/member": FIELDSET}, timeouts=model.Timeouts(action_ms=2000, assertion_ms=800))
    execution = run(['The heading reads "Edit this participant"'], "/st/member")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    (link,) = run(['The heading reads "Edit"'], "/st/member").steps  # the navigation's link is never a heading
    assert link.outcome is model.Outcome.FAILED


# a segmented control (two radios, shown by their labels) and tabs: one marks itself unselected, one says nothing
SWITCHES = """<!doctype html><html><head><title>Page</title></head><body><main><h1>Deployment Runbook</h1>
<div role="radiogroup" class="segmented"><input type="radio" name="mode" id="mode-read" value="read" checked
style="position:absolute;opacity:0"><label for="mode-read">Read</label><input type="radio" name="mode" id="mode-edit"
value="edit" style="position:absolute;opacity:0"><label for="mode-edit">Edit</label></div>
<div role="tablist"><button role="tab" aria-selected="true">History</button><button role="tab" aria-selected="false">Comments</button>
<button role="tab">Archive</button></div></main></body></html>"""


@pytest.mark.parametrize(("sentence", "passes"), [
    ('Check that "Read" is now selected and "Edit" is not', True),
    ('Check that "Edit" is now selected and "Read" is not', False),
    ("Verify the Comments tab is not selected", True),
    ("Verify the History tab is not selected", False),
    ("Verify the Archive tab is not selected", False),  # nothing says it is unselected: not passed on silence
])
def test_not_selected_is_said_by_the_page(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path,
                                          sentence: str, passes: bool) -> None:
    run = sentences.runner(browser_host, pages, tmp_path, {"/st/switches": SWITCHES}, timeouts=model.Timeouts(action_ms=2000, assertion_ms=600))
    steps = run([sentence], "/st/switches").steps
    outcomes = [s.outcome for s in steps]
    if passes:
        assert outcomes == [model.Outcome.PASSED] * len(steps), [s.error for s in steps]
    else:
        assert model.Outcome.FAILED in outcomes, outcomes

"""Narrative sentences, as testers wrote them for a kanban board and a bookmark list we did not build, run on pages
of that shape: where first ("In the Backlog list, click …"), where you land, counts followed by names, "Review has 1
card and Done has 3", a list read out in order, "They are, in order, …", "Field: value" lines. Each passes when the
page agrees and fails at the step the page contradicts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_SAY = "document.getElementById('said').textContent = "


def _list(title: str, cards: list[str]) -> str:
    items = "".join(f'<div class="card" onclick="{_SAY}\'opened {c}\'"><span class="card-name">{c}</span></div>' for c in cards)
    return f'<section class="list"><div class="list-header"><h2 class="list-title">{title}</h2></div><div class="cards">{items}</div></section>'


BOARD = ("""<!doctype html><html><head><title>Website Relaunch | Sprint 14</title></head><body>
<header><a href="#" class="logo">Boards</a><span class="user-name">Ada Admin</span></header><main>
<div class="board">""" + _list("Backlog", ["Draft sitemap", "Fix login loop"]) + _list("Review", ["Audit links"])
         + _list("Done", ["Choose fonts", "Kick-off meeting", "Write copy"]) + """</div>
<button type="button" onclick="document.getElementById('add').hidden = false">Add user</button>
<div role="dialog" id="add" aria-labelledby="add-title" hidden><h2 id="add-title">Create user</h2>
<label>E-mail <input id="email"></label><label>Name <input id="name"></label>
<button type="button" onclick="__SAY__ 'saved ' + email.value + ' as ' + document.getElementById('name').value; this.parentElement.hidden = true">Save</button></div>
<p id="said"></p></main></body></html>""").replace("__SAY__", _SAY)

BOOKMARKS = """<!doctype html><html><head><title>Bookmarks</title></head><body><main><h1>Bookmarks</h1><ul class="bookmark-list">
""" + "".join(f'<li class="bookmark"><a href="#">{t}</a> <span class="tag">#{g}</span>{u}</li>' for t, g, u in (
    ("Real Python", "python", ' <span class="badge">Unread</span>'), ("Git Book", "git", ' <span class="badge">Unread</span>'),
    ("The Verge", "news", ' <span class="badge">Unread</span>'))) + """</ul></main></body></html>"""


# a page titled for the noun whose list no markup names: the pages below the list and the side menu are never its items
_SIDE = """<aside class="side-panel"><h2>Bundles</h2><ul><li class="bundle-menu-item"><a href="#">Dev Docs</a></li>
<li class="bundle-menu-item"><a href="#">Weekend</a></li><li class="bundle-menu-item"><a href="#">To Read</a></li></ul></aside>"""
_PAGES = """<ul class="pagination"><li class="page-item"><a href="#">Previous</a></li><li class="page-item"><a href="#">1</a></li>
<li class="page-item"><a href="#">Next</a></li></ul>"""
TITLED = ("""<!doctype html><html><head><title>Bookmarks</title></head><body><main class="bookmarks-page"><h1>Bookmarks</h1>
<div id="list-container"><section><ul>""" + "".join(f'<li><a href="#">{t}</a> <span>#{g}</span></li>' for t, g in (("Tester Home", "qa"), ("Example Domain", "web")))
          + "</ul></section>" + _PAGES + "</div>" + _SIDE + "</main></body></html>")
TITLED_EMPTY = ("""<!doctype html><html><head><title>Bookmarks</title></head><body><main class="bookmarks-page"><h1>Bookmarks</h1>
<div id="list-container"><div class="empty"><p>You have no bookmarks yet</p></div></div>""" + _SIDE + "</main></body></html>")

LOGIN = """<!doctype html><html><head><title>Sign in</title></head><body><header><span class="who"></span></header><main>
<h1>Sign in</h1><form onsubmit="event.preventDefault(); const ok = user.value === 'alice' && pass.value === 'Alice-Pass-1';
 document.getElementById('said').textContent = ok ? 'Welcome back, alice' : 'Wrong password';
 if (ok) document.querySelector('.who').textContent = 'alice'">
<label>Username <input id="user" name="username"></label><label>Password <input id="pass" type="password" name="password"></label>
<button>Continue</button></form><p id="said"></p></main></body></html>"""

# a forum's home page has no sign-in form, only a Login link; the form's own page is called Account, and its header's
# "Log in" link leads away from the form (clicking it there would lose the form)
FORUM = """<!doctype html><html><head><title>Riverbend</title></head><body><header><a href="/nv/account">Login</a></header>
<main><h1>Riverbend forum</h1></main></body></html>"""
ACCOUNT = LOGIN.replace("<title>Sign in</title>", "<title>Account</title>").replace("<h1>Sign in</h1>", "<h1>Your account</h1>").replace(
    '<span class="who"></span>', '<span class="who"></span><a href="/nv/forum">Log in</a>')


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    routes = {"/nv/board": BOARD, "/nv/bookmarks": BOOKMARKS, "/nv/login": LOGIN, "/nv/titled": TITLED, "/nv/titled-empty": TITLED_EMPTY,
              "/nv/forum": FORUM, "/nv/account": ACCOUNT}
    return sentences.runner(browser_host, pages, tmp_path, routes, timeouts=model.Timeouts(action_ms=4000, assertion_ms=1000))


def test_a_board_told_as_a_story(run: Callable[..., model.Execution]) -> None:
    execution = run([
        "I land on the board page at /nv/board",
        "The URL is /nv/board",
        '"Ada Admin" appears at the top right of the header',
        "The lists from left to right are: Backlog, Review, Done",
        "Review has 1 card and Done has 3",
        "The cards in Done are, top to bottom: Choose fonts, Kick-off meeting, Write copy",
        'The Review list has a single card, "Audit links"',
        'In the Backlog list, click "Fix login loop"',
        'Verify the page shows "opened Fix login loop"',
        "Click Add user",
        'A "Create user" dialog opens with the heading "Create user"',
        "E-mail: rita@example.test",
        "Name: Rita",
        "Click Save",
        'The "Create user" dialog is gone and the URL is back to /nv/board',
        'Verify the page shows "saved rita@example.test as Rita"',
    ], "/nv/board")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


def test_a_count_then_they_then_each(run: Callable[..., model.Execution]) -> None:
    execution = run([
        "3 bookmarks are shown, each with an Unread marker",
        "They are, in order, Real Python, Git Book and The Verge",
        '"Git Book" is the second bookmark and "The Verge" is the last',
        'Only 3 bookmarks are listed: "Real Python", "Git Book" and "The Verge"',
    ], "/nv/bookmarks")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


def test_signing_in_as_someone_submits_the_form_whatever_its_button_says(run: Callable[..., model.Execution]) -> None:
    execution = run([
        'I should not see "Welcome back"',
        'Log in as "alice" with password "Alice-Pass-1"',
        'The header shows the user\'s name "alice"',
        'Verify the page shows "Welcome back, alice"',
    ], "/nv/login")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


@pytest.mark.parametrize("path", ["/nv/forum", "/nv/account"])
def test_signing_in_opens_the_login_page_only_where_no_sign_in_form_is_shown(run: Callable[..., model.Execution], path: str) -> None:
    # from the forum's home page its Login link is followed; on the page that shows the form, nothing is clicked
    execution = run(["Log in as alice with password Alice-Pass-1", 'Verify the page shows "Welcome back, alice"'], path)
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


def test_on_a_page_titled_for_the_noun_its_pages_and_menus_are_not_what_is_counted(run: Callable[..., model.Execution]) -> None:
    listed = run(["You are back on the bookmark list with 2 bookmarks", 'The first bookmark is "Tester Home"'], "/nv/titled")
    assert not sentences.failures(listed), "\n".join(sentences.failures(listed))
    empty = run(["No bookmarks are listed"], "/nv/titled-empty")
    assert not sentences.failures(empty), "\n".join(sentences.failures(empty))


@pytest.mark.parametrize(("steps", "path", "failing"), [
    (["Review has 1 card and Done has 4"], "/nv/board", 1),  # the second count is wrong
    (["The cards in Done are, top to bottom: Write copy, Choose fonts"], "/nv/board", 0),
    (['Only one card is listed, "Draft sitemap"'], "/nv/board", 0),  # six cards
    # the Review list has one card, but not that one (that one is in the Backlog list)
    (['The Review list has a single card, "Draft sitemap"'], "/nv/board", 1),
    (["I land on the board page at /nv/bookmarks"], "/nv/board", 0),
    (["The URL is /nv/bookmarks"], "/nv/board", 0),
    (['In the Review list, click "Fix login loop"'], "/nv/board", 0),  # that card is in the Backlog list
    (["3 bookmarks are shown", "They are, in order, Git Book, Real Python and The Verge"], "/nv/bookmarks", 1),
    (['"Real Python" is the second bookmark and "The Verge" is the last'], "/nv/bookmarks", 0),
    (['Only one bookmark is listed, "Real Python"'], "/nv/bookmarks", 0),
    (['Log in as "alice" with password "wrong"', 'Verify the page shows "Welcome back"'], "/nv/login", 4),  # the login page (already shown), two fills, Enter
    (['I should not see "Sign in"'], "/nv/login", 0),
    (["3 bookmarks are listed"], "/nv/titled", 0),  # two, and three pages below them
    (["1 bookmark is listed"], "/nv/titled-empty", 0),
])
def test_what_the_story_gets_wrong_fails_at_that_step(run: Callable[..., model.Execution], steps: list[str], path: str,
                                                      failing: int) -> None:
    """``failing``: the planned step (a sentence may plan to several) that the page contradicts."""
    outcomes = [s.outcome for s in run(steps, path).steps]
    assert outcomes[:failing] == [model.Outcome.PASSED] * failing and outcomes[failing] is model.Outcome.FAILED, outcomes

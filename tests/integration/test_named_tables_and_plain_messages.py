"""A table named by the heading above it ("The Members table lists heidi and ivan", or else by its markup), a message a page shows as its
heading rather than in a message box ('The message "You have been banned from this CTF" is shown'), a heading said
twice on a page, and "also" in a statement. Each fails when the page disagrees."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

TEAM = """<main><h1>Segfault Society</h1><h2>3rd <small>place</small></h2>
<div class="row"><div class="col"><h3>Members</h3><table class="table"><thead><tr><th>User Name</th><th>Score</th></tr></thead>
<tbody><tr><td><a href="#">heidi</a> <span class="badge">Captain</span></td><td>260</td></tr><tr><td><a href="#">ivan</a></td><td>350</td></tr></tbody></table></div></div>
<div class="row"><div class="col"><h3>Awards</h3><table class="table"><thead><tr><th>Name</th><th>Value</th></tr></thead><tbody><tr><td>First Blood</td><td>50</td></tr></tbody></table></div></div>
</main>"""

BANNED = """<main><div class="container text-center"><h1>You have been banned from this CTF</h1><hr><h2>403 Forbidden</h2></div>
<div class="alert alert-info">Signed in as victor</div></main>"""


_BOARD = '<div class="board tile" data-test-id="board-item"><h2>{}</h2></div>'
BOARDS = ('<main><div><h1>Starred</h1><div class="grid">' + _BOARD.format("Project Alpha") + '</div></div>'
          '<div><h1>My Boards</h1><div class="grid">' + "".join(_BOARD.format(n) for n in ("Groceries", "Vacation plans", "Reading list"))
          + '<div class="create"><h1>Create new board</h1></div></div></div></main>')


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    routes = {"/nt/team": TEAM, "/nt/banned": BANNED, "/nt/saved": '<main><h1>Settings</h1><div class="mt-2">Profile saved</div></main>',
              "/nt/results": '<main><p>3 found</p><table id="results-table"><tr><td>alpha</td><td>beta</td></tr></table></main>',
              "/nt/basket": '<main><h1>Basket</h1><div class="basket"><h3>Basket</h3><p>Your basket is empty.</p></div></main>',
              "/nt/boards": BOARDS,
              "/nt/login": ('<div class="p-10"><h2 class="text-center">Login</h2><div class="mb-4 text-center text-red-500">Invalid credentials</div>'
                            '<form><label for="e">Email</label><input id="e" type="email"><button type="submit">Login</button></form></div>'),
              "/nt/lines": ('<header><nav><a href="#">Browse store</a><div class="basket-mini"><a href="#">Basket</a> <span>Search</span></div></nav></header>'
                            '<main><h1>Basket</h1><div class="basket"><ul class="basket-items"><li>Cryptonomicon £7.99</li></ul></div></main>')}
    return sentences.runner(browser_host, pages, tmp_path, routes, timeouts=model.Timeouts(action_ms=2000, assertion_ms=1000))


@pytest.mark.parametrize(("steps", "path"), [
    (["The Members table lists heidi and ivan", "The Awards table shows First Blood"], "/nt/team"),
    (["The Results table shows alpha"], "/nt/results"),  # no heading Results: the table its markup calls so
    (['Verify the heading "Basket" is visible'], "/nt/basket"),  # two headings say just that: either shows it
    # a message in a box no markup calls one (only its colour says so)
    (['The message "Invalid credentials" appears above the form', 'Verify the error "Invalid credentials" is displayed'], "/nt/login"),
    # the boards under a heading, where the starred ones above share their markup
    (['Verify 3 boards are listed under "My Boards"', 'Verify the first board under My Boards is "Groceries"',
      'Verify the last board under My Boards is "Reading list"', 'Verify the first board under Starred is "Project Alpha"'], "/nt/boards"),
    (['Verify "Cryptonomicon" is listed in the basket'], "/nt/lines"),  # the page's basket, not the header's mini basket
    (['The message "You have been banned from this CTF" is shown', 'The page also says "403 Forbidden"',
      'The message "Signed in as victor" is shown'], "/nt/banned"),
    # a notification said by its kind, in no box any markup calls a notification or a message: what says just that
    (['Verify a notification reads "Profile saved"'], "/nt/saved"),
])
def test_what_the_page_shows_where_the_sentence_says(run: Callable[..., model.Execution], steps: list[str], path: str) -> None:
    execution = run(steps, path)
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


@pytest.mark.parametrize(("step", "path"), [
    ("The Awards table lists heidi", "/nt/team"),  # heidi is in the Members table, not the one under Awards
    ("The Members table lists alice", "/nt/team"),
    ("The Results table shows gamma", "/nt/results"),
    ('Verify the heading "Cart" is visible', "/nt/basket"),
    ('Verify the error "Account locked" is displayed', "/nt/login"),
    ('Verify the first board under My Boards is "Project Alpha"', "/nt/boards"),
    ('Verify "Dune" is listed in the basket', "/nt/lines"),
    ('The message "You have been banned" is shown', "/nt/banned"),  # part of the heading: not the message it shows
    ('The message "Welcome back" is shown', "/nt/banned"),
    ('Verify a notification reads "Profile deleted"', "/nt/saved"),
])
def test_what_the_page_does_not_show_there_fails(run: Callable[..., model.Execution], step: str, path: str) -> None:
    assert [s.outcome for s in run([step], path).steps] == [model.Outcome.FAILED]

"""Pages drawn the way an issue tracker and a kanban board draw theirs: a user form whose error the form shows, beside
the header's search form and a settings label that only mentions a form; a project's people listed under a heading in
a box of its own; a dialog confirmed with its button; a table's categories counted and read out in order; tasks found,
each a row of a list drawn in boxes, beside a search field's add-on box; the signed-in user's menu drawn as an avatar;
cards of every colour on a board. Each check must also fail when the page says otherwise."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_SAID = "document.getElementById('said').textContent"

# Kanboard's new-user form: its error inside the form, the search form in the header, a settings checkbox elsewhere whose
# label says "form"
USER_FORM = """<!doctype html><html><body><header><form method="get" action="/" class="search"><input name="search" aria-label="Search">
</form></header><aside><label><input type="checkbox"> Disallow login form</label></aside>
<form method="post" action="/?controller=UserCreationController&amp;action=save"><label for="u">Username</label><input id="u" name="username" value="newbie">
<label for="p">Password</label><input id="p" type="password"><label for="c">Confirmation</label><input id="c" type="password">
<ul class="form-errors"><li>Passwords don't match</li></ul><button>Save</button></form></body></html>"""

USER_FORM_NO_ERROR = USER_FORM.replace("<li>Passwords don't match</li>", "")

# Kanboard's project permissions: the people under "Allowed Users" (a heading in a box of its own), a table whose
# header row is in its body
PERMISSIONS = """<!doctype html><html><body><div class="page-header"><h2>Project Permissions</h2></div>
<div class="page-header"><h2>Allowed Users</h2></div><table class="table-scrolling">
<tr><th>User</th><th>Role</th><th>Actions</th></tr>
<tr><td>Alice Martin</td><td>Project Manager</td><td><a href="#r1">Remove</a></td></tr>
<tr><td>Bob Nguyen</td><td>Project Member</td><td><a href="#r2">Remove</a></td></tr>
<tr><td>Carol Diaz</td><td>Project Viewer</td><td><a href="#r3">Remove</a></td></tr>
<tr><td>Dave Kowalski</td><td>Project Member</td><td><a href="#r4">Remove</a></td></tr></table>
<div class="page-header"><h2>Allowed Groups</h2></div><table><tr><th>Group</th></tr><tr><td>Engineering</td></tr></table></body></html>"""

# a dialog that asks, answered with Yes
CLOSE_TASK = f"""<!doctype html><html><body><div role="dialog" aria-label="Close a task"><h2>Close a task</h2>
<p>Do you really want to close the task "Fix broken links"?</p><button onclick="{_SAID} = 'closed'">Yes</button>
<button onclick="{_SAID} = 'kept'">No</button></div><p id="said"></p></body></html>"""

CATEGORIES = """<!doctype html><html><body><h2>Categories</h2><table class="table-striped"><tr><th>Category Name</th><th>Color</th></tr>
<tr><td>Backend</td><td>Green</td></tr><tr><td>Copywriting</td><td>Purple</td></tr><tr><td>Design</td><td>Orange</td></tr>
<tr><td>Frontend</td><td>Blue</td></tr></table></body></html>"""


# Kanboard's header: the signed-in user's menu is a link drawn as an avatar (two letters) and a caret, its entries
# in a box the link drops down; a search field and a notifications icon beside it
HEADER = f"""<!doctype html><html><body><header style="display: flex; justify-content: space-between"><div class="title-container"><h1>Website Redesign</h1></div>
<div class="menus-container"><input placeholder="Search" aria-label="Search"><a href="#notifications" title="Notifications"><i class="fa fa-bell"></i></a>
<div class="dropdown"><a href="#" class="dropdown-menu dropdown-menu-link-icon"
 onclick="document.getElementById('user-dropdown').style.display = 'block'; return false"><div class="avatar avatar-20 avatar-inline">
<div class="avatar-letter" style="background-color: rgb(187, 187, 187)" title="Bob Nguyen" role="img" aria-label="Bob Nguyen">BN</div></div>
<i class="fa fa-caret-down"></i></a></div></div></header><div id="user-dropdown" style="display: none"><ul>
<li><a href="#profile" onclick="{_SAID} = 'profile'">My profile</a></li><li><a href="#logout" onclick="{_SAID} = 'logged out'">Logout</a></li>
</ul></div><main><p>Board</p></main><p id="said"></p></body></html>"""
# Roundup's sidebar login: two boxes with no label or placeholder, named only in their markup, and a Login button
SIDEBAR_LOGIN = f"""<!doctype html><html><body><div class="sidebar"><form onsubmit="{_SAID} = 'signed in as ' + this.__login_name.value; return false">
<p>Login</p><input size="10" required name="__login_name"><br><input size="10" type="password" name="__login_password"><br>
<input type="submit" value="Login"></form></div><p id="said"></p></body></html>"""


def _card(number: int, title: str, colour: str) -> str:
    return (f'<div class="task-board draggable-item task-board-status-open color-{colour}" data-task-id="{number}">'
            f'<div class="task-board-header"><a href="#t{number}">#{number}</a></div><div class="task-board-title">'
            f'<a href="#t{number}">{title}</a></div></div>')


# Kanboard's board: a table of columns, each cell a list of cards whose class says their colour
BOARD = ("""<!doctype html><html><body><table class="board-project"><tr><th class="board-column-header">Backlog</th>
<th class="board-column-header">Ready</th><th class="board-column-header">Done</th></tr><tr class="board-swimlane">
<td class="board-column"><div class="board-task-list">""" + _card(15, "Push notification settings screen", "blue")
         + _card(16, "Dark theme icons", "yellow") + """</div></td><td class="board-column"><div class="board-task-list">"""
         + _card(17, "Crash on rotate in settings", "red") + """</div></td><td class="board-column"><div class="board-task-list">"""
         + _card(18, "App icon redesign", "dark_grey") + "</div></td></tr></table></body></html>")


def _task_row(number: int, title: str) -> str:
    return (f'<div class="table-list-row color-grey"><div><a href="#t{number}"><strong>#{number}</strong></a>'
            f'<span class="table-list-title"><a href="#t{number}">{title}</a></span></div>'
            f'<div class="table-list-details"><span>Office Move</span> &gt; <span>Done</span></div></div>')


# Kanboard's search: the search field in an input add-on box (its filter menu in an "item" of the add-on), then the tasks
# found, each a row of a list drawn in boxes; no markup says task
SEARCH = ("""<!doctype html><html><body><form class="search"><div class="input-addon"><input class="input-addon-field" value="status:closed">
<div class="input-addon-item"><a href="#filters" title="Default filters">v</a></div></div></form><div class="table-list">
<div class="table-list-header"><div class="table-list-header-count">3 tasks</div></div>"""
          + "".join(_task_row(n, t) for n, t in ((29, "Sign new lease"), (27, "Order packing boxes"), (3, "Audit current site analytics")))
          + "</div></body></html>")


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("tracker"), {
        "/user-form": USER_FORM, "/user-form-ok": USER_FORM_NO_ERROR, "/permissions": PERMISSIONS, "/close-task": CLOSE_TASK,
        "/categories": CATEGORIES, "/search": SEARCH, "/header": HEADER, "/board": BOARD, "/sidebar-login": SIDEBAR_LOGIN,
    }, timeouts=model.Timeouts(action_ms=1500, assertion_ms=1500))


def _passes(run, steps: list[str], path: str) -> bool:  # type: ignore[no-untyped-def]
    return model.settle_verdict(run(steps, path)) is model.Verdict.PASSED


@pytest.mark.parametrize(("path", "passes"), [("/user-form", True), ("/user-form-ok", False)])
def test_the_form_is_the_form_never_a_label_that_says_form(run, path: str, passes: bool) -> None:  # type: ignore[no-untyped-def]
    steps = ["The form shows the error \"Passwords don't match\""]
    assert _passes(run, steps, path) is passes, sentences.failures(run(steps, path))


@pytest.mark.parametrize(("steps", "passes"), [
    (['Under "Allowed Users" there are 4 users: Alice Martin, Bob Nguyen, Carol Diaz, Dave Kowalski'], True),
    (['Under "Allowed Users" there are 3 users'], False),
    (['Under "Allowed Users" there are 4 users: Alice Martin, Bob Nguyen, Carol Diaz, Erin Walsh'], False),
])
def test_people_counted_under_their_heading(run, steps: list[str], passes: bool) -> None:  # type: ignore[no-untyped-def]
    assert _passes(run, steps, "/permissions") is passes, sentences.failures(run(steps, "/permissions"))


@pytest.mark.parametrize(("button", "said"), [("Yes", "closed"), ("No", "kept")])
def test_a_dialog_confirmed_with_its_button(run, button: str, said: str) -> None:  # type: ignore[no-untyped-def]
    steps = [f'Confirm the dialog "Close a task" with {button}', f'Verify the page shows "{said}"']
    assert _passes(run, steps, "/close-task"), sentences.failures(run(steps, "/close-task"))


@pytest.mark.parametrize(("sentence", "passes"), [
    ("The table lists 4 categories in this order: Backend, Copywriting, Design, Frontend", True),
    ("The table lists 4 categories in this order: Backend, Design, Copywriting, Frontend", False),
    ("The table lists 5 categories in this order: Backend, Copywriting, Design, Frontend", False),
])
def test_a_tables_count_then_its_order(run, sentence: str, passes: bool) -> None:  # type: ignore[no-untyped-def]
    assert _passes(run, [sentence], "/categories") is passes, sentences.failures(run([sentence], "/categories"))


@pytest.mark.parametrize(("steps", "passes"), [
    (["3 tasks found"], True),  # the rows of the list, never the search field's add-on box
    (["4 tasks found"], False),
    (['3 tasks found', 'first result "Sign new lease", last "Audit current site analytics"'], True),
    (['3 tasks found', 'first result "Audit current site analytics", last "Sign new lease"'], False),
])
def test_tasks_found_are_the_rows_of_a_list_drawn_in_boxes(run, steps: list[str], passes: bool) -> None:  # type: ignore[no-untyped-def]
    assert _passes(run, steps, "/search") is passes, sentences.failures(run(steps, "/search"))


@pytest.mark.parametrize(("steps", "said"), [
    (['Open the avatar menu top right and click "My profile"'], "profile"),
    (["Open the user menu (the round \"BN\" avatar with the little arrow, top right of the header)", "Click Logout"], "logged out"),
])
def test_the_users_menu_drawn_as_an_avatar(run, steps: list[str], said: str) -> None:  # type: ignore[no-untyped-def]
    steps = [*steps, f'Verify the page shows "{said}"']
    assert _passes(run, steps, "/header"), sentences.failures(run(steps, "/header"))


@pytest.mark.parametrize(("sentence", "passes"), [
    ("Only 4 cards are on the board: Push notification settings screen, Dark theme icons, Crash on rotate in settings, App icon redesign", True),
    ("Only 3 cards are on the board", False),  # cards of four colours are one kind of card
    ("Only 4 cards are on the board: Push notification settings screen, Dark theme icons, Crash on rotate in settings, Offline mode", False),
])
def test_cards_of_every_colour_are_one_kind(run, sentence: str, passes: bool) -> None:  # type: ignore[no-untyped-def]
    assert _passes(run, [sentence], "/board") is passes, sentences.failures(run([sentence], "/board"))



def test_a_username_box_named_only_by_its_markup_login_name(run) -> None:  # type: ignore[no-untyped-def]
    steps = ['Type "carol" into the username field', 'Type "x" into the password field', "Click Login",
             'Verify the page shows "signed in as carol"']
    assert _passes(run, steps, "/sidebar-login"), sentences.failures(run(steps, "/sidebar-login"))

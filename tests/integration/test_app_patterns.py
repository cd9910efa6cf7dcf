"""Plain English on markup the way single-page apps and server-rendered sites write it, planned by the rules and
run in Chromium against pages these tests serve: a nav link and a form button with the same name, fields with no
label, links without href, tables of items, a page header that is a nav bar, info alerts, controls that appear
after the data loads. Each passes when the page agrees and fails, saying why, when it does not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_NAV = """<nav class="navbar" style="width:100%"><a class="navbar-brand">Acme Tools</a>
<a class="nav-link" href="/ap/tools">Tool List</a> <a class="nav-link" href="/ap/signin">Sign In</a>
<a class="nav-link" onclick="document.getElementById('help').hidden = false">Show Help</a></nav>
<p id="help" hidden>Help is on its way</p>"""

SIGN_IN = f"""<!doctype html><html><head><title>Sign in</title><style>.invalid-feedback {{ display: none }}
.is-invalid + .invalid-feedback {{ display: block }} .card-header {{ width: 100% }}</style></head><body>{_NAV}
<div class="card"><div class="card-header">Sign In</div>
<form class="login-form ng-invalid" onsubmit="event.preventDefault(); document.getElementById('out').textContent = 'Welcome ' + this.user.value">
 <label for="user">User Name</label>
 <input id="user" name="user" oninput="this.classList.toggle('is-invalid', !this.value)">
 <span class="invalid-feedback"><span>User name is required.</span></span>
 <label for="pass">Password</label> <input id="pass" name="pass" type="password">
 <button type="submit">Sign In</button>
</form></div><p id="out"></p>
<div class="alert alert-info" role="alert">Maintenance on Sunday</div></body></html>"""

# a second Sign In button outside the form: filling the form does not make it the one meant
SIGN_IN_TWICE = SIGN_IN.replace('<div class="card">', '<div class="banner"><button type="button">Sign In</button></div><div class="card">', 1)

ROWS = [("Claw Hammer", "TBX-0048", "May 21, 2018", "$8.90"), ("Garden Cart", "GDN-0023", "March 18, 2019", "$32.99"),
        ("Hand Saw", "TBX-0022", "May 15, 2020", "$11.55")]
TOOLS = f"""<!doctype html><html><head><title>Tools</title></head><body>{_NAV}
<div class="card"><div class="card-header">Tool List</div>
<div class="row"><div class="col">Filter by:</div><div class="col"><input type="text"
  oninput="for (const r of document.querySelectorAll('tbody tr')) r.hidden = !r.textContent.toLowerCase().includes(this.value.toLowerCase())"></div></div>
<table class="table"><thead><tr><th>Tool</th><th>Code</th><th>Released</th><th>Price</th></tr></thead><tbody>
{"".join(f'<tr><td><a href="/ap/tools/{n}">{name}</a></td><td>{code}</td><td>{day}</td><td>{price}</td></tr>' for n, (name, code, day, price) in enumerate(ROWS))}
</tbody></table></div></body></html>"""

# the editor's own Add button comes with its data, a second after the page (a nav link "Add Tool" is there at once)
LATE_EDITOR = f"""<!doctype html><html><head><title>Editor</title></head><body>
<nav class="navbar"><a class="nav-link" href="/ap/tools">Tool List</a> <a class="nav-link" href="/ap/editor">Add Tool</a></nav>
<div id="editor">Loading…</div><p id="out"></p>
<script>setTimeout(() => {{ document.getElementById("editor").innerHTML = '<input placeholder="Tags"> <button type="button">Add</button>';
  document.querySelector("#editor button").onclick = () => {{ document.getElementById("out").textContent = "Tag added"; }}; }}, 1200);</script>
</body></html>"""


DETAIL = """<!doctype html><html><head><title>Detail</title><style>i { display: inline-block; width: 12px; height: 12px }</style></head><body>
<div class="card"><div class="card-header">Messages <button type="button">X</button></div><div class="card-body"><div>Admin login</div></div></div>
<div class="card"><div class="card-header">Details</div><div class="card-body">Curved claw steel hammer</div></div>
<div class="tags">""" + "".join(f'<span><button type="button" title="Click to remove this tag">{t} <i class="fa fa-times"></i></button></span>' for t in ("garden", "leaf", "yard")) + """
</div><button type="button" title="Enter keywords and press Add">Add</button> <button type="button">Save</button>
<button type="button" onclick="document.getElementById('out').textContent = 'Went back'"><i class="fa fa-chevron-left"></i> Back</button>
<p id="out"></p></body></html>"""


_POSTS = [(3, "ana", "Planting garlic"), (2, "ben", "New bike lane"), (1, "cleo", "Marathon done")]
# a server-rendered feed: a post form (its field is named "post"), then each post a table with an author link that
# opens a popup on hover
FEED = """<!doctype html><html><head><title>Feed</title></head><body>
<form><textarea id="post" name="post" placeholder="Say something"></textarea><button type="submit">Submit</button></form>
""" + "".join(f"""<table class="table"><tr><td><a class="user_popup" href="#{who}">{who}</a> said
<br><span id="post{n}">{body}</span></td></tr></table>""" for n, who, body in _POSTS) + """
<script>for (const link of document.querySelectorAll(".user_popup")) link.addEventListener("mouseenter", () => {
  if (link.querySelector(".popover")) return;
  setTimeout(() => { const box = document.createElement("div"); box.className = "popover";
    box.textContent = link.textContent + ": 2 followers"; link.appendChild(box); }, 300); });</script></body></html>"""


# a server-rendered form after a refused submit: the field's errors in a glued class ("errorlist"), and above the
# form a red paragraph (text-danger) that is not an error message about the form
RENEW = """<!doctype html><html><head><title>Renew</title></head><body><h1>Renew: Dune</h1>
<p class="text-danger">Due date: Jan. 15, 2024</p>
<form><table><tr><th><label for="id_date">Renewal date:</label></th><td>
<ul class="errorlist"><li>Invalid date - renewal in past</li></ul><input id="id_date" name="date" value="2020-01-01"></td></tr></table>
<input type="submit" value="Submit"></form></body></html>"""


# a dashboard of checks: rows named by their first cell, a tag column, an edit dialog, a title that starts with a status
CHECKS = """<!doctype html><html><head><title>DOWN - Nightly backup</title></head><body>
<table class="table"><thead><tr><th>Name</th><th>Tags</th><th>Period</th><th>Last ping</th></tr></thead><tbody>
<tr><td>Nightly backup</td><td><span class="tag">prod</span></td><td>1 day</td><td>1 hour</td></tr>
<tr><td>Certificate renewal</td><td><span class="tag">db</span></td><td>30 days</td><td>Never</td></tr>
<tr><td>Log rotation</td><td></td><td>1 hour</td><td>2 minutes</td></tr></tbody></table>
<button type="button" onclick="document.getElementById('edit').hidden = false">Edit</button>
<div id="edit" role="dialog" aria-labelledby="edit-title" hidden><h2 id="edit-title">Name and Tags</h2>
<label for="tags">Tags</label> <input id="tags" value="prod db"></div></body></html>"""


# a Bootstrap 3 navbar: menus opened by toggles named as shown, a language menu whose toggle is only a flag; the
# page's groups are table rows, beside buttons laid out in btn-groups
_MENU_JS = "this.nextElementSibling.hidden = !this.nextElementSibling.hidden; return false"
NAVBAR = f"""<!doctype html><html><head><title>Admin</title><style>.flag {{ display: inline-block; width: 16px; height: 11px; background: #c00 }}</style></head><body>
<div class="navbar navbar-inverse"><ul class="nav navbar-nav">
<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown" onclick="{_MENU_JS}">Contacts <b class="caret"></b></a>
 <ul class="dropdown-menu" hidden><li><a href="#" onclick="document.getElementById('out').textContent = 'List of groups'">List Groups</a></li></ul></li>
<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown" onclick="{_MENU_JS}">Security <b class="caret"></b></a>
 <ul class="dropdown-menu" hidden><li><a href="#">List Users</a></li></ul></li>
<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown" onclick="{_MENU_JS}"><div class="f16"><i class="flag gb"></i></div></a>
 <ul class="dropdown-menu" hidden><li><a href="#" onclick="document.getElementById('out').textContent = 'Sprache: Deutsch'">German</a></li></ul></li>
</ul></div><p id="out"></p>
<table class="table"><thead><tr><th>Name</th><th></th></tr></thead><tbody>
""" + "".join(f'<tr class="group"><td>{g}</td><td><div class="btn-group btn-group-xs"><button>Edit</button></div></td></tr>'
              for g in ("Friends", "Family", "Work")) + """</tbody></table></body></html>"""


# a search box that filters only on keyup, as jQuery pages often bind it
KEYUP_SEARCH = """<!doctype html><html><head><title>Checks</title></head><body><input id="search" type="text" placeholder="Search">
<ul><li>Nightly backup</li><li>Disk cleanup</li></ul>
<script>document.getElementById("search").addEventListener("keyup", (e) => { for (const li of document.querySelectorAll("li"))
  li.hidden = !li.textContent.toLowerCase().includes(e.target.value.toLowerCase()); });</script></body></html>"""


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    routes = {"/ap/signin": SIGN_IN, "/ap/signin-twice": SIGN_IN_TWICE, "/ap/tools": TOOLS, "/ap/editor": LATE_EDITOR,
              "/ap/detail": DETAIL, "/ap/feed": FEED, "/ap/renew": RENEW, "/ap/checks": CHECKS, "/ap/navbar": NAVBAR, "/ap/search": KEYUP_SEARCH}
    return sentences.runner(browser_host, pages, tmp_path, routes, timeouts=model.Timeouts(action_ms=4000, assertion_ms=3000))


def _failures(execution: model.Execution) -> list[tuple[str, str, str | None]]:
    return [(s.text, s.outcome.value, s.error) for s in execution.steps if s.outcome is not model.Outcome.PASSED]


def test_click_after_filling_a_form_is_that_forms_button_not_the_nav_link(run: Callable[..., model.Execution]) -> None:
    execution = run([
        "Enter jane as the username",  # "username" is the field labelled "User Name"
        "Enter hunter2 as the password",
        "Click Sign In",
        'Verify the page shows "Welcome jane"',
    ], "/ap/signin")
    assert _failures(execution) == []
    assert execution.steps[2].resolution is not None and execution.steps[2].resolution.locator.role == "button"


def test_click_after_filling_stays_ambiguous_when_another_button_has_the_name(run: Callable[..., model.Execution]) -> None:
    execution = run(["Enter jane as the username", "Click Sign In"], "/ap/signin-twice")
    assert execution.steps[1].outcome is model.Outcome.FAILED and "equally well" in (execution.steps[1].error or "")


def test_click_with_nothing_filled_stays_ambiguous_and_lists_both(run: Callable[..., model.Execution]) -> None:
    (step,) = run(["Click Sign In"], "/ap/signin").steps
    assert step.outcome is model.Outcome.FAILED
    assert "2 elements match" in (step.error or "") and "link 'Sign In'" in (step.error or "") and "button 'Sign In'" in (step.error or "")


def test_link_without_href_header_region_info_alert_and_error_span(run: Callable[..., model.Execution]) -> None:
    execution = run([
        "Click Show Help",  # an <a> without href, clicked through a script
        'Verify the page shows "Help is on its way"',
        'Verify the header shows "Tool List"',  # the nav bar across the top, not the card's header
        'Verify the alert shows "Maintenance on Sunday"',  # an info alert is an alert too
        'Fill "j" in the User Name field',
        "Clear the User Name field",
        'Verify the error message "User name is required." is visible',  # the span, not the form marked invalid
    ], "/ap/signin")
    assert _failures(execution) == []


def test_header_region_fails_when_the_text_is_only_in_a_cards_header(run: Callable[..., model.Execution]) -> None:
    execution = run(['Verify the header shows "Sign In"', 'Verify the header shows "Welcome"'], "/ap/signin")
    assert execution.steps[0].outcome is model.Outcome.PASSED  # the nav bar has a Sign In link
    assert execution.steps[1].outcome is model.Outcome.FAILED and "in the header" in (execution.steps[1].error or "")


def test_a_table_of_items_counted_and_read_by_row_position_and_filter_box(run: Callable[..., model.Execution]) -> None:
    execution = run([
        "Verify 3 tools are listed",  # the body rows of the table whose Tool column names them
        "Verify the first tool is Claw Hammer",
        'Verify the last tool is "Hand Saw"',
        'Verify the row for "Garden Cart" shows "GDN-0023"',
        'Verify the 3rd row shows "$11.55"',
        "Verify the tools are sorted by tool name in ascending order",
        'Type "saw" in the Filter by box',  # a field with no label, after the text "Filter by:"
        "Verify exactly one tool is listed",
        "Verify the first tool is Hand Saw",
    ], "/ap/tools")
    assert _failures(execution) == []


@pytest.mark.parametrize(
    ("sentence", "message"),
    [
        ("Verify 4 tools are listed", "found 3"),
        ('Verify the row for "Garden Cart" shows "$8.90"', "to contain"),
        ("Verify the first tool is Garden Cart", "Claw Hammer"),
        # each row's price, not the year before it ("2018 $8.90")
        ("Verify the tools are sorted by price, low to high", "['$8.90', '$32.99', '$11.55']"),
    ],
)
def test_a_table_of_items_fails_when_the_table_disagrees(run: Callable[..., model.Execution], sentence: str, message: str) -> None:
    (step,) = run([sentence], "/ap/tools").steps
    assert step.outcome is model.Outcome.FAILED and message in (step.error or ""), step.error


def test_a_weak_match_waits_for_the_page_to_settle(run: Callable[..., model.Execution]) -> None:
    # "the Add button" is not the nav link "Add Tool" that is there at once: the editor's Add button comes later
    execution = run(["Click the Add button", 'Verify the page shows "Tag added"'], "/ap/editor")
    assert _failures(execution) == []
    assert execution.steps[0].resolution is not None and execution.steps[0].resolution.locator.role == "button"


def test_a_titled_panel_tag_buttons_counted_and_a_button_named_by_text_and_icon(run: Callable[..., model.Execution]) -> None:
    execution = run([
        'Verify the Messages panel shows "Admin login"',  # the card whose first line says Messages
        "Verify 3 tag buttons are shown",  # the buttons whose title says tag, not Add or Save
        "Click the back arrow button",  # its text says Back, its icon is a chevron
        'Verify the page shows "Went back"',
    ], "/ap/detail")
    assert _failures(execution) == []


@pytest.mark.parametrize(
    ("sentence", "message"),
    [
        ('Verify the Details panel shows "Admin login"', "Curved claw steel hammer"),
        ("Verify 4 tag buttons are shown", "found 3"),
    ],
)
def test_a_titled_panel_and_tag_buttons_fail_when_the_page_disagrees(
    run: Callable[..., model.Execution], sentence: str, message: str
) -> None:
    (step,) = run([sentence], "/ap/detail").steps
    assert step.outcome is model.Outcome.FAILED and message in (step.error or ""), step.error


def test_posts_counted_read_by_position_and_a_link_in_the_nth_post(run: Callable[..., model.Execution]) -> None:
    execution = run([
        "Verify 3 posts are listed",  # the post bodies, not the form's field named "post"
        'Verify the first post says "Planting garlic"',
        'Verify the 2nd post shows "New bike lane"',
        'Hover over "cleo" in the 3rd post',  # only one post is cleo's: the link in the third post
        'Verify the popup shows "cleo: 2 followers"',  # the popup box, not the links whose class says popup
    ], "/ap/feed")
    assert _failures(execution) == []


def test_a_name_missing_from_the_nth_post_is_not_taken_from_another(run: Callable[..., model.Execution]) -> None:
    (step,) = run(['Hover over "cleo" in the 2nd post'], "/ap/feed").steps
    assert step.outcome is model.Outcome.FAILED and "position 2" in (step.error or ""), step.error


def test_the_error_saying_a_text_is_the_box_that_says_it_in_a_glued_class(run: Callable[..., model.Execution]) -> None:
    execution = run(['Verify the error "Invalid date - renewal in past" is visible',
                     'Verify the error message "Invalid date" is shown'], "/ap/renew")
    assert _failures(execution) == []
    resolution = execution.steps[0].resolution
    assert resolution is not None and "Due date" not in resolution.locator.describe()


def test_the_error_saying_another_text_fails(run: Callable[..., model.Execution]) -> None:
    (step,) = run(['Verify the error "Renewal too far ahead" is visible'], "/ap/renew").steps
    assert step.outcome is model.Outcome.FAILED and "Renewal too far ahead" in (step.error or "")


def test_rows_named_as_shown_texts_named_by_what_they_are_a_title_start_and_an_open_dialog(run: Callable[..., model.Execution]) -> None:
    execution = run([
        'Verify the Nightly backup row shows "1 day" and "1 hour"',
        'Verify the row for Certificate renewal shows Never',
        'Verify the Nightly backup row shows the tag "prod"',
        'Verify "Log rotation" is the last row',
        'Verify the title starts with "DOWN"',
        "Click Edit",
        'Verify the dialog "Name and Tags" is open',
        'Verify the Tags field shows "prod" and "db"',
    ], "/ap/checks")
    assert _failures(execution) == []


@pytest.mark.parametrize("sentence", [
    'Verify the Log rotation row shows the tag "prod"',  # the tag is in another row
    'Verify the Nightly backup row shows "1 day" and "30 days"',  # the second value is not in that row
    'Verify "Nightly backup" is the last row',
    'Verify the title starts with "UP"',
    'Verify the dialog "Name and Tags" is open',  # not opened yet
])
def test_rows_titles_and_dialogs_fail_when_the_page_disagrees(run: Callable[..., model.Execution], sentence: str) -> None:
    steps = run([sentence], "/ap/checks").steps
    assert any(s.outcome is model.Outcome.FAILED for s in steps)


def test_a_menu_named_by_its_toggle_an_icon_named_by_its_class_and_groups_that_are_not_layout(run: Callable[..., model.Execution]) -> None:
    execution = run([
        "Verify the Security menu is visible",  # the toggle that says Security
        "Click the Contacts menu",
        "Click List Groups in the Contacts menu",
        'Verify the page shows "List of groups"',
        "Click the flag icon in the navigation bar",  # <i class="flag gb"> in the language menu's toggle
        "Click German",
        'Verify the page shows "Sprache: Deutsch"',
        "Verify 3 groups are listed",  # the rows, not the three btn-groups beside them
    ], "/ap/navbar")
    assert _failures(execution) == []


def test_a_menu_nothing_opens_and_an_icon_nothing_shows_fail(run: Callable[..., model.Execution]) -> None:
    assert run(["Click the Reports menu"], "/ap/navbar").steps[0].outcome is model.Outcome.FAILED
    assert run(["Click the star icon in the navigation bar"], "/ap/navbar").steps[0].outcome is model.Outcome.FAILED


def test_a_search_box_that_filters_on_keyup_sees_the_filled_value(run: Callable[..., model.Execution]) -> None:
    execution = run(["Fill the search field with cleanup", "Verify Disk cleanup is visible", 'Verify "Nightly backup" is not visible'], "/ap/search")
    assert _failures(execution) == []
    wrong = run(["Fill the search field with cleanup", "Verify Nightly backup is visible"], "/ap/search")
    assert wrong.steps[1].outcome is model.Outcome.FAILED  # the filter ran: no false pass

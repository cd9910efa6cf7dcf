"""Pages drawn the way a URL shortener, a wiki, a data browser and a conference planner draw theirs: a table of short
links that only its heading calls links, a sign-in form sent by its submit input, a read-only notice that says a
sentence more than the tester quotes, two magnifier buttons told apart by the tooltip said in brackets, a Log In link in
the user tools and another in the page, rows read out with their figures and striped odd and even, revisions ticked by
their place, a search page whose form is no result. Each check must also fail when the page says otherwise."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_SAID = "document.getElementById('said').textContent"
_MAGNIFIER = '<svg viewBox="0 0 16 16"><circle cx="6" cy="6" r="5"/><path d="M10 10l5 5"/></svg>'


def _link_row(target: str, slug: str, views: int) -> str:
    return (f'<tr id="tr-{slug}"><td class="original-url"><a href="#{slug}-target">{target}</a></td>'
            f'<td class="short-link"><a href="#{slug}">go.test/{slug}</a></td><td class="views">{views}</td></tr>')


# Kutt's links table: no markup calls it links; its heading does, and its header row's class (links-controls)
SHORT_LINKS = ("""<!doctype html><html><body><header><a href="#home">Kutt</a><a href="#settings">Settings</a>
<a href="#logout">Log out</a></header><main><h2>Recent shortened links.</h2><table><thead>
<tr class="controls links-controls"><th colspan="3"><input placeholder="Search..."></th></tr>
<tr><th>Original URL</th><th>Short link</th><th>Views</th></tr></thead><tbody>"""
               + _link_row("https://trails.test/mist-trail", "hiking-map", 58)
               + _link_row("https://recipes.test/carbonara", "pasta-recipe", 12)
               + _link_row("https://garden.test/plan", "garden", 5)
               + """</tbody></table></main><footer><a href="#about">About</a></footer></body></html>""")

# a sign-in form sent only by its <input type=submit>, beside a search form with its own button
SIGN_IN = f"""<!doctype html><html><body><form onsubmit="{_SAID} = 'searched'; return false"><input name="q">
<button type="submit">Go</button></form>
<form class="password-login" onsubmit="{_SAID} = 'signed in as ' + this.username.value; return false">
<label for="u">Username</label><input id="u" name="username"><label for="p">Password</label>
<input id="p" name="password" type="password"><p><input type="submit" value="Log in"></p></form><p id="said"></p></body></html>"""

# a wiki's read-only notice: the sentences a tester quotes, then one more; a footer line elsewhere
READ_ONLY = """<!doctype html><html><body><div class="page"><p>This page is read only. You can view the source, but not
change it. Ask your administrator if you think this is wrong.</p><textarea readonly>====== Contacts ======</textarea></div>
<div class="docInfo">team/contacts.txt · Last modified: 2026/11/30 10:00 by bob</div></body></html>"""

# the site's search button and a filter row's search button: both a magnifier, told apart by their tooltips
MAGNIFIERS = f"""<!doctype html><html><body><form onsubmit="return false"><input name="q" placeholder="Search">
<button title="Search" onclick="{_SAID} = 'site search'">{_MAGNIFIER}</button></form>
<table><tr><td><button title="Perform search" onclick="{_SAID} = 'filtered'">{_MAGNIFIER}</button></td><td>User</td></tr></table>
<p id="said"></p></body></html>"""

# a Log In link in the user tools (a box whose id says so, under a hidden heading) and another in the page's text
TOOLS = f"""<!doctype html><html><body><div id="dokuwiki__usertools"><h3 style="position:absolute;left:-9999px">User Tools</h3>
<ul><li><a href="#tools-login" onclick="{_SAID} = 'from the tools'">Log In</a></li></ul></div>
<div class="page"><p>Please <a href="#page-login" onclick="{_SAID} = 'from the page'">Log In</a> to edit.</p></div>
<p id="said"></p></body></html>"""

# rows read out with their figures: a genre's total, a book's year, a project's lead and status
GENRES = """<!doctype html><html><body><table><thead><tr><th>genre</th><th>total</th></tr></thead><tbody>
<tr><td>Fiction</td><td>6</td></tr><tr><td>Romance</td><td>5</td></tr></tbody></table></body></html>"""

PROJECTS = """<!doctype html><html><body><table class="projects"><thead><tr><th>Project</th><th>Lead</th><th>Status</th></tr></thead><tbody>
<tr><td>Apollo</td><td>Alice Archer</td><td>Active</td></tr><tr><td>Borealis</td><td>Bob Brown</td><td>On hold</td></tr>
</tbody></table></body></html>"""

BOOKS = """<!doctype html><html><body><h3>23 rows sorted by year</h3><table><thead><tr><th>title</th><th>year</th></tr></thead><tbody>
<tr><td>Sense and Sensibility</td><td>1811</td></tr><tr><td>Pride and Prejudice</td><td>1813</td></tr>
<tr><td>Emma</td><td>1815</td></tr></tbody></table></body></html>"""

# rows striped by class, as pretalx and Trac draw them: one kind of row
TEAMS = """<!doctype html><html><body><h2>Teams</h2><table><thead><tr><th>Name</th><th>Members</th></tr></thead><tbody>
<tr class="even"><td>Administrators</td><td>1</td></tr><tr class="odd"><td>Programme Committee</td><td>2</td></tr>
<tr class="even"><td>Reviewers</td><td>3</td></tr></tbody></table></body></html>"""

USERS = """<!doctype html><html><body><h2>User List</h2><table><thead><tr><th>User</th><th>Groups</th></tr></thead><tbody>
<tr><td>alice</td><td>staff</td></tr><tr><td>dave</td><td>staff</td></tr></tbody></table></body></html>"""

ALL_USERS = """<!doctype html><html><body><h2>User List</h2><table><thead><tr><th>User</th><th>Groups</th></tr></thead><tbody>
<tr><td>alice</td><td>staff</td></tr><tr><td>bob</td><td>user</td></tr><tr><td>dave</td><td>staff</td></tr></tbody></table></body></html>"""


# a wiki's old revisions: a list whose entries each start with an unlabelled checkbox; a list of open questions under its heading
REVISIONS = f"""<!doctype html><html><body><h1>Old Revisions</h1><form onsubmit="{_SAID} = Array.from(this.querySelectorAll('input:checked')).map((c) => c.value).join(' and '); return false">
<ul><li><div class="li"><input type="checkbox" name="rev2[]" value="current"> 2026/11/20 09:00 <a href="#r3">howto:onboarding</a> – Split into sections</div></li>
<li><div class="li"><input type="checkbox" name="rev2[]" value="r2"> 2026/11/12 15:00 <a href="#r2">howto:onboarding</a> – Added the wiki account</div></li>
<li><div class="li"><input type="checkbox" name="rev2[]" value="r1"> 2026/11/06 10:00 <a href="#r1">howto:onboarding</a> – First draft</div></li></ul>
<button>Show differences between selected revisions</button></form><p id="said"></p>
<h2>Open questions</h2><ul><li>Which colour scheme?</li><li>Who hosts the demo?</li></ul></body></html>"""


# a wiki's search page: the form's class says results, its one fieldset holds the query box; "Nothing was found."
_SEARCH_FORM = ('<form class="doku_form search-results-form" onsubmit="return false"><fieldset class="search-form">'
                '<input name="q" type="text" value="{q}"><button type="submit">Search</button></fieldset></form>')
NO_RESULTS = ("<!doctype html><html><body><h1>Search</h1>" + _SEARCH_FORM.format(q="kubernetes")
              + '<div class="nothing">Nothing was found.</div></body></html>')
SOME_RESULTS = ("<!doctype html><html><body><h1>Search</h1>" + _SEARCH_FORM.format(q="vpn")
                + '<div class="search_fullpage_result"><a href="#vpn">vpn_setup</a> 7 Hits</div>'
                + '<div class="search_fullpage_result"><a href="#start">start</a> 1 Hit</div></body></html>')


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("asides"), {
        "/short-links": SHORT_LINKS, "/sign-in": SIGN_IN, "/read-only": READ_ONLY, "/magnifiers": MAGNIFIERS, "/tools": TOOLS,
        "/genres": GENRES, "/projects": PROJECTS, "/books": BOOKS, "/users": USERS, "/all-users": ALL_USERS,
        "/revisions": REVISIONS, "/teams": TEAMS, "/no-results": NO_RESULTS, "/some-results": SOME_RESULTS,
    }, timeouts=model.Timeouts(action_ms=1500, assertion_ms=1500))


def _passes(run, steps: list[str], path: str) -> bool:  # type: ignore[no-untyped-def]
    return model.settle_verdict(run(steps, path)) is model.Verdict.PASSED


@pytest.mark.parametrize(("steps", "passes"), [
    (["3 links are listed"], True),  # the table's records, never the page's eight anchors
    (["4 links are listed"], False),
    (['The first link is "https://trails.test/mist-trail"'], True),  # the first record, not its short-link cell
    (['The first link is "https://recipes.test/carbonara"'], False),
    (["The last row is the pasta-recipe link with 12 views"], False),  # the garden link is last
    (["The second row is the pasta-recipe link with 12 views"], True),
    (["The second row is the pasta-recipe link with 58 views"], False),
    (['None of the rows mention "mariablog"'], True),
    (['None of the rows mention "carbonara"'], False),
])
def test_a_table_its_heading_calls_links(run, steps: list[str], passes: bool) -> None:  # type: ignore[no-untyped-def]
    assert _passes(run, steps, "/short-links") is passes, sentences.failures(run(steps, "/short-links"))


@pytest.mark.parametrize(("steps", "passes"), [
    (["Type dave in the Username field", "Type secret in the Password field", "Submit the login form",
      'The page shows "signed in as dave"'], True),
    (["Type dave in the Username field", "Submit the login form", 'The page shows "searched"'], False),
])
def test_a_form_sent_by_its_submit_input(run, steps: list[str], passes: bool) -> None:  # type: ignore[no-untyped-def]
    assert _passes(run, steps, "/sign-in") is passes, sentences.failures(run(steps, "/sign-in"))


@pytest.mark.parametrize(("sentence", "passes"), [
    ('Verify the message "This page is read only. You can view the source, but not change it." is shown', True),
    ('Verify the message "This page is locked. You can view the source, but not change it." is shown', False),
    ('Verify the message "This page is read only." is shown', False),  # too short to be told from a part of a sentence
])
def test_a_message_said_whole_sentences_then_one_more(run, sentence: str, passes: bool) -> None:  # type: ignore[no-untyped-def]
    assert _passes(run, [sentence], "/read-only") is passes


@pytest.mark.parametrize(("steps", "passes"), [
    (["Click the magnifying glass icon (Perform search)", 'The page shows "filtered"'], True),
    (["Click the magnifying glass icon (Search)", 'The page shows "site search"'], True),
    (["Click the magnifying glass icon (Perform search)", 'The page shows "site search"'], False),
])
def test_a_tooltip_said_in_brackets_names_the_icon(run, steps: list[str], passes: bool) -> None:  # type: ignore[no-untyped-def]
    assert _passes(run, steps, "/magnifiers") is passes


@pytest.mark.parametrize(("steps", "passes"), [
    (["Click Log In in the user tools", 'The page shows "from the tools"'], True),
    (["Click Log In in the user tools", 'The page shows "from the page"'], False),
])
def test_a_link_in_a_box_of_tools(run, steps: list[str], passes: bool) -> None:  # type: ignore[no-untyped-def]
    assert _passes(run, steps, "/tools") is passes


@pytest.mark.parametrize(("sentence", "path", "passes"), [
    ("Verify the first row is Fiction with a total of 6", "/genres", True),
    ("Verify the first row is Fiction with a total of 5", "/genres", False),
    ("The first row is Apollo with lead Alice Archer and status Active", "/projects", True),
    ("The first row is Apollo with lead Bob Brown and status Active", "/projects", False),
    ("Verify the first row is Sense and Sensibility from 1811", "/books", True),
    ("Verify the first row is Sense and Sensibility from 1813", "/books", False),
    ("Verify Pride and Prejudice (1813) is second and Emma (1815) is third", "/books", True),
    ("Verify Emma (1815) is second and Pride and Prejudice (1813) is third", "/books", False),
    ('Verify the caption above the table reads "23 rows sorted by year"', "/books", True),
    ('Verify the caption above the table reads "23 rows sorted by title"', "/books", False),
    ("Three teams are listed - Administrators, Programme Committee and Reviewers", "/teams", True),
    ("Two teams are listed", "/teams", False),
    ("Verify only alice and dave are listed", "/users", True),
    ("Verify only alice and dave are listed", "/all-users", False),  # bob is listed too
    ("Verify alice and dave are both listed", "/all-users", True),
    ("Verify alice and erin are both listed", "/all-users", False),
])
def test_rows_read_out_with_their_figures(run, sentence: str, path: str, passes: bool) -> None:  # type: ignore[no-untyped-def]
    assert _passes(run, [sentence], path) is passes, sentences.failures(run([sentence], path))


@pytest.mark.parametrize(("steps", "passes"), [
    (["Tick the checkbox of the second revision", "Tick the checkbox of the third revision",
      'Click "Show differences between selected revisions"', 'The page shows "r2 and r1"'], True),
    (["Tick the checkbox of the second revision", 'Click "Show differences between selected revisions"', 'The page shows "current"'], False),
    (['The first open question is "Which colour scheme?"'], True),
    (['The first open question is "Who hosts the demo?"'], False),
])
def test_entries_of_a_list_by_their_place(run, steps: list[str], passes: bool) -> None:  # type: ignore[no-untyped-def]
    assert _passes(run, steps, "/revisions") is passes, sentences.failures(run(steps, "/revisions"))


@pytest.mark.parametrize(("path", "passes"), [("/some-results", True), ("/no-results", False)])
def test_a_search_form_is_never_a_result(run, path: str, passes: bool) -> None:  # type: ignore[no-untyped-def]
    # the form whose class says "search-results-form" holds one fieldset: counted as a result, "at least one result"
    # passed on a page that says "Nothing was found." (a false pass on DokuWiki)
    steps = ["Verify at least one result is listed for kubernetes"]
    assert _passes(run, steps, path) is passes, sentences.failures(run(steps, path))

"""A table of short links drawn the way htmx-driven apps draw one (Kutt): each row's actions are buttons holding bare
svgs with no name and no icon class, a stats link named only by its title, a pager drawn above and again below the
table, a checkbox inside its label. Testers name these by what they draw ("the QR code icon in the "Bike repair
guide" row", "the right arrow above the table") and read a row out with its facts; each check must also fail when the
page says otherwise."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_QR = '<svg viewBox="0 0 24 24"><path d="M13 18h3a2 2 0 0 0 2-2v-3a1 1 0 0 1 2 0v3"/></svg>'
_PENCIL = '<svg viewBox="0 0 24 24"><path d="M12.3 3.7l4 4L4 20H0v-4z"/></svg>'
_TRASH = '<svg viewBox="0 0 24 24"><path d="M6 19a2 2 0 0 0 2 2h8a2 2 0 0 0 2-2V7H6z"/></svg>'
_CHART = '<svg viewBox="0 0 24 24"><path d="M11 2v20c-5-.5-9-4.8-9-10s4-9.5 9-10z"/></svg>'
_NEXT = '<svg viewBox="0 0 24 24"><path d="M9 18l6-6-6-6"/></svg>'


def _row(target: str, description: str, views: int, slug: str) -> str:
    said = "document.getElementById('said').textContent"
    return (f'<tr><td class="original-url"><a href="#{slug}-target">{target}</a><p class="description">{description}</p></td>'
            f'<td class="views">{views}</td><td class="actions">'
            f'<a class="button action stats" href="#stats-{slug}" title="Stats">{_CHART}</a>'
            f'<button class="action qrcode" onclick="{said} = \'QR of {slug}\'">{_QR}</button>'
            f'<button class="action edit" onclick="{said} = \'editing {slug}\'">{_PENCIL}</button>'
            f'<button class="action delete" onclick="{said} = \'delete {slug}?\'">{_TRASH}</button></td></tr>')


def _pager(where: str) -> str:
    said = "document.getElementById('said').textContent"
    return (f'<div class="pagination"><button class="nav prev" disabled>&lt;</button>'
            f'<button type="button" class="nav next" onclick="{said} = \'next from the {where}\'">{_NEXT}</button></div>')


LINKS = ("""<!doctype html><html><body>
<form onsubmit="return false"><input aria-label="target" placeholder="Paste your long URL">
<label id="advanced" class="checkbox"><input name="show_advanced" type="checkbox"> Show advanced options</label></form>
<table><thead><tr><th colspan="3">""" + _pager("top") + """</th></tr>
<tr><th>Original URL</th><th>Views</th><th></th></tr></thead><tbody>"""
         + _row("https://bike.test/repair", "Bike repair guide", 9, "bike")
         + _row("https://garden.test/plan", "Spring garden plan", 5, "garden")
         + """</tbody><tfoot><tr><th colspan="3">""" + _pager("bottom") + """</th></tr></tfoot></table>
<p id="said"></p></body></html>""")


# a confirm dialog over a settings page whose own "Delete" (the account's) is scrolled out of view under the backdrop
SETTINGS = """<!doctype html><html><head><style>
.dialog { position: fixed; inset: 0; background: rgba(0,0,0,.4); display: flex; align-items: center; justify-content: center; }
.box { background: white; padding: 20px; }</style></head><body><h1>Settings</h1>
<section style="margin-top: 3000px"><h2>Delete account</h2><button onclick="document.getElementById('said').textContent = 'account gone'">Delete</button></section>
<p id="said"></p>
<div class="dialog"><div class="box"><p>Are you sure?</p>
<button onclick="document.getElementById('said').textContent = 'domain deleted'; this.closest('.dialog').remove()">Delete</button>
<button onclick="this.closest('.dialog').remove()">Cancel</button></div></div></body></html>"""


# a search page: a cards box of filters above the one table its markup calls the results; a domains table whose
# column titles sit in the last of two header rows, one of them "Total links"
SEARCH = """<!doctype html><html><body><div class="container-fluid container-cards-pf"><div class="card-pf">Summary</div>
<div class="card-pf">Priority</div></div>
<table id="resultsTable"><thead><tr><th>ID</th><th>Summary</th><th>Priority</th></tr></thead><tbody>
<tr><td>1</td><td>Pay with a credit card</td><td>P1</td></tr><tr><td>8</td><td>Log in with a wrong password</td><td>P1</td></tr>
<tr><td>13</td><td>Search the catalog by title</td><td>P1</td></tr></tbody></table>
<div class="dataTables_info" id="resultsTable_info" role="status">Found 3 records</div>
<table><thead><tr><th colspan="4"><input placeholder="Search domain..."></th></tr>
<tr><th>Address</th><th>Owner</th><th>Homepage</th><th>Total links</th></tr></thead><tbody>
<tr><td>go.mariablog.test</td><td>maria.lopez@example.com</td><td>https://mariablog.test</td><td>2</td></tr>
<tr><td>links.acme-corp.test</td><td>System</td><td>https://acme-corp.test</td><td>0</td></tr></tbody></table></body></html>"""


# a form whose product is a native select: "Choose the product X" names an option hidden in its closed list
FORM = """<!doctype html><html><body><form onsubmit="return false"><label for="p">Product</label>
<select id="p" name="product"><option value="">---</option><option value="1">Shopfront Mobile</option><option value="2">Shopfront Web</option></select>
<label for="b">Build</label><select id="b" name="build"><option>2.0.0</option><option>2.1.0-rc1</option></select></form></body></html>"""


# a watch list: a table its class calls the watches' table, tag boxes elsewhere whose class also says "watch", and a
# queue counter above it in a box whose id says row
WATCHES = """<!doctype html><html><body><div id="stats_row"><span>Queued size: 0</span></div>
<div><a href="#all" class="pure-button button-tag">All</a><a href="#group-competitors" class="pure-button button-tag">Competitors</a></div>
<form><div class="watch"><label>URL <input name="url"></label></div>
<div class="watch"><label>Group tag <input name="tags"></label></div></form>
<table class="pure-table watch-table"><thead><tr><th>#</th><th>Website</th></tr></thead><tbody>
<tr class="unviewed"><td>1</td><td>Acme Pricing <a href="#tag-in-row" class="watch-tag-list">Competitors</a></td></tr>
<tr class="paused"><td>2</td><td>Globex Blog <a href="#tag-in-row-2" class="watch-tag-list">Competitors</a></td></tr>
<tr class="error"><td>3</td><td>Wiki Changelog</td></tr></tbody></table>
</body></html>"""


# one form holding a sign-in block and a sign-up block, each under its own heading (pretalx's login page)
AUTH = """<!doctype html><html><body><form onsubmit="return false"><div class="auth-form-block"><h4>I already have an account</h4>
<label for="le">Email address</label><input id="le" name="login_email" type="email">
<label for="lp">Password</label><input id="lp" name="login_password" type="password"></div>
<div class="auth-form-block"><h4>I need a new account</h4><label for="re">Email address</label><input id="re" name="register_email" type="email">
<label for="rp">Password</label><input id="rp" name="register_password" type="password"></div></form></body></html>"""


# a products page: breadcrumbs, a list, and its search box in a filter row its toggle button shows (Vendure's admin)
FILTERED = """<!doctype html><html><head><style>.hidden { display: none }</style></head><body>
<ul class="breadcrumbs"><li>Dashboard</li><li>Products</li></ul>
<button onclick="document.querySelector('.filter-row-wrapper').classList.toggle('hidden')">Search and filter this list</button>
<div class="filter-row-wrapper hidden"><input placeholder="Search by product name or SKU"
 oninput="for (const li of document.querySelectorAll('.product-items li')) li.hidden = !li.textContent.toLowerCase().includes(this.value)"></div>
<ul class="product-items"><li>Camera Lens</li><li>Laptop</li></ul></body></html>"""


# a sign-in form that asks for a username, where people sign in with their email address (Vendure's admin)
USERNAME = """<!doctype html><html><body><form onsubmit="document.getElementById('said').textContent = 'signed in as ' + this.u.value; return false">
<label for="u">Username</label><input id="u" name="u"><label for="p">Password</label><input id="p" name="p" type="password">
<button>Log in</button></form><p id="said"></p></body></html>"""


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("links"), {"/links": LINKS, "/settings": SETTINGS, "/search": SEARCH, "/form": FORM, "/watches": WATCHES,
                                                                                   "/auth": AUTH, "/filtered": FILTERED, "/username": USERNAME},
                            timeouts=model.Timeouts(action_ms=1500, assertion_ms=1500))


@pytest.mark.parametrize(("steps", "passes"), [
    # every action button of a row is textless: the one whose markup says qrcode, the only one like it in that row
    (['Click the QR code icon in the "Bike repair guide" row', 'The page shows "QR of bike"'], True),
    (['Click the QR code icon in the "Spring garden plan" row', 'The page shows "QR of bike"'], False),
    (['Click the trash icon in the "Spring garden plan" row', 'The page shows "delete garden?"'], True),
    (["Click the trash icon in the second row of the links table", 'The page shows "delete garden?"'], True),
    (['Click the pie-chart icon in the "Spring garden plan" row', "The URL contains #stats-garden"], True),
    (['Click the pie-chart icon in the "Bike repair guide" row', "The URL contains #stats-garden"], False),
    # the same pager above and below the table: the place the sentence says picks the copy
    (["Click the right arrow button above the links table", 'The page shows "next from the top"'], True),
    (["Click the right arrow button below the links table", 'The page shows "next from the bottom"'], True),
    (["Click the right arrow button below the links table", 'The page shows "next from the top"'], False),
    (["Check the Show advanced options box", 'The "Show advanced options" checkbox is checked'], True),
    (['The "Show advanced options" checkbox is checked'], False),
])
def test_textless_controls_a_tester_names_by_what_they_draw(run, steps: list[str], passes: bool) -> None:  # type: ignore[no-untyped-def]
    execution = run(steps, "/links")
    assert (model.settle_verdict(execution) is model.Verdict.PASSED) is passes, sentences.failures(execution)


@pytest.mark.parametrize(("sentence", "passes"), [
    ('The first row is "https://bike.test/repair" with the description "Bike repair guide"', True),
    ('The first row is "https://bike.test/repair" with the description "Spring garden plan"', False),
    ('The row for "Spring garden plan" is https://garden.test/plan and has 5 views', True),
    ('The row for "Spring garden plan" is https://garden.test/plan and has 9 views', False),  # the other row's figure
    ("The first row is https://bike.test/repair with description \"Bike repair guide\" and 9 views", True),
    ("The first row is https://bike.test/repair with description \"Bike repair guide\" and 5 views", False),
    ('The row for "Spring garden plan" shows 5 views', True),  # its cell under Views, below a header row of controls
    ('The row for "Spring garden plan" shows 9 views', False),
])
def test_a_row_read_out_with_its_facts(run, sentence: str, passes: bool) -> None:  # type: ignore[no-untyped-def]
    execution = run([sentence], "/links")
    assert (model.settle_verdict(execution) is model.Verdict.PASSED) is passes, sentences.failures(execution)


def test_a_modal_over_the_page_holds_the_one_delete_a_person_can_reach(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(["Confirm with the Delete button", 'The page shows "domain deleted"'], "/settings")
    assert not sentences.failures(execution), sentences.failures(execution)


@pytest.mark.parametrize(("sentence", "passes"), [
    ("There are 3 results", True),
    ("There are 4 results", False),
    ('The results include "Pay with a credit card" and "Search the catalog by title"', True),  # the table, not its counter
    ('The results include "Pay with PayPal"', False),
    ("Every result shows priority P1", True),  # the priority said with its column word
    ("go.mariablog.test belongs to maria.lopez@example.com and has 2 links", True),
    ("go.mariablog.test belongs to maria.lopez@example.com and has 0 links", False),  # the other domain's figure
])
def test_records_of_the_table_called_results_and_a_column_titled_with_more_words(run, sentence: str, passes: bool) -> None:  # type: ignore[no-untyped-def]
    execution = run([sentence], "/search")
    assert (model.settle_verdict(execution) is model.Verdict.PASSED) is passes, sentences.failures(execution)


@pytest.mark.parametrize(("steps", "passes"), [
    (['Choose the product "Shopfront Web"', 'Verify "Shopfront Web" is selected in the Product dropdown'], True),
    (['Choose the product "Shopfront Web"', 'Verify "Shopfront Mobile" is selected in the Product dropdown'], False),
    (['Select the build "2.1.0-rc1"', 'Verify "2.1.0-rc1" is selected in the Build dropdown'], True),
])
def test_an_option_named_is_chosen_in_its_select(run, steps: list[str], passes: bool) -> None:  # type: ignore[no-untyped-def]
    execution = run(steps, "/form")
    assert (model.settle_verdict(execution) is model.Verdict.PASSED) is passes, sentences.failures(execution)


@pytest.mark.parametrize(("sentence", "passes"), [
    ("3 watches are listed", True),  # the rows of table.watch-table, not the two boxes whose class says watch-tag
    ("2 watches are listed", False),
    ("The first row is Acme Pricing", True),  # a row of the table, never the box whose id says stats_row
    ("The first row is Wiki Changelog", False),
    ("The last row is Wiki Changelog", True),
])
def test_the_records_of_a_table_its_class_names(run, sentence: str, passes: bool) -> None:  # type: ignore[no-untyped-def]
    execution = run([sentence], "/watches")
    assert (model.settle_verdict(execution) is model.Verdict.PASSED) is passes, sentences.failures(execution)



@pytest.mark.parametrize(("steps", "passes"), [
    # the group bar's link its class calls a button (pure-button), not the rows' tag links that say the same name
    (['Click the "Competitors" group button', "The URL contains #group-competitors"], True),
    (['Click the "Competitors" group button', "The URL contains #tag-in-row"], False),
])
def test_a_link_its_markup_calls_a_button_is_the_button_named(run, steps: list[str], passes: bool) -> None:  # type: ignore[no-untyped-def]
    execution = run(steps, "/watches")
    assert (model.settle_verdict(execution) is model.Verdict.PASSED) is passes, sentences.failures(execution)


@pytest.mark.parametrize(("steps", "passes"), [
    (['Fill "sam@example.org" in the email field in the "I already have an account" form',
      'The "Email address" field in the "I already have an account" form contains "sam@example.org"'], True),
    (['Fill "sam@example.org" in the email field in the "I already have an account" form',
      'The "Email address" field in the "I need a new account" form contains "sam@example.org"'], False),
])
def test_the_block_of_a_form_its_heading_names(run, steps: list[str], passes: bool) -> None:  # type: ignore[no-untyped-def]
    execution = run(steps, "/auth")
    assert (model.settle_verdict(execution) is model.Verdict.PASSED) is passes, sentences.failures(execution)


@pytest.mark.parametrize(("steps", "passes"), [
    # the search box sits in a hidden filter row: the button beside it that says filter opens it
    (['Type "camera" into the "Search by product name or SKU" box', "Camera Lens is in the list", '"Laptop" is not visible'], True),
    (['"Products" is in the list'], False),  # the breadcrumbs say Products: they are never "the list"
])
def test_a_filter_row_its_toggle_opens_and_the_list_that_is_not_the_breadcrumbs(run, steps: list[str], passes: bool) -> None:  # type: ignore[no-untyped-def]
    execution = run(steps, "/filtered")
    assert (model.settle_verdict(execution) is model.Verdict.PASSED) is passes, sentences.failures(execution)


def test_an_email_address_signs_in_where_the_form_asks_for_a_username(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(["Log in as nora.quinn@shop.test with password Nora#2026", 'The page shows "signed in as nora.quinn@shop.test"'], "/username")
    assert model.settle_verdict(execution) is model.Verdict.PASSED, sentences.failures(execution)

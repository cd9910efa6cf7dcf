"""Controls people name by where they sit and what they open, as admin apps draw them: a row's kebab button named
"the actions menu of the X row" or "the three dots at the end of the X row", a project card that shows a line under
its title, a tag bar of lower-case tags, a close icon inside a cart named by the noun "cart", an avatar's initials at
the bottom of a sidebar, an open menu among a sidebar's menu items, a text inside a dialog. Each passes when the page agrees and fails, saying why, when it does not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_SAY = "document.getElementById('out').textContent = "


def _kebab(menu_id: str) -> str:
    return (f'<button type="button" class="btn ghost" aria-haspopup="menu" onclick="for (const m of document.querySelectorAll(\'[role=menu]\')) m.hidden = true; '
            f'document.getElementById(\'{menu_id}\').hidden = false">'
            '<svg class="lucide lucide-ellipsis" width="16" height="16"><circle cx="2" cy="8" r="1"/></svg></button>')


def _row(number: int, title: str, toggles: int) -> str:
    menus = "".join(
        _kebab(f"m{number}{k}") + f'<div role="menu" id="m{number}{k}" hidden><div role="menuitem" onclick="{_SAY}\'edit {title}\'">Edit Item</div></div>'
        for k in range(toggles))
    return f"<tr><td>{number}</td><td>{title}</td><td>{menus}</td></tr>"


# the page's own user menu is a menu toggle too: a row without a menu never gets it
ITEMS = f"""<!doctype html><html><head><title>Items</title></head><body><h1>Items</h1>
<nav><button type="button" aria-haspopup="menu" onclick="{_SAY}'user menu'">Jane Doe</button></nav>
<table><thead><tr><th>ID</th><th>Title</th><th>Actions</th></tr></thead><tbody>
{_row(1, "Groceries", 1)}{_row(2, "Nightly backup", 1)}{_row(3, "Shared list", 2)}{_row(4, "Archived", 0)}{_row(6, "ann@example.com", 1)}
<tr><td>5</td><td>tom@example.com</td><td>User</td></tr>
</tbody></table><p id="out"></p></body></html>"""

PROJECTS = f"""<!doctype html><html><head><title>Projects</title></head><body><h1>My Projects</h1>
<div class="panel project"><a href="#ws" onclick="{_SAY}'Web Servers checks'"><div class="panel-body">
<h4>Web Servers</h4><div>4 checks, 2 integrations</div></div></a></div>
<div class="panel project"><div class="indicators"><div class="status ic-up"></div><div class="spinner"></div></div>
<h4>Side Project</h4><div>1 check, 0 integrations</div><div class="text-muted">alice@example.org</div></div>
<div id="tags"><button type="button" class="btn btn-xs" onclick="{_SAY}'only db'">db</button>
<button type="button" class="btn btn-xs" onclick="{_SAY}'only prod'">prod</button></div>
<p id="out"></p></body></html>"""

_PIXEL = "data:image/gif;base64,R0lGODlhAQABAAAAACw="
SHOP = f"""<!doctype html><html><head><title>Shop</title></head><body>
<button type="button" onclick="document.getElementById('cart').hidden = false">Open cart</button>
<div class="product"><h3>Sandals</h3><button type="button">Add to cart</button></div>
<div id="cart" class="modal" hidden><div class="cart-header"><h2>Cart</h2>
<button type="button" class="close" onclick="document.getElementById('cart').hidden = true"><img src="{_PIXEL}" alt="close" width="16" height="16"></button></div>
<ul><li>Sandals 1 x $20</li></ul></div>
<div class="help"><h2>Help</h2><button type="button" class="close"><img src="{_PIXEL}" alt="close" width="16" height="16"></button></div>
<aside class="sidebar"><nav><a href="#d">Dashboard</a></nav>
<div class="user"><span class="avatar">JD</span><button type="button" onclick="{_SAY}'user menu open'">Jane Doe</button></div></aside>
<p id="out"></p></body></html>"""

# a sidebar whose items the markup calls menu items, an open theme menu, and a confirmation dialog whose title and
# text both sit inside the dialog box
SIDEBAR = """<!doctype html><html><head><title>Dashboard</title></head><body>
<aside class="sidebar"><ul><li data-sidebar="menu-item" class="group menu-item"><a href="#d">Dashboard</a></li>
<li data-sidebar="menu-item" class="group menu-item"><a href="#i">Items</a></li>
<li data-sidebar="menu-item" class="group menu-item"><button type="button" aria-haspopup="menu" aria-expanded="true">Appearance</button></li></ul></aside>
<div role="menu"><div role="menuitem">Light</div><div role="menuitem">Dark</div><div role="menuitem">System</div></div>
<div role="dialog" aria-labelledby="dt"><h2 id="dt">Delete Item</h2><p>This item will be permanently deleted. Are you sure?</p>
<button type="button">Cancel</button> <button type="button">Delete</button></div></body></html>"""

# a modal menu left open hides the rest of the page from screen readers (aria-hidden), not from the eye; an off-screen
# drawer hidden the same way is out of sight
BEHIND_MENU = """<!doctype html><html><head><title>Items</title></head><body>
<div aria-hidden="true"><table><thead><tr><th>Title</th></tr></thead><tbody><tr><td>Tax return</td></tr>
<tr><td>Car service</td></tr><tr><td>Groceries</td></tr></tbody></table></div>
<div aria-hidden="true" style="position: fixed; left: -400px; width: 300px"><table><tbody><tr><td>Drawer row</td></tr></tbody></table></div>
<div role="menu"><div role="menuitem">Edit Item</div></div></body></html>"""

# a list with a filter on: the filter widget is a table too (remove link, label, operator, value), with no column titles
FILTERED = """<!doctype html><html><head><title>Contacts</title></head><body><form><table class="table"><tbody>
<tr><td><a href="#">×</a></td><td>Name</td><td><select><option>Starts with</option><option>Contains</option></select></td>
<td><input name="name" value="ar"></td></tr></tbody></table></form>
<table class="table"><thead><tr><th>Name</th><th>Phone</th></tr></thead><tbody><tr><td>Alice Martin</td><td>5550101</td></tr>
<tr><td>Carla Mendes</td><td>5550103</td></tr></tbody></table></body></html>"""

# an admin's result list: the markup calls it result_list, a person "the results table"
RESULTS = """<!doctype html><html><head><title>Copies</title></head><body><table id="result_list"><thead><tr><th>Book</th></tr></thead>
<tbody><tr><td>Dune</td></tr><tr><td>Emma</td></tr><tr><td>Persuasion</td></tr><tr><td>Ubik</td></tr></tbody></table></body></html>"""

# a server-rendered list titled in a panel heading, its empty filter table above the records' table
_GROUP_ROWS = "".join(f"<tr><td><a href='#'>Show</a></td><td>{g}</td></tr>" for g in ("Friends", "Family", "Work"))
GROUPS = f"""<!doctype html><html><head><title>F.A.B. Example</title></head><body><div class="panel"><div class="panel-heading">
<h4 class="panel-title">List Contact Group</h4></div><table class="table filters"><tbody></tbody></table>
<table class="table"><thead><tr><th></th><th>Name</th></tr></thead><tbody>{_GROUP_ROWS}</tbody></table></div></body></html>"""
NOT_GROUPS = GROUPS.replace("List Contact Group", "List Contacts")

# a board: lists of cards, each card with a completed checkbox
BOARD = """<!doctype html><html><body><h1>Project Alpha</h1>
<div class="board"><div data-test-id="list" class="list"><input value="Backlog"><div data-test-id="card" class="card"><input type="checkbox" checked> Kickoff meeting</div><div data-test-id="card" class="card"><input type="checkbox"> Write specs</div></div>
<div data-test-id="list" class="list"><input value="Doing"><div data-test-id="card" class="card"><input type="checkbox" checked> Login page</div></div>
<div data-test-id="list" class="list"><input value="Done"></div>
<div data-test-id="create-list" class="w-list"><button type="button">Add list</button></div></div></body></html>"""
# an empty board: only the box that creates a list, which is no list, and its open form sized by a utility class
EMPTY_BOARD = """<!doctype html><html><body><h1>Reading list</h1><div class="board">
<div data-test-id="create-list" class="w-list"><button type="button">Add list</button></div>
<div class="grid ml-3 w-list rounded-sm"><input data-test-id="add-list-input" placeholder="Enter list title..."></div></div></body></html>"""

# a row's details link drawn as an icon font's dots (<span class="ic-dots">) beside a pause button
DOTS = """<!doctype html><html><head><style>.ic-dots,.ic-paused{display:inline-block;width:12px;height:12px}</style></head><body><table><tr class="checks-row"><td>Nightly backup</td><td class="actions"><button class="btn pause" type="button"><span class="ic-paused"></span></button>
<a href="#d1" onclick="document.getElementById('out').textContent='details nightly'" class="btn" title="Show Details"><span class="ic-dots"></span></a></td></tr>
<tr class="checks-row"><td>Weekly digest</td><td class="actions"><button class="btn pause" type="button"><span class="ic-paused"></span></button>
<a href="#d2" onclick="document.getElementById('out').textContent='details weekly'" class="btn" title="Show Details"><span class="ic-dots"></span></a></td></tr></table><p id="out"></p></body></html>"""


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    routes = {"/ra/items": ITEMS, "/ra/projects": PROJECTS, "/ra/shop": SHOP, "/ra/sidebar": SIDEBAR, "/ra/behind-menu": BEHIND_MENU, "/ra/filtered": FILTERED, "/ra/results": RESULTS, "/ra/groups": GROUPS, "/ra/contacts": NOT_GROUPS, "/ra/board": BOARD, "/ra/dots": DOTS, "/ra/empty-board": EMPTY_BOARD}
    return sentences.runner(browser_host, pages, tmp_path, routes, timeouts=model.Timeouts(action_ms=4000, assertion_ms=3000))


def _failures(execution: model.Execution) -> list[tuple[str, str, str | None]]:
    return [(s.text, s.outcome.value, s.error) for s in execution.steps if s.outcome is not model.Outcome.PASSED]


def test_a_rows_menu_named_by_what_it_opens_or_by_its_dots(run: Callable[..., model.Execution]) -> None:
    execution = run([
        'Open the actions menu of the "Nightly backup" row',
        "Click Edit Item",
        'Verify the page shows "edit Nightly backup"',
        "Click the three dots button at the end of the Groceries row",
        "Click Edit Item",
        'Verify the page shows "edit Groceries"',
        "Verify the row tom@example.com shows User",
        "Click the actions button in the ann@example.com row",
        "Click Edit Item",
        'Verify the page shows "edit ann@example.com"',
    ], "/ra/items")
    assert _failures(execution) == []


@pytest.mark.parametrize("sentence", [
    'Open the actions menu of the "Shared list" row',  # two menus in that row: which one is not said
    'Open the actions menu of the "Archived" row',  # no menu in that row
])
def test_a_rows_menu_is_not_guessed_when_the_row_has_none_or_several(run: Callable[..., model.Execution], sentence: str) -> None:
    execution = run([sentence, "Click Edit Item"], "/ra/items")
    first = execution.steps[0]
    assert first.outcome is model.Outcome.FAILED and first.resolution is None


def test_a_card_shows_the_line_under_its_title_and_a_lower_case_tag_is_clicked(run: Callable[..., model.Execution]) -> None:
    execution = run([
        'Verify the Web Servers card shows "4 checks, 2 integrations"',
        'Verify the Side Project card shows "1 check, 0 integrations"',
        "Click the prod tag",
        'Verify the page shows "only prod"',
    ], "/ra/projects")
    assert _failures(execution) == []


def test_a_card_that_shows_another_cards_line_fails(run: Callable[..., model.Execution]) -> None:
    execution = run(['Verify the Side Project card shows "4 checks"'], "/ra/projects")
    assert execution.steps[0].outcome is model.Outcome.FAILED
    assert "1 check, 0 integrations" in (execution.steps[0].error or "")


def test_a_close_icon_in_the_cart_and_initials_in_the_sidebars_avatar(run: Callable[..., model.Execution]) -> None:
    execution = run([
        "Click Open cart",
        "Click the close icon in the cart",  # the help box has a close icon too: "in the cart" tells them apart
        'Verify "Sandals 1 x $20" is not visible',
        'Verify the initials "JD" are shown in the avatar at the bottom of the sidebar',
        "Click Jane Doe at the bottom of the sidebar",
        'Verify the page shows "user menu open"',
    ], "/ra/shop")
    assert _failures(execution) == []


def test_initials_the_avatar_does_not_show_fail(run: Callable[..., model.Execution]) -> None:
    execution = run(['Verify the initials "AB" are shown in the avatar'], "/ra/shop")
    assert execution.steps[0].outcome is model.Outcome.FAILED
    assert 'shows "JD"' in (execution.steps[0].error or "")


def test_a_menu_among_menu_items_a_sidebar_link_and_a_text_inside_a_dialog(run: Callable[..., model.Execution]) -> None:
    execution = run([
        'Verify the menu shows "Light", "Dark" and "System"',  # the open menu, not the sidebar's menu items
        "Verify the sidebar has a Dashboard link",
        'Verify the dialog shows "This item will be permanently deleted."',  # the text, not the dialog box
    ], "/ra/sidebar")
    assert _failures(execution) == []


@pytest.mark.parametrize("sentence", ['Verify the menu shows "Items"', "Verify the sidebar has a Reports link",
                                      'Verify the dialog shows "This cannot be undone"'])
def test_a_menu_sidebar_or_dialog_without_it_fails(run: Callable[..., model.Execution], sentence: str) -> None:
    assert run([sentence], "/ra/sidebar").steps[0].outcome is model.Outcome.FAILED


def test_rows_behind_an_open_menu_are_counted_as_a_person_sees_them(run: Callable[..., model.Execution]) -> None:
    assert _failures(run(["Verify the table has 3 rows"], "/ra/behind-menu")) == []
    step = run(["Verify the table has 4 rows"], "/ra/behind-menu").steps[0]  # the off-screen drawer's row is not seen
    assert step.outcome is model.Outcome.FAILED and "found 3" in (step.error or "")


def test_a_filter_laid_out_as_a_table_is_not_the_first_row(run: Callable[..., model.Execution]) -> None:
    execution = run(['Verify the first row shows "Alice Martin"', "Verify 2 rows are listed", 'Verify the last row shows "Carla Mendes"'],
                    "/ra/filtered")
    assert _failures(execution) == []
    step = run(['Verify the first row shows "Carla Mendes"'], "/ra/filtered").steps[0]
    assert step.outcome is model.Outcome.FAILED and "Alice Martin" in (step.error or "")


def test_rows_counted_in_a_table_named_by_its_markup(run: Callable[..., model.Execution]) -> None:
    assert _failures(run(["Verify 4 rows are shown in the results table"], "/ra/results")) == []
    assert run(["Verify 5 rows are shown in the results table"], "/ra/results").steps[0].outcome is model.Outcome.FAILED
    assert run(["Verify 4 rows are shown in the orders table"], "/ra/results").steps[0].outcome is model.Outcome.FAILED


def test_records_counted_by_the_noun_the_panel_title_gives_them(run: Callable[..., model.Execution]) -> None:
    assert _failures(run(["Verify 3 groups are listed"], "/ra/groups")) == []
    step = run(["Verify 3 groups are listed"], "/ra/contacts").steps[0]  # a table alone on a page not about groups
    assert step.outcome is model.Outcome.FAILED


def test_lists_counted_as_lists_and_checkboxes_counted_by_their_state(run: Callable[..., model.Execution]) -> None:
    execution = run(["Verify 3 lists are shown", "Verify 2 checked checkboxes are shown", "Verify 1 unchecked checkbox is shown"], "/ra/board")
    assert _failures(execution) == []
    step = run(["Verify 3 checked checkboxes are shown"], "/ra/board").steps[0]
    assert step.outcome is model.Outcome.FAILED and "found 2" in (step.error or "")


def test_dots_drawn_by_an_icon_font_class(run: Callable[..., model.Execution]) -> None:
    execution = run(["Click the three dots button at the end of the Nightly backup row", 'Verify the page shows "details nightly"',
                     'Click the "..." button in the Weekly digest row', 'Verify the page shows "details weekly"'], "/ra/dots")
    assert _failures(execution) == []
    step = run(["Click the three dots button at the end of the Archived row"], "/ra/dots").steps[0]
    assert step.outcome is model.Outcome.FAILED and step.resolution is None


def test_the_box_that_creates_a_list_is_never_counted_as_one(run: Callable[..., model.Execution]) -> None:
    assert _failures(run(["Verify no lists are shown"], "/ra/empty-board")) == []
    step = run(["Verify 1 list is shown"], "/ra/empty-board").steps[0]  # a false pass if "create-list" counted
    assert step.outcome is model.Outcome.FAILED and "found 0" in (step.error or "")

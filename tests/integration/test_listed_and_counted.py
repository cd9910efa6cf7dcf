"""Sentences testers write about lists, forms and panels of apps we did not write: a text counted where it is shown
('"Required" is shown 2 times'), rows, links and products in an order the sentence lists, a table's columns, a drawer
open by its title, an item listed under one heading of two, a message under the field it belongs to, a value by a
label written in quotes, a radio chosen by its label. Each passes when the page agrees and fails, saying why, when
it does not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_SHOW_ERRORS = ("document.querySelectorAll('.field').forEach((f) => { if (!f.querySelector('input, textarea').value)"
                " f.insertAdjacentHTML('beforeend', '<div role=alert class=text-red>Required</div>') })")
PAGE = """<!doctype html><html><head><title>Team</title><style>.sr-only { position: absolute; width: 1px; height: 1px;
overflow: hidden; clip: rect(0 0 0 0) }</style></head><body>
<aside><nav><a href="#d">Dashboard</a> <a href="#t">Discussions</a> <a href="#u">Users</a></nav></aside>
<main><h1>Discussions</h1>
<table><thead><tr><th>First Name</th><th>Last Name</th><th>Email</th><th>Role</th><th></th></tr></thead>
<tbody><tr><td>Ada</td><td>Lovelace</td><td>ada@acme.test</td><td>ADMIN</td><td><button>Delete</button></td></tr>
<tr><td>Grace</td><td>Hopper</td><td>grace@acme.test</td><td>USER</td><td><button>Delete</button></td></tr>
<tr><td>Linus</td><td>Torvalds</td><td>linus@acme.test</td><td>USER</td><td><button>Delete</button></td></tr></tbody></table>
<ul class="comments">""" + "".join(f"""<li class="comment"><p>{c}</p><button type="button"><svg width="16" height="16"></svg>
<span class="sr-only">Delete Comment</span></button></li>""" for c in ("First!", "Thanks", "Noted")) + """</ul>
<ul class="replies"><li class="reply"><p>Mine, on Monday</p><button type="button" onclick="this.parentElement.remove()">Delete Reply</button></li>
<li class="reply"><p>Theirs, on Tuesday</p></li></ul>
<div class="starred"><h2>Starred</h2><ul><li><a href="#b1">Sprint 1</a></li></ul></div>
<div class="boards"><h2>My Boards</h2><ul><li><a href="#b1">Sprint 1</a></li><li><a href="#b2">Sprint 2</a></li></ul></div>
<table class="product-info"><tr><th>Price (excl. tax)</th><td>£6.66</td></tr><tr><th>Price (incl. tax)</th><td>£7.99</td></tr></table>
<form onsubmit="return false"><label for="email">My email address is</label> <input id="email" type="email">
<div><input type="radio" name="who" id="new" checked> <label for="new">I am a new customer and want to checkout as a guest</label></div>
<div><input type="radio" name="who" id="back"> <label for="back">I am a returning customer, and my password is</label></div></form>
<button type="button" onclick="document.getElementById('drawer').hidden = false">Create Discussion</button></main>
<div id="drawer" role="dialog" aria-labelledby="drawer-title" hidden><h2 id="drawer-title">Create Discussion</h2>
<form onsubmit="return false"><div class="field"><label for="title">Title</label><input id="title"></div>
<div class="field"><label for="body">Body</label><textarea id="body"></textarea></div>
<button type="button" onclick="__ERRORS__">Submit</button></form>
<div class="flex justify-end space-x-2"><button type="button" onclick="document.getElementById('said').textContent = 'closed by the footer button'">Close</button></div>
<button type="button" onclick="document.getElementById('said').textContent = 'closed by the x'"><svg width="16" height="16"></svg><span class="sr-only">Close</span></button>
<p id="said"></p></div>
</body></html>""".replace("__ERRORS__", _SHOW_ERRORS)


# a dashboard drawn with utility classes: a plain list under a sentence, comments in a list the page labels, icon
# buttons that also say what they do, and a switch whose <label for> points at no element
_LUCIDE = '<svg class="lucide lucide-{0} size-4" width="16" height="16"></svg>'
DASHBOARD = """<!doctype html><html><head><title>Dashboard</title></head><body>
<aside><nav><a href="#d">Dashboard</a> <a href="#t">Discussions</a></nav></aside>
<main><div class="flex items-center justify-between"><h1>Dashboard</h1></div>
<h4>In this application you can:</h4><ul class="my-4 list-inside list-disc"><li>Create discussions</li><li>Edit discussions</li>
<li>Delete discussions</li><li>Comment on discussions</li><li>Delete all comments</li></ul>
<div class="flex items-center space-x-2"><button type="button" role="switch" aria-checked="false" id="choose-team"
onclick="this.setAttribute('aria-checked', this.getAttribute('aria-checked') === 'true' ? 'false' : 'true')"><span></span></button>
<input type="checkbox" aria-hidden="true" tabindex="-1" style="position: absolute; opacity: 0; pointer-events: none">
<label for="airplane-mode">Join Existing Team</label></div></main></body></html>"""
DISCUSSIONS = """<!doctype html><html><head><title>Discussions</title></head><body><main><table><tbody>""" + "".join(f"""<tr><td>{t}</td><td><button type="button" onclick="document.getElementById('said').textContent = 'asked to delete {t}'">
<span class="mr-2">{_LUCIDE.format("trash")}</span><span class="mx-2">Delete Discussion</span></button></td></tr>""" for t in ("Office move", "Quarterly goals")) + """</tbody></table>
<button type="button"><span class="mr-2">""" + _LUCIDE.format("pen") + """</span><span class="mx-2">Update Discussion</span></button>
<h3>Comments:</h3><ul aria-label="comments" class="flex flex-col space-y-3">""" + "".join(
    f"""<li class="w-full bg-white p-4 shadow-sm"><div class="flex justify-between"><span>by Ada</span></div><p>{c}</p></li>""" for c in ("First", "Second", "Third")
) + """</ul><p id="said"></p></main></body></html>"""
ONE_COMMENT = DISCUSSIONS.split('<h3>')[0] + """<h3>Comments:</h3>
<ul aria-label="comments"><li class="w-full bg-white p-4 shadow-sm"><span>by Linus</span><p>Only one</p></li></ul></main></body></html>"""


# a server-rendered shop: a log-in form and a register form side by side, each field in its own form-group, and a
# breadcrumb whose links the category menu repeats
_FIELD = '<div class="form-group"><label for="{0}">{1}</label><div><input type="{2}" id="{0}" name="{0}"></div></div>'
ACCOUNT = """<!doctype html><html><head><title>Login or register</title></head><body>
<header><nav><a class="nav-link dropdown-toggle" href="#" onclick="document.getElementById('said').textContent = 'browsing'; this.nextElementSibling.hidden = false">Browse store</a>
<div class="dropdown-menu" hidden><a class="dropdown-item" href="/lc/account?c=books&amp;menu=1">Books</a><a class="dropdown-item" href="/lc/account?c=offers">Offers</a></div></nav>
<div class="basket-mini"><strong>Basket total:</strong> £0.00 <div class="btn-group"><button type="button">View basket</button>
<button type="button" class="btn dropdown-toggle dropdown-toggle-split" onclick="document.getElementById('said').textContent = 'basket dropped down'; this.nextElementSibling.style.display = 'block'">
<span class="sr-only">Toggle Dropdown</span></button><div class="dropdown-menu" style="display: none"><p>Snow Crash</p><p>Total: £7.99</p></div></div></div></header>
<div class="alert alert-success"><button type="button" class="close" onclick="this.parentElement.remove()">×</button>
<strong>Snow Crash</strong> has been added to your basket.</div>
<div class="alert alert-info"><button type="button" class="close" onclick="this.parentElement.remove()">×</button>Your basket now qualifies.</div>
<p id="said"></p>
<div role="dialog" class="modal" hidden><p>Period – The expected time between pings.</p></div>
<div class="modal" tabindex="-1"><div class="modal-dialog"><div class="modal-content"><h4 class="modal-title">Name and Tags</h4></div></div></div>
<button type="button">Name and Tags</button>
<div role="dialog" class="modal"><h4>Change Schedule</h4><p>Period – The expected time between pings.</p></div>
<ol class="row">""" + "".join(f"""<li class="col-sm-6 col-md-4"><article class="product_pod"><div class="image_container">
<a href="/lc/account?p={n}" title="{n}"><img alt="{n}" width="40" height="40"></a></div><h3><a href="/lc/account?p={n}" title="{n}">{n}</a></h3>
<p class="price_color">£15.00</p><p class="availability">{a}</p></article></li>""" for n, a in (("Django T-shirt", "In stock"), ("Oscar T-shirt", "Unavailable"))) + """</ol>
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/lc/account">Home</a></li>
<li class="breadcrumb-item"><a href="/lc/account?c=books">Books</a></li><li class="breadcrumb-item"><a href="/lc/account?c=cil">Computers in Literature</a></li></ol></nav>
<aside><ul><li><a href="/lc/account?c=books&amp;side=1">Books</a></li><li><a href="/lc/account?c=cil&amp;side=1">Computers in Literature</a></li></ul></aside>
<div class="row"><div class="col-sm-6"><form id="login_form" class="card" onsubmit="return false"><h2>Log In</h2>
""" + _FIELD.format("login-username", "Email address", "email") + _FIELD.format("login-password", "Password", "password") + """
<button type="submit">Log In</button></form></div>
<div class="col-sm-6"><form id="register_form" class="card" onsubmit="return false"><h2>Register</h2>
""" + _FIELD.format("registration-email", "Email address", "email") + _FIELD.format("registration-password1", "Password", "password") + _FIELD.format(
    "registration-password2", "Confirm password", "password") + """<button type="submit">Register</button></form></div></div></body></html>"""


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    return sentences.runner(browser_host, pages, tmp_path, {"/lc/team": PAGE, "/lc/dashboard": DASHBOARD, "/lc/discussions": DISCUSSIONS, "/lc/one-comment": ONE_COMMENT, "/lc/account": ACCOUNT}, timeouts=model.Timeouts(action_ms=4000, assertion_ms=2000))


def test_lists_in_order_counts_of_a_text_and_what_sits_under_a_heading_or_a_field(run: Callable[..., model.Execution]) -> None:
    execution = run([
        "Verify the sidebar links are in this order: Dashboard, Discussions, Users",
        'Verify the rows are in this order: "Ada", "Linus"',
        "Verify the columns are First Name, Last Name, Email, Role",
        'Verify there are 3 trash icon buttons labelled "Delete Comment"',
        'Verify the board "Sprint 1" is listed under Starred',
        'Verify "Sprint 2" is listed under "My Boards"',
        'Verify the "Price (incl. tax)" is "£7.99"',
        'Fill ada@acme.test in "My email address is"',
        'Choose "I am a returning customer, and my password is"',
        'Verify "I am a returning customer, and my password is" is checked',
        "Click Create Discussion",
        'Verify the drawer "Create Discussion" is open',
        "Type Quarterly goals into the Title field",
        "Click Submit",
        'Verify "Required" is shown under Body',
        'Verify the error "Required" is shown 1 time',
        "Verify the page no longer shows \"Nothing here\"",
    ], "/lc/team")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


@pytest.mark.parametrize(("sentence", "said"), [
    ('Verify the rows are in this order: "Linus", "Ada"', "Ada"),  # the page lists Ada first
    ("Verify the sidebar links are in this order: Dashboard, Users, Reports", "Discussions"),
    ("Verify the columns are First Name, Email, Role", "Last Name"),  # one column left out: not exactly these
    ('Verify there are 2 trash icon buttons labelled "Delete Comment"', "3"),
    ('Verify "Price" is shown 2 times', "0"),  # no element says only "Price"
])
def test_an_order_columns_or_a_count_the_page_does_not_show_fails(run: Callable[..., model.Execution], sentence: str, said: str) -> None:
    step = run([sentence], "/lc/team").steps[0]
    assert step.outcome is model.Outcome.FAILED
    assert said in (step.error or "")


def test_a_control_only_another_item_holds_is_never_this_items(run: Callable[..., model.Execution]) -> None:
    # only the author's own reply has a Delete button: "… on the reply Theirs" must not delete "Mine"
    theirs = run(['Click Delete Reply on the reply "Theirs, on Tuesday"'], "/lc/team").steps[0]
    assert theirs.outcome is model.Outcome.FAILED and theirs.resolution is None
    mine = run(['Click Delete Reply on the reply "Mine, on Monday"', 'Verify the page no longer shows "Mine, on Monday"'], "/lc/team")
    assert not sentences.failures(mine), "\n".join(sentences.failures(mine))


def test_an_item_only_under_another_heading_is_not_found_under_this_one(run: Callable[..., model.Execution]) -> None:
    step = run(['Verify the board "Sprint 2" is listed under Starred'], "/lc/team").steps[0]
    assert step.outcome is model.Outcome.FAILED and step.resolution is None


def test_a_message_under_one_field_is_not_taken_for_the_other_fields(run: Callable[..., model.Execution]) -> None:
    execution = run(["Click Create Discussion", "Type Quarterly goals into the Title field", "Click Submit",
                     'Verify "Required" is shown under Title'], "/lc/team")
    last = execution.steps[-1]
    assert [s.outcome for s in execution.steps[:-1]] == [model.Outcome.PASSED] * 3
    assert last.outcome is model.Outcome.FAILED


def test_a_drawer_not_open_fails_and_a_text_count_is_retried_until_it_holds(run: Callable[..., model.Execution]) -> None:
    closed = run(['Verify the drawer "Create Discussion" is open'], "/lc/team").steps[0]
    assert closed.outcome is model.Outcome.FAILED
    execution = run(["Click Create Discussion", "Click Submit", 'Verify "Required" is shown 2 times'], "/lc/team")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


@pytest.mark.parametrize(("sentence", "closed_by"), [("Click the Close button", "the footer button"), ("Click the close icon", "the x")])
def test_a_name_a_person_reads_over_the_same_name_in_hidden_text(run: Callable[..., model.Execution], sentence: str, closed_by: str) -> None:
    execution = run(["Click Create Discussion", sentence, f'Verify the page shows "closed by {closed_by}"'], "/lc/team")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


def test_a_plain_list_labelled_comments_icons_beside_words_and_a_switch_named_by_the_words_after_it(run: Callable[..., model.Execution]) -> None:
    execution = run([
        "Verify 5 items are listed",
        'Verify the last item is "Delete all comments"',
        "Verify the Join Existing Team switch is off",
        "Turn on the Join Existing Team switch",
        "Verify the Join Existing Team switch is on",
    ], "/lc/dashboard")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    execution = run([
        "Verify 3 comments are shown",
        'Click the trash icon in the "Quarterly goals" row',
        'Verify the page shows "asked to delete Quarterly goals"',
        "Verify the pencil icon button is visible",
    ], "/lc/discussions")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


@pytest.mark.parametrize(("sentence", "page"), [("Verify 4 items are listed", "/lc/dashboard"), ("Verify 2 comments are shown", "/lc/discussions"),
                                                ("Verify the Join Existing Team switch is on", "/lc/dashboard"),
                                                ('Click the trash icon in the "Office party" row', "/lc/discussions")])
def test_a_dashboard_that_disagrees_fails(run: Callable[..., model.Execution], sentence: str, page: str) -> None:
    assert run([sentence], page).steps[0].outcome is model.Outcome.FAILED


def test_the_one_item_a_noun_names_is_that_item_not_the_heading_over_its_list(run: Callable[..., model.Execution]) -> None:
    ok = run(["Verify 1 comment is shown", 'Verify the comment shows "by Linus"'], "/lc/one-comment")
    assert not sentences.failures(ok), "\n".join(sentences.failures(ok))
    wrong = run(['Verify the comment shows "by Ada"'], "/lc/one-comment").steps[0]
    assert wrong.outcome is model.Outcome.FAILED


def test_fields_named_by_the_form_or_heading_they_sit_under_and_a_breadcrumb_link(run: Callable[..., model.Execution]) -> None:
    execution = run([
        "Enter carol@example.com as the email address under Log In",
        'Fill "short" in the Password field of the Register form',
        "Type other@example.com in the Register form's Email address",
        'Verify the Email address field of the Log In form has value "carol@example.com"',
        'Verify the Password field of the Register form has value "short"',
        'Verify the Confirm password field is empty',
        "Verify the breadcrumb shows Home, Books and Computers in Literature",
        'Click "Computers in Literature" in the breadcrumb',
        "Verify the URL ends with c=cil",
    ], "/lc/account")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


def test_a_text_split_over_parts_of_one_box_is_read_whole_and_kept_in_its_locator(run: Callable[..., model.Execution]) -> None:
    shown = run(['Verify the header shows "Basket total: £0.00"'], "/lc/account").steps[0]
    assert shown.outcome is model.Outcome.PASSED and shown.resolution is not None
    assert shown.resolution.locator.has_text == "Basket total: £0.00"  # a cached box must still say it
    other = run(['Verify the header shows "Basket total: £7.99"'], "/lc/account").steps[0]
    assert other.outcome is model.Outcome.FAILED


def test_a_split_buttons_caret_and_the_close_icon_of_the_message_that_says_so(run: Callable[..., model.Execution]) -> None:
    execution = run([
        "Click the dropdown arrow next to View basket in the header",
        'Verify the page shows "basket dropped down"',
        'Verify the dropdown shows "Total: £7.99"',
        'Click the close icon on the "has been added to your basket" message',
        'Verify the page no longer shows "has been added to your basket"',
        'Verify the page shows "Your basket now qualifies."',
    ], "/lc/account")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


def test_a_link_in_the_menu_once_a_menu_is_open_is_the_open_menus(run: Callable[..., model.Execution]) -> None:
    execution = run(['Click "Browse store" in the navigation bar', "Click Books in the menu", "Verify the URL ends with menu=1"], "/lc/account")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


def test_a_product_named_by_its_title_link_and_picture_is_read_as_the_product(run: Callable[..., model.Execution]) -> None:
    shown = run(['Verify the Django T-shirt shows "In stock"'], "/lc/account").steps[0]
    assert shown.outcome is model.Outcome.PASSED, shown.error
    other = run(['Verify the Oscar T-shirt shows "In stock"'], "/lc/account").steps[0]
    assert other.outcome is model.Outcome.FAILED and "Unavailable" in (other.error or "")


def test_a_text_in_the_open_dialog_whose_copy_sits_in_a_closed_one(run: Callable[..., model.Execution]) -> None:
    step = run(['Verify the dialog shows "The expected time between pings."'], "/lc/account").steps[0]
    assert step.outcome is model.Outcome.PASSED, step.error
    titled = run(['Verify the dialog "Name and Tags" is open'], "/lc/account").steps[0]  # a modal named by its title only
    assert titled.outcome is model.Outcome.PASSED, titled.error

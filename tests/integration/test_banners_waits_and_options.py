"""Sentences testers wrote for a shop and a bakery we did not build: a cookie notice accepted (its button says "Me want
it!"), a banner closed with a named button, "Search for salt", a text listed or not, a control not in the header, the
header menu in an order, a row listed with a quantity, a dropdown's options, a fixed wait and a wait for the page to
load. Each passes when the page agrees and fails, saying why, when it does not."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_SAY = "document.getElementById('said').textContent = "
SHOP = """<!doctype html><html><head><title>Juicy</title></head><body>
<header><a class="navigation__logo" href="#home" onclick="__SAY__ 'home by the logo'">The Juicy Shop</a><nav><ul><li><a href="#b">Breads</a></li><li><a href="#l">Locations</a></li><li><a href="#g">Blog</a></li></ul></nav>
<button type="button">Account</button></header>
<aside><a href="#c">Contact</a> <a href="#a">About Us</a></aside>
<main><h1>All Products</h1>
<form onsubmit="return false"><input type="search" name="q" placeholder="Search..."
 onkeydown="if (event.key === 'Enter') { __SAY__ 'searched for ' + this.value }"></form>
<table><tbody><tr><td>Orange Juice (1000ml)</td><td>3.49¤</td><td><span class="quantity">2</span></td><td>6.98¤</td></tr>
<tr><td>Lemon Juice (500ml)</td><td>2.99¤</td><td><span class="quantity">1</span></td><td>2.99¤</td></tr></tbody></table>
<label for="purpose">Purpose</label> <select id="purpose"><option>Comment</option><option>Question</option><option>Feedback</option></select>
<button type="button" onclick="const t = document.getElementById('toast'); t.hidden = false; setTimeout(() => { t.hidden = true }, 2500)">Save</button>
<div id="toast" role="status" hidden>Saved</div>
<p id="said"></p></main>
<table class="listing"><tbody><tr><td>Atlantis</td><td><button type="button" aria-label="More options for 'Atlantis'"
 onclick="this.nextElementSibling.hidden = false">⋮</button><div role="menu" hidden><a role="menuitem" href="#edit">Edit</a>
<a role="menuitem" href="#delete" onclick="__SAY__ 'asked to delete Atlantis'">Delete</a></div></td></tr></tbody></table>
<div class="welcome" role="dialog" aria-label="Welcome"><h2>Welcome to the Juicy Shop!</h2>
<button type="button" onclick="this.parentElement.remove(); __SAY__ 'welcome dismissed'">Dismiss</button>
<button type="button">Help getting started</button></div>
<div role="dialog" aria-label="cookieconsent" class="cc-window cc-banner"><span>This website uses fruit cookies to ensure
you get the juiciest tracking experience.</span> <a class="cc-link" href="#more">But me wait!</a>
<div class="cc-compliance"><a role="button" tabindex="0" class="cc-btn cc-dismiss"
 onclick="this.closest('.cc-window').remove(); __SAY__ 'cookies accepted'">Me want it!</a></div></div>
</body></html>""".replace("__SAY__", _SAY)

# a Bootstrap modal whose body lists ways to sign in, one of them in a list item
LOST = """<!doctype html><html><head><title>Log In</title></head><body><main><h1>Log In</h1></main>
<div id="lost" class="modal fade in" role="dialog" style="display: block"><div class="modal-dialog"><div class="modal-content">
<div class="modal-header"><button type="button" class="close">&times;</button><h4>Lost Password?</h4></div>
<div class="modal-body"><p>If you need to reset your password, please do the following:</p>
<ol><li>Log in using the <strong>Email Me a Link</strong> method.</li><li>Once in your account, go to
<strong>Account Settings › Set Password</strong> to set a new password.</li></ol></div>
<div class="modal-footer"><button type="button" class="btn btn-default">Got it</button></div></div></div></div></body></html>"""

# a bakery's home page: cards titled by a heading over their blurb, and sections under headings
BAKERY = """<!doctype html><html><head><title>Bakery</title></head><body><main>
<section><h2>Featured breads</h2><div class="grid">""" + "".join(f"""<a class="card" href="#{n}"><img alt="{n}" width="40" height="40">
<div class="card-body"><h3 class="card-title">{n}</h3><p>{blurb}</p></div></a>""" for n, blurb in (
    ("Anpan", "Sweet bun"), ("Black bread", "Dark rye"), ("Bagel", "Boiled then baked"))) + """</div></section>
<section><h2>Locations</h2><ul><li><a href="#hof">Hof</a></li><li><a href="#vik">Vik</a></li></ul></section>
<section><h2>Partners</h2><ul><li><a href="#berlin">Berlin</a></li></ul></section>
<ul class="search__results">""" + "".join(f"""<li class="listing-card"><a href="#{n}"><h2 class="listing-card__title">{n}</h2>
<p class="listing-card__content-type">{kind}</p></a></li>""" for n, kind in (("Rye loaf", "Bread"), ("Bread and Circuses", "Blog Post"))) + """</ul>
<table><thead><tr><th>First name</th><th>Last name</th><th>Job title</th></tr></thead><tbody><tr><td>Olaf</td><td>Hopper</td>
<td>Baker</td></tr></tbody></table></main></body></html>"""

# a page titled for what it lists, its cards named by no markup word for it, in layout boxes; and a bread's page whose
# lists sit under titles drawn as paragraphs
LOCATIONS = """<!doctype html><html><head><title>Locations | Bakery</title></head><body><header><nav><ul><li class="locations">
<a href="#l">Locations</a></li><li><a href="#b">Breads</a></li></ul></nav></header><main><div class="container"><div class="row">
<h1 class="index-header__title">Locations</h1><p>Find us all over the world.</p></div></div><div class="container">
<div class="location-list-page">""" + "".join(f"""<div class="picture-card"><a class="picture-card__link" href="#{n}"><figure>
<img alt="A view of {n}" width="40" height="40"><div class="picture-card__contents"><h2 class="picture-card__title">{n}</h2>
<p>Open daily</p></div>
</figure></a></div>""" for n in ("Akranes", "Hof", "Vik")) + """</div></div></main></body></html>"""
BREAD = """<!doctype html><html><head><title>Anpan</title></head><body><main><h1>Anpan</h1><div class="meta">
<div><p class="bread-detail__meta-title">Origin</p><p>Japan</p></div>
<div><p class="bread-detail__meta-title">Ingredients</p><ul><li>Flour</li><li>Sugar</li><li>Red bean paste</li></ul></div>
<div><p class="bread-detail__meta-title">Variants</p><ul><li>Melonpan</li><li>Kareepan</li></ul></div></div></main></body></html>"""

# an admin listing: the sidebar's site search, and the listing's own search in the content
ADMIN = """<!doctype html><html><head><title>Ingredients</title></head><body><aside class="sidebar"><form onsubmit="return false">
<input type="text" aria-label="Search" placeholder="Search" onkeydown="if (event.key === 'Enter') { __SAY__ 'site search: ' + this.value }">
</form><nav><a href="#pages">Pages</a></nav></aside><main><h1>Bread ingredients</h1><form onsubmit="return false">
<label for="q">Search term</label><input id="q" type="text" placeholder="Search…"
 onkeydown="if (event.key === 'Enter') { __SAY__ 'listing search: ' + this.value }"></form><p id="said"></p></main></body></html>""".replace("__SAY__", _SAY)

# a page whose spinner shows for a while after it loaded
LOADING = """<!doctype html><html><head><title>Loading</title></head><body>
<div class="spinner" role="progressbar" aria-label="Loading">Loading…</div><p>Ready soon</p>
<script>setTimeout(() => document.querySelector('.spinner').remove(), __MS__)</script></body></html>"""


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    routes = {"/bw/admin": ADMIN, "/bw/locations": LOCATIONS, "/bw/bread": BREAD, "/bw/shop": SHOP, "/bw/lost": LOST, "/bw/bakery": BAKERY, "/bw/loading": LOADING.replace("__MS__", "800"), "/bw/stuck": LOADING.replace("__MS__", "600000")}
    return sentences.runner(browser_host, pages, tmp_path, routes, timeouts=model.Timeouts(action_ms=4000, assertion_ms=1000))


def test_banners_closed_by_what_they_say_a_search_and_what_is_listed_where(run: Callable[..., model.Execution]) -> None:
    execution = run([
        "Close the welcome banner with the Dismiss button",
        'Verify the page shows "welcome dismissed"',
        "Accept the cookies",
        'Verify the page shows "cookies accepted"',
        'Verify "This website uses fruit cookies" is not visible',
        "Search for salt",
        'Verify the page shows "searched for salt"',
        'Verify "Lemon Juice (500ml)" is listed',
        'Verify "Apple Juice (1000ml)" is not listed',
        'Verify the "Your Basket" button is not in the header',
        'Verify "Account" is in the header',
        "Verify the menu items in the header are in this order: Breads, Locations, Blog",
        'Verify "Orange Juice (1000ml)" is listed with quantity 2',
        'Verify "Lemon Juice (500ml)" is listed after "Orange Juice (1000ml)"',
        "Verify the Purpose dropdown has the options Comment, Question and Feedback",
        "Verify the Purpose dropdown does not offer Complaint",
    ], "/bw/shop")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


def test_the_cookie_notice_dismissed_by_its_named_control(run: Callable[..., model.Execution]) -> None:
    execution = run(['Dismiss the cookie notice with "Me want it!"', 'Verify the page shows "cookies accepted"'], "/bw/shop")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


@pytest.mark.parametrize(("sentence", "said"), [
    ('Verify "Lemon Juice (500ml)" is not listed', "Lemon Juice"),
    ('Verify "Account" is not in the header', "Account"),
    ("Verify the menu items in the header are in this order: Blog, Breads", "Breads"),
    # the row shows a 3 (in its price) but its quantity is 2: the quantity is what is read
    ('Verify "Orange Juice (1000ml)" is listed with quantity 3', "2"),
    ("Verify the Purpose dropdown has the options Comment and Complaint", "Feedback"),
    ("Verify the Purpose dropdown does not offer Question", "not to offer"),
    ('Verify "Orange Juice (1000ml)" is listed after "Lemon Juice (500ml)"', "Orange Juice"),
])
def test_what_the_page_does_not_show_fails_saying_what_it_shows(run: Callable[..., model.Execution], sentence: str, said: str) -> None:
    steps = run([sentence], "/bw/shop").steps
    failed = [s for s in steps if s.outcome is not model.Outcome.PASSED]
    assert len(failed) == 1 and failed[0].outcome is model.Outcome.FAILED
    assert said in (failed[0].error or "")


def test_a_fixed_wait_lets_time_pass_and_without_it_the_check_fails(run: Callable[..., model.Execution]) -> None:
    started = time.monotonic()
    waited = run(["Click Save", 'Verify "Saved" is visible', "Wait 3 seconds", 'Verify "Saved" is not visible'], "/bw/shop")
    assert not sentences.failures(waited), "\n".join(sentences.failures(waited))
    assert waited.steps[2].duration_ms >= 3000 and time.monotonic() - started >= 3
    hurried = run(["Click Save", 'Verify "Saved" is not visible'], "/bw/shop")  # the toast stays 2.5 s, the check 1 s
    assert hurried.steps[-1].outcome is model.Outcome.FAILED


def test_waiting_for_the_page_to_load_outwaits_its_spinner_and_fails_on_one_that_stays(run: Callable[..., model.Execution]) -> None:
    loaded = run(["Wait for the page to load", 'Verify "Loading…" is not visible'], "/bw/loading")
    assert not sentences.failures(loaded), "\n".join(sentences.failures(loaded))
    stuck = run(["Wait for the page to load (up to 2 seconds)"], "/bw/stuck").steps[0]
    assert stuck.outcome is model.Outcome.FAILED and "still loading" in (stuck.error or "")


def test_a_text_in_a_list_inside_a_dialog_is_the_item_that_shows_it_not_a_tie_with_its_boxes(run: Callable[..., model.Execution]) -> None:
    shown = run(['Verify the dialog shows "Log in using the Email Me a Link method."'], "/bw/lost").steps[0]
    assert shown.outcome is model.Outcome.PASSED, shown.error
    absent = run(['Verify the dialog shows "Log in using a passkey."'], "/bw/lost").steps[0]
    assert absent.outcome is model.Outcome.FAILED


def test_a_name_that_titles_a_card_or_a_section_checks_what_that_box_shows(run: Callable[..., model.Execution]) -> None:
    execution = run(['Verify "Anpan" shows "Sweet bun"', 'Verify "Black bread" shows "Dark rye"', 'Verify "Rye loaf" is marked "Bread"',
                     "Verify the columns include First name and Job title",
                     "Verify the Locations section shows Hof", "Verify the Locations section shows Vik"], "/bw/bakery")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    for sentence in ('Verify "Anpan" shows "Dark rye"', "Verify the Locations section shows Berlin",  # another box shows it
                     'Verify "Rye loaf" is marked "Blog Post"', "Verify the columns include First name and Email"):
        steps = run([sentence], "/bw/bakery").steps
        assert [s.outcome for s in steps][-1] is model.Outcome.FAILED, sentence  # the last value read is the one not shown


def test_a_logo_drawn_as_the_sites_name_in_a_link_the_markup_calls_the_logo(run: Callable[..., model.Execution]) -> None:
    for sentence in ('Click "The Juicy Shop" logo in the header', "Click the logo"):
        execution = run([sentence, 'Verify the page shows "home by the logo"'], "/bw/shop")
        assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    breads = run(['Click the "Breads" logo in the header'], "/bw/shop").steps[0]  # a menu link, not the logo
    assert breads.outcome is model.Outcome.FAILED


def test_a_page_titled_for_a_noun_counts_its_own_repeated_items_and_a_title_drawn_as_a_paragraph_heads_its_list(
        run: Callable[..., model.Execution]) -> None:
    counted = run(["Verify 3 locations are listed"], "/bw/locations")
    assert not sentences.failures(counted), "\n".join(sentences.failures(counted))
    assert run(["Verify 4 locations are listed"], "/bw/locations").steps[0].outcome is model.Outcome.FAILED
    under = run(["Verify 3 ingredients are listed under Ingredients"], "/bw/bread")
    assert not sentences.failures(under), "\n".join(sentences.failures(under))
    assert run(["Verify 5 ingredients are listed under Ingredients"], "/bw/bread").steps[0].outcome is model.Outcome.FAILED


def test_an_item_of_the_menu_open_now_is_in_the_menu(run: Callable[..., model.Execution]) -> None:
    execution = run(["Click the More options button for Atlantis", "Click Delete in the menu",
                     'Verify the page shows "asked to delete Atlantis"'], "/bw/shop")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    closed = run(["Click Delete in the menu"], "/bw/shop").steps[0]  # the menu is not open: no Delete in any menu
    assert closed.outcome is model.Outcome.FAILED


def test_a_search_that_names_no_part_of_the_page_is_the_contents_not_the_sidebars(run: Callable[..., model.Execution]) -> None:
    listing = run(["Search for salt", 'Verify the page shows "listing search: salt"'], "/bw/admin")
    assert not sentences.failures(listing), "\n".join(sentences.failures(listing))
    site = run(["Type salt into the Search box in the sidebar", "Press Enter", 'Verify the page shows "site search: salt"'], "/bw/admin")
    assert not sentences.failures(site), "\n".join(sentences.failures(site))


def test_the_header_menu_is_the_pages_navigation(run: Callable[..., model.Execution]) -> None:
    shown = run(["Verify the header menu is visible", "Verify the main menu is visible"], "/bw/shop")
    assert not sentences.failures(shown), "\n".join(sentences.failures(shown))
    assert run(["Verify the header menu is visible"], "/bw/lost").steps[0].outcome is model.Outcome.FAILED  # a page without one


def test_every_one_of_a_group_shows_a_text_or_the_step_names_those_that_do_not(run: Callable[..., model.Execution]) -> None:
    every = run(['Verify every location shows "Open daily"', "Verify all locations show Open daily"], "/bw/locations")
    assert not sentences.failures(every), "\n".join(sentences.failures(every))
    some = run(['Verify every row shows "Juice"'], "/bw/shop").steps[0]  # the listing's Atlantis row is a row too
    assert some.outcome is model.Outcome.FAILED and "1 of 3 do not" in (some.error or "") and "Atlantis" in (some.error or "")
    located = run(["Verify every location shows Hof"], "/bw/locations").steps[0]  # Akranes and Vik do not
    assert located.outcome is model.Outcome.FAILED and "2 of 3 do not" in (located.error or "")

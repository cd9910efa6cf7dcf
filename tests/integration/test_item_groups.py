"""Repeated items the markup does not name: cards whose classes are all style hashes, plain list items, table rows
among a header, a filter row and a "no data" row, and a cart that lists what was added. People count them, pick
them by position and read what a box lists; the engine finds them by their repeated shape, refuses to guess
between two equally likely lists, and never counts a header, filter or placeholder row as data."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from pacts_farm.demo import server
from tests.integration import sentences

pytestmark = pytest.mark.browser

# two lists of cards with one shape and as many cards each: which are "the products" is a question, not a guess
_CARDS = "".join(f'<div class="css-9f8e7d"><h3>{name}</h3><button type="button">Buy</button></div>' for name in ("Mug", "Cap", "Tote"))
TWO_LISTS = f"""<main><h2>New</h2><div class="css-a1b2c3">{_CARDS}</div>
<h2>Popular</h2><div class="css-d4e5f6">{_CARDS.replace("Mug", "Lamp")}</div></main>"""

# a feed with no classes at all: posts are list items holding an author link and a line of text; the nav's list
# items are the site's menu, not posts
FEED = """<nav><ul><li><a href="#home">Home</a></li><li><a href="#explore">Explore</a></li><li><a href="#me">Me</a></li>
<li><a href="#out">Logout</a></li></ul></nav>
<main><ul><li><a href="#ana">ana</a> <span>Planting garlic</span></li><li><a href="#ben">ben</a> <span>New bike lane</span></li>
<li><a href="#cleo">cleo</a> <span>Marathon done</span></li></ul></main>"""


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    routes = {"/ig/boutique": server.render_page("boutique", None), "/ig/two-lists": TWO_LISTS, "/ig/feed": FEED}
    return sentences.runner(browser_host, pages, tmp_path, routes, timeouts=model.Timeouts(action_ms=3000, assertion_ms=1500))


def _failures(execution: model.Execution) -> list[tuple[str, str, str | None]]:
    return [(s.text, s.outcome.value, s.error) for s in execution.steps if s.outcome is not model.Outcome.PASSED]


def test_cards_with_hashed_classes_are_counted_and_picked_by_position(run: Callable[..., model.Execution]) -> None:
    execution = run([
        "Verify 4 products are listed",  # the four cards; the header's and footer's link lists are not products
        "Verify the first product is Red Shoe",
        'Verify the third product shows "24.00"',
        'Verify the last card says "Grey Sock"',
        "Verify at least 3 items are listed",
        'Verify the product "Red Shoe" shows 49.99',  # the card that says Red Shoe, not its title alone
    ], "/ig/boutique")
    assert _failures(execution) == []


def test_a_wrong_count_or_position_fails_on_hashed_cards(run: Callable[..., model.Execution]) -> None:
    (count,) = run(["Verify 5 products are listed"], "/ig/boutique").steps
    assert count.outcome is model.Outcome.FAILED and "found 4" in (count.error or "")
    (first,) = run(['Verify the first product shows "Blue Hat"'], "/ig/boutique").steps
    assert first.outcome is model.Outcome.FAILED and "Red Shoe" in (first.error or "")
    (named,) = run(['Verify the product "Blue Hat" shows "49.99"'], "/ig/boutique").steps
    assert named.outcome is model.Outcome.FAILED and "19.50" in (named.error or "")


def test_two_equally_large_lists_are_never_guessed_between(run: Callable[..., model.Execution]) -> None:
    # a count holds for either list alike (each has 3), so it is read; which product is first is never guessed
    (count,) = run(["Verify 3 products are listed"], "/ig/two-lists").steps
    assert count.outcome is model.Outcome.PASSED, count.error
    (wrong,) = run(["Verify 2 products are listed"], "/ig/two-lists").steps
    assert wrong.outcome is model.Outcome.FAILED
    assert "cannot tell which" in (wrong.error or "") and "(3)" in (wrong.error or "")
    (first,) = run(['Verify the first product shows "Mug"'], "/ig/two-lists").steps
    assert first.outcome is model.Outcome.FAILED


def test_plain_list_items_are_posts_and_the_menu_is_not(run: Callable[..., model.Execution]) -> None:
    execution = run([
        "Verify 3 posts are listed",
        'Verify the second post says "New bike lane"',
        'Verify the last post shows "Marathon done"',
    ], "/ig/feed")
    assert _failures(execution) == []


def test_table_rows_skip_the_filter_row_and_the_no_data_row(run: Callable[..., model.Execution]) -> None:
    execution = run([
        'Verify the first row shows "Alice"',  # the filter row above it holds no record
        'Verify the row for Bob shows "Processing"',
        'Verify the last row shows "Carol"',  # the hidden "No orders match" row is not a record
        "Verify 3 rows are listed",
        'Fill "zzz" in the Filter orders field',
        'Verify the table shows "No orders match"',
        "Verify 0 rows are listed",  # the placeholder is not a row of data
    ], "/ig/boutique")
    assert _failures(execution) == []


def test_the_cart_lists_what_was_added_and_not_what_was_not(run: Callable[..., model.Execution]) -> None:
    execution = run([
        "Verify 0 items are in the cart",
        "Click Add to cart for the second item",
        "Verify exactly one item is in the cart",
        "Click Add to cart for the first product",
        'Verify the cart lists "Blue Hat"',
        "Verify the basket contains Blue Hat and Red Shoe",
        'Verify "Green Scarf" is not listed in the cart',
        "Verify 2 items are in the cart",
    ], "/ig/boutique")
    assert _failures(execution) == []


def test_the_cart_listing_a_missing_item_fails(run: Callable[..., model.Execution]) -> None:
    execution = run(["Click Add to cart for the second item", 'Verify the cart lists "Blue Hat", "Grey Sock" and "Red Shoe"'],
                    "/ig/boutique")
    outcomes = [s.outcome for s in execution.steps]
    assert outcomes[:3] == [model.Outcome.PASSED, model.Outcome.PASSED, model.Outcome.FAILED]
    assert "Grey Sock" in (execution.steps[2].error or "")
    (listed,) = run(['Verify "Red Shoe" is listed in the cart'], "/ig/boutique").steps
    assert listed.outcome is model.Outcome.FAILED
    (absent,) = run(['Verify the cart does not list "Nothing here yet"'], "/ig/boutique").steps
    assert absent.outcome is model.Outcome.FAILED  # the empty cart says so: "not listed" is checked, not assumed


# a server-rendered inbox: each message a table of its own under the page's "Messages" heading; one message is
# still a list of one (a lone box under a heading that does not name the noun is not)
INBOX = """<div class="container"><h1>Messages</h1>{}<nav><ul><li><a href="#newer">Newer</a></li><li><a href="#older">Older</a></li>
</ul></nav></div>"""
_MESSAGE = '<table><tr><td><a href="#{0}"><img alt="" width="20" height="20"></a></td><td><a href="#{0}">{0}</a> said<br><span>{1}</span></td></tr></table>'


def test_one_message_under_a_heading_that_names_them_is_counted(
    browser_host: chromium.BrowserHost, pages: object, tmp_path: Path
) -> None:
    routes = {"/ig/inbox-1": INBOX.format(_MESSAGE.format("ana", "Meetup?")),
              "/ig/inbox-2": INBOX.format(_MESSAGE.format("ana", "Meetup?") + _MESSAGE.format("ben", "Lunch?")),
              "/ig/profile": INBOX.replace("Messages", "Profile").format(_MESSAGE.format("ana", "Meetup?"))}
    run = sentences.runner(browser_host, pages, tmp_path, routes, timeouts=model.Timeouts(action_ms=3000, assertion_ms=1500))
    assert _failures(run(["Verify exactly one message is listed"], "/ig/inbox-1")) == []
    assert _failures(run(["Verify 2 messages are listed", 'Verify the last message shows "Lunch?"'], "/ig/inbox-2")) == []
    (none,) = run(["Verify exactly one message is listed"], "/ig/profile").steps
    assert none.outcome is model.Outcome.FAILED


# a list the markup names ("users-list") whose items are named too, next to the field that searches it
PEOPLE = """<input data-test="user-list-search-input" placeholder="Search"><ul data-test="users-list">""" + "".join(
    f'<li data-test="user-list-item-{key}"><img alt="" width="20" height="20"><span>{name}</span></li>'
    for key, name in (("t45AiwidW", "Edgar Johns"), ("qywYp6hS0U", "Kristian Bradtke"))) + "</ul>"


def test_a_named_list_shows_what_its_items_say(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> None:
    run = sentences.runner(browser_host, pages, tmp_path, {"/ig/people": PEOPLE},
                           timeouts=model.Timeouts(action_ms=3000, assertion_ms=1500))
    execution = run(['Verify the user list shows "Kristian Bradtke"', 'Verify "Ann Lee" is not listed in the user list',
                     "Verify 2 users are listed", "Click Kristian Bradtke in the user list"], "/ig/people")
    assert _failures(execution) == []
    (missing,) = run(['Verify the user list shows "Ann Lee"'], "/ig/people").steps
    assert missing.outcome is model.Outcome.FAILED and "Ann Lee" in (missing.error or "")

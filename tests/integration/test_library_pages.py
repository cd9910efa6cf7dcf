"""Lists on pages shaped like a server-rendered library catalogue and a shop: plain <ul><li><a> lists that no
markup word names, the list under a heading, a sidebar of links that is chrome and not content, pagination, and
a grid of product cards. Plain-English suites run end to end: each check passes when the page agrees and fails,
saying what it found, when it does not."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_SIDEBAR = """<div class="col-sm-2"><ul class="sidebar-nav">
 <li><a href="/lib/">Home</a></li><li><a href="/lib/copies">All book copies</a></li><li><a href="/lib/books">All books</a></li>
 <li><a href="/lib/authors">All authors</a></li><li><a href="/lib/genres">All genres</a></li><li><a href="/lib/languages">All languages</a></li>
</ul><ul class="sidebar-nav"><li><a href="/lib/login">Login</a></li></ul></div>"""


def _page(title: str, content: str) -> str:
    return (f"<!doctype html><html><head><title>{title}</title></head><body><div class=\"container-fluid\"><div class=\"row\">"
            f"{_SIDEBAR}<div class=\"col-sm-10 \">{content}</div></div></div></body></html>")


_BOOKS = [("A Wizard of Earthsea", "Le Guin, Ursula"), ("Around the World in Eighty Days", "Verne, Jules"),
          ("Death on the Nile", "Christie, Agatha"), ("Dune", "Herbert, Frank"), ("Emma", "Austen, Jane"),
          ("Foundation", "Asimov, Isaac"), ("I, Robot", "Asimov, Isaac"), ("Murder on the Orient Express", "Christie, Agatha"),
          ("Pride and Prejudice", "Austen, Jane"), ("The Murder of Roger Ackroyd", "Christie, Agatha")]

BOOK_LIST = _page("Local Library", "<h1>Book List</h1><ul>" + "".join(
    f'<li>\n <a href="/lib/book/{n}">{title}</a> ({author})\n</li>' for n, (title, author) in enumerate(_BOOKS, 1)
) + """</ul><div class="pagination"><span class="page-links"><span class="page-current">Page 1 of 2.</span>
<a href="/lib/books?page=2">next</a></span></div>""")

AUTHORS = _page("Local Library", "<h1>Author List</h1><ul>" + "".join(
    f'<li><a href="/lib/author/{n}">{name}</a></li>' for n, name in enumerate(
        ["Asimov, Isaac", "Austen, Jane", "Christie, Agatha", "Herbert, Frank", "Le Guin, Ursula", "Quill, Maya", "Verne, Jules"], 1)
) + "</ul>")

# a reader's loans: the overdue one marked by a class the others lack, still one of the list's items
MY_BOOKS = _page("Local Library", """<h1>Borrowed books</h1><ul>
 <li class="text-danger"><a href="/lib/book/11">Twenty Thousand Leagues Under the Sea</a> (Jan. 15, 2024)</li>
 <li class=""><a href="/lib/book/9">Pride and Prejudice</a> (Dec. 20, 2030)</li>
 <li class=""><a href="/lib/book/6">Foundation</a> (Dec. 27, 2030)</li></ul>""")

AUTHOR = _page("Local Library", "<h1>Author: Austen, Jane</h1><p>Dec. 16, 1775 - July 18, 1817</p>")

GENRE = _page("Local Library", """<h1>Genre: Mystery</h1>
<div style="margin-left:20px"><h4>Books in genre</h4><ul>
 <li><a href="/lib/book/3">Death on the Nile</a> (Christie, Agatha)</li>
 <li><a href="/lib/book/8">Murder on the Orient Express</a> (Christie, Agatha)</li>
 <li><a href="/lib/book/10">The Murder of Roger Ackroyd</a> (Christie, Agatha)</li></ul>
<h4>Also borrowed</h4><ul><li><a href="/lib/book/5">Emma</a> (Austen, Jane)</li><li><a href="/lib/book/4">Dune</a> (Herbert, Frank)</li></ul>
</div>""")

EMPTY_GENRE = _page("Local Library", """<h1>Genre: Poetry</h1><div><h4>Books in genre</h4><ul>
 <li>There are no books in this genre.</li></ul></div>""")

# two content lists that both name books: a count of books is a question, never a guess
TWO_SHELVES = _page("Local Library", """<h1>Shelves</h1><h2>New books</h2><ul>
 <li><a href="/lib/book/4">Dune</a></li><li><a href="/lib/book/5">Emma</a></li><li><a href="/lib/book/6">Foundation</a></li></ul>
<h2>Popular books</h2><ul><li><a href="/lib/book/9">Pride and Prejudice</a></li><li><a href="/lib/book/1">A Wizard of Earthsea</a></li></ul>""")

# a shop's grid of cards no markup word names (hashed classes): picture, title, price and a button each
SHOP = """<!doctype html><html><head><title>Shop</title></head><body>
<header class="topbar"><nav><a href="/lib/shop">Home</a> <a href="/lib/shop">Shoes</a> <a href="/lib/shop">Bags</a>
 <a href="/lib/shop">Hats</a> <a href="/lib/shop">Sale</a></nav><span id="cart">Cart (<b id="n">0</b>)</span></header>
<main><h1>Shoes</h1><div class="s-x81k">""" + "".join(
    f'<div class="s-1f2c"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="{name}" width="40" height="40">'
    f'<h3>{name}</h3><span>${price}</span><button onclick="document.getElementById(\'n\').textContent='
    f'String(Number(document.getElementById(\'n\').textContent) + 1); this.textContent = \'Added {name}\'">Add to cart</button></div>'
    for name, price in [("Maroon sandals", "29.99"), ("Blue sneakers", "49.00"), ("Red boots", "89.50"), ("Multi-coloured Sneakers", "59.00")]
) + "</div></main></body></html>"


# a Svelte-like shop: the grid is a <ul> inside a wrapper the markup calls "products", above a FAQ list of as many or
# more items of the same build (a picture, words, a button) that is no product list
_CARD = ('<li class="svelte-1p0"><div class="container svelte-pq"><div class="image svelte-pq"><img src="data:image/gif;base64,'
         'R0lGODlhAQABAAAAACw=" alt="{0}" width="40" height="40"></div><p class="lg">{0}</p><p class="lg">{1} $</p>'
         '<button class="svelte-1r"><p>Add to Cart</p></button></div></li>')
_FAQ = ('<li class="svelte-1g"><div class="svelte-1g"><div class="question"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" '
        'alt="mark icon" width="20" height="20"><p class="lg">{0}</p></div><button class="svelte-1g"><img alt="Arrow icon" '
        'src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="20" height="20"></button></div></li>')
SVELTE_SHOP = ("<!doctype html><html><head><title>Shop</title></head><body><div id=\"app\"><header><nav><button>Shoes</button>"
               "<button>Bags</button></nav></header><main><div class=\"products svelte-l\"><div class=\"svelte-l\"><ul class=\"svelte-1p0\">"
               + _CARD.format("Blue tote", "39.99") + _CARD.format("Red bag", "59.99")
               + "</ul></div></div><div class=\"faqs svelte-l\"><div class=\"svelte-l\"><ul class=\"svelte-1h\">"
               + "".join(_FAQ.format(q) for q in ("Help & Contact", "Gift cards", "Shipping"))
               + "</ul></div></div></main></div></body></html>")


# a Trello-like board: each list titled by an input field (its value is the title a person reads), cards inside
BOARD = """<!doctype html><html><head><title>Board</title></head><body><nav class="topbar"><a href="/lib/board">Home</a></nav>
<main><div class="board">""" + "".join(
    f'<div class="lane"><div class="lane-head"><input class="lane-name" value="{name}"><button>...</button></div><div>'
    + "".join(f'<div class="ticket"><label><input type="checkbox"></label><span>{card}</span></div>' for card in cards)
    + "</div></div>"
    for name, cards in [("Backlog", ["Write specs", "Set up CI", "Design logo"]), ("In progress", ["Login page"]), ("Done", ["Kickoff meeting", "Choose a name"])]
) + "</div></main></body></html>"


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    routes = {"/lib/books": BOOK_LIST, "/lib/authors": AUTHORS, "/lib/author/2": AUTHOR, "/lib/genre/1": GENRE,
              "/lib/genre/2": EMPTY_GENRE, "/lib/shelves": TWO_SHELVES, "/lib/shop": SHOP, "/lib/board": BOARD, "/lib/mybooks": MY_BOOKS, "/lib/svelte": SVELTE_SHOP}
    run_ = sentences.runner(browser_host, pages, tmp_path, routes, timeouts=model.Timeouts(action_ms=1500, assertion_ms=1500))
    return lambda steps, path="/lib/books": run_(steps, path)


def _failed(execution: model.Execution) -> list[tuple[str, str | None]]:
    return [(s.text, s.error) for s in execution.steps if s.outcome is not model.Outcome.PASSED]


def test_a_plain_link_list_is_counted_and_ordered_without_the_sidebar(run: Callable[..., model.Execution]) -> None:
    execution = run([
        "Verify 10 books are listed",
        'Verify the first book is "A Wizard of Earthsea"',
        "Verify the 2nd book is Around the World in Eighty Days",
        "Verify the second book is Around the World in Eighty Days",
        "Verify the last book on the page is The Murder of Roger Ackroyd",
        "Verify the books are sorted by title, A to Z",
        'Verify the page shows "Page 1 of 2."',
        "Click next",
        "Verify the URL contains ?page=2",
    ])
    assert _failed(execution) == []


@pytest.mark.parametrize(
    ("sentence", "message"),
    [
        ("Verify 12 books are listed", 'found 10 ('),
        ('Verify the first book is "Emma"', "A Wizard of Earthsea"),
        ("Verify the third book is Dune", "Death on the Nile"),
        ("Verify the last book is A Wizard of Earthsea", "The Murder of Roger Ackroyd"),
    ],
)
def test_a_plain_link_list_fails_with_what_it_shows(run: Callable[..., model.Execution], sentence: str, message: str) -> None:
    (step,) = run([sentence]).steps
    assert step.outcome is model.Outcome.FAILED
    assert message in (step.error or ""), step.error


def test_items_of_one_list_stay_one_list_whatever_their_classes(run: Callable[..., model.Execution]) -> None:
    execution = run([
        "Verify 3 books are listed",
        "Verify 3 items are listed",
        'Verify the first item shows "Twenty Thousand Leagues Under the Sea (Jan. 15, 2024)"',
        'Verify the second item shows "Pride and Prejudice"',
        "Verify the last item shows Foundation",
        "Verify the second book is Pride and Prejudice",
    ], path="/lib/mybooks")
    assert _failed(execution) == []
    (step,) = run(['Verify the second item shows "Foundation"'], path="/lib/mybooks").steps
    assert step.outcome is model.Outcome.FAILED and "Pride and Prejudice" in (step.error or ""), step.error


def test_the_nth_item_of_a_link_list_is_clicked_by_its_link(run: Callable[..., model.Execution]) -> None:
    execution = run(["Verify 7 authors are listed", "Click the 2nd author", 'Verify the heading "Author: Austen, Jane" is visible'],
                    path="/lib/authors")
    assert _failed(execution) == []


def test_a_list_under_a_heading_is_the_one_counted(run: Callable[..., model.Execution]) -> None:
    execution = run([
        'Verify 3 books are listed under "Books in genre"',
        'Verify 2 books are listed under "Also borrowed"',
        'Verify the first book under "Books in genre" is Death on the Nile',
        'Verify the last book under "Books in genre" is "The Murder of Roger Ackroyd"',
        'Verify the first book under the Also borrowed heading is Emma',
    ], path="/lib/genre/1")
    assert _failed(execution) == []


@pytest.mark.parametrize(
    ("sentence", "message"),
    [
        ('Verify 2 books are listed under "Books in genre"', "found 3"),
        ('Verify the last book under "Also borrowed" is Death on the Nile', "Dune"),
        ('Verify 3 books are listed under "Staff picks"', 'no heading or list title on the page says "Staff picks"'),
        ('Verify the first book under "Staff picks" is Emma', 'no heading or list title on the page says "Staff picks"'),
    ],
)
def test_a_list_under_a_heading_fails_with_what_it_shows(run: Callable[..., model.Execution], sentence: str, message: str) -> None:
    (step,) = run([sentence], path="/lib/genre/1").steps
    assert step.outcome is model.Outcome.FAILED
    assert message in (step.error or ""), step.error


def test_a_placeholder_line_is_not_an_item(run: Callable[..., model.Execution]) -> None:
    assert _failed(run(['Verify no books are listed under "Books in genre"'], path="/lib/genre/2")) == []
    (step,) = run(['Verify 1 book is listed under "Books in genre"'], path="/lib/genre/2").steps
    assert step.outcome is model.Outcome.FAILED and "found 0" in (step.error or ""), step.error


def test_two_content_lists_that_both_match_stay_a_question(run: Callable[..., model.Execution]) -> None:
    (step,) = run(["Verify 3 books are listed"], path="/lib/shelves").steps
    assert step.outcome is model.Outcome.FAILED
    assert 'cannot tell which elements are the "book"' in (step.error or "") and "ul (3)" in (step.error or "") and "ul (2)" in (step.error or "")
    assert _failed(run(['Verify 2 books are listed under "Popular books"', 'Verify the first book under "New books" is Dune'],
                       path="/lib/shelves")) == []


def test_a_grid_of_product_cards_is_a_list_of_products(run: Callable[..., model.Execution]) -> None:
    execution = run([
        "Verify 4 products are listed",
        'Verify the first product is "Maroon sandals"',
        "Verify the last product is Multi-coloured Sneakers",
        "Click Add to cart for the second product",
        'Verify the page shows "Added Blue sneakers"',
        'Verify the page shows "Cart (1)"',
    ], path="/lib/shop")
    assert _failed(execution) == []


def test_a_product_list_in_a_wrapper_wins_over_a_longer_faq(run: Callable[..., model.Execution]) -> None:
    execution = run(["Verify 2 products are listed", 'Verify the first product is "Blue tote"', "Verify the last product is Red bag",
                     'Verify the product "Red bag" shows "59.99 $"', "Verify the price of the second product is 59.99 $"], path="/lib/svelte")
    assert _failed(execution) == []
    (step,) = run(["Verify 3 products are listed"], path="/lib/svelte").steps
    assert step.outcome is model.Outcome.FAILED and "found 2" in (step.error or ""), step.error
    (step,) = run(["Verify the price of the first product is 59.99 $"], path="/lib/svelte").steps
    assert step.outcome is model.Outcome.FAILED and '"39.99 $"' in (step.error or ""), step.error


def test_a_grid_of_product_cards_fails_with_what_it_shows(run: Callable[..., model.Execution]) -> None:
    # the prices are 29.99, 49.00, 89.50, 59.00: not sorted, and the check says so
    (order,) = run(["Verify the products are sorted by price, low to high"], path="/lib/shop").steps
    assert order.outcome is model.Outcome.FAILED and "$89.50" in (order.error or ""), order.error
    (first,) = run(['Verify the first product is "Red boots"'], path="/lib/shop").steps
    assert first.outcome is model.Outcome.FAILED and "Maroon sandals" in (first.error or ""), first.error
    (count,) = run(["Verify 5 products are listed"], path="/lib/shop").steps
    assert count.outcome is model.Outcome.FAILED and "found 4" in (count.error or ""), count.error


def test_a_list_titled_by_a_field_is_a_section_and_shows_its_title(run: Callable[..., model.Execution]) -> None:
    execution = run([
        "Verify 3 lanes are shown",
        'Verify the first lane is named "Backlog"',
        "Verify the last lane is named Done",
        'Verify the second lane shows "In progress"',
        "Verify 3 cards are in the Backlog list",
        'Verify 2 cards are listed under "Done"',
        'Verify the first card in the Backlog list is "Write specs"',
        'Verify the last card in the "Backlog" list is Design logo',
        "Verify the first card under Done is Kickoff meeting",
    ], path="/lib/board")
    assert _failed(execution) == []


@pytest.mark.parametrize(
    ("sentence", "message"),
    [
        ('Verify the first lane is named "Done"', "its fields hold ['Backlog']"),
        ("Verify 2 cards are in the Backlog list", "found 3"),
        ('Verify the last card in the "In progress" list is "Write specs"', "Login page"),
    ],
)
def test_a_list_titled_by_a_field_fails_with_what_it_shows(run: Callable[..., model.Execution], sentence: str, message: str) -> None:
    (step,) = run([sentence], path="/lib/board").steps
    assert step.outcome is model.Outcome.FAILED
    assert message in (step.error or ""), step.error

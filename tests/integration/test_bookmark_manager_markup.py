"""A bookmark manager drawn the way server-rendered apps draw one: a side panel titled "Tags" whose tag links sit in
groups, a "Bookmarks" dropdown beside rows that each have an "Unread" button, a modal titled only by its heading, a
hint that goes on after the sentence checked, tags whose "#" a style draws, links whose tooltip mentions the Internet Archive, and rows inside a
main box with the same class as theirs. Each check has a twin that must fail."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

ROWS = "".join(
    f"""<li><div class="content"><div class="title"><a href="/b/{n}"><span>{title}</span></a></div>
<div class="description"><span class="tags"><a href="#q-{tag}">{tag}</a></span> | <span>{about}</span></div>
<div class="actions"><a href="https://web.archive.org/{n}" title="View snapshot on the Internet Archive Wayback Machine">2 weeks ago</a>
<a href="/b/{n}/edit">Edit</a> <button type="button" name="mark_as_read" value="{n}" class="btn btn-link"
onclick="document.getElementById('done').textContent='Marked {title} as read'"><svg width="16" height="16"><use href="#unread"></use></svg>
Unread</button></div></div></li>"""
    for n, (title, tag, about) in enumerate([("Real Python", "python", "Tutorials, not the Python Tutorial"),
                                              ("Python Tutorial", "python", "The tutorial; see also Real Python"),
                                              ("BBC Good Food", "recipes", "Recipes and meal ideas")], start=1))

BOOKMARKS = f"""<!doctype html><html><head><style>.menu {{ display: none; }} .open + .menu {{ display: block; }}
.modal {{ display: none; }} .modal.active {{ display: block; }} .tags a::before {{ content: "#"; }}</style></head><body>
<header><button class="dropdown-toggle" onclick="this.classList.toggle('open')">Bookmarks</button>
<ul class="menu" role="list"><li><a href="#archived" onclick="document.getElementById('done').textContent='Archived list'">Archived</a></li>
<li><a href="#unread" onclick="document.getElementById('done').textContent='Unread list'">Unread</a></li></ul>
<a href="#tags" onclick="document.getElementById('tag-modal').classList.add('active')">Create Tag</a></header>
<main><div class="content"><h1>Bookmarks</h1><ul class="bookmarks">{ROWS}</ul><p id="done"></p>
<div class="form-input-hint">This URL is already bookmarked. The form has been pre-filled with the existing bookmark, and saving the form will update the existing bookmark.</div>
</div></main>
<aside class="side-panel"><section aria-labelledby="bundles-heading"><h2 id="bundles-heading">Bundles</h2>
<ul><li><a href="?bundle=1">Weekend</a></li></ul></section>
<section aria-labelledby="tags-heading"><div class="section-header"><h2 id="tags-heading">Tags</h2></div>
<div class="tag-cloud"><p class="group"><a href="#q-python" onclick="document.getElementById('done').textContent='Tag python'">python</a></p>
<p class="group"><a href="#q-reading">reading</a> <a href="#q-recipes" onclick="document.getElementById('done').textContent='Tag recipes'">recipes</a></p>
</div></section></aside>
<div class="modal" id="tag-modal"><div class="modal-container" role="dialog" aria-modal="true"><div class="modal-header">
<h2 class="title">Create Tag</h2></div><label for="name">Name</label><input id="name"></div></div></body></html>"""


TAGS = """<!doctype html><html><body><main><h1>Tags</h1><table><thead><tr><th>Name</th><th>Bookmarks</th><th>Number of readers</th><th>Actions</th></tr>
</thead><tbody><tr><td>javascript</td><td>8</td><td>3</td><td><a href="#e1">Edit</a></td></tr><tr><td>python</td><td>18</td><td>5</td><td><a href="#e2">Edit</a></td></tr>
</tbody></table></main></body></html>"""


# a search results page that echoes the term back above its results (Calibre-Web's kind)
SEARCHED = """<!doctype html><html><body><div class="discover"><h2>{{heading}}</h2><p>Search Term: Dracula</p>
<div class="row">{items}</div></div></body></html>""".replace("{{heading}}", "Results")
FOUND = '<div class="book"><a href="#b1"><p class="title">Dracula</p></a><p class="author">Bram Stoker</p></div>'


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("bookmarks"), {"/bm/list": BOOKMARKS, "/bm/tags": TAGS,
                                                                                        "/bm/none": SEARCHED.format(items=""),
                                                                                        "/bm/one": SEARCHED.format(items=FOUND)},
                            timeouts=model.Timeouts(action_ms=1500, assertion_ms=2000))


def _passes(run, said: list[str]) -> None:  # type: ignore[no-untyped-def]
    execution = run(said, "/bm/list")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


def _fails(run, said: list[str]) -> bool:  # type: ignore[no-untyped-def]
    return model.settle_verdict(run(said, "/bm/list")) is model.Verdict.FAILED


def test_a_tag_in_the_panel_titled_tags_among_rows_that_show_the_same_tag(run) -> None:  # type: ignore[no-untyped-def]
    _passes(run, ['In the Tags panel, click the tag "recipes"', 'Verify the page shows "Tag recipes"'])
    _passes(run, ['Click "python" in the Tags section', 'Verify the page shows "Tag python"'])
    assert _fails(run, ['Click "recipes" in the Bundles section'])  # that panel has none


def test_an_item_of_the_menu_its_toggle_names_among_row_buttons_of_that_name(run) -> None:  # type: ignore[no-untyped-def]
    _passes(run, ["Click the Bookmarks button", 'Click "Unread" in the Bookmarks menu', 'Verify the page shows "Unread list"'])
    assert _fails(run, ["Click the Bookmarks button", 'Click "Unread" in the Settings menu'])


def test_a_dialog_titled_only_by_its_heading(run) -> None:  # type: ignore[no-untyped-def]
    _passes(run, ["Click Create Tag", 'Verify a dialog titled "Create Tag" is visible'])
    assert _fails(run, ["Click Create Tag", 'Verify a dialog titled "Edit Tag" is visible'])


def test_a_sentence_a_hint_says_before_it_goes_on(run) -> None:  # type: ignore[no-untyped-def]
    _passes(run, ['Verify the hint "This URL is already bookmarked." is visible'])
    assert _fails(run, ['Verify the hint "This URL is not bookmarked." is visible'])


def test_a_quoted_name_is_not_a_word_of_a_tooltip_on_a_link_that_reads_otherwise(run) -> None:  # type: ignore[no-untyped-def]
    _passes(run, ['Verify the "Archive" button is not visible'])
    assert _fails(run, ['Verify the "Edit" link is not visible'])


def test_a_button_in_the_row_for_a_name_other_rows_mention(run) -> None:  # type: ignore[no-untyped-def]
    _passes(run, ['Click the "Unread" button in the row for "Real Python"', 'Verify the page shows "Marked Real Python as read"'])
    _passes(run, ['Click the "Unread" button in the row for "Python Tutorial"', 'Verify the page shows "Marked Python Tutorial as read"'])


def test_a_tag_whose_hash_a_style_draws(run) -> None:  # type: ignore[no-untyped-def]
    _passes(run, ['Verify the row for "BBC Good Food" shows "#recipes"'])
    assert _fails(run, ['Verify the row for "Real Python" shows "#recipes"'])


def test_a_count_said_in_brackets_after_a_name_shown_in_the_next_cell(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(["The first two rows are javascript (8) and python (18)"], "/bm/tags")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    assert model.settle_verdict(run(["The first row is javascript (18)"], "/bm/tags")) is model.Verdict.FAILED
    assert model.settle_verdict(run(["The second row is python (8)"], "/bm/tags")) is model.Verdict.FAILED  # 18, not 8


def test_a_count_said_with_its_noun_shown_under_the_column_of_that_name(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(['Verify the row for "javascript" shows "8 bookmarks"', 'Verify the row for "python" shows "5 readers"'], "/bm/tags")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    assert model.settle_verdict(run(['Verify the row for "python" shows "8 bookmarks"'], "/bm/tags")) is model.Verdict.FAILED
    assert model.settle_verdict(run(['Verify the row for "javascript" shows "8 edits"'], "/bm/tags")) is model.Verdict.FAILED
    assert model.settle_verdict(run(['Verify the row for "javascript" shows "8 readers"'], "/bm/tags")) is model.Verdict.FAILED


def test_a_search_term_echoed_back_is_no_result(run) -> None:  # type: ignore[no-untyped-def]
    """A false pass on a hold-out: "Dracula" was in the results box only as "Search Term: Dracula" over no result."""
    assert model.settle_verdict(run(['Verify the book "Dracula" is in the results'], "/bm/none")) is model.Verdict.FAILED
    execution = run(['Verify the book "Dracula" is in the results', 'Verify "Dracula" is in the results'], "/bm/one")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))

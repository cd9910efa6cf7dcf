"""What a person sees: a pagination link in an item the markup marks disabled (Bootstrap's li.page-item.disabled) is
disabled, the live one is enabled; a button with the disabled property is disabled, one with only a "disabled" class
says nothing (its property says it); a heading is a heading, never a link of that name."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

PAGE = """<!doctype html><html><head><title>Bookmarks</title></head><body><main><h1>Bookmarks</h1>
<ul class="bookmarks"><li>Real Python</li><li>Git Book</li></ul>
<ul class="pagination"><li class="page-item"><a href="?page=1">Previous</a></li><li class="page-item active"><a href="?page=2">2</a></li>
<li class="page-item disabled"><a href="#" tabindex="-1">Next</a></li></ul>
<button type="button" disabled>Save</button><button type="button" class="btn disabled-look">Cancel</button>
<a href="#" aria-disabled="true">Export</a></main></body></html>"""


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    return sentences.runner(browser_host, pages, tmp_path, {"/st/page": PAGE}, timeouts=model.Timeouts(action_ms=3000, assertion_ms=800))


def test_states_as_seen(run: Callable[..., model.Execution]) -> None:
    execution = run(["The Next link is disabled now", "The Previous link is enabled", "The Save button is disabled",
                     "The Cancel button is enabled", "The Export link is disabled"], "/st/page")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


@pytest.mark.parametrize("sentence", ["The Previous link is disabled", "The Next link is enabled", "The Cancel button is disabled"])
def test_a_state_the_page_contradicts_fails(run: Callable[..., model.Execution], sentence: str) -> None:
    (result,) = run([sentence], "/st/page").steps
    assert result.outcome is model.Outcome.FAILED


LOGIN = """<!doctype html><html><head><title>Lighthouse CTF</title></head><body>
<nav><a href="/challenges">Challenges</a> <a href="/login">Login</a></nav><main><h1>Login</h1>
<div class="alert alert-danger">Your username or password is incorrect</div></main></body></html>"""
BOARD = """<!doctype html><html><head><title>Lighthouse CTF</title></head><body>
<nav><a href="/challenges">Challenges</a></nav><main><div class="page-title">Challenges</div></main></body></html>"""


@pytest.mark.parametrize("sentence", ['Verify the page heading says "Challenges"', "The Challenges heading is visible"])
def test_a_heading_is_never_a_link_of_that_name(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path, sentence: str) -> None:
    # a sign-in that failed stays on the login page: its navigation's Challenges link must not pass for the heading
    run = sentences.runner(browser_host, pages, tmp_path, {"/st/login": LOGIN, "/st/board": BOARD},
                           timeouts=model.Timeouts(action_ms=2000, assertion_ms=800))
    (on_login,) = run([sentence], "/st/login").steps
    assert on_login.outcome is model.Outcome.FAILED
    (on_board,) = run([sentence], "/st/board").steps  # a box its markup calls the page title is one
    assert on_board.outcome is model.Outcome.PASSED, on_board.error

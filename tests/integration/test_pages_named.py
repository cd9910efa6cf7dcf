"""A page named without an address ("Open the posts page"): the link that opens it is clicked, unless that page is
already the one shown; a heading that only mentions the name is not that page, and a page with no such link fails."""

from __future__ import annotations

from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

NAV = '<nav><a href="/named/">Home</a> <a href="/named/posts/">Posts</a> <a href="/named/login/">Log in</a></nav>'
HOME = f"""<!doctype html><html><head><title>Harbor Light</title></head><body>{NAV}
<main><h1>Harbor Light</h1><h2>Recent posts</h2><p>Nothing yet.</p></main></body></html>"""
POSTS = f"""<!doctype html><html><head><title>Posts | Harbor Light</title></head><body>{NAV}
<main><h1>Posts</h1><article><a href="/named/posts/7">Storm season</a></article></main></body></html>"""
POST = f"""<!doctype html><html><head><title>Storm season | Harbor Light</title></head><body>{NAV}
<main><h1>Storm season</h1><p>Posted in Posts.</p></main></body></html>"""
# the sign-in page's submit button says "Log in": clicking it on this page would send an empty form
LOGIN = """<!doctype html><html><head><title>Log in</title></head><body><main><h1>Log in</h1>
<form onsubmit="event.preventDefault(); document.getElementById('err').hidden = false">
<label>Username <input name="username"></label><button>Log in</button></form>
<p id="err" role="alert" hidden>Please enter a username.</p></main></body></html>"""
BARE = """<!doctype html><html><head><title>Nothing</title></head><body><main><h1>Nothing here</h1></main></body></html>"""
ROUTES = {"/named/": HOME, "/named/posts/": POSTS, "/named/posts/7": POST, "/named/login/": LOGIN, "/named/bare": BARE}


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    timeouts = model.Timeouts(action_ms=1500, assertion_ms=800)
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("named"), ROUTES, timeouts=timeouts)


def test_a_page_named_is_opened_by_its_link(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(["Open the posts page", 'Verify the URL ends with "/named/posts/"'], "/named/")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    assert execution.steps[0].resolution is not None  # the Posts link was found and clicked


def test_a_post_of_that_list_is_not_the_list_page(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(["Go to the posts page", 'Verify the URL ends with "/named/posts/"'], "/named/posts/7")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


def test_the_page_already_shown_is_not_clicked_again(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(["Go to the login page", "Verify the error message is not shown"], "/named/login/")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    assert execution.steps[0].resolution is None  # nothing clicked: the form's Log in button stays untouched


def test_a_page_with_no_link_to_it_fails(run) -> None:  # type: ignore[no-untyped-def]
    steps = run(["Open the posts page"], "/named/bare").steps
    assert steps[0].outcome is model.Outcome.FAILED

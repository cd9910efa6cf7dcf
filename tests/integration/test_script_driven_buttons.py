"""Controls drawn the way Bulma apps draw them (Pinry's header): buttons that are <a class="button"> with no href,
clicked through a script handler, their words in a <strong>; a menu opened on hover by an <a class="navbar-link">
with no href that shows only a translate glyph. A person sees buttons; a case must fail."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_SHOW = "document.getElementById('{0}').classList.add('is-active')"

WALL = """<!doctype html><html><head><title>Pinry</title><style>
.modal { display: none; } .modal.is-active { display: block; }
.has-dropdown .navbar-dropdown { display: none; } .has-dropdown:hover .navbar-dropdown { display: block; }
.mdi-translate::before { content: "文"; } .mdi-magnify::before { content: "⌕"; }
</style></head><body>
<nav role="navigation" aria-label="main navigation" class="navbar"><div class="navbar-menu"><div class="navbar-end">
<a href="/search" class="navbar-item"><span class="icon"><i class="mdi mdi-magnify mdi-24px"></i></span></a>
<div class="navbar-item has-dropdown is-hoverable"><a class="navbar-link"><span class="icon"><i class="mdi mdi-translate mdi-24px"></i></span></a>
<div class="navbar-dropdown"><a class="navbar-item">English</a><a class="navbar-item">Français</a></div></div>
<div class="navbar-item"><div class="buttons">
<a class="button is-primary" onclick="SHOW_SIGNUP"><strong>Sign up</strong></a>
<a class="button is-light" onclick="SHOW_LOGIN"> Log in </a></div></div></div></div></nav>
<div class="modal" id="signup" role="dialog"><h2>Sign up</h2><label>Username <input name="username"></label></div>
<div class="modal" id="login" role="dialog"><h2>Login</h2><label>Username <input name="username"></label></div>
<main><h1>Pins</h1></main></body></html>""".replace("SHOW_SIGNUP", _SHOW.format("signup")).replace("SHOW_LOGIN", _SHOW.format("login"))


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory) -> Callable[..., model.Execution]:
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("bulma"), {"/pw/wall": WALL},
                            timeouts=model.Timeouts(action_ms=3000, assertion_ms=1000))


def test_an_anchor_without_href_classed_button_is_a_button(run: Callable[..., model.Execution]) -> None:
    opened = run(["Click the Sign up button", 'Verify the dialog shows "Sign up"'], "/pw/wall")
    assert not sentences.failures(opened), "\n".join(sentences.failures(opened))
    login = run(["Click the Log in button", 'Verify the dialog shows "Login"'], "/pw/wall")
    assert not sentences.failures(login), "\n".join(sentences.failures(login))
    assert any(s.outcome is model.Outcome.FAILED for s in run(["Click the Register button"], "/pw/wall").steps)



def test_a_control_that_opens_a_hover_menu_is_found_by_its_glyph(run: Callable[..., model.Execution]) -> None:
    hovered = run(["Hover the translate icon", "Click Français"], "/pw/wall")
    assert not sentences.failures(hovered), "\n".join(sentences.failures(hovered))

"""Bulma's markup, as a Vue app we did not write uses it: a field's label tied to no input (<div class="field"><label
class="label">…</label><div class="control"><input placeholder=…>), a navbar menu that opens on hover with no ARIA,
and a "dialog" opened by the control named for it."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_FIELD = ('<div class="field"><label class="label">{label}</label><div class="control">'
          '<input type="{kind}" placeholder="{placeholder}" class="input"></div></div>')

PAGE = """<!doctype html><html><head><style>
.navbar-dropdown { display: none; } .has-dropdown:hover .navbar-dropdown { display: block; }
.modal { display: none; } .modal.is-active { display: block; }
</style></head><body>
<nav class="navbar"><div class="navbar-end">
<div class="navbar-item has-dropdown is-hoverable"><a class="navbar-link">Create</a>
<div class="navbar-dropdown"><a class="navbar-item" onclick="document.getElementById('made').textContent='Create Board'">Board</a>
<a class="navbar-item" onclick="document.getElementById('made').textContent='Create Pin'">Pin</a></div></div>
<a class="button is-primary" onclick="document.getElementById('signup').classList.add('is-active')"><strong>Sign up</strong></a>
</div></nav><p id="made"></p>
<div class="modal" id="signup"><div class="modal-card"><header class="modal-card-head"><p class="modal-card-title">Sign Up</p></header>
<section class="modal-card-body">""" + "".join(_FIELD.format(label=label, kind=kind, placeholder=placeholder) for label, kind, placeholder in (
    ("Username", "text", "Your Username"), ("Email", "email", "Your email"), ("Password", "password", "Your password"),
    ("Password repeat", "password", "Your password again"))) + """</section>
<footer class="modal-card-foot"><button class="button">Close</button><button class="button is-primary" onclick="
document.getElementById('said').textContent = document.querySelectorAll('input')[2].value === document.querySelectorAll('input')[3].value ? 'same' : 'Tow password doesn\\'t match'">Register</button></footer>
<p class="help is-danger" id="said"></p></div></div></body></html>"""


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("bulma"), {"/": PAGE},
                            timeouts=model.Timeouts(action_ms=1500, assertion_ms=1500))


def test_a_field_named_by_its_untied_label(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(["Open the Sign up dialog", "Type carolpass1 as the password and carolpass2 as the password repeat",
                     "Press Register", 'Verify the error "Tow password doesn\'t match" appears'], "/")
    assert model.settle_verdict(execution) is model.Verdict.PASSED, sentences.failures(execution)


def test_the_same_password_twice_is_no_error(run) -> None:  # type: ignore[no-untyped-def]
    execution = run(["Open the Sign up dialog", "Type carolpass1 as the password and carolpass1 as the password repeat",
                     "Press Register", 'Verify the error "Tow password doesn\'t match" appears'], "/")
    assert execution.steps[-1].outcome is model.Outcome.FAILED, execution.steps[-1]


@pytest.mark.parametrize(("choice", "made"), [("Board", "Create Board"), ("Pin", "Create Pin")])
def test_a_menu_that_opens_on_hover(run, choice: str, made: str) -> None:  # type: ignore[no-untyped-def]
    execution = run([f"From the Create menu choose {choice}", f'Verify the page shows "{made}"'], "/")
    assert model.settle_verdict(execution) is model.Verdict.PASSED, sentences.failures(execution)

"""A sign-in form whose ids start with a digit (An Otter Wiki's '5jxngH'): the id's selector is written so the page
takes it, and a selector the page's engine refuses is no candidate, never an internal error that ends the item."""

from __future__ import annotations

from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from pacts_farm.finding import discover
from tests.integration import sentences

pytestmark = pytest.mark.browser

FORM = """<!doctype html><html><body><form><label for="5jxngH">eMail Address</label><input id="5jxngH" name="email">
<label for="9pw">Password</label><input id="9pw" type="password"><button id="7go" type="button"
onclick="document.getElementById('said').textContent = 'signed in as ' + document.getElementById('5jxngH').value">Login</button>
</form><p id="said"></p></body></html>"""


def test_ids_that_start_with_a_digit_and_refused_selectors(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> None:
    pages.add("/digits", FORM)  # type: ignore[attr-defined]
    url = pages.origin + "/digits"  # type: ignore[attr-defined]
    with browser_host.session(artifacts_dir=tmp_path, allowed_origins=(pages.origin,), trace="off") as session:  # type: ignore[attr-defined]
        session.page.goto(url)
        by_id = model.Locator(strategy=discover.S.CSS, value="#" + discover._css_ident("5jxngH"))
        assert session.locate(by_id).count() == 1
        assert session.is_candidate(model.Locator(strategy=discover.S.CSS, value="#5jxngH"), 0) is False
    run = sentences.runner(browser_host, pages, tmp_path / "run", {"/digits-form": FORM}, timeouts=model.Timeouts(action_ms=1500, assertion_ms=1500))
    execution = run(['Fill "alice@riverside.example" in the eMail Address field', 'Fill "x" in the Password field', "Click Login",
                     'Verify the page shows "signed in as alice@riverside.example"'], "/digits-form")
    assert model.settle_verdict(execution) is model.Verdict.PASSED, sentences.failures(execution)


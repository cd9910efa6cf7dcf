"""Waiting for the address: a single-page app that changes its URL a while after sign-in (a recipe manager's login
goes to /g/home once its token call returns). "Wait until the URL contains X" waits for the address, never for an
element that says X (there is none, and waiting for one failed every sign-in)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

LOGIN = """<!doctype html><html><head><title>Login</title></head><body><main><h1>Login</h1>
<button onclick="setTimeout(() => history.pushState({}, '', '/wait/g/home'), 1200)">Login</button></main></body></html>"""


def test_a_url_wait_waits_for_the_address(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> None:
    run = sentences.runner(browser_host, pages, tmp_path, {"/wait/login": LOGIN}, timeouts=model.Timeouts(action_ms=2000, assertion_ms=500))
    execution = run(["Click Login", 'Wait until the URL contains "/g/home"'], "/wait/login")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    steps = run(["Click Login", 'Wait until the URL contains "/g/away" (up to 3 seconds)'], "/wait/login").steps
    assert steps[-1].outcome is model.Outcome.FAILED

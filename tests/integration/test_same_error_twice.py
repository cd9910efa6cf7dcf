"""The same error shown twice, inline and in a toast (a sign-in page of a network inventory): checking that the error
is displayed passes on either, as each shows it. An error that only one of them shows is checked on that one."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

ERROR = "Please enter a correct username and password."
TWICE = f"""<!doctype html><html><body><main><h1>Log in</h1>
<div class="alert alert-danger" role="alert"><h4>Errors</h4><p>{ERROR}</p></div>
<form><input name="username"><button>Sign In</button></form></main>
<div class="toast-container"><div class="toast text-bg-danger" role="alert"><strong>Error</strong> {ERROR}</div></div>
</body></html>"""
OTHER = TWICE.replace(f"<strong>Error</strong> {ERROR}", "<strong>Error</strong> Your session expired.")


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("twice"), {"/twice/login": TWICE, "/twice/other": OTHER},
                            timeouts=model.Timeouts(action_ms=1500, assertion_ms=800))


def test_the_same_error_twice_is_shown(run) -> None:  # type: ignore[no-untyped-def]
    execution = run([f'The error "{ERROR}" should be displayed', f'Verify the error message says "{ERROR}"'], "/twice/login")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


def test_an_error_only_one_shows_is_checked_there(run) -> None:  # type: ignore[no-untyped-def]
    assert not sentences.failures(run(['The error "Your session expired." should be displayed'], "/twice/other"))
    assert run(['The error "Your password expired." should be displayed'], "/twice/other").steps[0].outcome is model.Outcome.FAILED

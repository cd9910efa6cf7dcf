"""Toasts the way common libraries draw them, shown late (after a slow request) and gone a few seconds later:
sonner (a fixed list in a zero-size live section, the toast marked only by data attributes), react-hot-toast,
notistack, Element UI's el-message and Bootstrap toasts. A check passes on the toast that says the text, and fails
on a toast saying something else, one never shown, or a success toast named an error."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_SONNER_ITEM = """<li tabindex="0" class="" data-sonner-toast="" data-rich-colors="true" data-styled="true" data-mounted="true"
 data-visible="true" data-y-position="bottom" data-x-position="right" data-index="0" data-front="true" data-dismissible="true"
 data-type="${kind}" style="position:absolute;right:0;bottom:0;width:356px;padding:16px;background:#fee"><button
 aria-label="Close toast" data-close-button="true" class="">x</button><div data-icon="" class=""><svg width="16" height="16"></svg></div>
 <div data-content="" class=""><div data-title="" class="">${title}</div><div data-description="" class="">${text}</div></div></li>"""

# sonner: <section aria-label="Notifications alt+T" aria-live="polite"> holds a fixed <ol data-sonner-toaster>, so the
# section itself has no size; the <li data-sonner-toast data-type="error|success"> has no class, role or live attribute
SONNER = """<!doctype html><html><head><title>Sonner</title></head><body>
<form onsubmit="event.preventDefault(); later(this.email.value === 'taken' ? 'error' : 'success')">
<label for="email">Email</label><input id="email" name="email"><button type="submit">Save</button></form>
<section aria-label="Notifications alt+T" tabindex="-1" aria-live="polite" aria-relevant="additions text" aria-atomic="false"></section>
<script>
function later(kind) {
  const [title, text] = kind === "error" ? ["Something went wrong!", "The email is already taken"] : ["Success!", "Profile saved"];
  setTimeout(() => {
    document.querySelector("section").innerHTML = `<ol dir="ltr" tabindex="-1" class="toaster group" data-sonner-toaster="true"
      style="position:fixed;right:24px;bottom:24px;width:356px;height:80px;margin:0;padding:0;list-style:none">""" + _SONNER_ITEM + """</ol>`;
    setTimeout(() => { document.querySelector("section").innerHTML = ""; }, 3000);
  }, 1200);
}
</script></body></html>"""


# other libraries: each toast inserted 0.8 s after the click and removed 3 s later
LIBRARY_TOASTS = {
    "react-hot-toast": """<div data-rht-toaster="" style="position:fixed;z-index:9999;inset:16px;pointer-events:none">
      <div class="go2072408551" style="position:absolute;left:0;right:0;top:0;display:flex;justify-content:center">
      <div class="go2072408551"><div class="go685806154"></div><div role="status" aria-live="polite" class="go3958317564">${text}</div>
      </div></div></div>""",
    "notistack": """<div class="notistack-SnackbarContainer go3963613292" style="position:fixed;bottom:14px;left:20px">
      <div class="notistack-CollapseWrapper"><div class="notistack-Snackbar go1475592851"><div role="alert"
      class="notistack-MuiContent notistack-MuiContent-${kind} go1888806478"><div id="notistack-snackbar" class="go946087465">${text}</div>
      </div></div></div></div>""",
    "el-message": """<div role="alert" class="el-message el-message--${kind}" style="position:fixed;top:20px;left:40%;z-index:2000">
      <i class="el-message__icon el-icon-${kind}"></i><p class="el-message__content">${text}</p></div>""",
    "bootstrap": """<div class="toast-container position-fixed bottom-0 end-0 p-3" style="position:fixed;bottom:0;right:0">
      <div class="toast show text-bg-${bs}" role="alert" aria-live="assertive" aria-atomic="true"><div class="toast-header">
      <strong class="me-auto">Shop</strong><button type="button" class="btn-close" data-bs-dismiss="toast" aria-label="Close"></button>
      </div><div class="toast-body">${text}</div></div></div>""",
}


def _library_page(markup: str, shown_ms: int = 3000) -> str:
    return """<!doctype html><html><head><title>Toasts</title></head><body>
<form onsubmit="event.preventDefault(); later(this.email.value === 'taken' ? 'error' : 'success')">
<label for="email">Email</label><input id="email" name="email"><button type="submit">Save</button></form><div id="toasts"></div>
<script>
function later(kind) {
  const text = kind === "error" ? "The email is already taken" : "Profile saved", bs = kind === "error" ? "danger" : "success";
  setTimeout(() => {
    document.getElementById("toasts").innerHTML = `""" + markup + """`;
    setTimeout(() => { document.getElementById("toasts").innerHTML = ""; }, """ + str(shown_ms) + """);
  }, 800);
}
</script></body></html>"""


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    routes = {"/toast/sonner": SONNER, "/toast/sonner-stays": SONNER.replace("}, 3000);", "}, 60000);"),
              "/toast/sonner-slow": SONNER.replace("}, 3000);", "}, 6500);"),
              **{f"/toast/{name}": _library_page(markup) for name, markup in LIBRARY_TOASTS.items()},
              **{f"/toast/{name}-stays": _library_page(markup, 60000) for name, markup in LIBRARY_TOASTS.items()}}
    return sentences.runner(browser_host, pages, tmp_path, routes, timeouts=model.Timeouts(action_ms=4000, assertion_ms=4000))


def _failures(execution: model.Execution) -> list[tuple[str, str, str | None]]:
    return [(s.text, s.outcome.value, s.error) for s in execution.steps if s.outcome is not model.Outcome.PASSED]


@pytest.mark.parametrize("check", [
    'Verify the message "The email is already taken" appears',
    'Verify the toast "The email is already taken" appears',
    'Verify the toast shows "The email is already taken"',
    'Verify the error "The email is already taken" is visible',
    'Verify the notification says "The email is already taken"',
])
def test_a_late_sonner_error_toast_is_found(run: Callable[..., model.Execution], check: str) -> None:
    execution = run(['Fill "taken" in the Email field', "Click Save", check], "/toast/sonner")
    assert _failures(execution) == []


@pytest.mark.parametrize("library", ["sonner", *LIBRARY_TOASTS])
def test_a_success_toast_of_each_library_is_found(run: Callable[..., model.Execution], library: str) -> None:
    execution = run(['Fill "jane" in the Email field', "Click Save", 'Verify the toast shows "Profile saved"'], f"/toast/{library}")
    assert _failures(execution) == []


@pytest.mark.parametrize("library", ["sonner", "notistack", "el-message", "bootstrap"])
def test_an_error_toast_of_each_library_is_an_error(run: Callable[..., model.Execution], library: str) -> None:
    execution = run(['Fill "taken" in the Email field', "Click Save", 'Verify the error "The email is already taken" is visible'],
                    f"/toast/{library}")
    assert _failures(execution) == []


@pytest.mark.parametrize("library", ["sonner", *LIBRARY_TOASTS])
@pytest.mark.parametrize(("steps", "said"), [
    (['Fill "taken" in the Email field', "Click Save", 'Verify the toast shows "Profile saved"'], "Profile saved"),
    (['Fill "jane" in the Email field', 'Verify the message "Profile saved" appears'], "Profile saved"),  # never saved
    (['Fill "jane" in the Email field', "Click Save", 'Verify the error "Profile saved" is visible'], "(error)"),  # a success
])
def test_a_toast_saying_another_text_never_shown_or_not_an_error_fails(
    run: Callable[..., model.Execution], library: str, steps: list[str], said: str
) -> None:
    execution = run(steps, f"/toast/{library}")
    assert model.settle_verdict(execution) is model.Verdict.FAILED, f"false pass: {steps[-1]} on {library}"
    assert execution.steps[-1].outcome is model.Outcome.FAILED and said in (execution.steps[-1].error or "")


@pytest.mark.parametrize("library", ["sonner", *LIBRARY_TOASTS])
def test_a_message_no_toast_shows_fails_naming_the_toast_shown_instead(run: Callable[..., model.Execution], library: str) -> None:
    execution = run(['Fill "taken" in the Email field', "Click Save", 'Verify the toast shows "The email is already taken"',
                     'Verify the message "Profile saved" appears'], f"/toast/{library}-stays")
    error = execution.steps[-1].error or ""
    assert execution.steps[-1].outcome is model.Outcome.FAILED
    assert "shown instead" in error and "The email is already taken" in error, error


def test_a_wait_for_a_toast_to_go_outlasts_the_check_timeout(run: Callable[..., model.Execution]) -> None:
    """The toast stays 6.5 s, longer than the suite's 4 s checks: a sentence that says "wait" waits for it."""
    execution = run(["Fill taken in the Email field", "Click Save", 'Verify the message "The email is already taken" appears',
                     'Wait until the message "The email is already taken" disappears'], "/toast/sonner-slow")
    assert _failures(execution) == []  # at the suite's 4 s it would fail: the toast was still there

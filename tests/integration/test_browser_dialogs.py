"""The browser's own dialogs (alert, confirm, prompt): the step after the click that opens one answers it, OK or
Cancel, and checks what it said; a dialog nobody answers is still dismissed; a step that expects a dialog fails when
none opened or it said something else."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from pacts_farm.planning import plan
from pacts_farm.report import export
from tests.integration import sentences

pytestmark = pytest.mark.browser

HINT = """<!doctype html><html><head><title>Hint</title></head><body><main><h1>XOR Marks the Spot</h1>
<button type="button" onclick="document.getElementById('said').textContent =
 confirm('Are you sure you\\'d like to unlock this hint?') ? 'the first byte gives the key away' : 'hint still locked'">Unlock hint</button>
<button type="button" onclick="setTimeout(() => { alert('Saved.'); document.getElementById('said').textContent = 'after the alert' }, 300)">Save later</button>
<button type="button" onclick="document.getElementById('said').textContent = 'no dialog here'">Plain</button>
<p id="said"></p></main></body></html>"""


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    return sentences.runner(browser_host, pages, tmp_path, {"/dlg/hint": HINT}, timeouts=model.Timeouts(action_ms=3000, assertion_ms=1000))


def test_a_confirm_accepted_as_the_next_step_says(run: Callable[..., model.Execution]) -> None:
    execution = run(["Click Unlock hint", "Accept the confirmation \"Are you sure you'd like to unlock this hint?\"",
                     'Verify the page shows "the first byte gives the key away"'], "/dlg/hint")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


def test_a_confirm_turned_down_and_one_nobody_answers_are_both_cancelled(run: Callable[..., model.Execution]) -> None:
    dismissed = run(["Click Unlock hint", "Dismiss the browser confirmation", 'Verify the page shows "hint still locked"'], "/dlg/hint")
    assert not sentences.failures(dismissed), "\n".join(sentences.failures(dismissed))
    unasked = run(["Click Unlock hint", 'Verify the page shows "hint still locked"'], "/dlg/hint")
    assert not sentences.failures(unasked), "\n".join(sentences.failures(unasked))


def test_a_dialog_that_opens_after_a_while_is_waited_for(run: Callable[..., model.Execution]) -> None:
    execution = run(["Click Save later", 'Accept the browser alert "Saved."', 'Verify the page shows "after the alert"'], "/dlg/hint")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


@pytest.mark.parametrize(("steps", "error"), [
    (["Click Plain", "Accept the browser alert"], "no browser dialog"),
    (["Click Unlock hint", 'Accept the confirmation "Delete this bookmark?"'], 'not "Delete this bookmark?"'),
])
def test_a_dialog_step_fails_when_no_dialog_or_another_opened(run: Callable[..., model.Execution], steps: list[str], error: str) -> None:
    results = run(steps, "/dlg/hint").steps
    assert [s.outcome for s in results] == [model.Outcome.PASSED, model.Outcome.FAILED]
    assert error in (results[1].error or "")


def test_the_export_answers_the_dialog_before_the_click_that_opens_it() -> None:
    item = model.Item(key="k", requirement_id="k", title="k", start_url="http://app.test/dlg/hint",
                      steps=(model.SuiteStep(text="Click Unlock hint"), model.SuiteStep(text="Accept the browser confirmation")))
    planned = plan.make_plan(item, base_url="http://app.test/")
    button = model.Resolution(locator=model.Locator(strategy=model.Strategy.ROLE, value="Unlock hint", role="button"),
                              source=model.LocatorSource.DISCOVERED, confidence=1.0)
    clicked = model.StepResult(index=0, text="Click Unlock hint", action=model.Action.CLICK, outcome=model.Outcome.PASSED,
                               duration_ms=1.0, resolution=button)
    result = model.ItemResult(item_key="k", requirement_id="k", title="k", data={}, expect=model.Expectation.PASS,
                              verdict=model.Verdict.PASSED, met=True, duration_ms=1.0, steps=(clicked,))
    run = model.RunResult(run_id="r1", suite_name="s", status=model.RunStatus.PASSED, mode="embedded",
                          started_at="2026-12-05T00:00:00Z", finished_at=None, duration_ms=1.0, items=(result,))
    source = export.render_test(run, result, planned, "http://app.test/")
    compile(source, "test_k.py", "exec")
    lines = [line.strip() for line in source.splitlines()]
    handler = lines.index("page.once('dialog', lambda dialog: dialog.accept())")
    assert lines[handler + 1] == "page.get_by_role('button', name='Unlock hint', exact=True).click()", lines[handler:handler + 3]

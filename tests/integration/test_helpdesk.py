"""Plain English on the demo's help desk, a page drawn the way utility-class apps draw it: a fixed top bar that no
landmark calls a header, columns titled by editable inputs, clickable divs and role=button spans, a modal on a plain
backdrop with a × next to another ×, toasts that go away, test ids in data-cy, data-qa and data-test-id, and a hidden
copy of the top bar's Log out. Each flow passes cold, then warm from what the cold run learned; each expected failure
fails at the step that shows it, and "not visible" fails while a visible copy is shown."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.execution import execute
from pacts_farm.planning import plan
from pacts_farm.browser import chromium
from pacts_farm.demo import server
from tests.integration.learned import LearnedLocators

pytestmark = pytest.mark.browser

FLOWS: dict[str, list[str]] = {
    "a fixed top bar with no landmark is the header": [
        'Verify the header shows "agent@example.com"',
        "Verify the New ticket button in the top bar is visible",
        'Verify "Tickets" is visible in the navigation bar',
        "Click Reports in the header",
        'Verify the URL contains "#reports"',
    ],
    "a modal on a plain backdrop is the dialog": [
        "Click New ticket",  # a div with role=button, found by its text
        'Verify the dialog shows "New ticket"',
        "Click Save in the dialog",  # the page has another Save, outside the dialog
        'Verify an error message "Subject is required" is shown',
        'Fill "Monitor flickers" in the Subject field',
        "Click Save in the dialog",
        'Verify the toast shows "Ticket created"',
        "Verify the dialog is not visible",
        'Verify the "Open" list shows "Monitor flickers"',
        'Verify the text "Signature saved" is not visible',
    ],
    "closing the dialog uses its own ×": [
        "Click the New ticket button",
        "Close the dialog",  # the banner's × is another close control, outside the dialog
        "Verify the dialog is not visible",
        'Verify the page shows "Office closed on Friday"',
    ],
    "a column named by its title input scopes a click": [
        'Click "Add ticket" in the "Waiting" list',
        'Verify the "Waiting" list shows "Untitled ticket"',
        'Verify the "Open" list shows "VPN drops"',
        'Click the Column actions button on the "Done" list',
    ],
    "clickable cards, test ids and a toast": [
        'Click the "VPN drops" card',  # a div with a hand cursor and a script's click handler, no role
        'Verify the page shows "Opened VPN drops"',
        "Verify the service rating is visible",  # data-cy="service-rating"
        "Click the sign out link",  # data-qa="sign-out" on a span with a hand cursor
        'Verify the notification says "You are signed out"',
        "Verify the Log out link is not visible",  # only its hidden twin is left
        'Verify the header shows "Signed out"',
    ],
    "stars": [
        "Verify the rating shows 0 stars",
        "Rate it 4 stars",
        "Verify the rating shows 4 stars",
        "Give it 2 stars",
        "Verify the service rating is 2 out of 5",
    ],
}

EXPECTED_FAILURES: dict[str, tuple[list[str], int]] = {
    # the top bar's Log out is shown, and a hidden twin of it sits in a drawer: not visible must fail
    "a visible Log out beside a hidden one": (["Verify the Log out link is not visible"], 0),
    "a visible Log out, said as text": (['Verify "Log out" is not visible'], 0),
    "no toast without a save": (["Click New ticket", 'Verify the toast shows "Ticket created"'], 1),
    "a ticket title is not in the header": (['Verify the header shows "Printer jammed"'], 0),
    "the new ticket is in the Waiting list, not Open": (
        ['Click "Add ticket" in the "Waiting" list', 'Verify the "Open" list shows "Untitled ticket"'], 1),
    "no error once a subject is given": (
        ["Click New ticket", 'Fill "Monitor" in the Subject field', "Click Save in the dialog",
         'Verify an error message "Subject is required" is shown'], 3),
    "the dialog is still open": (["Click New ticket", "Verify the dialog is not visible"], 1),
    "a rating of another number of stars": (["Rate it 2 stars", "Verify the rating shows 3 stars"], 1),
    "a toast saying something else": (["Click the sign out link", 'Verify the notification says "Ticket created"'], 1),
}


@pytest.fixture(scope="module")
def desk() -> Iterator[server.DemoServer]:
    with server.start_demo_server() as running:
        yield running


@pytest.fixture
def run(browser_host: chromium.BrowserHost, desk: server.DemoServer, tmp_path: Path) -> Callable[..., model.Execution]:
    def run_(steps: list[str], memory: object = None) -> model.Execution:
        item = model.Item(key="k", requirement_id="k", title="k", start_url=desk.url + "/helpdesk",
                          steps=tuple(model.SuiteStep(text=s) for s in steps))
        planned = plan.make_plan(item, base_url=desk.url)
        with browser_host.session(artifacts_dir=tmp_path / "item", allowed_origins=(desk.url,), trace="off") as session:
            return execute.run_plan(session, planned, timeouts=model.Timeouts(action_ms=4000, assertion_ms=2000),
                                    environ={}, memory=memory)  # type: ignore[arg-type]
    return run_


def _errors(execution: model.Execution) -> list[tuple[str, str | None]]:
    return [(s.text, s.error) for s in execution.steps if s.error]


@pytest.mark.parametrize("flow", sorted(FLOWS))
def test_helpdesk_flow_passes_cold_then_warm(run: Callable[..., model.Execution], flow: str) -> None:
    cold = run(FLOWS[flow])
    assert model.settle_verdict(cold) is model.Verdict.PASSED, _errors(cold)
    warm = run(FLOWS[flow], memory=LearnedLocators(cold))
    assert model.settle_verdict(warm) is model.Verdict.PASSED, _errors(warm)


@pytest.mark.parametrize("case", sorted(EXPECTED_FAILURES))
def test_helpdesk_expected_failure_fails_at_its_step(run: Callable[..., model.Execution], case: str) -> None:
    steps, failing = EXPECTED_FAILURES[case]
    execution = run(steps)
    assert model.settle_verdict(execution) is model.Verdict.FAILED, f"false pass: {case}"
    failed = [s.index for s in execution.steps if s.outcome is model.Outcome.FAILED]
    assert failed == [failing], _errors(execution)

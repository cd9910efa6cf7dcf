"""Plain English on the demo shop's back office, an admin page in Element UI's markup (a table drawn as a header
<table> and a body <table>, a loading mask over it, icon-font buttons, a tags bar, a pagination bar, dialogs):
each flow runs cold, then warm from what the cold run learned; the expected failures must fail, and where a
loading mask still covers stale rows no check may read them."""

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
    "the loading mask is waited out": [
        "Verify 3 rows are listed",
        "Verify 3 roles are listed",  # the Role column is in the header table, drawn apart from the body's
        "Verify 3 users are listed",  # no column says User, the page does (its breadcrumb): the records of its only table
        'Verify the first row shows "Alice"',
        'Verify the last row shows "Carol"',
        'Verify the pagination shows "Total 3"',
    ],
    "a search waits for the new rows": [
        'Fill "Bob" in the field with placeholder "Name"',
        "Click the Search button",
        "Verify 1 row is listed",
        'Verify the first row shows "Bob"',
        'Verify the pagination shows "Total 1"',
    ],
    "a search that finds nothing": [
        'Fill "zzz" in the field with placeholder "Name"',
        "Press Enter",
        'Verify the table shows "No Data"',
        "Verify the table has no rows",
        'Verify the pagination shows "Total 0"',
    ],
    "icon-font row actions": [
        'Click the delete icon in the row for "Bob"',
        'Verify the message shows "Delete Successfully"',
        "Verify 2 rows are listed",
        'Verify "Bob" is not visible',
        "Click the edit icon in the first row",
        'Verify the dialog shows "Edit"',
        'Verify the Name field has value "Alice"',
        "Click the close icon in the dialog",
        "Verify the dialog is not visible",
    ],
    "a custom dropdown found by the option it offers": [
        'Select "ID Descending" in the sort dropdown',
        'Verify the first row shows "Carol"',
        'Verify the last row shows "Alice"',
        "Verify the rows are sorted by ID, high to low",  # the ID column, in the header table beside the body
    ],
    "header icons by what they show": [
        "Click the gear icon",
        'Verify the page shows "Settings opened"',
        "Click the magnifier icon",
        'Verify the page shows "Search opened"',
        "Click the hamburger menu",  # the ≡ glyph, not a right-menu item
        'Verify "Dashboard" is not visible in the sidebar',
    ],
    "containers and a dialog": [
        'Verify the breadcrumb shows "Users"',
        'Verify the tags bar shows "Orders"',
        'Verify the sidebar shows "Dashboard"',
        "Click Add",
        "Click Confirm in the dialog",
        'Verify the dialog shows "name is required"',
        'Fill "Dave" in the Name field',
        "Click Confirm in the dialog",
        'Verify the table shows "Dave"',
        'Verify the pagination shows "Total 4"',
    ],
    "state classes change under a learned locator": [
        "Click Orders in the sidebar",
        'Verify the breadcrumb shows "Orders"',
        "Click Users in the sidebar",
        'Verify the breadcrumb shows "Users"',
        'Verify the "Email" column is not visible',  # the checkbox says Email, but it is no column
        "Check the Email checkbox",  # drawn by its label over an input of no size
        "Verify the Email checkbox is checked",
        'Verify the "Email" column header is visible',
        'Verify the table shows "bob@example.com"',
        "Uncheck the Email checkbox",
        'Verify "bob@example.com" is not visible',
    ],
}

EXPECTED_FAILURES: dict[str, tuple[list[str], int]] = {
    # the old rows are still in the DOM under the mask right after the click: a check must not read them
    "stale rows under the mask are not counted": (
        ['Fill "zzz" in the field with placeholder "Name"', "Click the Search button", "Verify at least 1 row is listed"], 2),
    "stale text under the mask is not read": (
        ['Fill "Bob" in the field with placeholder "Name"', "Click the Search button", 'Verify the table shows "Alice"'], 2),
    "the order is read from the ID column": (['Select "ID Descending" in the sort dropdown', "Verify the rows are sorted by ID, low to high"], 1),
    "a deleted row is not read under the mask": (
        ['Click the delete icon in the row for "Alice"', 'Verify the first row shows "Alice"'], 1),
}


@pytest.fixture(scope="module")
def shop() -> Iterator[server.DemoServer]:
    with server.start_demo_server() as running:
        yield running


@pytest.fixture
def run(browser_host: chromium.BrowserHost, shop: server.DemoServer, tmp_path: Path) -> Callable[..., model.Execution]:
    def run_(steps: list[str], memory: object = None, path: str = "/backoffice") -> model.Execution:
        item = model.Item(key="k", requirement_id="k", title="k", start_url=shop.url + path,
                          steps=tuple(model.SuiteStep(text=s) for s in steps))
        planned = plan.make_plan(item, base_url=shop.url)
        with browser_host.session(artifacts_dir=tmp_path / "item", allowed_origins=(shop.url,), trace="off") as session:
            return execute.run_plan(session, planned, timeouts=model.Timeouts(action_ms=4000, assertion_ms=2500),
                                    environ={}, memory=memory)  # type: ignore[arg-type]
    return run_


def _errors(execution: model.Execution) -> list[tuple[str, str | None]]:
    return [(s.text, s.error) for s in execution.steps if s.error]


@pytest.mark.parametrize("flow", sorted(FLOWS))
def test_backoffice_flow_passes_cold_then_warm(run: Callable[..., model.Execution], flow: str) -> None:
    cold = run(FLOWS[flow])
    assert model.settle_verdict(cold) is model.Verdict.PASSED, _errors(cold)
    warm = run(FLOWS[flow], memory=LearnedLocators(cold))
    assert model.settle_verdict(warm) is model.Verdict.PASSED, _errors(warm)
    assert not warm.heals, [(h.old_locator, h.new_locator) for h in warm.heals]


@pytest.mark.parametrize("case", sorted(EXPECTED_FAILURES))
def test_backoffice_check_never_reads_what_the_loading_mask_covers(run: Callable[..., model.Execution], case: str) -> None:
    steps, failing = EXPECTED_FAILURES[case]
    execution = run(steps)
    assert model.settle_verdict(execution) is model.Verdict.FAILED
    failed = [s.index for s in execution.steps if s.outcome is model.Outcome.FAILED]
    assert failed == [failing], _errors(execution)

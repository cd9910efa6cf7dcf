"""Markup of a shared-budget app we did not build: a sidebar table of balances beside a table of bills, where the
bills name the same people in a later cell. "The row for Ethan" is the row his name begins (his balance), not a bill
he paid; two rows that both begin with the name stay a tie."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

PAGE = """<!doctype html><html><head><title>Flatshare</title></head><body>
<aside><table class="balance"><tr><td>Alice<span class="weight">(x1)</span></td><td>+€4,609.48</td></tr>
<tr><td>Ethan<span class="weight">(x1)</span> <button class="reactivate">reactivate</button></td><td>-€520.24</td></tr></table></aside>
<main><table class="bills"><thead><tr><th>When?</th><th>Who paid?</th><th>For what?</th><th>How much?</th></tr></thead><tbody>
<tr><td>2025-03-27</td><td>Ethan</td><td>Birthday flowers</td><td>€30.00</td><td><a class="edit" href="#">edit</a></td></tr>
<tr><td>2025-03-22</td><td>Alice</td><td>Electricity bill for Ethan</td><td>€58.00</td></tr>
<tr><td>2025-02-21</td><td>Ethan</td><td>Water bill</td><td>€41.00</td><td><a class="edit" href="#">edit</a></td></tr></tbody></table>
<table class="twins"><tr><td>Nora</td><td>12</td></tr><tr><td>Nora</td><td>13</td></tr></table></main></body></html>"""


@pytest.fixture
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> Callable[..., model.Execution]:
    return sentences.runner(browser_host, pages, tmp_path, {"/budget/bills": PAGE}, timeouts=model.Timeouts(action_ms=2000, assertion_ms=800))


def test_the_row_for_a_name_is_the_row_it_begins(run: Callable[..., model.Execution]) -> None:
    execution = run(["Verify the row for Ethan shows -€520.24", "Check that Ethan's row has a reactivate button"], "/budget/bills")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    (wrong,) = run(["Verify the row for Ethan shows €30.00"], "/budget/bills").steps  # a bill he paid is not his row
    assert wrong.outcome is model.Outcome.FAILED


def test_rows_that_all_begin_with_the_name_stay_a_tie(run: Callable[..., model.Execution]) -> None:
    (step,) = run(["Verify the row for Nora shows 12"], "/budget/bills").steps
    assert step.outcome is model.Outcome.FAILED and "equally well" in (step.error or "")


ONE_TABLE = """<!doctype html><html><head><title>Users</title></head><body><main><h1>Users</h1>
<table class="table"><tr><th>Name</th></tr><tr><td>admin</td></tr><tr><td>alice</td></tr></table></main></body></html>"""


def test_a_table_named_by_its_markup_counts_its_own_rows(run: Callable[..., model.Execution]) -> None:
    # the balances beside it have rows too: "the bills table" is the one its markup calls bills
    execution = run(["The bills table has 3 rows"], "/budget/bills")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    (wrong,) = run(["The bills table has 7 rows"], "/budget/bills").steps  # every row of the page
    assert wrong.outcome is model.Outcome.FAILED


def test_a_table_no_markup_names_is_the_page_one_table(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> None:
    run = sentences.runner(browser_host, pages, tmp_path, {"/budget/users": ONE_TABLE}, timeouts=model.Timeouts(action_ms=2000, assertion_ms=800))
    execution = run(["The user table has 2 rows"], "/budget/users")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


HOME = """<!doctype html><html><head><title>Budget</title></head><body><main><div class="card-deck">
<div class="card"><div class="card-header">Log in to an existing project</div><div class="card-body">
<form class="login"><label for="id">Project identifier</label><input id="id" name="id"><button>Log in</button></form></div></div>
<div class="card"><div class="card-header">Create a new project</div><div class="card-body">
<form class="create"><label for="new-id">Project identifier</label><input id="new-id" name="id"><button>Create</button></form></div></div>
</div><p id="out"></p></main><script>document.querySelectorAll("form").forEach((f) => f.addEventListener("submit", (e) => {
  e.preventDefault(); document.getElementById("out").textContent = f.className + " got " + f.id.value; }));</script></body></html>"""


def test_a_form_named_by_the_card_title_around_it(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> None:
    run = sentences.runner(browser_host, pages, tmp_path, {"/budget/home": HOME}, timeouts=model.Timeouts(action_ms=2000, assertion_ms=800))
    execution = run(['In the "Create a new project" form, type flatshare into Project identifier', "Press Enter",
                     'Verify the page shows "create got flatshare"'], "/budget/home")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


def test_a_control_missing_from_the_row_a_name_begins(run: Callable[..., model.Execution]) -> None:
    # the bills Ethan paid have edit links; his own row has none, and that is what the sentence checks
    execution = run(['Check that Ethan\'s row has no "edit" button', 'Check that Alice\'s row has no "reactivate" button'], "/budget/bills")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    steps = run(['Check that Ethan\'s row has no "reactivate" button'], "/budget/bills").steps
    assert steps[-1].outcome is model.Outcome.FAILED


PEOPLE = """<!doctype html><html><head><title>Book Club</title></head><body><aside><table class="balance table">
<tr><td class="balance-name">Lena<span>(x1)</span></td><td class="balance-value">0.00</td></tr>
<tr><td class="balance-name">Marco<span>(x1)</span></td><td class="balance-value">-3.50</td></tr></table></aside>
<main><h1>Book Club</h1></main></body></html>"""


def test_a_part_of_a_name_is_in_its_row_and_is_not_the_name_itself(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> None:
    run = sentences.runner(browser_host, pages, tmp_path, {"/budget/people": PEOPLE}, timeouts=model.Timeouts(action_ms=2000, assertion_ms=800))
    execution = run(["Verify Lena's balance is 0.00", "Verify Marco's balance is -3.50"], "/budget/people")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    (wrong,) = run(["Verify Lena's balance is -3.50"], "/budget/people").steps  # never the table that shows every balance
    assert wrong.outcome is model.Outcome.FAILED


ICONS = """<!doctype html><html><head><title>Bills</title><style>
a.edit, button.delete { display: block; width: 16px; height: 16px; font-size: 0; border: 0; background: url(/budget/img/edit.png) no-repeat; }
button.delete { background-image: url(/budget/img/delete.png); }</style></head><body><main><h1>Bills</h1><table>
<tr><td>Firewood</td><td>18.00</td><td><a class="edit" href="#firewood">edit</a><button class="delete"></button></td></tr>
<tr><td>Ice cream</td><td>9.00</td><td><a class="edit" href="#ice-cream">edit</a><button class="delete"></button></td></tr>
</table></main></body></html>"""


def test_an_icon_drawn_by_a_css_picture_is_named_by_its_file(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> None:
    # the link's text is at font size 0 over edit.png: a person sees a pencil, the markup says it only in the picture's name
    pages.add("/budget/img/edit.png", "png", raw=True)  # type: ignore[attr-defined]
    run = sentences.runner(browser_host, pages, tmp_path, {"/budget/icons": ICONS}, timeouts=model.Timeouts(action_ms=2000, assertion_ms=800))
    execution = run(["Click the pencil icon in the row for Ice cream", 'Verify the URL contains "#ice-cream"'], "/budget/icons")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))


def test_a_part_of_the_page_counts_the_records_of_its_one_table(run: Callable[..., model.Execution]) -> None:
    # no markup says participant: the sidebar's one table holds them; the bills table beside it is not in the sidebar
    execution = run(["The sidebar shows 2 participants"], "/budget/bills")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    (wrong,) = run(["The sidebar shows 3 participants"], "/budget/bills").steps
    assert wrong.outcome is model.Outcome.FAILED


TWO_CREATES = """<!doctype html><html><head><title>Lists</title><style>.success { background: #4caf50; color: #fff; }
.plain { background: #fff; color: #1976d2; }</style></head><body><main><h1>Shopping Lists</h1>
<button class="success" onclick="document.getElementById('out').textContent = 'the page create'">Create</button>
<div class="v-dialog"><button class="plain" onclick="document.getElementById('out').textContent = 'the dialog create'">Create</button></div>
<p id="out"></p></main></body></html>"""


def test_a_colour_said_tells_twin_controls_apart(browser_host: chromium.BrowserHost, pages: object, tmp_path: Path) -> None:
    # two Create buttons; the tester says the green one: that one, and the colour alone never makes a match
    run = sentences.runner(browser_host, pages, tmp_path, {"/budget/lists": TWO_CREATES}, timeouts=model.Timeouts(action_ms=2000, assertion_ms=800))
    execution = run(['Click the green "Create" button', 'Verify the page shows "the page create"'], "/budget/lists")
    assert not sentences.failures(execution), "\n".join(sentences.failures(execution))
    (plain,) = run(['Click the "Create" button'], "/budget/lists").steps
    assert plain.outcome is model.Outcome.FAILED and "equally well" in (plain.error or "")
    (red,) = run(['Click the red "Create" button'], "/budget/lists").steps  # no red one: still two alike
    assert red.outcome is model.Outcome.FAILED

"""Rows counted by what they say ('Greenleaf Market appears in 4 rows'): only the rows whose text holds it, never
every row nor every place the words are shown (the filter's chip says them too); a wiki page's table counted by what
its rows are ('the limits table has 3 categories'), whatever its markup calls them."""

from __future__ import annotations

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_ROWS = (("11/28/2026", "Greenleaf Market", "-84.10"), ("11/25/2026", "Riverside Properties", "-1,450.00"),
         ("11/21/2026", "Greenleaf Market", "-97.35"), ("11/14/2026", "Greenleaf Market", "-101.92"),
         ("11/09/2026", "Metro Transit", "-35.00"), ("11/02/2026", "Greenleaf Market", "-81.35"))

# a budget app's register: a filter chip above it names the payee too
REGISTER = ("""<!doctype html><html><body><div class="filters"><span class="chip">Payee is Greenleaf Market</span></div>
<table><thead><tr><th>Date</th><th>Payee</th><th>Payment</th></tr></thead><tbody>"""
            + "".join(f"<tr><td>{d}</td><td>{p}</td><td>{a}</td></tr>" for d, p, a in _ROWS) + "</tbody></table></body></html>")


# a wiki page: one table, its column titles say what it is about, nothing in its markup says category
LIMITS = """<!doctype html><html><body><article><h1>Expense Policy</h1><p>Submit receipts within 30 days.</p><table>
<thead><tr><th>Category</th><th>Limit per day</th></tr></thead><tbody><tr><td>Meals</td><td>45 EUR</td></tr>
<tr><td>Hotel</td><td>160 EUR</td></tr><tr><td>Taxi</td><td>60 EUR</td></tr></tbody></table></article></body></html>"""


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("rows"), {"/register": REGISTER, "/limits": LIMITS},
                            timeouts=model.Timeouts(action_ms=1500, assertion_ms=1500))


@pytest.mark.parametrize(("sentence", "passes"), [
    ("Greenleaf Market appears in 4 rows", True),
    ("Greenleaf Market appears in 5 rows", False),  # 5 places show it, the chip among them
    ('Verify there are 2 rows with "Metro Transit"', False),
    ('Verify there is 1 row with "Metro Transit"', True),
    ("Verify there are 6 rows", True),
])
def test_rows_counted_by_what_they_say(run, sentence: str, passes: bool) -> None:  # type: ignore[no-untyped-def]
    execution = run([sentence], "/register")
    assert (model.settle_verdict(execution) is model.Verdict.PASSED) is passes, sentences.failures(execution)


@pytest.mark.parametrize(("sentence", "passes"), [
    ("the limits table has 3 categories: Meals, Hotel and Taxi", True),
    ("the limits table has 4 categories: Meals, Hotel, Taxi and Train", False),
])
def test_a_named_tables_things_are_its_rows(run, sentence: str, passes: bool) -> None:  # type: ignore[no-untyped-def]
    execution = run([sentence], "/limits")
    assert (model.settle_verdict(execution) is model.Verdict.PASSED) is passes, sentences.failures(execution)

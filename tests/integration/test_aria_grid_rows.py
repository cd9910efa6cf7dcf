"""A table drawn with ARIA roles and no <table> (the way ag-grid draws MLflow's runs): its header is a div role=row of
column headers, in a header box of its own, then the data rows. The header row is no record: "the first row" is the
first run, and the rows counted are the runs. Each check has a case that must fail."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import model
from pacts_farm.browser import chromium
from tests.integration import sentences

pytestmark = pytest.mark.browser

_HEADER = "".join(f'<div role="columnheader" class="ag-header-cell"><span class="ag-header-cell-text">{t}</span>'
                  f'<span class="ag-sort-indicator-icon" role="button" aria-label="sort"></span></div>' for t in ("Run Name", "Created", "Duration"))
_ROWS = "".join(f'<div role="row" class="ag-row" row-index="{i}"><div role="gridcell" class="ag-cell"><a href="#/runs/{i}">{name}</a></div>'
                f'<div role="gridcell" class="ag-cell">{ago}</div><div role="gridcell" class="ag-cell">{d}</div></div>'
                for i, (name, ago, d) in enumerate((("lgbm-tuned", "2 hours ago", "4.1s"), ("xgb-depth6", "3 hours ago", "2.0s"),
                                                    ("rf-200-trees", "1 day ago", "9.3s"))))
RUNS = f"""<!doctype html><html><head><title>Runs - MLflow</title></head><body><main><h1>churn-prediction</h1>
<div role="grid" class="ag-root" aria-rowcount="4"><div class="ag-header" role="rowgroup"><div role="row" class="ag-header-row">{_HEADER}</div></div>
<div class="ag-body" role="rowgroup">{_ROWS}</div></div></main></body></html>"""


@pytest.fixture(scope="module")
def run(browser_host: chromium.BrowserHost, pages: object, tmp_path_factory: pytest.TempPathFactory) -> Callable[..., model.Execution]:
    return sentences.runner(browser_host, pages, tmp_path_factory.mktemp("aria-grid"), {"/ml/runs": RUNS},
                            timeouts=model.Timeouts(action_ms=3000, assertion_ms=1000))


def _failed(execution: model.Execution) -> bool:
    return any(s.outcome is model.Outcome.FAILED for s in execution.steps)


def test_the_header_row_of_an_aria_grid_is_no_record(run: Callable[..., model.Execution]) -> None:
    shown = run(["The first row of the runs table is lgbm-tuned", "Verify 3 rows are listed"], "/ml/runs")
    assert not sentences.failures(shown), "\n".join(sentences.failures(shown))
    assert _failed(run(["The first row of the runs table is xgb-depth6"], "/ml/runs"))
    assert _failed(run(["Verify 4 rows are listed"], "/ml/runs"))

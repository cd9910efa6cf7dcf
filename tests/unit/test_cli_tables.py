"""What the CLI prints in tables: run ids and item keys whole at any width that fits them; titles wrap instead."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from rich.console import Console

from pacts_farm import console as view
from pacts_farm import model
from pacts_farm.store import repo

IDS = ("20261203-163434-a1b2c3", "20261203-163435-d4e5f6", "old-run")


def _runs() -> list[repo.RunSummary]:
    names = ("Checkout and payments, every card type and currency, nightly", "s", "Login " * 12)
    return [
        repo.RunSummary(id=run_id, suite_name=name, status=model.RunStatus.CANCELLED, mode="embedded",
                        created_at=datetime(2026, 12, 3, 16, 34, 34), duration_ms=1234567.0, items=1200, met=1180)
        for run_id, name in zip(IDS, names)
    ]


def _printed(width: int, show: object, *args: object) -> list[str]:
    out = io.StringIO()
    show(Console(file=out, width=width, color_system=None), *args)  # type: ignore[operator]
    return out.getvalue().splitlines()


@pytest.mark.parametrize("width", [80, 100, 140, 60, 40])
def test_runs_table_keeps_whole_ids_and_fits_the_width(width: int) -> None:
    lines = _printed(width, view.print_runs, _runs())
    assert max(len(line) for line in lines) <= width
    for run_id in IDS:
        assert any(run_id in line for line in lines), f"{run_id} cut at {width}:\n" + "\n".join(lines)
    as_table = any(line.startswith("run ") for line in lines)
    assert as_table == (width >= 80)  # at 80 columns still a table; narrower, one run per line
    assert any("mode" in line for line in lines) == (width >= 100)


def _result(keys: tuple[str, ...]) -> model.RunResult:
    items = tuple(
        model.ItemResult(item_key=key, requirement_id=key, title="A shopper with a saved card pays in another currency and gets a receipt " * 2,
                         expect=model.Expectation.PASS, verdict=model.Verdict.PASSED, met=True, duration_ms=1234, data={}, steps=())
        for key in keys
    )
    return model.RunResult(run_id=IDS[0], suite_name="Checkout and payments, every card type and currency, nightly",
                           status=model.RunStatus.PASSED, mode="embedded", started_at="2026-12-03T16:34:34+00:00",
                           finished_at=None, duration_ms=1, items=items)


@pytest.mark.parametrize("width", [80, 120])
def test_summary_keeps_the_run_id_and_item_keys_whole_and_wraps_titles(width: int) -> None:
    keys = ("checkout-with-saved-card[3]", "login")
    lines = _printed(width, view.print_summary, _result(keys), "/tmp/out", 3, 4)
    assert max(len(line) for line in lines) <= width
    assert any(IDS[0] in line for line in lines)
    for key in keys:
        assert any(line.startswith(key) for line in lines), "\n".join(lines)
    assert not any("…" in line for line in lines)  # titles wrapped, nothing cut
    assert sum(line.count("receipt") for line in lines) == 2 * len(keys)


def test_flakiness_lines_put_the_highest_score_first_under_one_header() -> None:
    from pacts_farm.store import flaky_scores

    def score(requirement_id: str, value: float) -> flaky_scores.StoredScore:
        return flaky_scores.StoredScore(suite_name="s", requirement_id=requirement_id, score=value, runs=4, passed=3, failed=1,
                                     flaky=0, healed=0, nights_above=0, computed_at=datetime(2026, 12, 3))

    lines = list(view.flakiness_lines([score("steady", 0.0), score("flips", 0.75), score("again", 0.0)]))
    assert lines[0].startswith("suite") and lines[0].endswith("nights")
    assert [line.split()[1] for line in lines[1:]] == ["flips", "again", "steady"]


def test_cache_stats_lines_show_n_a_for_a_run_without_lookups() -> None:
    by = {"redis": 0, "database": 0, "discovered": 0, "healed": 0, "drift": 0}
    lines = list(view.cache_stats_lines([], 0, [], [(IDS[0], 0, 0, by), (IDS[1], 3, 4, {**by, "redis": 3})]))
    assert lines[2].startswith("run ") and "  n/a" in lines[3] and " 75.0% (3/4)" in lines[4]

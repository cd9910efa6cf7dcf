"""Cross-run history of requirements on both databases."""

from __future__ import annotations

import time

from pacts_farm import model
from pacts_farm.store import history, repo

from tests.integration.test_store import _new_run


def _settle(sessions: repo.Sessions, item_id: str, verdict: model.Verdict, duration_ms: float) -> None:
    repo.finish_item(sessions, item_id, verdict=verdict, met=verdict.succeeded, error=None)
    repo._update_item(sessions, item_id, duration_ms=duration_ms)


def test_history_rates_and_window_over_runs(sessions: repo.Sessions) -> None:
    verdicts = [model.Verdict.PASSED, model.Verdict.FLAKY, model.Verdict.FAILED, model.Verdict.PASSED]
    for n, verdict in enumerate(verdicts):
        first, second = _new_run(sessions, run_id=f"run-{n}", n=2)
        _settle(sessions, first, verdict, 100.0 * (n + 1))
        if n < 3:
            _settle(sessions, second, model.Verdict.PASSED, 50.0)  # run-3's second item stays unfinished
        time.sleep(0.01)  # created_at orders runs
    cancelled_run = _new_run(sessions, run_id="run-cancelled", n=2)
    repo.cancel_run(sessions, "run-cancelled")
    assert cancelled_run

    stats = history.requirement_stats(sessions, "Store suite")
    req0 = stats["req-0"]
    assert req0.runs == 4
    assert [o.verdict for o in req0.outcomes] == list(reversed(verdicts))  # newest first
    assert req0.pass_rate == 0.75
    assert req0.flaky_rate == 0.25
    assert req0.median_duration_ms == 250.0
    assert stats["req-1"].runs == 3  # unfinished and cancelled items say nothing

    last_two = history.requirement_stats(sessions, "Store suite", window=2)["req-0"]
    assert [o.run_id for o in last_two.outcomes] == ["run-3", "run-2"]
    assert last_two.pass_rate == 0.5

    only = history.requirement_stats(sessions, "Store suite", requirement_ids=["req-1"])
    assert set(only) == {"req-1"}
    assert history.requirement_stats(sessions, "Another suite") == {}

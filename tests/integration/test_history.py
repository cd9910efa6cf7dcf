"""Cross-run history of requirements on both databases."""

from __future__ import annotations

from datetime import timedelta

from pacts_farm import model
from pacts_farm.store import db, history, repo

from tests.integration.test_store import _new_run


def _settle(sessions: db.Sessions, item_id: str, verdict: model.Verdict, duration_ms: float) -> None:
    repo.finish_item(sessions, item_id, verdict=verdict, met=verdict.succeeded, error=None)
    repo._update_item(sessions, item_id, duration_ms=duration_ms)


def test_history_rates_and_window_over_runs(sessions: db.Sessions) -> None:
    verdicts = [model.Verdict.PASSED, model.Verdict.FLAKY, model.Verdict.FAILED, model.Verdict.PASSED]
    start = db.utcnow() - timedelta(hours=1)
    for n, verdict in enumerate(verdicts):
        first, second = _new_run(sessions, run_id=f"run-{n}", n=2, created_at=start + timedelta(minutes=n))
        _settle(sessions, first, verdict, 100.0 * (n + 1))
        if n < 3:
            _settle(sessions, second, model.Verdict.PASSED, 50.0)  # run-3's second item stays unfinished
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


def test_history_counts_heals_and_tries_and_charts_recent_runs(sessions: db.Sessions) -> None:
    old = model.Locator(strategy=model.Strategy.ROLE, role="button", value="Login")
    new = model.Locator(strategy=model.Strategy.ROLE, role="button", value="Sign in")
    heal = model.HealEvent(step_index=0, old_locator=old, new_locator=new, strategy="synonyms", round=1,
                           reason="renamed", duration_ms=5.0)
    healed = model.StepResult(index=0, text="Click Login", action=model.Action.CLICK, outcome=model.Outcome.HEALED,
                              duration_ms=10.0, heal=heal,
                              resolution=model.Resolution(locator=new, source=model.LocatorSource.HEALED, confidence=0.8))
    start = db.utcnow() - timedelta(hours=1)
    first, second = _new_run(sessions, run_id="run-a", n=2, created_at=start)
    repo.save_execution(sessions, first, model.Execution(steps=(healed,), duration_ms=10.0), tries=2,
                        try_errors=["step 1 (Click Login): not found"])
    _settle(sessions, first, model.Verdict.FLAKY, 10.0)
    _settle(sessions, second, model.Verdict.FAILED, 20.0)
    repo.finish_run(sessions, "run-a")
    (third, _fourth) = _new_run(sessions, run_id="run-b", n=2, created_at=start + timedelta(minutes=1))
    _settle(sessions, third, model.Verdict.PASSED, 10.0)

    (outcome,) = history.requirement_stats(sessions, "Store suite", requirement_ids=["req-0"])["req-0"].outcomes[1:]
    assert outcome.run_id == "run-a" and outcome.heals == 1 and outcome.tries == 2

    newest, older = history.recent_runs(sessions, limit=10)
    assert (newest.run_id, older.run_id) == ("run-b", "run-a")
    assert older.counts == {"flaky": 1, "failed": 1} and older.met == 1 and older.total == 2 and older.heals == 1
    assert older.met_rate == 0.5 and older.status is model.RunStatus.FAILED
    assert newest.counts == {"passed": 1, "pending": 1} and newest.heals == 0
    assert history.recent_runs(sessions, limit=1) == (newest,)
    assert history.recent_runs(sessions, suite_name="Another suite") == ()

"""Predicted durations come from each requirement's history; new requirements get the suite's median."""

from __future__ import annotations

from datetime import timedelta

from pacts_farm import model
from pacts_farm.farm import scheduling
from pacts_farm.store import db, repo


def _suite(requirement_ids: list[str]) -> model.Suite:
    items = tuple(
        model.Item(key=rid, requirement_id=rid, title=rid, steps=(model.SuiteStep(text="Click Login"),))
        for rid in requirement_ids
    )
    return model.Suite(name="Timed", base_url="http://127.0.0.1:1", source="s.yaml", items=items)


def test_scheduling_predictions_use_medians_and_the_suite_median_for_new_items(sessions: db.Sessions) -> None:
    runs = [{"slow": 9000.0, "mid": 3000.0, "fast": 500.0}, {"slow": 11000.0, "mid": 2000.0, "fast": 700.0},
            {"slow": 10000.0, "mid": 4000.0, "fast": 600.0}]
    start = db.utcnow() - timedelta(hours=1)
    for n, durations in enumerate(runs):
        ids = repo.create_run(sessions, run_id=f"t{n}", suite=_suite(list(durations)), content="name: Timed",
                              mode="farm", output_dir="/tmp/none", created_at=start + timedelta(minutes=n))
        for item_id, duration in zip(ids, durations.values()):
            repo.finish_item(sessions, item_id, verdict=model.Verdict.PASSED, met=True, error=None)
            repo._update_item(sessions, item_id, duration_ms=duration)
    suite = _suite(["fast", "brand-new", "mid", "slow"])
    predicted = scheduling.predict_durations(sessions, suite)
    assert {k: p.duration_ms for k, p in predicted.items()} == {
        "fast": 600.0, "mid": 3000.0, "slow": 10000.0, "brand-new": 3000.0,
    }
    assert not predicted["brand-new"].known and predicted["slow"].known
    keys = [i.key for i in suite.items]
    assert [keys[i] for i in scheduling.longest_first(keys, predicted)] == ["slow", "brand-new", "mid", "fast"]
    empty = scheduling.predict_durations(sessions, model.Suite(name="Unknown", base_url="http://x", source="s", items=suite.items))
    assert {p.duration_ms for p in empty.values()} == {scheduling.UNKNOWN_MS}

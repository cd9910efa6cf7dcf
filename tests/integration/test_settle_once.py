"""The heal (settle) stage happens exactly once: a delivery that dies part way writes nothing, a later one
settles the item, and any further one changes nothing. Counted in rows: heal history, the selector cache's
hits and drift misses, the run's cache counters and the cumulative totals Prometheus reads."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select, update

from pacts_farm import config, model, pipeline
from pacts_farm.farm import housekeeping
from pacts_farm.runtime import Runtime
from pacts_farm.store import db, models, repo, telemetry, totals

APP = "http://127.0.0.1:9"
PAGE = APP + "/form"


def _step(index: int, text: str, action: model.Action, target: str, value: str | None = None) -> model.PlannedStep:
    return model.PlannedStep(index=index, text=text, action=action, target=model.Target(text=target), value=value)


NAME = _step(0, 'Fill "Ada" in the Name field', model.Action.FILL, "Name", "Ada")
SAVE = _step(1, "Click Save", model.Action.CLICK, "Save")
CHECKOUT = _step(2, "Click Checkout", model.Action.CLICK, "Checkout")
PLAN = model.Plan(item_key="form", start_url=PAGE, steps=(NAME, SAVE, CHECKOUT))


def _locator(value: str) -> model.Locator:
    return model.Locator(strategy=model.Strategy.TEST_ID, attribute="data-test", value=value)


def _resolution(value: str, source: model.LocatorSource) -> model.Resolution:
    return model.Resolution(locator=_locator(value), source=source, confidence=0.9)


def _execution() -> model.Execution:
    """A hit from Redis (Name), a drifted locator found again (Save), a drifted one the heal could not replace (Checkout)."""
    attempts = (
        model.HealAttempt(strategy="synonyms", round=1, accepted=False, reason="nothing fits"),
        model.HealAttempt(strategy="attributes", round=1, accepted=False, reason="nothing fits"),
    )
    steps = (
        model.StepResult(index=0, text=NAME.text, action=NAME.action, outcome=model.Outcome.PASSED, duration_ms=5.0,
                         resolution=_resolution("name", model.LocatorSource.REDIS), page_url=PAGE),
        model.StepResult(index=1, text=SAVE.text, action=SAVE.action, outcome=model.Outcome.HEALED, duration_ms=5.0,
                         resolution=_resolution("save-new", model.LocatorSource.HEALED), page_url=PAGE, drifted=True,
                         heal=model.HealEvent(step_index=1, old_locator=_locator("save-old"), new_locator=_locator("save-new"),
                                              strategy="rediscover", round=1, reason="drift", duration_ms=3.0)),
        model.StepResult(index=2, text=CHECKOUT.text, action=CHECKOUT.action, outcome=model.Outcome.FAILED, duration_ms=5.0,
                         page_url=PAGE, drifted=True, error="healing found no element that fits the step",
                         heal_attempts=attempts),
    )
    return model.Execution(steps=steps, duration_ms=1500.0)


@pytest.fixture
def rt(database_url: str, redis_url: str, tmp_path: Any) -> Iterator[Runtime]:
    runtime = Runtime.open(config.Settings.from_env({
        "PACTS_HOME": str(tmp_path / "home"), "PACTS_DATABASE_URL": database_url, "PACTS_REDIS_URL": redis_url,
    }))
    yield runtime
    runtime.close()


def _executed_item(rt: Runtime, tmp_path: Any, run_id: str = "run-once") -> str:
    """An item whose browser work is done (the state the heal stage starts from), over a warm selector cache."""
    rt.cache.remember(APP, [(NAME, PAGE, _resolution("name", model.LocatorSource.DISCOVERED)),
                            (SAVE, PAGE, _resolution("save-old", model.LocatorSource.DISCOVERED)),
                            (CHECKOUT, PAGE, _resolution("checkout", model.LocatorSource.DISCOVERED))])
    item = model.Item(key="form", requirement_id="form", title="Form", start_url=PAGE,
                      steps=tuple(model.SuiteStep(line=3 + s.index, text=s.text) for s in PLAN.steps))
    suite = model.Suite(name="Once", base_url=APP, source="once.yaml", items=(item,))
    (item_id,) = repo.create_run(rt.sessions, run_id=run_id, suite=suite, content=f"once {run_id}", mode="farm",
                                 output_dir=str(tmp_path / run_id))
    repo.save_plan(rt.sessions, item_id, PLAN)
    repo.save_hints(rt.sessions, item_id, [])
    assert repo.claim_item(rt.sessions, item_id, owner="test:1", lease_s=60)
    repo.save_execution(rt.sessions, item_id, _execution())
    return item_id


def _counts(rt: Runtime, run_id: str) -> dict[str, Any]:
    """Every row the settle stage writes, as numbers."""
    with rt.sessions() as s:
        heal_rows = sorted(s.execute(select(models.HealRow.strategy, models.HealRow.outcome).where(models.HealRow.run_id == run_id)).all())
        entries = {
            target: (hits, misses, successes)
            for target, hits, misses, successes in s.execute(
                select(models.SelectorCacheRow.target, models.SelectorCacheRow.hits, models.SelectorCacheRow.misses,
                       models.SelectorCacheRow.successes))
        }
        run = s.execute(select(models.RunRow.cache_hits, models.RunRow.cache_lookups).where(models.RunRow.id == run_id)).one()
        state = s.scalar(select(models.ItemRow.state).where(models.ItemRow.run_id == run_id))
    return {"heal_rows": heal_rows, "entries": entries, "run_cache": tuple(run), "state": state, "totals": totals.read(rt.sessions)}


class _Died(Exception):
    """The worker process died here (SIGKILL): nothing after this point ran."""


def _dies_once(monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> None:
    original = getattr(owner, name)
    calls = []

    def dying(*args: Any, **kwargs: Any) -> Any:
        calls.append(1)
        if len(calls) == 1:
            raise _Died(name)
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, dying)


@pytest.mark.redis
@pytest.mark.parametrize("dies_at", ["before the item's completion", "inside the settle, after its writes"])
def test_settle_redelivered_after_dying_counts_everything_once(
    rt: Runtime, tmp_path: Any, monkeypatch: pytest.MonkeyPatch, dies_at: str,
) -> None:
    item_id = _executed_item(rt, tmp_path)
    before = _counts(rt, "run-once")
    if dies_at == "before the item's completion":
        _dies_once(monkeypatch, repo, "finish_item")
    else:  # the last write of the settle transaction: heal rows, cache notes and hits are already written in it
        _dies_once(monkeypatch, totals, "add_settled")

    with pytest.raises(_Died):
        pipeline.heal_item(rt, item_id)
    assert _counts(rt, "run-once") == before  # the dead delivery left nothing behind
    pipeline.heal_item(rt, item_id)  # the redelivery
    once = _counts(rt, "run-once")
    pipeline.heal_item(rt, item_id)  # and a duplicate of it
    assert _counts(rt, "run-once") == once

    assert once["state"] == "done"
    assert once["heal_rows"] == [("attributes", "rejected"), ("rediscover", "accepted"), ("synonyms", "rejected")]
    assert once["entries"]["Name"][0] == before["entries"]["Name"][0] + 1  # one hit
    assert once["entries"]["Checkout"][1] == 1  # one drift: a second would reach the limit and drop a good entry
    assert once["entries"]["Save"] == (0, 0, 0)  # re-learned under its new locator
    assert once["run_cache"] == (1, 2)
    assert once["totals"][totals.ITEMS] == {"failed": 1.0}
    assert once["totals"][totals.HEALS] == {"accepted": 1.0, "rejected": 2.0}
    assert once["totals"][totals.LOCATOR_SOURCES] == {"redis": 1.0, "healed": 1.0}
    assert once["totals"][totals.DURATION_COUNT] == {"": 1.0}
    assert once["totals"][totals.DURATION_LE]["2"] == 1.0 and "1" not in once["totals"][totals.DURATION_LE]


@pytest.mark.redis
def test_settle_redis_mirrors_what_the_store_committed(rt: Runtime, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Redis is written after the commit: a delivery that died in the settle leaves Redis as it was."""
    item_id = _executed_item(rt, tmp_path)
    save_before = rt.cache.lookup(APP, [SAVE])[1][0].resolution.locator
    _dies_once(monkeypatch, totals, "add_settled")
    with pytest.raises(_Died):
        pipeline.heal_item(rt, item_id)
    assert rt.cache.lookup(APP, [SAVE])[1][0].resolution.locator == save_before == _locator("save-old")
    pipeline.heal_item(rt, item_id)
    assert rt.cache.lookup(APP, [SAVE])[1][0].layer is model.LocatorSource.REDIS
    assert rt.cache.lookup(APP, [SAVE])[1][0].resolution.locator == _locator("save-new")


def test_settle_counters_never_go_down_when_cleanup_deletes_runs(rt: Runtime, tmp_path: Any) -> None:
    """What Prometheus scrapes is the same before and after cleanup_old_runs removed every run it counted."""
    item_id = _executed_item(rt, tmp_path)
    pipeline.heal_item(rt, item_id)
    cancelled = _executed_item(rt, tmp_path, run_id="run-cancelled")
    repo.cancel_run(rt.sessions, "run-cancelled")
    pipeline.heal_item(rt, cancelled)  # a late delivery for a cancelled item changes nothing
    scraped = telemetry.snapshot(rt.sessions, flaky_at=0.3)
    assert scraped.verdicts == {"failed": 1, "cancelled": 1}
    assert scraped.heals == {"accepted": 1, "rejected": 2}  # the cancelled item never settled its heals
    assert scraped.locator_sources == {"redis": 2, "healed": 2}  # but its browser ran: its steps count
    assert scraped.durations.count == 2 and scraped.durations.total_s == pytest.approx(3.0)

    with rt.sessions.begin() as s:  # both runs are past the retention
        s.execute(update(models.RunRow).values(created_at=db.utcnow() - timedelta(days=40)))
    removed = housekeeping.cleanup_old_runs(rt.sessions, retention_days=30)
    assert removed.runs == 2
    with rt.sessions() as s:
        assert s.scalars(select(models.ItemRow)).all() == []
    after = telemetry.snapshot(rt.sessions, flaky_at=0.3)
    assert (after.verdicts, after.heals, after.locator_sources, after.durations) == (
        scraped.verdicts, scraped.heals, scraped.locator_sources, scraped.durations)

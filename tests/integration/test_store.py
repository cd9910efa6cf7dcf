"""The system of record on both databases: same tests for SQLite and Postgres."""

from __future__ import annotations

import dataclasses
import time
from datetime import datetime, timedelta

import pytest
from sqlalchemy import func, select

from pacts_farm import model
from pacts_farm.store import db, heals, models, repo, selectors


def _suite(n: int = 2) -> model.Suite:
    items = tuple(
        model.Item(
            key=f"req-{i}",
            requirement_id=f"req-{i}",
            title=f"Requirement {i}",
            tags=("smoke",),
            data={"user": "standard_user"} if i == 0 else {},
            start_url="http://127.0.0.1:9/login",
            steps=(model.SuiteStep(line=4 + i, text="Click Login"),),
        )
        for i in range(n)
    )
    return model.Suite(name="Store suite", base_url="http://127.0.0.1:9", source="suite.yaml", items=items)


def _execution(outcome: model.Outcome = model.Outcome.PASSED) -> model.Execution:
    locator = model.Locator(strategy=model.Strategy.ROLE, role="button", value="Login")
    step = model.StepResult(
        index=0,
        text="Click Login",
        action=model.Action.CLICK,
        outcome=outcome,
        duration_ms=12.5,
        resolution=model.Resolution(locator=locator, source=model.LocatorSource.DISCOVERED, confidence=0.97),
        page_url="http://127.0.0.1:9/login",
        error=None if outcome is model.Outcome.PASSED else "not found",
    )
    return model.Execution(steps=(step,), duration_ms=40.0)


def _new_run(sessions: db.Sessions, run_id: str = "run-1", n: int = 2, created_at: datetime | None = None) -> tuple[str, ...]:
    return repo.create_run(
        sessions, run_id=run_id, suite=_suite(n), content=f"name: x {run_id}", mode="embedded",
        output_dir="/tmp/none", created_at=created_at,
    )


def test_store_migrations_match_models(database_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    engine = db.open_engine(database_url)
    db.upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), models.Base.metadata)
    engine.dispose()
    assert diff == []


def test_store_upgrade_is_idempotent(database_url: str) -> None:
    engine = db.open_engine(database_url)
    db.upgrade(engine)
    assert db.upgrade(engine) is False
    assert db.current_revision(engine) == db.HEAD_REVISION
    engine.dispose()


def test_store_totals_migration_starts_from_what_the_store_holds(database_url: str) -> None:
    """Upgrading a farm with history: the counters Prometheus read before are not lower after (0004 -> 0005)."""
    from alembic import command
    from alembic.config import Config

    from pacts_farm import bundled
    from pacts_farm.store import telemetry

    engine = db.open_engine(database_url)
    db.upgrade(engine)
    sessions = db.make_sessions(engine)
    with bundled.as_path(*bundled.MIGRATIONS) as migrations:
        cfg = Config()
        cfg.set_main_option("script_location", str(migrations))
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0004")
        passed, failed = _new_run(sessions)
        for item_id, outcome in ((passed, model.Outcome.PASSED), (failed, model.Outcome.FAILED)):
            with sessions.begin() as s:  # what 0004's code wrote: items settled, steps kept
                s.execute(models.ItemRow.__table__.update().where(models.ItemRow.id == item_id).values(
                    state="done", verdict=outcome.value, duration_ms=1500.0))
                s.execute(models.StepRow.__table__.insert().values(
                    item_id=item_id, index=0, text="Click Login", action="click", outcome=outcome.value, duration_ms=1.0,
                    source="discovered", drifted=False))
        with sessions.begin() as s:
            s.execute(models.HealRow.__table__.insert().values(
                run_id=None, item_key="k", app="a", page="/", target="t", strategy="synonyms", outcome="rejected",
                reason="r", duration_ms=1.0, created_at=db.utcnow()))
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")
    scraped = telemetry.snapshot(sessions, flaky_at=0.3)
    engine.dispose()
    assert scraped.verdicts == {"passed": 1, "failed": 1}
    assert scraped.locator_sources == {"discovered": 2}
    assert scraped.heals == {"rejected": 1}
    assert scraped.durations.count == 2 and scraped.durations.total_s == pytest.approx(3.0)
    assert dict(scraped.durations.buckets)[2] == 2 and dict(scraped.durations.buckets)[1] == 0


def test_store_item_round_trips(sessions: db.Sessions) -> None:
    ids = _new_run(sessions)
    record = repo.load_item(sessions, ids[0])
    assert record.item == _suite().items[0]
    assert record.state is model.ItemState.QUEUED
    assert record.timeouts == model.Timeouts()
    assert record.base_url == "http://127.0.0.1:9"


def test_store_lease_blocks_a_second_worker_until_it_expires(sessions: db.Sessions) -> None:
    item_id = _new_run(sessions)[0]
    assert not repo.claim_item(sessions, item_id, owner="w1", lease_s=60)  # not discovered yet
    repo.save_hints(sessions, item_id, [])
    assert repo.claim_item(sessions, item_id, owner="w1", lease_s=60)
    assert not repo.claim_item(sessions, item_id, owner="w2", lease_s=60)
    assert repo.lease_holder(sessions, item_id) == "w1"
    assert repo.claim_item(sessions, item_id, owner="w1", lease_s=60)  # same owner: a retry
    with db.transaction(sessions) as s:
        row = s.get(models.ItemRow, item_id)
        row.lease_expires_at = db.utcnow() - timedelta(seconds=1)
    assert repo.claim_item(sessions, item_id, owner="w2", lease_s=60)
    assert repo.load_item(sessions, item_id).attempts == 3
    assert repo.run_status(sessions, "run-1") is model.RunStatus.RUNNING


def test_store_lease_of_a_dead_holder_can_be_taken(sessions: db.Sessions) -> None:
    item_id = _new_run(sessions)[0]
    repo.save_hints(sessions, item_id, [])
    assert repo.claim_item(sessions, item_id, owner="host:1:1", lease_s=600)
    assert not repo.claim_item(sessions, item_id, owner="host:2:1", lease_s=600, take_from="host:9:1")
    assert repo.claim_item(sessions, item_id, owner="host:2:1", lease_s=600, take_from="host:1:1")
    repo.save_execution(sessions, item_id, _execution())
    assert not repo.claim_item(sessions, item_id, owner="host:3:1", lease_s=600)  # executed: nothing to run


def test_store_redelivered_execution_stores_one_set_of_steps(sessions: db.Sessions) -> None:
    item_id = _new_run(sessions)[0]
    repo.save_execution(sessions, item_id, _execution())
    repo.save_execution(sessions, item_id, _execution())
    with db.transaction(sessions) as s:
        count = s.scalar(select(func.count()).select_from(models.StepRow).where(models.StepRow.item_id == item_id))
    assert count == 1
    (step,) = repo.load_steps(sessions, item_id)
    assert step.resolution is not None and step.resolution.locator.role == "button"


def test_store_item_is_settled_once(sessions: db.Sessions) -> None:
    item_id = _new_run(sessions)[0]
    assert repo.finish_item(sessions, item_id, verdict=model.Verdict.PASSED, met=True, error=None, cache_hits=1, cache_lookups=2)
    assert not repo.finish_item(sessions, item_id, verdict=model.Verdict.FAILED, met=False, error="late", cache_hits=1, cache_lookups=2)
    assert repo.load_item(sessions, item_id).verdict is model.Verdict.PASSED
    assert repo.run_cache_rate(sessions, "run-1") == (1, 2)


def test_store_run_status_derives_from_items(sessions: db.Sessions) -> None:
    first, second = _new_run(sessions)
    assert repo.finish_run(sessions, "run-1") == (model.RunStatus.QUEUED, False)
    repo.finish_item(sessions, first, verdict=model.Verdict.PASSED, met=True, error=None)
    assert repo.finish_run(sessions, "run-1") == (model.RunStatus.RUNNING, False)
    repo.finish_item(sessions, second, verdict=model.Verdict.FAILED, met=False, error="x")
    assert repo.finish_run(sessions, "run-1") == (model.RunStatus.FAILED, True)
    assert repo.finish_run(sessions, "run-1") == (model.RunStatus.FAILED, False)  # ended once
    result = repo.load_run_result(sessions, "run-1")
    assert [i.verdict for i in result.items] == [model.Verdict.PASSED, model.Verdict.FAILED]
    assert result.finished_at is not None and result.items[0].data == {"user": "standard_user"}


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ([("done", "passed", True), ("done", "healed", True)], model.RunStatus.PASSED),
        ([("done", "failed", True)], model.RunStatus.PASSED),  # expect: fail, met
        ([("done", "passed", False)], model.RunStatus.FAILED),
        ([("done", "passed", True), ("done", "error", False)], model.RunStatus.ERROR),
        ([("done", "passed", True), ("running", None, None)], model.RunStatus.RUNNING),
        ([("queued", None, None)], model.RunStatus.QUEUED),
    ],
)
def test_store_derive_status(items: list[tuple[str, str | None, bool | None]], expected: model.RunStatus) -> None:
    typed = [(model.ItemState(state), model.Verdict(verdict) if verdict else None, met) for state, verdict, met in items]
    assert model.derive_run_status(typed, model.RunStatus.RUNNING) is expected


def test_store_cancel_marks_unfinished_items(sessions: db.Sessions) -> None:
    first, second = _new_run(sessions)
    repo.finish_item(sessions, first, verdict=model.Verdict.PASSED, met=True, error=None)
    assert repo.cancel_run(sessions, "run-1") == (second,)
    assert repo.load_item(sessions, second).verdict is model.Verdict.CANCELLED
    assert repo.finish_run(sessions, "run-1") == (model.RunStatus.CANCELLED, False)


def test_store_cleanup_cascades_but_keeps_heal_history(sessions: db.Sessions) -> None:
    old_ids = _new_run(sessions, "run-1")
    repo.save_execution(sessions, old_ids[0], _execution())
    heals.record_heals(
        sessions,
        [
            model.HealRecord(
                run_id="run-1", item_key="req-0", app="http://a", page="/", target="Login",
                failed_locator=None, new_locator=None, strategy="role", accepted=True,
                reason="renamed", duration_ms=5.0,
            )
        ],
    )
    for item_id in old_ids:
        repo.finish_item(sessions, item_id, verdict=model.Verdict.PASSED, met=True, error=None)
    repo.finish_run(sessions, "run-1")
    _new_run(sessions, "run-2")  # recent and unfinished: kept
    with db.transaction(sessions) as s:
        s.get(models.RunRow, "run-1").created_at = db.utcnow() - timedelta(days=40)
    cutoff = db.utcnow() - timedelta(days=30)
    assert repo.delete_runs_before(sessions, cutoff) == (("/tmp/none", "embedded"),)
    assert repo.delete_runs_before(sessions, cutoff) == ()
    with db.transaction(sessions) as s:
        assert s.scalar(select(func.count()).select_from(models.StepRow)) == 0
        assert s.scalar(select(func.count()).select_from(models.ItemRow).where(models.ItemRow.run_id == "run-1")) == 0
        heal = s.scalars(select(models.HealRow)).one()
        assert heal.run_id is None and heal.target == "Login"
        assert s.get(models.RunRow, "run-2") is not None


def test_store_selector_cache_upserts(sessions: db.Sessions) -> None:
    entry = {
        "key": "k1", "signature": "s1", "app": "http://a", "page": "/login", "target": "Login",
        "action": "click", "scope": "", "resolution": {"v": 1}, "strategy": "role",
    }
    selectors.put_many(sessions, [entry])
    selectors.put_many(sessions, [{**entry, "resolution": {"v": 2}}])
    assert selectors.by_signatures(sessions, ["s1"]) == [("s1", "/login", {"v": 2})]
    selectors.count_hits(sessions, ["k1"])
    assert selectors.delete_entries(sessions, app="http://other") == 0
    assert selectors.delete_entries(sessions, app="http://a") == 1


def test_follow_woken_by_the_worker_reads_the_store_only_when_told(sessions: db.Sessions) -> None:
    """Embedded: the watcher sleeps until a task ends (no 50 ms polling in the worker's process), then sees the end."""
    import threading
    from types import SimpleNamespace

    from pacts_farm import submit

    item_ids = _new_run(sessions, "run-woken", n=1)
    wake = threading.Event()
    reads: list[int] = []

    def finish_later() -> None:
        time.sleep(0.4)
        repo.finish_item(sessions, item_ids[0], verdict=model.Verdict.PASSED, met=True, error=None)
        repo.finish_run(sessions, "run-woken")
        wake.set()

    worker = threading.Thread(target=finish_later)
    worker.start()
    status = submit.follow(SimpleNamespace(sessions=sessions), "run-woken", lambda items: reads.append(len(items)),  # type: ignore[arg-type]
                           progress_s=0.0, wake=wake)
    worker.join()
    assert status is model.RunStatus.PASSED
    assert 2 <= len(reads) <= 3  # once at the start, once when woken (polling every 50 ms would read ~9 times)


def test_store_run_progress_counts_steps_done_heals_and_totals(sessions: db.Sessions) -> None:
    """What the progress view shows per item, from a few columns and one count per item (no whole items loaded)."""
    first, _ = _new_run(sessions, "run-progress")
    steps = tuple(
        model.PlannedStep(index=i, text=f"Click button {i}", action=model.Action.CLICK, target=model.Target(text=f"button {i}"))
        for i in range(3)
    )
    repo.save_plan(sessions, first, model.Plan(item_key="req-0", start_url="http://127.0.0.1:9/login", steps=steps))
    done = _execution()
    heal = model.HealEvent(step_index=1, old_locator=None, new_locator=done.steps[0].resolution.locator,  # type: ignore[union-attr]
                           strategy="role", round=1, reason="renamed", duration_ms=3.0)
    healed = dataclasses.replace(done.steps[0], index=1, outcome=model.Outcome.HEALED, heal=heal)
    repo.save_execution(sessions, first, dataclasses.replace(done, steps=(done.steps[0], healed)))

    rows = repo.run_progress(sessions, "run-progress")
    progress = {p.key: p for p in rows}

    assert [p.key for p in rows] == ["req-0", "req-1"]  # in suite order
    assert (progress["req-0"].steps_total, progress["req-0"].steps_done, progress["req-0"].heals) == (3, 2, 1)
    assert progress["req-0"].state is model.ItemState.EXECUTED and progress["req-0"].duration_ms == 40.0
    assert (progress["req-1"].steps_total, progress["req-1"].steps_done, progress["req-1"].heals) == (0, 0, 0)
    assert progress["req-1"].state is model.ItemState.QUEUED and progress["req-1"].title == "Requirement 1"

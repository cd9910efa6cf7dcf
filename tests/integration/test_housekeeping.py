"""Beat's work on both stores: retention, stale-lease sweeping, schedule slots."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import select

from pacts_farm import model
from pacts_farm.farm import housekeeping
from pacts_farm.store import db, models, repo, run_files, schedules


def _run(sessions: db.Sessions, run_id: str, output_dir: Path, n: int = 2, mode: str = "farm") -> tuple[str, ...]:
    items = tuple(
        model.Item(key=f"i{i}", requirement_id=f"i{i}", title=f"i{i}", steps=(model.SuiteStep(text="Click A"),))
        for i in range(n)
    )
    suite = model.Suite(name="s", base_url="http://127.0.0.1:1", source="s.yaml", items=items)
    return repo.create_run(
        sessions, run_id=run_id, suite=suite, content=run_id, mode=mode, output_dir=str(output_dir)
    )


def test_housekeeping_cleanup_removes_old_runs_and_their_files(sessions: db.Sessions, tmp_path: Path) -> None:
    """An embedded run's folder goes with it; a farm run's files go from the store (content another run still
    names stays), and the folder a caller wrote its copy into is the caller's."""
    caps = run_files.Caps(file_bytes=10_000, run_bytes=10_000)
    old, new, caller = tmp_path / "old", tmp_path / "new", tmp_path / "caller"
    for folder in (old, new, caller):
        (folder / "i0").mkdir(parents=True)
        (folder / "i0" / "failure.png").write_bytes(b"png")
        (folder / "results.json").write_text("{}")
    for run_id, folder, mode in (("old", old, "embedded"), ("old-farm", caller, "farm"), ("new", new, "farm")):
        for item_id in _run(sessions, run_id, folder, mode=mode):
            repo.finish_item(sessions, item_id, verdict=model.Verdict.PASSED, met=True, error=None)
        repo.finish_run(sessions, run_id)
    run_files.put(sessions, "old-farm", [("i0/failure.png", b"old png"), ("i0/trace.zip", b"shared trace")], caps=caps)
    run_files.put(sessions, "new", [("i0/trace.zip", b"shared trace")], caps=caps)
    with db.transaction(sessions) as s:
        for run_id in ("old", "old-farm"):
            s.get(models.RunRow, run_id).created_at = db.utcnow() - timedelta(days=31)
    removed = housekeeping.cleanup_old_runs(sessions, retention_days=30)
    assert (removed.runs, removed.files) == (2, 2)
    assert not old.exists() and new.exists() and (caller / "results.json").exists()
    with sessions() as s:
        assert s.scalars(select(models.RunFileRow.run_id)).all() == ["new"]
        assert s.scalars(select(models.BlobRow.size)).all() == [len(b"shared trace")]
    assert run_files.read(sessions, "new", "i0/trace.zip") == b"shared trace"
    assert housekeeping.cleanup_old_runs(sessions, retention_days=30).runs == 0


def test_housekeeping_sweeper_requeues_then_gives_up(sessions: db.Sessions, tmp_path: Path) -> None:
    first, second = _run(sessions, "r", tmp_path)
    for item_id in (first, second):
        repo.save_hints(sessions, item_id, [])
        assert repo.claim_item(sessions, item_id, owner="gone:1:1", lease_s=1)
    with db.transaction(sessions) as s:
        s.get(models.ItemRow, second).attempts = housekeeping.MAX_ATTEMPTS
    requeued: list[str] = []
    finished: list[str] = []
    later = db.utcnow() + timedelta(seconds=5)
    swept = housekeeping.sweep_stale_items(sessions, now=later, requeue=requeued.append, finish=finished.append)
    assert swept.requeued == (first,) and requeued == [first]
    assert swept.failed == (second,) and finished == ["r"]
    assert repo.load_item(sessions, first).state is model.ItemState.DISCOVERED
    record = repo.load_item(sessions, second)
    assert record.verdict is model.Verdict.ERROR
    again = housekeeping.sweep_stale_items(sessions, now=later, requeue=requeued.append, finish=finished.append)
    assert again.requeued == () and again.failed == ()


def test_housekeeping_schedule_slot_fires_once(sessions: db.Sessions) -> None:
    added = schedules.add_schedule(
        sessions, name="nightly", cron="0 2 * * *", suite_source="s.yaml", suite_content="x", base_url=None
    )
    slot = datetime(2026, 11, 24, 2, 0, tzinfo=timezone.utc)
    assert schedules.claim_slot(sessions, added.id, slot)
    assert not schedules.claim_slot(sessions, added.id, slot)
    assert not schedules.claim_slot(sessions, added.id, slot - timedelta(days=1))
    assert schedules.claim_slot(sessions, added.id, slot + timedelta(days=1))
    assert schedules.list_schedules(sessions)[0].last_slot == slot + timedelta(days=1)
    with pytest.raises(Exception, match="exists"):
        schedules.add_schedule(sessions, name="nightly", cron="* * * * *", suite_source="s", suite_content="x", base_url=None)
    assert schedules.remove_schedule(sessions, "nightly") and not schedules.remove_schedule(sessions, "nightly")

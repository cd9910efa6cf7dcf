"""The orphan sweeper on both stores: items whose task message is gone are sent again, bounded for running ones."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from pacts_farm import model
from pacts_farm.farm import housekeeping
from pacts_farm.store import db, models, repo


def _run(sessions: db.Sessions, run_id: str, output_dir: Path, n: int) -> tuple[str, ...]:
    items = tuple(
        model.Item(key=f"i{i}", requirement_id=f"i{i}", title=f"i{i}", steps=(model.SuiteStep(text="Click A"),))
        for i in range(n)
    )
    suite = model.Suite(name="s", base_url="http://127.0.0.1:1", source="s.yaml", items=items)
    return repo.create_run(
        sessions, run_id=run_id, suite=suite, content=run_id, mode="farm", output_dir=str(output_dir)
    )


def test_orphans_lost_messages_are_sent_again_from_their_stage(sessions: db.Sessions, tmp_path: Path) -> None:
    queued, discovered, running_dead, running_alive, maxed, executed, present = _run(sessions, "r", tmp_path, 7)
    for item_id in (discovered, running_dead, running_alive, maxed):
        repo.save_hints(sessions, item_id, [])
    assert repo.claim_item(sessions, running_dead, owner="host:111:1", lease_s=600)
    assert repo.claim_item(sessions, running_alive, owner="other-host:5:1", lease_s=600)
    assert repo.claim_item(sessions, maxed, owner="host:222:1", lease_s=600)
    with db.transaction(sessions) as s:
        s.get(models.ItemRow, maxed).attempts = housekeeping.MAX_ATTEMPTS
        s.get(models.ItemRow, executed).state = model.ItemState.EXECUTED.value
    later = db.utcnow() + timedelta(seconds=60)
    asked: list[int] = []

    def in_broker() -> set[str]:
        asked.append(1)
        return {present}  # this one's message waits in a queue

    sent: list[tuple[str, model.ItemState]] = []
    ended: list[str] = []
    recovered = housekeeping.sweep_orphaned_items(
        sessions, now=later, present=in_broker, republish=lambda i, st: sent.append((i, st)), finish=ended.append,
        holder_is_dead=lambda owner: owner.startswith("host:"), grace_s=30,
    )
    assert len(asked) == 2  # looked twice, a moment apart
    assert dict(sent) == {
        queued: model.ItemState.QUEUED, discovered: model.ItemState.DISCOVERED,
        running_dead: model.ItemState.RUNNING, executed: model.ItemState.EXECUTED,
    }
    assert recovered.failed == (maxed,) and ended == ["r"]
    record = repo.load_item(sessions, maxed)
    assert record.verdict is model.Verdict.ERROR and record.state is model.ItemState.DONE
    with db.transaction(sessions) as s:
        assert "lost 3 times" in (s.get(models.ItemRow, maxed).error or "")


def test_orphans_young_runs_and_unknown_brokers_are_left_alone(sessions: db.Sessions, tmp_path: Path) -> None:
    _run(sessions, "young", tmp_path, 2)
    now = db.utcnow()
    sent: list[str] = []
    common = {"republish": lambda i, st: sent.append(i), "finish": lambda r: None, "holder_is_dead": lambda o: True}
    young = housekeeping.sweep_orphaned_items(sessions, now=now, present=lambda: set(), grace_s=30, **common)
    unknown = housekeeping.sweep_orphaned_items(
        sessions, now=now + timedelta(seconds=60), present=lambda: None, grace_s=30, **common
    )
    assert young.republished == () and unknown.republished == () and sent == []

"""Beat's work: retention of old runs, firing due schedules (the nightly regression), sweeping stale leases."""

from __future__ import annotations

import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from pacts_farm import config, cron, errors, model, submit
from pacts_farm.store import repo, schedules

log = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True, slots=True)
class Removed:
    runs: int
    files: int


def cleanup_old_runs(sessions: repo.Sessions, *, retention_days: int) -> Removed:
    """Delete runs older than the retention and their folders; safe to run twice."""
    cutoff = repo.utcnow() - timedelta(days=retention_days)
    folders = repo.delete_runs_before(sessions, cutoff)
    files = 0
    for folder in folders:
        path = Path(folder)
        if path.is_dir():
            files += sum(1 for p in path.rglob("*") if p.is_file())
            shutil.rmtree(path, ignore_errors=True)
    log.info("cleanup: removed %d runs older than %d days (%d files)", len(folders), retention_days, files)
    return Removed(runs=len(folders), files=files)


@dataclass(frozen=True, kw_only=True, slots=True)
class Fired:
    schedule: str
    slot: datetime
    run_id: str | None
    error: str | None = None


def fire_due_schedules(
    sessions: repo.Sessions, *, now: datetime, start: Callable[[submit.Submission], str]
) -> tuple[Fired, ...]:
    """Submit every schedule whose latest cron slot has not fired yet (a missed slot fires once, late)."""
    fired = []
    for schedule in schedules.list_schedules(sessions):
        slot = cron.parse_cron(schedule.cron).latest_slot(now)
        if slot is None or (schedule.last_slot is not None and slot <= schedule.last_slot):
            continue
        if not schedules.claim_slot(sessions, schedule.id, slot):
            continue  # another beat/worker fired it
        try:
            submission = submit.prepare_text(
                schedule.suite_content,
                source=f"schedule:{schedule.name}",
                environ=config.environment(),
                base_url=schedule.base_url,
            )
            run_id = start(submission)
        except errors.PactsFarmError as exc:
            log.error("schedule %s: slot %s not submitted: %s", schedule.name, slot, exc.message)
            fired.append(Fired(schedule=schedule.name, slot=slot, run_id=None, error=exc.message))
            continue
        log.info("schedule %s: slot %s submitted as run %s", schedule.name, slot, run_id)
        fired.append(Fired(schedule=schedule.name, slot=slot, run_id=run_id))
    return tuple(fired)


MAX_ATTEMPTS = 3


@dataclass(frozen=True, kw_only=True, slots=True)
class Swept:
    requeued: tuple[str, ...]
    failed: tuple[str, ...]


def sweep_stale_items(
    sessions: repo.Sessions,
    *,
    now: datetime,
    requeue: Callable[[str], None],
    finish: Callable[[str], None],
    max_attempts: int = MAX_ATTEMPTS,
) -> Swept:
    """Items whose worker died (lease expired while running): run again, or end as error after max_attempts."""
    requeued, failed = [], []
    for item_id, run_id, attempts in repo.stale_items(sessions, now):
        if attempts >= max_attempts:
            reason = f"infrastructure error: the worker running this item was lost {attempts} times"
            if repo.finish_item(sessions, item_id, verdict=model.Verdict.ERROR, met=False, error=reason):
                failed.append(item_id)
                finish(run_id)
        elif repo.requeue_item(sessions, item_id, now):
            requeue(item_id)
            requeued.append(item_id)
    if requeued or failed:
        log.warning("sweeper: requeued %d stale items, ended %d as error", len(requeued), len(failed))
    return Swept(requeued=tuple(requeued), failed=tuple(failed))

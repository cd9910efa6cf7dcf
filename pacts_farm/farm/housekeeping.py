"""Beat's work: retention of old runs, firing due schedules (the nightly regression), sweeping stale leases."""

from __future__ import annotations

import contextlib
import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from pacts_farm import config, errors, model, submit
from pacts_farm.execution import artifacts
from pacts_farm.farm import cron
from pacts_farm.finding import cache
from pacts_farm.planning import planner as planning
from pacts_farm.store import db, orphans, repo, schedules

log = logging.getLogger(__name__)


@dataclass(frozen=True, kw_only=True, slots=True)
class Removed:
    runs: int
    files: int


def cleanup_old_runs(sessions: db.Sessions, *, retention_days: int) -> Removed:
    """Delete runs older than the retention with their files (an embedded run's folder; a farm run's in the store,
    whose callers' copies are theirs); safe to run twice."""
    cutoff = db.utcnow() - timedelta(days=retention_days)
    deleted = repo.delete_runs_before(sessions, cutoff)
    folders = [folder for folder, mode in deleted if not artifacts.kept_in_store(mode)]
    files = 0
    for folder in folders:
        path = Path(folder)
        if path.is_dir():
            files += sum(1 for p in path.rglob("*") if p.is_file())
            shutil.rmtree(path, ignore_errors=True)
    log.info("cleanup: removed %d runs older than %d days (%d files)", len(deleted), retention_days, files)
    return Removed(runs=len(deleted), files=files)


def prune_selector_cache(selector_cache: cache.SelectorCache, *, retention_days: int, now: datetime) -> int:
    """Forget cached locators not verified for ``retention_days`` (both layers); returns how many."""
    pruned = selector_cache.prune(unverified_since=now - timedelta(days=retention_days))
    log.info("cache: pruned %d locators not verified for %d days", pruned, retention_days)
    return pruned


@dataclass(frozen=True, kw_only=True, slots=True)
class Fired:
    schedule: str
    slot: datetime
    run_id: str | None
    error: str | None = None


def fire_due_schedules(
    sessions: db.Sessions,
    *,
    now: datetime,
    start: Callable[[submit.Submission], str],
    settings: config.Settings | None = None,
) -> tuple[Fired, ...]:
    """Submit every schedule whose latest cron slot has not fired yet (a missed slot fires once, late).

    With ``settings``, suites are planned by settings.planner (the plan cache first: a replayed suite
    that Claude helped plan makes no new call); without, by the rules only.
    """
    fired = []
    for schedule in schedules.list_schedules(sessions):
        slot = cron.parse_cron(schedule.cron).latest_slot(now)
        if slot is None or (schedule.last_slot is not None and slot <= schedule.last_slot):
            continue
        if not schedules.claim_slot(sessions, schedule.id, slot):
            continue  # another beat/worker fired it
        try:
            planning_with = (
                planning.open_planner(settings, environ=config.environment()) if settings else contextlib.nullcontext(None)
            )
            with planning_with as chosen:
                submission = submit.prepare_text(
                    schedule.suite_content,
                    source=f"schedule:{schedule.name}",
                    environ=config.environment(),
                    base_url=schedule.base_url,
                    planner=chosen,
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
    sessions: db.Sessions,
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


ORPHAN_GRACE_S = 30.0


@dataclass(frozen=True, kw_only=True, slots=True)
class Recovered:
    republished: tuple[str, ...]
    failed: tuple[str, ...]


def sweep_orphaned_items(
    sessions: db.Sessions,
    *,
    now: datetime,
    present: Callable[[], set[str] | None],
    republish: Callable[[str, model.ItemState], None],
    finish: Callable[[str], None],
    holder_is_dead: Callable[[str], bool],
    grace_s: float = ORPHAN_GRACE_S,
    max_attempts: int = MAX_ATTEMPTS,
) -> Recovered:
    """Items with no task message anywhere (lost with a SIGKILLed worker or a broker outage): send their stages again.

    ``present`` returns the item ids that have a message waiting in a queue or held by a live worker
    (active, reserved, or scheduled for a retry), or None when that cannot be told. It is asked twice,
    a moment apart, and an item counts as orphaned only if it is missing both times in the same state,
    so a message in flight between a queue and a worker is never taken for lost.
    """
    first = _orphans(sessions, now=now, present=present, grace_s=grace_s)
    if not first:
        return Recovered(republished=(), failed=())
    second = {p.id: p for p in _orphans(sessions, now=now, present=present, grace_s=grace_s)}
    republished, failed = [], []
    for item in first:
        again = second.get(item.id)
        if again is None or again.state is not item.state:
            continue
        if item.state is model.ItemState.RUNNING:
            if item.lease_owner is not None and not holder_is_dead(item.lease_owner):
                continue  # a live holder on another host: its lease expires, then sweep_stale_items acts
            if item.attempts >= max_attempts:
                reason = f"infrastructure error: the worker running this item was lost {item.attempts} times"
                if repo.finish_item(sessions, item.id, verdict=model.Verdict.ERROR, met=False, error=reason):
                    failed.append(item.id)
                    finish(item.run_id)
                continue
        republish(item.id, item.state)
        republished.append(item.id)
    if republished or failed:
        log.warning(
            "sweeper: %d items had lost their task message; sent again %d, ended %d as error",
            len(republished) + len(failed), len(republished), len(failed),
        )
    return Recovered(republished=tuple(republished), failed=tuple(failed))


def _orphans(
    sessions: db.Sessions, *, now: datetime, present: Callable[[], set[str] | None], grace_s: float
) -> list[orphans.Pending]:
    held = present()
    if held is None:
        return []
    pending = orphans.pending_items(sessions, created_before=now - timedelta(seconds=grace_s))
    return [p for p in pending if p.id not in held]

"""pacts.cleanup_old_runs, pacts.nightly_regression (beat) and the worker's own housekeeping."""

from __future__ import annotations

import time

from celery import Task, shared_task

from pacts_farm import pipeline, submit
from pacts_farm.farm import dispatch, housekeeping
from pacts_farm.flaky import flakiness
from pacts_farm.runtime import holder_is_dead
from pacts_farm.store import db, repo
from tasks import runtime


@shared_task(name="pacts.cleanup_old_runs", bind=True)
def cleanup_old_runs(self: Task) -> dict[str, int]:
    rt = runtime.current(self.app)
    removed = housekeeping.cleanup_old_runs(rt.sessions, retention_days=rt.settings.retention_days)
    return {"runs": removed.runs, "files": removed.files}


@shared_task(name="pacts.prune_selector_cache", bind=True)
def prune_selector_cache(self: Task) -> dict[str, int]:
    rt = runtime.current(self.app)
    pruned = housekeeping.prune_selector_cache(rt.cache, retention_days=rt.settings.cache_retention_days, now=db.utcnow())
    return {"pruned": pruned}


@shared_task(name="pacts.shutdown_runtime", bind=True)
def shutdown_runtime(self: Task) -> bool:
    """Close this worker's browser and connections from the thread that owns them."""
    runtime.close_current()
    return True


@shared_task(name="pacts.nightly_regression", bind=True)
def nightly_regression(self: Task) -> list[dict[str, str | None]]:
    """Submit every schedule whose cron slot is due; each slot fires once even across beat restarts."""
    rt = runtime.current(self.app)

    def start(submission: submit.Submission) -> str:
        return submit.start_run(rt, self.app, submission, scheduled=True)

    fired = housekeeping.fire_due_schedules(rt.sessions, now=db.utcnow(), start=start, settings=rt.settings)
    return [{"schedule": f.schedule, "slot": f.slot.isoformat(), "run_id": f.run_id, "error": f.error} for f in fired]


@shared_task(name="pacts.sweep_stale_items", bind=True)
def sweep_stale_items(self: Task) -> dict[str, list[str]]:
    """Requeue items whose worker died (expired lease), bounded by attempts; then they end as error."""
    rt = runtime.current(self.app)
    swept = housekeeping.sweep_stale_items(
        rt.sessions,
        now=db.utcnow(),
        requeue=lambda item_id: dispatch.publish_rerun(self.app, item_id, repo.load_item(rt.sessions, item_id).attempts),
        finish=lambda run_id: pipeline.finish_run(rt, run_id),
    )
    tag = f"r{int(time.time())}"
    recovered = housekeeping.sweep_orphaned_items(
        rt.sessions,
        now=db.utcnow(),
        present=lambda: dispatch.present_item_ids(self.app),
        republish=lambda item_id, state: dispatch.publish_from(self.app, item_id, state.value, tag),
        finish=lambda run_id: pipeline.finish_run(rt, run_id),
        holder_is_dead=holder_is_dead,
        grace_s=rt.settings.orphan_grace_s,
    )
    return {
        "requeued": list(swept.requeued),
        "failed": list(swept.failed + recovered.failed),
        "republished": list(recovered.republished),
    }


@shared_task(name="pacts.score_flakiness", bind=True)
def score_flakiness(self: Task) -> list[dict[str, object]]:
    """Lift expired quarantines; rescore suites with newly finished runs (a scheduled run counts as a night)."""
    rt = runtime.current(self.app)
    scored = flakiness.score_due_suites(rt.sessions, now=db.utcnow())
    return [{"suite": s.suite_name, "nightly": s.nightly, "requirements": len(s.scores), "quarantined": list(s.quarantined)} for s in scored]

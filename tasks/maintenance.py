"""pacts.cleanup_old_runs, pacts.nightly_regression (beat) and the worker's own housekeeping."""

from __future__ import annotations

from celery import Task, shared_task

from pacts_farm import housekeeping, submit
from pacts_farm.store import repo
from tasks import runtime


@shared_task(name="pacts.cleanup_old_runs", bind=True)
def cleanup_old_runs(self: Task) -> dict[str, int]:
    rt = runtime.current(self.app)
    removed = housekeeping.cleanup_old_runs(rt.sessions, retention_days=rt.settings.retention_days)
    return {"runs": removed.runs, "files": removed.files}


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
        return submit.start_run(rt, self.app, submission, options={"trigger": "schedule"})

    fired = housekeeping.fire_due_schedules(rt.sessions, now=repo.utcnow(), start=start)
    return [{"schedule": f.schedule, "slot": f.slot.isoformat(), "run_id": f.run_id, "error": f.error} for f in fired]

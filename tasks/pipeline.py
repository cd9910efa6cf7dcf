"""pacts.plan / pacts.discover / pacts.execute / pacts.heal / pacts.finalize_run: ids in, ids out."""

from __future__ import annotations

import logging
from collections.abc import Callable

from celery import Task, shared_task
from celery.exceptions import Ignore

from pacts_farm import errors, pipeline
from pacts_farm.runtime import Runtime
from tasks import runtime

log = logging.getLogger(__name__)
INFRA_RETRIES = 6  # backoff 0.5, 1, 2, 4, 8, 16 s: a database or broker restart is ridden out


def _run_stage(task: Task, stage: Callable[[Runtime, str], None], item_id: str) -> str:
    """Run a stage; infrastructure errors retry with backoff, then end the item as error."""
    try:
        rt = runtime.current(task.app)  # opening it needs the database too
        stage(rt, item_id)
    except errors.OriginBusy as exc:  # the origin is at its cap: free this worker, come back later (not a retry)
        task.signature_from_request(countdown=exc.retry_in_s).apply_async()
        raise Ignore() from None
    except errors.InfrastructureError as exc:
        retries = task.request.retries
        if retries >= INFRA_RETRIES:
            log.error("item %s: %s: giving up after %d retries: %s", item_id, task.name, retries, exc)
            pipeline.fail_item(runtime.current(task.app), item_id, f"infrastructure error: {exc}")
            return item_id
        countdown = min(0.5 * 2**retries, 30)
        log.warning(
            "item %s: %s: infrastructure error, retry %d of %d in %.1f s: %s",
            item_id, task.name, retries + 1, INFRA_RETRIES, countdown, exc,
        )
        raise task.retry(exc=exc, countdown=countdown, max_retries=INFRA_RETRIES)
    except errors.PactsFarmError as exc:  # e.g. a secret missing on this worker: the item cannot run here
        log.error("item %s: %s: %s", item_id, task.name, exc.message)
        pipeline.fail_item(runtime.current(task.app), item_id, exc.message)
    except Exception as exc:  # a bug of ours must end the item as error, never stall its run
        log.exception("item %s: %s failed unexpectedly", item_id, task.name)
        pipeline.fail_item(runtime.current(task.app), item_id, f"internal error in {task.name}: {type(exc).__name__}: {exc}")
    return item_id


@shared_task(name="pacts.plan", bind=True)
def plan(self: Task, item_id: str) -> str:
    """Plan: the item's sentences become typed steps (a plan made at submit time, e.g. by Claude, is adopted)."""
    return _run_stage(self, pipeline.plan_item, item_id)


@shared_task(name="pacts.discover", bind=True)
def discover(self: Task, item_id: str) -> str:
    """Look up, before the browser: every step's target in the selector cache (Redis, then the store), saved as the
    item's hints. Live discovery needs the page, so it happens in pacts.execute for the targets not found here."""
    return _run_stage(self, pipeline.discover_item, item_id)


@shared_task(name="pacts.execute", bind=True)
def execute(self: Task, item_id: str) -> str:
    """Run the plan in a browser: per step, verify the hinted locator or discover the target live on the page, pass
    the actionability gate, act or assert; a locator that fails is healed here, in place (the page exists only here)."""
    return _run_stage(self, pipeline.execute_item, item_id)


@shared_task(name="pacts.heal", bind=True)
def heal(self: Task, item_id: str) -> str:
    """Settle what execution learned, once: heal attempts into heal_history, verified and healed locators into the
    cache, the root cause, the item's verdict, and the run's end after its last item. The healing ran in pacts.execute."""
    return _run_stage(self, pipeline.heal_item, item_id)


@shared_task(name="pacts.finalize_run", bind=True, max_retries=INFRA_RETRIES)
def finalize_run(self: Task, run_id: str) -> str:
    rt = runtime.current(self.app)
    try:
        status = pipeline.finish_run(rt, run_id)
    except errors.InfrastructureError as exc:
        raise self.retry(exc=exc, countdown=2) from exc
    return status.value

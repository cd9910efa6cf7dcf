"""The stages as plain functions over ids: plan -> discover -> execute -> heal, then finish_run.

Each is idempotent: state lives in the store, a redelivered call sees what was done and skips it.
Celery tasks (tasks/pipeline.py) are thin wrappers over these; they also run without Celery.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pacts_farm import errors, model, report, runtime
from pacts_farm.claude import assist
from pacts_farm.execution import artifacts, execute
from pacts_farm.finding import cache
from pacts_farm.flaky import flakiness
from pacts_farm.healing import heal, heal_memo
from pacts_farm.planning import plan
from pacts_farm.store import codec, db, heals, history, repo, run_files, views

log = logging.getLogger(__name__)


def plan_item(rt: runtime.Runtime, item_id: str) -> None:
    record = repo.load_item(rt.sessions, item_id)
    if record.state is not model.ItemState.QUEUED or record.run_cancelled:
        return
    try:  # a plan made at submit time (perhaps with Claude) is adopted; else the rules plan here
        planned = record.plan or plan.make_plan(record.item, base_url=record.base_url)
    except errors.PlanInvalid as exc:
        repo.finish_item(rt.sessions, item_id, verdict=model.Verdict.ERROR, met=False, error=exc.message)
        return
    repo.save_plan(rt.sessions, item_id, planned)
    log.info("planned %s", record.key, extra={"action": "plan", "run_id": record.run_id, "item": record.key})


def discover_item(rt: runtime.Runtime, item_id: str) -> None:
    """Resolve what can be resolved before the browser: cached locators, Redis first, then the store."""
    record = repo.load_item(rt.sessions, item_id)
    if record.state is not model.ItemState.PLANNED or record.plan is None:
        return
    app = cache.app_origin(record.plan.start_url)
    found = selector_cache(rt, record).lookup(app, record.plan.steps)
    hints = [
        model.Hint(index=index, page=entry.page, resolution=entry.resolution)
        for index, entries in sorted(found.items())
        for entry in entries
    ]
    repo.save_hints(rt.sessions, item_id, hints)


ASK_AGAIN_AFTER_S = 0.5  # a step's cache answer older than this is asked again when its hint misses


class HintMemory:
    """resolver.LocatorMemory: the discover stage's hints by step and page; a step they lack is looked up in
    the cache when it runs.

    Discovery runs ahead of the browser, so on a cold cache it finds little; by the time a step runs, the items
    that ended meanwhile may have taught the cache its locator.
    """

    def __init__(
        self, hints: Sequence[model.Hint], lookup: Callable[[model.PlannedStep], Mapping[str, model.Resolution]]
    ) -> None:
        self._by_step: dict[int, dict[str, model.Resolution]] = {}
        self._asked_at: dict[int, float] = {}  # when this item last asked the cache for a step (hints: at discovery)
        for hint in hints:
            self._by_step.setdefault(hint.index, {})[hint.page] = hint.resolution
        self._lookup = lookup

    def recall(self, step: model.PlannedStep, page_url: str) -> model.Resolution | None:
        pages = self._by_step.get(step.index)
        if pages is None:  # once per step: what the cache knows now
            pages = self._by_step[step.index] = dict(self._lookup(step))
            self._asked_at[step.index] = time.monotonic()
        return pages.get(cache.normalise_page(page_url))

    def recall_again(self, step: model.PlannedStep, page_url: str) -> model.Resolution | None:
        """Ask the cache again (the hint missed or drifted): an item that ended meanwhile may have healed it.

        Returns a locator other than the one recalled before, or None."""
        if time.monotonic() - self._asked_at.get(step.index, float("-inf")) < ASK_AGAIN_AFTER_S:
            return None  # asked just now: nothing new to learn
        page = cache.normalise_page(page_url)
        before = self._by_step.get(step.index, {}).get(page)
        pages = self._by_step[step.index] = dict(self._lookup(step))
        self._asked_at[step.index] = time.monotonic()
        now = pages.get(page)
        if now is None or (before is not None and now.locator == before.locator):
            return None
        return now


def selector_cache(rt: runtime.Runtime, record: repo.ItemRecord) -> cache.SelectorCache | cache.NoMemory:
    """The run's selector cache: none when it was submitted with PACTS_MEMORY=off."""
    return rt.cache if record.memory else cache.NO_MEMORY


def locator_memory(rt: runtime.Runtime, record: repo.ItemRecord) -> HintMemory:
    assert record.plan is not None
    app = cache.app_origin(record.plan.start_url)
    memory = selector_cache(rt, record)

    def lookup(step: model.PlannedStep) -> Mapping[str, model.Resolution]:
        try:
            return {entry.page: entry.resolution for entry in memory.lookup(app, [step]).get(step.index, ())}
        except errors.InfrastructureError as exc:  # the step discovers live instead
            log.warning("selector cache unavailable: %s", exc)
            return {}

    return HintMemory(record.hints, lookup)


def execute_item(rt: runtime.Runtime, item_id: str) -> None:
    """Run the plan in a fresh browser context, holding a slot of its origin when the suite caps it."""
    record = repo.load_item(rt.sessions, item_id)
    if record.state not in (model.ItemState.DISCOVERED, model.ItemState.RUNNING) or record.plan is None or record.run_cancelled:
        return
    origin = cache.app_origin(record.plan.start_url)
    limit = record.origin_limits.get(origin)
    if limit is None:
        _execute_item(rt, record)
        return
    holder = f"{item_id}@{rt.owner}"
    lease_s = (1 + record.item.retries) * record.timeouts.item_ms / 1000 + 60
    if not rt.slots.acquire(origin, holder, limit=int(limit), lease_s=lease_s):
        raise errors.OriginBusy(f"{origin} is at its max_parallel of {limit}", retry_in_s=rt.settings.origin_wait_s)
    try:
        _execute_item(rt, record)
    finally:
        rt.slots.release(origin, holder)


def _execute_item(rt: runtime.Runtime, record: repo.ItemRecord) -> None:
    """Run the plan in a fresh browser context; heals happen here, live, where the page is."""
    assert record.plan is not None
    item_id = record.id
    tries_allowed = 1 + (record.item.retries if record.item.expect is model.Expectation.PASS else 0)
    lease_s = tries_allowed * record.timeouts.item_ms / 1000 + 60
    if not repo.claim_item(rt.sessions, item_id, owner=rt.owner, lease_s=lease_s):
        holder = repo.lease_holder(rt.sessions, item_id)
        if holder is None or not runtime.holder_is_dead(holder):
            log.info("item %s is held by %s; skipping this duplicate delivery", record.key, holder)
            return
        log.warning("item %s: taking over from dead worker %s", record.key, holder)
        if not repo.claim_item(rt.sessions, item_id, owner=rt.owner, lease_s=lease_s, take_from=holder):
            return
    run_folder = _run_folder(rt, record)
    artifacts_dir = run_folder / record.key
    stored = artifacts.kept_in_store(record.mode)
    if stored:
        artifacts.discard(artifacts_dir)  # an earlier delivery's leftovers on this host
    app = cache.app_origin(record.plan.start_url)
    ladders = _LearnedLadders(rt.sessions, app, record.plan)
    try_errors: list[str] = []
    spent_ms = 0.0
    phases = model.Phases()
    for tries in range(1, tries_allowed + 1):  # a failed test is retried in a fresh context; infrastructure is not
        execution = _attempt(rt, record, item_id, artifacts_dir, ladders, retry=tries > 1)
        spent_ms += execution.duration_ms
        phases += execution.phases
        failed = execution.failed_step
        if failed is None or tries == tries_allowed:
            break
        try_errors.append(failure_text(failed))
        _keep_try_artifacts(artifacts_dir, tries, execution.evidence)
        log.info("%s failed try %d of %d; retrying", record.key, tries, tries_allowed,
                 extra={"action": "retry", "run_id": record.run_id, "item": record.key})
    execution = dataclasses.replace(execution, duration_ms=spent_ms, phases=phases)  # the item's time is every try's
    files = artifacts.collect(artifacts_dir, run_folder) if stored else None
    _patiently(lambda: repo.save_execution(rt.sessions, item_id, execution, tries=tries, try_errors=try_errors,
                                           files=files, caps=artifacts.caps(rt.settings)))
    if stored:
        artifacts.discard(artifacts_dir)  # the store holds them now


def _run_folder(rt: runtime.Runtime, record: repo.ItemRecord) -> Path:
    """Where this process writes the run's files: embedded, the run's folder; on the farm, this worker's scratch."""
    return artifacts.scratch_folder(rt.settings, record.run_id) if artifacts.kept_in_store(record.mode) else Path(record.output_dir)


class _LearnedLadders(Mapping[int, Sequence[str]]):
    """Each step's heal ladder ordered by heal history, read from the store only when a step needs healing."""

    def __init__(self, sessions: db.Sessions, app: str, planned: model.Plan) -> None:
        self._sessions, self._app, self._plan = sessions, app, planned
        self._orders: dict[int, tuple[str, ...]] | None = None

    def _load(self) -> dict[int, tuple[str, ...]]:
        if self._orders is None:
            keys = {s.index: cache.signature(self._app, s) for s in self._plan.steps if s.target is not None}
            orders = heals.strategy_orders(self._sessions, app=self._app, signatures=sorted(set(keys.values())), ladder=heal.LADDER)
            self._orders = {index: orders[key] for index, key in keys.items()}
        return self._orders

    def __getitem__(self, index: int) -> Sequence[str]:
        return self._load()[index]

    def __iter__(self) -> Iterator[int]:
        return iter(self._load())

    def __len__(self) -> int:
        return len(self._load())


def _attempt(
    rt: runtime.Runtime, record: repo.ItemRecord, item_id: str, artifacts_dir: Path, ladders: Mapping[int, Any],
    *, retry: bool = False,
) -> model.Execution:
    """One try of the plan in a fresh browser context; infrastructure failures release the item and raise."""
    assert record.plan is not None
    signed_in, refused, auth = _timed_sign_in(rt, record, item_id, artifacts_dir)
    if refused is not None:
        return dataclasses.replace(refused, phases=refused.phases + auth)
    execution, context = _run_signed_in(rt, record, item_id, artifacts_dir, ladders, signed_in, retry=retry)
    if signed_in is not None and record.auth_plan is not None and _sent_to_sign_in(execution, record.auth_plan):
        # the shared sign-in ended meanwhile (an item that logged out ends it on the server for every browser that
        # holds its cookie): sign in anew and run the item once more, from a clean start
        rt.signed_in.drop(record.run_id, record.item.auth or "")
        signed_in, refused, again = _timed_sign_in(rt, record, item_id, artifacts_dir)
        auth = auth + again
        if refused is not None:
            return dataclasses.replace(refused, phases=refused.phases + auth)
        execution, context = _run_signed_in(rt, record, item_id, artifacts_dir, ladders, signed_in, retry=retry)
    if execution.infrastructure_error:
        _patiently(lambda: repo.release_item(rt.sessions, item_id))  # a retry elsewhere must find it free
        raise errors.BrowserCrashed(execution.infrastructure_error)
    if record.item.auth and execution.failed_step is not None:
        rt.signed_in.drop(record.run_id, record.item.auth)  # maybe the session expired: the next item signs in anew
    return dataclasses.replace(execution, phases=execution.phases + context + auth)


def _timed_sign_in(
    rt: runtime.Runtime, record: repo.ItemRecord, item_id: str, artifacts_dir: Path
) -> tuple[dict[str, Any] | None, model.Execution | None, model.Phases]:
    """_sign_in, and the time it took when the flow ran (a state this worker held costs nothing: 0, never a rounding
    of the look-up); an infrastructure failure releases the item and raises."""
    held = record.item.auth is not None and rt.signed_in.get(record.run_id, record.item.auth) is not None
    signing_in = time.perf_counter()
    try:
        signed_in, refused = _sign_in(rt, record, artifacts_dir)
    except errors.InfrastructureError:
        _patiently(lambda: repo.release_item(rt.sessions, item_id))  # a retry elsewhere must find it free
        raise
    ran = record.auth_plan is not None and not held
    return signed_in, refused, model.Phases(auth_ms=(time.perf_counter() - signing_in) * 1000 if ran else 0.0)


def _run_signed_in(
    rt: runtime.Runtime, record: repo.ItemRecord, item_id: str, artifacts_dir: Path, ladders: Mapping[int, Any],
    signed_in: dict[str, Any] | None, *, retry: bool,
) -> tuple[model.Execution, model.Phases]:
    """The plan in a fresh browser context holding ``signed_in``; infrastructure failures release the item and raise."""
    assert record.plan is not None
    memory = locator_memory(rt, record)
    timeouts = _timeouts(rt, record)
    opening = time.perf_counter()
    try:
        with rt.browser().session(
            artifacts_dir=artifacts_dir,
            allowed_origins=_allowed_origins(record),
            trace=rt.settings.trace,
            watchdog_s=watchdog_s(record.timeouts),
            storage_state=signed_in,
            retry=retry,
            settling=bool(timeouts.settle_ms),
        ) as session:
            context = model.Phases(context_ms=(time.perf_counter() - opening) * 1000)
            execution = execute.run_plan(
                session,
                record.plan,
                timeouts=timeouts,
                environ=rt.environ(),
                memory=memory,
                ladders=ladders,
                assist=assist.heal_assist(rt.settings, rt.sessions, run_id=record.run_id, plan=record.plan, environ=rt.environ()),
                picker=assist.target_pick(rt.settings, rt.sessions, run_id=record.run_id, plan=record.plan, environ=rt.environ()),
                memo=heal_memo.for_run(rt.sessions, rt.cache.redis, run_id=record.run_id, plan=record.plan),
            )
    except errors.InfrastructureError:
        _patiently(lambda: repo.release_item(rt.sessions, item_id))  # a retry elsewhere must find it free
        raise
    return execution, context


def _sent_to_sign_in(execution: model.Execution, flow: model.Plan) -> bool:
    """Did the item fail on the auth flow's sign-in page, where its signed-in start should never have led?"""
    failed = execution.failed_step
    if failed is None or not failed.page_url:
        return False
    sign_in = urlsplit(flow.start_url).path.rstrip("/")
    return bool(sign_in) and urlsplit(failed.page_url).path.rstrip("/") == sign_in


def _sign_in(
    rt: runtime.Runtime, record: repo.ItemRecord, artifacts_dir: Path
) -> tuple[dict[str, Any] | None, model.Execution | None]:
    """The browser state of the item's auth: flow, running the flow when this worker has none for the run yet.

    Returns (state, None), or (None, the item's failed execution) when the flow itself failed.
    """
    flow, name = record.auth_plan, record.item.auth
    if flow is None or name is None:
        return None, None
    state = rt.signed_in.get(record.run_id, name)
    if state is not None:
        return state, None
    timeouts = _timeouts(rt, record)
    with rt.browser().session(
        artifacts_dir=artifacts_dir,
        allowed_origins=_allowed_origins(record),
        trace=rt.settings.trace,
        watchdog_s=watchdog_s(record.timeouts),
        settling=bool(timeouts.settle_ms),
    ) as session:
        execution = execute.run_plan(session, flow, timeouts=timeouts, environ=rt.environ())
        if execution.infrastructure_error:
            raise errors.BrowserCrashed(execution.infrastructure_error)
        failed = execution.failed_step
        if failed is None:
            state = session.storage_state()
    if failed is not None:
        return None, _refused_by_sign_in(record, name, failed, execution)
    rt.signed_in.put(record.run_id, name, state)
    return state, None


def _refused_by_sign_in(
    record: repo.ItemRecord, name: str, failed: model.StepResult, flow: model.Execution
) -> model.Execution:
    """The item could not start: its first step fails with the auth flow's failure, the rest are skipped."""
    assert record.plan is not None
    first, *rest = record.plan.steps
    error = f"signing in with auth {name!r} failed at its step {failed.index + 1} ({failed.text}): {failed.error}"
    steps = [
        model.StepResult(index=first.index, text=first.text, action=first.action, outcome=model.Outcome.FAILED,
                         duration_ms=0.0, page_url=failed.page_url, error=error),
        *(model.StepResult(index=s.index, text=s.text, action=s.action, outcome=model.Outcome.SKIPPED, duration_ms=0.0)
          for s in rest),
    ]
    return model.Execution(steps=tuple(steps), duration_ms=flow.duration_ms, evidence=flow.evidence, phases=flow.phases)


def failure_text(failed: model.StepResult) -> str:
    return f"step {failed.index + 1} ({failed.text}): {failed.error}"


def _keep_try_artifacts(artifacts_dir: Path, tries: int, evidence: model.Evidence | None) -> None:
    """Move a failed try's screenshot and trace to <item>/try-N/ (with its evidence.json) so the next try starts clean."""
    kept = artifacts_dir / f"try-{tries}"
    if kept.exists():  # a redelivery repeats the tries: the newest wins
        shutil.rmtree(kept)
    kept.mkdir(parents=True)
    for path in artifacts_dir.iterdir():
        if path.is_file():
            path.replace(kept / path.name)
    if evidence is not None:  # URL, title, console errors and DOM excerpt (secrets already scrubbed)
        (kept / "evidence.json").write_text(json.dumps(codec.evidence_to_json(evidence), ensure_ascii=False), encoding="utf-8")


def heal_item(rt: runtime.Runtime, item_id: str) -> None:
    """Settle what the execution learned: heal events into history, verified locators into the cache, the verdict.

    Exactly once: the heal rows, the selector cache's drift notes, new entries and hit counts, the totals and
    the item's completion commit in one transaction that only the first delivery gets to write; a delivery that
    dies part way wrote nothing, and a later one finds the item done. Redis mirrors the cache once that commits.
    """
    record = repo.load_item(rt.sessions, item_id)
    if record.state is model.ItemState.DONE:
        finish_run(rt, record.run_id)  # an earlier delivery settled it and may have died before ending the run
        return
    if record.state is not model.ItemState.EXECUTED or record.plan is None:
        return
    steps = repo.load_steps(rt.sessions, item_id)
    planned = {s.index: s for s in record.plan.steps}
    app = cache.app_origin(record.plan.start_url)
    learned, hits = [], []
    for step in steps:
        res = step.resolution
        if res is None or step.outcome not in (model.Outcome.PASSED, model.Outcome.HEALED) or not step.page_url:
            continue
        if res.source in (model.LocatorSource.DISCOVERED, model.LocatorSource.HEALED, model.LocatorSource.ASSISTED):
            learned.append((planned[step.index], step.page_url, res))
        else:
            hits.append((planned[step.index], step.page_url))
    drifted = [(planned[s.index], s.page_url) for s in steps if s.drifted and s.page_url]
    memory = selector_cache(rt, record)
    lessons = memory.lessons(
        app, drifted=drifted, learned=heal_memo.without_wrong(rt.sessions, app, learned, run_id=record.run_id) if learned else (), used=hits
    )
    execution = model.Execution(steps=steps, duration_ms=0.0)
    verdict = model.settle_verdict(execution)
    if verdict.succeeded and record.tries > 1:
        verdict = model.Verdict.FLAKY  # failed, then passed on a retry
    failed = execution.failed_step
    error = failure_text(failed) if failed else None
    met = model.expectation_met(verdict, record.item.expect)
    assist.settle_root_cause(rt.settings, rt.sessions, record=record, steps=steps, verdict=verdict, met=met, error=error)
    gone: list[str] = []
    settled = repo.finish_item(
        rt.sessions,
        item_id,
        verdict=verdict,
        met=met,
        error=error,
        cache_hits=len(hits),
        cache_lookups=sum(1 for s in steps if s.resolution is not None),
        heals=_heal_records(record, app, planned, steps),
        also=lambda s: gone.extend(memory.write(s, lessons)),
    )
    if settled:
        memory.publish(lessons, gone)
    finish_run(rt, record.run_id)  # the last item ends the run even if the chord's callback is lost


def _heal_records(
    record: repo.ItemRecord,
    app: str,
    planned: dict[int, model.PlannedStep],
    steps: tuple[model.StepResult, ...],
) -> list[model.HealRecord]:
    """Every heal attempt, accepted or rejected, for heal history (what the ladder learns from)."""
    records = []
    for step in steps:
        for attempt in step.heal_attempts:
            accepted = attempt.accepted and step.heal is not None
            duration_ms = attempt.duration_ms or (step.heal.duration_ms if accepted and step.heal else 0.0)
            records.append(_heal_record(record, app, planned[step.index], step, strategy=attempt.strategy, accepted=accepted,
                                        reason=attempt.reason, duration_ms=duration_ms, confidence=attempt.confidence))
        if step.heal is not None and not any(a.accepted for a in step.heal_attempts):  # rediscovered after drift
            records.append(_heal_record(record, app, planned[step.index], step, strategy=step.heal.strategy, accepted=True,
                                        reason=step.heal.reason, duration_ms=step.heal.duration_ms,
                                        confidence=step.resolution.confidence if step.resolution else None))
    return records


def _heal_record(
    record: repo.ItemRecord, app: str, planned: model.PlannedStep, step: model.StepResult, *,
    strategy: str, accepted: bool, reason: str, duration_ms: float, confidence: float | None,
) -> model.HealRecord:
    target, heal = planned.target, step.heal
    return model.HealRecord(
        run_id=record.run_id, item_key=record.key, app=app, page=cache.normalise_page(step.page_url or record.base_url),
        target=target.text if target else "", signature=cache.signature(app, planned), action=step.action,
        scope=(target.scope or "") if target else None, step_index=step.index,
        failed_locator=heal.old_locator if heal else None,
        changed=heal.changed if accepted and heal else (), new_locator=heal.new_locator if accepted and heal else None,
        strategy=strategy, accepted=accepted, reason=reason, duration_ms=duration_ms, confidence=confidence,
    )


def fail_item(rt: runtime.Runtime, item_id: str, reason: str) -> None:
    """An infrastructure failure outlived its retries: the item ends as error, not as a test failure."""
    record = repo.load_item(rt.sessions, item_id)
    if record.state is not model.ItemState.DONE:  # deterministic only: no Claude call on the infrastructure path
        assist.settle_root_cause(
            rt.settings, rt.sessions, record=record, steps=repo.load_steps(rt.sessions, item_id),
            verdict=model.Verdict.ERROR, met=False, error=reason, summarise=False,
        )
    repo.finish_item(rt.sessions, item_id, verdict=model.Verdict.ERROR, met=False, error=reason)
    finish_run(rt, record.run_id)


def finish_run(rt: runtime.Runtime, run_id: str) -> model.RunStatus:
    """Derive the run's status; the call that ends the run writes its reports."""
    status, ended = repo.finish_run(rt.sessions, run_id)
    if ended:
        result = repo.load_run_result(rt.sessions, run_id)
        if not artifacts.kept_in_store(result.mode):
            write_reports(rt.sessions, result, Path(repo.run_output_dir(rt.sessions, run_id)))
            return status
        rt.settings.effective_artifacts_dir.mkdir(parents=True, exist_ok=True)
        scratch = Path(tempfile.mkdtemp(prefix=f".report-{run_id}-", dir=rt.settings.effective_artifacts_dir))
        try:  # built from the store's files (other workers ran other items), kept in the store
            written = write_reports(rt.sessions, result, scratch, files=artifacts.StoredFolder(rt.sessions, run_id))
            run_files.put(rt.sessions, run_id, [(path.name, path.read_bytes()) for path in written], caps=artifacts.caps(rt.settings))
        finally:
            artifacts.discard(scratch)
    return status


def write_reports(
    sessions: db.Sessions, result: model.RunResult, out_dir: Path, *, files: report.RunFolder | None = None
) -> tuple[Path, ...]:
    """results.json, junit.xml and report.html of a run into ``out_dir``, with its requirements' history and health."""
    requirement_ids = sorted({i.requirement_id for i in result.items})
    past = history.requirement_stats(sessions, result.suite_name, requirement_ids=requirement_ids)
    health = flakiness.health_of(sessions, result.suite_name, requirement_ids, now=db.utcnow())
    return report.write_reports(
        result, out_dir, history=past, health=health, files=files, heal_rates=views.run_heal_rates(sessions, result.run_id)
    )


def write_run_folder(sessions: db.Sessions, run_id: str, out_dir: Path) -> tuple[Path, ...]:
    """The run's folder on this machine: a farm run's files from the store, then its reports written here."""
    result = repo.load_run_result(sessions, run_id)
    if artifacts.kept_in_store(result.mode):
        artifacts.write_out(sessions, run_id, out_dir, skip=artifacts.REPORT_FILES)
    else:
        folder = Path(repo.run_output_dir(sessions, run_id))
        if folder.is_dir() and folder.resolve() != out_dir.resolve():  # an embedded run's folder, copied
            shutil.copytree(folder, out_dir, dirs_exist_ok=True)
    return write_reports(sessions, result, out_dir)


def _patiently(write: Callable[[], None], *, within_s: float = 40.0) -> None:
    """Retry a write while the database is briefly away: the browser's work is done and must not be redone
    (a retried task could land on a sibling process that sees this process's lease and skips the item)."""
    deadline = time.monotonic() + within_s
    pause = 0.25
    while True:
        try:
            write()
            return
        except errors.StoreUnavailable as exc:
            if time.monotonic() + pause > deadline:
                raise
            log.warning("store unavailable, retrying the write in %.1f s: %s", pause, exc)
            time.sleep(pause)
            pause = min(pause * 2, 5.0)


def _timeouts(rt: runtime.Runtime, record: repo.ItemRecord) -> model.Timeouts:
    """The suite's timeouts, the farm's defaults where it sets none."""
    return record.timeouts.with_defaults(action_ms=rt.settings.action_timeout_ms, idle_ms=rt.settings.idle_timeout_ms,
                                         settle_ms=rt.settings.settle_ms)


def watchdog_s(timeouts: model.Timeouts) -> float:
    """When a page that still holds the browser is cut off: past the item limit plus one navigation."""
    return (timeouts.item_ms + timeouts.navigation_ms) / 1000 + 10


def _allowed_origins(record: repo.ItemRecord) -> tuple[str, ...]:
    """The suite's own origins and its network allow-list; every other request is refused."""
    origins = {cache.app_origin(record.base_url), *record.network_allow}
    if record.plan is not None:
        origins.add(cache.app_origin(record.plan.start_url))
        for step in record.plan.steps:
            if step.action is model.Action.NAVIGATE and step.value and urlsplit(step.value).scheme:
                origins.add(cache.app_origin(step.value))
    return tuple(sorted(origins))

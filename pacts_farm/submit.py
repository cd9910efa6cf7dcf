"""From a suite file to a running run: validate everything first, then write and publish in one go."""

from __future__ import annotations

import dataclasses
import secrets
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from pacts_farm import errors, model
from pacts_farm.farm import dispatch, scheduling
from pacts_farm.finding import cache
from pacts_farm.flaky import quarantine
from pacts_farm.planning import plan
from pacts_farm.suites import suite
from pacts_farm.suites import selection as selecting
from pacts_farm.runtime import Runtime
from pacts_farm.planning import planner as planning
from pacts_farm.store import db, llm_calls, quarantines, repo

if TYPE_CHECKING:
    from celery import Celery


@dataclass(frozen=True, kw_only=True, slots=True)
class Submission:
    suite: model.Suite
    content: str
    plans: tuple[model.Plan, ...]
    llm_calls: tuple[model.LlmCall, ...] = ()  # planning's calls to Claude: recorded on the run when it exists
    auth_plans: dict[str, model.Plan] = dataclasses.field(default_factory=dict)  # the auth: flows the items use


def prepare(
    path: str | Path,
    *,
    environ: Mapping[str, str],
    base_url: str | None = None,
    selection: selecting.Selection | None = None,
    planner: planning.Planner | None = None,
    read: suite.SuiteFile | None = None,
) -> Submission:
    """Load, validate and plan every item; raises errors.InputError before anything is written.

    ``read``: this file as the caller already loaded it (with the same environ and base_url): not loaded again.
    """
    if read is None:
        read = suite.load_suite_file(Path(path), environ=environ, base_url=base_url)
    return prepare_text(
        read.text, source=str(path), environ=environ, base_url=base_url, selection=selection, planner=planner,
        loaded=read.suite,
    )


def prepare_text(
    content: str,
    *,
    source: str,
    environ: Mapping[str, str],
    base_url: str | None = None,
    selection: selecting.Selection | None = None,
    planner: planning.Planner | None = None,
    loaded: model.Suite | None = None,
) -> Submission:
    """``planner`` chooses rules, the plan cache or Claude per requirement (default: the rules only);
    ``loaded``: what ``content`` already loaded to."""
    if loaded is None:
        loaded = suite.load_suite_text(content, source=source, environ=environ, base_url=base_url)
    if selection is not None:
        loaded = selecting.select_items(loaded, selection)
    if planner is not None:
        planner.use_suite(loaded)
    used = {item.auth for item in loaded.items if item.auth}
    flows = [_auth_item(setup) for setup in loaded.auth if setup.name in used]
    plans = plan_items((*loaded.items, *flows), base_url=loaded.base_url, planner=planner, source_of=lambda _: source)
    calls = tuple(planner.calls) if planner is not None else ()
    item_plans, auth_plans = plans[: len(loaded.items)], plans[len(loaded.items) :]
    return Submission(
        suite=loaded, content=suite.mask_content(content, loaded.secrets), plans=tuple(item_plans), llm_calls=calls,
        auth_plans={flow.requirement_id.removeprefix("auth."): p for flow, p in zip(flows, auth_plans)},
    )


def plan_items(
    items: Sequence[model.Item],
    *,
    base_url: str,
    planner: planning.Planner | None,
    source_of: Callable[[model.Item], str],
) -> list[model.Plan]:
    """Every item's plan (rules, the plan cache or Claude); raises errors.PlanInvalid listing every problem."""
    plans, problems = [], []
    for item in items:
        try:
            if planner is not None:
                plans.append(planner.plan(item, base_url=base_url, source=source_of(item)))
            else:
                plans.append(plan.make_plan(item, base_url=base_url, source=source_of(item)))
        except errors.PlanInvalid as exc:
            problems.extend(exc.problems)
    if problems:
        raise errors.PlanInvalid(problems)
    return plans


def _auth_item(setup: model.AuthSetup) -> model.Item:
    """An auth: flow planned like a requirement (its problems are reported as auth.NAME.steps[i])."""
    return model.Item(
        key=f"auth-{setup.name}", requirement_id=f"auth.{setup.name}", title=f"sign in: {setup.name}",
        start_url=setup.start_url, steps=setup.steps, line=setup.line,
    )


def restrict(submission: Submission, item_keys: Sequence[str]) -> Submission:
    """The submission with only these items (a shard), in suite order."""
    keep = set(item_keys)
    items = tuple(i for i in submission.suite.items if i.key in keep)
    plans = tuple(p for p in submission.plans if p.item_key in keep)
    return Submission(
        suite=dataclasses.replace(submission.suite, items=items), content=submission.content, plans=plans,
        llm_calls=submission.llm_calls, auth_plans=submission.auth_plans,
    )


def refuse_inline_secrets(submission: Submission, *, where: str) -> None:
    """Secret var values live only in the submitting process: a farm worker or a later schedule cannot get them."""
    names = [name for name, _ in submission.suite.secrets.values]
    if names:
        raise errors.SuiteInvalid(
            f"secret var {names[0]!r} cannot be used {where}: its value is never stored or sent",
            path=submission.suite.source, field=f"vars.{names[0]}",
            hint=f"put the value in the workers' environment and write {names[0]}: \"${{env:{names[0].upper()}}}\"",
        )


def new_run_id() -> str:
    return f"{datetime.now(timezone.utc):%Y%m%d-%H%M%S}-{secrets.token_hex(3)}"


def start_run(
    rt: Runtime,
    app: Celery,
    submission: Submission,
    *,
    output_dir: Path | None = None,
    scheduled: bool = False,
) -> str:
    run_id = new_run_id()
    out = (output_dir or rt.settings.effective_artifacts_dir / run_id).resolve()
    out.mkdir(parents=True, exist_ok=True)
    loaded = submission.suite
    predictions = scheduling.predict_durations(rt.sessions, loaded)
    item_ids = repo.create_run(
        rt.sessions,
        run_id=run_id,
        suite=loaded,
        content=submission.content,
        mode="embedded" if rt.settings.embedded else "farm",
        output_dir=str(out),
        options=dataclasses.replace(run_options(loaded), auth_flows=dict(submission.auth_plans),
                                    memory=rt.settings.memory, scheduled=scheduled),
        plans=submission.plans,
        notes=() if rt.settings.memory else (cache.MEMORY_OFF_NOTE,),
    )
    llm_calls.record_calls(rt.sessions, run_id, submission.llm_calls)
    quarantined = quarantine.for_new_run(rt.sessions, suite_name=loaded.name, now=db.utcnow())
    quarantines.mark_run_items(rt.sessions, run_id, quarantined & {i.requirement_id for i in loaded.items})
    order = scheduling.longest_first([i.key for i in loaded.items], predictions)
    dispatch.publish_run(app, run_id, [item_ids[n] for n in order])  # longest first: the chord header's order
    return run_id


def auth_options(submission: Submission) -> model.RunOptions:
    """The planned auth: flows, for the browser stage (steps with ${env:…} placeholders, never values)."""
    return model.RunOptions(auth_flows=dict(submission.auth_plans))


def run_options(loaded: model.Suite) -> model.RunOptions:
    """What later stages and beat need from the suite: origin caps, the budgets, the quarantine policy, the network."""
    return model.RunOptions(
        timeouts=loaded.timeouts,
        budget=loaded.budget,
        quarantine=loaded.quarantine,
        origin_limits={limit.origin: limit.max_parallel for limit in loaded.limits},
        network_allow=tuple(loaded.network_allow),
    )


def patience_s(submission: Submission) -> float:
    """How long to follow a run before calling it stuck: every item at its limit, one after another."""
    return len(submission.suite.items) * submission.suite.timeouts.item_ms / 1000 + 120


def follow(
    rt: Runtime,
    run_id: str,
    on_progress: Callable[[Sequence[repo.ItemProgress]], None],
    *,
    poll_s: float = 0.05,
    progress_s: float = 0.25,
    timeout_s: float | None = None,
    wake: threading.Event | None = None,
) -> model.RunStatus:
    """Watch the run in the store until it ends (the same for embedded and farm); rides out store outages.

    The status (one small query) is read every ``poll_s``, the progress every ``progress_s``. With ``wake``
    (embedded: set when a task of the in-process worker ends) it is read when woken, or once a second: a
    watcher polling in the worker's own process takes the interpreter lock from it (~5 % of a run).
    """
    deadline = None if timeout_s is None else time.monotonic() + timeout_s
    outage: errors.StoreUnavailable | None = None
    shown = 0.0
    while True:
        if wake is not None:
            wake.clear()  # before reading: a task ending from here on wakes the next wait
        try:
            status = repo.run_status(rt.sessions, run_id)
            ended = status not in (model.RunStatus.QUEUED, model.RunStatus.RUNNING)
            if ended or time.monotonic() - shown >= progress_s:
                on_progress(repo.run_progress(rt.sessions, run_id))
                shown = time.monotonic()
            outage = None
        except errors.StoreUnavailable as exc:  # the database restarts: keep watching until the deadline
            outage, ended = exc, False
        if ended:
            return status
        if deadline is not None and time.monotonic() > deadline:
            if outage is not None:
                raise outage
            raise errors.PactsFarmError(f"run {run_id} did not finish within {timeout_s:.0f} s")
        if wake is not None and outage is None:
            wake.wait(timeout=1.0)
        else:
            time.sleep(poll_s if outage is None else max(poll_s, 0.5))

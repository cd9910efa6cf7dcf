"""Queries over the system of record: typed values in, typed values out."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Sequence
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete, func, insert, or_, select, update
from sqlalchemy.orm import Session

from pacts_farm import errors, model
from pacts_farm.store import codec, db, run_files, totals
from pacts_farm.store.db import Sessions, aware, utcnow
from pacts_farm.store.heals import heal_row, heal_totals
from pacts_farm.store.models import (
    ArtifactRow,
    HealRow,
    ItemRow,
    LlmCallRow,
    RunRow,
    StepRow,
    SuiteRow,
)

@dataclass(frozen=True, kw_only=True, slots=True)
class ItemRecord:
    """One run item as the pipeline stages need it."""

    id: str
    run_id: str
    key: str
    item: model.Item
    base_url: str
    output_dir: str
    timeouts: model.Timeouts
    state: model.ItemState
    verdict: model.Verdict | None
    plan: model.Plan | None
    hints: tuple[model.Hint, ...]
    attempts: int
    run_cancelled: bool
    network_allow: tuple[str, ...] = ()  # extra origins the suite lets pages reach
    auth_plan: model.Plan | None = None  # the auth: flow this item starts signed in from
    origin_limits: dict[str, int] = field(default_factory=dict)  # max_parallel per origin (suite.yaml limits:)
    tries: int = 1  # test attempts of the last execution (retries)
    mode: str = "embedded"  # the run's: a farm run keeps its files in the store (artifacts.py)
    memory: bool = True  # False: the run was submitted with PACTS_MEMORY=off (no selector cache)


@dataclass(frozen=True, kw_only=True, slots=True)
class ItemProgress:
    key: str
    title: str
    state: model.ItemState
    verdict: model.Verdict | None
    met: bool | None
    steps_total: int
    steps_done: int
    heals: int
    duration_ms: float | None


@dataclass(frozen=True, kw_only=True, slots=True)
class RunSummary:
    id: str
    suite_name: str
    status: model.RunStatus
    mode: str
    created_at: datetime
    duration_ms: float | None
    items: int
    met: int


def create_run(
    sessions: Sessions,
    *,
    run_id: str,
    suite: model.Suite,
    content: str,
    mode: str,
    output_dir: str,
    options: model.RunOptions | None = None,
    plans: Sequence[model.Plan] = (),
    notes: Sequence[str] = (),
    created_at: datetime | None = None,
) -> tuple[str, ...]:
    """Write a run and its items in one transaction; returns the item ids in suite order.

    ``created_at`` (default: now) orders runs in history; an importer or a test may give it explicitly.

    ``options`` (default: none) are stored with the suite's timeouts. ``plans`` made at submit time are stored with their items (queued): the plan stage adopts them
    instead of planning again (so Claude is asked once, before the run).
    """
    suite_id = hashlib.sha256(content.encode()).hexdigest()
    now = created_at or utcnow()
    item_ids = tuple(f"{run_id}-{n:04d}" for n in range(len(suite.items)))
    planned = {p.item_key: p.to_json() for p in plans}
    with db.transaction(sessions) as s:
        if s.get(SuiteRow, suite_id) is None:
            s.add(SuiteRow(id=suite_id, name=suite.name, source=suite.source, content=content, created_at=now))
            s.flush()
        s.add(
            RunRow(
                id=run_id,
                suite_id=suite_id,
                suite_name=suite.name,
                status=model.RunStatus.QUEUED.value,
                mode=mode,
                base_url=suite.base_url,
                output_dir=output_dir,
                options=codec.run_options_to_json(replace(options or model.RunOptions(), timeouts=suite.timeouts)),
                created_at=now,
                notes=list(notes) or None,
            )
        )
        s.flush()
        for position, (item_id, item) in enumerate(zip(item_ids, suite.items)):
            s.add(
                ItemRow(
                    id=item_id,
                    run_id=run_id,
                    position=position,
                    key=item.key,
                    requirement_id=item.requirement_id,
                    title=item.title,
                    expect=item.expect.value,
                    spec=codec.item_to_json(item),
                    plan=planned.get(item.key),
                    state=model.ItemState.QUEUED.value,
                )
            )
    return item_ids


def load_item(sessions: Sessions, item_id: str) -> ItemRecord:
    with db.transaction(sessions) as s:
        row = s.get(ItemRow, item_id)
        if row is None:
            raise errors.RunNotFound(item_id, f"no run item {item_id!r}")
        run = row.run
        spec = codec.item_from_json(row.spec)
        options = codec.run_options_from_json(run.options)
        return ItemRecord(
            id=row.id,
            run_id=row.run_id,
            key=row.key,
            item=spec,
            base_url=run.base_url,
            output_dir=run.output_dir,
            timeouts=options.timeouts,
            state=model.ItemState(row.state),
            verdict=model.Verdict(row.verdict) if row.verdict else None,
            plan=model.Plan.from_json(row.plan) if row.plan else None,
            hints=tuple(codec.hint_from_json(hint) for hint in row.hints or ()),
            attempts=row.attempts,
            run_cancelled=run.status == model.RunStatus.CANCELLED.value,
            network_allow=options.network_allow,
            auth_plan=options.auth_flows.get(spec.auth) if spec.auth else None,
            origin_limits=options.origin_limits,
            tries=max(row.tries or 0, 1),
            mode=run.mode,
            memory=options.memory,
        )


def save_plan(sessions: Sessions, item_id: str, plan: model.Plan) -> None:
    _update_item(sessions, item_id, plan=plan.to_json(), state=model.ItemState.PLANNED.value)


def save_hints(sessions: Sessions, item_id: str, hints: Sequence[model.Hint]) -> None:
    _update_item(sessions, item_id, hints=[codec.hint_to_json(hint) for hint in hints], state=model.ItemState.DISCOVERED.value)


def claim_item(
    sessions: Sessions, item_id: str, *, owner: str, lease_s: float, take_from: str | None = None
) -> bool:
    """Take the item's lease unless another worker holds it (duplicate deliveries do not run twice).

    ``take_from`` names a holder known to be dead, whose lease may be taken before it expires.
    """
    now = utcnow()
    holders = [ItemRow.lease_owner.is_(None), ItemRow.lease_owner == owner, ItemRow.lease_expires_at < now]
    if take_from is not None:
        holders.append(ItemRow.lease_owner == take_from)
    with db.transaction(sessions) as s:
        result = s.execute(
            update(ItemRow)
            .where(
                ItemRow.id == item_id,
                ItemRow.state.in_([model.ItemState.DISCOVERED.value, model.ItemState.RUNNING.value]),
                or_(*holders),
            )
            .values(
                lease_owner=owner,
                lease_expires_at=now + timedelta(seconds=lease_s),
                attempts=ItemRow.attempts + 1,
                state=model.ItemState.RUNNING.value,
                started_at=func.coalesce(ItemRow.started_at, now),
            )
        )
        if result.rowcount == 1:
            s.execute(
                update(RunRow)
                .where(RunRow.id == select(ItemRow.run_id).where(ItemRow.id == item_id).scalar_subquery())
                .where(RunRow.status == model.RunStatus.QUEUED.value)
                .values(status=model.RunStatus.RUNNING.value)
            )
        return result.rowcount == 1


def stale_items(sessions: Sessions, now: datetime) -> tuple[tuple[str, str, int], ...]:
    """(item id, run id, attempts) of running items whose lease expired: their worker died."""
    with db.transaction(sessions) as s:
        rows = s.execute(
            select(ItemRow.id, ItemRow.run_id, ItemRow.attempts).where(
                ItemRow.state == model.ItemState.RUNNING.value, ItemRow.lease_expires_at < now
            )
        ).all()
        return tuple((r[0], r[1], r[2]) for r in rows)


def requeue_item(sessions: Sessions, item_id: str, now: datetime) -> bool:
    """Put a stale running item back to discovered (only if its lease is still expired)."""
    with db.transaction(sessions) as s:
        result = s.execute(
            update(ItemRow)
            .where(
                ItemRow.id == item_id,
                ItemRow.state == model.ItemState.RUNNING.value,
                ItemRow.lease_expires_at < now,
            )
            .values(state=model.ItemState.DISCOVERED.value, lease_owner=None, lease_expires_at=None)
        )
        return result.rowcount == 1


def lease_holder(sessions: Sessions, item_id: str) -> str | None:
    with db.transaction(sessions) as s:
        return s.scalar(select(ItemRow.lease_owner).where(ItemRow.id == item_id))


def save_execution(
    sessions: Sessions,
    item_id: str,
    execution: model.Execution,
    *,
    tries: int = 1,
    try_errors: Sequence[str] = (),
    files: Sequence[tuple[str, bytes]] | None = None,
    caps: run_files.Caps | None = None,
) -> None:
    """Replace the item's steps with this execution's (idempotent under redelivery) and release the lease.

    ``tries`` counts test attempts (retries); ``try_errors`` says why the earlier ones failed. ``files`` (a farm
    run's: path relative to the run folder, bytes) replace the item's stored files in the same transaction.
    """
    with db.transaction(sessions) as s:
        if files is not None:
            run_id, key = s.execute(select(ItemRow.run_id, ItemRow.key).where(ItemRow.id == item_id)).one()
            run_files.put_in(s, run_id, files, caps=caps or run_files.Caps(file_bytes=2**62, run_bytes=2**62),
                             replace_under=f"{key}/")
        s.execute(delete(StepRow).where(StepRow.item_id == item_id))
        s.execute(delete(ArtifactRow).where(ArtifactRow.item_id == item_id))
        if execution.steps:  # one bulk insert, not a unit of work per row
            s.execute(insert(StepRow), [_step_row(item_id, step) for step in execution.steps])
        evidence = execution.evidence
        now = utcnow()
        if evidence is not None:
            for kind, path in (("screenshot", evidence.screenshot), ("trace", evidence.trace)):
                if path:
                    s.add(ArtifactRow(item_id=item_id, kind=kind, path=path, created_at=now))
        s.execute(
            update(ItemRow)
            .where(ItemRow.id == item_id)
            .values(
                state=model.ItemState.EXECUTED.value,
                evidence=codec.evidence_to_json(evidence),
                infrastructure_error=execution.infrastructure_error,
                duration_ms=execution.duration_ms,
                lease_owner=None,
                lease_expires_at=None,
                tries=tries,
                try_errors=list(try_errors) or None,
                phases=execution.phases.to_json(),
            )
        )


def release_item(sessions: Sessions, item_id: str) -> None:
    _update_item(sessions, item_id, lease_owner=None, lease_expires_at=None)


def load_steps(sessions: Sessions, item_id: str) -> tuple[model.StepResult, ...]:
    with db.transaction(sessions) as s:
        rows = s.scalars(select(StepRow).where(StepRow.item_id == item_id).order_by(StepRow.index)).all()
        return tuple(_step_result(r) for r in rows)


def finish_item(
    sessions: Sessions,
    item_id: str,
    *,
    verdict: model.Verdict,
    met: bool,
    error: str | None,
    cache_hits: int = 0,
    cache_lookups: int = 0,
    heals: Sequence[model.HealRecord] = (),
    also: Callable[[Session], None] | None = None,
) -> bool:
    """Settle the item once; returns False when it was already done (a redelivery).

    The item's heal records, ``also`` (the settle stage's other writes, e.g. the selector cache) and the
    cumulative totals are written in the same transaction: all of them, once, or none.
    """
    with db.transaction(sessions) as s:
        result = s.execute(
            update(ItemRow)
            .where(ItemRow.id == item_id, ItemRow.state != model.ItemState.DONE.value)
            .values(
                state=model.ItemState.DONE.value,
                verdict=verdict.value,
                met=met,
                error=error,
                finished_at=utcnow(),
                lease_owner=None,
                lease_expires_at=None,
            )
        )
        if result.rowcount != 1:
            return False
        s.execute(
            update(RunRow)
            .where(RunRow.id == select(ItemRow.run_id).where(ItemRow.id == item_id).scalar_subquery())
            .values(
                cache_hits=RunRow.cache_hits + cache_hits,
                cache_lookups=RunRow.cache_lookups + cache_lookups,
            )
        )
        if heals:
            s.add_all([heal_row(heal) for heal in heals])
            s.flush()
        if also is not None:
            also(s)
        totals.add(s, heal_totals(heals))
        totals.add_settled(s, [item_id])
        return True


def finish_run(sessions: Sessions, run_id: str) -> tuple[model.RunStatus, bool]:
    """Derive the run's status from its items; returns it and whether this call ended the run."""
    with db.transaction(sessions) as s:
        run = s.get(RunRow, run_id, with_for_update=True)
        if run is None:
            raise errors.RunNotFound(run_id)
        # one row per distinct outcome, not per item: ending each item stays cheap in a run of thousands
        kinds = s.execute(
            select(ItemRow.state, ItemRow.verdict, ItemRow.met, ItemRow.quarantined)
            .where(ItemRow.run_id == run_id)
            .group_by(ItemRow.state, ItemRow.verdict, ItemRow.met, ItemRow.quarantined)
        ).all()
        # a quarantined item runs and is reported, but neither fails nor errors its run
        status = model.derive_run_status(
            [(model.ItemState(state), None if quarantined or not verdict else model.Verdict(verdict), True if quarantined else met)
             for state, verdict, met, quarantined in kinds],
            model.RunStatus(run.status),
        )
        run.status = status.value
        ended = status not in (model.RunStatus.QUEUED, model.RunStatus.RUNNING) and run.finished_at is None
        if ended:
            run.finished_at = utcnow()
            run.duration_ms = (run.finished_at - aware(run.created_at)).total_seconds() * 1000
            over = codec.run_options_from_json(run.options).budget.duration_note(run.duration_ms)
            if over:
                run.notes = [*(run.notes or ()), over]
        return status, ended


def run_status(sessions: Sessions, run_id: str) -> model.RunStatus:
    with db.transaction(sessions) as s:
        status = s.scalar(select(RunRow.status).where(RunRow.id == run_id))
        if status is None:
            raise errors.RunNotFound(run_id)
        return model.RunStatus(status)


def run_progress(sessions: Sessions, run_id: str) -> tuple[ItemProgress, ...]:
    """What a progress view shows: the columns it needs (not whole items) and the steps counted per item."""
    with db.transaction(sessions) as s:
        items = s.execute(
            select(ItemRow.id, ItemRow.key, ItemRow.title, ItemRow.state, ItemRow.verdict, ItemRow.met,
                   ItemRow.plan, ItemRow.duration_ms)
            .where(ItemRow.run_id == run_id)
            .order_by(ItemRow.position)
        ).all()
        counts = {
            item_id: (done, healed)
            for item_id, done, healed in s.execute(
                select(StepRow.item_id, func.count(), func.count(StepRow.heal))  # count(heal): its non-null rows
                .join(ItemRow, ItemRow.id == StepRow.item_id)
                .where(ItemRow.run_id == run_id)
                .group_by(StepRow.item_id)
            )
        }
        return tuple(
            ItemProgress(
                key=i.key,
                title=i.title,
                state=model.ItemState(i.state),
                verdict=model.Verdict(i.verdict) if i.verdict else None,
                met=i.met,
                steps_total=len((i.plan or {}).get("steps", ())),
                steps_done=counts.get(i.id, (0, 0))[0],
                heals=counts.get(i.id, (0, 0))[1],
                duration_ms=i.duration_ms,
            )
            for i in items
        )


def _accepted_heal_ids(s: Session, run_id: str) -> dict[tuple[str, int], int]:
    """(item key, step index) -> the heal-history id of the step's accepted heal (the newest, if redelivered)."""
    rows = s.execute(
        select(HealRow.item_key, HealRow.step_index, HealRow.id)
        .where(HealRow.run_id == run_id, HealRow.outcome == "accepted", HealRow.step_index.is_not(None))
        .order_by(HealRow.id)
    ).all()
    return {(key, int(index)): int(heal_id) for key, index, heal_id in rows}


def _with_heal_id(step: model.StepResult, heal_id: int | None) -> model.StepResult:
    if step.heal is None or heal_id is None:
        return step
    return dataclasses.replace(step, heal=dataclasses.replace(step.heal, heal_id=heal_id))


def load_run_result(sessions: Sessions, run_id: str) -> model.RunResult:
    with db.transaction(sessions) as s:
        run = s.get(RunRow, run_id)
        if run is None:
            raise errors.RunNotFound(run_id)
        items = []
        heal_ids = _accepted_heal_ids(s, run_id)
        for row in run.items:
            spec = codec.item_from_json(row.spec)
            items.append(
                model.ItemResult(
                    item_key=row.key,
                    requirement_id=row.requirement_id,
                    title=row.title,
                    data=spec.data,
                    expect=model.Expectation(row.expect),
                    verdict=model.Verdict(row.verdict) if row.verdict else model.Verdict.CANCELLED,
                    met=bool(row.met),
                    duration_ms=row.duration_ms or 0.0,
                    steps=tuple(_with_heal_id(_step_result(st), heal_ids.get((row.key, st.index))) for st in row.steps),
                    evidence=codec.evidence_from_json(row.evidence),
                    error=row.error,
                    tags=spec.tags,
                    tries=max(row.tries, 1),
                    try_errors=tuple(row.try_errors or ()),
                    root_cause=row.root_cause,
                    root_cause_summary=row.root_cause_summary,
                    quarantined=row.quarantined,
                    phases=model.Phases.from_json(row.phases),
                )
            )
        return model.RunResult(
            run_id=run.id,
            suite_name=run.suite_name,
            status=model.RunStatus(run.status),
            mode=run.mode,
            started_at=aware(run.created_at).isoformat(),
            finished_at=aware(run.finished_at).isoformat() if run.finished_at else None,
            duration_ms=run.duration_ms or 0.0,
            items=tuple(items),
            cache_hits=run.cache_hits,
            cache_lookups=run.cache_lookups,
            llm=_llm_usage(s, run.id),
            notes=tuple(str(n) for n in run.notes or ()),
        )


def _llm_usage(s: Session, run_id: str) -> model.LlmUsage:
    row = s.execute(
        select(
            func.count(LlmCallRow.id),
            func.coalesce(func.sum(LlmCallRow.input_tokens), 0),
            func.coalesce(func.sum(LlmCallRow.output_tokens), 0),
            func.coalesce(func.sum(LlmCallRow.cost_usd), 0.0),
        ).where(LlmCallRow.run_id == run_id)
    ).one()
    return model.LlmUsage(calls=int(row[0]), input_tokens=int(row[1]), output_tokens=int(row[2]), cost_usd=float(row[3]))


def load_run_plans(sessions: Sessions, run_id: str) -> dict[str, tuple[model.Plan, str]]:
    """Per item key: its plan and the run's base URL (for exports); items that never planned are left out."""
    with db.transaction(sessions) as s:
        run = s.get(RunRow, run_id)
        if run is None:
            raise errors.RunNotFound(run_id)
        return {row.key: (model.Plan.from_json(row.plan), run.base_url) for row in run.items if row.plan}


def load_auth_flows(sessions: Sessions, run_id: str) -> dict[str, tuple[str, model.Plan]]:
    """Per item key that starts signed in: its auth: flow's name and plan (for exports)."""
    with db.transaction(sessions) as s:
        run = s.get(RunRow, run_id)
        if run is None:
            raise errors.RunNotFound(run_id)
        flows = {}
        auth_flows = codec.run_options_from_json(run.options).auth_flows
        for row in run.items:
            name = codec.item_from_json(row.spec).auth
            flow = auth_flows.get(name) if name else None
            if name and flow is not None:
                flows[row.key] = (name, flow)
        return flows


def run_output_dir(sessions: Sessions, run_id: str) -> str:
    with db.transaction(sessions) as s:
        out = s.scalar(select(RunRow.output_dir).where(RunRow.id == run_id))
        if out is None:
            raise errors.RunNotFound(run_id)
        return out


def run_mode(sessions: Sessions, run_id: str) -> str:
    """embedded or farm."""
    with db.transaction(sessions) as s:
        mode = s.scalar(select(RunRow.mode).where(RunRow.id == run_id))
        if mode is None:
            raise errors.RunNotFound(f"no run {run_id!r}")
        return str(mode)


def run_cache_rate(sessions: Sessions, run_id: str) -> tuple[int, int]:
    with db.transaction(sessions) as s:
        row = s.execute(select(RunRow.cache_hits, RunRow.cache_lookups).where(RunRow.id == run_id)).one()
        return int(row[0]), int(row[1])


def run_locator_sources(sessions: Sessions, run_id: str) -> dict[str, int]:
    """Steps of a run by where their locator came from (redis, database, discovered, healed) and drift events."""
    with db.transaction(sessions) as s:
        rows = s.execute(
            select(StepRow.source, func.count())
            .join(ItemRow, ItemRow.id == StepRow.item_id)
            .where(ItemRow.run_id == run_id, StepRow.source.is_not(None))
            .group_by(StepRow.source)
        ).all()
        drifted = s.scalar(
            select(func.count())
            .select_from(StepRow)
            .join(ItemRow, ItemRow.id == StepRow.item_id)
            .where(ItemRow.run_id == run_id, StepRow.drifted.is_(True))
        )
    counts = {source.value: 0 for source in model.LocatorSource}
    counts.update({r[0]: int(r[1]) for r in rows})
    counts["drift"] = int(drifted or 0)
    return counts


def list_runs(sessions: Sessions, *, limit: int = 20) -> tuple[RunSummary, ...]:
    with db.transaction(sessions) as s:
        runs = s.scalars(select(RunRow).order_by(RunRow.created_at.desc()).limit(limit)).all()
        met = dict(
            s.execute(
                select(ItemRow.run_id, func.count())
                .where(ItemRow.run_id.in_([r.id for r in runs]), ItemRow.met.is_(True))
                .group_by(ItemRow.run_id)
            ).all()
        )
        totals = dict(
            s.execute(
                select(ItemRow.run_id, func.count())
                .where(ItemRow.run_id.in_([r.id for r in runs]))
                .group_by(ItemRow.run_id)
            ).all()
        )
        return tuple(
            RunSummary(
                id=r.id,
                suite_name=r.suite_name,
                status=model.RunStatus(r.status),
                mode=r.mode,
                created_at=aware(r.created_at),
                duration_ms=r.duration_ms,
                items=totals.get(r.id, 0),
                met=met.get(r.id, 0),
            )
            for r in runs
        )


def cancel_run(sessions: Sessions, run_id: str) -> tuple[str, ...]:
    """Mark a run cancelled and its unfinished items cancelled; returns those item ids."""
    with db.transaction(sessions) as s:
        run = s.get(RunRow, run_id)
        if run is None:
            raise errors.RunNotFound(run_id)
        pending = tuple(i.id for i in run.items if i.state != model.ItemState.DONE.value)
        now = utcnow()
        for item in run.items:
            if item.id in pending:
                item.state = model.ItemState.DONE.value
                item.verdict = model.Verdict.CANCELLED.value
                item.met = False
                item.finished_at = now
        run.status = model.RunStatus.CANCELLED.value
        run.finished_at = run.finished_at or now
        s.flush()
        totals.add_settled(s, pending)
        return pending


def delete_runs_before(sessions: Sessions, cutoff: datetime) -> tuple[tuple[str, str], ...]:
    """Delete finished runs created before cutoff (items, steps, stored files cascade); returns their
    (folder, mode)s. Contents no run names any more are deleted after."""
    with db.transaction(sessions) as s:
        rows = s.execute(
            select(RunRow.id, RunRow.output_dir, RunRow.mode).where(RunRow.created_at < cutoff, RunRow.finished_at.is_not(None))
        ).all()
        ids = [r[0] for r in rows]
        if ids:
            s.execute(update(HealRow).where(HealRow.run_id.in_(ids)).values(run_id=None))
            s.execute(delete(RunRow).where(RunRow.id.in_(ids)))
    if ids:
        run_files.delete_unreferenced_blobs(sessions)
    return tuple((r[1], r[2]) for r in rows)


# --- private ---


def _update_item(sessions: Sessions, item_id: str, **values: Any) -> None:
    with db.transaction(sessions) as s:
        s.execute(update(ItemRow).where(ItemRow.id == item_id).values(**values))


def _step_row(item_id: str, step: model.StepResult) -> dict[str, Any]:
    res = step.resolution
    return dict(
        item_id=item_id,
        index=step.index,
        text=step.text,
        action=step.action.value,
        outcome=step.outcome.value,
        duration_ms=step.duration_ms,
        resolution=res.to_json() if res else None,
        strategy=res.locator.strategy.value if res else None,
        source=res.source.value if res else None,
        page_url=step.page_url,
        error=step.error,
        heal=step.heal.to_json() if step.heal else None,
        candidates=[codec.candidate_to_json(c) for c in step.candidates] or None,
        drifted=step.drifted,
        heal_attempts=[a.to_json() for a in step.heal_attempts] or None,
    )


def _step_result(row: StepRow) -> model.StepResult:
    return model.StepResult(
        index=row.index,
        text=row.text,
        action=model.Action(row.action),
        outcome=model.Outcome(row.outcome),
        duration_ms=row.duration_ms,
        resolution=model.Resolution.from_json(row.resolution) if row.resolution else None,
        page_url=row.page_url,
        error=row.error,
        heal=model.HealEvent.from_json(row.heal) if row.heal else None,
        candidates=tuple(codec.candidate_from_json(c) for c in row.candidates or ()),
        drifted=bool(row.drifted),
        heal_attempts=tuple(model.HealAttempt.from_json(a) for a in row.heal_attempts or ()),
    )


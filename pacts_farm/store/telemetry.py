"""Aggregates over the system of record for the Prometheus exporter: one small query per figure."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import case, func, select

from pacts_farm import model
from pacts_farm.store import db
from pacts_farm.store.models import FlakinessRow, HealRow, ItemRow, LlmCallRow, QuarantineRow, StepRow
from pacts_farm.store.repo import Sessions, utcnow


@dataclass(frozen=True, kw_only=True, slots=True)
class Durations:
    """Finished items' durations as a cumulative histogram (seconds)."""

    buckets: tuple[tuple[float, int], ...]  # (upper bound, items at or below it)
    count: int
    total_s: float


@dataclass(frozen=True, kw_only=True, slots=True)
class LlmTotals:
    calls: tuple[tuple[str, str, int], ...]  # (purpose, outcome, calls)
    input_tokens: int
    output_tokens: int
    cost_usd: float


@dataclass(frozen=True, kw_only=True, slots=True)
class Snapshot:
    items_running: int
    verdicts: dict[str, int]
    durations: Durations
    locator_sources: dict[str, int]  # steps by where their locator came from (redis, database, discovered, healed)
    heals: dict[str, int]  # heal attempts by outcome (accepted, rejected)
    flaky: dict[str, int]  # suite -> requirements scoring at or above the flaky threshold
    quarantined: dict[str, int]  # suite -> requirements quarantined now
    llm: LlmTotals


def snapshot(sessions: Sessions, *, buckets_s: Sequence[float], flaky_at: float) -> Snapshot:
    with db.transaction(sessions) as s:
        running = s.scalar(select(func.count()).select_from(ItemRow).where(ItemRow.state == model.ItemState.RUNNING.value))
        verdicts = dict(
            s.execute(
                select(ItemRow.verdict, func.count()).where(ItemRow.verdict.is_not(None)).group_by(ItemRow.verdict)
            ).all()
        )
        finished = ItemRow.duration_ms.is_not(None) & (ItemRow.state == model.ItemState.DONE.value)
        row = s.execute(
            select(
                func.count(),
                func.coalesce(func.sum(ItemRow.duration_ms), 0.0),
                *(func.coalesce(func.sum(case((ItemRow.duration_ms <= b * 1000, 1), else_=0)), 0) for b in buckets_s),
            ).where(finished)
        ).one()
        sources = dict(s.execute(select(StepRow.source, func.count()).where(StepRow.source.is_not(None)).group_by(StepRow.source)).all())
        heals = dict(s.execute(select(HealRow.outcome, func.count()).group_by(HealRow.outcome)).all())
        flaky = dict(
            s.execute(
                select(FlakinessRow.suite_name, func.count()).where(FlakinessRow.score >= flaky_at).group_by(FlakinessRow.suite_name)
            ).all()
        )
        quarantined = dict(
            s.execute(
                select(QuarantineRow.suite_name, func.count()).where(QuarantineRow.until > utcnow()).group_by(QuarantineRow.suite_name)
            ).all()
        )
        calls = s.execute(
            select(LlmCallRow.purpose, LlmCallRow.outcome, func.count()).group_by(LlmCallRow.purpose, LlmCallRow.outcome)
        ).all()
        tokens = s.execute(
            select(
                func.coalesce(func.sum(LlmCallRow.input_tokens), 0),
                func.coalesce(func.sum(LlmCallRow.output_tokens), 0),
                func.coalesce(func.sum(LlmCallRow.cost_usd), 0.0),
            )
        ).one()
    count, total_ms, *cumulative = row
    return Snapshot(
        items_running=int(running or 0),
        verdicts={str(k): int(v) for k, v in verdicts.items()},
        durations=Durations(
            buckets=tuple((b, int(n)) for b, n in zip(buckets_s, cumulative)), count=int(count), total_s=float(total_ms) / 1000
        ),
        locator_sources={str(k): int(v) for k, v in sources.items()},
        heals={str(k): int(v) for k, v in heals.items()},
        flaky={str(k): int(v) for k, v in flaky.items()},
        quarantined={str(k): int(v) for k, v in quarantined.items()},
        llm=LlmTotals(
            calls=tuple((str(p), str(o), int(n)) for p, o, n in calls),
            input_tokens=int(tokens[0]), output_tokens=int(tokens[1]), cost_usd=float(tokens[2]),
        ),
    )

"""Figures for the Prometheus exporter: counters from the cumulative totals, gauges from the store as it is now."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from pacts_farm import model
from pacts_farm.store import db, totals
from pacts_farm.store.models import FlakinessRow, ItemRow, LlmCallRow, QuarantineRow
from pacts_farm.store.db import Sessions, utcnow


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


def snapshot(sessions: Sessions, *, flaky_at: float) -> Snapshot:
    """Counters come from the cumulative totals (they never go down when cleanup deletes runs); gauges from now."""
    grown = totals.read(sessions)
    with db.transaction(sessions) as s:
        running = s.scalar(select(func.count()).select_from(ItemRow).where(ItemRow.state == model.ItemState.RUNNING.value))
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
    le = grown.get(totals.DURATION_LE, {})
    return Snapshot(
        items_running=int(running or 0),
        verdicts={k: int(v) for k, v in grown.get(totals.ITEMS, {}).items()},
        durations=Durations(
            buckets=tuple((b, int(le.get(totals.bucket_label(b), 0))) for b in totals.DURATION_BUCKETS_S),
            count=int(grown.get(totals.DURATION_COUNT, {}).get("", 0)),
            total_s=grown.get(totals.DURATION_SUM_S, {}).get("", 0.0),
        ),
        locator_sources={k: int(v) for k, v in grown.get(totals.LOCATOR_SOURCES, {}).items()},
        heals={k: int(v) for k, v in grown.get(totals.HEALS, {}).items()},
        flaky={str(k): int(v) for k, v in flaky.items()},
        quarantined={str(k): int(v) for k, v in quarantined.items()},
        llm=LlmTotals(
            calls=tuple((str(p), str(o), int(n)) for p, o, n in calls),
            input_tokens=int(tokens[0]), output_tokens=int(tokens[1]), cost_usd=float(tokens[2]),
        ),
    )

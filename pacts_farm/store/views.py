"""The metrics views (migration 0007) and the queries over them: the one source of the figures
`pacts-farm metrics` and the dashboard's /api/metrics/* show.

The views are declared here as tables of their own MetaData (never created by SQLAlchemy, never
compared with the models): typed columns, so dates and rates read the same on SQLite and Postgres.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Column, Date, DateTime, Float, Integer, MetaData, String, Table, func, select

from pacts_farm.store import db
from pacts_farm.store.db import Sessions, aware, utcnow

VIEWS = MetaData()

run_summary = Table(
    "run_summary", VIEWS,
    Column("run_id", String), Column("suite_name", String), Column("status", String), Column("mode", String),
    Column("created_at", DateTime(timezone=True)), Column("finished_at", DateTime(timezone=True)), Column("duration_ms", Float),
    *(Column(name, Integer) for name in (
        "items", "items_done", "passed", "failed", "healed", "flaky", "errored", "cancelled", "met",
        "lookups", "from_redis", "from_database", "discovered", "healed_live", "assisted", "drift_events",
        "heals", "heal_attempts", "llm_calls",
    )),
    Column("met_rate", Float), Column("cache_hit_rate", Float),
)

selector_cache_stats = Table(
    "selector_cache_stats", VIEWS,
    Column("app", String), Column("page", String),
    *(Column(name, Integer) for name in ("entries", "provisional", "hits", "misses", "drift_events")),
    Column("hit_rate", Float), Column("last_verified_at", DateTime(timezone=True)),
)

healing_success_rate = Table(
    "healing_success_rate", VIEWS,
    Column("strategy", String), Column("app", String),
    *(Column(name, Integer) for name in ("attempts", "accepted", "rejected", "marked_wrong")),
    Column("success_rate", Float), Column("avg_heal_ms", Float), Column("avg_confidence", Float),
)

daily_success_rate = Table(
    "daily_success_rate", VIEWS,
    Column("suite_name", String), Column("day", Date),
    *(Column(name, Integer) for name in ("runs", "runs_passed", "items", "met")),
    Column("success_rate", Float),
)


@dataclass(frozen=True, kw_only=True, slots=True)
class RunFigures:
    """One row of run_summary: a run's items by verdict, where its locators came from, its heals."""

    run_id: str
    suite_name: str
    status: str
    mode: str
    created_at: datetime
    finished_at: datetime | None
    duration_ms: float | None
    items: int
    items_done: int
    passed: int
    failed: int
    healed: int
    flaky: int
    errored: int
    cancelled: int
    met: int
    met_rate: float | None
    lookups: int  # steps that needed a locator
    from_redis: int
    from_database: int
    discovered: int
    healed_live: int
    assisted: int
    drift_events: int
    cache_hit_rate: float | None
    heals: int
    heal_attempts: int
    llm_calls: int


@dataclass(frozen=True, kw_only=True, slots=True)
class CacheFigures:
    """One row of selector_cache_stats: the cached locators of one app's page."""

    app: str
    page: str
    entries: int
    provisional: int  # healed entries not yet promoted
    hits: int
    misses: int  # consecutive misses of the entries still cached
    drift_events: int
    hit_rate: float | None  # hits / (hits + drift events)
    last_verified_at: datetime | None


@dataclass(frozen=True, kw_only=True, slots=True)
class HealFigures:
    """One row of healing_success_rate: a strategy's record in one app."""

    strategy: str
    app: str
    attempts: int
    accepted: int
    rejected: int
    marked_wrong: int
    success_rate: float  # accepted and not marked wrong, over attempts
    avg_heal_ms: float | None
    avg_confidence: float | None


@dataclass(frozen=True, kw_only=True, slots=True)
class DayFigures:
    """One row of daily_success_rate: a suite's finished runs of one UTC day."""

    suite_name: str
    day: date
    runs: int
    runs_passed: int
    items: int
    met: int
    success_rate: float | None  # items whose expectation was met, over finished items


@dataclass(frozen=True, kw_only=True, slots=True)
class Summary:
    """Totals over the views, for the last ``days`` days of runs (all of them when None)."""

    days: int | None
    runs: int
    runs_passed: int
    items: int
    met: int
    met_rate: float | None
    lookups: int
    from_redis: int
    from_database: int
    discovered: int
    healed_live: int
    drift_events: int
    cache_hit_rate: float | None
    heals: int
    heal_attempts: int
    heal_success_rate: float | None  # over all of heal history
    llm_calls: int
    cache_entries: int


def to_json(value: Any) -> dict[str, Any]:
    """A figures object as JSON: dates as ISO text, rates rounded to 4 places."""
    out: dict[str, Any] = {}
    for key, item in asdict(value).items():
        if isinstance(item, (datetime, date)):
            item = item.isoformat()
        elif isinstance(item, float):
            item = round(item, 4)
        out[key] = item
    return out


def run_figures(
    sessions: Sessions, *, suite: str | None = None, limit: int = 50, since: datetime | None = None
) -> tuple[RunFigures, ...]:
    """Recent runs (created at or after ``since``), newest first."""
    query = select(run_summary).order_by(run_summary.c.created_at.desc(), run_summary.c.run_id.desc()).limit(limit)
    if suite:
        query = query.where(run_summary.c.suite_name == suite)
    if since is not None:
        query = query.where(run_summary.c.created_at >= since)
    with db.transaction(sessions) as s:
        rows = s.execute(query).mappings().all()
    return tuple(RunFigures(**_typed(dict(row))) for row in rows)


def run_figure(sessions: Sessions, run_id: str) -> RunFigures | None:
    with db.transaction(sessions) as s:
        row = s.execute(select(run_summary).where(run_summary.c.run_id == run_id)).mappings().first()
    return RunFigures(**_typed(dict(row))) if row else None


def cache_figures(sessions: Sessions, *, app: str | None = None) -> tuple[CacheFigures, ...]:
    query = select(selector_cache_stats).order_by(selector_cache_stats.c.app, selector_cache_stats.c.page)
    if app:
        query = query.where(selector_cache_stats.c.app == app)
    with db.transaction(sessions) as s:
        rows = s.execute(query).mappings().all()
    return tuple(CacheFigures(**_typed(dict(row))) for row in rows)


def heal_figures(sessions: Sessions, *, app: str | None = None) -> tuple[HealFigures, ...]:
    """Per strategy and app, best success rate first."""
    view = healing_success_rate
    query = select(view).order_by(view.c.success_rate.desc(), view.c.attempts.desc(), view.c.strategy, view.c.app)
    if app:
        query = query.where(view.c.app == app)
    with db.transaction(sessions) as s:
        rows = s.execute(query).mappings().all()
    return tuple(HealFigures(**_typed(dict(row))) for row in rows)


def run_heal_rates(sessions: Sessions, run_id: str) -> dict[str, tuple[int, float]]:
    """strategy -> (attempts, success rate) over the heal history of the apps this run healed in (for its report)."""
    from pacts_farm.store.models import HealRow

    view = healing_success_rate.c
    apps = select(HealRow.app).where(HealRow.run_id == run_id).distinct()
    with db.transaction(sessions) as s:
        rows = s.execute(
            select(view.strategy, func.sum(view.attempts), func.sum(view.accepted - view.marked_wrong))
            .where(view.app.in_(apps)).group_by(view.strategy)
        ).all()
    return {strategy: (int(attempts), int(good) / int(attempts)) for strategy, attempts, good in rows if attempts}


def daily_figures(
    sessions: Sessions, *, suite: str | None = None, days: int = 7, today: date | None = None
) -> tuple[DayFigures, ...]:
    """The daily success rate per suite over the last ``days`` UTC days (today included), oldest first."""
    if days < 1:
        raise ValueError("days must be at least 1")
    since = (today or utcnow().date()) - timedelta(days=days - 1)
    view = daily_success_rate
    query = select(view).where(view.c.day >= since).order_by(view.c.day, view.c.suite_name)
    if suite:
        query = query.where(view.c.suite_name == suite)
    with db.transaction(sessions) as s:
        rows = s.execute(query).mappings().all()
    return tuple(DayFigures(**_typed(dict(row))) for row in rows)


def summary(sessions: Sessions, *, days: int | None = None, now: datetime | None = None) -> Summary:
    """Totals of run_summary (runs of the last ``days`` days, or all), heal and cache totals of their views."""
    v = run_summary.c
    sums = [func.coalesce(func.sum(col), 0) for col in (
        v.items_done, v.met, v.lookups, v.from_redis, v.from_database, v.discovered, v.healed_live, v.drift_events,
        v.heals, v.heal_attempts, v.llm_calls,
    )]
    passed = func.coalesce(func.sum((v.status == "passed").cast(Integer)), 0)
    query = select(func.count(), passed, *sums).select_from(run_summary)
    if days is not None:
        query = query.where(v.created_at >= (now or utcnow()) - timedelta(days=days))
    h = healing_success_rate.c
    with db.transaction(sessions) as s:
        runs, runs_passed, items, met, lookups, redis, database, discovered, healed, drift, heals, attempts, llm = (
            int(x) for x in s.execute(query).one()
        )
        heal_attempts_all, heal_good = s.execute(
            select(func.coalesce(func.sum(h.attempts), 0), func.coalesce(func.sum(h.accepted - h.marked_wrong), 0))
        ).one()
        entries = s.scalar(select(func.coalesce(func.sum(selector_cache_stats.c.entries), 0)))
    return Summary(
        days=days, runs=runs, runs_passed=runs_passed, items=items, met=met, met_rate=_rate(met, items),
        lookups=lookups, from_redis=redis, from_database=database, discovered=discovered, healed_live=healed,
        drift_events=drift, cache_hit_rate=_rate(redis + database, lookups), heals=heals, heal_attempts=attempts,
        heal_success_rate=_rate(int(heal_good), int(heal_attempts_all)), llm_calls=llm, cache_entries=int(entries or 0),
    )


def _rate(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _typed(row: dict[str, Any]) -> dict[str, Any]:
    """Aware datetimes, plain ints and floats (Postgres sums come back as Decimal)."""
    for key, value in row.items():
        if isinstance(value, datetime):
            row[key] = aware(value)
        elif value is not None and type(value).__name__ == "Decimal":
            row[key] = float(value) if "rate" in key or key.startswith("avg_") else int(value)
    return row

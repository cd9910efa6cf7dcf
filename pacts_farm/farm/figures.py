"""The metrics documents: what /api/metrics/* serves and `pacts-farm metrics summary|cache|heal|runs --json` prints.

Every count comes from the store's metrics views (store/views.py); each document is described by
schemas/metrics-<name>.schema.json.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from pacts_farm import errors
from pacts_farm.store import views
from pacts_farm.store.db import Sessions, utcnow

FORMAT = 1
DOCUMENTS = ("summary", "cache", "heal", "runs")
MAX_DAYS = 366
RUNS_LIMIT = 200


def parse_days(raw: str | None, *, default: int | None, field: str = "days") -> int | None:
    """A whole number of days from 1 to MAX_DAYS; errors.InputError names the field otherwise."""
    if raw is None or raw == "":
        return default
    if not raw.strip().isdigit() or not 1 <= int(raw) <= MAX_DAYS:
        raise errors.InputError(f"{field}: {raw!r} is not a whole number of days from 1 to {MAX_DAYS}")
    return int(raw)


def summary_document(sessions: Sessions, *, days: int | None = None, now: datetime | None = None) -> dict[str, Any]:
    now = now or utcnow()
    return {"format": FORMAT, "generated_at": now.isoformat(), **views.to_json(views.summary(sessions, days=days, now=now))}


def cache_document(sessions: Sessions, *, app: str | None = None, now: datetime | None = None) -> dict[str, Any]:
    pages = [views.to_json(c) for c in views.cache_figures(sessions, app=app)]
    return {"format": FORMAT, "generated_at": (now or utcnow()).isoformat(), "app": app, "pages": pages}


def heal_document(sessions: Sessions, *, app: str | None = None, now: datetime | None = None) -> dict[str, Any]:
    strategies = [views.to_json(h) for h in views.heal_figures(sessions, app=app)]
    return {"format": FORMAT, "generated_at": (now or utcnow()).isoformat(), "app": app, "strategies": strategies}


def runs_document(
    sessions: Sessions, *, suite: str | None = None, days: int = 7, now: datetime | None = None
) -> dict[str, Any]:
    """The daily success rate per suite over ``days`` days, and those days' runs (newest first, at most RUNS_LIMIT)."""
    now = now or utcnow()
    since_day = now.date() - timedelta(days=days - 1)
    since = datetime.combine(since_day, datetime.min.time(), tzinfo=now.tzinfo)
    daily = views.daily_figures(sessions, suite=suite, days=days, today=now.date())
    runs = views.run_figures(sessions, suite=suite, limit=RUNS_LIMIT, since=since)
    return {
        "format": FORMAT, "generated_at": now.isoformat(), "suite": suite, "days": days,
        "daily": [views.to_json(d) for d in daily], "runs": [views.to_json(r) for r in runs],
    }


def render_text(name: str, document: dict[str, Any]) -> list[str]:
    """The document as aligned text lines, for `pacts-farm metrics NAME` without --json."""
    return {"summary": _summary_lines, "cache": _cache_lines, "heal": _heal_lines, "runs": _runs_lines}[name](document)


def _pct(rate: float | None) -> str:
    return "   n/a" if rate is None else f"{100 * rate:5.1f}%"


def _summary_lines(doc: dict[str, Any]) -> list[str]:
    span = f"last {doc['days']} days" if doc["days"] else "all runs"
    return [
        f"runs ({span}): {doc['runs']} ({doc['runs_passed']} passed)",
        f"items: {doc['items']}, expectation met {_pct(doc['met_rate']).strip()} ({doc['met']})",
        f"cache hit rate: {_pct(doc['cache_hit_rate']).strip()} of {doc['lookups']} lookups"
        f" (redis {doc['from_redis']}, database {doc['from_database']}, discovered {doc['discovered']},"
        f" healed {doc['healed_live']}, drift {doc['drift_events']})",
        f"heals: {doc['heals']} accepted of {doc['heal_attempts']} attempts;"
        f" heal success rate (all history) {_pct(doc['heal_success_rate']).strip()}",
        f"LLM calls: {doc['llm_calls']}; cached locators: {doc['cache_entries']}",
    ]


def _cache_lines(doc: dict[str, Any]) -> list[str]:
    lines = [f"{'application':<30} {'page':<24} {'entries':>7} {'hits':>6} {'drift':>5} {'hit rate':>8}  last verified (UTC)"]
    for p in doc["pages"]:
        verified = (p["last_verified_at"] or "")[:16].replace("T", " ")
        lines.append(f"{p['app']:<30} {p['page']:<24} {p['entries']:>7} {p['hits']:>6} {p['drift_events']:>5}"
                     f" {_pct(p['hit_rate']):>8}  {verified}")
    return lines


def _heal_lines(doc: dict[str, Any]) -> list[str]:
    lines = [f"{'strategy':<12} {'application':<30} {'attempts':>8} {'accepted':>8} {'rejected':>8} {'wrong':>5}"
             f" {'success':>7} {'avg ms':>7} {'conf':>5}"]
    for h in doc["strategies"]:
        ms = "-" if h["avg_heal_ms"] is None else f"{h['avg_heal_ms']:.0f}"
        conf = "-" if h["avg_confidence"] is None else f"{h['avg_confidence']:.2f}"
        lines.append(f"{h['strategy']:<12} {h['app']:<30} {h['attempts']:>8} {h['accepted']:>8} {h['rejected']:>8}"
                     f" {h['marked_wrong']:>5} {_pct(h['success_rate']):>7} {ms:>7} {conf:>5}")
    return lines


def _runs_lines(doc: dict[str, Any]) -> list[str]:
    lines = [f"daily success rate, last {doc['days']} days (UTC)", f"{'day':<10} {'suite':<28} {'runs':>4} {'passed':>6} {'items':>5} {'success':>7}"]
    for d in doc["daily"]:
        lines.append(f"{d['day']:<10} {d['suite_name']:<28} {d['runs']:>4} {d['runs_passed']:>6} {d['items']:>5} {_pct(d['success_rate']):>7}")
    lines.append(f"{'run':<23} {'suite':<24} {'status':<9} {'met':>7} {'hit rate':>8} {'redis':>5} {'db':>4} {'disc':>4} {'heal':>4} {'drift':>5}")
    for r in doc["runs"]:
        lines.append(f"{r['run_id']:<23} {r['suite_name'][:24]:<24} {r['status']:<9} {r['met']:>3}/{r['items_done']:<3}"
                     f" {_pct(r['cache_hit_rate']):>8} {r['from_redis']:>5} {r['from_database']:>4} {r['discovered']:>4}"
                     f" {r['healed_live']:>4} {r['drift_events']:>5}")
    return lines

"""The selector cache's durable layer (cache.py puts Redis in front)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import delete, or_, select, update
from sqlalchemy.orm import Session

from pacts_farm.store import db
from pacts_farm.store.models import SelectorCacheRow
from pacts_farm.store.db import Sessions, utcnow

def by_signatures(sessions: Sessions, signatures: Sequence[str]) -> list[tuple[str, str, dict[str, Any]]]:
    """(signature, page, resolution json) for every cached entry of these signatures."""
    if not signatures:
        return []
    with db.transaction(sessions) as s:
        rows = s.execute(
            select(SelectorCacheRow.signature, SelectorCacheRow.page, SelectorCacheRow.resolution).where(
                SelectorCacheRow.signature.in_(list(signatures))
            )
        ).all()
        return [(r[0], r[1], r[2]) for r in rows]


def put_many(sessions: Sessions, entries: Sequence[dict[str, Any]]) -> None:
    """Upsert entries: dicts with key, signature, app, page, target, action, scope, resolution, strategy."""
    if not entries:
        return
    with db.transaction(sessions) as s:
        put_many_in(s, entries)


def put_many_in(s: Session, entries: Sequence[dict[str, Any]]) -> None:
    """put_many inside the caller's transaction."""
    if not entries:
        return
    now = utcnow()
    existing = {
        r.key: r
        for r in s.scalars(select(SelectorCacheRow).where(SelectorCacheRow.key.in_([e["key"] for e in entries]))).all()
    }
    for entry in entries:
        row = existing.get(entry["key"])
        if row is None:
            s.add(SelectorCacheRow(**entry, hits=0, misses=0, successes=0, created_at=now, last_verified_at=now))
        else:
            if (row.resolution or {}).get("locator") != entry["resolution"].get("locator"):
                row.promoted, row.successes = entry.get("promoted", True), 0  # a new locator starts over
            row.resolution = entry["resolution"]
            row.strategy = entry["strategy"]
            row.last_verified_at = now
            row.misses = 0
    s.flush()


def count_hits(sessions: Sessions, keys: Sequence[str], *, promote_after: int = 3) -> None:
    """A verified use; a provisional (healed) entry is promoted after ``promote_after`` consecutive ones."""
    if not keys:
        return
    with db.transaction(sessions) as s:
        count_hits_in(s, keys, promote_after=promote_after)


def count_hits_in(s: Session, keys: Sequence[str], *, promote_after: int = 3) -> None:
    """count_hits inside the caller's transaction."""
    if not keys:
        return
    s.execute(
        update(SelectorCacheRow)
        .where(SelectorCacheRow.key.in_(list(keys)))
        .values(
            hits=SelectorCacheRow.hits + 1, misses=0, last_verified_at=utcnow(),
            successes=SelectorCacheRow.successes + 1,
            promoted=SelectorCacheRow.promoted | (SelectorCacheRow.successes + 1 >= promote_after),
        )
    )


def lock_in_order(s: Session, keys: Sequence[str]) -> None:
    """Lock these entries in key order (Postgres), so two items settling at once never deadlock on them."""
    if keys and s.get_bind().dialect.name == "postgresql":
        s.execute(select(SelectorCacheRow.key).where(SelectorCacheRow.key.in_(sorted(set(keys)))).order_by(SelectorCacheRow.key).with_for_update())


def delete_entries(sessions: Sessions, *, app: str | None = None) -> int:
    with db.transaction(sessions) as s:
        stmt = delete(SelectorCacheRow)
        if app:
            stmt = stmt.where(SelectorCacheRow.app == app)
        return s.execute(stmt).rowcount or 0


def delete_unverified(sessions: Sessions, *, before: datetime) -> list[tuple[str, str, str]]:
    """Delete entries last verified before then; returns their (app, signature, page)."""
    with db.transaction(sessions) as s:
        stale = SelectorCacheRow.last_verified_at < before
        gone = [(r[0], r[1], r[2]) for r in s.execute(
            select(SelectorCacheRow.app, SelectorCacheRow.signature, SelectorCacheRow.page).where(stale)
        ).all()]
        if gone:
            s.execute(delete(SelectorCacheRow).where(stale))
        return gone


def provisional_count(sessions: Sessions) -> int:
    """Healed entries not yet promoted (used, but dropped at their first drift)."""
    from sqlalchemy import func

    with db.transaction(sessions) as s:
        return int(s.scalar(select(func.count()).select_from(SelectorCacheRow).where(SelectorCacheRow.promoted.is_(False))) or 0)


def stats_by_app(sessions: Sessions) -> list[tuple[str, int, int, int]]:
    """(app, entries, hits, misses) per application."""
    from sqlalchemy import func

    with db.transaction(sessions) as s:
        rows = s.execute(
            select(
                SelectorCacheRow.app,
                func.count(),
                func.coalesce(func.sum(SelectorCacheRow.hits), 0),
                func.coalesce(func.sum(SelectorCacheRow.misses), 0),
            )
            .group_by(SelectorCacheRow.app)
            .order_by(SelectorCacheRow.app)
        ).all()
        return [(r[0], int(r[1]), int(r[2]), int(r[3])) for r in rows]


def note_misses(sessions: Sessions, keys: Sequence[str], *, limit: int) -> list[str]:
    """Count a consecutive miss per key; entries reaching ``limit`` are deleted, provisional ones at the first.

    Returns the deleted keys.
    """
    if not keys:
        return []
    with db.transaction(sessions) as s:
        return note_misses_in(s, keys, limit=limit)


def note_misses_in(s: Session, keys: Sequence[str], *, limit: int) -> list[str]:
    """note_misses inside the caller's transaction."""
    if not keys:
        return []
    s.execute(update(SelectorCacheRow).where(SelectorCacheRow.key.in_(list(keys))).values(
        misses=SelectorCacheRow.misses + 1, successes=0, drifts=SelectorCacheRow.drifts + 1))
    gone = list(s.scalars(select(SelectorCacheRow.key).where(
        SelectorCacheRow.key.in_(list(keys)), or_(SelectorCacheRow.misses >= limit, SelectorCacheRow.promoted.is_(False))
    )))
    if gone:
        s.execute(delete(SelectorCacheRow).where(SelectorCacheRow.key.in_(gone)))
    return gone

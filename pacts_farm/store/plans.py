"""The plan cache's durable layer (cache.PlanCache puts Redis in front): plans Claude helped make."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from pacts_farm.store import db
from pacts_farm.store.models import PlanCacheRow
from pacts_farm.store.db import Sessions, utcnow


def get_plan(sessions: Sessions, key: str) -> dict[str, Any] | None:
    """The cached plan JSON for ``key`` (counted as a hit), or None."""
    with db.transaction(sessions) as s:
        plan = s.scalar(select(PlanCacheRow.plan).where(PlanCacheRow.key == key))
        if plan is not None:
            s.execute(update(PlanCacheRow).where(PlanCacheRow.key == key).values(hits=PlanCacheRow.hits + 1))
        return plan


def put_plan(sessions: Sessions, key: str, *, planner: str, plan: dict[str, Any]) -> None:
    """Store a plan once; a concurrent writer of the same key wins harmlessly (same text, same plan)."""
    try:
        with db.transaction(sessions) as s:
            if s.get(PlanCacheRow, key) is None:
                s.add(PlanCacheRow(key=key, planner=planner[:64], plan=plan, hits=0, created_at=utcnow()))
    except IntegrityError:
        return


def plan_hits(sessions: Sessions, key: str) -> int:
    with db.transaction(sessions) as s:
        return int(s.scalar(select(PlanCacheRow.hits).where(PlanCacheRow.key == key)) or 0)

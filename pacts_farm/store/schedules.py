"""Schedules: suites stored with a cron expression; each slot is fired at most once."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, or_, select, update
from sqlalchemy.exc import IntegrityError

from pacts_farm import errors
from pacts_farm.store import db
from pacts_farm.store.models import ScheduleRow
from pacts_farm.store.db import Sessions, utcnow


@dataclass(frozen=True, kw_only=True, slots=True)
class Schedule:
    id: int
    name: str
    cron: str
    suite_source: str
    suite_content: str
    base_url: str | None
    last_slot: datetime | None


def add_schedule(
    sessions: Sessions, *, name: str, cron: str, suite_source: str, suite_content: str, base_url: str | None
) -> Schedule:
    try:
        with db.transaction(sessions) as s:
            row = ScheduleRow(
                name=name,
                cron=cron,
                suite_source=suite_source,
                suite_content=suite_content,
                base_url=base_url,
                enabled=True,
                created_at=utcnow(),
                last_slot=None,
            )
            s.add(row)
            s.flush()
            return _schedule(row)
    except IntegrityError:
        raise errors.InputError(f"a schedule named {name!r} exists — remove it first or pick another --name") from None


def list_schedules(sessions: Sessions) -> tuple[Schedule, ...]:
    with db.transaction(sessions) as s:
        rows = s.scalars(select(ScheduleRow).where(ScheduleRow.enabled.is_(True)).order_by(ScheduleRow.name)).all()
        return tuple(_schedule(r) for r in rows)


def remove_schedule(sessions: Sessions, name: str) -> bool:
    with db.transaction(sessions) as s:
        return (s.execute(delete(ScheduleRow).where(ScheduleRow.name == name)).rowcount or 0) > 0


def claim_slot(sessions: Sessions, schedule_id: int, slot: datetime) -> bool:
    """Mark ``slot`` fired; False when it (or a later one) already was — beat restarts never double-fire."""
    with db.transaction(sessions) as s:
        result = s.execute(
            update(ScheduleRow)
            .where(
                ScheduleRow.id == schedule_id,
                or_(ScheduleRow.last_slot.is_(None), ScheduleRow.last_slot < slot),
            )
            .values(last_slot=slot)
        )
        return result.rowcount == 1


def _schedule(row: ScheduleRow) -> Schedule:
    last = row.last_slot
    return Schedule(
        id=row.id,
        name=row.name,
        cron=row.cron,
        suite_source=row.suite_source,
        suite_content=row.suite_content,
        base_url=row.base_url,
        last_slot=last if last is None or last.tzinfo else last.replace(tzinfo=utcnow().tzinfo),
    )

"""Quarantined requirements and the log of every change to them (who, why, when)."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select, update

from pacts_farm.store import db
from pacts_farm.store.models import FlakinessRow, ItemRow, QuarantineLogRow, QuarantineRow
from pacts_farm.store.db import Sessions, aware

SYSTEM_ACTOR = "pacts-farm"


@dataclass(frozen=True, kw_only=True, slots=True)
class Quarantined:
    suite_name: str
    requirement_id: str
    owner: str
    reason: str
    until: datetime
    automatic: bool
    created_at: datetime


@dataclass(frozen=True, kw_only=True, slots=True)
class Change:
    suite_name: str
    requirement_id: str
    action: str  # add, remove, expire, auto
    actor: str
    reason: str
    created_at: datetime


def add(
    sessions: Sessions,
    *,
    suite_name: str,
    requirement_id: str,
    owner: str,
    until: datetime,
    reason: str,
    now: datetime,
    automatic: bool = False,
    actor: str | None = None,
) -> Quarantined:
    """Quarantine (or re-quarantine with new terms) a requirement; logged as add, or auto for the policy."""
    with db.transaction(sessions) as s:
        row = s.scalar(
            select(QuarantineRow).where(
                QuarantineRow.suite_name == suite_name, QuarantineRow.requirement_id == requirement_id
            ).with_for_update()
        )
        if row is None:
            row = QuarantineRow(suite_name=suite_name, requirement_id=requirement_id, created_at=now)
            s.add(row)
        row.owner, row.until, row.reason, row.automatic = owner, until, reason, automatic
        s.add(
            QuarantineLogRow(
                suite_name=suite_name, requirement_id=requirement_id, action="auto" if automatic else "add",
                actor=actor or owner, reason=f"until {until:%Y-%m-%d %H:%M} UTC, owner {owner}: {reason}".rstrip(": "),
                created_at=now,
            )
        )
        s.flush()
        return _quarantined(row)


def remove(sessions: Sessions, *, suite_name: str, requirement_id: str, actor: str, reason: str, now: datetime) -> bool:
    with db.transaction(sessions) as s:
        gone = s.execute(
            delete(QuarantineRow).where(
                QuarantineRow.suite_name == suite_name, QuarantineRow.requirement_id == requirement_id
            )
        ).rowcount
        if gone:
            s.add(QuarantineLogRow(suite_name=suite_name, requirement_id=requirement_id, action="remove",
                                   actor=actor, reason=reason, created_at=now))
        return bool(gone)


def expire_due(sessions: Sessions, *, now: datetime) -> tuple[Quarantined, ...]:
    """Lift every quarantine whose expiry has passed (logged as expire); its nightly streak restarts."""
    with db.transaction(sessions) as s:
        rows = s.scalars(select(QuarantineRow).where(QuarantineRow.until <= now).with_for_update()).all()
        expired = tuple(_quarantined(r) for r in rows)
        for row in rows:
            s.add(QuarantineLogRow(suite_name=row.suite_name, requirement_id=row.requirement_id, action="expire",
                                   actor=SYSTEM_ACTOR, reason=f"expired at {aware(row.until):%Y-%m-%d %H:%M} UTC",
                                   created_at=now))
            s.execute(
                update(FlakinessRow)
                .where(FlakinessRow.suite_name == row.suite_name, FlakinessRow.requirement_id == row.requirement_id)
                .values(nights_above=0)
            )
            s.delete(row)
        return expired


def active(sessions: Sessions, *, now: datetime, suite_name: str | None = None) -> tuple[Quarantined, ...]:
    with db.transaction(sessions) as s:
        query = select(QuarantineRow).where(QuarantineRow.until > now)
        if suite_name is not None:
            query = query.where(QuarantineRow.suite_name == suite_name)
        rows = s.scalars(query.order_by(QuarantineRow.suite_name, QuarantineRow.requirement_id)).all()
        return tuple(_quarantined(r) for r in rows)


def count_active(sessions: Sessions, *, now: datetime) -> dict[str, int]:
    """Quarantined requirements per suite."""
    with db.transaction(sessions) as s:
        rows = s.execute(
            select(QuarantineRow.suite_name, func.count()).where(QuarantineRow.until > now).group_by(QuarantineRow.suite_name)
        ).all()
        return {r[0]: int(r[1]) for r in rows}


def changes(sessions: Sessions, *, suite_name: str | None = None, limit: int = 100) -> tuple[Change, ...]:
    """The log, newest first."""
    with db.transaction(sessions) as s:
        query = select(QuarantineLogRow)
        if suite_name is not None:
            query = query.where(QuarantineLogRow.suite_name == suite_name)
        rows = s.scalars(query.order_by(QuarantineLogRow.id.desc()).limit(limit)).all()
        return tuple(
            Change(suite_name=r.suite_name, requirement_id=r.requirement_id, action=r.action, actor=r.actor,
                   reason=r.reason, created_at=aware(r.created_at))
            for r in rows
        )


def mark_run_items(sessions: Sessions, run_id: str, requirement_ids: Collection[str]) -> int:
    """Flag a run's items of these requirements as quarantined (they run, but do not fail the run)."""
    if not requirement_ids:
        return 0
    with db.transaction(sessions) as s:
        return s.execute(
            update(ItemRow)
            .where(ItemRow.run_id == run_id, ItemRow.requirement_id.in_(list(requirement_ids)))
            .values(quarantined=True)
        ).rowcount or 0


def _quarantined(row: QuarantineRow) -> Quarantined:
    return Quarantined(
        suite_name=row.suite_name, requirement_id=row.requirement_id, owner=row.owner, reason=row.reason or "",
        until=aware(row.until), automatic=bool(row.automatic), created_at=aware(row.created_at),
    )

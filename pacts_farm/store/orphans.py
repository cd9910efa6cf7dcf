"""Unfinished items, for the sweeper that finds items whose task message was lost with a worker or broker."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from pacts_farm import model
from pacts_farm.store import db
from pacts_farm.store.models import ItemRow, RunRow
from pacts_farm.store.db import Sessions


@dataclass(frozen=True, kw_only=True, slots=True)
class Pending:
    """An item that is not done yet, in a run that is neither finished nor cancelled."""

    id: str
    run_id: str
    state: model.ItemState
    attempts: int
    lease_owner: str | None
    lease_expires_at: datetime | None


def pending_items(sessions: Sessions, *, created_before: datetime) -> tuple[Pending, ...]:
    """Items not done in open runs created before ``created_before`` (younger runs may still be publishing)."""
    with db.transaction(sessions) as s:
        rows = s.execute(
            select(
                ItemRow.id, ItemRow.run_id, ItemRow.state, ItemRow.attempts, ItemRow.lease_owner, ItemRow.lease_expires_at
            )
            .join(RunRow, RunRow.id == ItemRow.run_id)
            .where(
                ItemRow.state != model.ItemState.DONE.value,
                RunRow.finished_at.is_(None),
                RunRow.status != model.RunStatus.CANCELLED.value,
                RunRow.created_at < created_before,
            )
            .order_by(ItemRow.run_id, ItemRow.position)
        ).all()
        return tuple(
            Pending(
                id=r[0], run_id=r[1], state=model.ItemState(r[2]), attempts=r[3], lease_owner=r[4],
                lease_expires_at=r[5],
            )
            for r in rows
        )

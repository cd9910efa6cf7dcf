"""Root causes of failed items: the deterministic class and, with a key, Claude's summary."""

from __future__ import annotations

from sqlalchemy import select, update

from pacts_farm import model
from pacts_farm.store import codec, db
from pacts_farm.store.models import ItemRow
from pacts_farm.store.db import Sessions


def save_root_cause(sessions: Sessions, item_id: str, *, cause: model.RootCause, summary: str | None = None) -> None:
    with db.transaction(sessions) as s:
        s.execute(
            update(ItemRow).where(ItemRow.id == item_id).values(root_cause=cause.value, root_cause_summary=summary)
        )


def load_evidence(sessions: Sessions, item_id: str) -> model.Evidence | None:
    with db.transaction(sessions) as s:
        return codec.evidence_from_json(s.scalar(select(ItemRow.evidence).where(ItemRow.id == item_id)))

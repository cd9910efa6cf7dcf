"""Claude's bill per run: every call in llm_calls, the run's spend against its budget, run notes."""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select

from pacts_farm import model
from pacts_farm.store import codec, db
from pacts_farm.store.models import LlmCallRow, RunRow
from pacts_farm.store.db import Sessions, utcnow


def record_calls(sessions: Sessions, run_id: str | None, calls: Sequence[model.LlmCall]) -> None:
    if not calls:
        return
    now = utcnow()
    with db.transaction(sessions) as s:
        s.add_all(
            LlmCallRow(
                run_id=run_id, item_key=c.item_key, purpose=c.purpose.value, model=c.model[:100],
                input_tokens=c.input_tokens, output_tokens=c.output_tokens, cost_usd=c.cost_usd,
                duration_ms=c.duration_ms, outcome=c.outcome[:16], created_at=now,
            )
            for c in calls
        )


def run_spend(sessions: Sessions, run_id: str) -> float:
    with db.transaction(sessions) as s:
        return float(s.scalar(select(func.coalesce(func.sum(LlmCallRow.cost_usd), 0.0)).where(LlmCallRow.run_id == run_id)))


def run_calls(sessions: Sessions, run_id: str) -> tuple[model.LlmCall, ...]:
    with db.transaction(sessions) as s:
        rows = s.scalars(select(LlmCallRow).where(LlmCallRow.run_id == run_id).order_by(LlmCallRow.id)).all()
        return tuple(
            model.LlmCall(
                purpose=model.LlmPurpose(r.purpose), model=r.model, input_tokens=r.input_tokens,
                output_tokens=r.output_tokens, cost_usd=r.cost_usd, duration_ms=r.duration_ms,
                outcome=r.outcome, item_key=r.item_key,
            )
            for r in rows
        )


def run_llm_budget(sessions: Sessions, run_id: str) -> float | None:
    """The suite's budget.llm_usd as the run recorded it (None: no limit)."""
    with db.transaction(sessions) as s:
        options = s.scalar(select(RunRow.options).where(RunRow.id == run_id))
    return codec.run_options_from_json(options).budget.llm_usd


def add_run_note(sessions: Sessions, run_id: str, note: str) -> bool:
    """Append a note to the run once (a repeated note is not added again); True when added."""
    with db.transaction(sessions) as s:
        run = s.get(RunRow, run_id, with_for_update=True)
        if run is None:
            return False
        notes = list(run.notes or [])
        if note in notes:
            return False
        run.notes = [*notes, note]
        return True

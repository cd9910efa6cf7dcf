"""results.json: the run as data, documented by schemas/results.schema.json."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from pacts_farm import model

FORMAT_VERSION = 1


def results_document(run: model.RunResult) -> dict[str, Any]:
    counts = Counter(item.verdict.value for item in run.items)
    return {
        "format": FORMAT_VERSION,
        "run": {
            "id": run.run_id,
            "suite": run.suite_name,
            "status": run.status.value,
            "mode": run.mode,
            "started_at": run.started_at,
            "finished_at": run.finished_at,
            "duration_ms": _ms(run.duration_ms),
            "counts": {verdict.value: counts.get(verdict.value, 0) for verdict in model.Verdict},
            "met": sum(1 for item in run.items if item.met),
            "total": len(run.items),
            "cache": {
                "hits": run.cache_hits,
                "lookups": run.cache_lookups,
                "hit_rate": round(run.cache_hits / run.cache_lookups, 3) if run.cache_lookups else None,
            },
            "heals": sum(len(item.heals) for item in run.items),
            "quarantined": sum(1 for item in run.items if item.quarantined),
            "notes": list(run.notes),
            "llm": {
                "calls": run.llm.calls,
                "input_tokens": run.llm.input_tokens,
                "output_tokens": run.llm.output_tokens,
                "cost_usd": round(run.llm.cost_usd, 6),
            },
            "over_budget": any(note.startswith("over duration budget") for note in run.notes),
        },
        "items": [_item(item) for item in run.items],
    }


def results_json(run: model.RunResult) -> bytes:
    return (json.dumps(results_document(run), indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def _item(item: model.ItemResult) -> dict[str, Any]:
    evidence = item.evidence
    return {
        "id": item.item_key,
        "requirement_id": item.requirement_id,
        "title": item.title,
        "tags": list(item.tags),
        "data": dict(item.data),
        "expected": item.expect.value,
        "verdict": item.verdict.value,
        "met": item.met,
        "quarantined": item.quarantined,
        "duration_ms": _ms(item.duration_ms),
        "phases": item.phases.to_json(),
        "error": item.error,
        "tries": item.tries,
        "try_errors": list(item.try_errors),
        "root_cause": item.root_cause,
        "root_cause_summary": item.root_cause_summary,
        "evidence": None
        if evidence is None
        else {
            "screenshot": evidence.screenshot,
            "trace": evidence.trace,
            "url": evidence.url,
            "title": evidence.title,
            "console_errors": list(evidence.console_errors),
            "dom_excerpt": evidence.dom_excerpt,
        },
        "heals": [_heal(step.heal) for step in item.steps if step.heal is not None],
        "steps": [_step(step) for step in item.steps],
    }


def _step(step: model.StepResult) -> dict[str, Any]:
    res = step.resolution
    opened = {"opened": res.opened} if res is not None and res.opened else {}  # a closed menu opened to reach it
    return opened | {
        "index": step.index,
        "text": step.text,
        "action": step.action.value,
        "locator": res.locator.describe() if res else None,
        "locator_json": res.locator.to_json() if res else None,
        "strategy": res.locator.strategy.value if res else None,
        "source": res.source.value if res else None,
        "confidence": round(res.confidence, 3) if res else None,
        "page_url": step.page_url,
        "outcome": step.outcome.value,
        "error": step.error,
        "duration_ms": _ms(step.duration_ms),
        "candidates": [
            {"locator": c.locator.describe(), "score": round(c.score, 3), "description": c.description}
            for c in step.candidates
        ],
    }


def _heal(heal: model.HealEvent) -> dict[str, Any]:
    return {
        "id": heal.heal_id,
        "step_index": heal.step_index,
        "old_locator": heal.old_locator.describe() if heal.old_locator else None,
        "new_locator": heal.new_locator.describe(),
        "strategy": heal.strategy,
        "round": heal.round,
        "reason": heal.reason,
        "duration_ms": _ms(heal.duration_ms),
        "changed": list(heal.changed),
    }


def _ms(value: float) -> float:
    return round(float(value), 1)

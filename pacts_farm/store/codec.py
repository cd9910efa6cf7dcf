"""model types <-> JSON columns. Kept apart so repo.py reads as queries only."""

from __future__ import annotations

from typing import Any

from pacts_farm import model


def item_to_json(item: model.Item) -> dict[str, Any]:
    return {
        "key": item.key,
        "requirement_id": item.requirement_id,
        "title": item.title,
        "tags": list(item.tags),
        "expect": item.expect.value,
        "data": dict(item.data),
        "start_url": item.start_url,
        "free_text": item.free_text,
        "timeout_ms": item.timeout_ms,
        "line": item.line,
        "index": item.index,
        "retries": item.retries,
        "auth": item.auth,
        "steps": [
            {
                "line": s.line,
                "text": s.text,
                "action": s.action,
                "target": s.target,
                "value": s.value,
                "role": s.role,
                "scope": s.scope,
                "timeout_ms": s.timeout_ms,
            }
            for s in item.steps
        ],
    }


def item_from_json(data: dict[str, Any]) -> model.Item:
    return model.Item(
        key=data["key"],
        requirement_id=data["requirement_id"],
        title=data["title"],
        tags=tuple(data.get("tags", ())),
        expect=model.Expectation(data["expect"]),
        data=dict(data.get("data", {})),
        start_url=data.get("start_url"),
        free_text=data.get("free_text"),
        timeout_ms=data.get("timeout_ms"),
        line=data.get("line"),
        index=data.get("index"),
        retries=int(data.get("retries") or 0),
        auth=data.get("auth"),
        steps=tuple(model.SuiteStep(**s) for s in data.get("steps", ())),
    )


def timeouts_to_json(timeouts: model.Timeouts) -> dict[str, int | None]:
    return {
        "action_ms": timeouts.action_ms,
        "assertion_ms": timeouts.assertion_ms,
        "navigation_ms": timeouts.navigation_ms,
        "item_ms": timeouts.item_ms,
        "idle_ms": timeouts.idle_ms,
        "settle_ms": timeouts.settle_ms,
    }


def timeouts_from_json(data: dict[str, Any] | None) -> model.Timeouts:
    return model.Timeouts(**data) if data else model.Timeouts()


def evidence_to_json(evidence: model.Evidence | None) -> dict[str, Any] | None:
    if evidence is None:
        return None
    return {
        "screenshot": evidence.screenshot,
        "trace": evidence.trace,
        "dom_excerpt": evidence.dom_excerpt,
        "url": evidence.url,
        "title": evidence.title,
        "console_errors": list(evidence.console_errors),
    }


def evidence_from_json(data: dict[str, Any] | None) -> model.Evidence | None:
    if not data:
        return None
    return model.Evidence(
        screenshot=data.get("screenshot"),
        trace=data.get("trace"),
        dom_excerpt=data.get("dom_excerpt"),
        url=data.get("url"),
        title=data.get("title"),
        console_errors=tuple(data.get("console_errors", ())),
    )


def candidate_to_json(candidate: model.Candidate) -> dict[str, Any]:
    return {
        "locator": candidate.locator.to_json(),
        "score": round(candidate.score, 3),
        "description": candidate.description,
    }


def candidate_from_json(data: dict[str, Any]) -> model.Candidate:
    return model.Candidate(
        locator=model.Locator.from_json(data["locator"]),
        score=float(data["score"]),
        description=data["description"],
    )

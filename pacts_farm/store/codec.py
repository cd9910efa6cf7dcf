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
        "steps": [_step_to_json(s) for s in item.steps],
    }


def _step_to_json(step: model.SuiteStep) -> dict[str, Any]:
    out: dict[str, Any] = {
        "line": step.line,
        "text": step.text,
        "action": step.action,
        "target": step.target,
        "value": step.value,
        "role": step.role,
        "scope": step.scope,
        "timeout_ms": step.timeout_ms,
    }
    if step.signs_in:  # "Log in as admin": the auth flow it runs, kept with the step
        out["signs_in"] = [_step_to_json(s) for s in step.signs_in]
        out["signs_in_at"] = step.signs_in_at
    return out


def _step_from_json(data: dict[str, Any]) -> model.SuiteStep:
    flow = tuple(_step_from_json(s) for s in data.get("signs_in") or ())
    return model.SuiteStep(**{k: v for k, v in data.items() if k != "signs_in"}, signs_in=flow)


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
        steps=tuple(_step_from_json(s) for s in data.get("steps", ())),
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


def run_options_to_json(options: model.RunOptions) -> dict[str, Any]:
    policy = options.quarantine
    data: dict[str, Any] = {
        "limits": dict(options.origin_limits),
        "budget": {"llm_usd": options.budget.llm_usd, "duration_s": options.budget.duration_s},
        "quarantine": {"auto": policy.auto, "threshold": policy.threshold, "nights": policy.nights, "days": policy.days,
                       "max": policy.max},
        "network_allow": list(options.network_allow),
        "auth": {name: flow.to_json() for name, flow in options.auth_flows.items()},
        "timeouts": timeouts_to_json(options.timeouts),
    }
    if not options.memory:
        data["memory"] = "off"
    if options.scheduled:
        data["trigger"] = "schedule"
    return data


def run_options_from_json(data: dict[str, Any] | None) -> model.RunOptions:
    """A run's options as stored; an older run's missing keys read as the defaults (no limits, auto quarantine off)."""
    data = data or {}
    budget = data.get("budget") or {}
    return model.RunOptions(
        timeouts=timeouts_from_json(data.get("timeouts")),
        budget=model.Budget(
            llm_usd=None if budget.get("llm_usd") is None else float(budget["llm_usd"]),
            duration_s=None if budget.get("duration_s") is None else float(budget["duration_s"]),
        ),
        quarantine=model.QuarantinePolicy(**(data.get("quarantine") or {})),
        origin_limits={str(origin): int(n) for origin, n in (data.get("limits") or {}).items()},
        network_allow=tuple(data.get("network_allow") or ()),
        auth_flows={str(name): model.Plan.from_json(flow) for name, flow in (data.get("auth") or {}).items() if flow},
        memory=data.get("memory") != "off",
        scheduled=data.get("trigger") == "schedule",
    )


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


def hint_to_json(hint: model.Hint) -> dict[str, Any]:
    return {"index": hint.index, "page": hint.page, "resolution": hint.resolution.to_json()}


def hint_from_json(data: dict[str, Any]) -> model.Hint:
    return model.Hint(index=int(data["index"]), page=str(data["page"]), resolution=model.Resolution.from_json(data["resolution"]))

"""Heal assist on real Chromium: Claude (the fake Messages API, through the SDK) breaks a tie the
ladder cannot justify; its pick still has to pass the gate and keep the role kind."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import config, errors, model
from pacts_farm.claude import assist
from pacts_farm.finding import discover
from pacts_farm.healing import heal
from pacts_farm.browser import chromium, page_session
from pacts_farm.store import db, llm_calls, repo
from tests import fake_anthropic as fa

pytestmark = pytest.mark.browser

BEFORE = """<h2>Your order</h2><div class="row"><p>Order total 42 EUR, shipping included</p>
<button id="pay" name="pay">Pay now</button></div>"""
AFTER = """<h2>Your order</h2>
<div class="row"><p>Order total 42 EUR, shipping included</p><button id="b1" {first}>Confirm purchase</button></div>
<div class="row"><p>Order total 42 EUR, shipping included</p><button id="b2">Go back</button></div>
<div class="row"><p>Order total 42 EUR, shipping included</p><input id="b3" aria-label="Coupon code"></div>"""
STEP = model.PlannedStep(index=0, text="Click Pay now", action=model.Action.CLICK, target=model.Target(text="Pay now"))


def _settings(fake: fa.FakeAnthropic) -> config.Settings:
    return config.Settings.from_env(
        {"ANTHROPIC_API_KEY": "sk-ant-test", "PACTS_ANTHROPIC_BASE_URL": fake.url, "PACTS_LLM_TIMEOUT_S": "5"}
    )


def _failed(open_page: Callable[..., page_session.PageSession]) -> model.Resolution:
    """The locator the step used on the old release (with its fingerprint)."""
    session = open_page(BEFORE)
    return discover.find(session, STEP.target, STEP.action, timeout_ms=1000)  # type: ignore[arg-type]


def _heal(session: page_session.PageSession, failed: model.Resolution, chooser: heal.Assist | None) -> heal.Healed:
    return heal.heal_step(session, STEP, failed=failed, problem="no visible element matches \"Pay now\"", rounds=1,
                          timeout_ms=500, assist=chooser)


def _chooser(fake: fa.FakeAnthropic, run_store: tuple[db.Sessions, str]) -> heal.Assist:
    sessions, run_id = run_store
    plan = model.Plan(item_key="pay", start_url="http://127.0.0.1:9/", steps=(STEP,))
    chooser = assist.heal_assist(_settings(fake), sessions, run_id=run_id, plan=plan, environ={})
    assert chooser is not None
    return chooser


def test_heal_assist_pick_passes_the_guard_and_is_recorded(
    open_page: Callable[..., page_session.PageSession], fake: fa.FakeAnthropic, run_store: tuple[db.Sessions, str]
) -> None:
    failed = _failed(open_page)
    session = open_page(AFTER.format(first=""))
    fake.push(fa.tool("choose_candidate", {"choice": 0, "reason": "confirming pays"}))
    healed = _heal(session, failed, _chooser(fake, run_store))
    assert healed.event.strategy == "llm"
    assert healed.resolution.locator.describe() == 'role=button[name="Confirm purchase"]'
    assert session.count(healed.resolution.locator) == 1
    assert [a.strategy for a in healed.attempts if a.accepted] == ["llm"]
    assert any(not a.accepted and a.reason.startswith("2 elements of role button") for a in healed.attempts)
    (llm_attempt,) = [a for a in healed.attempts if a.strategy == "llm"]
    assert llm_attempt.confidence == healed.resolution.confidence and llm_attempt.duration_ms > 0
    (request,) = fake.requests
    prompt = fa.prompt_text(request)
    shown = json.loads(prompt.split("Candidates on the page now: ")[1].split("\n")[0])
    assert [c["name"] for c in shown] == ["Confirm purchase", "Go back"]  # never the coupon field: the kind is kept
    assert all(c["role"] == "button" and "Order total 42 EUR" in c["neighbourhood"] for c in shown)
    assert '"name": "Pay now"' in prompt and request["tool_choice"]["name"] == "choose_candidate"
    sessions, run_id = run_store
    (call,) = llm_calls.run_calls(sessions, run_id)
    assert call.purpose is model.LlmPurpose.HEAL and call.outcome == "ok" and call.item_key == "pay"


def test_heal_assist_none_fails_honestly(
    open_page: Callable[..., page_session.PageSession], fake: fa.FakeAnthropic, run_store: tuple[db.Sessions, str]
) -> None:
    failed = _failed(open_page)
    session = open_page(AFTER.format(first=""))
    fake.push(fa.tool("choose_candidate", {"choice": "none"}))
    with pytest.raises(errors.HealFailed) as failure:
        _heal(session, failed, _chooser(fake, run_store))
    (llm_attempt,) = [a for a in failure.value.attempts if a.strategy == "llm"]
    assert not llm_attempt.accepted and "none of the 2 candidates" in llm_attempt.reason
    assert "none of the 2 candidates" in failure.value.message


def test_heal_assist_pick_of_a_disabled_element_is_refused_by_the_gate(
    open_page: Callable[..., page_session.PageSession], fake: fa.FakeAnthropic, run_store: tuple[db.Sessions, str]
) -> None:
    failed = _failed(open_page)
    session = open_page(AFTER.format(first="disabled"))
    fake.push(fa.tool("choose_candidate", {"choice": 0}))
    with pytest.raises(errors.HealFailed) as failure:
        _heal(session, failed, _chooser(fake, run_store))
    (llm_attempt,) = [a for a in failure.value.attempts if a.strategy == "llm"]
    assert not llm_attempt.accepted and "refused by the gate: disabled" in llm_attempt.reason


def test_heal_assist_out_of_range_answer_is_retried_then_fails(
    open_page: Callable[..., page_session.PageSession], fake: fa.FakeAnthropic, run_store: tuple[db.Sessions, str]
) -> None:
    failed = _failed(open_page)
    session = open_page(AFTER.format(first=""))
    fake.push(fa.tool("choose_candidate", {"choice": 7}), fa.tool("choose_candidate", {"choice": 9}))
    with pytest.raises(errors.HealFailed) as failure:
        _heal(session, failed, _chooser(fake, run_store))
    (llm_attempt,) = [a for a in failure.value.attempts if a.strategy == "llm"]
    assert "choice 9 is not a candidate index (0..1)" in llm_attempt.reason
    assert len(fake.requests) == 2


def test_heal_assist_is_not_asked_without_a_tie(
    open_page: Callable[..., page_session.PageSession], fake: fa.FakeAnthropic, run_store: tuple[db.Sessions, str]
) -> None:
    failed = _failed(open_page)
    session = open_page('<div class="checkout"><p>Nothing to pay here</p><a href="/home">Home</a></div>')
    with pytest.raises(errors.HealFailed):
        _heal(session, failed, _chooser(fake, run_store))
    assert fake.requests == []


def test_heal_assist_stops_at_the_llm_budget(
    open_page: Callable[..., page_session.PageSession], fake: fa.FakeAnthropic, run_store: tuple[db.Sessions, str]
) -> None:
    sessions, run_id = run_store
    with db.transaction(sessions) as s:
        from pacts_farm.store.models import RunRow

        s.get(RunRow, run_id).options = {"budget": {"llm_usd": 0.001}}  # type: ignore[union-attr]
    llm_calls.record_calls(sessions, run_id, [model.LlmCall(
        purpose=model.LlmPurpose.PLAN, model="claude-sonnet-4-6", input_tokens=1000, output_tokens=100,
        cost_usd=0.0045, duration_ms=10.0, outcome="ok")])
    failed = _failed(open_page)
    session = open_page(AFTER.format(first=""))
    with pytest.raises(errors.HealFailed) as failure:
        _heal(session, failed, _chooser(fake, run_store))
    assert fake.requests == []
    assert any("LLM budget is spent" in a.reason for a in failure.value.attempts)
    assert any(n.startswith("LLM budget of $0.001 reached") for n in repo.load_run_result(sessions, run_id).notes)


def test_heal_assist_absent_without_a_key(run_store: tuple[db.Sessions, str]) -> None:
    sessions, run_id = run_store
    plan = model.Plan(item_key="pay", start_url="http://127.0.0.1:9/", steps=(STEP,))
    assert assist.heal_assist(config.Settings.from_env({}), sessions, run_id=run_id, plan=plan, environ={}) is None


def test_heal_assist_through_execute_heals_a_drifted_cached_step(
    open_page: Callable[..., page_session.PageSession], browser_host: chromium.BrowserHost, pages: object,
    fake: fa.FakeAnthropic, run_store: tuple[db.Sessions, str], tmp_path: Path,
) -> None:
    from pacts_farm.execution import execute

    failed = _failed(open_page)

    class _Cached:
        def recall(self, step: model.PlannedStep, page_url: str) -> model.Resolution:
            return model.Resolution(locator=failed.locator, source=model.LocatorSource.REDIS,
                                    confidence=failed.confidence, fingerprint=failed.fingerprint)

    url = pages.add("/assist-after", AFTER.format(first=""))  # type: ignore[attr-defined]
    planned = model.Plan(item_key="pay", start_url=url, steps=(STEP,))
    fake.push(fa.tool("choose_candidate", {"choice": 0}))
    with browser_host.session(artifacts_dir=tmp_path / "item", allowed_origins=(pages.origin,), trace="off") as session:  # type: ignore[attr-defined]
        execution = execute.run_plan(session, planned, timeouts=model.Timeouts(action_ms=800), environ={},
                                     memory=_Cached(), assist=_chooser(fake, run_store))
    (step,) = execution.steps
    assert step.outcome is model.Outcome.HEALED and step.drifted
    assert step.heal is not None and step.heal.strategy == "llm"
    assert step.heal.new_locator.describe() == 'role=button[name="Confirm purchase"]'
    assert model.settle_verdict(execution) is model.Verdict.HEALED

"""Claude picks a target the rules cannot resolve, on real Chromium through the SDK and the fake Messages API:
only among verified candidates of the kind the action needs, through the gate, cached for the next run, recorded."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

import pytest

from pacts_farm import config, model, pipeline
from pacts_farm.claude import assist, pick
from pacts_farm.execution import execute, resolver, rootcause
from pacts_farm.finding import cache
from pacts_farm.planning import plan
from pacts_farm.browser import chromium
from pacts_farm.store import db, llm_calls
from tests import fake_anthropic as fa

pytestmark = pytest.mark.browser

SHOP = """<header style="display:flex;justify-content:space-between"><h1>Shop</h1>
<div><a href="#cart" class="shopping_cart_link" aria-label="Shopping cart"
   onclick="document.getElementById('out').textContent='Your cart: 2 items'"><svg width="20" height="20"><rect width="20" height="20"/></svg><span class="badge">2</span></a>
<button {disabled} onclick="document.getElementById('out').textContent='Checking out'">Checkout</button></div></header>
<main><div class="card"><h3>Mug</h3><button onclick="document.getElementById('out').textContent='Mug added'">Add to cart</button></div>
<div class="card"><h3>Cap</h3><button onclick="document.getElementById('out').textContent='Cap added'">Add to cart</button></div>
<label>Full name <input id="name"></label><p id="out"></p></main>"""
CADDY = ["Click the caddy", 'Verify the page shows "Your cart: 2 items"']


@pytest.fixture
def run(
    browser_host: chromium.BrowserHost, pages: object, fake: fa.FakeAnthropic, run_store: tuple[db.Sessions, str], tmp_path: Path
) -> Callable[..., model.Execution]:
    sessions, run_id = run_store
    settings = config.Settings.from_env(
        {"ANTHROPIC_API_KEY": "sk-ant-test", "PACTS_ANTHROPIC_BASE_URL": fake.url, "PACTS_LLM_TIMEOUT_S": "5"}
    )

    def run_(body: str, steps: list[str], memory: resolver.LocatorMemory | None = None, path: str | None = None) -> model.Execution:
        url = pages.add(path or f"/pick{len(pages.pages)}", body)  # type: ignore[attr-defined]
        item = model.Item(key="shop", requirement_id="shop", title="shop", start_url=url,
                          steps=tuple(model.SuiteStep(text=s) for s in steps))
        planned = plan.make_plan(item, base_url=url)
        picker = assist.target_pick(settings, sessions, run_id=run_id, plan=planned, environ={})
        assert picker is not None
        with browser_host.session(artifacts_dir=tmp_path / f"item{len(fake.requests)}", allowed_origins=(pages.origin,), trace="off") as session:  # type: ignore[attr-defined]
            return execute.run_plan(session, planned, timeouts=model.Timeouts(action_ms=800, assertion_ms=1500),
                                    environ={}, memory=memory, picker=picker)

    return run_


def _shown(request: dict[str, object]) -> list[dict[str, object]]:
    return json.loads(fa.prompt_text(request).split("Candidates (visible elements of a kind the action can use): ")[1].split("\n")[0])


def test_target_pick_resolves_what_the_rules_cannot_and_is_recorded(
    run: Callable[..., model.Execution], fake: fa.FakeAnthropic, run_store: tuple[db.Sessions, str]
) -> None:
    fake.push(fa.tool("choose_candidate", {"choice": 0, "reason": "a caddy is a shopping cart"}))
    execution = run(SHOP.format(disabled=""), CADDY)
    assert model.settle_verdict(execution) is model.Verdict.PASSED, execution.failed_step
    step = execution.steps[0]
    assert step.resolution is not None and step.resolution.source is model.LocatorSource.ASSISTED
    assert step.resolution.locator.describe() == 'role=link[name="Shopping cart"]'
    assert step.heal is None and [a.strategy for a in step.heal_attempts if a.accepted] == [pick.STRATEGY]
    (request,) = fake.requests
    shown = _shown(request)
    cart = shown[0]
    assert cart["role"] == "link" and cart["region"] == "header, top right"
    assert {"shopping", "cart", "link"} <= set(cart["tokens"])  # type: ignore[arg-type]
    # the two "Add to cart" buttons are not shown: no locator finds either one alone, so neither could be verified
    assert [c["name"] for c in shown] == ["Shopping cart", "Checkout", "Full name"]
    assert shown[2]["region"].startswith("main, ")  # type: ignore[union-attr]
    assert 'no visible element matches "caddy"' in fa.prompt_text(request)
    sessions, run_id = run_store
    (call,) = llm_calls.run_calls(sessions, run_id)
    assert call.purpose is model.LlmPurpose.RESOLVE and call.outcome == "ok" and call.item_key == "shop"


def test_target_pick_none_fails_the_step(run: Callable[..., model.Execution], fake: fa.FakeAnthropic) -> None:
    fake.push(fa.tool("choose_candidate", {"choice": "none"}))
    execution = run(SHOP.format(disabled=""), CADDY)
    failed = execution.failed_step
    assert failed is not None and failed.index == 0 and "none of the" in (failed.error or "")
    assert [a.accepted for a in failed.heal_attempts if a.strategy == pick.STRATEGY] == [False]
    diagnosis = rootcause.classify(execution.steps, verdict=model.settle_verdict(execution))
    assert diagnosis is not None and diagnosis.cause is model.RootCause.TARGET_NOT_FOUND


def test_target_pick_keeps_the_role_kind_of_the_action(run: Callable[..., model.Execution], fake: fa.FakeAnthropic) -> None:
    fake.push(fa.tool("choose_candidate", {"choice": 0}))
    execution = run(SHOP.format(disabled=""), ['Fill "Ada" in the moniker box'])
    assert model.settle_verdict(execution) is model.Verdict.PASSED, execution.failed_step
    (request,) = fake.requests
    assert [c["role"] for c in _shown(request)] == ["textbox"]  # never the links or buttons


def test_target_pick_of_a_disabled_element_is_refused_by_the_gate(run: Callable[..., model.Execution], fake: fa.FakeAnthropic) -> None:
    def choose_checkout(request: dict[str, object]) -> fa.Reply:
        names = [c["name"] for c in _shown(request)]
        return fa.tool("choose_candidate", {"choice": names.index("Checkout")})

    fake.respond(choose_checkout)  # Claude picks the disabled Checkout button: shown (it is visible), never used
    execution = run(SHOP.format(disabled="disabled"), CADDY)
    failed = execution.failed_step
    assert failed is not None and "refused by the gate: disabled" in (failed.error or ""), failed


def test_target_pick_gets_an_ambiguous_target_and_none_keeps_it_ambiguous(
    run: Callable[..., model.Execution], fake: fa.FakeAnthropic
) -> None:
    fake.push(fa.tool("choose_candidate", {"choice": "none"}))
    execution = run(SHOP.format(disabled=""), ["Click Add to cart"])
    (request,) = fake.requests
    assert "2 elements match" in fa.prompt_text(request)
    diagnosis = rootcause.classify(execution.steps, verdict=model.settle_verdict(execution))
    assert diagnosis is not None and diagnosis.cause is model.RootCause.AMBIGUOUS


def test_target_pick_is_cached_and_the_next_run_makes_no_call(
    run: Callable[..., model.Execution], fake: fa.FakeAnthropic, run_store: tuple[db.Sessions, str], redis_url: str
) -> None:
    sessions, _ = run_store
    fake.push(fa.tool("choose_candidate", {"choice": 0}))
    first = run(SHOP.format(disabled=""), CADDY, path="/pick-cached")
    step = first.steps[0]
    assert step.resolution is not None and step.page_url is not None
    item = model.Item(key="shop", requirement_id="shop", title="shop", start_url=step.page_url,
                      steps=tuple(model.SuiteStep(text=s) for s in CADDY))
    planned = plan.make_plan(item, base_url=step.page_url)
    selector_cache = cache.SelectorCache(sessions, redis_url)
    try:
        app = cache.app_origin(step.page_url)
        assert selector_cache.remember(app, [(planned.steps[0], step.page_url, step.resolution)]) == 1

        def lookup(planned_step: model.PlannedStep) -> dict[str, model.Resolution]:
            return {e.page: e.resolution for e in selector_cache.lookup(app, [planned_step]).get(planned_step.index, ())}

        again = run(SHOP.format(disabled=""), CADDY, memory=pipeline.HintMemory((), lookup), path="/pick-cached")
    finally:
        selector_cache.close()
    assert model.settle_verdict(again) is model.Verdict.PASSED, again.failed_step
    resolution = again.steps[0].resolution
    assert resolution is not None and resolution.source in (model.LocatorSource.REDIS, model.LocatorSource.DATABASE)
    assert resolution.locator == step.resolution.locator
    assert len(fake.requests) == 1  # the second run asked nothing


def test_target_pick_absent_without_a_key(run_store: tuple[db.Sessions, str]) -> None:
    sessions, run_id = run_store
    planned = model.Plan(item_key="shop", start_url="http://127.0.0.1:9/", steps=())
    assert assist.target_pick(config.Settings.from_env({}), sessions, run_id=run_id, plan=planned, environ={}) is None


def test_target_pick_is_not_asked_when_the_rules_found_the_target_but_it_is_unusable(
    run: Callable[..., model.Execution], fake: fa.FakeAnthropic
) -> None:
    execution = run('<button disabled>Checkout</button> <a href="#next">Proceed</a>', ["Click Checkout"])
    assert model.settle_verdict(execution) is model.Verdict.FAILED
    assert fake.requests == []  # a disabled Checkout is the app's state, never a reason to click something else
    diagnosis = rootcause.classify(execution.steps, verdict=model.settle_verdict(execution))
    assert diagnosis is not None and diagnosis.cause is model.RootCause.DISABLED

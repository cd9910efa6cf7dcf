"""No heal crosses a scope, a heal the run knows is used at once, every re-found target is on record.

The demo shop's product cards hold identical "Add to cart" buttons; its "next-release" variant renames the
button ("Add to bag"), "Login" ("Sign in"), the test ids, and one product (the Green Tote is now the Canvas
Tote). The stages run without Celery over a real store, Redis (the farm's memo) or none (embedded: the
store's heal history answers) and Chromium.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from pacts_farm import cli, model, pipeline, submit
from pacts_farm.execution import execute
from pacts_farm.finding import cache
from pacts_farm.healing import heal_memo
from pacts_farm.browser import chromium
from pacts_farm.demo import server
from pacts_farm.runtime import Runtime
from tests.integration.conftest import embedded_runtime
from pacts_farm.store import heals, repo
from tests.conftest import REDIS_TEST_URL

pytestmark = pytest.mark.browser
LOGIN = """\
      - Fill "standard_user" in the Username field
      - Fill "secret_sauce" in the Password field
      - Click the Login button
"""
SUITE = f"""\
name: Scopes
base_url: http://127.0.0.1:1
requirements:
  - id: mug
    url: /login
    steps:
{LOGIN}      - Click Add to cart for the Blue Mug
      - Verify the cart badge shows "1"
  - id: tote
    url: /login
    steps:
{LOGIN}      - Click Add to cart for the Green Tote
      - Verify the cart badge shows "1"
"""


@pytest.fixture(scope="module", params=["redis", "store-only"])
def rt(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, browser_host: chromium.BrowserHost) -> Iterator[Runtime]:
    """One store (and Redis db) per module and mode: the drifted run is made once and read by several tests."""
    home = tmp_path_factory.mktemp(request.param)
    env = {"PACTS_IDLE_TIMEOUT_MS": "1500"}  # a renamed button on a static page: 1.5 s of quiet tells as well as 5
    client = None
    if request.param == "redis":
        import redis

        env["PACTS_REDIS_URL"] = REDIS_TEST_URL
        client = redis.Redis.from_url(REDIS_TEST_URL)
        client.flushdb()
    with embedded_runtime(home / "home", browser_host, **env) as runtime:
        yield runtime
    if client is not None:
        client.flushdb()
        client.close()


def _run(rt: Runtime, base_url: str, tmp_path: Path) -> model.RunResult:
    """Like the farm: every item planned and discovered (cache looked up) before the first executes."""
    submission = submit.prepare_text(SUITE, source="scopes.yaml", environ={}, base_url=base_url)
    run_id = submit.new_run_id()
    item_ids = repo.create_run(rt.sessions, run_id=run_id, suite=submission.suite, content=SUITE + run_id,
                               mode="embedded", output_dir=str(tmp_path / run_id))
    for item_id in item_ids:
        pipeline.plan_item(rt, item_id)
        pipeline.discover_item(rt, item_id)
    for item_id in item_ids:
        pipeline.execute_item(rt, item_id)
        pipeline.heal_item(rt, item_id)
    return repo.load_run_result(rt.sessions, run_id)


@pytest.fixture(scope="module")
def shop() -> Iterator[server.DemoServer]:
    with server.start_demo_server() as running:
        yield running


@pytest.fixture(scope="module")
def drifted(rt: Runtime, shop: server.DemoServer, tmp_path_factory: pytest.TempPathFactory) -> model.RunResult:
    """The suite warm on the current release, then again after the next release shipped at the same origin."""
    tmp_path = tmp_path_factory.mktemp("runs")
    shop.release(None)
    warm = _run(rt, shop.url, tmp_path)
    assert [i.verdict for i in warm.items] == [model.Verdict.PASSED] * 2, [i.error for i in warm.items]
    shop.release("next-release")
    return _run(rt, shop.url, tmp_path)


def test_an_item_whose_cache_lookup_ran_before_the_heal_asks_again(
    drifted: model.RunResult, rt: Runtime, shop: server.DemoServer, browser_host: chromium.BrowserHost, tmp_path: Path
) -> None:
    """Its discover stage saw "Login"; by the time the step runs the cache knows "Sign in": used, recorded as drift."""
    login = drifted.items[0].steps[2].heal
    assert login is not None and login.old_locator is not None
    planned = submit.prepare_text(SUITE, source="again.yaml", environ={}, base_url=shop.url).plans[0]
    stale = model.Resolution(locator=login.old_locator, source=model.LocatorSource.REDIS, confidence=1.0)
    memory = pipeline.HintMemory(
        [model.Hint(index=2, page="/login", resolution=stale)],
        lambda step: {e.page: e.resolution for e in rt.cache.lookup(cache.app_origin(shop.url), [step]).get(step.index, ())},
    )
    with browser_host.session(artifacts_dir=tmp_path, allowed_origins=(shop.url,), trace="off") as session:
        execution = execute.run_plan(session, planned, timeouts=model.Timeouts(), environ={}, memory=memory)  # no memo
    step = execution.steps[2]
    assert step.outcome is model.Outcome.HEALED and step.drifted, step.error
    assert step.heal is not None and step.heal.strategy == "cache" and step.heal.old_locator == login.old_locator
    assert step.heal.new_locator == login.new_locator and step.heal_attempts == ()  # no discovery, no ladder


def test_scoped_click_on_a_renamed_card_fails_and_never_moves_to_a_neighbour(drifted: model.RunResult) -> None:
    mug, tote = drifted.items
    assert mug.verdict is model.Verdict.HEALED  # "Add to bag" in the Blue Mug's card: the same control, renamed
    mug_click = mug.steps[3]
    assert mug_click.heal is not None and mug_click.resolution is not None
    assert 'has_text="Blue Mug"' in mug_click.resolution.locator.describe() or mug_click.resolution.locator.scope is not None
    assert tote.verdict is model.Verdict.FAILED
    click = tote.steps[3]
    assert click.outcome is model.Outcome.FAILED and click.heal is None
    assert 'no "Green Tote" on the page' in (click.error or "")
    assert not any(a.accepted for a in click.heal_attempts)  # nothing was healed onto another card
    assert tote.steps[4].outcome is model.Outcome.SKIPPED  # the badge was never checked after a wrong click


def test_later_items_use_the_runs_heal_at_once(drifted: model.RunResult) -> None:
    first, later = (item.steps[2] for item in drifted.items)  # Click the Login button
    assert first.heal is not None and first.heal.strategy == "rediscover"  # found anew by its id, "Sign in" now
    assert later.heal is not None and later.heal.new_locator == first.heal.new_locator
    assert later.heal.strategy == "memo"  # this run's memo (Redis, or the store's heal history), before discovery
    assert later.heal.reason.startswith("this run already healed this step here")
    assert [a.strategy for a in later.heal_attempts] == ["memo"]  # neither discovery nor the ladder ran for it


def test_a_drifted_assertion_target_is_recorded_old_to_new(drifted: model.RunResult) -> None:
    badge = drifted.items[0].steps[4]
    assert badge.text == 'Verify the cart badge shows "1"'  # the words and the expected value are untouched
    assert badge.outcome is model.Outcome.HEALED and badge.drifted
    assert badge.heal is not None and badge.heal.strategy == "rediscover"
    assert badge.heal.old_locator is not None and badge.heal.old_locator != badge.heal.new_locator
    assert "qa-shopping-cart-badge" in badge.heal.new_locator.describe()
    assert badge.heal.heal_id is not None  # `pacts-farm heal mark-wrong ID` from the report works on it


def test_heals_that_changed_the_element_are_marked_listed_and_can_be_marked_wrong(
    drifted: model.RunResult, rt: Runtime, monkeypatch: pytest.MonkeyPatch
) -> None:
    login = drifted.items[0].steps[2].heal
    assert login is not None and login.changed == ("name 'Login' → 'Sign in'",)
    badge = drifted.items[0].steps[4].heal
    assert badge is not None and badge.changed == ()  # the same badge, found by a new test id
    listed = heals.recent(rt.sessions, changed=True, run_id=drifted.run_id)
    assert {h.id for h in listed} >= {login.heal_id}
    assert badge.heal_id not in {h.id for h in listed}
    record = next(h for h in listed if h.id == login.heal_id)
    assert (record.action, record.scope, record.step_index) == ("click", "", 2)
    monkeypatch.setenv("PACTS_HOME", str(rt.settings.home))
    if rt.settings.redis_url:
        monkeypatch.setenv("PACTS_REDIS_URL", rt.settings.redis_url)
    runner = CliRunner()
    shown = runner.invoke(cli.main, ["heal", "list", "--changed", "--run", drifted.run_id])
    assert shown.exit_code == 0 and "changed: name 'Login' → 'Sign in'" in shown.output
    marked = runner.invoke(cli.main, ["heal", "mark-wrong", str(login.heal_id), "--by", "ada"])
    assert marked.exit_code == 0, marked.output
    by_id = {h.id: h for h in heals.recent(rt.sessions, changed=True, run_id=drifted.run_id)}
    assert by_id[login.heal_id].marked_by == "ada"


def _click(scope: str | None, action: model.Action = model.Action.CLICK) -> model.PlannedStep:
    return model.PlannedStep(index=3, text="Click Add to cart", action=action,
                             target=model.Target(text="Add to cart", scope=scope))


def test_heal_memo_keys_are_the_same_embedded_and_on_the_farm(rt: Runtime, tmp_path: Path) -> None:
    """Redis (the farm) and the store's heal history (embedded) answer one key: page, action, role, scope."""
    app, page = "http://127.0.0.1:9", "http://127.0.0.1:9/inventory"
    submission = submit.prepare_text(SUITE, source="k.yaml", environ={}, base_url=app)
    run_id = submit.new_run_id()
    repo.create_run(rt.sessions, run_id=run_id, suite=submission.suite, content=SUITE + run_id,
                    mode="embedded", output_dir=str(tmp_path / run_id))
    memo = heal_memo.for_run(rt.sessions, rt.cache.redis, run_id=run_id, plan=submission.plans[0])
    mug = _click("Blue Mug")
    healed = model.Locator(strategy=model.Strategy.ROLE, role="button", value="Add to bag",
                           scope=model.Locator(strategy=model.Strategy.CSS, value="div.inventory-item", has_text="Blue Mug"))
    memo.remember(mug, page, heal_memo.Remembered(locator=healed, reason="test"))  # the farm's write
    heals.record_heals(rt.sessions, [model.HealRecord(  # the heal stage's write (what embedded reads)
        run_id=run_id, item_key="mug", app=app, page=cache.normalise_page(page), target="Add to cart",
        signature=cache.signature(app, mug), action=model.Action.CLICK, scope="Blue Mug", step_index=3,
        failed_locator=None, new_locator=healed, strategy="synonyms", accepted=True,
        reason="test", duration_ms=1.0,
    )])
    heal_memo._LOCAL.clear()  # read back from Redis (the farm) or the store (embedded), not this process's copy
    remembered = memo.recall(mug, page)
    assert remembered is not None and remembered.locator == healed
    assert memo.recall(_click("Green Tote"), page) is None  # another card: another key
    assert memo.recall(_click(None), page) is None  # unscoped: another key
    assert memo.recall(_click("Blue Mug", model.Action.HOVER), page) is None  # another action: another key
    assert memo.recall(mug, "http://127.0.0.1:9/cart") is None  # another page: another key

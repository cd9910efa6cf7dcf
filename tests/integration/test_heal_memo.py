"""Heal memoisation per run, promotion of healed locators after N verified uses, and heals marked wrong.

The stages run without Celery over a real store, Redis (or none) and Chromium, against releases of the demo shop.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from pacts_farm import errors, model, pipeline, submit
from pacts_farm.healing import heal_memo
from pacts_farm.browser import chromium
from pacts_farm.demo import server
from pacts_farm.runtime import Runtime
from tests.integration.conftest import embedded_runtime
from pacts_farm.store import db, heals, models, repo

pytestmark = pytest.mark.browser
SUITE = """\
name: Memo
base_url: http://127.0.0.1:1
requirements:
  - id: login
    url: /login
    data: [{n: 1}, {n: 2}, {n: 3}]
    steps:
      - Fill "standard_user" in the Username field
      - Fill "secret_sauce" in the Password field
      - Click the Login button
      - Verify the page shows "Products"
"""
ONE = SUITE.replace("    data: [{n: 1}, {n: 2}, {n: 3}]\n", "")


@pytest.fixture(params=["redis", "store-only"])
def rt(request: pytest.FixtureRequest, tmp_path: Path, browser_host: chromium.BrowserHost) -> Iterator[Runtime]:
    env = {"PACTS_HEAL_PROMOTE_AFTER": "2",
           "PACTS_IDLE_TIMEOUT_MS": "1500"}  # a missing target on these static pages: 1.5 s of quiet tells as well as 5
    if request.param == "redis":
        env["PACTS_REDIS_URL"] = request.getfixturevalue("redis_url")
    with embedded_runtime(tmp_path / "home", browser_host, **env) as runtime:
        yield runtime


def _run(rt: Runtime, text: str, base_url: str, tmp_path: Path) -> str:
    """Like the farm: every item planned and discovered before the first executes."""
    submission = submit.prepare_text(text, source="memo.yaml", environ={}, base_url=base_url)
    run_id = submit.new_run_id()
    item_ids = repo.create_run(rt.sessions, run_id=run_id, suite=submission.suite, content=text + run_id,
                               mode="embedded", output_dir=str(tmp_path / run_id))
    for item_id in item_ids:
        pipeline.plan_item(rt, item_id)
        pipeline.discover_item(rt, item_id)
    for item_id in item_ids:
        pipeline.execute_item(rt, item_id)
        pipeline.heal_item(rt, item_id)
    return run_id


def _login_entry(rt: Runtime) -> models.SelectorCacheRow | None:
    with rt.sessions() as s:
        return s.scalar(select(models.SelectorCacheRow).where(models.SelectorCacheRow.target == "Login"))


def test_heal_memo_heals_a_target_once_per_run(rt: Runtime, tmp_path: Path) -> None:
    """A cookie overlay hides the form in every fresh context: the first item heals (reveal), the others reuse it."""
    with server.start_demo_server(variant="cookie-overlay") as shop:
        run_id = _run(rt, SUITE, shop.url, tmp_path)
    result = repo.load_run_result(rt.sessions, run_id)
    assert [i.verdict for i in result.items] == [model.Verdict.HEALED] * 3
    assert [i.heals[0].strategy for i in result.items] == ["reveal", "memo", "memo"]
    assert len({i.heals[0].new_locator for i in result.items}) == 1
    ladder_attempts = [a.strategy for i in result.items for st in i.steps for a in st.heal_attempts if a.strategy != "memo"]
    assert ladder_attempts == ["reveal"]  # the ladder ran once in the whole run


def test_heal_memo_remembers_a_failed_heal(rt: Runtime, tmp_path: Path) -> None:
    with server.start_demo_server(variant="broken-login") as shop:
        run_id = _run(rt, SUITE, shop.url, tmp_path)
    items = repo.load_run_result(rt.sessions, run_id).items
    assert [i.verdict for i in items] == [model.Verdict.FAILED] * 3
    assert "already failed earlier in this run" not in (items[0].error or "")
    assert all("already failed earlier in this run" in (i.error or "") for i in items[1:])


def _releases(rt: Runtime, tmp_path: Path, variants: list[str | None]) -> Iterator[tuple[str | None, str]]:
    """Run ONE against each release in turn, shipped at one origin; yields (variant, run id)."""
    with server.start_demo_server() as shop:
        for variant in variants:
            shop.release(variant)
            yield variant, _run(rt, ONE, shop.url, tmp_path)


def test_heal_memo_healed_locator_is_provisional_until_promoted(rt: Runtime, tmp_path: Path) -> None:
    seen = []
    for variant, run_id in _releases(rt, tmp_path, [None, "sign-in", "sign-in", "sign-in", "broken-login"]):
        entry = _login_entry(rt)
        assert entry is not None, variant
        seen.append((entry.resolution["locator"]["value"], entry.promoted, entry.successes, repo.run_cache_rate(rt.sessions, run_id)[0]))
    assert seen == [
        ("Login", True, 0, 0),  # discovered: long-lived at once
        ("Sign in", False, 0, 2),  # healed after the drift: provisional
        ("Sign in", False, 1, 3),  # still used while provisional
        ("Sign in", True, 2, 3),  # promoted after PACTS_HEAL_PROMOTE_AFTER=2 verified uses
        ("Sign in", True, 0, 2),  # promoted: one drift is survived
    ]


def test_heal_memo_provisional_locator_is_dropped_at_its_first_drift(rt: Runtime, tmp_path: Path) -> None:
    entries = []
    for _variant, _run_id in _releases(rt, tmp_path, [None, "sign-in", "broken-login"]):
        entry = _login_entry(rt)
        entries.append(None if entry is None else (entry.resolution["locator"]["value"], entry.promoted))
    assert entries == [("Login", True), ("Sign in", False), None]


def test_heal_marked_wrong_is_never_cached_nor_chosen_again(rt: Runtime, tmp_path: Path) -> None:
    runs = _releases(rt, tmp_path, [None, "sign-in", "sign-in"])
    next(runs)
    next(runs)
    (accepted,) = [h for h in heals.recent(rt.sessions) if h.outcome == "accepted"]
    assert accepted.new_locator and accepted.new_locator["value"] == "Sign in"
    marked = heal_memo.mark_wrong(rt.sessions, rt.cache, accepted.id, by="ada", now=db.utcnow())
    assert marked.heal.marked_by == "ada" and len(marked.forgotten) == 1
    assert _login_entry(rt) is None  # gone from the store, and Redis forgot it too
    assert rt.cache.lookup(accepted.app, [_login_step()]) == {}

    _variant, again = next(runs)  # the same release: discovery and every heal strategy now refuse "Sign in"
    runs.close()
    item = repo.load_run_result(rt.sessions, again).items[0]
    assert item.verdict is model.Verdict.FAILED  # nothing else fits: failing beats the wrong element
    login = item.steps[2]
    assert "marked wrong" in (login.error or "") or any("marked wrong" in a.reason for a in login.heal_attempts)
    assert login.heal is None
    assert _login_entry(rt) is None  # and it is not cached again
    rejected = next(h for h in heals.recent(rt.sessions) if h.outcome == "rejected")
    with pytest.raises(errors.InputError, match="no locator was chosen"):
        heal_memo.mark_wrong(rt.sessions, rt.cache, rejected.id, by="ada", now=db.utcnow())


def _login_step() -> model.PlannedStep:
    return model.PlannedStep(index=2, text="Click the Login button", action=model.Action.CLICK,
                             target=model.Target(text="Login", role_hint="button"))

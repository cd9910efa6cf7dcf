"""The stages without Celery over a real store, cache and Chromium: what a run learns, the next run uses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from pacts_farm import config, model, pipeline, submit
from pacts_farm.demo import server
from pacts_farm.runtime import Runtime
from pacts_farm.store import models, repo

# the removed button on a static page: 1.5 s of quiet tells as well as 5
pytestmark = [pytest.mark.browser, pytest.mark.runtime_env(PACTS_IDLE_TIMEOUT_MS="1500")]
SUITE = """\
name: Memory
base_url: http://127.0.0.1:1
requirements:
  - id: login
    url: /login
    steps:
      - Fill "standard_user" in the Username field
      - Fill "secret_sauce" in the Password field
      - Click the Login button
      - Verify the page shows "Products"
"""


def _run_once(rt: Runtime, base_url: str, tmp_path: Path) -> tuple[str, str]:
    submission = submit.prepare_text(SUITE, source="memory.yaml", environ={}, base_url=base_url)
    run_id = submit.new_run_id()
    (item_id,) = repo.create_run(rt.sessions, run_id=run_id, suite=submission.suite, content=SUITE + run_id,
                                 mode="embedded", output_dir=str(tmp_path / run_id))
    for stage in (pipeline.plan_item, pipeline.discover_item, pipeline.execute_item, pipeline.heal_item):
        stage(rt, item_id)
    return run_id, item_id


def test_pipeline_second_run_takes_every_target_from_the_cache(rt: Runtime, tmp_path: Path) -> None:
    with server.start_demo_server() as shop:
        cold, _ = _run_once(rt, shop.url, tmp_path)
        warm, _ = _run_once(rt, shop.url, tmp_path)
    assert repo.run_locator_sources(rt.sessions, cold)["discovered"] == 3
    assert repo.run_locator_sources(rt.sessions, warm)["database"] == 3
    assert repo.run_cache_rate(rt.sessions, warm) == (3, 3)
    assert repo.run_status(rt.sessions, warm) is model.RunStatus.PASSED
    document = json.loads((tmp_path / warm / "results.json").read_text())
    assert document["run"]["cache"] == {"hits": 3, "lookups": 3, "hit_rate": 1.0}


def test_pipeline_a_step_takes_what_an_item_learned_after_its_discovery_ran(rt: Runtime, tmp_path: Path) -> None:
    """The embedded store thread discovers every item before the browser runs the first: the second item's
    steps still come from the cache the first one filled, looked up when each step runs."""
    text = SUITE + SUITE.split("requirements:\n", 1)[1].replace("id: login", "id: login-again")
    with server.start_demo_server() as shop:
        submission = submit.prepare_text(text, source="memory.yaml", environ={}, base_url=shop.url)
        run_id = submit.new_run_id()
        first, second = repo.create_run(rt.sessions, run_id=run_id, suite=submission.suite, content=text + run_id,
                                        mode="embedded", output_dir=str(tmp_path / run_id))
        for stage in (pipeline.plan_item, pipeline.discover_item):
            for item_id in (first, second):
                stage(rt, item_id)
        assert repo.load_item(rt.sessions, second).hints == ()  # nothing was known when it was discovered
        for item_id in (first, second):
            pipeline.execute_item(rt, item_id)
            pipeline.heal_item(rt, item_id)
    sources = [[s.resolution.source.value for s in repo.load_steps(rt.sessions, i) if s.resolution] for i in (first, second)]
    assert sources == [["discovered"] * 3, ["database"] * 3]
    assert repo.run_cache_rate(rt.sessions, run_id) == (3, 6) and repo.run_status(rt.sessions, run_id) is model.RunStatus.PASSED


def test_pipeline_drift_heals_then_a_removed_target_is_forgotten(rt: Runtime, tmp_path: Path) -> None:
    """One origin, three releases in turn: current, then "Sign in" (heal), then no button (fail twice)."""
    with server.start_demo_server() as shop:
        _run_once(rt, shop.url, tmp_path)  # learn on the current release
        shop.release("sign-in")
        healed_run, _ = _run_once(rt, shop.url, tmp_path)
        assert repo.run_status(rt.sessions, healed_run) is model.RunStatus.PASSED
        result = repo.load_run_result(rt.sessions, healed_run)
        (event,) = result.items[0].heals
        assert event.new_locator.value == "Sign in" and result.items[0].verdict is model.Verdict.HEALED
        with rt.sessions() as s:
            accepted = s.scalars(select(models.HealRow).where(models.HealRow.outcome == "accepted")).all()
            assert [h.target for h in accepted] == ["Login"]
        again, _ = _run_once(rt, shop.url, tmp_path)  # the heal updated the cache: no heal the second time
        assert repo.run_locator_sources(rt.sessions, again)["healed"] == 0
        assert repo.load_run_result(rt.sessions, again).items[0].verdict is model.Verdict.PASSED

        shop.release("broken-login")
        for attempt in (1, 2):
            failed_run, _ = _run_once(rt, shop.url, tmp_path)
            assert repo.run_status(rt.sessions, failed_run) is model.RunStatus.FAILED
            assert repo.run_locator_sources(rt.sessions, failed_run)["drift"] == (1 if attempt == 1 else 0)
            with rt.sessions() as s:
                login_entries = s.scalars(
                    select(models.SelectorCacheRow).where(models.SelectorCacheRow.target == "Login")
                ).all()
            # the healed "Sign in" entry is provisional (one verified use, not yet promoted): its first drift drops it;
            # a promoted entry survives one (tests/integration/test_heal_memo.py)
            assert len(login_entries) == 0
        with rt.sessions() as s:
            rejected = s.scalars(select(models.HealRow).where(models.HealRow.outcome == "rejected")).all()
        assert rejected and {h.target for h in rejected} == {"Login"}


def test_pipeline_memory_off_discovers_every_target_live_and_says_so(rt: Runtime, tmp_path: Path) -> None:
    from pacts_farm.farm import dispatch
    from pacts_farm.finding import cache
    from pacts_farm.store import views

    with server.start_demo_server() as shop:
        warm, _ = _run_once(rt, shop.url, tmp_path)  # the cache now knows all three targets
        hits_before = {c.page: c.hits for c in views.cache_figures(rt.sessions)}
        settings = config.Settings.from_env({"PACTS_HOME": str(tmp_path / "home"), "PACTS_TRACE": "off", "PACTS_MEMORY": "off"})
        forgetful = Runtime.open(settings)
        app = dispatch.make_celery(settings)
        try:
            submission = submit.prepare_text(SUITE, source="memory.yaml", environ={}, base_url=shop.url)
            with dispatch.embedded_worker(app) as ended:
                run_id = submit.start_run(forgetful, app, submission, output_dir=tmp_path / "off")
                assert submit.follow(forgetful, run_id, lambda _: None, timeout_s=120, wake=ended) is model.RunStatus.PASSED
        finally:
            forgetful.close()
    sources = repo.run_locator_sources(rt.sessions, run_id)
    assert (sources["discovered"], sources["redis"], sources["database"]) == (3, 0, 0)
    assert repo.load_run_result(rt.sessions, run_id).notes == (cache.MEMORY_OFF_NOTE,)
    assert json.loads((tmp_path / "off" / "results.json").read_text())["run"]["notes"] == [cache.MEMORY_OFF_NOTE]
    assert {c.page: c.hits for c in views.cache_figures(rt.sessions)} == hits_before  # nothing counted, nothing learned
    assert repo.load_run_result(rt.sessions, warm).notes == ()

"""Retries in the execute stage over a real store and Chromium: fail then pass is flaky, redelivery replaces."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import update

from pacts_farm import model, pipeline, submit
from pacts_farm.demo import server
from pacts_farm.runtime import Runtime
from pacts_farm.store import db, models, repo

pytestmark = [pytest.mark.browser, pytest.mark.runtime_env(PACTS_TRACE="on-failure")]
SUITE = """\
name: Retries
base_url: http://127.0.0.1:1
retries: {retries}
requirements:
  - id: deals
    url: /login
    steps:
      - Fill "standard_user" in the Username field
      - Fill "secret_sauce" in the Password field
      - Click Login
      - Go to /deals
      - Verify the page shows "2 deals today"
"""


def _create(rt: Runtime, base_url: str, tmp_path: Path, retries: int) -> tuple[str, str]:
    text = SUITE.format(retries=retries)
    submission = submit.prepare_text(text, source="retries.yaml", environ={}, base_url=base_url)
    run_id = submit.new_run_id()
    (item_id,) = repo.create_run(rt.sessions, run_id=run_id, suite=submission.suite, content=text + run_id,
                                 mode="embedded", output_dir=str(tmp_path / run_id))
    pipeline.plan_item(rt, item_id)
    pipeline.discover_item(rt, item_id)
    return run_id, item_id


def test_retries_fail_then_pass_is_flaky_with_the_earlier_failure_kept(rt: Runtime, tmp_path: Path) -> None:
    with server.start_demo_server() as shop:  # a fresh shop: its deals service is cold once
        run_id, item_id = _create(rt, shop.url, tmp_path, retries=2)
        pipeline.execute_item(rt, item_id)
        pipeline.heal_item(rt, item_id)
    result = repo.load_run_result(rt.sessions, run_id)
    (item,) = result.items
    assert item.verdict is model.Verdict.FLAKY and item.met and item.tries == 2
    (earlier,) = item.try_errors
    assert earlier.startswith('step 5 (Verify the page shows "2 deals today")')
    assert len(item.steps) == 5 and all(s.outcome is model.Outcome.PASSED for s in item.steps)
    kept = tmp_path / run_id / "deals" / "try-1"
    assert (kept / "failure.png").stat().st_size > 1000 and (kept / "trace.zip").is_file()
    seen = json.loads((kept / "evidence.json").read_text())
    assert seen["url"].endswith("/deals") and any("503" in c for c in seen["console_errors"])
    report = (tmp_path / run_id / "report.html").read_text()
    assert "deals service answered 503" in report  # the earlier try's console error, in the report
    assert not (tmp_path / run_id / "deals" / "failure.png").exists()  # the passing try left no failure
    assert repo.run_status(rt.sessions, run_id) is model.RunStatus.PASSED


def test_retries_zero_means_one_try_and_a_plain_failure(rt: Runtime, tmp_path: Path) -> None:
    with server.start_demo_server() as shop:
        run_id, item_id = _create(rt, shop.url, tmp_path, retries=0)
        pipeline.execute_item(rt, item_id)
        pipeline.heal_item(rt, item_id)
    (item,) = repo.load_run_result(rt.sessions, run_id).items
    assert item.verdict is model.Verdict.FAILED and item.tries == 1 and item.try_errors == ()


def test_retries_redelivery_replaces_steps_and_tries(rt: Runtime, tmp_path: Path) -> None:
    with server.start_demo_server() as shop:
        run_id, item_id = _create(rt, shop.url, tmp_path, retries=1)
        pipeline.execute_item(rt, item_id)  # cold: fails, then passes on the retry
        with db.transaction(rt.sessions) as s:  # the worker died before heal: the execute task comes back
            s.execute(update(models.ItemRow).where(models.ItemRow.id == item_id).values(state="discovered"))
        pipeline.execute_item(rt, item_id)  # warm now: one try
        pipeline.heal_item(rt, item_id)
    (item,) = repo.load_run_result(rt.sessions, run_id).items
    assert len(item.steps) == 5 and [s.index for s in item.steps] == [0, 1, 2, 3, 4]
    assert item.tries == 1 and item.try_errors == () and item.verdict is model.Verdict.PASSED

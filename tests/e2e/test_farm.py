"""The farm for real: celery prefork workers over Redis, Postgres as the system of record."""

from __future__ import annotations

import json
import os
import signal
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select

from pacts_farm import model
from pacts_farm.store import db, models, run_files
from tests.e2e.conftest import ROOT, CliResult, Farm

pytestmark = [pytest.mark.browser, pytest.mark.redis, pytest.mark.postgres, pytest.mark.slow]

DEMO_SUITE = ROOT / "examples" / "demo-suite.yaml"
SLOW_SUITE = Path(__file__).with_name("suites") / "slow.yaml"


def _verdicts(results: Path) -> dict[str, tuple[str, bool]]:
    return {i["id"]: (i["verdict"], i["met"]) for i in json.loads(results.read_text())["items"]}


def test_farm_runs_the_demo_suite_like_embedded(
    farm: Farm, run_cli: Callable[..., CliResult], tmp_path: Path
) -> None:
    """The verdicts embedded runs give the demo suite (test_wheel runs it so, every expectation met): each item as
    expected, the flaky one passed on its retry, the one expected to fail failed."""
    from pacts_farm.demo import server

    secrets = {"DEMO_PASSWORD": "secret_sauce"}
    farm.env.update(secrets)  # secrets live in the workers' environment, never in the broker or the store
    farm.start_worker("w1", concurrency=2)
    with server.start_demo_server() as shop:  # a fresh shop: its deals service is cold once (deals is flaky)
        farmed = run_cli(
            "submit", str(DEMO_SUITE), "-o", str(tmp_path / "farm"), "--base-url", shop.url, "--wait",
            env={**farm.env, **secrets},
        )
    assert farmed.code == 0, farmed.out + farmed.err + farm.log_tail("w1")
    assert "submitted run" in farmed.out
    verdicts = _verdicts(tmp_path / "farm" / "results.json")
    assert len(verdicts) >= 14 and all(met for _, met in verdicts.values()), verdicts
    assert verdicts["deals"] == ("flaky", True)  # retries work on the farm too
    assert verdicts["missing-product"] == ("failed", True)
    assert sorted(rid for rid, (verdict, _) in verdicts.items() if verdict != "passed") == ["deals", "missing-product"]
    worker_log = (farm.logs / "w1.log").read_text()
    assert "secret_sauce" not in worker_log


def test_farm_redelivers_an_item_whose_worker_child_was_killed(
    farm: Farm, run_cli: Callable[..., CliResult], demo_server: object, tmp_path: Path
) -> None:
    farm.start_worker("w1", concurrency=2)
    submitted = run_cli("submit", str(SLOW_SUITE), "-o", str(tmp_path / "out"), "--base-url", demo_server.url, env=farm.env)  # type: ignore[attr-defined]
    assert submitted.code == 0, submitted.err
    run_id = submitted.out.split("submitted run ")[1].split()[0]

    engine = db.open_engine(farm.env["PACTS_DATABASE_URL"])
    sessions = db.make_sessions(engine)
    victim_item, victim_pid = _wait_for_running_item(sessions, run_id)
    os.kill(victim_pid, signal.SIGKILL)

    status = _wait_for_run(sessions, run_id, timeout=180)
    with sessions() as s:
        items = s.scalars(select(models.ItemRow).where(models.ItemRow.run_id == run_id)).all()
        killed = next(i for i in items if i.id == victim_item)
        steps = s.scalar(select(func.count()).select_from(models.StepRow).where(models.StepRow.item_id == victim_item))
        indexes = s.scalars(select(models.StepRow.index).where(models.StepRow.item_id == victim_item)).all()
    assert status is model.RunStatus.PASSED, farm.log_tail("w1")
    assert all(i.state == "done" and i.met for i in items)
    assert killed.attempts >= 2
    assert steps == len(killed.plan["steps"]) and len(set(indexes)) == steps
    deadline = time.monotonic() + 15  # the reports are stored just after the run's status is committed
    while "results.json" not in run_files.listing(sessions, run_id) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert "results.json" in run_files.listing(sessions, run_id)
    assert not (tmp_path / "out" / "results.json").exists()  # without --wait nothing is written on the caller's disk
    engine.dispose()


def _wait_for_running_item(sessions: db.sessionmaker, run_id: str, timeout: float = 60) -> tuple[str, int]:  # type: ignore[type-arg]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with sessions() as s:
            row = s.execute(
                select(models.ItemRow.id, models.ItemRow.lease_owner).where(
                    models.ItemRow.run_id == run_id, models.ItemRow.state == "running"
                )
            ).first()
        if row and row[1]:
            return row[0], int(row[1].split(":")[1])
        time.sleep(0.05)
    raise AssertionError("no item started running")


def _wait_for_run(sessions: db.sessionmaker, run_id: str, timeout: float) -> model.RunStatus:  # type: ignore[type-arg]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with sessions() as s:
            status = s.scalar(select(models.RunRow.status).where(models.RunRow.id == run_id))
        if status not in ("queued", "running"):
            return model.RunStatus(status)
        time.sleep(0.1)
    raise AssertionError(f"run {run_id} did not finish")


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def test_farm_flower_shows_workers_and_id_only_tasks(
    farm: Farm, run_cli: Callable[..., CliResult], demo_server: object, tmp_path: Path
) -> None:
    import base64
    import urllib.request

    farm.start_worker("w1", concurrency=1)
    port = _free_port()
    farm.start("flower", "flower", "--address=127.0.0.1", f"--port={port}", "--basic-auth=ops:pw")
    farm.wait_for_log("flower", "Visit me at", timeout=60)
    submitted = run_cli(
        "submit", str(Path(__file__).with_name("suites") / "heading.yaml"), "--wait",
        "-o", str(tmp_path / "out"), "--base-url", demo_server.url, env=farm.env,  # type: ignore[attr-defined]
    )
    assert submitted.code == 0, submitted.out + submitted.err
    auth = "Basic " + base64.b64encode(b"ops:pw").decode()

    def get(path: str) -> object:
        request = urllib.request.Request(f"http://127.0.0.1:{port}{path}", headers={"Authorization": auth})
        with urllib.request.urlopen(request, timeout=10) as response:
            return json.loads(response.read())

    deadline = time.monotonic() + 30
    names: set[str] = set()
    while time.monotonic() < deadline:
        tasks = get("/api/tasks")
        names = {t["name"] for t in tasks.values()}  # type: ignore[attr-defined]
        if {"pacts.plan", "pacts.discover", "pacts.execute", "pacts.heal"} <= names:
            break
        time.sleep(0.5)
    assert {"pacts.plan", "pacts.discover", "pacts.execute", "pacts.heal"} <= names
    for task_id, task in tasks.items():  # type: ignore[attr-defined]
        if task["name"] == "pacts.execute":
            assert task_id.endswith(".execute")
            assert task["args"].count("'") == 2  # one id, nothing else
    workers = get("/api/workers?refresh=1")
    assert any(name.startswith("w1@") for name in workers)  # type: ignore[union-attr]
    with pytest.raises(urllib.error.HTTPError) as denied:
        urllib.request.urlopen(f"http://127.0.0.1:{port}/api/workers", timeout=10)
    assert denied.value.code == 401
    denied.value.close()


def test_farm_beat_fires_cleanup_and_each_schedule_slot_once(
    farm: Farm, run_cli: Callable[..., CliResult], demo_server: object, tmp_path: Path
) -> None:
    from datetime import datetime, timedelta, timezone

    from pacts_farm import config
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import repo

    # an old finished run with a stored file, for cleanup
    rt = Runtime.open(config.Settings.from_env(farm.env))
    suite = model.Suite(
        name="old", base_url="http://127.0.0.1:1", source="old.yaml",
        items=(model.Item(key="a", requirement_id="a", title="a", steps=(model.SuiteStep(text="Click A"),)),),
    )
    (item_id,) = repo.create_run(rt.sessions, run_id="old-run", suite=suite, content="old", mode="farm", output_dir=str(tmp_path / "old-run"))
    repo.finish_item(rt.sessions, item_id, verdict=model.Verdict.PASSED, met=True, error=None)
    repo.finish_run(rt.sessions, "old-run")
    run_files.put(rt.sessions, "old-run", [("results.json", b"{}")], caps=run_files.Caps(file_bytes=100, run_bytes=100))
    with db.transaction(rt.sessions) as s:
        s.get(models.RunRow, "old-run").created_at = db.utcnow() - timedelta(days=90)

    slot = datetime.now(timezone.utc) - timedelta(minutes=2)
    added = run_cli(
        "schedule", "add", str(Path(__file__).with_name("suites") / "heading.yaml"),
        "--cron", f"{slot.minute} {slot.hour} * * *", "--name", "nightly", "--base-url", demo_server.url,  # type: ignore[attr-defined]
        env=farm.env,
    )
    assert added.code == 0, added.err

    beat_env = {"PACTS_CLEANUP_INTERVAL_S": "1", "PACTS_SCHEDULE_CHECK_S": "0.5"}
    farm.env.update(beat_env)
    farm.start_worker("w1", concurrency=1)
    beat = farm.start("beat", "beat", "-l", "INFO", "-s", str(tmp_path / "beat-schedule"))

    def runs() -> list[repo.RunSummary]:
        return [r for r in repo.list_runs(rt.sessions, limit=50) if r.id != "old-run"]

    def old_files() -> dict[str, object]:
        return dict(run_files.listing(rt.sessions, "old-run"))

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not runs() or old_files()):
        time.sleep(0.2)
    assert not old_files() and "old-run" not in {r.id for r in repo.list_runs(rt.sessions, limit=50)}, farm.log_tail("w1")
    assert len(runs()) == 1, farm.log_tail("beat")
    farm.stop(beat)
    checks_before = _count_in_log(farm, "w1", "pacts.nightly_regression[")
    farm.start("beat2", "beat", "-l", "INFO", "-s", str(tmp_path / "beat-schedule"))
    deadline = time.monotonic() + 30  # several schedule checks after the restart
    while time.monotonic() < deadline and _count_in_log(farm, "w1", "pacts.nightly_regression[") < checks_before + 6:
        time.sleep(0.2)
    assert _count_in_log(farm, "w1", "pacts.nightly_regression[") >= checks_before + 6
    assert len(runs()) == 1
    listed = run_cli("schedule", "list", env=farm.env)
    assert "nightly" in listed.out and slot.strftime("%H:%M") in listed.out
    rt.close()


def _count_in_log(farm: Farm, name: str, text: str) -> int:
    path = farm.logs / f"{name}.log"
    return path.read_text(errors="replace").count(text) if path.exists() else 0


def test_farm_cancel_before_a_worker_takes_the_run(
    farm: Farm, run_cli: Callable[..., CliResult], demo_server: object, tmp_path: Path
) -> None:
    submitted = run_cli("submit", str(SLOW_SUITE), "-o", str(tmp_path / "out"), "--base-url", demo_server.url, env=farm.env)  # type: ignore[attr-defined]
    assert submitted.code == 0, submitted.err
    run_id = submitted.out.split("submitted run ")[1].split()[0]
    cancelled = run_cli("cancel", run_id, env=farm.env)
    assert cancelled.code == 0 and "4 unfinished items" in cancelled.out, cancelled.err
    farm.start_worker("w1", concurrency=1)
    farm.wait_for_log("w1", f"pacts.finalize_run[{run_id}.finalize_run] succeeded", timeout=60)
    status = run_cli("status", run_id, env=farm.env)
    assert f"{run_id}: cancelled" in status.out
    assert status.out.count("cancelled") == 5  # the run and its 4 items
    engine = db.open_engine(farm.env["PACTS_DATABASE_URL"])
    with db.make_sessions(engine)() as s:
        assert s.scalar(select(func.count()).select_from(models.StepRow)) == 0  # no browser work was done
    engine.dispose()

"""Pipeline figures on this machine, measured in one run (needs Redis, Postgres and Chromium).

    .venv/bin/python bench/bench_pipeline.py [--json out.json]

1. The demo suite on the embedded default: cold (empty store) and warm (second run), wall time of the
   whole `pacts-farm submit` process, and the median step time.
2. Dispatch overhead of the 4-task chain on the farm (Redis broker, Postgres store, one prefork
   worker): a chain over items that are already settled, so every task is the stage's idempotent
   early return, against calling the same four functions in-process on the same items.
3. The demo suite on a farm with 1 and with 2 worker processes (warm), wall time of `submit --wait`.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pacts_farm import config, pipeline, submit
from pacts_farm.farm import dispatch
from pacts_farm.demo import server  # noqa: E402
from pacts_farm.runtime import Runtime  # noqa: E402

SUITE = ROOT / "examples" / "demo-suite.yaml"
REDIS = "redis://127.0.0.1:6379/12"
PG_ADMIN = "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres"


def _env(extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PACTS_")}
    env.update({"DEMO_PASSWORD": "secret_sauce", "PYTHONUNBUFFERED": "1", **extra})
    return env


def _submit(env: dict[str, str], base_url: str, out: Path, *extra: str) -> tuple[float, dict]:
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "pacts_farm.cli", "submit", str(SUITE), "--base-url", base_url, "-o", str(out), *extra],
        cwd=ROOT, env=_env(env), capture_output=True, text=True, timeout=900,
    )
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"submit failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return wall, json.loads((out / "results.json").read_text())


def _step_median(document: dict) -> float:
    times = [s["duration_ms"] for i in document["items"] for s in i["steps"] if s["outcome"] != "skipped"]
    return statistics.median(times)


def _hit_rate(document: dict) -> float:
    steps = [s for i in document["items"] for s in i["steps"] if s["source"]]
    return sum(1 for s in steps if s["source"] in ("redis", "database")) / max(1, len(steps))


def _fresh_postgres() -> str:
    from sqlalchemy import create_engine, text

    name = f"pacts_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return PG_ADMIN.rsplit("/", 1)[0] + "/" + name


def _drop_postgres(url: str) -> None:
    from sqlalchemy import create_engine, text

    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{url.rsplit("/", 1)[1]}" WITH (FORCE)'))
    admin.dispose()


class _Worker:
    def __init__(self, env: dict[str, str], concurrency: int, log: Path) -> None:
        self.log = open(log, "wb")  # noqa: SIM115
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "tasks", "worker", "-P", "prefork", "-c", str(concurrency),
             "-Q", "browser,plan,maintenance", "--prefetch-multiplier", "1", "-l", "INFO"],
            cwd=ROOT, env=_env(env), stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while b"ready." not in log.read_bytes():
            if time.monotonic() > deadline:
                raise SystemExit(f"worker did not start:\n{log.read_text()}")
            time.sleep(0.1)

    def stop(self) -> None:
        import signal

        os.killpg(self.proc.pid, signal.SIGTERM)
        self.proc.wait(timeout=60)
        self.log.close()


def bench_embedded(demo_url: str, tmp: Path) -> dict:
    home = {"PACTS_HOME": str(tmp / "embedded-home")}
    cold_wall, cold = _submit(home, demo_url, tmp / "cold")
    warm_wall, warm = _submit(home, demo_url, tmp / "warm")
    return {
        "items": len(cold["items"]),
        "cold_wall_s": round(cold_wall, 2),
        "warm_wall_s": round(warm_wall, 2),
        "cold_step_median_ms": round(_step_median(cold), 1),
        "warm_step_median_ms": round(_step_median(warm), 1),
        "warm_hit_rate": round(_hit_rate(warm), 3),
        "run_duration_cold_s": round(cold["run"]["duration_ms"] / 1000, 2),
        "run_duration_warm_s": round(warm["run"]["duration_ms"] / 1000, 2),
    }


def bench_dispatch(env: dict[str, str], demo_url: str, tmp: Path, rounds: int = 30) -> dict:
    """Chain latency of settled items over Redis vs the same four functions in-process."""
    settings = config.Settings.from_env(env)
    rt = Runtime.open(settings)
    app = dispatch.make_celery(settings)
    os.environ["DEMO_PASSWORD"] = "secret_sauce"
    submission = submit.prepare(SUITE, environ=os.environ, base_url=demo_url)
    run_id = submit.start_run(rt, app, submission, output_dir=tmp / "dispatch-seed")
    submit.follow(rt, run_id, lambda _: None, timeout_s=600)
    from pacts_farm.store import repo

    item_ids = [f"{run_id}-{n:04d}" for n in range(len(submission.suite.items))]
    stages = (pipeline.plan_item, pipeline.discover_item, pipeline.execute_item, pipeline.heal_item)
    in_process = []
    for _ in range(rounds):
        for item_id in item_ids[:5]:
            started = time.perf_counter()
            for stage in stages:
                stage(rt, item_id)
            in_process.append((time.perf_counter() - started) * 1000)
    from celery import chain
    from celery.result import allow_join_result

    chained = []
    for round_no in range(rounds):
        for item_id in item_ids[:5]:
            signatures = [app.signature(name, args=(item_id,), immutable=True) for name in dispatch.STAGES]
            started = time.perf_counter()
            with allow_join_result():
                chain(*signatures).apply_async().get(timeout=30)
            chained.append((time.perf_counter() - started) * 1000)
    assert repo.run_status(rt.sessions, run_id).value == "passed"
    rt.close()
    farm = statistics.median(chained)
    local = statistics.median(in_process)
    return {
        "chain_median_ms": round(farm, 2),
        "chain_p95_ms": round(sorted(chained)[int(len(chained) * 0.95) - 1], 2),
        "in_process_median_ms": round(local, 2),
        "overhead_per_item_ms": round(farm - local, 2),
        "samples": len(chained),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args()
    figures: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp_text, server.start_demo_server() as demo:
        tmp = Path(tmp_text)
        figures["embedded"] = bench_embedded(demo.url, tmp)
        import redis

        redis.Redis.from_url(REDIS).flushdb()
        database = _fresh_postgres()
        env = {"PACTS_BROKER_URL": REDIS, "PACTS_DATABASE_URL": database,
               "PACTS_ARTIFACTS_DIR": str(tmp / "artifacts"), "PACTS_HOME": str(tmp / "farm-home")}
        try:
            worker = _Worker(env, 1, tmp / "worker-dispatch.log")
            try:
                figures["dispatch"] = bench_dispatch(env, demo.url, tmp)
                _submit(env, demo.url, tmp / "farm-warmup", "--wait")
            finally:
                worker.stop()
            for concurrency in (1, 2):
                worker = _Worker(env, concurrency, tmp / f"worker-{concurrency}.log")
                try:
                    wall, document = _submit(env, demo.url, tmp / f"farm-{concurrency}", "--wait")
                finally:
                    worker.stop()
                figures.setdefault("farm", {})[f"workers_{concurrency}_wall_s"] = round(wall, 2)
                figures["farm"][f"workers_{concurrency}_items_per_s"] = round(len(document["items"]) / wall, 2)
            figures["farm"]["speedup_2_vs_1"] = round(figures["farm"]["workers_1_wall_s"] / figures["farm"]["workers_2_wall_s"], 2)
        finally:
            _drop_postgres(database)
    width = max(len(f"{group}.{key}") for group, values in figures.items() for key in values)
    print(f"{'figure':<{width}}  value")
    for group, values in figures.items():
        for key, value in values.items():
            print(f"{group + '.' + key:<{width}}  {value}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

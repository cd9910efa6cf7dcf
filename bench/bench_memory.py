"""The farm's memory, measured in one run (needs Redis, Postgres and Chromium).

    .venv/bin/python bench/bench_memory.py [--json out.json]
    .venv/bin/python bench/bench_memory.py --farm [--stability 10] [--json out.json]

--farm: the seed's (PACTS v3.0) five-loop cache KPI check on the farm instead: the demo suite five times
on a real Celery worker with Redis and Postgres, then N more runs for stability; figures per run from the
run_summary view (see farm_loops).

1. The demo suite: cold and warm (embedded, `pacts-farm submit` processes) against the same flows
   written by hand in Playwright with fixed selectors (bench/handwritten_demo.py) — the floor.
2. Locator lookup latency for one item's targets: Redis hit, Postgres hit, live discovery.
3. Selector-cache hit rate on runs 1-5 of the same suite.
4. Heal time on the first occurrence of a drift (the "Sign in" release) and on the repeat after learning.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import handwritten_demo  # noqa: E402

from pacts_farm import config, model, pipeline, submit
from pacts_farm.finding import cache, discover
from pacts_farm.browser import chromium
from pacts_farm.demo import server  # noqa: E402
from pacts_farm.runtime import Runtime  # noqa: E402
from pacts_farm.store import repo  # noqa: E402

SUITE = ROOT / "examples" / "demo-suite.yaml"
REDIS = "redis://127.0.0.1:6379/11"
LOGIN_SUITE = """\
name: Heal timing
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


def _submit(home: Path, base_url: str, out: Path) -> tuple[float, dict]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PACTS_")}
    env.update({"PACTS_HOME": str(home), "DEMO_PASSWORD": "secret_sauce"})
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "pacts_farm.cli", "submit", str(SUITE), "--base-url", base_url, "-o", str(out)],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"submit failed:\n{proc.stdout}\n{proc.stderr}")
    return wall, json.loads((out / "results.json").read_text())


def _hit_rate(document: dict) -> float:
    steps = [s for i in document["items"] for s in i["steps"] if s["source"]]
    return round(sum(1 for s in steps if s["source"] in ("redis", "database")) / max(1, len(steps)), 3)


def _stats(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {"median_ms": round(statistics.median(ordered), 3), "p95_ms": round(ordered[max(0, int(len(ordered) * 0.95) - 1)], 3)}


def bench_floor_and_runs(demo_url: str, tmp: Path) -> dict:
    floor_total, floor_flows, _ = handwritten_demo.run_flows(demo_url)
    home = tmp / "home"
    runs = []
    for n in range(1, 6):
        wall, document = _submit(home, demo_url, tmp / f"run{n}")
        runs.append((wall, document))
    cold_wall, cold = runs[0]
    warm_wall, warm = runs[1]
    cold_run, warm_run = cold["run"]["duration_ms"] / 1000, warm["run"]["duration_ms"] / 1000
    return {
        "floor_flows_s": round(floor_flows, 2),
        "floor_process_s": round(floor_total, 2),
        "cold_run_s": round(cold_run, 2),
        "warm_run_s": round(warm_run, 2),
        "cold_process_s": round(cold_wall, 2),
        "warm_process_s": round(warm_wall, 2),
        "cold_over_floor": round(cold_run / floor_flows, 2),
        "warm_over_floor": round(warm_run / floor_flows, 2),
        "hit_rate_runs_1_to_5": [_hit_rate(doc) for _, doc in runs],
    }


def bench_lookups(demo_url: str, tmp: Path, host: chromium.BrowserHost, samples: int = 40) -> dict:
    import redis
    from sqlalchemy import create_engine, text

    admin = create_engine("postgresql+psycopg2://postgres@127.0.0.1:5432/postgres", isolation_level="AUTOCOMMIT")
    name = f"pacts_bench_mem_{os.getpid()}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}"'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    settings = config.Settings.from_env({"PACTS_DATABASE_URL": f"postgresql+psycopg2://postgres@127.0.0.1:5432/{name}",
                                         "PACTS_REDIS_URL": REDIS, "PACTS_HOME": str(tmp / "lookup-home")})
    rt = Runtime.open(settings)
    client = redis.Redis.from_url(REDIS)
    client.flushdb()
    try:
        submission = submit.prepare_text(LOGIN_SUITE, source="lookup", environ={}, base_url=demo_url)
        steps = [s for s in submission.plans[0].steps if s.target is not None]
        app = cache.app_origin(submission.plans[0].start_url)
        with host.session(artifacts_dir=tmp / "lookup", allowed_origins=(demo_url,), trace="off") as session:
            session.goto(demo_url + "/login", 5000)
            learned, live = [], []
            for step in steps:
                resolution = discover.find(session, step.target, step.action, timeout_ms=2000)  # type: ignore[arg-type]
                learned.append((step, demo_url + "/login", resolution))
            for _ in range(samples):
                for step in steps:
                    started = time.perf_counter()
                    discover.find(session, step.target, step.action, timeout_ms=2000)  # type: ignore[arg-type]
                    live.append((time.perf_counter() - started) * 1000)
        rt.cache.remember(app, learned)
        redis_hits, db_hits = [], []
        for _ in range(samples):
            started = time.perf_counter()
            found = rt.cache.lookup(app, steps)
            redis_hits.append((time.perf_counter() - started) * 1000 / len(steps))
            assert all(e[0].layer is model.LocatorSource.REDIS for e in found.values())
            client.flushdb()
            started = time.perf_counter()
            found = rt.cache.lookup(app, steps)
            db_hits.append((time.perf_counter() - started) * 1000 / len(steps))
            assert all(e[0].layer is model.LocatorSource.DATABASE for e in found.values())
        return {
            "targets_per_lookup": len(steps),
            "redis_hit": _stats(redis_hits),
            "postgres_hit": _stats(db_hits),
            "live_discovery": _stats(live),
        }
    finally:
        rt.close()
        client.flushdb()
        client.close()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def bench_heal_timing(tmp: Path, host: chromium.BrowserHost) -> dict:
    rt = Runtime.open(config.Settings.from_env({"PACTS_HOME": str(tmp / "heal-home"), "PACTS_TRACE": "off"}))
    shop = server.start_demo_server()
    port = int(shop.url.rsplit(":", 1)[1])

    def run_once(url: str) -> model.ItemResult:
        submission = submit.prepare_text(LOGIN_SUITE, source="heal", environ={}, base_url=url)
        run_id = submit.new_run_id()
        (item_id,) = repo.create_run(rt.sessions, run_id=run_id, suite=submission.suite, content=LOGIN_SUITE + run_id,
                                     mode="embedded", output_dir=str(tmp / run_id))
        for stage in (pipeline.plan_item, pipeline.discover_item, pipeline.execute_item, pipeline.heal_item):
            stage(rt, item_id)
        return repo.load_run_result(rt.sessions, run_id).items[0]

    try:
        with rt.using_browser(host):
            run_once(shop.url)
            shop.stop()
            shop = server.start_demo_server(port=port, variant="sign-in")
            first = run_once(shop.url)
            repeat = run_once(shop.url)
    finally:
        shop.stop()
        rt.close()
    (event,) = first.heals
    return {
        "first_verdict": first.verdict.value,
        "first_heal_ms": round(event.duration_ms, 1),
        "first_step_ms": round(first.steps[event.step_index].duration_ms, 1),
        "repeat_verdict": repeat.verdict.value,
        "repeat_step_ms": round(repeat.steps[event.step_index].duration_ms, 1),
        "repeat_source": repeat.steps[event.step_index].resolution.source.value,  # type: ignore[union-attr]
    }


SEED_TARGETS = {1: "≈ 0 %", 2: "≥ 80 %", 3: "≥ 90 %", 4: "≥ 90 %", 5: "≥ 90 %"}
STABLE_AT = 0.95


def _entry_keys(sessions: object) -> set[str]:
    from sqlalchemy import select

    from pacts_farm.store import db
    from pacts_farm.store.models import SelectorCacheRow

    with db.transaction(sessions) as s:  # type: ignore[arg-type]
        return set(s.scalars(select(SelectorCacheRow.key)))


def _reuse(sessions: object, run_id: str, known_before: set[str]) -> tuple[int, int]:
    """(cross-run hits, within-run reuse): cache hits whose entry existed before the run, and those a
    sibling item of the same run taught while it ran."""
    plans = repo.load_run_plans(sessions, run_id)  # type: ignore[arg-type]
    cross = within = 0
    for item in repo.load_run_result(sessions, run_id).items:  # type: ignore[arg-type]
        planned = {s.index: s for s in plans[item.item_key][0].steps} if item.item_key in plans else {}
        app = cache.app_origin(plans[item.item_key][0].start_url) if item.item_key in plans else ""
        for step in item.steps:
            res = step.resolution
            if res is None or res.source not in (model.LocatorSource.REDIS, model.LocatorSource.DATABASE) or not step.page_url:
                continue
            key = cache.entry_key(cache.signature(app, planned[step.index]), cache.normalise_page(step.page_url))
            if key in known_before:
                cross += 1
            else:
                within += 1
    return cross, within


def farm_loops(tmp: Path, demo_url: str, *, loops: int = 5, stability: int = 10, redis_url: str) -> list[dict]:
    """The demo suite ``loops + stability`` times on one real worker (prefork, 2 processes) over Redis and a
    fresh Postgres database, each run submitted with `pacts-farm submit --wait`. Per run, from run_summary:
    steps by where their locator came from, drift events, heals, LLM calls; and the wall time of the submit."""
    import redis
    import signal
    from sqlalchemy import create_engine, text

    from pacts_farm.store import db, views

    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stopped: still stop the worker and drop the database
    admin = create_engine("postgresql+psycopg2://postgres@127.0.0.1:5432/postgres", isolation_level="AUTOCOMMIT")
    name = f"pacts_bench_farm_{os.getpid()}"
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    database_url = f"postgresql+psycopg2://postgres@127.0.0.1:5432/{name}"
    client = redis.Redis.from_url(redis_url)
    client.flushdb()
    env = {k: v for k, v in os.environ.items() if not k.startswith("PACTS_")}
    env.update({"PACTS_BROKER_URL": redis_url, "PACTS_DATABASE_URL": database_url, "PACTS_HOME": str(tmp / "farm-home"),
                "PACTS_ARTIFACTS_DIR": str(tmp / "farm-runs"), "DEMO_PASSWORD": "secret_sauce", "PYTHONUNBUFFERED": "1"})
    engine = db.open_engine(database_url)
    db.upgrade(engine)
    sessions = db.make_sessions(engine)
    log_path = tmp / "worker.log"
    with open(log_path, "wb") as log:
        worker = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "tasks", "worker", "-P", "prefork", "-c", "2", "-Q", "browser,plan,maintenance",
             "--prefetch-multiplier", "1", "-l", "INFO", "-n", f"bench{os.getpid()}@%h"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
    rows = []
    try:
        deadline = time.monotonic() + 120
        while b"ready." not in log_path.read_bytes():
            if time.monotonic() > deadline or worker.poll() is not None:
                raise SystemExit("the worker did not start:\n" + log_path.read_text(errors="replace")[-3000:])
            time.sleep(0.2)
        for n in range(1, loops + stability + 1):
            known = _entry_keys(sessions)
            out = tmp / f"farm{n}"
            started = time.perf_counter()
            proc = subprocess.run([sys.executable, "-m", "pacts_farm.cli", "submit", str(SUITE), "--base-url", demo_url,
                                   "-o", str(out), "--wait"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
            wall = time.perf_counter() - started
            written_by = time.monotonic() + 60  # the worker that ends the run writes its reports just after
            while proc.returncode in (0, 1) and not (out / "results.json").exists() and time.monotonic() < written_by:
                time.sleep(0.2)
            if not (out / "results.json").exists():
                raise SystemExit(f"farm run {n} failed:\n{proc.stdout}\n{proc.stderr}\n" + log_path.read_text(errors="replace")[-3000:])
            run_id = json.loads((out / "results.json").read_text())["run"]["id"]
            run = views.run_figure(sessions, run_id)
            assert run is not None
            cross, within = _reuse(sessions, run_id, known)
            looked = max(run.lookups, 1)
            rows.append({
                "run": n, "run_id": run_id, "status": run.status, "met": f"{run.met}/{run.items_done}", "lookups": run.lookups,
                "hit_rate": round((run.from_redis + run.from_database) / looked, 3),
                "redis": round(run.from_redis / looked, 3), "database": round(run.from_database / looked, 3),
                "discovered": round(run.discovered / looked, 3), "healed": round((run.healed_live + run.assisted) / looked, 3),
                "cross_run_hits": round(cross / looked, 3), "within_run_reuse": round(within / looked, 3),
                "drift_events": run.drift_events, "heals": run.heals, "llm_calls": run.llm_calls,
                "wall_s": round(wall, 1), "run_s": round((run.duration_ms or 0) / 1000, 1),
            })
            print(f"farm run {n}: {rows[-1]}", file=sys.stderr)
    finally:
        if worker.poll() is None:
            os.killpg(worker.pid, signal.SIGTERM)
            try:
                worker.wait(timeout=60)
            except subprocess.TimeoutExpired:
                os.killpg(worker.pid, signal.SIGKILL)
                worker.wait(timeout=10)
        engine.dispose()
        client.flushdb()
        client.close()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return rows


def _pct(value: float) -> str:
    return f"{100 * value:.1f} %"


def print_farm_table(rows: list[dict], loops: int) -> None:
    print("| loop | seed target | hit rate | redis | database | discovered | healed | cross-run hits | within-run reuse"
          " | drift | heals | LLM calls | met | wall s | wall / loop 1 |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
    cold_wall = rows[0]["wall_s"] or 1.0
    for row in rows[:loops]:
        n = row["run"]
        print(f"| {n} | {SEED_TARGETS.get(n, '')} | {_pct(row['hit_rate'])} | {_pct(row['redis'])} | {_pct(row['database'])}"
              f" | {_pct(row['discovered'])} | {_pct(row['healed'])} | {_pct(row['cross_run_hits'])}"
              f" | {_pct(row['within_run_reuse'])} | {row['drift_events']} | {row['heals']} | {row['llm_calls']}"
              f" | {row['met']} | {row['wall_s']} | {row['wall_s'] / cold_wall:.2f} |")
    stable = rows[loops:]
    if stable:
        rates = [r["hit_rate"] for r in stable]
        print(f"\nstability, runs {loops + 1}–{loops + len(stable)}: hit rate min {_pct(min(rates))}, max {_pct(max(rates))};"
              f" {sum(r >= STABLE_AT for r in rates)} of {len(rates)} at ≥ {_pct(STABLE_AT)};"
              f" drift events {sum(r['drift_events'] for r in stable)}, heals {sum(r['heals'] for r in stable)},"
              f" LLM calls {sum(r['llm_calls'] for r in stable)};"
              f" wall s median {statistics.median(r['wall_s'] for r in stable):.1f}"
              f" ({statistics.median(r['wall_s'] for r in stable) / cold_wall:.2f} of loop 1)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--farm", action="store_true", help="The five-loop cache KPI check on a real worker (see above).")
    parser.add_argument("--stability", type=int, default=10, help="--farm: runs after the five loops.")
    parser.add_argument("--redis-db", type=int, default=int(os.environ.get("PFTEST_REDIS_DB", "11")),
                        help="--farm: the Redis db index for broker and cache (flushed before and after).")
    args = parser.parse_args()
    if args.farm:
        with tempfile.TemporaryDirectory() as tmp_text, server.start_demo_server() as demo:
            rows = farm_loops(Path(tmp_text), demo.url, stability=args.stability,
                              redis_url=f"redis://127.0.0.1:6379/{args.redis_db}")
        print_farm_table(rows, 5)
        if args.json:
            args.json.write_text(json.dumps({"farm": rows}, indent=2) + "\n")
        return 0
    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp_text, server.start_demo_server() as demo:
        tmp = Path(tmp_text)
        figures["runs"] = bench_floor_and_runs(demo.url, tmp)
        host = chromium.BrowserHost(config.Settings.from_env({}))
        try:
            figures["lookup"] = bench_lookups(demo.url, tmp, host)
            figures["heal"] = bench_heal_timing(tmp, host)
        finally:
            host.close()
    print(f"{'figure':<34} value")
    for group, values in figures.items():
        for key, value in values.items():  # type: ignore[attr-defined]
            print(f"{group + '.' + key:<34} {value}")
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

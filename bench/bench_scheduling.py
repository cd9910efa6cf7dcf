"""Duration-aware scheduling: wall time against the ideal (total work / workers) for suite-order and
longest-first dispatch, and count-based against duration-based shards.

    python bench/bench_scheduling.py            # simulation, then a real 2-process farm (Redis + Postgres)
    python bench/bench_scheduling.py --no-farm  # simulation only

1. Simulation (pure scheduling math, list scheduling: a free worker takes the next item): a skewed
   suite of 40 items (many short, a few long ones that the suite happens to list last, as suites
   grow by appending), for several worker counts.
2. A real farm: `celery -A tasks worker -c 2` over Redis and Postgres, the demo shop serving pages
   with deliberate delays (?delay_ms=). Suite order is what a run without history does; longest-first
   is what the same suite does once its history exists. Runs alternate so both see the same machine load.

PFBENCH_REDIS_DB (default 8) is flushed; a throwaway Postgres database is created and dropped.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pacts_farm.farm import scheduling

POSTGRES_ADMIN = "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres"


def skewed_suite(seed: int = 9) -> list[float]:
    """40 items in seconds: 32 short (2-6 s), 6 medium (15-30 s), 2 long (90-120 s) listed last."""
    rng = random.Random(seed)
    short = [rng.uniform(2, 6) for _ in range(32)]
    medium = [rng.uniform(15, 30) for _ in range(6)]
    long = [rng.uniform(90, 120) for _ in range(2)]
    body = short + medium
    rng.shuffle(body)
    return body + long


def simulate() -> None:
    durations = skewed_suite()
    keys = [f"item-{n:02d}" for n in range(len(durations))]
    predictions = {k: scheduling.Prediction(item_key=k, duration_ms=d * 1000, known=True) for k, d in zip(keys, durations)}
    ordered = [durations[i] for i in scheduling.longest_first(keys, predictions)]
    total = sum(durations)
    print(f"\n## Simulated skewed suite: {len(durations)} items, {total:.0f} s of work, longest {max(durations):.0f} s\n")
    print("| workers | ideal max(sum/W, longest) | suite order | longest first | suite / ideal | longest-first / ideal |")
    print("|---:|---:|---:|---:|---:|---:|")
    for workers in (2, 4, 8, 16):
        ideal = max(total / workers, max(durations))
        suite_wall = scheduling.simulate_wall_ms(durations, workers)
        lpt_wall = scheduling.simulate_wall_ms(ordered, workers)
        print(f"| {workers} | {ideal:.0f} s | {suite_wall:.0f} s | {lpt_wall:.0f} s | {suite_wall / ideal:.2f} | {lpt_wall / ideal:.2f} |")
    print("\n| shards | ideal sum/N | by count (contiguous) slowest shard | by duration (LPT) slowest shard | count / ideal | duration / ideal |")
    print("|---:|---:|---:|---:|---:|---:|")
    for count in (2, 4, 8):
        ideal = max(total / count, max(durations))
        size = -(-len(durations) // count)
        by_count = max(sum(durations[i:i + size]) for i in range(0, len(durations), size))
        by_duration = max(s.predicted_ms for s in scheduling.split_shards(keys, predictions, count)) / 1000
        print(f"| {count} | {ideal:.0f} s | {by_count:.0f} s | {by_duration:.0f} s | {by_count / ideal:.2f} | {by_duration / ideal:.2f} |")


# --- the real farm ---

REAL_DELAYS_MS = [1500] * 8 + [6000, 6000, 15000]  # listed last, as in the simulation


def _suite_text(name: str) -> str:
    lines = [f"name: {name}", "base_url: http://127.0.0.1:1", "requirements:"]
    for n, delay in enumerate(REAL_DELAYS_MS):
        lines += [f"  - id: page-{n:02d}", f"    url: /login?delay_ms={delay}", "    steps:", '      - Verify the page shows "Accepted users"']
    return "\n".join(lines) + "\n"


def farm() -> None:
    import redis
    from sqlalchemy import create_engine, text

    from pacts_farm.demo import server

    redis_url = f"redis://127.0.0.1:6379/{os.environ.get('PFBENCH_REDIS_DB', '8')}"
    redis.Redis.from_url(redis_url).flushdb()
    db_name = f"pacts_bench_sched_{os.getpid()}"
    admin = create_engine(POSTGRES_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{db_name}"'))
    work = Path(tempfile.mkdtemp(prefix="bench-sched-"))
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PACTS_", "ANTHROPIC_"))}
    env.update({
        "PACTS_BROKER_URL": redis_url, "PACTS_DATABASE_URL": POSTGRES_ADMIN.rsplit("/", 1)[0] + f"/{db_name}",
        "PACTS_HOME": str(work / "home"), "PACTS_ARTIFACTS_DIR": str(work / "runs"), "PACTS_TRACE": "off",
        "PYTHONUNBUFFERED": "1",
    })
    log = open(work / "worker.log", "wb")  # noqa: SIM115
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "tasks", "worker", "-P", "prefork", "-c", "2", "-Q", "browser,plan,maintenance",
         "--prefetch-multiplier", "1", "-l", "INFO", "-n", "bench@%h"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    rows: list[tuple[str, float, float, float]] = []
    try:
        deadline = time.monotonic() + 90
        while b"ready." not in (work / "worker.log").read_bytes():
            assert time.monotonic() < deadline and worker.poll() is None, "worker did not start"
            time.sleep(0.2)
        with server.start_demo_server() as shop:
            def run(name: str, label: str) -> None:
                path = work / f"{name}.yaml"
                path.write_text(_suite_text(name))
                out = work / f"out-{len(rows)}-{label}"
                done = subprocess.run(
                    [sys.executable, "-m", "pacts_farm.cli", "submit", str(path), "--wait", "-o", str(out), "--base-url", shop.url],
                    cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
                )
                assert done.returncode == 0, done.stdout + done.stderr
                document = json.loads((out / "results.json").read_text())
                items = [i["duration_ms"] / 1000 for i in document["items"]]
                rows.append((label, document["run"]["duration_ms"] / 1000, sum(items), max(items)))

            run("Skewed", "warm-up (browsers start)")
            rows.clear()
            for round_no in (1, 2, 3):
                run(f"Skewed no history {round_no}", "suite order (no history)")
                run("Skewed", "longest first (history)")
    finally:
        os.killpg(worker.pid, 15)
        worker.wait(timeout=30)
        log.close()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{db_name}" WITH (FORCE)'))
        admin.dispose()
        redis.Redis.from_url(redis_url).flushdb()
    print(f"\n## Real 2-process farm: {len(REAL_DELAYS_MS)} items, delays {REAL_DELAYS_MS} ms (long ones listed last)\n")
    print("| run | wall (submit to finish) | sum of item times | ideal max(sum/2, longest) | wall / ideal |")
    print("|---|---:|---:|---:|---:|")
    for label, wall, total, longest in rows:
        ideal = max(total / 2, longest)
        print(f"| {label} | {wall:.1f} s | {total:.1f} s | {ideal:.1f} s | {wall / ideal:.2f} |")
    for label in ("suite order (no history)", "longest first (history)"):
        ratios = sorted(w / max(t / 2, m) for lab, w, t, m in rows if lab == label)
        walls = sorted(w for lab, w, _, _ in rows if lab == label)
        print(f"| **{label}, median of {len(ratios)}** | {walls[len(walls) // 2]:.1f} s | | | {ratios[len(ratios) // 2]:.2f} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--no-farm", action="store_true", help="simulation only")
    args = parser.parse_args()
    simulate()
    if not args.no_farm:
        farm()


if __name__ == "__main__":
    main()

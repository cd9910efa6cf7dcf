"""Load: N items (default 500) on a real 2-process farm; prints a table. A script, not a CI gate.

    .venv/bin/python bench/bench_load.py [--items 500] [--timeout 1800] [--redis-db 10] [--json out.json]

Starts the demo shop, a fresh Postgres database on 127.0.0.1:5432, one `celery -A tasks worker -c 2`
(prefork: a main process and two pool processes, one Chromium each) on a reserved Redis db, submits one
suite whose requirement has N data rows (N items: log in, see the products), waits for every item, and
reports: items done and met, RSS of each worker process at the start and the end (from /proc), browser
contexts still open after the last item (from the worker log line each item session writes), database
connections (pg_stat_activity) before, during and after, throughput, and item latency (p50/p95 of the
time each item took in the browser, and of submit-to-done).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, func, select, text  # noqa: E402

from pacts_farm.demo import server  # noqa: E402
from pacts_farm.store import db, models  # noqa: E402

PG_ADMIN = "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres"
CONTEXTS = re.compile(r"ForkPoolWorker-(\d+)\].*browser contexts open after the item: (\d+)")


def _env(extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PACTS_", "ANTHROPIC_"))}
    env.update({"PYTHONUNBUFFERED": "1", **extra})
    return env


def _children(pid: int) -> list[int]:
    out = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.append(int(entry.name))
    return out


def _rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def _comm(pid: int) -> str:
    return Path(f"/proc/{pid}/comm").read_text().strip()


def _worker_processes(main: int) -> dict[int, str]:
    """The worker's own Python processes: main and pool children (browsers are below the children)."""
    procs = {main: "main"}
    for n, child in enumerate(sorted(p for p in _children(main) if "python" in _comm(p) or "celery" in _comm(p)), 1):
        procs[child] = f"pool {n}"
    return procs


def _browser_rss_mb(main: int) -> float:
    total, todo = 0.0, [main]
    while todo:
        for child in _children(todo.pop()):
            todo.append(child)
            if "chrom" in _comm(child) or "headless" in _comm(child) or "node" in _comm(child):
                total += _rss_mb(child)
    return total


def _connections(admin: object, name: str) -> int:
    with admin.connect() as conn:  # type: ignore[attr-defined]
        return int(conn.execute(text("SELECT count(*) FROM pg_stat_activity WHERE datname = :n"), {"n": name}).scalar())


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))] if ordered else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=500)
    parser.add_argument("--timeout", type=float, default=1800)
    parser.add_argument("--redis-db", type=int, default=10)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()

    import redis

    redis_url = f"redis://127.0.0.1:6379/{args.redis_db}"
    redis.Redis.from_url(redis_url).flushdb()
    name = f"pacts_bench_load_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_ADMIN, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    database_url = PG_ADMIN.rsplit("/", 1)[0] + f"/{name}"
    engine = db.open_engine(database_url)
    db.upgrade(engine)
    engine.dispose()
    work = Path(tempfile.mkdtemp(prefix="pf-bench-load-"))
    env = {
        "PACTS_BROKER_URL": redis_url, "PACTS_DATABASE_URL": database_url, "PACTS_HOME": str(work / "home"),
        "PACTS_ARTIFACTS_DIR": str(work / "artifacts"), "PACTS_TRACE": "on-failure",
    }
    demo = server.start_demo_server()
    rows = "".join(f"      - {{n: {i}}}\n" for i in range(args.items))
    suite = work / "load.yaml"
    suite.write_text(f"""\
name: Load
base_url: {demo.url}
requirements:
  - id: login
    title: Log in and see the products (row ${{n}})
    url: /login
    data:
{rows}    steps:
      - Fill "standard_user" in the Username field
      - Fill "secret_sauce" in the Password field
      - Click Login
      - Verify the page shows "Products"
""")
    log_path = work / "worker.log"
    log = open(log_path, "wb")  # noqa: SIM115
    worker = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "tasks", "worker", "-P", "prefork", "-c", "2", "-Q", "browser,plan,maintenance",
         "--prefetch-multiplier", "1", "-l", "INFO", "-n", f"load-{uuid.uuid4().hex[:6]}@%h"],
        cwd=ROOT, env=_env(env), stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )
    result: dict[str, object] = {}
    try:
        deadline = time.monotonic() + 120
        while b" ready." not in log_path.read_bytes():
            if time.monotonic() > deadline or worker.poll() is not None:
                raise SystemExit("the worker did not start:\n" + log_path.read_text()[-3000:])
            time.sleep(0.2)
        # warm: one item so each pool process has its browser, then measure from there
        warm = work / "warm.yaml"
        warm.write_text(f"name: Warm\nbase_url: {demo.url}\nrequirements:\n  - id: warm\n    url: /login\n"
                        "    data: [{n: 1}, {n: 2}, {n: 3}, {n: 4}]\n"
                        "    steps: ['Verify the page shows \"Username\"']\n")  # both pool processes start a browser
        subprocess.run([sys.executable, "-m", "pacts_farm.cli", "submit", str(warm), "--wait"], cwd=ROOT,
                       env=_env(env), check=True, capture_output=True, timeout=300)
        procs = _worker_processes(worker.pid)
        rss_start = {label: _rss_mb(pid) for pid, label in procs.items()}
        browsers_start = _browser_rss_mb(worker.pid)
        conns_before = _connections(admin, name)

        started = time.monotonic()
        submitted = subprocess.run(
            [sys.executable, "-m", "pacts_farm.cli", "submit", str(suite), "-o", str(work / "run")],
            cwd=ROOT, env=_env(env), capture_output=True, text=True, timeout=300,
        )
        if submitted.returncode != 0:
            raise SystemExit(submitted.stdout + submitted.stderr)
        run_id = submitted.stdout.split("submitted run ")[1].split()[0]
        engine = db.open_engine(database_url)
        sessions = db.make_sessions(engine)
        conns_peak = 0
        deadline = started + args.timeout
        while True:
            with sessions() as s:
                status = s.scalar(select(models.RunRow.status).where(models.RunRow.id == run_id))
                done = s.scalar(select(func.count()).select_from(models.ItemRow).where(
                    models.ItemRow.run_id == run_id, models.ItemRow.state == "done"))
            conns_peak = max(conns_peak, _connections(admin, name))
            if status not in ("queued", "running"):
                break
            if time.monotonic() > deadline:
                raise SystemExit(f"timed out with {done}/{args.items} items done")
            time.sleep(1)
        wall = time.monotonic() - started
        with sessions() as s:
            items = s.scalars(select(models.ItemRow).where(models.ItemRow.run_id == run_id)).all()
            run = s.get(models.RunRow, run_id)
            created = run.created_at  # type: ignore[union-attr]
            in_browser = [i.duration_ms / 1000 for i in items if i.duration_ms is not None]
            to_done = [(i.finished_at - created).total_seconds() for i in items if i.finished_at]
            states = {i.state for i in items}
            met = sum(1 for i in items if i.met)
            attempts = sum(i.attempts for i in items)
        engine.dispose()
        time.sleep(2)  # let the last item's log line land
        rss_end = {label: _rss_mb(pid) for pid, label in procs.items()}
        browsers_end = _browser_rss_mb(worker.pid)
        contexts: dict[str, int] = {}
        for match in CONTEXTS.finditer(log_path.read_text(errors="replace")):
            contexts[f"pool {match.group(1)}"] = int(match.group(2))
        conns_after = _connections(admin, name)
        result = {
            "items": args.items, "done": sum(1 for i in items if i.state == "done"), "met": met,
            "states": sorted(states), "run_status": status, "browser_attempts": attempts,
            "rss_start_mb": rss_start, "rss_end_mb": rss_end,
            "browsers_rss_start_mb": browsers_start, "browsers_rss_end_mb": browsers_end,
            "contexts_open_after_last_item": contexts,
            "db_connections": {"before": conns_before, "peak": conns_peak, "after": conns_after},
            "wall_s": wall, "throughput_items_per_s": args.items / wall,
            "item_in_browser_p50_s": statistics.median(in_browser), "item_in_browser_p95_s": _pct(in_browser, 0.95),
            "submit_to_done_p50_s": statistics.median(to_done), "submit_to_done_p95_s": _pct(to_done, 0.95),
        }
    finally:
        try:
            os.killpg(worker.pid, signal.SIGTERM)
            worker.wait(timeout=60)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            os.killpg(worker.pid, signal.SIGKILL)
        log.close()
        demo.stop()
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
        redis.Redis.from_url(redis_url).flushdb()
        shutil.rmtree(work, ignore_errors=True)

    print(f"| figure | value |\n|---|---|")
    print(f"| items done / met / submitted | {result['done']} / {result['met']} / {result['items']} (run {result['run_status']}, item states {result['states']}) |")
    print(f"| browser attempts (1 per item when nothing was retried) | {result['browser_attempts']} |")
    for label in result["rss_start_mb"]:  # type: ignore[union-attr]
        start, end = result["rss_start_mb"][label], result["rss_end_mb"][label]  # type: ignore[index]
        print(f"| worker RSS {label}, start → end | {start:.0f} MB → {end:.0f} MB ({end - start:+.0f}) |")
    print(f"| Chromium + Playwright driver RSS, start → end | {result['browsers_rss_start_mb']:.0f} MB → {result['browsers_rss_end_mb']:.0f} MB |")
    print(f"| browser contexts open after the last item, per pool process | {result['contexts_open_after_last_item']} |")
    c = result["db_connections"]
    print(f"| database connections before / peak / after | {c['before']} / {c['peak']} / {c['after']} |")  # type: ignore[index]
    print(f"| wall time, throughput | {result['wall_s']:.0f} s, {result['throughput_items_per_s']:.2f} items/s |")
    print(f"| item time in the browser, p50 / p95 | {result['item_in_browser_p50_s']:.2f} s / {result['item_in_browser_p95_s']:.2f} s |")
    print(f"| submit → item done, p50 / p95 | {result['submit_to_done_p50_s']:.0f} s / {result['submit_to_done_p95_s']:.0f} s |")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

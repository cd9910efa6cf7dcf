"""Speed: the demo suite through pacts-farm against the same flows hand-written in Playwright, in one run.

    .venv/bin/python bench/bench_speed.py [--rounds 3] [--farm/--no-farm] [--json out.json] [--repo PATH]

Every measurement gets a fresh demo shop (its deals service is cold on the first call, so the flaky
requirement behaves the same each time). Figures are medians over --rounds, measured alternately:
1. floor: bench/handwritten_demo.py in a process of its own (fixed selectors, a fresh context per flow and data row,
   the same retry for the flaky flow) — whole process and the flows alone, per flow.
2. `pacts-farm submit` on the embedded default, cold (empty store) and warm (second run): whole process,
   the run, per item; ratios against the floor; where the items' browser time went (phases).
3. The farm (Redis broker, Postgres store) with 1 and 2 worker processes, warm: whole `submit --wait`,
   items/s, overhead share, worker RSS (pool processes and their Chromium).
4. A cProfile of a warm run in-process: the top costs in pacts_farm's own code.
--repo runs 2. against another checkout (e.g. a worktree of an older commit: the "before" figures).
"""

from __future__ import annotations

import argparse
import cProfile
import json
import os
import pstats
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

sys.path.insert(0, str(ROOT / "bench"))

from bench_pipeline import _drop_postgres, _fresh_postgres  # noqa: E402  (one throwaway-database helper)

from pacts_farm.demo import server  # noqa: E402

SUITE = ROOT / "examples" / "demo-suite.yaml"
REDIS = "redis://127.0.0.1:6379/12"
PHASES = ("context_ms", "auth_ms", "navigation_ms", "resolution_ms", "actions_ms", "assertions_ms", "evidence_ms")


def _env(extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PACTS_")}
    env.update({"DEMO_PASSWORD": "secret_sauce", "PYTHONUNBUFFERED": "1", "PACTS_TRACE": "on-failure", **extra})
    return env


def _median(values: list[float]) -> float:
    return statistics.median(values) if values else 0.0


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(round(len(ordered) * 0.95)) - 1)] if ordered else 0.0


def floor(demo_url: str) -> dict:
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, str(ROOT / "bench" / "handwritten_demo.py"), demo_url],
                          cwd=ROOT, env=_env({}), capture_output=True, text=True, timeout=600)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        raise SystemExit(f"hand-written flows failed:\n{proc.stdout}\n{proc.stderr}")
    inner = json.loads(proc.stdout.strip().splitlines()[-1])
    return {"process_s": wall, "run_s": inner["flows_s"], "per_item_s": inner["per_flow_s"]}


def submit(repo: Path, env: dict[str, str], demo_url: str, out: Path, *extra: str) -> dict:
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-m", "pacts_farm.cli", "submit", str(SUITE), "--base-url", demo_url, "-o", str(out), *extra],
        cwd=repo, env=_env(env), capture_output=True, text=True, timeout=900,
    )
    wall = time.perf_counter() - started
    document = json.loads((out / "results.json").read_text())
    if document["run"]["status"] not in ("passed",):
        raise SystemExit(f"run did not pass ({proc.returncode}):\n{proc.stdout[-3000:]}\n{proc.stderr[-3000:]}")
    items = document["items"]
    phases = {name: sum(i.get("phases", {}).get(name, 0.0) for i in items) / 1000 for name in PHASES}
    return {
        "process_s": wall,
        "run_s": document["run"]["duration_ms"] / 1000,
        "items_s": sum(i["duration_ms"] for i in items) / 1000,
        "per_item_s": _by_requirement(items),
        "phases_s": phases,
        "hit_rate": (document["run"].get("cache") or {}).get("hit_rate"),
        "items": len(items),
    }


def _by_requirement(items: list[dict]) -> dict[str, float]:
    """Seconds per requirement (data rows added up), keyed like the hand-written flows."""
    seconds: dict[str, float] = {}
    for item in items:
        key = item["requirement_id"].replace("-", "_")
        seconds[key] = seconds.get(key, 0.0) + item["duration_ms"] / 1000
    return seconds


def bench_embedded(repo: Path, tmp: Path, rounds: int) -> dict:
    samples: dict[str, list[dict]] = {"floor": [], "cold": [], "warm": []}
    for round_no in range(rounds):
        port = _free_port()  # one origin per round: the selector cache is keyed by it
        for name in ("floor", "cold", "warm") if round_no % 2 == 0 else ("warm", "floor", "cold"):
            with server.start_demo_server(port=port) as demo:
                if name == "floor":
                    samples[name].append(floor(demo.url))
                    continue
                home = {"PACTS_HOME": str(tmp / f"{name}-{round_no}")}
                if name == "cold":
                    samples[name].append(submit(repo, home, demo.url, tmp / f"c{round_no}"))
                    continue
                submit(repo, home, demo.url, tmp / f"w{round_no}-seed")  # warm: learned by a first run
            if name == "warm":
                with server.start_demo_server(port=port) as fresh:  # a fresh shop: its deals service cold again
                    samples[name].append(submit(repo, home, fresh.url, tmp / f"w{round_no}"))
    figures: dict[str, object] = {}
    for name, runs in samples.items():
        figures[name] = {
            "process_s": round(_median([r["process_s"] for r in runs]), 2),
            "run_s": round(_median([r["run_s"] for r in runs]), 2),
        }
        if name != "floor":
            figures[name]["hit_rate"] = runs[-1]["hit_rate"]  # type: ignore[index]
            figures[name]["phases_s"] = {p: round(_median([r["phases_s"][p] for r in runs]), 2) for p in PHASES}  # type: ignore[index]
    base = figures["floor"]
    floor_each = {k: _median([r["per_item_s"][k] for r in samples["floor"]]) for k in samples["floor"][0]["per_item_s"]}
    for name in ("cold", "warm"):
        mine = figures[name]
        mine["process_over_floor"] = round(mine["process_s"] / base["process_s"], 3)  # type: ignore[index]
        mine["run_over_floor"] = round(mine["run_s"] / base["run_s"], 3)  # type: ignore[index]
        each = {k: _median([r["per_item_s"][k] for r in samples[name]]) for k in samples[name][0]["per_item_s"]}
        ratios = sorted((each[k] / floor_each[k], k) for k in each if k in floor_each)
        mine["per_requirement_over_floor_median"] = round(_median([r for r, _ in ratios]), 3)  # type: ignore[index]
        mine["per_requirement_over_floor_worst"] = f"{ratios[-1][0]:.3f} ({ratios[-1][1]})"  # type: ignore[index]
    return figures


# --- the farm ---


def _tree_rss_mb(pid: int) -> float:
    """RSS of a process and all its descendants (a pool process and its Chromium), in MB."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        stack.extend(children.get(current, ()))
        try:
            for line in Path(f"/proc/{current}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


class _Worker:
    def __init__(self, repo: Path, env: dict[str, str], concurrency: int, log: Path) -> None:
        self.log_path = log
        self.log = open(log, "wb")  # noqa: SIM115 - closed in stop()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "celery", "-A", "tasks", "worker", "-P", "prefork", "-c", str(concurrency),
             "-Q", "browser,plan,maintenance", "--prefetch-multiplier", "1", "-l", "WARNING"],
            cwd=repo, env=_env(env), stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        deadline = time.monotonic() + 90
        while not self.pool_pids():
            if time.monotonic() > deadline or self.proc.poll() is not None:
                raise SystemExit(f"worker did not start:\n{log.read_text()}")
            time.sleep(0.2)
        time.sleep(1.0)

    def pool_pids(self) -> list[int]:
        pids = []
        for entry in Path("/proc").iterdir():
            if entry.name.isdigit():
                try:
                    if int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1]) == self.proc.pid:
                        pids.append(int(entry.name))
                except (OSError, ValueError, IndexError):
                    continue
        return pids

    def stop(self) -> None:
        import signal

        os.killpg(self.proc.pid, signal.SIGTERM)
        try:
            self.proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(self.proc.pid, signal.SIGKILL)
        self.log.close()


def bench_farm(repo: Path, tmp: Path, rounds: int) -> dict:
    import redis

    figures: dict[str, object] = {}
    for concurrency in (1, 2):
        redis.Redis.from_url(REDIS).flushdb()
        database = _fresh_postgres()
        env = {"PACTS_BROKER_URL": REDIS, "PACTS_DATABASE_URL": database,
               "PACTS_ARTIFACTS_DIR": str(tmp / f"farm-{concurrency}"), "PACTS_HOME": str(tmp / f"farm-home-{concurrency}")}
        worker = _Worker(repo, env, concurrency, tmp / f"worker-{concurrency}.log")
        try:
            rss_start = [_tree_rss_mb(pid) for pid in worker.pool_pids()]
            with server.start_demo_server() as demo:
                submit(repo, env, demo.url, tmp / f"farm{concurrency}-seed", "--wait")
            runs = []
            for round_no in range(rounds):
                with server.start_demo_server() as demo:
                    runs.append(submit(repo, env, demo.url, tmp / f"farm{concurrency}-{round_no}", "--wait"))
            rss_end = [_tree_rss_mb(pid) for pid in worker.pool_pids()]
        finally:
            worker.stop()
            _drop_postgres(database)
        run_s = _median([r["run_s"] for r in runs])
        items = runs[-1]["items"]
        browser_s = _median([r["items_s"] for r in runs])
        figures[f"{concurrency}_worker"] = {
            "process_s": round(_median([r["process_s"] for r in runs]), 2),
            "run_s": round(run_s, 2),
            "items_per_s": round(items / run_s, 3),
            "overhead_share": round(max(0.0, 1 - browser_s / (run_s * concurrency)), 3),
            "rss_mb_per_worker_start": [round(r) for r in rss_start],
            "rss_mb_per_worker_end": [round(r) for r in rss_end],
        }
    one, two = figures["1_worker"], figures["2_worker"]
    figures["speedup_2_over_1"] = round(one["run_s"] / two["run_s"], 3)  # type: ignore[index]
    return figures


# --- where the time goes, in-process ---


def profile_warm(tmp: Path) -> dict:
    """A warm run's time, phase by phase, in this process (stages called directly, so each is timed),
    plus a cProfile of that run: the top costs in pacts_farm's own code.

    On purpose this does not go through run_suite (pacts_farm.running, what `submit` runs, measured whole in
    bench_embedded): it opens the store, starts the Celery workers and launches the browser one at a time to time
    each, and calls the pipeline's four stages itself, item by item, to time each stage without Celery around it."""
    from pacts_farm import config, model, pipeline, report
    from pacts_farm.farm import dispatch
    from pacts_farm.browser import chromium
    from pacts_farm import submit as submitting
    from pacts_farm.runtime import Runtime
    from pacts_farm.store import repo

    breakdown: dict[str, float] = {}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "pass"], check=True)
    bare = time.perf_counter() - started
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import pacts_farm.cli, pacts_farm.running, pacts_farm.submit, pacts_farm.farm.dispatch, tasks.pipeline"],
                   cwd=ROOT, check=True)
    breakdown["process_start_s"] = bare
    breakdown["imports_s"] = time.perf_counter() - started - bare

    os.environ["DEMO_PASSWORD"] = "secret_sauce"
    settings = config.Settings.from_env({"PACTS_HOME": str(tmp / "profile-home"), "PACTS_TRACE": "on-failure"})
    started = time.perf_counter()
    rt = Runtime.open(settings)
    breakdown["store_open_s"] = time.perf_counter() - started
    app = dispatch.make_celery(settings)
    started = time.perf_counter()
    with dispatch.embedded_worker(app):
        breakdown["celery_worker_start_s"] = time.perf_counter() - started
    host = chromium.BrowserHost(settings)
    started = time.perf_counter()
    host.warm()
    breakdown["browser_launch_s"] = time.perf_counter() - started
    stage_s: dict[str, float] = {}

    def run(base_url: str) -> str:
        submission = submitting.prepare(SUITE, environ=os.environ, base_url=base_url)
        run_id = submitting.new_run_id()
        item_ids = repo.create_run(rt.sessions, run_id=run_id, suite=submission.suite, content=submission.content + run_id,
                                   mode="embedded", output_dir=str(tmp / run_id), options=submitting.auth_options(submission))
        stages: tuple[Callable[[Runtime, str], None], ...] = (
            pipeline.plan_item, pipeline.discover_item, pipeline.execute_item, pipeline.heal_item)
        for item_id in item_ids:
            for stage in stages:
                stage_started = time.perf_counter()
                stage(rt, item_id)
                stage_s[stage.__name__] = stage_s.get(stage.__name__, 0.0) + time.perf_counter() - stage_started
        return run_id

    try:
        port = _free_port()
        with rt.using_browser(host), server.start_demo_server(port=port) as demo:
            run(demo.url)
        stage_s.clear()
        profiler = cProfile.Profile()
        with rt.using_browser(host), server.start_demo_server(port=port) as demo:
            profiler.enable()
            run_id = run(demo.url)
            profiler.disable()
        result = repo.load_run_result(rt.sessions, run_id)
        phases = model.Phases()
        for item in result.items:
            phases = phases + item.phases
        browser_s = sum(phases.to_json().values()) / 1000
        breakdown.update({f"item_{name.removesuffix('_ms')}_s": value / 1000 for name, value in phases.to_json().items()})
        breakdown["plan_stage_s"] = stage_s["plan_item"]
        breakdown["discover_stage_s"] = stage_s["discover_item"]
        breakdown["execute_stage_store_and_overhead_s"] = stage_s["execute_item"] - browser_s
        breakdown["heal_stage_and_reports_s"] = stage_s["heal_item"]
        started = time.perf_counter()
        report.write_reports(result, tmp / "report-timing")
        breakdown["report_writing_s"] = time.perf_counter() - started
        stats = pstats.Stats(profiler)
        ours = []
        for (filename, line, name), (_, _, _, cumulative, _) in stats.stats.items():  # type: ignore[attr-defined]
            if "/pacts_farm/" in filename and name not in ("run_plan", "execute_item", "_execute_item", "_attempt", "run", "<lambda>"):
                ours.append((cumulative, f"{Path(filename).name}:{line}({name})"))
        ours.sort(reverse=True)
        return {
            "breakdown_s": {k: round(v, 3) for k, v in breakdown.items()},
            "top_costs_s": {where: round(seconds, 2) for seconds, where in ours[:8]},
        }
    finally:
        host.close()
        rt.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--farm", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--profile", action=argparse.BooleanOptionalAction, default=True)
    parser.add_argument("--repo", type=Path, default=ROOT, help="checkout whose pacts_farm is measured")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp_text:
        tmp = Path(tmp_text)
        figures["embedded"] = bench_embedded(args.repo, tmp, args.rounds)
        _print({"embedded": figures["embedded"]})  # each part as soon as it is measured
        if args.farm:
            figures["farm"] = bench_farm(args.repo, tmp, max(1, args.rounds - 1))
            _print({"farm": figures["farm"]}, header=False)
        if args.profile and args.repo == ROOT:
            figures["profile"] = profile_warm(tmp)
            _print({"profile": figures["profile"]}, header=False)
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n")
    return 0


def _print(figures: dict[str, object], prefix: str = "", *, header: bool = True) -> None:
    if not prefix and header:
        print(f"{'figure':<58} value")
    for key, value in figures.items():
        name = f"{prefix}.{key}" if prefix else key
        if isinstance(value, dict):
            _print(value, name)
        else:
            print(f"{name:<58} {value}", flush=True)


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


if __name__ == "__main__":
    threading.current_thread().name = "bench"
    raise SystemExit(main())

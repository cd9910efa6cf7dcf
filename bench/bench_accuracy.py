"""Accuracy on the real-app corpus: does pacts-farm, with the rules planner and no LLM, reach the verdicts we expect?

    .venv/bin/python bench/bench_accuracy.py --app NAME=URL [--app NAME …] [--all] [--corpus DIR]
        [--rounds N] [--no-warm] [--no-floor] [--only ID,…] [--keep DIR] [--json out.json] [--holdout] [--repo PATH]
    .venv/bin/python bench/bench_accuracy.py --all --plan-only     (planner coverage alone, in seconds)

NAME is a folder of the corpus (bench/corpus/NAME: suite.yaml, app.json, optional floor.py); URL where the app
is served (`--app NAME` alone: http://127.0.0.1:<app.json port>, or the app started by the bench when app.json
names a `serve` function, as the demo shop's does). `--all`: every app of the corpus on its app.json port.
Hold-out apps (app.json role "holdout") run only with --holdout: their failures stay unseen until the end.

Per app, reported apart by role (dev, holdout, ci):
1. planner coverage without an LLM: sentences understood, requirements fully planned (plan.make_plan, no assist);
2. `pacts-farm submit --planner rules` in a process of its own on a throwaway SQLite store (unplannable
   requirements left out with --only; they count as not met), cold (fresh store) and warm (the same store
   again): agreement with `expect`, false passes, expected failures failing at their `fails_at` step, wall time;
3. the failures by class (sentence not understood, target not found, ambiguous, assertion mismatch, timing,
   wrong step, false pass, error), with examples;
4. with a floor.py: the hand-written flows (bench/floor_runner.py, a process of its own) against the engine's
   warm run of the same requirement ids on the same store, in the same round: the warm/floor ratio.
--repo measures another checkout's engine (a worktree of a branch) on the same corpus.
Verdict figures come from round 1's cold run (a new user's first run); warm figures and runs whose verdicts
differ from it are shown too. Times are medians over --rounds.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parents[1]


def _engine_checkout(argv: Sequence[str]) -> Path:
    """--repo PATH: the checkout whose pacts_farm is measured (read before pacts_farm is imported)."""
    for n, arg in enumerate(argv):
        if arg == "--repo" and n + 1 < len(argv):
            return Path(argv[n + 1]).resolve()
        if arg.startswith("--repo="):
            return Path(arg.split("=", 1)[1]).resolve()
    return ROOT


ENGINE = _engine_checkout(sys.argv[1:] if __name__ == "__main__" else ())
sys.path.insert(0, str(ENGINE))
sys.path.insert(0, str(ROOT / "bench"))

import accuracy_report as report  # noqa: E402
import accuracy_score as score  # noqa: E402
from pacts_farm import errors, model
from pacts_farm.planning import plan
from pacts_farm.suites import suite

CORPUS = ROOT / "bench" / "corpus"
_STEP_FIELD = re.compile(r"(?:steps|text)\[(\d+)\]$")


# --- the corpus ---


@dataclass(frozen=True, kw_only=True, slots=True)
class App:
    name: str
    folder: Path
    info: Mapping[str, Any]  # app.json
    url: str | None  # None: from app.json (its port, or started by the bench)

    @property
    def role(self) -> str:
        return str(self.info.get("role", "dev"))

    @property
    def suite_path(self) -> Path:
        return self.folder / "suite.yaml"

    @property
    def floor_path(self) -> Path | None:
        path = self.folder / "floor.py"
        return path if path.is_file() else None


def parse_app(spec: str, corpus: Path) -> App:
    name, _, url = spec.partition("=")
    folder = corpus / name
    if not (folder / "suite.yaml").is_file() or not (folder / "app.json").is_file():
        raise SystemExit(f"--app {name}: {folder} needs suite.yaml and app.json")
    info = json.loads((folder / "app.json").read_text())
    return App(name=name, folder=folder, info=info, url=url.rstrip("/") or None)


def expectations(suite_text: str) -> dict[str, tuple[str, int | None]]:
    """requirement id -> (expect, fails_at), read from the suite's YAML (fails_at is the benches' key)."""
    data = yaml.safe_load(suite_text) or {}
    return {
        str(r["id"]): (str(r.get("expect", "pass")), r.get("fails_at"))
        for r in data.get("requirements") or () if isinstance(r, dict) and "id" in r
    }


@contextlib.contextmanager
def served(app: App) -> Iterator[str]:
    """The app's URL: given, started by the bench (app.json `serve`, "module:function"), or its app.json port."""
    if app.url:
        yield app.url
        return
    port = int(app.info.get("port") or 0)
    serve = app.info.get("serve")
    if serve:
        module, _, function = str(serve).partition(":")
        start = getattr(importlib.import_module(module), function)
        try:
            server = start(port=port)
        except OSError:  # the port is taken: any free one (the store is throwaway, so the origin does not matter)
            server = start(port=0)
        with server:
            yield server.url
        return
    yield f"http://127.0.0.1:{port}"


def reachable(url: str) -> str | None:
    """None when the app answers at all (any HTTP status), else why not."""
    try:
        with urllib.request.urlopen(url, timeout=10):
            return None
    except urllib.error.HTTPError:
        return None
    except (urllib.error.URLError, OSError) as exc:
        return str(getattr(exc, "reason", exc))


# --- planning without an LLM ---


@dataclass(frozen=True, kw_only=True, slots=True)
class Coverage:
    sentences: int
    understood: int
    requirements: int
    planned_requirements: int
    unplanned: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # item key -> sentences not understood
    sentence_of: Mapping[str, tuple[int, ...]] = field(default_factory=dict)  # item key -> each planned step's sentence

    def to_json(self) -> dict[str, Any]:
        return {
            "sentences": self.sentences, "understood": self.understood,
            "sentence_share": score.ratio(self.understood, self.sentences),
            "requirements": self.requirements, "planned_requirements": self.planned_requirements,
            "requirement_share": score.ratio(self.planned_requirements, self.requirements),
            "unplanned": {k: list(v) for k, v in self.unplanned.items()},
        }


def plan_coverage(loaded: model.Suite) -> Coverage:
    """Plan every item with the rules alone; a requirement's sentence counts once (not understood in any row: not).

    The sentences of the `auth:` flows in use count too; when a flow cannot be planned, neither can its items.
    """
    sentences: dict[str, int] = {}
    missed: dict[str, set[int]] = {}
    unplanned: dict[str, tuple[str, ...]] = {}
    sentence_of: dict[str, tuple[int, ...]] = {}
    used = {item.auth for item in loaded.items if item.auth}
    flows = [
        model.Item(key=f"auth-{a.name}", requirement_id=f"auth.{a.name}", title=a.name, start_url=a.start_url,
                   steps=a.steps, line=a.line)
        for a in loaded.auth if a.name in used
    ]
    for item in (*flows, *loaded.items):
        sentences.setdefault(item.requirement_id, _sentence_count(item, loaded.base_url))
        missed.setdefault(item.requirement_id, set())
        not_understood: tuple[str, ...] = ()
        try:
            plan.make_plan(item, base_url=loaded.base_url)
            sentence_of[item.key] = _sentence_numbers(item, loaded.base_url)
        except errors.PlanInvalid as exc:
            not_understood = tuple(p.step for p in exc.problems)
            for problem in exc.problems:
                where = _STEP_FIELD.search(problem.field or "")
                missed[item.requirement_id].add(int(where.group(1)) if where else -1 - len(missed[item.requirement_id]))
        if item.auth and f"auth-{item.auth}" in unplanned:  # its sign-in flow cannot be planned
            not_understood = (*unplanned[f"auth-{item.auth}"], *not_understood)
        if not_understood:
            unplanned[item.key] = not_understood
    total = sum(sentences.values())
    items = {item.key: item.requirement_id for item in loaded.items}
    unplanned = {k: v for k, v in unplanned.items() if k in items}
    requirements = set(items.values())
    return Coverage(
        sentences=total,
        understood=total - sum(len(m) for m in missed.values()),
        requirements=len(requirements),
        planned_requirements=len(requirements - {items[k] for k in unplanned}),
        unplanned=unplanned,
        sentence_of=sentence_of,
    )


def _sentence_numbers(item: model.Item, base_url: str) -> tuple[int, ...]:
    """Each planned step's sentence, numbered from 1 as fails_at counts them ("… and press Enter" plans two steps).
    A sentence is planned after the ones before it, as the engine plans it ("Its affiliation is …" reads the item the
    step before named)."""
    if item.free_text:
        return ()
    numbers: list[int] = []
    for number in range(1, len(item.steps) + 1):
        upto = replace(item, steps=item.steps[:number])
        numbers += [number] * (len(plan.make_plan(upto, base_url=base_url).steps) - len(numbers))
    return tuple(numbers)


def _sentence_count(item: model.Item, base_url: str) -> int:
    if item.free_text:
        start = item.start_url or base_url
        return len(plan._parse_free_text(item.free_text, start_url=start, base_url=base_url, line=item.line)[1])
    return len(item.steps)


# --- running the engine ---


@dataclass(frozen=True, kw_only=True, slots=True)
class Run:
    process_s: float
    document: Mapping[str, Any] | None  # results.json
    problem: str = ""  # why there is no results.json

    @property
    def run_s(self) -> float | None:
        return self.document["run"]["duration_ms"] / 1000 if self.document else None

    @property
    def items(self) -> dict[str, Mapping[str, Any]]:
        return {i["id"]: i for i in self.document["items"]} if self.document else {}

    @property
    def items_s(self) -> float:
        return sum(i["duration_ms"] for i in self.items.values()) / 1000


def submit(suite_path: Path, url: str, home: Path, out: Path, only: Sequence[str]) -> Run:
    """`pacts-farm submit --planner rules` in a process of its own, on the SQLite store under ``home``, no LLM."""
    home.mkdir(parents=True, exist_ok=True)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PACTS_", "ANTHROPIC_"))}
    env.update({
        "PACTS_HOME": str(home), "PACTS_DATABASE_URL": f"sqlite:///{home / 'pacts.db'}",
        "PYTHONPATH": str(ENGINE), "PYTHONUNBUFFERED": "1",
    })
    command = [sys.executable, "-m", "pacts_farm.cli", "submit", str(suite_path), "--planner", "rules",
               "--base-url", url, "-o", str(out), "--only", ",".join(only)]
    started = time.perf_counter()
    proc = subprocess.run(command, cwd=ENGINE, env=env, capture_output=True, text=True, timeout=3600)
    wall = time.perf_counter() - started
    results = out / "results.json"
    if not results.is_file():
        return Run(process_s=wall, document=None, problem=f"submit exited {proc.returncode}: {(proc.stderr or proc.stdout)[-600:]}")
    return Run(process_s=wall, document=json.loads(results.read_text()))


def run_floor(floor_path: Path, url: str, ids: Sequence[str]) -> dict[str, Any]:
    started = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "floor_runner.py"), str(floor_path), url, ",".join(ids)],
        cwd=ENGINE, env={**os.environ, "PYTHONPATH": str(ENGINE)}, capture_output=True, text=True, timeout=1800,
    )
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        return {"process_s": wall, "problem": (proc.stderr or proc.stdout)[-600:]}
    return {"process_s": wall, **json.loads(proc.stdout.strip().splitlines()[-1])}


def floor_ids(floor_path: Path) -> list[str]:
    import floor_runner

    return list(floor_runner.load_floor(floor_path).FLOWS)


# --- one app ---


def score_run(run: Run, keys: Sequence[str], wanted: Mapping[str, tuple[str, int | None]],
              coverage: Coverage, requirement_of: Mapping[str, str]) -> list[score.ItemScore]:
    scores = []
    for key in keys:
        expect, fails_at = wanted.get(requirement_of[key], ("pass", None))
        result = run.items.get(key)
        scores.append(score.score_item(
            key=key, expect=expect, fails_at=fails_at, unplanned=coverage.unplanned.get(key, ()), result=result,
            sentence_of=coverage.sentence_of.get(key, ()),
        ))
    return scores


def bench_app(app: App, url: str, work: Path, *, rounds: int, warm: bool, floor: bool, only: Sequence[str]) -> dict[str, Any]:
    shutil.rmtree(work, ignore_errors=True)  # a kept folder of an earlier bench: its store would not be cold
    text = app.suite_path.read_text()
    loaded = suite.load_suite(app.suite_path, environ=os.environ, base_url=url)
    if only:
        loaded = _only(loaded, only)
    wanted = expectations(text)
    coverage = plan_coverage(loaded)
    keys = [i.key for i in loaded.items]
    requirement_of = {i.key: i.requirement_id for i in loaded.items}
    runnable = [k for k in keys if k not in coverage.unplanned]
    figures: dict[str, Any] = {"role": app.role, "url": url, "coverage": coverage.to_json()}
    compared: list[str] = []
    if floor and warm and app.floor_path is not None:
        flows = floor_ids(app.floor_path)
        compared = [k for k in flows if k in runnable]
        figures["floor_not_compared"] = [k for k in flows if k in keys and k not in runnable]
    runs: dict[str, list[Run]] = {"cold": [], "warm": [], "engine_floor_ids": []}
    floors: list[dict[str, Any]] = []
    for round_no in range(rounds):
        home = work / f"round{round_no + 1}" / "home"
        if not runnable:
            break
        for name in ("cold", "warm") if warm else ("cold",):
            runs[name].append(submit(app.suite_path, url, home, work / f"round{round_no + 1}" / name, runnable))
            _progress(app.name, round_no, name, runs[name][-1])
        if compared:  # the floor and the engine's warm run of the same ids, alternating which goes first
            order = ("floor", "engine") if round_no % 2 == 0 else ("engine", "floor")
            for side in order:
                if side == "floor":
                    floors.append(run_floor(app.floor_path, url, compared))  # type: ignore[arg-type]
                else:
                    runs["engine_floor_ids"].append(
                        submit(app.suite_path, url, home, work / f"round{round_no + 1}" / "floor-ids", compared))
    first_cold = runs["cold"][0] if runs["cold"] else Run(process_s=0.0, document=None, problem="nothing to run")
    cold_scores = score_run(first_cold, keys, wanted, coverage, requirement_of)
    figures["cold"] = {**score.summarize(cold_scores).to_json(), **_times(runs["cold"])}
    figures["summary"] = score.summarize(cold_scores)
    if runs["warm"]:
        warm_scores = score_run(runs["warm"][0], keys, wanted, coverage, requirement_of)
        figures["warm"] = {**score.summarize(warm_scores).to_json(), **_times(runs["warm"])}
        figures["warm_summary"] = score.summarize(warm_scores)
    figures["verdicts_differ"] = _unstable(keys, [r for group in ("cold", "warm") for r in runs[group]])
    figures["problems"] = sorted({r.problem for group in runs.values() for r in group if r.problem})
    if compared:
        figures["floor"] = _floor_figures(compared, floors, runs["engine_floor_ids"])
    return figures


def plan_app(app: App, *, only: Sequence[str]) -> dict[str, Any]:
    """Planner coverage alone (--plan-only): the suite loaded against its own base_url, nothing run."""
    loaded = suite.load_suite(app.suite_path, environ=os.environ)
    if only:
        loaded = _only(loaded, only)
    coverage = plan_coverage(loaded)
    scores = [score.score_item(key=k, expect="pass", fails_at=None, unplanned=v) for k, v in coverage.unplanned.items()]
    return {"role": app.role, "coverage": coverage.to_json(), "summary": score.summarize(scores)}


def _only(loaded: model.Suite, only: Sequence[str]) -> model.Suite:

    wanted = set(only)
    return replace(loaded, items=tuple(i for i in loaded.items if i.key in wanted or i.requirement_id in wanted))


def _median(values: Sequence[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(statistics.median(present), 2) if present else None


def _times(runs: Sequence[Run]) -> dict[str, Any]:
    return {"process_s": _median([r.process_s for r in runs]), "run_s": _median([r.run_s for r in runs]),
            "runs": len(runs)}


def _unstable(keys: Sequence[str], runs: Sequence[Run]) -> list[str]:
    """Items whose verdict was not the same in every run of this app (cold, warm, every round)."""
    seen: dict[str, set[str]] = {}
    for run in runs:
        for key, item in run.items.items():
            seen.setdefault(key, set()).add(item["verdict"])
    return [k for k in keys if len(seen.get(k, ())) > 1]


def _floor_figures(ids: Sequence[str], floors: Sequence[dict[str, Any]], engine: Sequence[Run]) -> dict[str, Any]:
    usable = [f for f in floors if "problem" not in f]
    floor_process = _median([f["process_s"] for f in usable])
    floor_flows = _median([f["flows_s"] for f in usable])
    engine_process = _median([r.process_s for r in engine])
    engine_run = _median([r.run_s for r in engine])
    engine_items = _median([r.items_s for r in engine if r.document])
    last = engine[-1].items if engine else {}
    failed_floor = set(usable[-1]["failures"]) if usable else set(ids)
    both = [k for k in ids if k not in failed_floor and last.get(k, {}).get("verdict") in score.SUCCEEDED]
    engine_both = _median([sum(r.items[k]["duration_ms"] for k in both if k in r.items) / 1000 for r in engine if r.document])
    floor_both = _median([sum(f["per_flow_s"][k] for k in both) for f in usable])
    return {
        "ids": list(ids),
        "floor_process_s": floor_process, "floor_flows_s": floor_flows,
        "floor_failures": usable[-1]["failures"] if usable else {},
        "floor_problems": [f["problem"] for f in floors if "problem" in f],
        "engine_warm_process_s": engine_process, "engine_warm_run_s": engine_run, "engine_warm_items_s": engine_items,
        "engine_passed": sum(1 for k in ids if last.get(k, {}).get("verdict") in score.SUCCEEDED),
        "process_over_floor": score.over(engine_process, floor_process),
        "run_over_floor": score.over(engine_run, floor_flows),
        "both_passed": both,  # per item, only where the engine and the floor both passed: no failure's wait in it
        "engine_items_both_s": engine_both if both else None, "floor_flows_both_s": floor_both if both else None,
        "items_over_floor_both_passed": score.over(engine_both, floor_both) if both else None,
    }


def _progress(app: str, round_no: int, name: str, run: Run) -> None:
    met = f"{run.document['run']['met']}/{run.document['run']['total']} met" if run.document else run.problem[:200]
    print(f"[{app}] round {round_no + 1} {name}: {run.process_s:.1f} s, {met}", file=sys.stderr, flush=True)


def engine_revision() -> str:
    """The measured checkout and its commit (with + when its tree has changes)."""
    def git(*args: str) -> str:
        proc = subprocess.run(["git", *args], cwd=ENGINE, capture_output=True, text=True)
        return proc.stdout.strip() if proc.returncode == 0 else ""

    dirty = "+" if git("status", "--porcelain", "--untracked-files=no") else ""
    return f"{ENGINE} @ {git('rev-parse', '--short', 'HEAD') or '?'}{dirty}"


def _jsonable(value: Any) -> Any:
    if isinstance(value, score.Summary):
        return value.to_json()
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    return value


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--app", action="append", default=[], metavar="NAME[=URL]", help="a corpus app (repeatable)")
    parser.add_argument("--all", action="store_true", help="every app of the corpus, on its app.json port")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help=f"corpus folder (default {CORPUS})")
    parser.add_argument("--holdout", action="store_true", help="allow hold-out apps (role holdout)")
    parser.add_argument("--rounds", type=int, default=1, help="fresh-store rounds; times are medians")
    parser.add_argument("--warm", action=argparse.BooleanOptionalAction, default=True, help="a warm run after the cold one")
    parser.add_argument("--floor", action=argparse.BooleanOptionalAction, default=True, help="compare with floor.py")
    parser.add_argument("--only", default="", help="only these requirement ids or item keys (a,b)")
    parser.add_argument("--plan-only", action="store_true", help="planner coverage only: nothing is served or run")
    parser.add_argument("--keep", type=Path, help="keep every run folder (results.json, report.html) here, in DIR/NAME"
                        " (replaced)")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--repo", type=Path, default=ROOT, help="checkout whose pacts_farm is measured (default: this one)")
    args = parser.parse_args(argv)
    specs = list(args.app)
    if args.all:
        named = {s.partition("=")[0] for s in specs}
        specs += sorted(p.name for p in args.corpus.iterdir() if (p / "app.json").is_file() and p.name not in named)
    if not specs:
        parser.error("name at least one --app, or --all")
    apps = [parse_app(s, args.corpus) for s in specs]
    held = [a.name for a in apps if a.role == "holdout" and not args.holdout]
    if held and not args.all:
        parser.error(f"{', '.join(held)}: hold-out apps run only with --holdout")
    if held:
        print(f"hold-out apps left out (run them with --holdout, at the end): {', '.join(held)}", file=sys.stderr)
    apps = [a for a in apps if a.role != "holdout" or args.holdout]
    only = [k for k in args.only.split(",") if k]
    figures: dict[str, dict[str, Any]] = {}
    skipped: dict[str, str] = {}
    work_root = Path(tempfile.mkdtemp(prefix="pacts-accuracy-"))
    try:
        for app in apps:
            try:
                if args.plan_only:
                    figures[app.name] = plan_app(app, only=only)
                    continue
                with served(app) as url:
                    why = reachable(url)
                    if why is not None:
                        skipped[app.name] = f"not served at {url}: {why}"
                        print(f"[{app.name}] skipped: {skipped[app.name]}", file=sys.stderr, flush=True)
                        continue
                    work = (args.keep or work_root) / app.name
                    figures[app.name] = bench_app(app, url, work, rounds=max(1, args.rounds), warm=args.warm,
                                                  floor=args.floor, only=only)
            except errors.InputError as exc:  # its suite does not load (a missing ${env:…}, a schema error)
                skipped[app.name] = exc.message
                print(f"[{app.name}] skipped: {exc.message}", file=sys.stderr, flush=True)
    finally:
        shutil.rmtree(work_root, ignore_errors=True)
    if not figures:
        print("no app was benched: " + "; ".join(f"{n}: {w}" for n, w in skipped.items()))
        return 1
    engine = engine_revision()
    totals = report.print_coverage(figures, engine) if args.plan_only else report.print_report(figures, engine)
    for name, why in skipped.items():
        print(f"skipped {name}: {why}")
    if args.json:
        document = {"engine": engine, "apps": figures, "totals": totals, "skipped": skipped,
                    "rounds": args.rounds}
        args.json.write_text(json.dumps(_jsonable(document), indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

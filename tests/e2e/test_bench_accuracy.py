"""bench/bench_accuracy.py end to end on the demo-shop corpus entry: what it prints agrees with the run's results.json."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
ONLY = ("login-unquoted", "login-locked", "login-empty")  # not understood, an expected failure, a failure


def _row(stdout: str, name: str) -> list[str]:
    line = next(line for line in stdout.splitlines() if line.startswith(name + " "))
    return re.split(r"\s{2,}", line.strip())


def test_bench_accuracy_prints_figures_that_match_results_json(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PACTS_", "ANTHROPIC_"))}
    proc = subprocess.run(
        [sys.executable, "bench/bench_accuracy.py", "--app", "demo-shop", "--only", ",".join(ONLY), "--no-warm",
         "--keep", str(tmp_path / "runs"), "--json", str(tmp_path / "figures.json")],
        cwd=ROOT, env={**env, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=240,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    results = json.loads((tmp_path / "runs" / "demo-shop" / "round1" / "cold" / "results.json").read_text())
    figures = json.loads((tmp_path / "figures.json").read_text())["apps"]["demo-shop"]
    items = {i["id"]: i for i in results["items"]}
    unplanned = figures["coverage"]["unplanned"]
    assert set(items) | set(unplanned) == set(ONLY) and not set(items) & set(unplanned)  # unplanned ones never submitted

    app, role, sentences, planned, agreement, false_passes, at_step, warm_agreement, cold_s, warm_s, _ = _row(proc.stdout, "demo-shop")
    assert role == "ci"
    coverage = figures["coverage"]
    assert sentences.startswith(f"{coverage['understood']}/{coverage['sentences']} ")
    assert planned.startswith(f"{len(ONLY) - len(unplanned)}/{len(ONLY)} ")
    assert agreement.startswith(f"{results['run']['met']}/{len(ONLY)} ")  # an unplanned requirement is never met
    assert figures["cold"]["met"] == results["run"]["met"]
    wrongly_passed = [k for k, i in items.items() if i["expected"] == "fail" and i["verdict"] in ("passed", "healed", "flaky")]
    assert int(false_passes) == len(wrongly_passed) == figures["cold"]["false_passes"]
    locked = items.get("login-locked")
    failed_at = next((s["index"] + 1 for s in locked["steps"] if s["outcome"] in ("failed", "error")), None) if locked else None
    assert at_step.startswith(f"{int(failed_at == 4)}/1 ")  # login-locked: fails_at 4
    assert warm_agreement == "-" and warm_s == "-" and float(cold_s) == figures["cold"]["process_s"] > 0

    classes = {c: v["count"] for c, v in figures["cold"]["classes"].items()}
    assert classes.get("sentence not understood", 0) == len(unplanned)
    failed_expected_pass = [k for k, i in items.items() if i["expected"] == "pass" and i["verdict"] not in ("passed", "healed", "flaky")]
    found = sum(classes.get(c, 0) for c in ("target not found", "ambiguous", "assertion mismatch", "timing", "error"))
    assert found == len(failed_expected_pass)
    for name, count in classes.items():
        assert re.search(rf"^demo-shop\s+{re.escape(name)}\s+{count}\b", proc.stdout, re.MULTILINE), name

"""Planner coverage on sentences written without reading the planner: bench/phrasing/<app>.yaml.

Two helper sessions wrote the first ten (2026-12-06, twelfth session) for ten dev apps, from each app's seed comment
and what they knew of its UI, in five testers' voices, without reading the engine, the phrasebook or the suites'
steps; nothing in them was checked against a running app, so they measure reading, never agreement. The planner was
tuned on them the session they were written (748/1208 sentences read on 2442c06, before): they are dev sentences now,
kept as a guard. Two more helpers wrote six more the same way in the thirteenth session (babybuddy, ctfd, flaskbb,
helpdesk, linkding, spirit: 120 requirements, 617 sentences), kept outside the repository until the session's engine
was frozen and read once with `--dir` as a hold-out (408/617 on the session's first engine, 420/617 on its last); they
are dev files now. Two more helpers wrote six more in the fourteenth session the same way (healthchecks, ihatemoney,
oscar-sandbox, planka, pretalx, redash: 120 requirements, 528 sentences), read once with `--dir` as a hold-out (292/528
on the session's first engine, 309/528 on its last); dev files now. Two more wrote six more in the fifteenth session
(changedetection, datasette, dokuwiki, mlflow, pinry, vendure: 120 requirements, 508 sentences), read once with `--dir`
as a hold-out (247/508 on the session's first engine, 249/508 on its last); dev files now. Three more wrote twelve more
in the sixteenth session (bakerydemo, djangowiki, ghost, juice-shop, locallibrary, mathesar, microblog,
payload-website, realworld-app, redmine, trelloapp, tududi: 240 requirements, 1084 sentences), read once with `--dir`
as a hold-out (542/1084 on the session's first engine, 564/1084 on its last); dev files now. Two more wrote the last
six in the seventeenth session (apm-routing, bulletproof-react, fab-contacts, fastapi-template, svelte-shop,
vue-element-admin: 120 requirements, 577 sentences), read once with `--dir` as a hold-out (282/577 on the session's
first engine, 305/577 on its last); dev files now. Each file's `accounts:`
lists its seed's users, as a suite says them once: "Log in as tom" then signs in as tom.

    .venv/bin/python bench/bench_phrasing.py            # per app and in total: sentences and requirements read
    .venv/bin/python bench/bench_phrasing.py --show     # and each sentence the rules leave unread
    .venv/bin/python bench/bench_phrasing.py --dir DIR  # another folder of phrasing files (a hold-out)
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent
sys.path[:0] = [str(ROOT.parent), str(ROOT)]

import bench_accuracy  # noqa: E402
from pacts_farm.suites import suite  # noqa: E402


def as_suite(path: Path) -> str:
    """A phrasing file as a suite: its requirements with their steps, every ${name} a plain variable, and each seed
    user in its accounts: list an account (the writers sign in by name; a suite says the password once)."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    names = sorted(set(re.findall(r"\$\{(\w+)\}", path.read_text(encoding="utf-8"))))
    return yaml.safe_dump({
        "name": data["app"],
        "base_url": "http://127.0.0.1:9/",
        "vars": {name: "x" for name in names},
        "accounts": {name: {"password": "x"} for name in data.get("accounts") or ()},
        "requirements": [{"id": r["id"], "title": r["id"], "url": r.get("url", "/"), "steps": r["steps"]} for r in data["requirements"]],
    }, allow_unicode=True, sort_keys=False)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--show", action="store_true", help="print each sentence left unread")
    parser.add_argument("--dir", type=Path, default=ROOT / "phrasing", help="a folder of phrasing files (default bench/phrasing)")
    args = parser.parse_args()
    totals = [0, 0, 0, 0]
    print(f"{'app':16} {'sentences read':>18} {'requirements planned':>22}")
    for path in sorted(args.dir.glob("*.yaml")):
        loaded = suite.load_suite_text(as_suite(path), source=str(path), environ={})
        coverage = bench_accuracy.plan_coverage(loaded)
        row = (coverage.understood, coverage.sentences, coverage.planned_requirements, coverage.requirements)
        totals = [a + b for a, b in zip(totals, row)]
        print(f"{path.stem:16} {row[0]:>8}/{row[1]:<4} {100 * row[0] / row[1]:5.1f} % {row[2]:>12}/{row[3]:<4}")
        if args.show:
            for key, sentences in coverage.unplanned.items():
                for sentence in sentences:
                    print(f"    {key}: {sentence}")
    print(f"{'total':16} {totals[0]:>8}/{totals[1]:<4} {100 * totals[0] / totals[1]:5.1f} % {totals[2]:>12}/{totals[3]:<4}")


if __name__ == "__main__":
    main()

"""Long tables: how the time of a step that names one row grows with the rows on the page, against a baseline
checkout in the same run. A script, not a CI gate.

    .venv/bin/python bench/bench_long_table.py [--rows 100,500,1500] [--rounds 3] [--repo PATH]

Each page is a table of N rows (a name, a status, an Edit button) served from this process on 127.0.0.1. One
requirement clicks the Edit button in a row near the end and checks that row's status; it runs with
execute.run_plan in a fresh context of one Chromium, cold (no cache of locators), and its run time is the median
over --rounds. --repo (e.g. a worktree of an older commit) runs the same pages with that checkout's engine in a
process of its own: the "before" column and the ratio.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))


def table_page(rows: int) -> str:
    """A table of ``rows`` records; every fifth is Closed, the others Open."""
    body = "".join(
        f"<tr class='row{i % 2}'><td>Item {i}</td><td>{'Closed' if i % 5 == 0 else 'Open'}</td>"
        f"<td><button type='button' onclick=\"document.title='edit {i}'\">Edit</button></td></tr>"
        for i in range(1, rows + 1))
    return ("<!doctype html><title>Items</title><h1>Items</h1><table><thead><tr><th>Name</th><th>Status</th><th></th>"
            f"</tr></thead><tbody>{body}</tbody></table>")


def sentences(rows: int) -> list[str]:
    wanted = rows * 4 // 5 + 1  # near the end, and Open
    return [f'Click the Edit button in the row for "Item {wanted}"', f'Verify the row for "Item {wanted}" shows "Open"']


def measure(row_counts: list[int], rounds: int) -> dict[str, dict[str, object]]:
    """{rows: {"run_s": median run time, "verdict": the last run's verdict}} with the engine importable here."""
    from pacts_farm import config, model
    from pacts_farm.browser import chromium
    from pacts_farm.execution import execute
    from pacts_farm.planning import plan

    # after the engine: bench_busy_page puts this checkout first on the path, and the engine measured is the one
    # already imported (PYTHONPATH's)
    from bench_busy_page import _Server

    server = _Server({f"/items-{n}": table_page(n) for n in row_counts})
    origin = server.origin
    host = chromium.BrowserHost(config.Settings.from_env({}))
    host.warm()
    figures: dict[str, dict[str, object]] = {}
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for n in row_counts:
                item = model.Item(key="k", requirement_id="k", title="k", start_url=f"{origin}/items-{n}",
                                  steps=tuple(model.SuiteStep(text=s) for s in sentences(n)))
                planned = plan.make_plan(item, base_url=origin)
                times, verdict = [], ""
                for r in range(rounds):
                    with host.session(artifacts_dir=Path(tmp) / f"{n}-{r}", allowed_origins=(origin,), trace="off") as session:
                        execution = execute.run_plan(session, planned, timeouts=model.Timeouts(), environ={})
                    times.append(execution.duration_ms / 1000)
                    verdict = model.settle_verdict(execution).value
                figures[str(n)] = {"run_s": statistics.median(times), "verdict": verdict}
    finally:
        host.close()
        server.close()
    return figures


def _measure_in(repo: Path, row_counts: list[int], rounds: int) -> dict[str, dict[str, object]]:
    """measure() with ``repo``'s engine, in a process of its own."""
    env = dict(os.environ, PYTHONPATH=str(repo))
    out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--measure", "--rows", ",".join(map(str, row_counts)),
                          "--rounds", str(rounds)], cwd=repo, env=env, check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", default="100,500,1500", help="row counts, comma-separated")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repo", type=Path, help="a baseline checkout measured in the same run")
    parser.add_argument("--measure", action="store_true", help=argparse.SUPPRESS)  # one engine's figures as JSON
    args = parser.parse_args()
    row_counts = [int(n) for n in args.rows.split(",")]
    if args.measure:
        print(json.dumps(measure(row_counts, args.rounds)))
        return 0
    now = _measure_in(ROOT, row_counts, args.rounds)
    before = _measure_in(args.repo.resolve(), row_counts, args.rounds) if args.repo else None
    print(f"one requirement naming a row near the end (click its Edit, check its status); medians of {args.rounds} cold runs")
    head = f"{'rows':>6} {'verdict':8} {'run s':>7}"
    print(head + (f" {'baseline s':>10} {'verdict':8} {'ratio':>6}" if before else ""))
    for n in map(str, row_counts):
        line = f"{n:>6} {now[n]['verdict']:8} {now[n]['run_s']:7.2f}"
        if before:
            line += f" {before[n]['run_s']:10.2f} {before[n]['verdict']:8} {now[n]['run_s'] / before[n]['run_s']:6.2f}"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())

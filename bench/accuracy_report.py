"""The tables bench_accuracy.py prints: per app, by role (dev, holdout, ci) and in total; plain text, no I/O but print."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import accuracy_score as score

ROLES = ("dev", "holdout", "ci")


def print_coverage(apps: Mapping[str, dict[str, Any]], engine: str) -> dict[str, Any]:
    """--plan-only: sentences understood and requirements planned per app, with examples of what was not."""
    rows, totals = [], {}
    for role in ROLES:
        members = {n: f for n, f in apps.items() if f["role"] == role}
        for name, figures in members.items():
            c = figures["coverage"]
            examples = figures["summary"].examples.get(score.FailureClass.NOT_UNDERSTOOD, ())
            rows.append((name, role, score.fraction(c["understood"], c["sentences"]),
                         score.fraction(c["planned_requirements"], c["requirements"]), examples[0] if examples else ""))
            rows.extend(("", "", "", "", e) for e in examples[1:])
        if members:
            total = _total(members.values())["coverage"]
            totals[role] = total
            rows.append((f"total {role}", role, score.fraction(total["understood"], total["sentences"]),
                         score.fraction(total["planned_requirements"], total["requirements"]), ""))
    print(f"planner coverage: rules planner, no LLM (nothing run); engine {engine}")
    print(score.format_table(("app", "role", "sentences understood", "requirements planned", "not understood, e.g."), rows))
    return totals


def print_report(apps: Mapping[str, dict[str, Any]], engine: str) -> dict[str, Any]:
    """Prints the tables; returns the totals by role and overall."""
    totals: dict[str, Any] = {}
    rows = []
    for role in ROLES:
        members = {n: f for n, f in apps.items() if f["role"] == role}
        if not members:
            continue
        for name, figures in members.items():
            rows.append(_row(name, role, figures["coverage"], figures["summary"], figures))
        total = _total(members.values())
        totals[role] = total
        if len(members) > 1:  # one app of its role: its own row is the total
            rows.append(_row(f"total {role}", role, total["coverage"], total["summary"], total))
    everything = _total(apps.values())
    totals["all"] = everything
    if len({f["role"] for f in apps.values()}) > 1:
        rows.append(_row("total", "", everything["coverage"], everything["summary"], everything))
    print(f"accuracy: rules planner, no LLM; verdicts from the first cold run; engine {engine}")
    print(score.format_table(
        ("app", "role", "sentences understood", "requirements planned", "agreement", "false passes",
         "exp. failures at fails_at", "warm agreement", "cold s", "warm s", "warm/cold"),
        rows,
    ))
    print()
    print("failures by class (first cold run)")
    class_rows = []
    for name, figures in apps.items():
        summary: score.Summary = figures["summary"]
        for cls, count in summary.classes.items():
            shown = summary.examples.get(cls, ()) or ("",)
            class_rows.append((name, cls.value, count, shown[0]))
            class_rows.extend(("", "", "", example) for example in shown[1:])  # one example a line
        if figures.get("verdicts_differ"):
            shown = ", ".join(figures["verdicts_differ"][:4])
            class_rows.append((name, "(verdict differs between runs)", len(figures["verdicts_differ"]), shown))
        for problem in figures.get("problems", ()):
            class_rows.append((name, "(run problem)", "", score.truncate(problem, 160)))
    for cls, count in everything["summary"].classes.items():
        class_rows.append(("total", cls.value, count, ""))
    print(score.format_table(("app", "class", "count", "examples"), class_rows) if class_rows else "(none)")
    floors = {n: f["floor"] for n, f in apps.items() if "floor" in f}
    if floors:
        print()
        print("hand-written floor against the engine's warm run of the same requirement ids (same round, same app)")
        print(score.format_table(
            ("app", "flows", "floor process s", "floor flows s", "engine warm process s", "engine warm run s",
             "engine passed", "process warm/floor", "run warm/floor", "items warm/floor (both passed)"),
            [(n, len(f["ids"]), f["floor_process_s"], f["floor_flows_s"], f["engine_warm_process_s"],
              f["engine_warm_run_s"], f"{f['engine_passed']}/{len(f['ids'])}", _x(f["process_over_floor"]),
              _x(f["run_over_floor"]), _both(f)) for n, f in floors.items()],
        ))
        for name, f in floors.items():
            for flow, message in f["floor_failures"].items():
                print(f"  {name}: floor flow {flow} failed: {score.truncate(message, 160)}")
            if apps[name].get("floor_not_compared"):
                print(f"  {name}: floor flows not compared (requirement not planned): {', '.join(apps[name]['floor_not_compared'])}")
            for problem in f["floor_problems"]:
                print(f"  {name}: floor did not run: {score.truncate(problem, 200)}")
    return totals


def _row(name: str, role: str, coverage: Mapping[str, Any], summary: score.Summary, figures: Mapping[str, Any]) -> tuple:
    cold, warm = figures.get("cold", {}), figures.get("warm", {})
    warm_summary = figures.get("warm_summary")
    return (
        name, role,
        score.fraction(coverage["understood"], coverage["sentences"]),
        score.fraction(coverage["planned_requirements"], coverage["requirements"]),
        score.fraction(summary.met, summary.items),
        summary.false_passes,
        score.fraction(summary.right_step, summary.expected_failures),
        score.fraction(warm_summary.met, warm_summary.items) if warm_summary else None,
        cold.get("process_s"), warm.get("process_s"), _x(score.over(warm.get("process_s"), cold.get("process_s"))),
    )


def _total(members: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    members = list(members)
    keys = ("sentences", "understood", "requirements", "planned_requirements")
    coverage = {k: sum(m["coverage"][k] for m in members) for k in keys}
    summary = score.add_summaries(m["summary"] for m in members)
    warm = [m["warm_summary"] for m in members if "warm_summary" in m]
    total: dict[str, Any] = {
        "coverage": coverage, "summary": summary, "cold": {"process_s": _sum(m.get("cold", {}).get("process_s") for m in members)},
    }
    if warm and len(warm) == len(members):
        total["warm_summary"] = score.add_summaries(warm)
        total["warm"] = {"process_s": _sum(m.get("warm", {}).get("process_s") for m in members)}
    return total


def _sum(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return round(sum(present), 2) if present else None


def _x(value: float | None) -> str | None:
    return None if value is None else f"x{value:.2f}"


def _both(floor: Mapping[str, Any]) -> str | None:
    """'x1.10 (4)': engine item time over the floor's flow time, for the ids both passed (how many)."""
    ratio = floor.get("items_over_floor_both_passed")
    return None if ratio is None else f"x{ratio:.2f} ({len(floor['both_passed'])})"

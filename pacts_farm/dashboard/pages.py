"""The dashboard's pages as HTML strings: runs, one run, one requirement. Every value is escaped."""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence
from datetime import datetime
from html import escape
from pathlib import Path
from urllib.parse import quote, urlencode

from pacts_farm import model
from pacts_farm.dashboard import charts
from pacts_farm.report.html import LocalFolder, RunFolder
from pacts_farm.store import history, repo

CSS = """
* { box-sizing:border-box; }
body { margin:0; font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif; color:#1f2328; }
header { display:flex; gap:16px; align-items:center; padding:10px 24px; background:#1f3a5f; color:#fff; }
header a { color:#fff; text-decoration:none; } header .brand { font-weight:700; font-size:16px; }
header nav { margin-left:auto; display:flex; gap:14px; }
main { padding:16px 24px 40px; max-width:1400px; }
h1 { font-size:20px; margin:4px 0 12px; } h2 { font-size:16px; margin:22px 0 8px; }
table { border-collapse:collapse; width:100%; }
th, td { text-align:left; padding:6px 8px; border-bottom:1px solid #d0d7de; vertical-align:middle; }
th { font-size:12px; color:#57606a; font-weight:600; background:#f6f8fa; }
td.num, th.num { text-align:right; font-variant-numeric:tabular-nums; }
a { color:#0969da; }
.status { display:inline-block; padding:1px 8px; border-radius:10px; color:#fff; font-weight:600; font-size:12px; }
.s-passed { background:#1a7f37; } .s-healed { background:#0a7ea4; } .s-flaky { background:#b35900; }
.s-failed { background:#cf222e; } .s-error { background:#8250df; } .s-cancelled, .s-queued, .s-running, .s-pending { background:#6e7781; }
.chip { display:inline-block; min-width:22px; padding:0 6px; margin-right:3px; border-radius:8px; font-size:12px; color:#fff; text-align:center; }
.muted { color:#57606a; }
.cards { display:flex; flex-wrap:wrap; gap:12px; }
.card { border:1px solid #d0d7de; border-radius:8px; padding:10px 14px; min-width:230px; }
.card h3 { margin:0 0 6px; font-size:14px; }
.card .row { display:flex; align-items:center; gap:8px; font-size:12px; color:#57606a; margin:3px 0; }
.card .row span.k { width:86px; }
.links a { margin-right:10px; }
.empty { color:#57606a; padding:20px 0; }
svg { vertical-align:middle; }
td.hist { white-space:nowrap; }
"""


def layout(title: str, body: str, *, flower_url: str | None) -> str:
    flower = f'<a href="{_e(flower_url)}" rel="noopener">Flower (tasks, workers)</a>' if flower_url else ""
    return (
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        f"<title>{_e(title)} — pacts-farm</title><style>{CSS}</style></head><body>"
        "<header><a class=\"brand\" href=\"/\">pacts-farm</a><span>runs dashboard (read-only)</span>"
        f"<nav><a href=\"/\">Runs</a><a href=\"/heals\">Heals</a>{flower}</nav></header>"
        f"<main>{body}</main></body></html>"
    )


def runs_page(runs: Sequence[history.RunPoint], *, reports: Collection[str] | None = None) -> str:
    """``reports``: the runs that have a report.html (default: those whose folder on this disk holds one)."""
    if not runs:
        return "<h1>Runs</h1><p class=\"empty\">No runs yet: <code>pacts-farm submit suite.yaml</code>.</p>"
    suites: dict[str, list[history.RunPoint]] = {}
    for run in runs:
        suites.setdefault(run.suite_name, []).append(run)
    cards = "".join(_suite_card(name, list(reversed(points))) for name, points in suites.items())
    rows = "".join(_run_row(run, run.run_id in reports if reports is not None else _has(run.output_dir, "report.html")) for run in runs)
    return (
        "<h1>Runs</h1><h2>Trends per suite (oldest → newest)</h2>"
        f"<section class=\"cards\" id=\"trends\">{cards}</section>"
        "<h2>Recent runs</h2><table id=\"runs\"><thead><tr><th>run</th><th>suite</th><th>status</th><th>started (UTC)</th>"
        "<th class=\"num\">duration</th><th class=\"num\">met</th><th>verdicts</th><th class=\"num\">cache hits</th>"
        f"<th class=\"num\">heals</th><th>report</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def _suite_card(name: str, points: list[history.RunPoint]) -> str:
    last = points[-1]
    statuses = [p.status.value for p in points]
    return (
        f"<div class=\"card\"><h3>{_e(name)} {_status(last.status.value)}</h3>"
        f"<div class=\"row\"><span class=\"k\">runs</span>"
        f"{charts.verdict_strip(statuses, label=f'{name}: run statuses', labels=[f'{p.run_id}: {p.status.value}' for p in points])}</div>"
        f"<div class=\"row\"><span class=\"k\">met rate</span>"
        f"{charts.sparkline([p.met_rate for p in points], label=f'{name}: share of items that met expectations', colour='#1a7f37')}"
        f" {_pct(last.met_rate)}</div>"
        f"<div class=\"row\"><span class=\"k\">cache hits</span>"
        f"{charts.sparkline([p.cache_hit_rate for p in points], label=f'{name}: selector cache hit rate')}"
        f" {_pct(last.cache_hit_rate)}</div>"
        f"<div class=\"row\"><span class=\"k\">heals</span>"
        f"{charts.bars([p.heals for p in points], label=f'{name}: heals per run')} {last.heals}</div></div>"
    )


def _run_row(run: history.RunPoint, has_report: bool) -> str:
    chips = "".join(
        f"<span class=\"chip s-{_e(v)}\" title=\"{_e(v)}\">{run.counts[v]}</span>"
        for v in ("passed", "healed", "flaky", "failed", "error", "cancelled", "pending") if run.counts.get(v)
    )
    report = f"<a href=\"/runs/{_q(run.run_id)}/files/report.html\">report.html</a>" if has_report else ""
    return (
        f"<tr><td><a href=\"/runs/{_q(run.run_id)}\">{_e(run.run_id)}</a></td><td>{_e(run.suite_name)}</td>"
        f"<td>{_status(run.status.value)}</td><td>{run.created_at:%Y-%m-%d %H:%M:%S}</td>"
        f"<td class=\"num\">{_seconds(run.duration_ms)}</td><td class=\"num\">{run.met}/{run.total}</td><td>{chips}</td>"
        f"<td class=\"num\">{_pct(run.cache_hit_rate)}</td><td class=\"num\">{run.heals}</td><td>{report}</td></tr>"
    )


def run_page(
    run: model.RunResult,
    out_dir: Path | RunFolder,
    stats: Mapping[str, history.RequirementStats],
    *,
    progress: Mapping[str, repo.ItemProgress] | None = None,
) -> str:
    """``progress`` (a run still going): unfinished items show their stage and steps instead of a verdict.

    ``out_dir``: the run's folder on this disk, or the store's copy of a farm run's."""
    folder = LocalFolder(out_dir) if isinstance(out_dir, Path) else out_dir
    files = "".join(
        f"<a href=\"/runs/{_q(run.run_id)}/files/{name}\">{name}</a>" for name in ("report.html", "results.json", "junit.xml")
        if folder.has(name)
    )
    met = sum(1 for i in run.items if i.met)
    problems_first = sorted(run.items, key=lambda i: (i.met, _RANK.get(i.verdict.value, 9)))  # stable: suite order within
    rows = "".join(
        _item_row(run, item, folder, stats.get(item.requirement_id), (progress or {}).get(item.item_key))
        for item in problems_first
    )
    live = "<p class=\"muted\" id=\"live\">This run is still going: reload for progress.</p>" if progress else ""
    return (
        f"<h1>Run {_e(run.run_id)} {_status(run.status.value)}</h1>"
        f"<p class=\"muted\">{_e(run.suite_name)} · {_e(run.mode)} · started {_e(_when(run.started_at))}"
        f" · took {_seconds(run.duration_ms)}"
        f" · {met}/{len(run.items)} met · selector cache {run.cache_hits}/{run.cache_lookups}</p>"
        f"<p class=\"links\" id=\"files\">{files}</p>{live}"
        "<table id=\"items\"><thead><tr><th>verdict</th><th>requirement</th><th>title</th><th>expected</th>"
        "<th class=\"num\">duration</th><th class=\"num\">tries</th><th class=\"num\">heals</th><th>history</th>"
        f"<th>artifacts</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def _item_row(
    run: model.RunResult, item: model.ItemResult, folder: RunFolder, stats: history.RequirementStats | None,
    progress: repo.ItemProgress | None = None,
) -> str:
    link = "/requirement?" + urlencode({"suite": run.suite_name, "id": item.requirement_id})
    artifacts = []
    if item.evidence and item.evidence.screenshot and folder.has(item.evidence.screenshot):
        artifacts.append(f"<a href=\"/runs/{_q(run.run_id)}/files/{_q(item.evidence.screenshot)}\">screenshot</a>")
    if item.evidence and item.evidence.trace and folder.has(item.evidence.trace):
        artifacts.append(f"<a href=\"/runs/{_q(run.run_id)}/files/{_q(item.evidence.trace)}\">trace.zip</a>")
    for n in range(1, len(item.try_errors) + 1):
        shot = f"{item.item_key}/try-{n}/failure.png"
        if folder.has(shot):
            artifacts.append(f"<a href=\"/runs/{_q(run.run_id)}/files/{_q(shot)}\">try {n} screenshot</a>")
    if folder.has("report.html"):
        artifacts.append(f"<a href=\"/runs/{_q(run.run_id)}/files/report.html#item-{_q(item.item_key)}\">in report</a>")
    past = ""
    if stats is not None and stats.outcomes:
        past = charts.verdict_strip(
            [o.verdict.value for o in reversed(stats.outcomes)], label=f"{item.requirement_id}: last {stats.runs} runs"
        ) + f" <span class=\"muted\">{_pct(stats.pass_rate)} pass · {_pct(stats.flaky_rate)} flaky</span>"
    done = progress is None or progress.state is model.ItemState.DONE
    if done:
        first = f"<tr data-verdict=\"{_e(item.verdict.value)}\"><td>{_status(item.verdict.value)}</td>"
    else:
        assert progress is not None
        stage = "running" if progress.state is model.ItemState.RUNNING else "queued"
        first = (
            f"<tr data-verdict=\"pending\"><td>{_status(stage)} <span class=\"muted\">{_e(progress.state.value)}"
            f" {progress.steps_done}/{progress.steps_total or '?'}</span></td>"
        )
    unmet = "" if item.met or not done else " <strong>✗ not met</strong>"
    return (
        f"{first}<td><a href=\"{_e(link)}\">{_e(item.item_key)}</a></td><td>{_e(item.title)}</td>"
        f"<td>{_e(item.expect.value)}{unmet}</td>"
        f"<td class=\"num\">{_seconds(item.duration_ms)}</td><td class=\"num\">{item.tries}</td>"
        f"<td class=\"num\">{len(item.heals)}</td><td class=\"hist\">{past}</td><td class=\"links\">{''.join(artifacts)}</td></tr>"
    )


def requirement_page(suite_name: str, requirement_id: str, stats: history.RequirementStats | None) -> str:
    title = f"<h1>{_e(requirement_id)} <span class=\"muted\">in {_e(suite_name)}</span></h1>"
    if stats is None or not stats.outcomes:
        return title + "<p class=\"empty\">No finished run of this requirement yet.</p>"
    oldest_first = list(reversed(stats.outcomes))
    strip = charts.verdict_strip(
        [o.verdict.value for o in oldest_first],
        heals=[o.heals for o in oldest_first],
        labels=[f"{o.run_id} {o.item_key}: {o.verdict.value}" for o in oldest_first],
        label=f"{requirement_id}: verdicts over the last {stats.runs} runs (dots: heals)",
    )
    facts = (
        f"<div class=\"cards\"><div class=\"card\" id=\"rates\"><h3>Last {stats.runs} runs</h3>"
        f"<div class=\"row\"><span class=\"k\">pass rate</span><strong>{_pct(stats.pass_rate)}</strong></div>"
        f"<div class=\"row\"><span class=\"k\">flaky rate</span><strong>{_pct(stats.flaky_rate)}</strong></div>"
        f"<div class=\"row\"><span class=\"k\">median time</span>{_seconds(stats.median_duration_ms)}</div>"
        f"<div class=\"row\"><span class=\"k\">heals</span>{sum(o.heals for o in stats.outcomes)}</div></div>"
        f"<div class=\"card\"><h3>History (oldest → newest)</h3><div id=\"history-chart\">{strip}</div></div></div>"
    )
    rows = "".join(
        f"<tr><td><a href=\"/runs/{_q(o.run_id)}\">{_e(o.run_id)}</a></td><td>{_e(o.item_key)}</td>"
        f"<td>{_status(o.verdict.value)}</td><td>{'yes' if o.met else '<strong>no</strong>'}</td>"
        f"<td class=\"num\">{o.tries}</td><td class=\"num\">{o.heals}</td><td class=\"num\">{_seconds(o.duration_ms)}</td>"
        f"<td>{o.finished_at:%Y-%m-%d %H:%M:%S}</td></tr>" if o.finished_at else ""
        for o in stats.outcomes
    )
    return (
        title + facts + "<h2>Runs (newest first)</h2><table id=\"outcomes\"><thead><tr><th>run</th><th>item</th>"
        "<th>verdict</th><th>met</th><th class=\"num\">tries</th><th class=\"num\">heals</th><th class=\"num\">duration</th>"
        f"<th>finished (UTC)</th></tr></thead><tbody>{rows}</tbody></table>"
    )


def not_found(what: str) -> str:
    return f"<h1>Not found</h1><p class=\"empty\">{_e(what)}</p>"


_RANK = {"failed": 0, "error": 1, "flaky": 2, "healed": 3, "passed": 4, "cancelled": 5}


def _when(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M:%S UTC")
    except ValueError:
        return iso


def _has(out_dir: str, relative: str) -> bool:
    return (Path(out_dir) / relative).is_file()


def _status(value: str) -> str:
    return f"<span class=\"status s-{_e(value)}\">{_e(value)}</span>"


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{100 * value:.0f}%"


def _seconds(ms: float | None) -> str:
    if ms is None:
        return "—"
    return f"{ms / 1000:.1f} s" if ms >= 1000 else f"{ms:.0f} ms"


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def _q(value: str) -> str:
    return escape(quote(value, safe="/"), quote=True)
